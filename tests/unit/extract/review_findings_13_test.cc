// Wrong output found by review on BBC articles (issue 13), each a language pattern with a
// short text of its own.
#include <catch2/catch.hpp>

#include <string>

#include "support/extract_support.h"

using claimgraph::Entity;
using claimgraph::EntityType;
using claimgraph::Extraction;

using claimgraph::testing::ExtractText;

namespace {

// The entities whose canonical name is `name`, as "type" words joined by spaces ("organization").
std::string TypesNamed(const Extraction& x, const std::string& name) {
  std::string out;
  for (const Entity& e : x.entities) {
    if (e.name != name) continue;
    if (!out.empty()) out += " ";
    out += e.type == EntityType::kPerson         ? "person"
           : e.type == EntityType::kOrganization ? "organization"
           : e.type == EntityType::kCountry      ? "country"
           : e.type == EntityType::kPlace        ? "place"
                                                 : "other";
  }
  return out;
}

}  // namespace

TEST_CASE("what one holds shares or a stake in is a firm, not a place", "[entities][review13]") {
  auto x = ExtractText("The carmaker Velmora cut 500 jobs in March. Shares in Velmora fell 3% on Monday.");
  CHECK(TypesNamed(x, "Velmora") == "organization");
  auto y = ExtractText("Shares in Quellmark Energy rose 3% after it took a stake in Ostravin.");
  CHECK(TypesNamed(y, "Quellmark Energy") == "organization");
  CHECK(TypesNamed(y, "Ostravin") == "organization");
  // a demonym after "stake in" describes the firm named after it
  auto z = ExtractText("The group bought a 26% stake in Indian newspaper company Jagran.");
  CHECK(TypesNamed(z, "Indian") != "organization");
}

TEST_CASE("the place of an opening 'In X,' is no organization an appositive describes",
          "[entities][review13]") {
  // the comma ends the adverbial; what follows is the clause's subject, not an appositive
  CHECK(TypesNamed(ExtractText("In Baghdad, a group of gunmen attacked a police station."), "Baghdad") ==
        "place");
  CHECK(TypesNamed(ExtractText("In Basra, a group of gunmen fled."), "Basra") == "place");
  // an appositive after a name that opens the sentence still makes an organization
  CHECK(TypesNamed(ExtractText("Velmora, a group of oil firms, said it would cut jobs."), "Velmora") ==
        "organization");
}

TEST_CASE("one unknown word before a dash alone is no dateline place", "[entities][review13]") {
  // a firm or a label as often as a city: the word keeps the type its shape gives
  auto x = ExtractText("ZETRO - The company said on Monday it would cut 500 jobs.\n");
  CHECK(TypesNamed(x, "ZETRO") == "organization");
  // a date, a region or a longer name still make a dateline
  CHECK(TypesNamed(ExtractText("KORVAZ 2024-03-02\nThe company said it would cut jobs.\n"), "KORVAZ") ==
        "place");
  CHECK(TypesNamed(ExtractText("ST. LOUIS - The company said it would cut jobs.\n"), "ST. LOUIS") == "place");
}

TEST_CASE("a post-nominal after a name's comma speaks for that person, alone for no one",
          "[claims][review13]") {
  using claimgraph::testing::SpeakerOf;
  auto x = ExtractText("Deputy High Court Judge Richard Mawrey, QC told the hearing the case was serious.");
  CHECK(SpeakerOf(x, "the case was serious") == "Richard Mawrey");
  CHECK(TypesNamed(x, "QC") == "");
  auto y = ExtractText("A QC said the case was serious.");
  CHECK(TypesNamed(y, "QC") == "");
}

TEST_CASE("'the Ealing North MP' describes the member, and names no organization", "[claims][review13]") {
  using claimgraph::testing::SpeakerOf;
  auto x =
      ExtractText("Labour MP Stephen Pound criticised the plan. \"We will win,\" said the Ealing North MP.");
  CHECK(SpeakerOf(x, "We will win") == "Stephen Pound");
  CHECK(TypesNamed(x, "Ealing North MP") == "");
  CHECK(TypesNamed(x, "Ealing North") == "");
  // named nowhere before: no one, not the seat
  auto y = ExtractText("\"We will win,\" said the Ealing North MP.");
  CHECK(SpeakerOf(y, "We will win") == "(unresolved)");
}

TEST_CASE("a hyphenated adjective opening a sentence names no one", "[claims][review13]") {
  using claimgraph::testing::SpeakerOf;
  auto x = ExtractText("Pre-tax profits rose 10%, the company said.");
  CHECK(TypesNamed(x, "Pre-tax") == "");
  auto y = ExtractText("\"We will wait and see,\" said one London-based broker.");
  CHECK(SpeakerOf(y, "We will wait and see") == "(unresolved)");
  CHECK(TypesNamed(y, "London-based") == "");
  // a name with a hyphen before a capital stays a name
  auto z = ExtractText("Hosni Abu-Zayd said the plan would fail.");
  CHECK(SpeakerOf(z, "the plan would fail") == "Hosni Abu-Zayd");
}

TEST_CASE("a claim keeps its brackets whole: no stray closing one, no opening one cut off",
          "[claims][review13]") {
  using claimgraph::testing::ClaimWithText;
  auto x = ExtractText("Sales had fallen in 2004], Mr Milburn told reporters.");
  CHECK(ClaimWithText(x, "Sales had fallen in 2004") != nullptr);
  auto y = ExtractText("\"[Oil prices] will weigh on spending,\" said Nicolas Sarkozy.");
  CHECK(ClaimWithText(y, "[Oil prices] will weigh on spending") != nullptr);
  auto z = ExtractText("Nestle said profits rose to 1bn Swiss francs ($861m; £451m).");
  CHECK(ClaimWithText(z, "profits rose to 1bn Swiss francs ($861m; £451m)") != nullptr);
}

TEST_CASE("a first-person forecast of an outcome is no proposal", "[stance][review13]") {
  auto has_proposal = [](const Extraction& x) {
    for (const auto& r : x.relations)
      if (r.type == "proposed") return true;
    return false;
  };
  CHECK_FALSE(has_proposal(ExtractText("\"We'll get our rewards,\" said Arsene Wenger.")));
  CHECK_FALSE(has_proposal(ExtractText("\"We will win the league,\" said Arsene Wenger.")));
  // a pledge of an act still proposes it
  CHECK(has_proposal(ExtractText("\"We will cut taxes,\" said Michael Howard.")));
}
