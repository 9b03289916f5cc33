// Relation types are data (issue 12): lexicons/relations.tsv names each type and its kind, the
// cue and stance lexicons use those names as classes, and a class that is neither a claim class
// nor a listed relation is a load error naming the file and line.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/claims/view.h"

using namespace claimgraph::extract::claims;

TEST_CASE("a new relation type is a row of relations.tsv and phrases of its class", "[claims][lexicon]") {
  std::vector<std::string> problems;
  std::string plan;
  auto relations =
      ReadRelationTypes("proposed\tproposal\nendorsed\tstance\nvisited\tcontact\n", &plan, &problems);
  REQUIRE(problems.empty());
  CHECK(plan == "proposed");
  auto cues =
      ReadCues("said\tspeech\tstrong\nvouched for\tendorsed\nflew to see\tvisited\n", relations, &problems);
  REQUIRE(problems.empty());
  REQUIRE(cues.size() == 3);
  CHECK(cues[0].cls == kSpeech);
  CHECK(cues[0].relation.empty());
  CHECK(cues[0].strong);
  CHECK(cues[1].cls == kStance);
  CHECK(cues[1].relation == "endorsed");
  CHECK(cues[2].cls == kContact);
  CHECK(cues[2].relation == "visited");
}

TEST_CASE("an unknown relation class or kind is a load error naming file and line", "[claims][lexicon]") {
  std::vector<std::string> problems;
  std::string plan;
  auto relations = ReadRelationTypes("opposes\tstance\nmet\tcontcat\n", &plan, &problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] == "lexicons/relations.tsv:2: unknown class 'contcat'");
  problems.clear();
  auto cues = ReadCues("# a comment\nslammed\topposes\nknocked\topose\n", relations, &problems);
  CHECK(cues.size() == 1);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] == "lexicons/claims_cues.tsv:3: unknown class 'opose'");
}

TEST_CASE("the shipped lexicons: every relation cue names a listed relation", "[claims][lexicon]") {
  const Lexicons& lex = Lex();
  for (const char* r : {"opposes", "supports", "proposed", "spoke_to", "met"})
    CHECK(lex.relations.count(r) == 1);
  CHECK(lex.plan_relation == "proposed");
  for (const Cue& c : lex.cues) {
    bool claim = c.cls == kSpeech || c.cls == kBelief || c.cls == kParticiple || c.cls == kAccording;
    CHECK(claim == c.relation.empty());
    if (!claim) CHECK(lex.relations.at(c.relation) == c.cls);
  }
  for (const StancePhrase& p : lex.stance) CHECK(lex.relations.count(p.relation) == 1);
}

TEST_CASE("an unknown cue flag or a cue listed twice is a load error naming file and line",
          "[claims][lexicon]") {
  std::vector<std::string> problems;
  std::string plan;
  auto relations = ReadRelationTypes("opposes\tstance\n", &plan, &problems);
  REQUIRE(problems.empty());
  auto cues = ReadCues("slammed\topposes\tobj,strong\nknocked\topposes\tstrnog\nblasted\topposes\texact\n",
                       relations, &problems);
  REQUIRE(cues.size() == 1);
  CHECK(cues[0].obj);
  CHECK(cues[0].strong);
  CHECK_FALSE(cues[0].act);
  REQUIRE(problems.size() == 2);
  CHECK(problems[0] == "lexicons/claims_cues.tsv:2: unknown flag in 'strnog'");
  CHECK(problems[1] == "lexicons/claims_cues.tsv:3: unknown flag in 'exact'");
  problems.clear();
  cues = ReadCues("said\tspeech\nstated\tspeech\nSaid\tspeech\n", relations, &problems);
  CHECK(cues.size() == 2);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] == "lexicons/claims_cues.tsv:3: 'Said' is listed twice (first at line 1)");
}
