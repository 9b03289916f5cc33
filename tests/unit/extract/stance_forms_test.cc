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

using claimgraph::testing::StanceEdges;
using claimgraph::testing::Stances;

TEST_CASE("support no longer given opposes", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Mark Kirk is no longer supporting Donald Trump.\n")) ==
        "Mark Kirk opposes Donald Trump\n");
  CHECK(StanceEdges(ExtractText("Mark Kirk no longer supports Donald Trump.\n")) ==
        "Mark Kirk opposes Donald Trump\n");
  auto x = ExtractText("Sam Reece said he would no longer be supporting Stephanie Davis.\n");
  CHECK(StanceEdges(x) == "Sam Reece opposes Stephanie Davis\n");
  // the evidence shows the negation
  for (const auto& r : x.relations)
    if (r.type == "opposes") CHECK(r.evidence.rfind("no longer", 0) == 0);
}

TEST_CASE("a present-tense verb that is a noun as well is a cue only as the verb", "[claims][stance]") {
  auto x = ExtractText("Russia and Iran support Assad.\n");
  CHECK(StanceEdges(x).find("Russia supports Assad\n") != std::string::npos);
  CHECK(StanceEdges(x).find("Iran supports Assad\n") != std::string::npos);
  CHECK(StanceEdges(ExtractText("China's leaders still praise Karl Marx.\n")) ==
        "China supports Karl Marx\n");
  // the nouns: support shown, given or lost, and the infinitive of another verb
  CHECK(StanceEdges(ExtractText("The support Donald Trump received was large.\n")).empty());
  CHECK(StanceEdges(ExtractText("Mark Kirk was expected to support Donald Trump.\n")).empty());
  CHECK(StanceEdges(ExtractText("I told him to drop out in the fall and support Marco Rubio.\n")).empty());
  CHECK(StanceEdges(ExtractText("The hard ceiling of support that Donald Trump would reach was low.\n"))
            .empty());
}

TEST_CASE("a group named with a place after it speaks for the names before it", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Republican lawmakers in California have criticized Barack Obama.\n")) ==
        "Republican Party opposes Barack Obama\n");
  CHECK(StanceEdges(ExtractText("Donald Trump's allies in Congress attacked James Comey.\n")) ==
        "Donald Trump opposes James Comey\n");
  // a group named by no one is no one's
  CHECK(StanceEdges(ExtractText("Voters in New Hampshire criticized Barack Obama.\n")).empty());
}

TEST_CASE("a passive in a relative clause acts on the noun before the pronoun", "[claims][stance]") {
  auto x = ExtractText(
      "His affection for European parties (which are supported by the Kremlin) feeds the scandal.\n");
  CHECK(StanceEdges(x) == "Kremlin supports European parties\n");
}

TEST_CASE("support expressed in a clause of its own is its subject's", "[claims][stance]") {
  auto x = ExtractText(
      "Kevin McCarthy is stripping Steve King of his committee seats after King expressed support for "
      "white nationalism.\n");
  CHECK(StanceEdges(x) == "Steve King supports white nationalism\n");
  // support taken away is no support from the one it is taken from
  auto y = ExtractText("Alicia said she was pulling her support from Peter Jones's campaign.\n");
  CHECK(StanceEdges(y).find("Peter Jones supports") == std::string::npos);
}

