// Stance edges from constructions of news language that carry opposition or support without a
// claim: a verb after a word of will ("were quick to blame"), a role noun graded before its name
// ("a vocal Trump critic") or between two names ("Trump ally Roger Stone"), the others after a
// passive's agent ("praised by A and B"), the one a blame is put on ("blamed the attack on X"),
// a "dig at" someone, what a named one did ("praised the job Trump has done"), praise heaped on
// someone in any tense.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::Extraction;
using claimgraph::testing::EntityName;
using claimgraph::testing::ExtractText;

using claimgraph::testing::StanceEdges;

TEST_CASE("a stance verb after a word of will is its subject's", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Ukrainian politicians were quick to blame Russia for the attack.\n")) ==
        "Ukraine opposes Russia\n");
  CHECK(StanceEdges(ExtractText("Mitt Romney is ready to support Ted Cruz.\n")) ==
        "Mitt Romney supports Ted Cruz\n");
  CHECK(StanceEdges(ExtractText("Mitt Romney vowed to attack Ted Cruz.\n")) ==
        "Mitt Romney opposes Ted Cruz\n");
  // a forecast by others is no one's stance, and the subject of a passive is no agent
  CHECK(StanceEdges(ExtractText("Mark Kirk was expected to support Donald Trump.\n")).empty());
  CHECK(StanceEdges(ExtractText("Mitt Romney was criticized by Ted Cruz.\n")) ==
        "Ted Cruz opposes Mitt Romney\n");
}

TEST_CASE("a role noun graded before the name it is toward", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Jeff Flake is a vocal Trump critic.\n")) == "Jeff Flake opposes Trump\n");
  CHECK(StanceEdges(ExtractText("Laura Ingraham has been an ardent Donald Trump supporter.\n")) ==
        "Laura Ingraham supports Donald Trump\n");
  // a party word before the noun says whose side the critic is on, not whom the criticism is of
  CHECK(StanceEdges(ExtractText("Jeff Flake is a Republican critic.\n")).empty());
  // a lone name that holds such a role is a person's, however the tagger reads it alone
  CHECK(StanceEdges(ExtractText("Ingraham has been a vocal Trump supporter.\n")) ==
        "Ingraham supports Trump\n");
}

TEST_CASE("a role noun between two names: the one after holds it", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Donald Trump's longtime ally Roger Stone spoke on Monday.\n")) ==
        "Roger Stone supports Donald Trump\n");
  CHECK(StanceEdges(ExtractText("Hillary Clinton's rival Bernie Sanders spoke on Monday.\n")) ==
        "Bernie Sanders opposes Hillary Clinton\n");
  // companies compete, and a post at a team or a paper is no side taken
  CHECK(StanceEdges(ExtractText("Google rival Microsoft said on Monday that sales rose.\n")).empty());
  CHECK(StanceEdges(ExtractText("Arsenal defender Ashley Cole was fit on Monday.\n")).empty());
  CHECK(StanceEdges(ExtractText("The Guardian's film critic Peter Bradshaw liked it.\n")).empty());
}

TEST_CASE("each agent of a passive takes its side", "[claims][stance]") {
  std::string e = StanceEdges(ExtractText("Donald Trump was praised by Mary Landrieu and Jeffrey Wiley.\n"));
  CHECK(e.find("Mary Landrieu supports Donald Trump\n") != std::string::npos);
  CHECK(e.find("Jeffrey Wiley supports Donald Trump\n") != std::string::npos);
  e = StanceEdges(ExtractText("The plan was criticized by Mary Landrieu, Jeffrey Wiley and Tom Cole.\n"));
  CHECK(e.find("Jeffrey Wiley opposes The plan\n") != std::string::npos);
  CHECK(e.find("Tom Cole opposes The plan\n") != std::string::npos);
}

TEST_CASE("the one a blame is put on is opposed", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Ukraine blamed the attack on Russia.\n")).find("Ukraine opposes Russia\n") !=
        std::string::npos);
  // a thing blamed names no one: the phrase stays the target
  CHECK(StanceEdges(ExtractText("Donald Trump blamed the loss on falling sales.\n")) ==
        "Donald Trump opposes the loss on falling sales\n");
}

