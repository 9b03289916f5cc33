// Claims and speakers on short articles (issue 4): groups, pronouns, descriptions, outlets, and the
// British usage of the BBC sets (the first half is claims_test.cc).
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

using claimgraph::testing::ClaimWithText;
using claimgraph::testing::EntityName;

TEST_CASE("a common plural opening a sentence is a group, a party stays", "[claims]") {
  auto x = ExtractText(
      "Opponents said the law was unfair.\n\n"
      "Democrats said the vote would pass.\n");
  for (const auto& e : x.entities) CHECK(e.name != "Opponents");
  const Claim* a = ClaimWithText(x, "the law was unfair");
  const Claim* b = ClaimWithText(x, "the vote would pass");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(EntityName(x, a->speaker) == "");
  CHECK(EntityName(x, b->speaker) != "");
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
  const Claim* a = ClaimWithText(x, "old phones can help close the digital divide");
  REQUIRE(a);
  CHECK(EntityName(x, a->speaker) == "");
  // a name written capitalized inside a sentence stays one
  const Claim* b = ClaimWithText(x, "the plan would work");
  REQUIRE(b);
  CHECK(EntityName(x, b->speaker) == "Gordon Brown");
}

TEST_CASE("'added his campaign manager NAME': the name speaks, not the 'his'", "[claims]") {
  auto x = ExtractText(
      "Bernie Sanders spoke in Ohio on Tuesday.\n\n"
      "\xE2\x80\x9CWe have a path to victory,\xE2\x80\x9D added his campaign manager Jeff Weaver.\n\n"
      "\xE2\x80\x9CWe won,\xE2\x80\x9D said his wife.\n");
  const Claim* a = ClaimWithText(x, "We have a path to victory");
  const Claim* b = ClaimWithText(x, "We won");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(EntityName(x, a->speaker) == "Jeff Weaver");
  CHECK(EntityName(x, b->speaker) == "");  // a description the article does not resolve
}

TEST_CASE("'..., his aide, NAME, told OUTLET.': the aide speaks, the outlet is told", "[claims]") {
  auto x = ExtractText(
      "Sanders remains committed to the race, his top aide, Tad Devine, told The Huffington Post.\n\n"
      "The campaign has money left, Tad Devine told reporters.\n");
  const Claim* a = ClaimWithText(x, "Sanders remains committed to the race");
  const Claim* b = ClaimWithText(x, "The campaign has money left");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(EntityName(x, a->speaker) == "Tad Devine");
  CHECK(EntityName(x, b->speaker) == "Tad Devine");
}

TEST_CASE("the article's own pronouns tell a person's gender for a later 'she said'", "[claims]") {
  // "Ngozi" is in no name list: "She" right after the only person named gives her gender,
  // so the later "she said" skips the nearer man of unknown gender.
  auto x = ExtractText(
      "Ngozi Adeyemi runs the clinic. She opened it in 2010.\n\n"
      "Mr. Okafor visited on Monday.\n\n"
      "\xE2\x80\x9CWe need more nurses,\xE2\x80\x9D she said.\n");
  const Claim* a = ClaimWithText(x, "We need more nurses");
  REQUIRE(a);
  CHECK(EntityName(x, a->speaker) == "Ngozi Adeyemi");
}

TEST_CASE("a given name in the name lists gives the gender: 'Megyn' is a woman", "[claims]") {
  auto x = ExtractText(
      "Megyn Kelly interviewed Donald Trump on Tuesday. Months after he attacked her, he said people who are "
      "bullied should fight back.\n");
  const Claim* a = ClaimWithText(x, "people who are bullied should fight back");
  REQUIRE(a);
  CHECK(EntityName(x, a->speaker) == "Donald Trump");
}

TEST_CASE("'according to his biography' is his and 'his campaign' speaks for him", "[claims]") {
  auto x = ExtractText(
      "Ben Carson never won a primary. He raised $5 million in February, according to his campaign finance "
      "filings.\n\n"
      "Carson will stay in the race through March, his campaign said.\n");
  const Claim* a = ClaimWithText(x, "He raised $5 million in February");
  const Claim* b = ClaimWithText(x, "Carson will stay in the race through March");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(EntityName(x, a->speaker) == "Ben Carson");
  CHECK(EntityName(x, b->speaker) == "Ben Carson");
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
  const Claim* a = ClaimWithText(x, "the talks had failed");
  REQUIRE(a);
  CHECK(EntityName(x, a->speaker) == "Russia");
}

TEST_CASE("'John McCain of Arizona said': the person speaks, not where he is from", "[claims]") {
  auto x = ExtractText(
      "Senator John McCain of Arizona said the bill was bad.\n\n"
      "Peter King from New York said the vote was close.\n");
  const Claim* a = ClaimWithText(x, "the bill was bad");
  const Claim* b = ClaimWithText(x, "the vote was close");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(EntityName(x, a->speaker) == "John McCain");
  CHECK(EntityName(x, b->speaker) == "Peter King");
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
  const Claim* b = ClaimWithText(x, "people who are bullied should fight back");
  REQUIRE(b);
  CHECK(EntityName(x, b->speaker) == "Donald Trump");
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
  CHECK(ClaimWithText(x, "the vote was fair"));
}