TEST_CASE("a stance noun another holds inside what a person says is not the speaker's", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Jack Smith said its support for terrorism was clear.\n")).empty());
  CHECK(StanceEdges(ExtractText("Jack Smith said Iran's support for terrorism must end.\n"))
            .find("Jack Smith supports") == std::string::npos);
  // "their criticism of Obama was unfair" defends Obama: never the speaker opposing him
  CHECK(StanceEdges(ExtractText("Jack Smith said their criticism of Barack Obama was unfair.\n"))
            .find("Jack Smith opposes Barack Obama") == std::string::npos);
  // the speaker's own ("his support") and an organization's own ("its attacks") stay theirs
  CHECK(StanceEdges(ExtractText("Jack Smith said his support for Barack Obama was unwavering.\n")) ==
        "Jack Smith supports Barack Obama\n");
  CHECK(StanceEdges(ExtractText("Hollywood unleashed its contempt for Donald Trump.\n")) ==
        "Hollywood opposes Donald Trump\n");
  // a name's possessive names the holder of what is praised
  CHECK(StanceEdges(ExtractText("Andrew Sullivan praised George Bush's criticism of Sarah Palin.\n"))
            .find("George Bush opposes Sarah Palin\n") != std::string::npos);
}

TEST_CASE("responsibility for a good thing is credit, not blame", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Jack Smith said Tom Jones was responsible for the attack.\n")) ==
        "Jack Smith opposes Tom Jones\n");
  CHECK(StanceEdges(
            ExtractText("Jack Smith said Tom Jones had been responsible for the remarkable turnaround.\n"))
            .find("opposes") == std::string::npos);
}

TEST_CASE("a name before 'and its allies' speaks for them", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("The U.S. and some of its allies accuse Iran of building weapons.\n")) ==
        "United States opposes Iran\n");
  CHECK(StanceEdges(ExtractText("Israel and its Western allies have condemned Iran.\n")) ==
        "Israel opposes Iran\n");
  // a group of no one named gives nothing
  CHECK(StanceEdges(ExtractText("Some of its allies have condemned Iran.\n")).empty());
}

TEST_CASE("each one named in a coordinated subject takes a stance phrase's side", "[claims][stance]") {
  std::string e = StanceEdges(ExtractText("Turkey and Qatar provided support for the Muslim Brotherhood.\n"));
  CHECK(e.find("Turkey supports Muslim Brotherhood\n") != std::string::npos);
  CHECK(e.find("Qatar supports Muslim Brotherhood\n") != std::string::npos);
}

TEST_CASE("support spoken for, thanks given and praise in a statement are stances", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Sigourney Weaver spoke in support of Hillary Clinton at the convention.\n"))
            .rfind("Sigourney Weaver supports ", 0) == 0);
  CHECK(StanceEdges(ExtractText("Mark Pryor issued a statement praising Google.\n")) ==
        "Mark Pryor supports Google\n");
  CHECK(StanceEdges(ExtractText("Mark Pryor released a statement criticizing Ben Carson.\n")) ==
        "Mark Pryor opposes Ben Carson\n");
  CHECK(StanceEdges(ExtractText("Barack Obama issued a statement thanking Debbie Wasserman Schultz.\n")) ==
        "Barack Obama supports Debbie Wasserman Schultz\n");
}

TEST_CASE("a number opening a sentence names no one", "[claims][stance]") {
  auto x = ExtractText("Two, including Tom Smith, publicly endorsed Hillary Clinton.\n");
  for (const auto& e : x.entities) CHECK(e.name != "Two");
  CHECK(StanceEdges(x).find("Two ") == std::string::npos);
}

TEST_CASE("an infinitive after 'it is' has no one's stance", "[claims][stance]") {
  // the name before it is whom the speaker told, not who blames
  CHECK(StanceEdges(ExtractText("Robin Cook told the BBC it was not fair to blame the public.\n")).empty());
  CHECK(StanceEdges(ExtractText("Robin Cook told the BBC it was right to criticise John Prescott.\n"))
            .find("BBC ") == std::string::npos);
}

TEST_CASE("protesting against a thing opposes the thing, and says nothing", "[claims][stance]") {
  auto x = ExtractText("Mark Pryor protested against the new dam.\n");
  CHECK(StanceEdges(x) == "Mark Pryor opposes the new dam\n");
  CHECK(x.claims.empty());
}

