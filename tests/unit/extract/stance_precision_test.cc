// Stance edges a reader would call wrong, seen on BBC articles outside the dev sets: a
// superlative that ranks rather than judges, a proposal of one bare word, and a feeling of
// someone else's read as the speaker's judgement of them.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::Extraction;
using claimgraph::Relation;
using claimgraph::testing::EntityName;
using claimgraph::testing::ExtractText;

namespace {

// The stance edges (opposes / supports / proposed) of the source named, as "type:target" lines.
std::string StancesOf(const Extraction& x, const std::string& source) {
  std::string out;
  for (const Relation& r : x.relations) {
    if (r.type != "opposes" && r.type != "supports" && r.type != "proposed") continue;
    if (EntityName(x, r.source) != source) continue;
    out += r.type + ":" + (r.target.empty() ? r.target_text : EntityName(x, r.target)) + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("a superlative before a noun ranks it and takes no stance", "[claims][stance]") {
  auto x = ExtractText("Hans Goetti said: \"It came at the worst possible time.\"\n");
  CHECK(StancesOf(x, "Hans Goetti").empty());
  auto y = ExtractText("Fernando Morientes said it was in the best interests of everyone to move.\n");
  CHECK(StancesOf(y, "Fernando Morientes").empty());
  // said of the thing, it still judges it
  auto z = ExtractText("Michael Howard said the deal was the worst in a generation.\n");
  CHECK(StancesOf(z, "Michael Howard") == "opposes:the deal\n");
}

TEST_CASE("a proposal of one bare word is no proposal", "[claims][stance]") {
  auto x = ExtractText("Juan Carlos Ferrero said he wanted to play.\n");
  CHECK(StancesOf(x, "Juan Carlos Ferrero").empty());
  auto y = ExtractText("Yukos sought help in the US.\n");
  CHECK(StancesOf(y, "Yukos").empty());
  // a proposal that says what is to be done stays
  auto z = ExtractText("Gordon Brown said he wanted to cut the deficit.\n");
  CHECK(StancesOf(z, "Gordon Brown") == "proposed:cut the deficit\n");
}

TEST_CASE("a feeling said of someone is theirs, not the speaker's judgement of them", "[claims][stance]") {
  auto x = ExtractText("PC Pro said many Britons are unhappy with their internet service.\n");
  CHECK(StancesOf(x, "PC Pro").empty());
  auto y = ExtractText("Liam Fox said the party was not afraid of scrutiny.\n");
  CHECK(StancesOf(y, "Liam Fox").empty());
  // a judgement said of the same kind of subject still is one
  auto z = ExtractText("Liam Fox said the party was wrong.\n");
  CHECK(StancesOf(z, "Liam Fox") == "opposes:the party\n");
}
