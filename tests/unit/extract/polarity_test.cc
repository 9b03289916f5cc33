// Denials (issue 13): a claim the speaker denies, rejects or refuses to confirm has polarity
// "denied", its text is what was denied, and it gives a "denies" edge, never a "said" one.
#include <catch2/catch.hpp>

#include <string>

#include "support/extract_support.h"

using claimgraph::Article;
using claimgraph::Claim;
using claimgraph::ClaimPolarity;
using claimgraph::Extraction;

using claimgraph::testing::ClaimWithText;
using claimgraph::testing::EntityName;
using claimgraph::testing::ExtractText;

namespace {

// The relation types whose claim is `c`.
std::string TypesOf(const Extraction& x, const Claim& c) {
  std::string types;
  for (const auto& r : x.relations)
    if (r.claim == c.id) types += r.type + " ";
  return types;
}

}  // namespace

TEST_CASE("a denial is a denied claim of what was denied, with a denies edge", "[claims][polarity]") {
  auto x = ExtractText("Tehran denies it is trying to build a nuclear weapon. Iran's leaders met on Monday.");
  const Claim* c = ClaimWithText(x, "it is trying to build a nuclear weapon");
  REQUIRE(c != nullptr);
  CHECK(c->polarity == ClaimPolarity::kDenied);
  CHECK(EntityName(x, c->speaker) == "Iran");  // the capital speaks for the country
  CHECK(TypesOf(x, *c) == "denies ");
}

TEST_CASE("rejected claims that, refused to confirm: the text leaves the cue out", "[claims][polarity]") {
  auto x = ExtractText(
      "Finance Minister Anna Berg rejected claims that the budget was in deficit. Police Chief Tom Hale "
      "refused to confirm that the suspect had been arrested.");
  const Claim* a = ClaimWithText(x, "the budget was in deficit");
  REQUIRE(a != nullptr);
  CHECK(a->polarity == ClaimPolarity::kDenied);
  CHECK(EntityName(x, a->speaker) == "Anna Berg");
  const Claim* b = ClaimWithText(x, "the suspect had been arrested");
  REQUIRE(b != nullptr);
  CHECK(b->polarity == ClaimPolarity::kDenied);
}

TEST_CASE("a claim stated plainly is asserted", "[claims][polarity]") {
  auto x = ExtractText("Finance Minister Anna Berg said the budget was in surplus.");
  const Claim* c = ClaimWithText(x, "the budget was in surplus");
  REQUIRE(c != nullptr);
  CHECK(c->polarity == ClaimPolarity::kAsserted);
  CHECK(TypesOf(x, *c) == "said ");
}

TEST_CASE("a negated verb of speech or belief asserts nothing: its claim is not asserted",
          "[claims][polarity]") {
  auto x = ExtractText(
      "Tony Blair did not say the plan was good.\n\nGordon Brown does not believe taxes will rise.\n\n"
      "Michael Howard would not say whether he backs the deal.\n");
  const Claim* a = ClaimWithText(x, "the plan was good");
  REQUIRE(a != nullptr);
  CHECK(a->polarity == ClaimPolarity::kDenied);
  CHECK(TypesOf(x, *a) == "denies ");  // no "said", and no stance taken toward the plan
  const Claim* b = ClaimWithText(x, "taxes will rise");
  REQUIRE(b != nullptr);
  CHECK(b->polarity == ClaimPolarity::kDenied);
  CHECK(ClaimWithText(x, "whether he backs the deal") == nullptr);  // no statement at all
  // said, it is asserted
  auto y = ExtractText("Tony Blair said the plan was good.\n");
  const Claim* c = ClaimWithText(y, "the plan was good");
  REQUIRE(c != nullptr);
  CHECK(c->polarity == ClaimPolarity::kAsserted);
}

TEST_CASE("a negated doubt and 'not only said' assert what follows", "[claims][polarity]") {
  auto x = ExtractText(
      "David Davis does not doubt that Labour will win the election.\n\n"
      "Tony Blair not only said the plan was good but promised more money for schools.\n");
  const Claim* a = ClaimWithText(x, "Labour will win the election");
  REQUIRE(a != nullptr);
  CHECK(a->polarity == ClaimPolarity::kAsserted);
  const Claim* b = ClaimWithText(x, "the plan was good");
  REQUIRE(b != nullptr);
  CHECK(b->polarity == ClaimPolarity::kAsserted);
}