TEST_CASE("a subject before where it spoke, or named beside an unnamed partner, takes the stance",
          "[claims][stance]") {
  CHECK(
      StanceEdges(ExtractText("Trade group chief Jonathan Spalter in a statement praised Donald Trump.\n")) ==
      "Jonathan Spalter supports Donald Trump\n");
  CHECK(
      StanceEdges(ExtractText("Planned Parenthood and the abortion industry endorsed Hillary Clinton.\n")) ==
      "Planned Parenthood supports Hillary Clinton\n");
}

TEST_CASE("a side taken inside what was said is its subject's, not a judgement of the subject",
          "[claims][stance]") {
  // the speaker backs what the content backs; Britain is not judged
  std::string e = StanceEdges(ExtractText("Boris Johnson said Britain must continue to support Ukraine.\n"));
  CHECK(e.find("Boris Johnson supports Britain") == std::string::npos);
  CHECK(e.find("Boris Johnson supports Ukraine") != std::string::npos);
  // an opinion reported is no wrong done by the one who holds it
  CHECK(StanceEdges(ExtractText("Sarah Smith said Tom Jones criticized the plan.\n")) ==
        "Tom Jones opposes the plan\n");
  // a wrong done is judged by the one who reports it
  CHECK(StanceEdges(ExtractText("Alex Ferguson said Patrick Vieira threatened some of our players.\n"))
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
  CHECK(
      StanceEdges(ExtractText("Olly Barkley is fit for Sunday's Six Nations clash with Ireland.\n")).empty());
}

TEST_CASE("'X is the ADJ noun' names what X is; only a verdict or a superlative judges X",
          "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("\"The primary factor is the weak dollar,\" said Victor Shum.\n")).empty());
  CHECK(StanceEdges(ExtractText("\"The Iran deal is the worst deal ever,\" said Victor Shum.\n")) ==
        "Victor Shum opposes The Iran deal\n");
  CHECK(StanceEdges(ExtractText("\"The new tax is the wrong answer,\" said Victor Shum.\n")) ==
        "Victor Shum opposes The new tax\n");
  // a gerund left alone is no target
  CHECK(
      StanceEdges(ExtractText("\"The tools should stop them having to search twice,\" said Tony Macklin.\n"))
          .empty());
}

TEST_CASE("a question put to someone, praise after a warning and a successor take no side",
          "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Asked if he would welcome BNP voters, Michael Howard said no.\n")).empty());
  CHECK(StanceEdges(ExtractText("Michael Howard must decide whether to back Gordon Brown.\n")).empty());
  CHECK(StanceEdges(ExtractText("Michael Howard backed Gordon Brown.\n")) ==
        "Michael Howard supports Gordon Brown\n");
  // "warned": a warning to the other side, not about the one praised
  CHECK(StanceEdges(ExtractText("\"Gavin Henson is ridiculously talented,\" warned Adam Jones.\n")) ==
        "Adam Jones supports Gavin Henson\n");
  CHECK(
      StanceEdges(ExtractText("The IMF warned that Ghana's deficit was too large and would hamper growth.\n"))
          .find("International Monetary Fund opposes") != std::string::npos);
  // to succeed someone is to follow them in a post
  CHECK(StanceEdges(ExtractText("Walter Smith will succeed Berti Vogts as Scotland manager.\n")).empty());
}

TEST_CASE("a condition takes no side, and a word that names nothing is no target", "[claims][stance]") {
  CHECK(StanceEdges(
            ExtractText("\"If Chelsea are interested then they must make an offer,\" said Gilmar Rinaldi.\n"))
            .empty());
  CHECK(StanceEdges(ExtractText("\"Chelsea are a great club,\" said Gilmar Rinaldi.\n")) ==
        "Gilmar Rinaldi supports Chelsea\n");
  CHECK(StanceEdges(ExtractText("\"What a great way to finish the year,\" said Rafael Nadal.\n")).empty());
}

