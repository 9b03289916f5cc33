// The twenty-fourth round's review: "offered" with a noun that names a thing as well as something
// said ("a current account", "an analysis package", "details of the plan") was a claim, and one
// whose saying noun was followed by a colon ("offered his view: ...") or whose noun was
// "evidence" was lost; a proposal's object was cut at a relative clause whose infinitive after it
// is the proposal's ("urged voters who believe ... to back ..."). Short texts written for the test.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::testing::ClaimStarting;
using claimgraph::testing::ExtractText;

TEST_CASE("review 24: a thing offered is no claim even when its noun may name something said", "[claims]") {
  auto x = ExtractText(
      "Banks cut fees.\n\n"
      "Halifax offered a current account with free overdrafts and no fees, the bank said on Monday.\n\n"
      "Gordon Brown offered an analysis package for firms, the Treasury said.\n\n"
      "Tony Blair offered details of the plan on Monday.\n");
  CHECK(ClaimStarting(x, "a current account") == nullptr);
  CHECK(ClaimStarting(x, "an analysis package") == nullptr);
  CHECK(ClaimStarting(x, "details of the plan") == nullptr);
}

TEST_CASE("review 24: something said that is offered stays a claim after a colon or as evidence",
          "[claims]") {
  auto x = ExtractText(
      "Crime plans divide the parties.\n\n"
      "Tony Blair offered his view: the plan would cut crime.\n\n"
      "The minister offered a clear answer: taxes will not rise.\n\n"
      "Michael Howard offered no evidence that the plan would fail.\n");
  CHECK(ClaimStarting(x, "his view: the plan would cut crime") != nullptr);
  CHECK(ClaimStarting(x, "a clear answer: taxes will not rise") != nullptr);
  CHECK(ClaimStarting(x, "no evidence that the plan would fail") != nullptr);
}

TEST_CASE("review 24: a proposal's object keeps its relative clause and the infinitive after it",
          "[claims]") {
  auto x = ExtractText(
      "Charles Kennedy urged voters who believe the war was illegal to back the Liberal Democrats.\n\n"
      "Michael Howard urged Labour MPs who say they oppose the bill to vote against it.\n");
  CHECK(ClaimStarting(x, "voters who believe the war was illegal to back the Liberal Democrats") != nullptr);
  CHECK(ClaimStarting(x, "Labour MPs who say they oppose the bill to vote against it") != nullptr);
}
