// Stance edges from verb forms and subjects that were read wrong or not at all: support withheld
// ("no longer supports"), present-tense verbs that are nouns as well ("they support X" but not
// "her support for X"), a group named with a place after it, a passive inside a relative clause,
// and the one who expresses support in a clause of its own.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::Extraction;
using claimgraph::testing::EntityName;
using claimgraph::testing::ExtractText;

namespace {

// "source type target" of each opposes / supports edge, the target an entity name or its text.
std::string Edges(const Extraction& x) {
  std::string out;
  for (const auto& r : x.relations) {
    if (r.type != "opposes" && r.type != "supports") continue;
    out += EntityName(x, r.source) + " " + r.type + " " +
           (r.target.empty() ? r.target_text : EntityName(x, r.target)) + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("support no longer given opposes", "[claims][stance]") {
  CHECK(Edges(ExtractText("Mark Kirk is no longer supporting Donald Trump.\n")) ==
        "Mark Kirk opposes Donald Trump\n");
  CHECK(Edges(ExtractText("Mark Kirk no longer supports Donald Trump.\n")) ==
        "Mark Kirk opposes Donald Trump\n");
  auto x = ExtractText("Sam Reece said he would no longer be supporting Stephanie Davis.\n");
  CHECK(Edges(x) == "Sam Reece opposes Stephanie Davis\n");
  // the evidence shows the negation
  for (const auto& r : x.relations)
    if (r.type == "opposes") CHECK(r.evidence.rfind("no longer", 0) == 0);
}

TEST_CASE("a present-tense verb that is a noun as well is a cue only as the verb", "[claims][stance]") {
  auto x = ExtractText("Russia and Iran support Assad.\n");
  CHECK(Edges(x).find("Russia supports Assad\n") != std::string::npos);
  CHECK(Edges(x).find("Iran supports Assad\n") != std::string::npos);
  CHECK(Edges(ExtractText("China's leaders still praise Karl Marx.\n")) == "China supports Karl Marx\n");
  // the nouns: support shown, given or lost, and the infinitive of another verb
  CHECK(Edges(ExtractText("The support Donald Trump received was large.\n")).empty());
  CHECK(Edges(ExtractText("Mark Kirk was expected to support Donald Trump.\n")).empty());
  CHECK(Edges(ExtractText("I told him to drop out in the fall and support Marco Rubio.\n")).empty());
  CHECK(Edges(ExtractText("The hard ceiling of support that Donald Trump would reach was low.\n")).empty());
}

TEST_CASE("a group named with a place after it speaks for the names before it", "[claims][stance]") {
  CHECK(Edges(ExtractText("Republican lawmakers in California have criticized Barack Obama.\n")) ==
        "Republican Party opposes Barack Obama\n");
  CHECK(Edges(ExtractText("Donald Trump's allies in Congress attacked James Comey.\n")) ==
        "Donald Trump opposes James Comey\n");
  // a group named by no one is no one's
  CHECK(Edges(ExtractText("Voters in New Hampshire criticized Barack Obama.\n")).empty());
}

TEST_CASE("a passive in a relative clause acts on the noun before the pronoun", "[claims][stance]") {
  auto x = ExtractText(
      "His affection for European parties (which are supported by the Kremlin) feeds the scandal.\n");
  CHECK(Edges(x) == "Kremlin supports European parties\n");
}

TEST_CASE("support expressed in a clause of its own is its subject's", "[claims][stance]") {
  auto x = ExtractText(
      "Kevin McCarthy is stripping Steve King of his committee seats after King expressed support for "
      "white nationalism.\n");
  CHECK(Edges(x) == "Steve King supports white nationalism\n");
  // support taken away is no support from the one it is taken from
  auto y = ExtractText("Alicia said she was pulling her support from Peter Jones's campaign.\n");
  CHECK(Edges(y).find("Peter Jones supports") == std::string::npos);
}

TEST_CASE("a stance noun another holds inside what a person says is not the speaker's", "[claims][stance]") {
  CHECK(Edges(ExtractText("Jack Smith said its support for terrorism was clear.\n")).empty());
  CHECK(Edges(ExtractText("Jack Smith said Iran's support for terrorism must end.\n"))
            .find("Jack Smith supports") == std::string::npos);
  // "their criticism of Obama was unfair" defends Obama: never the speaker opposing him
  CHECK(Edges(ExtractText("Jack Smith said their criticism of Barack Obama was unfair.\n"))
            .find("Jack Smith opposes Barack Obama") == std::string::npos);
  // the speaker's own ("his support") and an organization's own ("its attacks") stay theirs
  CHECK(Edges(ExtractText("Jack Smith said his support for Barack Obama was unwavering.\n")) ==
        "Jack Smith supports Barack Obama\n");
  CHECK(Edges(ExtractText("Hollywood unleashed its contempt for Donald Trump.\n")) ==
        "Hollywood opposes Donald Trump\n");
  // a name's possessive names the holder of what is praised
  CHECK(Edges(ExtractText("Andrew Sullivan praised George Bush's criticism of Sarah Palin.\n"))
            .find("George Bush opposes Sarah Palin\n") != std::string::npos);
}

TEST_CASE("responsibility for a good thing is credit, not blame", "[claims][stance]") {
  CHECK(Edges(ExtractText("Jack Smith said Tom Jones was responsible for the attack.\n")) ==
        "Jack Smith opposes Tom Jones\n");
  CHECK(Edges(ExtractText("Jack Smith said Tom Jones had been responsible for the remarkable turnaround.\n"))
            .find("opposes") == std::string::npos);
}

TEST_CASE("a name before 'and its allies' speaks for them", "[claims][stance]") {
  CHECK(Edges(ExtractText("The U.S. and some of its allies accuse Iran of building weapons.\n")) ==
        "United States opposes Iran\n");
  CHECK(Edges(ExtractText("Israel and its Western allies have condemned Iran.\n")) ==
        "Israel opposes Iran\n");
  // a group of no one named gives nothing
  CHECK(Edges(ExtractText("Some of its allies have condemned Iran.\n")).empty());
}

TEST_CASE("each one named in a coordinated subject takes a stance phrase's side", "[claims][stance]") {
  std::string e = Edges(ExtractText("Turkey and Qatar provided support for the Muslim Brotherhood.\n"));
  CHECK(e.find("Turkey supports Muslim Brotherhood\n") != std::string::npos);
  CHECK(e.find("Qatar supports Muslim Brotherhood\n") != std::string::npos);
}

TEST_CASE("support spoken for, thanks given and praise in a statement are stances", "[claims][stance]") {
  CHECK(Edges(ExtractText("Sigourney Weaver spoke in support of Hillary Clinton at the convention.\n"))
            .rfind("Sigourney Weaver supports ", 0) == 0);
  CHECK(Edges(ExtractText("Mark Pryor issued a statement praising Google.\n")) ==
        "Mark Pryor supports Google\n");
  CHECK(Edges(ExtractText("Mark Pryor released a statement criticizing Ben Carson.\n")) ==
        "Mark Pryor opposes Ben Carson\n");
  CHECK(Edges(ExtractText("Barack Obama issued a statement thanking Debbie Wasserman Schultz.\n")) ==
        "Barack Obama supports Debbie Wasserman Schultz\n");
}

TEST_CASE("a number opening a sentence names no one", "[claims][stance]") {
  auto x = ExtractText("Two, including Tom Smith, publicly endorsed Hillary Clinton.\n");
  for (const auto& e : x.entities) CHECK(e.name != "Two");
  CHECK(Edges(x).find("Two ") == std::string::npos);
}

TEST_CASE("an infinitive after 'it is' has no one's stance", "[claims][stance]") {
  // the name before it is whom the speaker told, not who blames
  CHECK(Edges(ExtractText("Robin Cook told the BBC it was not fair to blame the public.\n")).empty());
  CHECK(
      Edges(ExtractText("Robin Cook told the BBC it was right to criticise John Prescott.\n")).find("BBC ") ==
      std::string::npos);
}

TEST_CASE("protesting against a thing opposes the thing, and says nothing", "[claims][stance]") {
  auto x = ExtractText("Mark Pryor protested against the new dam.\n");
  CHECK(Edges(x) == "Mark Pryor opposes the new dam\n");
  CHECK(x.claims.empty());
}

TEST_CASE("a subject before where it spoke, or named beside an unnamed partner, takes the stance",
          "[claims][stance]") {
  CHECK(Edges(ExtractText("Trade group chief Jonathan Spalter in a statement praised Donald Trump.\n")) ==
        "Jonathan Spalter supports Donald Trump\n");
  CHECK(Edges(ExtractText("Planned Parenthood and the abortion industry endorsed Hillary Clinton.\n")) ==
        "Planned Parenthood supports Hillary Clinton\n");
}

TEST_CASE("a side taken inside what was said is its subject's, not a judgement of the subject",
          "[claims][stance]") {
  // the speaker backs what the content backs; Britain is not judged
  std::string e = Edges(ExtractText("Boris Johnson said Britain must continue to support Ukraine.\n"));
  CHECK(e.find("Boris Johnson supports Britain") == std::string::npos);
  CHECK(e.find("Boris Johnson supports Ukraine") != std::string::npos);
  // an opinion reported is no wrong done by the one who holds it
  CHECK(Edges(ExtractText("Sarah Smith said Tom Jones criticized the plan.\n")) ==
        "Tom Jones opposes the plan\n");
  // a wrong done is judged by the one who reports it
  CHECK(Edges(ExtractText("Alex Ferguson said Patrick Vieira threatened some of our players.\n"))
            .find("Alex Ferguson opposes Patrick Vieira\n") != std::string::npos);
}

namespace {

// The text of each "proposed" edge, one per line.
std::string Proposals(const Extraction& x) {
  std::string out;
  for (const auto& r : x.relations)
    if (r.type == "proposed") out += (r.target.empty() ? r.target_text : EntityName(x, r.target)) + "\n";
  return out;
}

}  // namespace

TEST_CASE("a condition, a forecast or 'you' in general proposes nothing", "[claims][stance]") {
  CHECK(Proposals(ExtractText("\"We will cut taxes for families,\" said Michael Howard.\n")) ==
        "cut taxes for families\n");
  CHECK(Proposals(
            ExtractText("\"If we can beat them at home, then it will be just three,\" said Michael Owen.\n"))
            .empty());
  CHECK(Proposals(
            ExtractText("\"We are going to see more citizens breaking stories,\" said Andrew Nachison.\n"))
            .empty());
  CHECK(Proposals(ExtractText(
                      "\"Each time you go back in you have to start all over again,\" said Tony Macklin.\n"))
            .empty());
  // a match is no stance
  CHECK(Edges(ExtractText("Olly Barkley is fit for Sunday's Six Nations clash with Ireland.\n")).empty());
}

TEST_CASE("'X is the ADJ noun' names what X is; only a verdict or a superlative judges X",
          "[claims][stance]") {
  CHECK(Edges(ExtractText("\"The primary factor is the weak dollar,\" said Victor Shum.\n")).empty());
  CHECK(Edges(ExtractText("\"The Iran deal is the worst deal ever,\" said Victor Shum.\n")) ==
        "Victor Shum opposes The Iran deal\n");
  CHECK(Edges(ExtractText("\"The new tax is the wrong answer,\" said Victor Shum.\n")) ==
        "Victor Shum opposes The new tax\n");
  // a gerund left alone is no target
  CHECK(Edges(ExtractText("\"The tools should stop them having to search twice,\" said Tony Macklin.\n"))
            .empty());
}

TEST_CASE("a question put to someone, praise after a warning and a successor take no side",
          "[claims][stance]") {
  CHECK(Edges(ExtractText("Asked if he would welcome BNP voters, Michael Howard said no.\n")).empty());
  CHECK(Edges(ExtractText("Michael Howard must decide whether to back Gordon Brown.\n")).empty());
  CHECK(Edges(ExtractText("Michael Howard backed Gordon Brown.\n")) ==
        "Michael Howard supports Gordon Brown\n");
  // "warned": a warning to the other side, not about the one praised
  CHECK(Edges(ExtractText("\"Gavin Henson is ridiculously talented,\" warned Adam Jones.\n")) ==
        "Adam Jones supports Gavin Henson\n");
  CHECK(Edges(ExtractText("The IMF warned that Ghana's deficit was too large and would hamper growth.\n"))
            .find("International Monetary Fund opposes") != std::string::npos);
  // to succeed someone is to follow them in a post
  CHECK(Edges(ExtractText("Walter Smith will succeed Berti Vogts as Scotland manager.\n")).empty());
}

TEST_CASE("a condition takes no side, and a word that names nothing is no target", "[claims][stance]") {
  CHECK(
      Edges(ExtractText("\"If Chelsea are interested then they must make an offer,\" said Gilmar Rinaldi.\n"))
          .empty());
  CHECK(Edges(ExtractText("\"Chelsea are a great club,\" said Gilmar Rinaldi.\n")) ==
        "Gilmar Rinaldi supports Chelsea\n");
  CHECK(Edges(ExtractText("\"What a great way to finish the year,\" said Rafael Nadal.\n")).empty());
}

TEST_CASE("a chance missed judges nothing", "[claims][stance]") {
  CHECK(Edges(ExtractText("\"I missed a big chunk of speed work,\" said Dougie Walker.\n")).empty());
  CHECK(Edges(ExtractText("Pascal Cygan missed Arsenal's best chance.\n")).empty());
}

TEST_CASE("a second verb after 'and' ends the object", "[claims][stance]") {
  CHECK(
      Edges(ExtractText("The Liberal Democrats oppose house arrests and questioned the implications of the "
                        "measure.\n")) ==
      "Liberal Democrats opposes house arrests\nLiberal Democrats opposes the implications of the measure\n");
}

TEST_CASE("support received in what was said is not the speaker's", "[claims][stance]") {
  CHECK(Edges(ExtractText("The law should be redrafted after it failed to win the support of MEPs, the Legal "
                          "Affairs Committee said.\n"))
            .empty());
  CHECK(Edges(ExtractText("\"We have the support of Tony Blair,\" said Gordon Brown.\n")).empty());
  // a judgement after "has" still judges ("has a great career ahead of him")
  CHECK(Edges(ExtractText("\"Wes Butters has a great career ahead of him,\" said Jason King.\n")) ==
        "Jason King supports Wes Butters\n");
}