TEST_CASE("a dig at someone opposes them", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Bernie Sanders took a dig at Hillary Clinton.\n")) ==
        "Bernie Sanders opposes Hillary Clinton\n");
  // a shot at a goal or a title is an attempt
  CHECK(StanceEdges(ExtractText("Ashley Cole had two shots at goal.\n")).empty());
}

TEST_CASE("a stance toward what a named one did is toward the doer", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Regis Philbin praised the job President Donald Trump has done.\n")) ==
        "Regis Philbin supports Donald Trump\n");
  CHECK(StanceEdges(ExtractText("Theresa May condemned the attack ISIS carried out in London.\n"))
            .find("Theresa May opposes Islamic State\n") != std::string::npos);
  // what an allegation says of someone, and what was done to someone, is no act of theirs
  CHECK(StanceEdges(ExtractText("Ed Balls rejected the allegation that Gordon Brown had been sidelined.\n"))
            .find("opposes Gordon Brown") == std::string::npos);
}

TEST_CASE("praise or scorn heaped on someone in any tense", "[claims][stance]") {
  CHECK(StanceEdges(
            ExtractText("Official Washington rushed forward to lavish praise on Richard Holbrooke.\n")) ==
        "Washington supports Richard Holbrooke\n");
  CHECK(StanceEdges(ExtractText("Nigel Farage is pouring scorn on Theresa May.\n")) ==
        "Nigel Farage opposes Theresa May\n");
}

TEST_CASE("a subject found past 'nonetheless'", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Hebert nonetheless praised Jeff Sessions.\n")) ==
        "Hebert supports Jeff Sessions\n");
}

TEST_CASE("a name before people names whom they follow, not whom a verb acts on", "[claims][stance]") {
  // "Sanders supporters" are the ones wooed, not Sanders
  CHECK(StanceEdges(ExtractText("Hillary Clinton tried to woo Bernie Sanders supporters.\n")).empty());
  CHECK(StanceEdges(ExtractText("Barack Obama thanked Angela Merkel warmly.\n")) ==
        "Barack Obama supports Angela Merkel\n");
}

TEST_CASE("a stance toward a list of names is toward each one", "[claims][stance]") {
  CHECK(StanceEdges(
            ExtractText("Labour MPs criticised Tony Blair and Gordon Brown amid reports of a rift.\n")) ==
        "Labour Party opposes Tony Blair\nLabour Party opposes Gordon Brown\n");
  CHECK(StanceEdges(ExtractText("Gordon Brown praised Michael Howard, Charles Kennedy and Tony Blair.\n")) ==
        "Gordon Brown supports Michael Howard\nGordon Brown supports Charles Kennedy\n"
        "Gordon Brown supports Tony Blair\n");
  CHECK(StanceEdges(ExtractText("Joy Reid accused Donald Trump and other Republicans of pressuring James "
                                "Comey.\n")) ==
        "Joy Reid opposes Donald Trump\nJoy Reid opposes Republican Party\n");
  // the last name opening a clause of its own is no object
  CHECK(StanceEdges(
            ExtractText("Gordon Brown criticized Michael Howard and Charles Kennedy said nothing.\n")) ==
        "Gordon Brown opposes Michael Howard\n");
  // a list with an aside or a comma alone is none
  CHECK(StanceEdges(ExtractText("Gordon Brown criticized Michael Howard, Charles Kennedy said.\n")) ==
        "Gordon Brown opposes Michael Howard\n");
  CHECK(StanceEdges(
            ExtractText("Pat Toomey has not endorsed Donald Trump and Mark Kirk withdrew his support.\n")) ==
        "Pat Toomey opposes Donald Trump\n");
  // one or the other is not each
  CHECK(StanceEdges(ExtractText("Jane Sanders praised Hillary Clinton or Bernie Sanders.\n")) ==
        "Jane Sanders supports Hillary Clinton\n");
  // a reason after the list ends it
  CHECK(
      StanceEdges(ExtractText("Gordon Brown praised Michael Howard and Charles Kennedy for their work.\n")) ==
      "Gordon Brown supports Michael Howard\nGordon Brown supports Charles Kennedy\n");
}

