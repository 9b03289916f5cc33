// Roles as British papers write them: a title before or after a name in lower case ("shadow home
// secretary David Davis", "Prime minister Tony Blair"), whose words the titles gazetteer lists
// capitalized.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::Entity;
using claimgraph::Extraction;
using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;
using claimgraph::testing::StanceEdges;

namespace {

std::vector<std::string> RolesOfNamed(const Extraction& x, const std::string& name) {
  for (const Entity& e : x.entities)
    if (e.name == name) return e.roles;
  return {"(no such entity)"};
}

}  // namespace

TEST_CASE("a lower-case title before a name is the person's role with its modifiers", "[entities][roles]") {
  CHECK(RolesOfNamed(ExtractText("Cuts\n\nOn Saturday, Tory shadow home secretary David Davis said the cuts "
                                 "would be funded.\n"),
                     "David Davis") == std::vector<std::string>{"shadow home secretary"});
  CHECK(RolesOfNamed(ExtractText("Debate\n\nPrime minister Tony Blair said it was fine.\n"), "Tony Blair") ==
        std::vector<std::string>{"Prime minister"});
  CHECK(RolesOfNamed(ExtractText("Talks\n\nNorway's peace negotiator Erik Solheim is due to arrive on "
                                 "Wednesday.\n"),
                     "Erik Solheim") == std::vector<std::string>{"peace negotiator"});
  // written with capitals, as the gazetteer lists it, as before
  CHECK(
      RolesOfNamed(ExtractText("Cuts\n\nShadow Home Secretary David Davis said the cuts would be funded.\n"),
                   "David Davis") == std::vector<std::string>{"Shadow Home Secretary"});
}

TEST_CASE("a shadow minister is not the minister a later description names", "[entities][roles][claims]") {
  const Extraction x = ExtractText(
      "Straw\n\nShadow foreign secretary Michael Ancram said: \"We have fought a very positive "
      "campaign.\"\n\n"
      "The Foreign Secretary told the BBC: \"I was making the observation that you can get lurches of "
      "policy.\"\n");
  CHECK(RolesOfNamed(x, "Michael Ancram") == std::vector<std::string>{"Shadow foreign secretary"});
  CHECK(SpeakerOf(x, "I was making the observation") != "Michael Ancram");
}

TEST_CASE("a word right after an owner's 's is a noun of the owner's, no verb of stance",
          "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Talks\n\nNorway's peace negotiator Erik Solheim is due to arrive on "
                                "Wednesday.\n")) == "");
  CHECK(StanceEdges(ExtractText("Novel\n\nWilliam Thackeray's novel Vanity Fair was filmed.\n")) == "");
  // "'s" for "is" before a form in -ing is still a verb
  CHECK(StanceEdges(ExtractText("Race\n\nGordon Brown is running. Blair's backing Brown for the job.\n")) ==
        "Blair supports Gordon Brown\n");
}

TEST_CASE("a name the model finds has its title before or after it as a role", "[entities][roles]") {
  CHECK(RolesOfNamed(
            ExtractText("Rates\n\nBoE governor Mervyn King warned last month that the era was over.\n"),
            "Mervyn King") == std::vector<std::string>{"governor"});
  CHECK(RolesOfNamed(ExtractText("Rates\n\n\"It is fine,\" said Sung Won Sohn, chief US economist for Wells "
                                 "Fargo Bank.\n"),
                     "Sung Won Sohn") == std::vector<std::string>{"chief US economist"});
}

TEST_CASE("a name before a comma and a country's title is a person, not a town in that country",
          "[entities][roles]") {
  const Extraction x = ExtractText(
      "Rates\n\nRoss Walker, UK economist at Royal Bank of Scotland, said he was surprised. He said the "
      "minutes were clear.\n");
  CHECK(RolesOfNamed(x, "Ross Walker") == std::vector<std::string>{"UK economist"});
  CHECK(SpeakerOf(x, "the minutes were clear") == "Ross Walker");
  CHECK(RolesOfNamed(ExtractText("Rates\n\nPalaniappan Chidambaram, India's finance minister, argued that "
                                 "rates should float.\n"),
                     "Palaniappan Chidambaram") == std::vector<std::string>{"finance minister"});
  // a town and its state are still a place ("Flint, Mich.")
  const Extraction flint =
      ExtractText("Water\n\nThe water in Flint, Mich., is safe again, officials said.\n");
  bool flint_place = false;
  for (const Entity& e : flint.entities)
    flint_place |= e.name == "Flint" && e.type == claimgraph::EntityType::kPlace;
  CHECK(flint_place);
}
