// Who speaks in a phrase that names a body or a group without being it (issue 13): a spokesman for
// a body, a share of those asked in a poll ("Six in 10 say", "Half of Republicans said"), an
// organization whose name holds an article ("Committee for a Responsible Budget"), a title inside
// an appositive name, a party tag after a name, a quote closed by "X demanded", and "states" as a
// noun. Each on short texts written for the test.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;

TEST_CASE("'..., a spokesman for the X said.' closes a claim of the spokesman, not of X",
          "[claims][shares]") {
  auto x = ExtractText(
      "Visa news\n\nThe new rules will be enforced from May, a spokesman for the Home Office said. The "
      "queues at the border are getting longer, officials at the Port Authority said on Friday. The "
      "fees will double, the chairman of the committee said.\n");
  CHECK(SpeakerOf(x, "The new rules will be enforced from May") == "(unresolved)");
  CHECK(SpeakerOf(x, "The queues at the border are getting longer") == "(unresolved)");
  CHECK(SpeakerOf(x, "The fees will double") == "(unresolved)");
}

TEST_CASE("a share of those asked speaks unnamed, not the group it is a share of", "[claims][shares]") {
  auto x = ExtractText(
      "Poll news\n\nThe Harlow Institute asked 900 voters last week. Nearly half said they prefer a "
      "candidate with experience. Six in 10 say the mayor is decisive. About one in five said the "
      "levy was too high. Half of Republicans said they would back the levy. Two-thirds of Democrats "
      "in Ohio said the count was fair.\n");
  CHECK(SpeakerOf(x, "they prefer a candidate with experience") == "(unresolved)");
  CHECK(SpeakerOf(x, "the mayor is decisive") == "(unresolved)");
  CHECK(SpeakerOf(x, "the levy was too high") == "(unresolved)");
  CHECK(SpeakerOf(x, "they would back the levy") == "(unresolved)");
  CHECK(SpeakerOf(x, "the count was fair") == "(unresolved)");
}

TEST_CASE("an organization's name may hold an article after its head and 'for'", "[claims][shares]") {
  auto x = ExtractText(
      "Budget news\n\nThe Committee for a Responsible Budget reported that the deficit would grow. A "
      "University of Harlow poll found that the mayor leads by ten points.\n");
  CHECK(SpeakerOf(x, "the deficit would grow") == "Committee for a Responsible Budget");
  CHECK(SpeakerOf(x, "the mayor leads by ten points") == "University of Harlow");
}

TEST_CASE("a name with a title between the commas after a description speaks", "[claims][shares]") {
  auto x = ExtractText(
      "Race news\n\nThe vote is on Tuesday. Another Rowe ally, Agriculture Secretary Tom Vilsack, told "
      "reporters the race was close.\n");
  CHECK(SpeakerOf(x, "the race was close") == "Tom Vilsack");
}

TEST_CASE("'states' as a plural noun is no verb of saying", "[claims][shares]") {
  auto x = ExtractText(
      "Race news\n\nVoters in two states Tuesday night backed the mayor. Governors in more than two "
      "dozen states balked at accepting any. The report states that the economy is weak.\n");
  CHECK(SpeakerOf(x, "backed the mayor") == "(no claim)");
  CHECK(SpeakerOf(x, "balked at accepting any") == "(no claim)");
  CHECK(SpeakerOf(x, "the economy is weak") == "(unresolved)");
}

TEST_CASE("a party and state tag after a name is never the speaker", "[claims][shares]") {
  auto x = ExtractText(
      "Budget news\n\nSen. Ann Rowe, R-Fla., appearing on a radio show on Friday, said the budget "
      "failed the state. Rep. Tom Pike, D-Ohio, despite admitting that he had doubts, said the levy "
      "would pass. The deficit will grow, Sen. Mitch Cole, R-Ky., told reporters.\n");
  CHECK(SpeakerOf(x, "the budget failed the state") == "Ann Rowe");
  CHECK(SpeakerOf(x, "he had doubts") == "Tom Pike");
  CHECK(SpeakerOf(x, "The deficit will grow") == "Mitch Cole");
}

TEST_CASE("'“...?” X demanded.' gives the quote to X", "[claims][shares]") {
  auto x = ExtractText(
      "Bank news\n\n“Every time you say that,” Senator Jon Tester said, “you give ammunition to the "
      "critics.”\n\n“Why is this not proof that the bank is too big?” Senator David Vitter demanded.\n");
  CHECK(SpeakerOf(x, "Why is this not proof") == "David Vitter");
}
