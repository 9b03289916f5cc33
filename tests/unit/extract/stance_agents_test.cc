// Who takes a stance when the subject lists a name beside people it does not name (issue 13):
// "Gordon Brown and the ministers welcomed X" is Gordon Brown's stance.
#include <catch2/catch.hpp>

#include <string>

#include "support/extract_support.h"

using claimgraph::testing::ExtractText;
using claimgraph::testing::StanceEdges;

TEST_CASE("a name coordinated with unnamed people takes the verb's stance", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Gordon Brown and the ministers welcomed the proposals.\n")) ==
        "Gordon Brown supports the proposals\n");
  // the people of a party named in the last conjunct speak for it, as they do alone
  CHECK(StanceEdges(ExtractText("Gordon Brown and Labour ministers criticised Michael Howard.\n")) ==
        "Labour Party opposes Michael Howard\nGordon Brown opposes Michael Howard\n");
  const std::string three = StanceEdges(
      ExtractText("Gordon Brown, Tony Blair and the other Labour ministers welcomed the plan.\n"));
  CHECK(three.find("Gordon Brown supports the plan") != std::string::npos);
  CHECK(three.find("Tony Blair supports the plan") != std::string::npos);
  // a list after a verb of its own is no subject: the clause's subject takes the stance
  CHECK(StanceEdges(ExtractText(
            "After meeting Gordon Brown and the ministers, Tony Blair criticised Michael Howard.\n")) ==
        "Tony Blair opposes Michael Howard\n");
  // a comma, not "and": an apposition, no list
  CHECK(StanceEdges(ExtractText("Gordon Brown, Labour ministers criticised Michael Howard.\n"))
            .find("Gordon Brown opposes") == std::string::npos);
}

TEST_CASE("a participle after 'after' or 'by' in what was said is the reported subject's act",
          "[claims][stance]") {
  // people the reported clause does not name did it: no one's stance
  CHECK(StanceEdges(ExtractText(
            "The CPS said 11 people had been prosecuted after attacking intruders in their homes.\n")) == "");
  // a person it names did it, not the speaker
  CHECK(StanceEdges(ExtractText("The CPS said Tom Smith had been prosecuted after attacking intruders.\n")) ==
        "Tom Smith opposes intruders\n");
  // a pronoun for the speaker, or a party the speaker speaks for, leaves the speaker's stance
  CHECK(StanceEdges(ExtractText("Labour said it would win votes by attacking the Tories.\n")) ==
        "Labour Party opposes Conservative Party\n");
}

TEST_CASE("an infinitive of purpose after a verb of going is the goer's stance", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Mary Jones turned up to support Leanne Brown.\n")) ==
        "Mary Jones supports Leanne Brown\n");
  CHECK(StanceEdges(ExtractText("Tom Smith flew to Paris to support Leanne Brown at the launch.\n")) ==
        "Tom Smith supports Leanne Brown\n");
  // a noun's infinitive is no one's act
  CHECK(StanceEdges(ExtractText("The funds to support Leanne Brown were raised in Paris.\n")) == "");
}