TEST_CASE("'Trump's claim that X', 'criticized his plan to X': claims of the possessor, as objects only",
          "[claims]") {
  auto x = ExtractText(
      "Politifact checked Donald Trump's claim that there were thousands of shootings in Chicago.\n\n"
      "Republicans criticized his plan to build a wall on the border.\n\n"
      "Clinton's call for a ban on assault weapons drew praise.\n");
  const Claim* a = ClaimWithText(x, "there were thousands of shootings in Chicago");
  const Claim* b = ClaimWithText(x, "build a wall on the border");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(EntityName(x, a->speaker) == "Donald Trump");
  CHECK(EntityName(x, b->speaker) == "Donald Trump");
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
  const Claim* a = ClaimWithText(x, "Why didn\xE2\x80\x99t he pay?");
  const Claim* b = ClaimWithText(x, "That makes me smart");
  const Claim* c = ClaimWithText(x, "Why aren\xE2\x80\x99t I ahead?");
  REQUIRE(a);
  REQUIRE(b);
  REQUIRE(c);
  CHECK(EntityName(x, a->speaker) == "");
  CHECK(EntityName(x, b->speaker) == "Donald Trump");
  CHECK(EntityName(x, c->speaker) == "Hillary Clinton");
}

TEST_CASE(
    "a surname that is also a title speaks when the article named the person and 'his plan that' is no claim",
    "[claims]") {
  auto x = ExtractText(
      "Larry King hosts a show on RT.\n\n"
      "King said the network was fair.\n\n"
      "Trump courts workers, but there is little in his plan that matches his rhetoric.\n");
  const Claim* a = ClaimWithText(x, "the network was fair");
  REQUIRE(a);
  CHECK(EntityName(x, a->speaker) == "Larry King");
  for (const auto& c : x.claims) CHECK(c.text != "matches his rhetoric");
}

TEST_CASE("a headline's 'Lawmaker urges X' is the lede's lawmaker and two in the lede stay unresolved",
          "[claims]") {
  auto x = ExtractText(
      "Lawmaker urges retaliation on Russia\n\n"
      "Rep. Adam Schiff called on President Obama to retaliate against Russia on Wednesday.\n\n"
      "The hacking went on for months, officials said.\n\n"
      "Rep. Debbie Wasserman Schultz stepped down in July.\n");
  const Claim* a = ClaimWithText(x, "retaliation on Russia");
  REQUIRE(a);
  CHECK(EntityName(x, a->speaker) == "Adam Schiff");
  auto y = ExtractText(
      "Lawmaker urges retaliation on Russia\n\n"
      "Rep. Adam Schiff and Rep. Peter King spoke on Wednesday.\n\n"
      "The hacking went on for months, officials said.\n");
  const Claim* b = ClaimWithText(y, "retaliation on Russia");
  if (b) CHECK(EntityName(y, b->speaker) == "");
  // a headline's title word is a description too ("Senator" is a title before a name)
  auto z = ExtractText(
      "Senator urges retaliation on Russia\n\n"
      "Sen. Mark Warner called on President Obama to retaliate against Russia on Wednesday.\n\n"
      "The hacking went on for months, officials said.\n");
  const Claim* c = ClaimWithText(z, "retaliation on Russia");
  REQUIRE(c);
  CHECK(EntityName(z, c->speaker) == "Mark Warner");
}

TEST_CASE(
    "'the IMF's estimate of growth steady at 3.1 percent' and 'the IMF pointed to X' are the IMF's claims",
    "[claims]") {
  auto x = ExtractText(
      "The International Monetary Fund (IMF) cut its forecast on Tuesday.\n\n"
      "That was enough to hold the IMF's estimate of global growth steady at 3.1 percent this year.\n\n"
      "The IMF pointed to Britain's decision to leave the European Union as an example of rising "
      "protectionism.\n");
  const Claim* a = ClaimWithText(x, "estimate of global growth steady at 3.1 percent this year");
  const Claim* b = ClaimWithText(
      x, "Britain's decision to leave the European Union as an example of rising protectionism");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(EntityName(x, a->speaker) == "International Monetary Fund");
  CHECK(EntityName(x, b->speaker) == "International Monetary Fund");
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
  const Claim* a = ClaimWithText(x, "Tony Blair and Gordon Brown");
  const Claim* b = ClaimWithText(x, "nothing would derail Labour's campaign");
  const Claim* c = ClaimWithText(x, "some MPs had threatened to speak out");
  const Claim* d = ClaimWithText(x, "It was a meeting like no other.");
  REQUIRE(a);
  REQUIRE(b);
  REQUIRE(c);
  REQUIRE(d);
  CHECK(EntityName(x, a->speaker) == "Labour Party");
  CHECK(EntityName(x, b->speaker) == "");
  CHECK(EntityName(x, c->speaker) == "Stephen Pound");
  CHECK(EntityName(x, d->speaker) == "Paul Flynn");
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
  const Claim* a = ClaimWithText(x, "It certainly affected Japanese travel.");
  const Claim* b = ClaimWithText(x, "We live in a hard world");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(EntityName(x, a->speaker) == "Geoff Dixon");
  CHECK(EntityName(x, b->speaker) == "");
}

