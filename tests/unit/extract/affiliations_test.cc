// Affiliations a title or description states: leads / member_of (stage 3).
#include <catch2/catch.hpp>

#include <string>

#include "support/extract_support.h"

using claimgraph::Article;
using claimgraph::Extraction;
using claimgraph::Relation;

using claimgraph::testing::ExtractText;

namespace {

// The relation of this type from the person named `source` whose target text contains `target`.
const Relation* Find(const Extraction& x, const std::string& source, const std::string& type,
                     const std::string& target) {
  for (const auto& r : x.relations) {
    const auto* s = x.FindEntity(r.source);
    if (!s || s->name != source || r.type != type) continue;
    if (r.target_text.find(target) != std::string::npos) return &r;
  }
  return nullptr;
}

size_t Count(const Extraction& x, const std::string& type) {
  size_t n = 0;
  for (const auto& r : x.relations) n += r.type == type;
  return n;
}

}  // namespace

TEST_CASE("a title before the name ties the person to what it names", "[affiliations]") {
  std::string text =
      "NYPD Commissioner James Moore said the blast was intentional.\n\n"
      "White House press secretary Josh Earnest said the president was briefed.\n\n"
      "Republican presidential nominee Donald Trump spoke in Colorado.\n";
  auto x = ExtractText(text);
  const Relation* a = Find(x, "James Moore", "leads", "New York Police Department");
  REQUIRE(a);
  CHECK(a->evidence == "NYPD Commissioner James Moore");
  CHECK(text.substr(a->evidence_span.start, a->evidence_span.end - a->evidence_span.start) == a->evidence);
  CHECK(Find(x, "Josh Earnest", "member_of", "White House"));
  CHECK(Find(x, "Donald Trump", "member_of", "Republican Party"));
  CHECK_FALSE(Find(x, "Josh Earnest", "leads", "White House"));
}

TEST_CASE("a description after the name: head of, professor at, a party word", "[affiliations]") {
  auto x = ExtractText(
      "\"This is a disgusting day,\" said Rep. Gary Butterfield (D-N.C.), head of the Congressional Black "
      "Caucus.\n\n"
      "Michael Oppenheimer, a professor of geosciences at Princeton University, said the storms were "
      "worse.\n\n"
      "Senator Adam Schiff, the top Democrat on the House Intelligence Committee, called for sanctions.\n");
  CHECK(Find(x, "Gary Butterfield", "leads", "Congressional Black Caucus"));
  CHECK(Find(x, "Michael Oppenheimer", "member_of", "Princeton University"));
  CHECK(Find(x, "Adam Schiff", "member_of", "House Intelligence Committee"));
  CHECK(Find(x, "Adam Schiff", "member_of", "Democratic Party"));
  CHECK_FALSE(Find(x, "Michael Oppenheimer", "leads", "Princeton University"));
}

TEST_CASE("past ties, lower ranks and parts of an organization", "[affiliations]") {
  auto x = ExtractText(
      "Douglas Holtz, an economist who served as director of the Congressional Budget Office, disagreed.\n\n"
      "Former NATO Secretary General Anders Rasmussen spoke on Monday.\n\n"
      "Mary Chen, the deputy director of the Federal Bureau of Investigation, testified.\n\n"
      "Paul Novak, the director of the VOA Eurasian division, resigned.\n");
  CHECK(Count(x, "leads") == 0);
  CHECK_FALSE(Find(x, "Douglas Holtz", "member_of", "Congressional Budget Office"));
  CHECK_FALSE(Find(x, "Anders Rasmussen", "member_of", "NATO"));
  CHECK(Find(x, "Mary Chen", "member_of", "Federal Bureau of Investigation"));
}