TEST_CASE("a chance missed judges nothing", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("\"I missed a big chunk of speed work,\" said Dougie Walker.\n")).empty());
  CHECK(StanceEdges(ExtractText("Pascal Cygan missed Arsenal's best chance.\n")).empty());
  CHECK(StanceEdges(ExtractText("Pascal Cygan criticized Arsenal's best chance.\n")) ==
        "Pascal Cygan opposes Arsenal's best chance\n");
}

TEST_CASE("a pledge to someone still proposes; an adverb after 'and' does not end the object",
          "[claims][stance]") {
  CHECK(Proposals(ExtractText("\"I promise you we will cut taxes,\" said Michael Howard.\n")) ==
        "cut taxes\n");
  CHECK(StanceEdges(ExtractText("\"We oppose the cuts and indeed the whole budget,\" said Vince Cable.\n")) ==
        "Vince Cable opposes the cuts and indeed the whole budget\n");
  // a name that ends in a generic word is still a target
  CHECK(StanceEdges(ExtractText("Sarah Smith criticized Air Force One.\n")) ==
        "Sarah Smith opposes Air Force One\n");
}

TEST_CASE("a second verb after 'and' ends the object", "[claims][stance]") {
  CHECK(
      StanceEdges(
          ExtractText("The Liberal Democrats oppose house arrests and questioned the implications of the "
                      "measure.\n")) ==
      "Liberal Democrats opposes house arrests\nLiberal Democrats opposes the implications of the measure\n");
  // a cue in the past tense is the second verb whatever follows it (here a name, no determiner)
  CHECK(StanceEdges(ExtractText("Senator Ann Rowe praised reforms and attacked Democrats.\n")) ==
        "Ann Rowe supports reforms\nAnn Rowe opposes Democratic Party\n");
  // so is a participle before its object
  CHECK(StanceEdges(ExtractText("Tom Pike has been touring the county, seeking support for the bypass and "
                                "meeting the farmers.\n")) == "Tom Pike supports the bypass\n");
}

TEST_CASE("support received in what was said is not the speaker's", "[claims][stance]") {
  CHECK(StanceEdges(
            ExtractText("The law should be redrafted after it failed to win the support of MEPs, the Legal "
                        "Affairs Committee said.\n"))
            .empty());
  CHECK(StanceEdges(ExtractText("\"We have the support of Tony Blair,\" said Gordon Brown.\n")).empty());
  // a judgement after "has" still judges ("has a great career ahead of him")
  CHECK(StanceEdges(ExtractText("\"Wes Butters has a great career ahead of him,\" said Jason King.\n")) ==
        "Jason King supports Wes Butters\n");
}

TEST_CASE("a stance's object ends before 'and' opens a clause of its own", "[claims][stance]") {
  // "and people will say": "people" is the next clause's subject, not a second object
  CHECK(StanceEdges(ExtractText("Film news\n\n\"Sooner or later we will do away with those labels and people "
                                "will say it is just a film,\" said Rob Tarrant.\n")) ==
        "Rob Tarrant opposes those labels\n");
  // two objects stay two ("the tax and the levy")
  CHECK(StanceEdges(ExtractText("Tax news\n\nSmith said he opposes the tax and the levy.\n")) ==
        "Smith opposes the tax and the levy\n");
}

TEST_CASE("adverbs between a wish and its 'to' are no part of what is wished", "[claims][stance]") {
  auto x = ExtractText("Film news\n\n\"I want so badly someday to see that film again,\" said Nora Pell.\n");
  CHECK(Stances(x, "Nora Pell") == "proposed:see that film again\n");
}

TEST_CASE("a name before a noun for a person is whom the person is of, not the one judged",
          "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Courage\n\nNora Pell praised the Labour leader for his courage.\n")) ==
        "Nora Pell supports the Labour leader\n");
  CHECK(StanceEdges(ExtractText("Courage\n\nNora Pell praised Labour for its courage.\n")) ==
        "Nora Pell supports Labour Party\n");
}
