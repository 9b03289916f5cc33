// The review of session 22's rules (reviewer22's reproduced findings), each on a sentence of the
// review: what a rule of the session must not do.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::Entity;
using claimgraph::EntityType;
using claimgraph::Extraction;
using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;
using claimgraph::testing::StanceEdges;

namespace {

const Entity* Named22(const Extraction& x, const std::string& name) {
  for (const Entity& e : x.entities)
    if (e.name == name) return &e;
  return nullptr;
}

}  // namespace

TEST_CASE("review 22: a place before a title set off by commas is no person", "[entities][review22]") {
  const Extraction x = ExtractText(
      "Test headline\n\nSpeaking in Baqubah, Iraq's interior minister, Falah al-Naqib, said the attackers "
      "had "
      "been arrested. He said more arrests would follow.\n");
  const Entity* place = Named22(x, "Baqubah");
  CHECK((place == nullptr || place->type != EntityType::kPerson));
  CHECK(SpeakerOf(x, "more arrests would follow") != "Baqubah");
}

TEST_CASE("review 22: 'elected as US president' gives no one that role", "[entities][review22]") {
  const Extraction x = ExtractText(
      "Test headline\n\nFormer President Bill Clinton turned 70 on Friday. If Hillary Clinton is elected as "
      "US "
      "president, her husband would be the first man in the role, possibly calling himself the first "
      "gentleman.\n");
  const Entity* h = Named22(x, "Hillary Clinton");
  REQUIRE(h != nullptr);
  CHECK(h->roles.empty());
}

TEST_CASE("review 22: an honorific matches only as written", "[entities][review22]") {
  const Extraction x =
      ExtractText("Test headline\n\nHer father John Smith said the family was devastated.\n");
  const Entity* j = Named22(x, "John Smith");
  REQUIRE(j != nullptr);
  CHECK(j->roles.empty());
  const Extraction g = ExtractText(
      "Test headline\n\nSales fell sharply in January, said BRC director general Kevin "
      "Hawkins.\n");
  const Entity* k = Named22(g, "Kevin Hawkins");
  REQUIRE(k != nullptr);
  CHECK(k->roles == std::vector<std::string>{"director general"});
}

TEST_CASE("review 22: an owner's accusation that someone did wrong is the owner's stance",
          "[claims][review22]") {
  CHECK(StanceEdges(
            ExtractText("Test headline\n\nMichael Howard's accusation that Tony Blair misled Parliament "
                        "angered Labour.\n"))
            .find("Michael Howard opposes Tony Blair") != std::string::npos);
}

TEST_CASE("review 22: a number, a time or a share after a preposition opens a claim", "[claims][review22]") {
  CHECK(SpeakerOf(ExtractText("Test headline\n\nMr Brown said since 1997 Labour cut taxes for families.\n"),
                  "since 1997 Labour cut taxes") == "Brown");
  CHECK(SpeakerOf(ExtractText("Test headline\n\nThe minister said about 200 people died in the floods.\n"),
                  "about 200 people died") != "(no claim)");
  CHECK(SpeakerOf(ExtractText("Test headline\n\nThe firm said around half its staff lost their jobs.\n"),
                  "around half its staff") != "(no claim)");
}