TEST_CASE(
    "a title heads what it names only when it ends in a head's title; one of several heads nothing; a "
    "country's possessive is no tie",
    "[affiliations]") {
  auto x = ExtractText(
      "Paul King, chief security architect at Cisco, said the flaw was serious.\n\n"
      "Jeremy Flynn, head of third party services at Vodafone, said sales were up.\n\n"
      "Paul Saffo, a director at the Institute for the Future, said the trend would last.\n\n"
      "Nissan chief executive Carlos Ghosn said profits fell.\n\n"
      "Emma Pike, director general of British Music Rights, said the law was clear.\n\n"
      "Digby Jones, director general of the UK's Confederation of British Industry, said firms would "
      "gain.\n");
  CHECK(Find(x, "Paul King", "member_of", "Cisco"));
  CHECK_FALSE(Find(x, "Paul King", "leads", "Cisco"));
  CHECK(Find(x, "Jeremy Flynn", "member_of", "Vodafone"));
  CHECK_FALSE(Find(x, "Jeremy Flynn", "leads", "Vodafone"));
  CHECK(Find(x, "Paul Saffo", "member_of", "Institute for the Future"));
  CHECK_FALSE(Find(x, "Paul Saffo", "leads", "Institute for the Future"));
  CHECK(Find(x, "Carlos Ghosn", "leads", "Nissan"));
  CHECK(Find(x, "Emma Pike", "leads", "British Music Rights"));
  CHECK(Find(x, "Digby Jones", "leads", "Confederation of British Industry"));
  CHECK_FALSE(Find(x, "Digby Jones", "member_of", "Confederation of British Industry"));
}

TEST_CASE("a demonym title ties a leader to the country", "[affiliations]") {
  auto x = ExtractText("British Prime Minister Theresa May said Britain would leave the EU.\n");
  CHECK(Find(x, "Theresa May", "leads", "Britain"));
}

TEST_CASE("a demonym before a title that heads no country is a citizen's, not a leader's", "[affiliations]") {
  // seen on BBC entertainment: "British director Mike Leigh" led Britain
  auto x = ExtractText(
      "British director Mike Leigh won in Britain. French President Jacques Chirac spoke in France.\n");
  CHECK(Find(x, "Mike Leigh", "leads", "Britain") == nullptr);
  CHECK(Find(x, "Mike Leigh", "member_of", "Britain") != nullptr);
  CHECK(Find(x, "Jacques Chirac", "leads", "France") != nullptr);
}

TEST_CASE("a title heads only the countries whose state it heads", "[affiliations]") {
  // seen on BBC business: "UK Chancellor Gordon Brown" led Britain; a chancellor heads Germany
  // and Austria, and a chief executive no country
  auto x = ExtractText(
      "UK Chancellor Gordon Brown spoke in London. UK chief executive William Morrow spoke too. US "
      "President George W Bush spoke in Washington.\n");
  CHECK(Find(x, "Gordon Brown", "leads", "Britain") == nullptr);
  CHECK(Find(x, "Gordon Brown", "member_of", "Britain") != nullptr);
  CHECK(Find(x, "William Morrow", "leads", "Britain") == nullptr);
  CHECK(Find(x, "George W Bush", "leads", "United States") != nullptr);
}

TEST_CASE("a former head of state leads nothing now", "[affiliations]") {
  auto x = ExtractText(
      "Former U.S. President Jimmy Carter says he is disappointed. The United States should act, Carter "
      "said.\n");
  CHECK(Count(x, "leads") == 0);
}

TEST_CASE("words that qualify a title sit between the party and the title", "[affiliations]") {
  auto x = ExtractText(
      "Tory shadow home secretary David Davis spoke in Leeds.\n\n"
      "Voters blamed secretary Jane Holt for the delay.\n");
  CHECK(Find(x, "David Davis", "member_of", "Conservative"));
  // a verb before the title ties to nothing
  CHECK(Count(x, "member_of") == 1);
}

