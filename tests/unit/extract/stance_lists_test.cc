// Who a stance belongs to when names are listed or another acts (issue 13): one list reader
// of names for a stance's objects and its agents ("criticised A, the Tory leader, and B",
// "praised by A and B"), no source read from its own object's list ("would not support either
// A or B"), no stance of the speaker's in what a named other does to its object ("Yukos had
// manufactured a case to stop the sale"), nor of a place named before an infinitive of purpose
// ("took to Twitter to defend X").
#include <catch2/catch.hpp>

#include <string>

#include "support/extract_support.h"

using claimgraph::testing::ExtractText;
using claimgraph::testing::StanceEdges;

TEST_CASE("one named in a stance's object list is not its source", "[claims][stance]") {
  // "she" was read as Gordon Brown, named the sentence before, who then withheld support from a
  // list that names him
  const std::string edges = StanceEdges(
      ExtractText("Short row\n\nGordon Brown spoke on Monday. Clare Short said she would not support either "
                  "Tony Blair or Gordon Brown in the leadership contest.\n"));
  CHECK(edges.find("Gordon Brown opposes") == std::string::npos);
  CHECK(edges.find("Clare Short opposes") != std::string::npos);
}

TEST_CASE("what a named other does to its object is no stance of the speaker's", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Yukos row\n\nBut Deutsche Bank has suggested Yukos artificially "
                                "manufactured a legal case to stop the sale of its main asset.\n")) == "");
  CHECK(StanceEdges(ExtractText("Campbell returns\n\nEx-Downing Street media chief Alastair Campbell will "
                                "return to the fold to strengthen Labour's general election campaign, the "
                                "party has confirmed.\n")) == "");
  // the speaker's verdict on the doer stands, and what the speaker asks of one named is the
  // speaker's
  CHECK(StanceEdges(ExtractText("Michael Howard said Tony Blair has had the chance to tackle the problems "
                                "facing Britain and has failed.\n")) ==
        "Michael Howard opposes Tony Blair\n");
  CHECK(
      StanceEdges(ExtractText("The Food and Drug Administration warned Avon Products Inc to stop advertising "
                              "its skin care products.\n"))
          .find("Food and Drug Administration opposes") != std::string::npos);
}

TEST_CASE("a stance's objects and agents are listed by the same rules", "[claims][stance]") {
  // an apposition after an object, as after an agent
  CHECK(StanceEdges(ExtractText(
            "Clare Short criticised Michael Howard, the Tory leader, and Charles Kennedy on "
            "Monday.\n")) == "Clare Short opposes Michael Howard\nClare Short opposes Charles Kennedy\n");
  CHECK(StanceEdges(ExtractText("Tony Blair's plan drew criticism from Michael Howard, the Tory leader, and "
                                "Charles Kennedy.\n")) ==
        "Michael Howard opposes Tony Blair\nCharles Kennedy opposes Tony Blair\n");
  // an agent's last name that opens a clause of its own, as an object's
  CHECK(
      StanceEdges(ExtractText("The plan was praised by Tony Blair and Gordon Brown said it would work.\n")) ==
      "Tony Blair supports The plan\n");
  CHECK(StanceEdges(ExtractText("The plan was praised by Tony Blair and Gordon Brown on Monday.\n")) ==
        "Tony Blair supports The plan\nGordon Brown supports The plan\n");
  // "both" before the first name
  CHECK(StanceEdges(ExtractText("Clare Short praised both Tony Blair and Gordon Brown.\n")) ==
        "Clare Short supports Tony Blair\nClare Short supports Gordon Brown\n");
}

TEST_CASE("an infinitive of purpose is its clause subject's act, not a place's", "[claims][stance]") {
  // "Twitter" and "Harvard", named in a preposition's phrase before "to", took the stance
  CHECK(StanceEdges(ExtractText("Roseanne Barr took to Twitter on Monday to defend Donald Trump.\n")) ==
        "Roseanne Barr supports Donald Trump\n");
  CHECK(StanceEdges(ExtractText("Roseanne Barr used a speech at Harvard to attack Donald Trump.\n")) ==
        "Roseanne Barr opposes Donald Trump\n");
  // the one asked to act is the infinitive's subject
  CHECK(StanceEdges(ExtractText("Donald Trump prompted Mr. Romney to attack Jeb Bush.\n")) ==
        "Romney opposes Jeb Bush\n");
}

TEST_CASE("a lone name before an aside and a stance verb is a person", "[claims][stance]") {
  // the verb is the sign of a person, as right after the name ("Kalin criticized")
  CHECK(StanceEdges(ExtractText("Kalin, in a rare meeting with reporters, harshly criticized the YPG.\n")) ==
        "Kalin opposes YPG\n");
  // a list the name opens is no aside
  CHECK(StanceEdges(ExtractText("The voice behind Mack the Knife, Dream Lover and Beyond the Sea, fought "
                                "childhood illness.\n")) == "");
}

TEST_CASE("a passive's agent that a group describes is the one it acts for", "[claims][stance]") {
  // as "The Russian authorities denounced Yevtushenko" is Russia's
  CHECK(StanceEdges(ExtractText("Yevtushenko was denounced by the Russian authorities.\n")) ==
        "Russia opposes Yevtushenko\n");
  CHECK(StanceEdges(ExtractText("John McCain was criticized by Republican leaders.\n")) ==
        "Republican Party opposes John McCain\n");
  CHECK(StanceEdges(ExtractText("Donald Trump's plan drew criticism from Russian officials.\n")) ==
        "Russia opposes Donald Trump\n");
}
