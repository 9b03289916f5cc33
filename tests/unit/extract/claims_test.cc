// Claims, speakers and relations on short articles (issue 4).
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "support/extract_support.h"

using claimgraph::Article;
using claimgraph::Claim;
using claimgraph::ClaimKind;
using claimgraph::Extraction;
using claimgraph::Relation;

using claimgraph::testing::ExtractText;

namespace {

// The claim whose text is exactly `text`, or nullptr.
const Claim* ClaimText(const Extraction& x, const std::string& text) {
  for (const auto& c : x.claims)
    if (c.text == text) return &c;
  return nullptr;
}

// The name of a claim's speaker ("" when unresolved).
std::string SpeakerName(const Extraction& x, const Claim& c) {
  if (c.speaker.empty()) return "";
  const auto* e = x.FindEntity(c.speaker);
  return e ? e->name : "?";
}

// Does some entity have this name or alias?
bool Names(const claimgraph::Entity& e, const std::string& name) {
  if (e.name == name) return true;
  for (const auto& a : e.aliases)
    if (a == name) return true;
  return false;
}

const Relation* FindRelation(const Extraction& x, const std::string& source_name, const std::string& type,
                             const std::string& about) {
  for (const auto& r : x.relations) {
    const auto* s = x.FindEntity(r.source);
    if (!s || !Names(*s, source_name) || r.type != type) continue;
    std::string hay = r.target_text + " " + r.evidence;
    if (hay.find(about) != std::string::npos) return &r;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("a direct quote with the cue after it is one claim of the named speaker", "[claims]") {
  std::string text = "\xE2\x80\x9CWe will win this fight,\xE2\x80\x9D Senator Jane Smith said on Monday.\n";
  auto x = ExtractText(text);
  REQUIRE(x.claims.size() == 1);
  const Claim& c = x.claims[0];
  CHECK(c.kind == ClaimKind::kDirect);
  CHECK(c.text == "We will win this fight");
  CHECK(c.cue == "said");
  CHECK(SpeakerName(x, c) == "Jane Smith");
  CHECK(text.substr(c.span.start, c.span.end - c.span.start) == c.text);
  CHECK(c.date == "2025-02-10");  // the Monday before Wednesday 2025-02-12
  CHECK(FindRelation(x, "Jane Smith", "said", "win this fight"));
}

TEST_CASE("a quote of several sentences gives one claim per sentence", "[claims]") {
  auto x = ExtractText(
      "\"Taxes are too high. We will cut them. Nobody should pay more!\" Governor Ann Lee announced.\n");
  REQUIRE(x.claims.size() == 3);
  CHECK(x.claims[0].text == "Taxes are too high.");
  CHECK(x.claims[1].text == "We will cut them.");
  CHECK(x.claims[2].text == "Nobody should pay more!");
  for (const auto& c : x.claims) CHECK(SpeakerName(x, c) == "Ann Lee");
}

TEST_CASE("a split quote is two claims and 'he said' finds the man named before", "[claims]") {
  auto x = ExtractText(
      "Mayor Tom Brown spoke to reporters after the vote.\n\n"
      "\xE2\x80\x9CThe plan is dead,\xE2\x80\x9D he said, \xE2\x80\x9C"
      "and nobody in this city will revive it.\xE2\x80\x9D\n");
  const Claim* a = ClaimText(x, "The plan is dead");
  const Claim* b = ClaimText(x, "and nobody in this city will revive it.");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(SpeakerName(x, *a) == "Tom Brown");
  CHECK(SpeakerName(x, *b) == "Tom Brown");
}

TEST_CASE("a quote left open at a paragraph's end continues in the next", "[claims]") {
  auto x = ExtractText(
      "Governor Ann Lee said: \xE2\x80\x9CTaxes will fall next year.\n\n"
      "\xE2\x80\x9CSpending will fall too, and schools will get more.\xE2\x80\x9D\n\n"
      "The budget passed on Friday.\n");
  const Claim* a = ClaimText(x, "Taxes will fall next year.");
  const Claim* b = ClaimText(x, "Spending will fall too, and schools will get more.");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(SpeakerName(x, *a) == "Ann Lee");
  CHECK(SpeakerName(x, *b) == "Ann Lee");
}

TEST_CASE("a quote paragraph without a cue keeps the speaker of the one before", "[claims]") {
  auto x = ExtractText(
      "\xE2\x80\x9CWe have the votes for this bill,\xE2\x80\x9D said Senator Mark Davis.\n\n"
      "\xE2\x80\x9CThe other side knows it and they are afraid.\xE2\x80\x9D\n");
  const Claim* b = ClaimText(x, "The other side knows it and they are afraid.");
  REQUIRE(b);
  CHECK(SpeakerName(x, *b) == "Mark Davis");
}

TEST_CASE("an unattributed quote with nobody before it is not a claim", "[claims]") {
  auto x = ExtractText("\xE2\x80\x9CThis is a strange day for everyone here.\xE2\x80\x9D\n");
  CHECK(x.claims.empty());
}

TEST_CASE("scare quotes belong to the sentence around them", "[claims]") {
  auto x = ExtractText("Mayor Bill Jones said the plan was \"a disaster\" for the city.\n");
  REQUIRE(x.claims.size() == 1);
  CHECK(x.claims[0].kind == ClaimKind::kIndirect);
  CHECK(x.claims[0].text == "the plan was a disaster for the city");
  CHECK(SpeakerName(x, x.claims[0]) == "Bill Jones");
}

TEST_CASE("other quote styles: guillemets, single quotes, straight quotes", "[claims]") {
  auto x = ExtractText(
      "\xC2\xAB"
      "Europe must defend itself now,\xC2\xBB the minister Paul Klein said.\n\n"
      "\xE2\x80\x98I will not resign from this post,\xE2\x80\x99 Maria Ortiz said.\n\n"
      "\"We expect growth next year,\" said Anna Berg.\n");
  const Claim* a = ClaimText(x, "Europe must defend itself now");
  const Claim* b = ClaimText(x, "I will not resign from this post");
  const Claim* c = ClaimText(x, "We expect growth next year");
  REQUIRE(a);
  REQUIRE(b);
  REQUIRE(c);
  CHECK(SpeakerName(x, *a) == "Paul Klein");
  CHECK(SpeakerName(x, *b) == "Maria Ortiz");
  CHECK(SpeakerName(x, *c) == "Anna Berg");
}

TEST_CASE("reported speech: said that, according to, told reporters", "[claims]") {
  auto x = ExtractText(
      "Defense Secretary Pete Hegseth stated on Wednesday that the war must end soon.\n\n"
      "According to Ann Lee, the budget will pass in March.\n\n"
      "The vote will be close, according to Mark Davis.\n\n"
      "Tom Brown told reporters he would not run again.\n");
  const Claim* a = ClaimText(x, "the war must end soon");
  const Claim* b = ClaimText(x, "the budget will pass in March");
  const Claim* c = ClaimText(x, "The vote will be close");
  const Claim* d = ClaimText(x, "he would not run again");
  REQUIRE(a);
  REQUIRE(b);
  REQUIRE(c);
  REQUIRE(d);
  CHECK(a->kind == ClaimKind::kIndirect);
  CHECK(a->cue == "stated");
  CHECK(SpeakerName(x, *a) == "Pete Hegseth");
  CHECK(b->cue == "According to");
  CHECK(SpeakerName(x, *b) == "Ann Lee");
  CHECK(SpeakerName(x, *c) == "Mark Davis");
  CHECK(SpeakerName(x, *d) == "Tom Brown");
}

TEST_CASE("a cue after the content and a participle continuing the speaker", "[claims]") {
  auto x = ExtractText(
      "Growth will slow sharply next year, the International Monetary Fund said.\n\n"
      "Pete Hegseth continued, stating that security guarantees must be backed by European troops.\n");
  const Claim* a = ClaimText(x, "Growth will slow sharply next year");
  const Claim* b = ClaimText(x, "security guarantees must be backed by European troops");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(SpeakerName(x, *a) == "International Monetary Fund");
  CHECK(SpeakerName(x, *b) == "Pete Hegseth");
  CHECK(b->cue == "stating");
}

TEST_CASE("headline style 'X: ...' is a claim of X", "[claims]") {
  auto x =
      ExtractText("Trump: Tariffs will make America rich again\n\nDonald Trump spoke in Ohio on Monday.\n");
  const Claim* a = ClaimText(x, "Tariffs will make America rich again");
  REQUIRE(a);
  CHECK(SpeakerName(x, *a) == "Donald Trump");
  auto y = ExtractText("The Latest: Storm hits the coast on Monday night\n");
  CHECK(y.claims.empty());
}

TEST_CASE("she resolves by first name and title and the mayor by an earlier title", "[claims]") {
  auto x = ExtractText(
      "Hillary Clinton met Donald Trump in New York.\n\n"
      "\xE2\x80\x9CWe need a serious debate about jobs,\xE2\x80\x9D she said.\n\n"
      "Mayor Bill de Blasio attended the meeting. The mayor said the city was safe.\n");
  const Claim* a = ClaimText(x, "We need a serious debate about jobs");
  const Claim* b = ClaimText(x, "the city was safe");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(SpeakerName(x, *a) == "Hillary Clinton");
  CHECK(SpeakerName(x, *b) == "Bill de Blasio");
}

TEST_CASE("a description the article does not make clear stays unresolved", "[claims]") {
  auto x = ExtractText("The newspaper said the senator had lied about the loans.\n");
  REQUIRE(x.claims.size() == 1);
  CHECK(x.claims[0].speaker.empty());
  CHECK(x.claims[0].text == "the senator had lied about the loans");
}

TEST_CASE("photo credits and bylines are not speakers", "[claims]") {
  auto x = ExtractText(
      "Pete Hegseth talks to reporters in Washington. (Photo by Chip Somodevilla/Getty Images)\n\n"
      "OAN Staff Blake Wolf\n\n11:35 AM - Wednesday, February 12, 2025\n");
  CHECK(x.claims.empty());
}

TEST_CASE("stance and contact relations", "[claims][relations]") {
  auto x = ExtractText(
      "Senator Mark Davis criticized Governor Ann Lee over the budget.\n\n"
      "Tom Brown called for a full repeal of the tax.\n\n"
      "Maria Ortiz praised Anna Berg for her work.\n\n"
      "Donald Trump said that he spoke to both Vladimir Putin and Volodymyr Zelensky.\n");
  const Relation* opp = FindRelation(x, "Mark Davis", "opposes", "Ann Lee");
  REQUIRE(opp);
  CHECK_FALSE(opp->evidence.empty());
  CHECK(opp->evidence_span.end > opp->evidence_span.start);
  const auto* target = x.FindEntity(opp->target);
  REQUIRE(target);
  CHECK(target->name == "Ann Lee");
  CHECK(FindRelation(x, "Tom Brown", "proposed", "repeal"));
  CHECK(FindRelation(x, "Maria Ortiz", "supports", "Anna Berg"));
  CHECK(FindRelation(x, "Donald Trump", "spoke_to", "Vladimir Putin"));
  CHECK(FindRelation(x, "Donald Trump", "spoke_to", "Volodymyr Zelensky"));
  CHECK_FALSE(FindRelation(x, "Maria Ortiz", "opposes", "Anna Berg"));
}

TEST_CASE("the seed article: 'he added' is Hegseth and Trump's post is his", "[claims][seed]") {
  std::ifstream in(std::string(CLAIMGRAPH_SOURCE_DIR) + "/tests/fixtures/oan-2025-02-12-hegseth-nato.txt");
  REQUIRE(in);
  std::stringstream ss;
  ss << in.rdbuf();
  auto x = ExtractText(ss.str());
  const Claim* added = ClaimText(
      x, "To be clear, as part of any security guarantee, there will not be U.S. troops deployed to Ukraine");
  REQUIRE(added);
  CHECK(SpeakerName(x, *added).find("Hegseth") != std::string::npos);
  CHECK(added->cue == "added");
  const Claim* god = ClaimText(x, "God bless the people of Russia and Ukraine!");
  REQUIRE(god);
  CHECK(SpeakerName(x, *god).find("Trump") != std::string::npos);
}

TEST_CASE("a passive stance verb takes its side from the agent and blaming oneself is no stance",
          "[claims][relations]") {
  auto x = ExtractText(
      "Senator Mark Davis was criticized by Governor Ann Lee over the budget.\n\n"
      "Tom Brown blamed himself for the defeat.\n");
  const Relation* opp = FindRelation(x, "Ann Lee", "opposes", "Mark Davis");
  REQUIRE(opp);
  CHECK_FALSE(FindRelation(x, "Mark Davis", "opposes", "Ann Lee"));
  CHECK_FALSE(FindRelation(x, "Tom Brown", "opposes", "defeat"));
}

TEST_CASE("two apostrophes and two backticks are double quote marks", "[claims]") {
  auto x = ExtractText(
      "Leonard Burman, an economist, said the plan was sound.\n\n"
      "''It does not make our fiscal problems worse,'' Mr. Burman said.\n\n"
      "``We will look at it closely,'' said Anna Berg.\n");
  const Claim* a = ClaimText(x, "It does not make our fiscal problems worse");
  const Claim* b = ClaimText(x, "We will look at it closely");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->kind == ClaimKind::kDirect);
  CHECK(SpeakerName(x, *a) == "Leonard Burman");
  CHECK(SpeakerName(x, *b) == "Anna Berg");
}

TEST_CASE("an attribution inside a sentence leaves both halves as the content", "[claims]") {
  auto x = ExtractText(
      "Golf clubs are changing, Mary Tanner said, and the game is not dying.\n\n"
      "The golf industry, Tanner said, is doing much better than it did in 2009.\n\n"
      "In any case, Jay Price said, the market was vastly oversupplied with courses.\n");
  const Claim* a = ClaimText(x, "The golf industry is doing much better than it did in 2009");
  const Claim* b = ClaimText(x, "In any case the market was vastly oversupplied with courses");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(SpeakerName(x, *a) == "Mary Tanner");
  CHECK(SpeakerName(x, *b) == "Jay Price");
  // ", and ..." after the attribution is the writer's clause, not hers
  CHECK(ClaimText(x, "Golf clubs are changing"));
}

TEST_CASE("a name written like a place named in the article is that place, not a speaker", "[claims]") {
  auto x = ExtractText(
      "BOCA RATON, Fla. -- Clubs are closing across the state.\n\n"
      "Michelle Tanzer, a Boca Raton lawyer, has seen what she said is growing demand for pools.\n");
  for (const auto& e : x.entities)
    if (Names(e, "Boca Raton") || Names(e, "BOCA RATON")) CHECK(e.type == claimgraph::EntityType::kPlace);
  const Claim* a = ClaimText(x, "is growing demand for pools");
  REQUIRE(a);
  CHECK(SpeakerName(x, *a) == "Michelle Tanzer");
}

TEST_CASE("a country name that opens a longer name is a given name", "[claims]") {
  auto x = ExtractText("\"Mexico has been very good at this,\" said Chad Bown, an expert on trade.\n");
  const Claim* a = ClaimText(x, "Mexico has been very good at this");
  REQUIRE(a);
  CHECK(SpeakerName(x, *a) == "Chad Bown");
}

TEST_CASE("a transcript inside quote marks takes the speaker from its label", "[claims]") {
  auto x = ExtractText(
      "Governor Mike Pence spoke to Fox News on Sunday.\n\n"
      "\"PENCE: Well, look, the debate tomorrow night will be about the issues.\n\n"
      "\"PENCE: And that is why we are on our way to the White House.\n");
  const Claim* a = ClaimText(x, "Well, look, the debate tomorrow night will be about the issues.");
  const Claim* b = ClaimText(x, "And that is why we are on our way to the White House.");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(SpeakerName(x, *a) == "Mike Pence");
  CHECK(SpeakerName(x, *b) == "Mike Pence");
}

TEST_CASE("a quote signed with a dash and a name is that person's", "[claims]") {
  auto x = ExtractText(
      "Readers told us what they think.\n\n"
      "\xE2\x80\x9CThe debate showed who he really is. He has no plan.\xE2\x80\x9D \xE2\x80\x95 Martha "
      "Aguilar\n\n"
      "\xE2\x80\x9D"
      "Maybe we can build a wall around him.\xE2\x80\x9D \xE2\x80\x94 Steve Quinlan.\n");
  const Claim* a = ClaimText(x, "He has no plan.");
  const Claim* b = ClaimText(x, "Maybe we can build a wall around him.");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(SpeakerName(x, *a) == "Martha Aguilar");
  CHECK(SpeakerName(x, *b) == "Steve Quinlan");
}

TEST_CASE("subjects with appositives, relative clauses and party tags before the cue", "[claims]") {
  auto x = ExtractText(
      "Hillary Clinton spoke on Friday.\n\n"
      "In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: \xE2\x80\x9C"
      "Cooperation is strongest when Europe is united.\xE2\x80\x9D\n\n"
      "Tom Slinker, whose latest start-up, Paradata, uses big data, said: \xE2\x80\x9C"
      "He is a start-up kind of guy.\xE2\x80\x9D\n\n"
      "After winning Ohio, Gov. John Kasich (R-OH), said, \xE2\x80\x9CI am getting ready to rent a "
      "covered wagon.\xE2\x80\x9D\n");
  const Claim* a = ClaimText(x, "Cooperation is strongest when Europe is united.");
  const Claim* b = ClaimText(x, "He is a start-up kind of guy.");
  const Claim* c = ClaimText(x, "I am getting ready to rent a covered wagon.");
  REQUIRE(a);
  REQUIRE(b);
  REQUIRE(c);
  CHECK(SpeakerName(x, *a) == "Jake Sullivan");
  CHECK(SpeakerName(x, *b) == "Tom Slinker");
  CHECK(SpeakerName(x, *c) == "John Kasich");
}

TEST_CASE("a sentence ending in a colon introduces a quote of its subject", "[claims]") {
  auto x = ExtractText(
      "Donald Trump posted a photo of himself eating a taco bowl. \xE2\x80\x9CI love "
      "Hispanics!\xE2\x80\x9D he tweeted.\n\n"
      "Former Florida governor Jeb Bush broke down what was wrong with the image: \xE2\x80\x9C"
      "Not all Hispanics are Mexican.\xE2\x80\x9D\n");
  const Claim* a = ClaimText(x, "Not all Hispanics are Mexican.");
  REQUIRE(a);
  CHECK(SpeakerName(x, *a) == "Jeb Bush");
}

TEST_CASE("'that' opens reported speech only after the cue and its setting", "[claims]") {
  auto x = ExtractText(
      "Donald Trump called for contestants to wear dresses that showed more style.\n\n"
      "Mayor Ann Lee said in a statement to reporters on Monday that the budget would pass.\n");
  const Claim* a = ClaimText(x, "contestants to wear dresses that showed more style");
  const Claim* b = ClaimText(x, "the budget would pass");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(SpeakerName(x, *a) == "Donald Trump");
  CHECK(SpeakerName(x, *b) == "Ann Lee");
}

TEST_CASE("a second verb joined by 'and' keeps the subject of the first", "[claims][relations]") {
  auto x = ExtractText(
      "Donald Trump said he would order a review of computer defenses and warned against hackers from "
      "China.\n");
  const Claim* a = ClaimText(x, "he would order a review of computer defenses");
  const Claim* b = ClaimText(x, "hackers from China");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(SpeakerName(x, *b) == "Donald Trump");
  CHECK(FindRelation(x, "Donald Trump", "opposes", "hackers"));
}

TEST_CASE("a quote without a cue takes the date of the attributed quote it follows", "[claims]") {
  auto x = ExtractText(
      "\xE2\x80\x9CWe are looking to do a deal,\xE2\x80\x9D Donald Trump stated on Monday. "
      "\xE2\x80\x9CI want security of the rare earth.\xE2\x80\x9D\n");
  const Claim* a = ClaimText(x, "We are looking to do a deal");
  const Claim* b = ClaimText(x, "I want security of the rare earth.");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->date == "2025-02-10");
  CHECK(b->date == "2025-02-10");
  CHECK(SpeakerName(x, *b) == "Donald Trump");
}

TEST_CASE("the seed article: stance targets are the short phrase the claim is about",
          "[claims][seed][relations]") {
  std::ifstream in(std::string(CLAIMGRAPH_SOURCE_DIR) + "/tests/fixtures/oan-2025-02-12-hegseth-nato.txt");
  REQUIRE(in);
  std::stringstream ss;
  ss << in.rdbuf();
  auto x = ExtractText(ss.str());
  auto target = [&](const std::string& source, const std::string& type, const std::string& text) {
    for (const auto& r : x.relations) {
      const auto* s = x.FindEntity(r.source);
      if (s && s->name == source && r.type == type && r.target_text == text) return true;
    }
    return false;
  };
  CHECK(target("Pete Hegseth", "opposes", "NATO membership for Ukraine"));
  CHECK(target("Pete Hegseth", "opposes", "Russia ceding annexed territory"));
  // "We want, like you, a sovereign and prosperous Ukraine, But we must start by ...": what comes
  // before "but" is conceded, the stance is what follows it
  CHECK_FALSE(target("Pete Hegseth", "proposed", "a sovereign and prosperous Ukraine"));
  CHECK(target("Pete Hegseth", "opposes", "returning to Ukraine\xE2\x80\x99s pre-2014 borders"));
  CHECK(target("Donald Trump", "opposes", "this ridiculous War"));
  CHECK(target("Donald Trump", "proposed", "a deal with Ukraine"));
  CHECK(target("Donald Trump", "opposes", "sending billions in aid to Ukraine"));
  // "while more recently proposing rare earth minerals": the sentence's subject, not Ukraine
  CHECK(target("Donald Trump", "proposed", "rare earth minerals in exchange for military aid"));
  // "He, like President Putin, wants to make PEACE" inside Trump's post is what Trump says of
  // Zelensky: no stance edge of Zelensky's, and none of Trump's
  CHECK_FALSE(FindRelation(x, "Volodymyr Zelensky", "proposed", "PEACE"));
  CHECK_FALSE(FindRelation(x, "Donald Trump", "proposed", "PEACE"));
}

TEST_CASE("'they' is an organization that spoke just before, never a person or a guess", "[claims]") {
  auto x = ExtractText(
      "The International Monetary Fund said on Tuesday that growth would slow.\n\n"
      "They said that the British economy would suffer most.\n\n"
      "Senator Mark Davis said the plan was sound.\n\n"
      "They said it would fail.\n");
  const Claim* a = ClaimText(x, "the British economy would suffer most");
  const Claim* b = ClaimText(x, "it would fail");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(SpeakerName(x, *a) == "International Monetary Fund");
  CHECK(SpeakerName(x, *b) == "");
}

TEST_CASE("a named outlet before 'newspaper' or 'news agency' is the speaker", "[claims]") {
  auto x = ExtractText(
      "But the Liverpool Echo newspaper has said the club will avoid a bidding war.\n\n"
      "The Xinhua news agency said the talks had failed.\n");
  const Claim* a = ClaimText(x, "the club will avoid a bidding war");
  const Claim* b = ClaimText(x, "the talks had failed");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(SpeakerName(x, *a) == "Liverpool Echo");
  CHECK(SpeakerName(x, *b) == "Xinhua");
  for (const auto& e : x.entities)
    if (e.name == "Liverpool Echo") CHECK(e.type == claimgraph::EntityType::kOrganization);
}

TEST_CASE("a revised forecast is a claim of the forecaster and 'it' is the body that spoke last",
          "[claims]") {
  auto x = ExtractText(
      "The International Monetary Fund cut its forecast for U.S. growth this year to 1.6 percent.\n\n"
      "But on Tuesday, it increased its British growth forecast by 0.1 percentage points to 1.8 percent.\n");
  const Claim* a = ClaimText(x, "cut its forecast for U.S. growth this year to 1.6 percent");
  const Claim* b =
      ClaimText(x, "increased its British growth forecast by 0.1 percentage points to 1.8 percent");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(SpeakerName(x, *a) == "International Monetary Fund");
  CHECK(SpeakerName(x, *b) == "International Monetary Fund");
}

TEST_CASE("proposing to do away with something opposes it", "[claims][relations]") {
  auto x = ExtractText(
      "Donald Trump proposes doing away with the government mandate requiring everyone to buy insurance.\n");
  CHECK(FindRelation(x, "Donald Trump", "opposes", "mandate"));
  CHECK(FindRelation(x, "Donald Trump", "proposed", "mandate"));
}

TEST_CASE("'the Pentagon chief' is the Defense Secretary named before and two candidates stay unresolved",
          "[claims]") {
  auto x = ExtractText(
      "Defense Secretary Pete Hegseth met allies in Brussels. The Pentagon chief said the alliance must "
      "spend more.\n\n"
      "FBI Director James Comey testified on Tuesday. The FBI chief said the inquiry was open.\n");
  const Claim* a = ClaimText(x, "the alliance must spend more");
  const Claim* b = ClaimText(x, "the inquiry was open");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(SpeakerName(x, *a) == "Pete Hegseth");
  CHECK(SpeakerName(x, *b) == "James Comey");
  auto y = ExtractText(
      "Defense Secretary Pete Hegseth and former Defense Secretary Lloyd Austin spoke. "
      "The Pentagon chief said the alliance must spend more.\n");
  const Claim* c = ClaimText(y, "the alliance must spend more");
  REQUIRE(c);
  CHECK(SpeakerName(y, *c) == "");
}

TEST_CASE("a quote inside a quote does not end the outer one", "[claims]") {
  auto x = ExtractText(
      "\xE2\x80\x9CI would rather live in what he calls \xE2\x80\x9Chell\xE2\x80\x9D than live in a "
      "world where he "
      "is president,\xE2\x80\x9D said Adriana Rodarte.\n");
  REQUIRE(x.claims.size() == 1);
  CHECK(x.claims[0].text ==
        "I would rather live in what he calls \xE2\x80\x9Chell\xE2\x80\x9D than live in a world where he is "
        "president");
  CHECK(SpeakerName(x, x.claims[0]) == "Adriana Rodarte");
}

TEST_CASE("a day is never a speaker and a cue word after a possessive is a noun", "[claims]") {
  auto x =
      ExtractText("Trump has responded with attacks on Machado, including Friday\xE2\x80\x99s tweets.\n");
  for (const auto& e : x.entities) CHECK(e.name != "Friday");
  for (const auto& c : x.claims) CHECK(c.cue != "tweets");
}

TEST_CASE("a common word opening a headline is no speaker", "[claims]") {
  auto x = ExtractText(
      "Winemaker rejects Foster\xE2\x80\x99s offer\n\n"
      "Australian winemaker Southcorp has rejected a takeover offer. Southcorp said the offer was too "
      "low.\n");
  for (const auto& e : x.entities) CHECK(e.name != "Winemaker");
  const Claim* a = ClaimText(x, "the offer was too low");
  REQUIRE(a);
  CHECK(SpeakerName(x, *a) == "Southcorp");
}

TEST_CASE("'said Del. Stacey Plaskett': Del. is a title, not the speaker", "[claims]") {
  auto x = ExtractText("\"This is a waste of time,\" said Del. Stacey Plaskett of the Virgin Islands.\n");
  REQUIRE(x.claims.size() == 1);
  CHECK(SpeakerName(x, x.claims[0]) == "Stacey Plaskett");
}

TEST_CASE("a stance said of a named country targets the country", "[claims][relations]") {
  auto x = ExtractText("Secretary of State Condoleezza Rice says Iran is a very dangerous state.\n");
  bool found = false;
  for (const auto& r : x.relations) {
    const auto* s = x.FindEntity(r.source);
    const auto* t = x.FindEntity(r.target);
    found |= s && t && s->name == "Condoleezza Rice" && r.type == "opposes" && t->name == "Iran";
  }
  CHECK(found);
}

TEST_CASE("'X, an outspoken critic of Y,' is a stance of X", "[claims][relations]") {
  auto x = ExtractText("Mr. Jimmy Carter, an outspoken critic of the Iraq invasion, was quoted on Sunday.\n");
  CHECK(FindRelation(x, "Jimmy Carter", "opposes", "invasion"));
}

TEST_CASE("'said in a statement to the stock exchange that ...' starts the content after 'that'",
          "[claims]") {
  auto x = ExtractText(
      "Changyu said in a statement to the Shenzhen stock exchange that Illva will pay 481m yuan.\n");
  CHECK(ClaimText(x, "Illva will pay 481m yuan"));
}

TEST_CASE("pronoun-like openers and the MP for a constituency are not named speakers", "[claims]") {
  auto x = ExtractText(
      "One Republican said the plan was dead.\n\n"
      "Nobody said the vote would pass.\n\n"
      "Labour MP Derek Wyatt said the campaign was too long.\n\n"
      "The MP for Sittingbourne and Sheppey said the prime minister had tried very hard.\n");
  for (const auto& e : x.entities) {
    CHECK(e.name != "One");
    CHECK(e.name != "Nobody");
  }
  const Claim* a = ClaimText(x, "the prime minister had tried very hard");
  REQUIRE(a);
  CHECK(SpeakerName(x, *a) == "Derek Wyatt");
}

TEST_CASE("an outlet's possessive before a name: the person is the speaker", "[claims]") {
  auto x =
      ExtractText("Debates are not likely to alter the campaign, noted NBC\xE2\x80\x99s Dante Chinni.\n");
  const Claim* a = ClaimText(x, "Debates are not likely to alter the campaign");
  REQUIRE(a);
  CHECK(SpeakerName(x, *a) == "Dante Chinni");
}

TEST_CASE("a description ending in a name, then the speaker's name between commas", "[claims]") {
  auto x = ExtractText(
      "His former business partner at Lenox, Lawrence B. Cummings, called him a master at bolting deals "
      "together.\n");
  REQUIRE_FALSE(x.claims.empty());
  CHECK(SpeakerName(x, x.claims[0]) == "Lawrence B. Cummings");
}

TEST_CASE("a group in a place speaks, not the place and a known name keeps its first word", "[claims]") {
  auto x = ExtractText(
      "Senator Jeanne Shaheen of New Hampshire spoke on Monday.\n\n"
      "Voters in New Hampshire said the race was close.\n");
  for (const auto& e : x.entities) CHECK(e.name != "Hampshire");
  const Claim* a = ClaimText(x, "the race was close");
  REQUIRE(a);
  CHECK(SpeakerName(x, *a) == "");
}

TEST_CASE("'the Post' after 'The Washington Post' is the same outlet", "[claims]") {
  auto x = ExtractText(
      "The Washington Post published the letter on Monday.\n\n"
      "The Post reported that the deal was dead.\n");
  const Claim* a = ClaimText(x, "the deal was dead");
  REQUIRE(a);
  CHECK(SpeakerName(x, *a).find("Washington Post") != std::string::npos);
  size_t posts = 0;
  for (const auto& e : x.entities) posts += e.name.find("Post") != std::string::npos;
  CHECK(posts == 1);
}

TEST_CASE("a common plural opening a sentence is a group, a party stays", "[claims]") {
  auto x = ExtractText(
      "Opponents said the law was unfair.\n\n"
      "Democrats said the vote would pass.\n");
  for (const auto& e : x.entities) CHECK(e.name != "Opponents");
  const Claim* a = ClaimText(x, "the law was unfair");
  const Claim* b = ClaimText(x, "the vote would pass");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(SpeakerName(x, *a) == "");
  CHECK(SpeakerName(x, *b) != "");
}

TEST_CASE("a word opening a sentence that the article writes in lower case is no name", "[claims]") {
  // seen on BBC business-346, tech-106, politics-276 ("Insurers", "Bloggers", "Donor" spoke)
  auto x = ExtractText(
      "Bookmakers expect a close race, the report said. The bookmakers cut their odds.\n\n"
      "Research suggests old phones can help close the digital divide. More research is planned.\n\n"
      "Brown said the plan would work. Gordon Brown spoke in Leeds. He ate brown bread.\n");
  for (const auto& e : x.entities) {
    CHECK(e.name != "Bookmakers");
    CHECK(e.name != "Research");
  }
  const Claim* a = ClaimText(x, "old phones can help close the digital divide");
  REQUIRE(a);
  CHECK(SpeakerName(x, *a) == "");
  // a name written capitalized inside a sentence stays one
  const Claim* b = ClaimText(x, "the plan would work");
  REQUIRE(b);
  CHECK(SpeakerName(x, *b) == "Gordon Brown");
}

TEST_CASE("'added his campaign manager NAME': the name speaks, not the 'his'", "[claims]") {
  auto x = ExtractText(
      "Bernie Sanders spoke in Ohio on Tuesday.\n\n"
      "\xE2\x80\x9CWe have a path to victory,\xE2\x80\x9D added his campaign manager Jeff Weaver.\n\n"
      "\xE2\x80\x9CWe won,\xE2\x80\x9D said his wife.\n");
  const Claim* a = ClaimText(x, "We have a path to victory");
  const Claim* b = ClaimText(x, "We won");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(SpeakerName(x, *a) == "Jeff Weaver");
  CHECK(SpeakerName(x, *b) == "");  // a description the article does not resolve
}

TEST_CASE("'..., his aide, NAME, told OUTLET.': the aide speaks, the outlet is told", "[claims]") {
  auto x = ExtractText(
      "Sanders remains committed to the race, his top aide, Tad Devine, told The Huffington Post.\n\n"
      "The campaign has money left, Tad Devine told reporters.\n");
  const Claim* a = ClaimText(x, "Sanders remains committed to the race");
  const Claim* b = ClaimText(x, "The campaign has money left");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(SpeakerName(x, *a) == "Tad Devine");
  CHECK(SpeakerName(x, *b) == "Tad Devine");
}

TEST_CASE("the article's own pronouns tell a person's gender for a later 'she said'", "[claims]") {
  // "Ngozi" is in no name list: "She" right after the only person named gives her gender,
  // so the later "she said" skips the nearer man of unknown gender.
  auto x = ExtractText(
      "Ngozi Adeyemi runs the clinic. She opened it in 2010.\n\n"
      "Mr. Okafor visited on Monday.\n\n"
      "\xE2\x80\x9CWe need more nurses,\xE2\x80\x9D she said.\n");
  const Claim* a = ClaimText(x, "We need more nurses");
  REQUIRE(a);
  CHECK(SpeakerName(x, *a) == "Ngozi Adeyemi");
}

TEST_CASE("a given name in the name lists gives the gender: 'Megyn' is a woman", "[claims]") {
  auto x = ExtractText(
      "Megyn Kelly interviewed Donald Trump on Tuesday. Months after he attacked her, he said people who are "
      "bullied should fight back.\n");
  const Claim* a = ClaimText(x, "people who are bullied should fight back");
  REQUIRE(a);
  CHECK(SpeakerName(x, *a) == "Donald Trump");
}

TEST_CASE("'according to his biography' is his and 'his campaign' speaks for him", "[claims]") {
  auto x = ExtractText(
      "Ben Carson never won a primary. He raised $5 million in February, according to his campaign finance "
      "filings.\n\n"
      "Carson will stay in the race through March, his campaign said.\n");
  const Claim* a = ClaimText(x, "He raised $5 million in February");
  const Claim* b = ClaimText(x, "Carson will stay in the race through March");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(SpeakerName(x, *a) == "Ben Carson");
  CHECK(SpeakerName(x, *b) == "Ben Carson");
}

TEST_CASE("'the Bahraini monarchy', 'Russian officials': the country they act for", "[claims]") {
  auto x = ExtractText(
      "The Bahraini monarchy accuses Iran of stirring up unrest.\n\n"
      "Russian officials said the talks had failed.\n");
  bool bahrain_opposes_iran = false;
  for (const auto& r : x.relations) {
    const auto* s = x.FindEntity(r.source);
    const auto* t = x.FindEntity(r.target);
    if (r.type == "opposes" && s && t && s->name == "Bahrain" && t->name == "Iran")
      bahrain_opposes_iran = true;
  }
  CHECK(bahrain_opposes_iran);
  const Claim* a = ClaimText(x, "the talks had failed");
  REQUIRE(a);
  CHECK(SpeakerName(x, *a) == "Russia");
}

TEST_CASE("'John McCain of Arizona said': the person speaks, not where he is from", "[claims]") {
  auto x = ExtractText(
      "Senator John McCain of Arizona said the bill was bad.\n\n"
      "Peter King from New York said the vote was close.\n");
  const Claim* a = ClaimText(x, "the bill was bad");
  const Claim* b = ClaimText(x, "the vote was close");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(SpeakerName(x, *a) == "John McCain");
  CHECK(SpeakerName(x, *b) == "Peter King");
}

TEST_CASE("'the Khans, criticized strongly by John McCain': McCain opposes the Khans, no claim of theirs",
          "[claims]") {
  auto x =
      ExtractText("He was drawn into a row with the Khans, criticized strongly by John McCain last week.\n");
  bool found = false;
  for (const auto& r : x.relations) {
    const auto* s = x.FindEntity(r.source);
    const auto* t = x.FindEntity(r.target);
    if (r.type == "opposes" && s && t && s->name == "John McCain" && t->name == "Khans") found = true;
    if (s) CHECK(s->name != "Khans");
  }
  CHECK(found);
}

TEST_CASE("a transcript's 'Well, I think' stays one claim and ', he said' after a stance ends it",
          "[claims]") {
  auto x = ExtractText(
      "Gov. Mary Fallin spoke on CNN on Sunday.\n\n"
      "FALLIN: Well, I think the whole nation needs to work together on this.\n\n"
      "Megyn Kelly interviewed Donald Trump. Months after he attacked her, he said people who are bullied "
      "should fight back.\n");
  bool whole = false;
  for (const auto& c : x.claims) whole |= c.text.rfind("Well, I think the whole nation", 0) == 0;
  CHECK(whole);
  const Claim* b = ClaimText(x, "people who are bullied should fight back");
  REQUIRE(b);
  CHECK(SpeakerName(x, *b) == "Donald Trump");
}

TEST_CASE("'Obama said after meeting with Putin' is a meeting and 'X told The Huffington Post' speaks to it",
          "[claims]") {
  auto x = ExtractText(
      "\xE2\x80\x9CWe have had problems with cyber intrusions from Russia,\xE2\x80\x9D Barack Obama said "
      "after "
      "meeting with Russian President Vladimir Putin.\n\n"
      "The race is close, Tad Devine told The Huffington Post.\n\n"
      "Smith told reporters the vote was fair.\n");
  bool met = false, spoke = false;
  for (const auto& r : x.relations) {
    const auto* s = x.FindEntity(r.source);
    const auto* t = x.FindEntity(r.target);
    if (!s || !t) continue;
    met |= r.type == "met" && s->name == "Barack Obama" && t->name == "Vladimir Putin";
    spoke |= r.type == "spoke_to" && s->name == "Tad Devine" && t->name.find("Huff") != std::string::npos;
  }
  CHECK(met);
  CHECK(spoke);
  CHECK(ClaimText(x, "the vote was fair"));
}

TEST_CASE("'Trump's claim that X', 'criticized his plan to X': claims of the possessor, as objects only",
          "[claims]") {
  auto x = ExtractText(
      "Politifact checked Donald Trump's claim that there were thousands of shootings in Chicago.\n\n"
      "Republicans criticized his plan to build a wall on the border.\n\n"
      "Clinton's call for a ban on assault weapons drew praise.\n");
  const Claim* a = ClaimText(x, "there were thousands of shootings in Chicago");
  const Claim* b = ClaimText(x, "build a wall on the border");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(SpeakerName(x, *a) == "Donald Trump");
  CHECK(SpeakerName(x, *b) == "Donald Trump");
  for (const auto& c : x.claims) CHECK(c.text.find("drew praise") == std::string::npos);
  bool proposed = false;
  for (const auto& r : x.relations)
    proposed |= r.type == "proposed" && r.target_text.find("wall") != std::string::npos;
  CHECK(proposed);
}

TEST_CASE("'footage of Clinton asking, “...”' is Clinton's and '“...” a narrator in the ad asks' is nobody's",
          "[claims]") {
  auto x = ExtractText(
      "The ad ran on Monday.\n\n"
      "\xE2\x80\x9CWhy didn\xE2\x80\x99t he pay?\xE2\x80\x9D a narrator in the Clinton ad asks. The spot "
      "ends with "
      "footage of Donald Trump saying, \xE2\x80\x9CThat makes me smart,\xE2\x80\x9D in the debate.\n\n"
      "Another ad uses footage of Hillary Clinton asking, \xE2\x80\x9CWhy aren\xE2\x80\x99t I "
      "ahead?\xE2\x80\x9D\n");
  const Claim* a = ClaimText(x, "Why didn\xE2\x80\x99t he pay?");
  const Claim* b = ClaimText(x, "That makes me smart");
  const Claim* c = ClaimText(x, "Why aren\xE2\x80\x99t I ahead?");
  REQUIRE(a);
  REQUIRE(b);
  REQUIRE(c);
  CHECK(SpeakerName(x, *a) == "");
  CHECK(SpeakerName(x, *b) == "Donald Trump");
  CHECK(SpeakerName(x, *c) == "Hillary Clinton");
}

TEST_CASE(
    "a surname that is also a title speaks when the article named the person and 'his plan that' is no claim",
    "[claims]") {
  auto x = ExtractText(
      "Larry King hosts a show on RT.\n\n"
      "King said the network was fair.\n\n"
      "Trump courts workers, but there is little in his plan that matches his rhetoric.\n");
  const Claim* a = ClaimText(x, "the network was fair");
  REQUIRE(a);
  CHECK(SpeakerName(x, *a) == "Larry King");
  for (const auto& c : x.claims) CHECK(c.text != "matches his rhetoric");
}

TEST_CASE("a headline's 'Lawmaker urges X' is the lede's lawmaker and two in the lede stay unresolved",
          "[claims]") {
  auto x = ExtractText(
      "Lawmaker urges retaliation on Russia\n\n"
      "Rep. Adam Schiff called on President Obama to retaliate against Russia on Wednesday.\n\n"
      "The hacking went on for months, officials said.\n\n"
      "Rep. Debbie Wasserman Schultz stepped down in July.\n");
  const Claim* a = ClaimText(x, "retaliation on Russia");
  REQUIRE(a);
  CHECK(SpeakerName(x, *a) == "Adam Schiff");
  auto y = ExtractText(
      "Lawmaker urges retaliation on Russia\n\n"
      "Rep. Adam Schiff and Rep. Peter King spoke on Wednesday.\n\n"
      "The hacking went on for months, officials said.\n");
  const Claim* b = ClaimText(y, "retaliation on Russia");
  if (b) CHECK(SpeakerName(y, *b) == "");
  // a headline's title word is a description too ("Senator" is a title before a name)
  auto z = ExtractText(
      "Senator urges retaliation on Russia\n\n"
      "Sen. Mark Warner called on President Obama to retaliate against Russia on Wednesday.\n\n"
      "The hacking went on for months, officials said.\n");
  const Claim* c = ClaimText(z, "retaliation on Russia");
  REQUIRE(c);
  CHECK(SpeakerName(z, *c) == "Mark Warner");
}

TEST_CASE(
    "'the IMF's estimate of growth steady at 3.1 percent' and 'the IMF pointed to X' are the IMF's claims",
    "[claims]") {
  auto x = ExtractText(
      "The International Monetary Fund (IMF) cut its forecast on Tuesday.\n\n"
      "That was enough to hold the IMF's estimate of global growth steady at 3.1 percent this year.\n\n"
      "The IMF pointed to Britain's decision to leave the European Union as an example of rising "
      "protectionism.\n");
  const Claim* a = ClaimText(x, "estimate of global growth steady at 3.1 percent this year");
  const Claim* b =
      ClaimText(x, "Britain's decision to leave the European Union as an example of rising protectionism");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(SpeakerName(x, *a) == "International Monetary Fund");
  CHECK(SpeakerName(x, *b) == "International Monetary Fund");
}

TEST_CASE("British usage: 'Labour MPs' speak for the party, 'the PM' is a description, 'Backbencher' a title",
          "[claims]") {
  auto x = ExtractText(
      "Labour MPs have angrily criticised Tony Blair and Gordon Brown.\n\n"
      "The PM insisted nothing would derail Labour's campaign.\n\n"
      "Backbencher Stephen Pound said some MPs had threatened to speak out.\n\n"
      "Labour's Paul Flynn said the two men had a scorching from MPs adding: \xE2\x80\x9CIt was a "
      "meeting like no "
      "other.\xE2\x80\x9D\n");
  const Claim* a = ClaimText(x, "Tony Blair and Gordon Brown");
  const Claim* b = ClaimText(x, "nothing would derail Labour's campaign");
  const Claim* c = ClaimText(x, "some MPs had threatened to speak out");
  const Claim* d = ClaimText(x, "It was a meeting like no other.");
  REQUIRE(a);
  REQUIRE(b);
  REQUIRE(c);
  REQUIRE(d);
  CHECK(SpeakerName(x, *a) == "Labour Party");
  CHECK(SpeakerName(x, *b) == "");
  CHECK(SpeakerName(x, *c) == "Stephen Pound");
  CHECK(SpeakerName(x, *d) == "Paul Flynn");
  for (const auto& e : x.entities) {
    CHECK(e.name != "PM");
    CHECK(e.name != "MPs");
  }
}

TEST_CASE("'more than Mr Brown predicted in his budget' is a comparison, not a claim", "[claims]") {
  auto x = ExtractText(
      "Gordon Brown presented his plans on Monday.\n\n"
      "Borrowing will fall, but that is still 2bn more than Mr Brown predicted in his March budget.\n");
  for (const auto& c : x.claims) CHECK(c.text.find("March budget") == std::string::npos);
}

TEST_CASE(
    "the writer's next sentence after a quote is no attribution and 'Qantas posted a record profit' no claim",
    "[claims]") {
  auto x = ExtractText(
      "Australian airline Qantas has posted a record profit thanks to cost-cutting.\n\n"
      "\xE2\x80\x9CThe tsunami affected travel patterns,\xE2\x80\x9D chief executive Geoff Dixon explained. "
      "\xE2\x80\x9CIt certainly affected Japanese travel.\xE2\x80\x9D Higher fuel costs also are expected to "
      "eat "
      "into profits.\n\n"
      "\"We live in a hard world,\" my father often said.\n");
  for (const auto& c : x.claims) CHECK(c.text.find("record profit") == std::string::npos);
  const Claim* a = ClaimText(x, "It certainly affected Japanese travel.");
  const Claim* b = ClaimText(x, "We live in a hard world");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(SpeakerName(x, *a) == "Geoff Dixon");
  CHECK(SpeakerName(x, *b) == "");
}

TEST_CASE("'it' is the organization the sentence before is about, not the last one named", "[claims]") {
  auto x = ExtractText(
      "Tulip Computers sold several products under the Commodore name, including USB storage devices. It had "
      "planned to relaunch the brand next year.\n");
  const Claim* a = ClaimText(x, "to relaunch the brand next year");
  REQUIRE(a);
  CHECK(SpeakerName(x, *a) == "Tulip Computers");
}

TEST_CASE("'He added:' introduces the next quote, not the one before it, and DJ is a title", "[claims]") {
  auto x = ExtractText(
      "Virgin Radio DJ Pete Mitchell said: \"This year has seen an amazing array of talent.\" He added: "
      "\"The "
      "Scissor Sisters are one of the most original bands.\"\n");
  const Claim* a = ClaimText(x, "This year has seen an amazing array of talent.");
  const Claim* b = ClaimText(x, "The Scissor Sisters are one of the most original bands.");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(SpeakerName(x, *a) == "Pete Mitchell");
  CHECK(a->cue == "said");
  CHECK(SpeakerName(x, *b) == "Pete Mitchell");
  CHECK(b->cue == "added");
}

TEST_CASE("a quote that reopens each sentence with a new mark gives one claim per sentence, no stray mark",
          "[claims]") {
  auto x = ExtractText(
      "Walter Smith met his squad on Monday.\n\n"
      "He said: \"I pointed out how I see the team going forward. \"This is a relaxed gathering.\"\n");
  const Claim* a = ClaimText(x, "I pointed out how I see the team going forward.");
  const Claim* b = ClaimText(x, "This is a relaxed gathering.");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(SpeakerName(x, *a) == "Walter Smith");
  CHECK(SpeakerName(x, *b) == "Walter Smith");
}

TEST_CASE("'he said' finds Vincent Cable, whose surname is also an organization's head word", "[claims]") {
  auto x = ExtractText(
      "Vincent Cable said the plan was ducking tough choices.\n\n"
      "\xE2\x80\x9CLast week was bad,\xE2\x80\x9D he said.\n");
  const Claim* a = ClaimText(x, "Last week was bad");
  REQUIRE(a);
  CHECK(SpeakerName(x, *a) == "Vincent Cable");
}

TEST_CASE("an organization known by one word (a gazetteer name or alias) speaks as an organization",
          "[claims]") {
  auto x = ExtractText(
      "Rights groups react\n\n"
      "Amnesty said the trial was unfair. Brookings said growth would slow.\n\n"
      "Human Rights Watch said the law was harsh. NATO said the drills would go ahead.\n");
  for (const char* text :
       {"the trial was unfair", "growth would slow", "the law was harsh", "the drills would go ahead"}) {
    const Claim* c = ClaimText(x, text);
    INFO(text);
    REQUIRE(c);
    const auto* e = x.FindEntity(c->speaker);
    REQUIRE(e);
    CHECK(e->type == claimgraph::EntityType::kOrganization);
  }
}