TEST_CASE("attacks on someone with their possessor are the possessor's", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Ted Cruz escalated his attacks on Donald Trump.\n")) ==
        "Ted Cruz opposes Donald Trump\n");
  CHECK(StanceEdges(ExtractText("Ted Cruz's repeated attacks on Donald Trump continued.\n")) ==
        "Ted Cruz opposes Donald Trump\n");
  // the pronoun stands for the one named last before it, not the sentence's subject
  CHECK(StanceEdges(
            ExtractText("Ed Rendell said the time is coming when Bernie Sanders will have to tone down "
                        "his attacks on Hillary Clinton.\n")) == "Bernie Sanders opposes Hillary Clinton\n");
  // with no possessor, attacks are no one's act ("bomb attacks on pubs")
  CHECK(StanceEdges(ExtractText("Tony Blair condemned the IRA for bomb attacks on pubs.\n")) ==
        "Tony Blair opposes IRA\n");
}

TEST_CASE("a stance drawn from a list of names is each one's", "[claims][stance]") {
  CHECK(
      StanceEdges(ExtractText("Donald Trump's plan drew criticism from John McCain and Lindsey Graham.\n")) ==
      "John McCain opposes Donald Trump\nLindsey Graham opposes Donald Trump\n");
  CHECK(
      StanceEdges(ExtractText("Barack Obama's speech drew criticism from Republicans, including Senator John "
                              "McCain of Arizona.\n")) ==
      "Republican Party opposes Barack Obama\nJohn McCain opposes Barack Obama\n");
  // support withheld from them is none of theirs
  CHECK(StanceEdges(
            ExtractText("Donald Trump endorsed Paul Ryan. He also withheld support from John McCain and "
                        "Kelly Ayotte.\n")) == "Donald Trump supports Paul Ryan\n");
}

TEST_CASE("a comma that closes a relative clause ends a list of names", "[claims][stance]") {
  // review: ", and B" after ", who has backed A," was read as a second item
  CHECK(StanceEdges(ExtractText(
            "The biggest donors were Lord Sainsbury, who has backed Tony Blair, and Paul Drayson.\n")) ==
        "Sainsbury supports Tony Blair\n");
  CHECK(StanceEdges(
            ExtractText("Clare Short criticised Tony Blair, Gordon Brown, and the Treasury on Monday.\n"))
            .find("Clare Short opposes Gordon Brown") != std::string::npos);
}

TEST_CASE("a participle after a common noun acts on that noun, not on the last name", "[claims][stance]") {
  // the law is Bush's to back, not the United States
  std::string e = StanceEdges(
      ExtractText("Cherie Blair described the US legal code as outdated and welcomed a decision to throw "
                  "out a law backed by George Bush.\n"));
  CHECK(e.find("George Bush supports United States") == std::string::npos);
  CHECK(StanceEdges(ExtractText("Gordon Brown spoke about new plans, backed by the UK.\n"))
            .find("supports Gordon Brown") == std::string::npos);
  // a passive of the one before still is: after "was", after "who was"
  CHECK(StanceEdges(ExtractText("Ryanair offered 1.3bn, which was rejected by Aer Lingus.\n"))
            .find("Aer Lingus opposes") != std::string::npos);
  CHECK(
      StanceEdges(ExtractText("It was the same for Simon McDowell, who was criticised by Ronan O'Gara.\n")) ==
      "Ronan O'Gara opposes Simon McDowell\n");
}

TEST_CASE("a phrase cue's passive and a reflexive object take no stance", "[claims][stance]") {
  // the award is voted for; it votes for no one
  CHECK(
      StanceEdges(ExtractText("It won the Special Award voted for by after-school club members.\n")).empty());
  // "blame myself" is the speaker's own fault, no side
  CHECK(StanceEdges(ExtractText("Jens Lehmann said: \"I blame myself for the third goal.\"\n")).empty());
}
