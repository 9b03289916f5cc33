// Stance edges of news English that were missed: a speaker named before "and others", a
// person given after a description of them, and a wrong a named one is said to have done.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::Extraction;
using claimgraph::testing::EntityName;
using claimgraph::testing::ExtractText;
using claimgraph::testing::Stances;

namespace {

// "type:target entity name" of each stance edge of the source whose target is an entity.
std::string StanceTargets(const Extraction& x, const std::string& source) {
  std::string out;
  for (const auto& r : x.relations) {
    if (r.type != "opposes" && r.type != "supports") continue;
    if (EntityName(x, r.source) != source || r.target.empty()) continue;
    out += r.type + ":" + EntityName(x, r.target) + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("a name before 'and others' speaks for them", "[claims][stance]") {
  auto x = ExtractText("House Speaker Paul Ryan and others criticized Donald Trump's comments.\n");
  CHECK(StanceTargets(x, "Paul Ryan") == "opposes:Donald Trump\n");
  auto y = ExtractText("Sam Mara and many other owners said that they supported the plan.\n");
  REQUIRE(y.claims.size() == 1);
  CHECK(EntityName(y, y.claims[0].speaker) == "Sam Mara");
  // "others" alone names no one
  auto z = ExtractText("Others criticized Donald Trump's comments.\n");
  CHECK(z.claims.empty());
}

TEST_CASE("a person named after a description of them is the one a stance is toward", "[claims][stance]") {
  auto x = ExtractText(
      "Philippe Dauman fired back and accused the media mogul's daughter, Shari Redstone, of "
      "manipulating her father.\n");
  CHECK(StanceTargets(x, "Philippe Dauman") == "opposes:Shari Redstone\n");
  auto y = ExtractText("Donald Trump pointed the finger at outgoing CIA chief John Brennan on Monday.\n");
  CHECK(StanceTargets(y, "Donald Trump") == "opposes:John Brennan\n");
  // a thing described, then a name that is no apposition of it: no person target
  auto z = ExtractText("Gordon Brown attacked the budget, John Smith said.\n");
  CHECK(StanceTargets(z, "Gordon Brown").find("John Smith") == std::string::npos);
}

TEST_CASE("a wrong a named one is said to have done judges its doer", "[claims][stance]") {
  auto x = ExtractText("Gordon Brown said Microsoft cheated its customers.\n");
  CHECK(StanceTargets(x, "Gordon Brown") == "opposes:Microsoft\n");
  // a misfortune or a result is no wrong
  auto y = ExtractText("Gordon Brown said Microsoft suffered heavy losses.\n");
  CHECK(StanceTargets(y, "Gordon Brown").empty());
  // negated, nothing is said to be done
  auto z = ExtractText("Gordon Brown said Microsoft never cheated its customers.\n");
  CHECK(StanceTargets(z, "Gordon Brown").empty());
}

TEST_CASE("the reason for a stance is not part of its target", "[claims][stance]") {
  auto x = ExtractText("Oliver Heald accused the government of \"dragging its feet\" over the measure.\n");
  CHECK(Stances(x, "Oliver Heald") == "opposes:the government\n");
  auto y = ExtractText("Diageo blamed a weaker dollar for its lower turnover.\n");
  CHECK(Stances(y, "Diageo") == "opposes:a weaker dollar\n");
  auto z = ExtractText("Charles Kennedy criticised the chancellor for failing to act.\n");
  CHECK(Stances(z, "Charles Kennedy") == "opposes:the chancellor\n");
  // the evidence keeps the reason
  REQUIRE_FALSE(z.relations.empty());
  bool reason = false;
  for (const auto& r : z.relations)
    if (r.type == "opposes") reason = r.evidence.find("failing to act") != std::string::npos;
  CHECK(reason);
  // a phrase with "for" that is part of the thing stays whole
  auto w = ExtractText("Gordon Brown criticised the plans for a new airport.\n");
  CHECK(Stances(w, "Gordon Brown") == "opposes:the plans for a new airport\n");
}

TEST_CASE("a charge, a sum or an act after the one a stance is toward ends its target", "[claims][stance]") {
  auto x = ExtractText("Michael Howard accused officials of a collective failure of memory.\n");
  CHECK(Stances(x, "Michael Howard").starts_with("opposes:officials\n"));
  auto y = ExtractText("Regulators charged nine food suppliers with helping Ahold inflate earnings.\n");
  CHECK(Stances(y, "Regulators").empty());  // (no named agent)
  auto y2 = ExtractText("Parmalat charged nine food suppliers with helping Ahold inflate earnings.\n");
  CHECK(Stances(y2, "Parmalat") == "opposes:nine food suppliers\n");
  auto z = ExtractText("Yukos sued the Russian government for $28.3bn in damages.\n");
  CHECK(Stances(z, "Yukos") == "opposes:the Russian government\n");
  // (a market quantity blamed, "high fuel prices", is a cause and no side: stance_quantity_test.cc)
  auto w = ExtractText("Daimler blamed the new steel tariff for a drop in sales.\n");
  CHECK(Stances(w, "Daimler") == "opposes:the new steel tariff\n");
  auto v = ExtractText("Parmalat accused Titan of illegally paying an agent.\n");
  CHECK(Stances(v, "Parmalat") == "opposes:Titan\n");
  // the one accused may be named with "of": "the director of the film" is one person
  auto u = ExtractText("Mel Gibson accused the director of the film.\n");
  CHECK(Stances(u, "Mel Gibson") == "opposes:the director of the film\n");
}

TEST_CASE("a time is no stance target, and a time phrase ends one", "[claims][stance]") {
  auto x = ExtractText("Carlos Moya said: \"I was a bit nervous at the outset.\"\n");
  CHECK(Stances(x, "Carlos Moya").empty());
  auto y = ExtractText("Tony Blair attacked the plan this week.\n");
  CHECK(Stances(y, "Tony Blair") == "opposes:the plan\n");
  auto z = ExtractText("Michael Howard said he opposed the bill in its progress through.\n");
  CHECK(Stances(z, "Michael Howard").find("through\n") == std::string::npos);
}

TEST_CASE("a participle inside a noun phrase and a passive take no side", "[claims][stance]") {
  auto x = ExtractText("Andrew Packard became a familiar supporting actor on TV and in film.\n");
  CHECK(Stances(x, "Andrew Packard").empty());
  auto y = ExtractText("Jayanti Buhecha was suspended and sued by his employers for fraud.\n");
  CHECK(Stances(y, "Jayanti Buhecha").empty());
  // a named agent after "by" takes the stance
  auto z = ExtractText("John Smith was criticised by Tony Blair.\n");
  CHECK(StanceTargets(z, "Tony Blair") == "opposes:John Smith\n");
}

TEST_CASE("a subordinate clause ends a stance target, and a title takes no side", "[claims][stance]") {
  auto x =
      ExtractText("John Taylor said the US could not support the IFF because of its legislative process.\n");
  CHECK(Stances(x, "John Taylor") == "opposes:the IFF\n");
  auto y = ExtractText("Elena Dementieva beat defending champion Venus Williams 6-3 6-2.\n");
  CHECK(Stances(y, "Elena Dementieva").empty());
  auto z = ExtractText("Robin Cook said: \"What could be more important than a fair choice?\"\n");
  CHECK(Stances(z, "Robin Cook").find("What") == std::string::npos);
  // a condition names no target
  auto w = ExtractText("Robin Cook said: \"This would be wrong even if Lord Goldsmith had signed it.\"\n");
  CHECK(Stances(w, "Robin Cook").find("Goldsmith") == std::string::npos);
}

TEST_CASE("a contest, a chart result, a verb of place and a clause are no stances", "[claims][stance]") {
  auto x = ExtractText(
      "Juan Carlos Ferrero said: \"I had to play against Joachim Johansson in the first round.\"\n");
  CHECK(Stances(x, "Juan Carlos Ferrero").empty());
  auto y = ExtractText("Meet The Fockers topped the US box office for a third week.\n");
  CHECK(y.relations.empty());
  auto z = ExtractText(
      "Tony Blair said: \"The best prospect of peaceful co-existence lies in the spread of democracy.\"\n");
  CHECK(Stances(z, "Tony Blair").empty());
  auto w = ExtractText("Martin Hellewell said he thought it was a great idea.\n");
  CHECK(Stances(w, "Martin Hellewell").empty());
  // an act against someone still opposes them
  auto v = ExtractText("Gordon Brown said: \"We will fight against poverty.\"\n");
  CHECK(Stances(v, "Gordon Brown").find("opposes:poverty\n") != std::string::npos);
}

TEST_CASE("an organization in apposition to the object is the one a stance is toward", "[claims][stance]") {
  auto x = ExtractText(
      "Morrisey also filed a lawsuit against the largest residential landlord, Metro Property "
      "Management, alleging that the company violated the law.\n");
  CHECK(StanceTargets(x, "Morrisey") == "opposes:Metro Property Management\n");
  // a name after the comma that opens a clause of its own is no apposition
  auto y = ExtractText("Gordon Brown attacked the plan, Microsoft said.\n");
  CHECK(StanceTargets(y, "Gordon Brown").empty());
}

TEST_CASE("the one who put out a document speaks through its participle", "[claims][stance]") {
  auto x = ExtractText(
      "Last week, the chain, Excellence Inc, filed a lawsuit in federal court, accusing the Education "
      "Department of trying to shut it down.\n");
  CHECK(StanceTargets(x, "Excellence Inc") == "opposes:Education Department\n");
  auto y = ExtractText("Andrew Stone filed a lawsuit accusing Karim Hutson of creating a separate firm.\n");
  REQUIRE(y.claims.size() == 1);
  CHECK(EntityName(y, y.claims[0].speaker) == "Andrew Stone");
  auto z = ExtractText("Smith read a statement saying the company had done nothing wrong.\n");
  REQUIRE(z.claims.size() == 1);
  CHECK(EntityName(z, z.claims[0].speaker) == "Smith");
}

TEST_CASE("a plural noun for people with a nationality or party speaks for the country or party",
          "[claims][stance]") {
  auto x = ExtractText("Russian prosecutors said the man would be charged.\n");
  REQUIRE(x.claims.size() == 1);
  CHECK(EntityName(x, x.claims[0].speaker) == "Russia");
  auto y = ExtractText("Republican strategists warned that the plan would fail.\n");
  REQUIRE(y.claims.size() == 1);
  CHECK(EntityName(y, y.claims[0].speaker) == "Republican Party");
}

TEST_CASE("a passive stance verb's unnamed subject is the thing it is toward", "[claims][stance]") {
  auto x = ExtractText("The plan has been strongly criticized by Senator John Smith.\n");
  CHECK(Stances(x, "John Smith") == "opposes:The plan\n");
}

TEST_CASE("a verdict on a light verb's object judges its named subject", "[claims][stance]") {
  CHECK(StanceTargets(ExtractText("Smith said that John Jones made false claims about the war.\n"),
                      "Smith") == "opposes:John Jones\n");
  CHECK(StanceTargets(ExtractText("Smith said John Jones had shown poor judgment.\n"), "Smith") ==
        "opposes:John Jones\n");
  // an unnamed subject leaves no target, and "did not" is an auxiliary, no light verb
  CHECK(Stances(ExtractText("Smith said the company has a poor record.\n"), "Smith").empty());
  auto z = ExtractText("Smith said Apple could not survive if it did not help sell iPods.\n");
  CHECK(Stances(z, "Smith").find("help") == std::string::npos);
}

TEST_CASE("an unnamed office holder of a country speaks for it, unless the office is past",
          "[claims][stance]") {
  auto x = ExtractText("The Turkish president lashed out at the US for not giving up the cleric.\n");
  REQUIRE(x.claims.size() == 1);
  CHECK(EntityName(x, x.claims[0].speaker) == "Turkey");
  CHECK(StanceTargets(x, "Turkey") == "opposes:United States\n");
  // a former office holder speaks for no one; a private person neither
  auto y =
      ExtractText("The former UN commissioner and Irish president told reporters the plan would fail.\n");
  for (const auto& c : y.claims) CHECK(EntityName(y, c.speaker) != "Ireland");
  auto z = ExtractText("A British tourist said the hotel had been dirty.\n");
  for (const auto& c : z.claims) CHECK(EntityName(z, c.speaker) != "United Kingdom");
}

TEST_CASE("'the company' speaks for the one organization named just before it", "[claims]") {
  auto x = ExtractText("Shares in Unilever fell on Monday. The company said profits would fall.\n");
  REQUIRE(x.claims.size() == 1);
  CHECK(EntityName(x, x.claims[0].speaker) == "Unilever");
  // two organizations named: no guess
  auto y = ExtractText("Unilever and Kraft both reported on Monday. The company said profits would fall.\n");
  for (const auto& c : y.claims) CHECK(c.speaker.empty());
  // a newspaper is rarely the organization named last
  auto z = ExtractText("The Unilever board met on Monday. The newspaper claimed the talks had failed.\n");
  for (const auto& c : z.claims) CHECK(EntityName(z, c.speaker) != "Unilever");
}

TEST_CASE("a stance noun after a receiving verb is toward the subject", "[claims][stance]") {
  CHECK(StanceTargets(ExtractText("Blair won the unanimous backing of Brown.\n"), "Brown") ==
        "supports:Blair\n");
  CHECK(StanceTargets(ExtractText("Blair has the endorsement of Brown.\n"), "Brown") == "supports:Blair\n");
  // lost support is none either way; an auxiliary is no receiving verb
  auto x = ExtractText("Blair lost the backing of Brown.\n");
  CHECK(StanceTargets(x, "Blair").empty());
  CHECK(StanceTargets(x, "Brown").empty());
  CHECK(StanceTargets(ExtractText("Wenger has reignited his feud with Alex Ferguson.\n"), "Wenger") ==
        "opposes:Alex Ferguson\n");
}

TEST_CASE("a named one said to fail or lie is opposed, whatever the cue", "[claims][stance]") {
  CHECK(StanceTargets(ExtractText("Gordon Brown alleged that Microsoft failed to protect its customers.\n"),
                      "Gordon Brown") == "opposes:Microsoft\n");
  CHECK(StanceTargets(ExtractText("Gordon Brown told reporters that Tony Blair lied to parliament.\n"),
                      "Gordon Brown") == "opposes:Tony Blair\n");
  // what one should do is a proposal, and a verb of good is no verdict on its doer
  CHECK(StanceTargets(ExtractText("Gordon Brown said Tony Blair should fire the minister.\n"), "Gordon Brown")
            .find("Tony Blair") == std::string::npos);
  CHECK(StanceTargets(ExtractText("Gordon Brown said Tony Blair is leading in the polls.\n"), "Gordon Brown")
            .empty());
}

TEST_CASE("a party's people named before a phrase of place take the stance", "[claims][stance]") {
  CHECK(StanceTargets(ExtractText("Some Democrats on the panel criticized Rick Perry for his plan.\n"),
                      "Democratic Party") == "opposes:Rick Perry\n");
  auto x = ExtractText("Republicans in Congress praised Barack Obama on Friday.\n");
  CHECK(StanceTargets(x, "Republican Party") == "supports:Barack Obama\n");
  CHECK(StanceTargets(x, "Congress").empty());
}

TEST_CASE("stance nouns: criticism against, frustration with, blame on, respect for", "[claims][stance]") {
  CHECK(StanceTargets(ExtractText("Donald Trump launched a second day of criticism against the Federal "
                                  "Reserve on Thursday.\n"),
                      "Donald Trump") == "opposes:Federal Reserve\n");
  CHECK(StanceTargets(ExtractText("Barack Obama also expressed frustration with Congress.\n"),
                      "Barack Obama") == "opposes:Congress\n");
  CHECK(StanceTargets(ExtractText("Hillary Clinton expressed her respect for Barack Obama.\n"),
                      "Hillary Clinton") == "supports:Barack Obama\n");
}

TEST_CASE("a stance noun negated or scant", "[claims][stance]") {
  // little respect is support withheld; a little respect is some
  CHECK(StanceTargets(ExtractText("Donald Trump showed little respect for John McCain.\n"), "Donald Trump") ==
        "opposes:John McCain\n");
  CHECK(StanceTargets(ExtractText("Donald Trump showed a little respect for John McCain.\n"),
                      "Donald Trump") == "supports:John McCain\n");
  // a criticism denied is no stance
  CHECK(StanceTargets(ExtractText("Gordon Brown was not critical of Tony Blair.\n"), "Gordon Brown").empty());
}

TEST_CASE("a month or a year between the subject and its verb", "[claims][stance]") {
  CHECK(StanceTargets(ExtractText("The Environmental Protection Agency in January accused Volkswagen of "
                                  "cheating.\n"),
                      "Environmental Protection Agency") == "opposes:Volkswagen\n");
  auto x = ExtractText("Gordon Brown in 2015 said the plan would fail.\n");
  REQUIRE(x.claims.size() == 1);
  CHECK(EntityName(x, x.claims[0].speaker) == "Gordon Brown");
}

TEST_CASE("an endorsement for one, and one from another", "[claims][stance]") {
  CHECK(StanceTargets(ExtractText("Harry Belafonte announced his endorsement for Bernie Sanders.\n"),
                      "Harry Belafonte") == "supports:Bernie Sanders\n");
  CHECK(StanceTargets(ExtractText("Ted Cruz won an endorsement from Mike Lee.\n"), "Mike Lee") ==
        "supports:Ted Cruz\n");
}

TEST_CASE("trust and distrust of a named one, and a disagreement", "[claims][stance]") {
  CHECK(StanceTargets(ExtractText("Henry Kissinger trusts John Kerry.\n"), "Henry Kissinger") ==
        "supports:John Kerry\n");
  CHECK(StanceTargets(ExtractText("Henry Kissinger distrusts John Kerry.\n"), "Henry Kissinger") ==
        "opposes:John Kerry\n");
  CHECK(StanceTargets(ExtractText("Henry Kissinger spoke critically of John Kerry.\n"), "Henry Kissinger") ==
        "opposes:John Kerry\n");
  // a compliment paid: the lone names beside the verb are people, and the one paid is supported
  CHECK(StanceTargets(ExtractText("Trump compliments Cruz in victory speech.\n"), "Trump") ==
        "supports:Cruz\n");
  CHECK(
      Stances(ExtractText("Susan Collins disagreed with the decision of Mitch McConnell.\n"), "Susan Collins")
          .rfind("opposes:", 0) == 0);
  // the noun takes no side: "the trust of"
  CHECK(Stances(ExtractText("Hari Kondabolu has lost the trust of Shaquille O'Neal.\n"), "Hari Kondabolu")
            .empty());
}

TEST_CASE("the agent of a passive named after words that describe them", "[claims][stance]") {
  CHECK(
      StanceTargets(ExtractText("Donald Trump was praised by former Senator Mary Landrieu for his visit.\n"),
                    "Mary Landrieu") == "supports:Donald Trump\n");
  CHECK(StanceTargets(ExtractText("Tony Blair was criticised by the former minister Clare Short.\n"),
                      "Clare Short") == "opposes:Tony Blair\n");
  // a function word ends the description: no one named is the agent
  CHECK(ExtractText("Tony Blair was criticised by many in Downing Street.\n").relations.empty());
}