TEST_CASE("'it' is the organization the sentence before is about, not the last one named", "[claims]") {
  auto x = ExtractText(
      "Tulip Computers sold several products under the Commodore name, including USB storage devices. It had "
      "planned to relaunch the brand next year.\n");
  const Claim* a = ClaimWithText(x, "to relaunch the brand next year");
  REQUIRE(a);
  CHECK(EntityName(x, a->speaker) == "Tulip Computers");
}

TEST_CASE("'He added:' introduces the next quote, not the one before it, and DJ is a title", "[claims]") {
  auto x = ExtractText(
      "Virgin Radio DJ Pete Mitchell said: \"This year has seen an amazing array of talent.\" He added: "
      "\"The "
      "Scissor Sisters are one of the most original bands.\"\n");
  const Claim* a = ClaimWithText(x, "This year has seen an amazing array of talent.");
  const Claim* b = ClaimWithText(x, "The Scissor Sisters are one of the most original bands.");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(EntityName(x, a->speaker) == "Pete Mitchell");
  CHECK(a->cue == "said");
  CHECK(EntityName(x, b->speaker) == "Pete Mitchell");
  CHECK(b->cue == "added");
}

TEST_CASE("a quote that reopens each sentence with a new mark gives one claim per sentence, no stray mark",
          "[claims]") {
  auto x = ExtractText(
      "Walter Smith met his squad on Monday.\n\n"
      "He said: \"I pointed out how I see the team going forward. \"This is a relaxed gathering.\"\n");
  const Claim* a = ClaimWithText(x, "I pointed out how I see the team going forward.");
  const Claim* b = ClaimWithText(x, "This is a relaxed gathering.");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(EntityName(x, a->speaker) == "Walter Smith");
  CHECK(EntityName(x, b->speaker) == "Walter Smith");
}

TEST_CASE("'he said' finds Vincent Cable, whose surname is also an organization's head word", "[claims]") {
  auto x = ExtractText(
      "Vincent Cable said the plan was ducking tough choices.\n\n"
      "\xE2\x80\x9CLast week was bad,\xE2\x80\x9D he said.\n");
  const Claim* a = ClaimWithText(x, "Last week was bad");
  REQUIRE(a);
  CHECK(EntityName(x, a->speaker) == "Vincent Cable");
}

TEST_CASE("an organization known by one word (a gazetteer name or alias) speaks as an organization",
          "[claims]") {
  auto x = ExtractText(
      "Rights groups react\n\n"
      "Amnesty said the trial was unfair. Brookings said growth would slow.\n\n"
      "Human Rights Watch said the law was harsh. NATO said the drills would go ahead.\n");
  for (const char* text :
       {"the trial was unfair", "growth would slow", "the law was harsh", "the drills would go ahead"}) {
    const Claim* c = ClaimWithText(x, text);
    INFO(text);
    REQUIRE(c);
    const auto* e = x.FindEntity(c->speaker);
    REQUIRE(e);
    CHECK(e->type == claimgraph::EntityType::kOrganization);
  }
}

TEST_CASE("a company of some nationality is the company named before, never the country",
          "[claims][speakers]") {
  using claimgraph::testing::SpeakerOf;
  auto x =
      ExtractText("Shares in DaimlerChrysler rose on Monday. The German firm wanted to buy Fiat outright.\n");
  CHECK(SpeakerOf(x, "to buy Fiat") == "DaimlerChrysler");
  auto y =
      ExtractText("Shares in Ericsson fell on Friday. The Swedish company said it would move ten plants.\n");
  CHECK(SpeakerOf(y, "it would move ten plants") == "Ericsson");
  auto z = ExtractText("The Chinese government said the talks would go on.\n");
  CHECK(SpeakerOf(z, "the talks would go on") == "China");
  for (const auto* ex : {&x, &y})
    for (const auto& e : ex->entities) {
      CHECK(e.name != "Germany");
      CHECK(e.name != "Sweden");
      CHECK(e.name != "German");
    }
}

TEST_CASE("a nationality before a kind of organization makes no organization of its own",
          "[claims][speakers]") {
  // review: "A British Muslim group" made an organization "British Muslim", which then took "The
  // Swedish company"'s claim; "The South African firm" made one named "South African"
  auto x = ExtractText(
      "A British Muslim group criticised the new film on Monday.\n\n"
      "The Swedish company said it would close a plant in Germany.\n\n"
      "The South African firm said demand was strong.\n");
  for (const auto& e : x.entities) {
    CHECK(e.name != "British Muslim");
    CHECK(e.name != "South African");
  }
  CHECK(claimgraph::testing::SpeakerOf(x, "it would close a plant") == "(unresolved)");
  CHECK(claimgraph::testing::SpeakerOf(x, "demand was strong") == "(unresolved)");
}
