// Stance edges from support withheld or given in other words than the cue verbs: a modal or a
// contracted "not" before "support" / "back" / "endorse", and a tribute paid; and the edges a
// reader would call wrong that such wording must not give.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::testing::ExtractText;
using claimgraph::testing::StanceEdges;
using claimgraph::testing::Stances;

TEST_CASE("support withheld with a modal or a contracted not opposes", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Howard Dean said he could not support Hillary Clinton.\n")) ==
        "Howard Dean opposes Hillary Clinton\n");
  CHECK(StanceEdges(ExtractText("Michael Howard would not back the Home Secretary's plans.\n")) ==
        "Michael Howard opposes the Home Secretary's plans\n");
  CHECK(StanceEdges(ExtractText("Petro Poroshenko didn't support joining NATO.\n")) ==
        "Petro Poroshenko opposes joining NATO\n");
  CHECK(StanceEdges(ExtractText("The US said it cannot support the International Finance Facility.\n")) ==
        "United States opposes International Finance Facility\n");
}

TEST_CASE("a phrase ending in its verb has no object before a particle", "[claims][stance]") {
  // "back down", "back off", "back up": another sense of "back", no side
  CHECK(StanceEdges(ExtractText("Tony Blair said he would not back down over the plans.\n")).empty());
  CHECK(StanceEdges(ExtractText("Charles Clarke will not back away from the pledge.\n")).empty());
  CHECK(StanceEdges(ExtractText("Gordon Brown didn't back up his claim with figures.\n")).empty());
}

TEST_CASE("a tribute paid is praise", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Lindsay Davenport paid tribute to Serena Williams.\n")) ==
        "Lindsay Davenport supports Serena Williams\n");
  CHECK(StanceEdges(ExtractText("Alan Curbishley paid tribute to striker Jonatan Johansson.\n")) ==
        "Alan Curbishley supports Jonatan Johansson\n");
}

TEST_CASE("the one named as running a poll takes no side in what it counts", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("The PPP poll showed support for Hillary Clinton at 48 percent.\n")).empty());
  CHECK(StanceEdges(ExtractText("A YouGov poll found Labour enjoys support among 44 percent of voters.\n"))
            .empty());
  CHECK(StanceEdges(ExtractText("In a recent Pew Research poll, Donald Trump was at 2% support among black "
                                "voters.\n"))
            .empty());
  // the same organization taking a side itself still does
  CHECK(StanceEdges(ExtractText("YouGov criticised Gordon Brown.\n")) == "YouGov opposes Gordon Brown\n");
}

TEST_CASE("the side of unnamed ones in a relative clause is no named one's", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Lincoln Chafee has not made a pitch to those who supported Ron Paul.\n"))
            .empty());
  CHECK(StanceEdges(ExtractText("Lincoln Chafee said that people who support Labour are naive.\n")).empty());
  // a judgement said of the noun through "be" is the speaker's
  CHECK(StanceEdges(ExtractText("Lincoln Chafee said the plan which is a disaster must go.\n")) ==
        "Lincoln Chafee opposes the plan\n");
  // "one who" may describe a named one
  CHECK(StanceEdges(ExtractText("Ron Paul is one who opposes the war.\n")) == "Ron Paul opposes the war\n");
}

TEST_CASE("a word of readiness negated withholds what it hands on", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Lincoln Chafee is not ready to support Ron Paul.\n")) ==
        "Lincoln Chafee opposes Ron Paul\n");
  CHECK(StanceEdges(ExtractText("Lincoln Chafee was not quick to blame Russia.\n")).empty());
  CHECK(StanceEdges(ExtractText("Lincoln Chafee is ready to support Ron Paul.\n")) ==
        "Lincoln Chafee supports Ron Paul\n");
}

TEST_CASE("calling a thing politically motivated opposes it, and is no praise", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Kang Chol claimed the inquiry is politically motivated.\n")) ==
        "Kang Chol opposes the inquiry\n");
  // "motivated" alone is no judgement of the team
  CHECK(StanceEdges(ExtractText("John Smith said the team was highly motivated.\n")).empty());
  // a negation alone is no target ("... or not")
  CHECK(StanceEdges(
            ExtractText("Alexei Navalny wants the court to rule on whether his detentions were politically "
                        "motivated or not.\n"))
            .empty());
}

TEST_CASE("what one will not suggest others support is no one's side", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Cardinal Ian Murphy said: \"We are not going to suggest people support one "
                                "particular party.\"\n")) == "");
  // said, not withheld: the side the speaker urges
  CHECK(StanceEdges(ExtractText("Cardinal Ian Murphy said people should support the Labour Party.\n")) ==
        "Ian Murphy supports the Labour Party\n");
}

TEST_CASE("not doing a wrong one should not do opposes nothing", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText(
            "Menzies Campbell said the UK should not ignore the need to reform the farm policy.\n")) == "");
  CHECK(StanceEdges(ExtractText("Menzies Campbell said the UK should not raise the farm tax.\n")) ==
        "Menzies Campbell opposes the farm tax\n");
}

TEST_CASE("a verb of saying under a negated belief leaves the belief negated", "[claims][stance]") {
  // "said" between the stance word and the negated "believe" does not hide the negation
  auto x = ExtractText(
      "Jack Straw said he did not believe the French had said Britain should give up the rebate.\n");
  CHECK(Stances(x, "Jack Straw").find("proposed:") == std::string::npos);
  auto y = ExtractText("Gordon Brown said: \"I don't think anyone has said we should back the euro.\"\n");
  CHECK(Stances(y, "Gordon Brown").empty());
}