TEST_CASE("what the speaker's own party or country will do is the speaker's proposal", "[affiliations]") {
  auto x = ExtractText(
      "Tory shadow home secretary David Davis said the Tories would fund the cuts by removing "
      "inefficiencies.\n\n"
      "Britain voted to leave. British Prime Minister Theresa May said the country would formally "
      "declare its intention to leave.\n\n"
      "Labour leader Tony Blair said the Tories would cut spending on schools.\n");
  const Relation* a = Find(x, "David Davis", "proposed", "fund the cuts");
  REQUIRE(a);
  CHECK(a->evidence.find("inefficiencies") != std::string::npos);
  CHECK(Find(x, "Theresa May", "proposed", "declare its intention"));
  // "it" in her next claim is the same side
  auto y = ExtractText(
      "Britain voted to leave. British Prime Minister Theresa May said the country would leave the EU "
      "and suggested that it would withdraw from the single market.\n");
  CHECK(Find(y, "Theresa May", "proposed", "withdraw from the single market"));
  // an opponent describing the Tories' plans proposes nothing
  CHECK_FALSE(Find(x, "Tony Blair", "proposed", "cut spending"));
}

TEST_CASE("a party's leader leads it; two party words name the party they name together", "[affiliations]") {
  auto x = ExtractText(
      "Tory leader Michael Howard said the tax would go.\n\n"
      "Labour MP John Cryer said the vote was close.\n\n"
      "Liberal Democrat leader Charles Kennedy said the war was wrong.\n");
  const Relation* h = Find(x, "Michael Howard", "leads", "Conservative Party");
  REQUIRE(h);
  CHECK_FALSE(Find(x, "Michael Howard", "member_of", "Conservative Party"));
  CHECK(Find(x, "John Cryer", "member_of", "Labour Party"));
  CHECK_FALSE(Find(x, "John Cryer", "leads", "Labour Party"));
  CHECK_FALSE(Find(x, "Charles Kennedy", "member_of", "Democratic Party"));
  CHECK_FALSE(Find(x, "Charles Kennedy", "leads", "Democratic Party"));
  CHECK(Find(x, "Charles Kennedy", "leads", "Liberal Democrats"));
  CHECK_FALSE(Find(x, "Charles Kennedy", "member_of", "Liberal Party"));
}

TEST_CASE("a party word after the name: two words name their party together", "[affiliations]") {
  auto x = ExtractText("Charles Kennedy, the Liberal Democrat leader, said the war was wrong.\n");
  CHECK(Find(x, "Charles Kennedy", "member_of", "Liberal Democrats"));
  CHECK_FALSE(Find(x, "Charles Kennedy", "member_of", "Liberal Party"));
}

TEST_CASE("a party's leader in one chamber is a member of the party", "[affiliations]") {
  auto x = ExtractText(
      "Senate Republican leader Mitch McConnell said the bill would pass.\n\n"
      "House Democratic leader Nancy Pelosi said the bill would fail.\n");
  CHECK(Find(x, "Mitch McConnell", "member_of", "Republican Party"));
  CHECK_FALSE(Find(x, "Mitch McConnell", "leads", "Republican Party"));
  CHECK(Find(x, "Nancy Pelosi", "member_of", "Democratic Party"));
  CHECK_FALSE(Find(x, "Nancy Pelosi", "leads", "Democratic Party"));
  // (review) and where the party is a name the article knows
  auto y = ExtractText("Assembly Labour leader Rhodri Morgan said Wales would benefit.\n");
  CHECK(Find(y, "Rhodri Morgan", "member_of", "Labour Party"));
  CHECK_FALSE(Find(y, "Rhodri Morgan", "leads", "Labour Party"));
}

TEST_CASE("the head of a unit is one of the organization; the chairman of its board leads it",
          "[affiliations]") {
  auto x = ExtractText(
      "Jane Smith, head of research at Barclays, said rates would rise.\n\n"
      "Michael Grade, chairman of the board of governors at the BBC, said the plan was sound.\n");
  CHECK(Find(x, "Jane Smith", "member_of", "Barclays"));
  CHECK_FALSE(Find(x, "Jane Smith", "leads", "Barclays"));
  CHECK(Find(x, "Michael Grade", "leads", "BBC"));
  CHECK_FALSE(Find(x, "Michael Grade", "member_of", "BBC"));
  // (review) a title that ends in the board without chairing it
  auto y = ExtractText(
      "Mary Jones, chief of staff to the board of governors at the BBC, said the plan was sound.\n");
  CHECK(Find(y, "Mary Jones", "member_of", "BBC"));
  CHECK_FALSE(Find(y, "Mary Jones", "leads", "BBC"));
}
