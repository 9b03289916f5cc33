#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "extract/stages.h"
#include "text/chars.h"
#include "text/segment.h"

using claimgraph::Article;
using claimgraph::Entity;
using claimgraph::EntityType;
using claimgraph::Extraction;

namespace {

Extraction Recognize(const std::string& text, const std::string& date = "", bool use_model = false) {
  Article a;
  a.text = text;
  a.date = date;
  auto seg = claimgraph::text::Segment(a.text, 0);
  Extraction x;
  x.article = a;
  claimgraph::extract::RecognizeEntities(a, seg, use_model, &x);
  return x;
}

bool HasName(const Entity& e, const std::string& n) {
  return e.name == n || std::find(e.aliases.begin(), e.aliases.end(), n) != e.aliases.end();
}

const Entity* Find(const Extraction& x, const std::string& name, EntityType type) {
  const Entity* found = nullptr;
  for (const auto& e : x.entities) {
    if (e.type == type && HasName(e, name)) {
      REQUIRE(found == nullptr);  // one entity per real thing
      found = &e;
    }
  }
  return found;
}

int Count(const Extraction& x, EntityType type) {
  return static_cast<int>(
      std::count_if(x.entities.begin(), x.entities.end(), [&](const Entity& e) { return e.type == type; }));
}

std::string MentionText(const Extraction& x, const Entity& e, size_t i) {
  return x.article.text.substr(e.mentions[i].start, e.mentions[i].end - e.mentions[i].start);
}

}  // namespace

TEST_CASE("countries by any of their names are one entity", "[entities]") {
  auto x = Recognize(
      "The United States sent aid. U.S. troops stayed home and America waited. Britain and the UK agreed.");
  const Entity* us = Find(x, "United States", EntityType::kCountry);
  REQUIRE(us != nullptr);
  CHECK(us->mentions.size() == 3);
  CHECK(MentionText(x, *us, 0) == "United States");  // without "The"
  const Entity* uk = Find(x, "Britain", EntityType::kCountry);
  REQUIRE(uk != nullptr);
  CHECK(uk->mentions.size() == 2);
  CHECK(Count(x, EntityType::kCountry) == 2);
}

TEST_CASE("a title before a name makes a person with that role, outside the mention", "[entities]") {
  auto x = Recognize(
      "Defense Secretary Pete Hegseth spoke. Secretary of State Marco Rubio and Rep. Adam Schiff listened. "
      "White House press secretary Josh Earnest agreed.");
  const Entity* h = Find(x, "Pete Hegseth", EntityType::kPerson);
  REQUIRE(h != nullptr);
  CHECK(h->roles == std::vector<std::string>{"Defense Secretary"});
  CHECK(MentionText(x, *h, 0) == "Pete Hegseth");
  const Entity* r = Find(x, "Marco Rubio", EntityType::kPerson);
  REQUIRE(r != nullptr);
  CHECK(r->roles == std::vector<std::string>{"Secretary of State"});
  const Entity* s = Find(x, "Adam Schiff", EntityType::kPerson);
  REQUIRE(s != nullptr);
  CHECK(s->roles == std::vector<std::string>{"Rep."});
  const Entity* j = Find(x, "Josh Earnest", EntityType::kPerson);
  REQUIRE(j != nullptr);
  CHECK(j->roles == std::vector<std::string>{"press secretary"});
  CHECK(Find(x, "White House", EntityType::kOrganization) != nullptr);
}

TEST_CASE("an occupation before a name is a role, not part of the name", "[entities]") {
  // seen on BBC entertainment-016 ("Novelist Arthur Hailey" spoke as one person)
  auto x = Recognize("Novelist Arthur Hailey has died. The band's singer Chris Martin agreed.");
  const Entity* h = Find(x, "Arthur Hailey", EntityType::kPerson);
  REQUIRE(h != nullptr);
  CHECK(h->roles == std::vector<std::string>{"Novelist"});
  CHECK(MentionText(x, *h, 0) == "Arthur Hailey");
  const Entity* t = Find(x, "Chris Martin", EntityType::kPerson);
  REQUIRE(t != nullptr);
  CHECK(t->roles == std::vector<std::string>{"singer"});
  // a word that opens a name of something else stays out of the list ("Producer Price Index")
  CHECK(Recognize("The Producer Price Index rose 0.3 percent.").entities.empty());
}

TEST_CASE("a name written with its title and the body named before it keeps both as aliases", "[entities]") {
  auto x = Recognize("FBI director James Comey spoke. Pentagon spokesman John Kirby agreed.");
  const Entity* c = Find(x, "James Comey", EntityType::kPerson);
  REQUIRE(c != nullptr);
  CHECK(c->aliases == std::vector<std::string>{"director James Comey", "FBI director James Comey"});
  const Entity* k = Find(x, "John Kirby", EntityType::kPerson);
  REQUIRE(k != nullptr);
  CHECK(k->aliases == std::vector<std::string>{"spokesman John Kirby", "Pentagon spokesman John Kirby"});
  CHECK(MentionText(x, *k, 0) == "John Kirby");
}

TEST_CASE("a name written with its title and the demonym before it keeps both as aliases", "[entities]") {
  auto x = Recognize(
      "Turkish President Tayyip Erdogan blames Fethullah Gulen. North Korean leader Kim Jong Un left.");
  const Entity* e = Find(x, "Tayyip Erdogan", EntityType::kPerson);
  REQUIRE(e != nullptr);
  CHECK(e->aliases ==
        std::vector<std::string>{"President Tayyip Erdogan", "Turkish President Tayyip Erdogan"});
  const Entity* k = Find(x, "Kim Jong Un", EntityType::kPerson);
  REQUIRE(k != nullptr);
  CHECK(k->aliases == std::vector<std::string>{"leader Kim Jong Un", "North Korean leader Kim Jong Un"});
}

TEST_CASE("a demonym before a title links the person to the country when it is named", "[entities]") {
  auto x = Recognize(
      "Ukrainian President Volodymyr Zelensky met troops in Ukraine. British Prime Minister Theresa May "
      "left.");
  const Entity* z = Find(x, "Volodymyr Zelensky", EntityType::kPerson);
  const Entity* ua = Find(x, "Ukraine", EntityType::kCountry);
  REQUIRE(z != nullptr);
  REQUIRE(ua != nullptr);
  CHECK(z->country == ua->id);
  CHECK(z->roles == std::vector<std::string>{"President"});
  const Entity* may = Find(x, "Theresa May", EntityType::kPerson);
  REQUIRE(may != nullptr);
  CHECK(may->country.empty());  // Britain is not named: demonyms are not entities
  CHECK(Find(x, "Britain", EntityType::kCountry) == nullptr);
}

TEST_CASE("surnames and near-identical spellings resolve to one person", "[entities]") {
  auto x = Recognize(
      "President Volodymyr Zelenskyy spoke. Zelensky said no. Pete Hegseth arrived. Hegseth's plan failed. "
      "Later President Putin called.");
  const Entity* z = Find(x, "Volodymyr Zelenskyy", EntityType::kPerson);
  REQUIRE(z != nullptr);
  CHECK(HasName(*z, "Zelensky"));
  const Entity* h = Find(x, "Pete Hegseth", EntityType::kPerson);
  REQUIRE(h != nullptr);
  REQUIRE(h->mentions.size() == 2);
  CHECK(MentionText(x, *h, 1) == "Hegseth");  // without 's
  const Entity* p = Find(x, "Putin", EntityType::kPerson);
  REQUIRE(p != nullptr);
  CHECK(p->roles == std::vector<std::string>{"President"});
  CHECK(Count(x, EntityType::kPerson) == 3);
}

TEST_CASE("two people sharing a surname stay apart and a bare surname goes to the most recent",
          "[entities]") {
  auto x = Recognize("Bill Clinton spoke first. Hillary Clinton spoke next. Clinton said it was late.");
  const Entity* bill = Find(x, "Bill Clinton", EntityType::kPerson);
  const Entity* hill = Find(x, "Hillary Clinton", EntityType::kPerson);
  REQUIRE(bill != nullptr);
  REQUIRE(hill != nullptr);
  CHECK(bill != hill);
  CHECK(hill->mentions.size() == 2);
  CHECK(bill->mentions.size() == 1);
}

TEST_CASE("a lone capitalized word is a person only when it names one already seen", "[entities]") {
  auto x = Recognize("Despite the Delegation, Patriot missiles flew. Obviously nobody knew.");
  CHECK(Count(x, EntityType::kPerson) == 0);
  CHECK(Count(x, EntityType::kOrganization) == 0);
}

TEST_CASE("organization names by head word, acronyms join their full name", "[entities]") {
  auto x = Recognize(
      "Before a Ukraine Defense Contact Group meeting, the House Intelligence Committee met. "
      "The Intelligence Committee and the Democratic Governors Association spoke; the DGA said yes.");
  CHECK(Find(x, "Ukraine Defense Contact Group", EntityType::kOrganization) != nullptr);
  const Entity* hic = Find(x, "House Intelligence Committee", EntityType::kOrganization);
  REQUIRE(hic != nullptr);
  CHECK(hic->mentions.size() == 2);
  const Entity* dga = Find(x, "Democratic Governors Association", EntityType::kOrganization);
  REQUIRE(dga != nullptr);
  CHECK(HasName(*dga, "DGA"));
}

TEST_CASE("a bare 'the Treasury' is no country's in particular; 'the US Treasury' is Washington's",
          "[entities]") {
  // seen on BBC business: the UK's Treasury came out as the US Treasury Department
  auto x = Recognize("The Treasury said its plans were on track. Chancellor Gordon Brown agreed.");
  CHECK(Find(x, "Treasury", EntityType::kOrganization) != nullptr);
  CHECK(Find(x, "Treasury Department", EntityType::kOrganization) == nullptr);
  auto y = Recognize("The US Treasury said the dollar was strong.");
  CHECK(Find(y, "Treasury Department", EntityType::kOrganization) != nullptr);
}

TEST_CASE("an acronym of a phrase that is not an organization is not one", "[entities]") {
  auto x = Recognize("He criticized the Affordable Care Act. The ACA is law.");
  CHECK(Count(x, EntityType::kOrganization) == 0);
}

TEST_CASE("places: gazetteer names, 'City, State' and 'in X'", "[entities]") {
  auto x = Recognize("FLINT, Mich. - He spoke in Flint, then in Kherbet Adas and in Brussels, Belgium.");
  const Entity* flint = Find(x, "FLINT", EntityType::kPlace);
  REQUIRE(flint != nullptr);
  CHECK(Find(x, "Michigan", EntityType::kPlace) != nullptr);
  CHECK(Find(x, "Kherbet Adas", EntityType::kPlace) != nullptr);
  CHECK(Find(x, "Brussels", EntityType::kPlace) != nullptr);
  CHECK(Find(x, "Belgium", EntityType::kCountry) != nullptr);
}

TEST_CASE("bylines and photo credits yield people and organizations", "[entities]") {
  auto x = Recognize("Photo by Chip Somodevilla/Getty Images)\n\nOAN Staff Blake Wolf\n");
  CHECK(Find(x, "Chip Somodevilla", EntityType::kPerson) != nullptr);
  CHECK(Find(x, "Getty Images", EntityType::kOrganization) != nullptr);
  CHECK(Find(x, "Blake Wolf", EntityType::kPerson) != nullptr);
  CHECK(Find(x, "OAN", EntityType::kOrganization) != nullptr);
}

TEST_CASE("a person's name before a head in -s that opens a clause is its subject, no event", "[entities]") {
  // BBC headlines: "Clare Short attacks US over tsunami aid", "Butler strikes gold in Spain"
  auto x = Recognize("Clare Short attacks US over tsunami aid. Tony Blair talks to Megyn Kelly.", "", true);
  CHECK(Find(x, "Clare Short", EntityType::kPerson) != nullptr);
  CHECK(Find(x, "Clare Short attacks", EntityType::kEvent) == nullptr);
  CHECK(Find(x, "Tony Blair talks", EntityType::kEvent) == nullptr);
  // the noun: "the prospect of Garland hearings", "the Trump address"
  auto y = Recognize("Merrick Garland was named. He spoke of the prospect of Garland hearings in September.",
                     "", true);
  CHECK(Find(y, "Garland hearings", EntityType::kEvent) != nullptr);
}

TEST_CASE("events are named by their phrase, with place and weekday from the article date", "[entities]") {
  auto x = Recognize(
      "Amid peace talks, Trump said the meeting that is being set up on Friday in Munich will help. "
      "He ran a 2024 presidential campaign.",
      "2025-02-12");
  const Entity* talks = Find(x, "peace talks", EntityType::kEvent);
  REQUIRE(talks != nullptr);
  const Entity* meeting = Find(x, "Munich meeting", EntityType::kEvent);
  REQUIRE(meeting != nullptr);
  CHECK(meeting->place == "Munich");
  CHECK(meeting->date == "2025-02-14");
  CHECK(Find(x, "2024 presidential campaign", EntityType::kEvent) != nullptr);
}

TEST_CASE("an event's weekday lies ahead only in a sentence that says so", "[entities]") {
  auto x =
      Recognize("The meeting on Friday ended early. Peace talks on Friday will decide it.", "2025-02-12");
  const Entity* meeting = Find(x, "meeting", EntityType::kEvent);
  REQUIRE(meeting != nullptr);
  CHECK(meeting->date == "2025-02-07");
  const Entity* talks = Find(x, "Peace talks", EntityType::kEvent);
  REQUIRE(talks != nullptr);
  CHECK(talks->date == "2025-02-14");
}

TEST_CASE("all-caps headlines match gazetteer names only", "[entities]") {
  auto x = Recognize("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .\n");
  CHECK(Find(x, "Japan", EntityType::kCountry) != nullptr);
  CHECK(Find(x, "China", EntityType::kCountry) != nullptr);
  CHECK(Count(x, EntityType::kPerson) == 0);
  CHECK(Count(x, EntityType::kOrganization) == 0);
}

TEST_CASE("a place before a score in a results line is a team", "[entities]") {
  auto x = Recognize("Chicago 75 61 .551 -\nBoston 70 66 .515 5\n");
  CHECK(Find(x, "Chicago", EntityType::kOrganization) != nullptr);
  CHECK(Find(x, "Chicago", EntityType::kPlace) == nullptr);
}

TEST_CASE("entity ids follow first mention and mentions are sorted", "[entities]") {
  auto x = Recognize("Russia and Ukraine talked. Russia agreed, said Vladimir Putin.");
  REQUIRE(x.entities.size() >= 3);
  CHECK(x.entities[0].id == "e1");
  CHECK(x.entities[0].name == "Russia");
  for (const auto& e : x.entities) {
    for (size_t i = 1; i < e.mentions.size(); ++i) CHECK(e.mentions[i - 1].start < e.mentions[i].start);
  }
}

TEST_CASE("roles stated after the name: appositives and 'as'", "[entities]") {
  auto x = Recognize(
      "Rep. Adam Schiff, the top Democrat on the committee, spoke. It followed the departure of Bill Bratton "
      "as "
      "commissioner. Debbie Wasserman Schultz stepped down as the party's national chair.");
  const Entity* s = Find(x, "Adam Schiff", EntityType::kPerson);
  REQUIRE(s != nullptr);
  CHECK(s->roles == std::vector<std::string>{"Rep.", "top Democrat"});
  const Entity* b = Find(x, "Bill Bratton", EntityType::kPerson);
  REQUIRE(b != nullptr);
  CHECK(b->roles == std::vector<std::string>{"commissioner"});
  const Entity* w = Find(x, "Debbie Wasserman Schultz", EntityType::kPerson);
  REQUIRE(w != nullptr);
  CHECK(w->roles == std::vector<std::string>{"national chair"});
}

TEST_CASE("title-case headlines: common words end names", "[entities]") {
  auto x = Recognize("Hillary Clinton Was Headed to the Hospital But Diverted\n\nShe left.\n");
  CHECK(Find(x, "Hillary Clinton", EntityType::kPerson) != nullptr);
  CHECK(Count(x, EntityType::kPerson) == 1);
}

TEST_CASE("'in X' is a place unless X names a person already seen", "[entities]") {
  auto x = Recognize(
      "Alicia Machado spoke. Nobody had a role in Machado's citizenship. Rallies were held in Novi.");
  const Entity* m = Find(x, "Alicia Machado", EntityType::kPerson);
  REQUIRE(m != nullptr);
  CHECK(m->mentions.size() == 2);
  CHECK(Find(x, "Novi", EntityType::kPlace) != nullptr);
  CHECK(Find(x, "Machado", EntityType::kPlace) == nullptr);
}

TEST_CASE("a courtesy before a bare title is no name", "[entities]") {
  auto x = Recognize("\"Mr. President, will you pledge?\" he asked.");
  CHECK(Count(x, EntityType::kPerson) == 0);
}

TEST_CASE("a lone name before a verb of saying is a person", "[entities]") {
  auto x = Recognize("Taxes are too high, Dole said on Monday.");
  CHECK(Find(x, "Dole", EntityType::kPerson) != nullptr);
}

TEST_CASE("a lone name beside a one-word stance verb is a person", "[entities]") {
  // the object of "attacked" / "praised", and the subject of "criticized"
  auto x = Recognize("Rubio also attacked Trump for his position. Nehlen praised Haley on Friday.", "", true);
  CHECK(Find(x, "Trump", EntityType::kPerson) != nullptr);
  CHECK(Find(x, "Haley", EntityType::kPerson) != nullptr);
  CHECK(Find(x, "Nehlen", EntityType::kPerson) != nullptr);
  // no stance verb beside it: a lone unknown word stays unconfirmed
  auto y = Recognize("The talks went on as Kowalczyk arrived.", "", true);
  CHECK(Find(y, "Kowalczyk", EntityType::kPerson) == nullptr);
}

TEST_CASE("a lone name is a person behind auxiliaries, after a stance phrase, or before his pronoun",
          "[entities]") {
  // the verb of saying or stance behind "has" and an adverb
  auto x = Recognize("Cruz has repeatedly attacked the plan.", "", true);
  CHECK(Find(x, "Cruz", EntityType::kPerson) != nullptr);
  // after a stance phrase of more than one word
  auto y = Recognize("The minister has been highly critical of Cruz.", "", true);
  CHECK(Find(y, "Cruz", EntityType::kPerson) != nullptr);
  // "he" later in the sentence needs someone to stand for
  auto z = Recognize("Cruz lost support after his speech, during which he refused to apologize.", "", true);
  CHECK(Find(z, "Cruz", EntityType::kPerson) != nullptr);
  // none of these: a lone unknown word stays unconfirmed
  auto w = Recognize("The talks went on as Cruz arrived late.", "", true);
  CHECK(Find(w, "Cruz", EntityType::kPerson) == nullptr);
}

TEST_CASE(
    "a lone name that holds a side stated after it, or closes a clause after a verb of saying, is a person",
    "[entities]") {
  // the model alone calls these places; what the sentence says of them makes them people
  auto x = Recognize("Streisand has been a vocal supporter of the campaign.", "", true);
  CHECK(Find(x, "Streisand", EntityType::kPerson) != nullptr);
  auto y = Recognize("Harth, a fierce critic of the plan, stayed away.", "", true);
  CHECK(Find(y, "Harth", EntityType::kPerson) != nullptr);
  auto z = Recognize("The diligence of the police is very reassuring, said Bernstein.", "", true);
  CHECK(Find(z, "Bernstein", EntityType::kPerson) != nullptr);
  // a side stated right at the name has no holder there: a place stays one
  auto w = Recognize("The vote in Westminster in favour of the plan was close.", "", true);
  CHECK(Find(w, "Westminster", EntityType::kPerson) == nullptr);
}

TEST_CASE("a lone name that owns what someone says or plans is a person", "[entities]") {
  auto x = Recognize("Gingrich's proposal is similar to one I made in 2008.", "", true);
  CHECK(Find(x, "Gingrich", EntityType::kPerson) != nullptr);
  auto y = Recognize(
      "Mursi's blunt remarks on the war suggested there would be no early restoration of ties.", "", true);
  CHECK(Find(y, "Mursi", EntityType::kPerson) != nullptr);
  // what he owns is no claim or plan: a lone unknown word stays unconfirmed
  auto z = Recognize("Gingrich's house is similar to one I built in 2008.", "", true);
  CHECK(Find(z, "Gingrich", EntityType::kPerson) == nullptr);
}

TEST_CASE("street addresses with ordinals are places", "[entities]") {
  auto x = Recognize("The blast went off in front of 131 West 23rd Street on Saturday.");
  CHECK(Find(x, "West 23rd Street", EntityType::kPlace) != nullptr);
}

TEST_CASE("honorifics mark people and a title before an event word is no person", "[entities]") {
  auto x = Recognize(
      "Sir Digby Jones spoke before the General Election. But the Scottish National Party disagreed.");
  const Entity* d = Find(x, "Digby Jones", EntityType::kPerson);
  REQUIRE(d != nullptr);
  CHECK(d->roles.empty());
  CHECK(Count(x, EntityType::kPerson) == 1);
  const Entity* snp = Find(x, "Scottish National Party", EntityType::kOrganization);
  REQUIRE(snp != nullptr);
  CHECK(MentionText(x, *snp, 0) == "Scottish National Party");
}

TEST_CASE("a place between a party label and a title is a place, not a name", "[entities]") {
  auto x = Recognize("Kaine faces off against Republican Indiana Gov. Mike Pence in a debate.");
  const Entity* p = Find(x, "Mike Pence", EntityType::kPerson);
  REQUIRE(p != nullptr);
  CHECK(p->roles == std::vector<std::string>{"Gov."});
  CHECK(Find(x, "Indiana", EntityType::kPlace) != nullptr);
  CHECK(Find(x, "Indiana", EntityType::kPerson) == nullptr);
}

TEST_CASE("a headline word before a known person's name is dropped", "[entities]") {
  auto x = Recognize("Crooked Trump speaks\n\nDonald Trump spoke on Monday.\n");
  const Entity* t = Find(x, "Donald Trump", EntityType::kPerson);
  REQUIRE(t != nullptr);
  CHECK(t->mentions.size() == 2);
  CHECK(Count(x, EntityType::kPerson) == 1);
}

TEST_CASE("a region's demonym names the region, a country's names nothing", "[entities]") {
  auto x = Recognize("Capable European and Ukrainian troops arrived.");
  const Entity* eu = Find(x, "Europe", EntityType::kPlace);
  REQUIRE(eu != nullptr);
  CHECK(MentionText(x, *eu, 0) == "European");
  CHECK(Count(x, EntityType::kCountry) == 0);
}

// Regression: a two-word title-case chunk ending in an organization head made
// the recognizer index before the chunk (unsigned j - 3) and crash.
TEST_CASE("a short title-case chunk ending in a head word does not crash the recognizer", "[entities]") {
  Extraction x = Recognize(
      "Tea Party leader expels racist Mark Williams But Senate Minority Leader Mitch McConnell "
      "won't denounce him.\n");
  const Entity* mcconnell = Find(x, "Mitch McConnell", EntityType::kPerson);
  REQUIRE(mcconnell != nullptr);
  for (const auto& m : mcconnell->mentions) CHECK(m.end <= x.article.text.size());
}

TEST_CASE("a place that is also a given name, before a surname, starts a person's name", "[entities]") {
  auto x = Recognize(
      "\"Mexico has been good at this,\" said Chad Bown, an expert. Georgia Smith agreed with him. "
      "Later Chad and Jordan signed a deal, and the Dallas Cowboys won.");
  CHECK(Find(x, "Chad Bown", EntityType::kPerson) != nullptr);
  CHECK(Find(x, "Georgia Smith", EntityType::kPerson) != nullptr);
  const Entity* chad = Find(x, "Chad", EntityType::kCountry);
  REQUIRE(chad != nullptr);
  REQUIRE(chad->mentions.size() == 1);  // "Chad and Jordan", not "Chad Bown"
  CHECK(x.article.text.compare(chad->mentions[0].start, 9, "Chad and ") == 0);
  CHECK(Find(x, "Jordan", EntityType::kCountry) != nullptr);
  CHECK(Find(x, "Dallas Cowboys", EntityType::kPerson) == nullptr);  // a team: a plural is no surname
}

TEST_CASE("Del. before a name is the title Delegate, not Delaware and party labels name no place",
          "[entities]") {
  auto x = Recognize(
      "Del. Stacey Plaskett spoke to Sen. Tim Kaine (D., Va.) and Sen. Chuck Schumer (D-N.Y.). "
      "Sen. Rand Paul, R-Ky., listened.");
  const Entity* p = Find(x, "Stacey Plaskett", EntityType::kPerson);
  REQUIRE(p != nullptr);
  CHECK(p->roles == std::vector<std::string>{"Del."});
  CHECK(Find(x, "Tim Kaine", EntityType::kPerson) != nullptr);
  CHECK(Find(x, "Chuck Schumer", EntityType::kPerson) != nullptr);
  CHECK(Find(x, "Rand Paul", EntityType::kPerson) != nullptr);
  CHECK(Count(x, EntityType::kPerson) == 4);
  CHECK(Count(x, EntityType::kPlace) == 0);
  CHECK(Count(x, EntityType::kOrganization) == 0);
  // As a state after a town, Del. is still Delaware.
  auto y = Recognize("The plant in Dover, Del., closed.");
  CHECK(Find(y, "Delaware", EntityType::kPlace) != nullptr);
}

TEST_CASE("a name owned by a news outlet is a person, apart from the outlet", "[entities]") {
  // With the model on: alone it would call the unknown name a place.
  auto x = Recognize(
      "A debate on the show\n\n\"CNN\u2019s Norla Vexmayer called that view "
      "\u201cpolitical Stockholm Syndrome\u201d on the air.\n",
      "", /*use_model=*/true);
  CHECK(Find(x, "CNN", EntityType::kOrganization) != nullptr);
  const Entity* p = Find(x, "Norla Vexmayer", EntityType::kPerson);
  REQUIRE(p != nullptr);
  CHECK(MentionText(x, *p, 0) == "Norla Vexmayer");
  CHECK(Find(x, "Norla Vexmayer", EntityType::kPlace) == nullptr);
}

TEST_CASE("business words end company names and 'and' between two names splits them", "[entities]") {
  auto x = Recognize(
      "The course went to the firm Billy Casper Golf in May. The show came from Warner Bros. Theater "
      "Ventures "
      "and Langley Park Productions, and it aired on Fox News and MSNBC.");
  CHECK(Find(x, "Billy Casper Golf", EntityType::kOrganization) != nullptr);
  CHECK(Find(x, "Billy Casper Golf", EntityType::kPerson) == nullptr);
  CHECK(Find(x, "Warner Bros. Theater Ventures", EntityType::kOrganization) != nullptr);
  CHECK(Find(x, "Langley Park Productions", EntityType::kOrganization) != nullptr);
  CHECK(Find(x, "Fox News", EntityType::kOrganization) != nullptr);
  CHECK(Find(x, "MSNBC", EntityType::kOrganization) != nullptr);
  CHECK(Count(x, EntityType::kOrganization) == 5);
  auto y = Recognize("He flew between Albany and New York City with Henry Siegel of Kansas City.");
  CHECK(Find(y, "Albany", EntityType::kPlace) != nullptr);
  CHECK(Find(y, "New York", EntityType::kPlace) != nullptr);
  CHECK(Find(y, "Henry Siegel", EntityType::kPerson) != nullptr);
  CHECK(Find(y, "Kansas City", EntityType::kPlace) != nullptr);
  CHECK(Count(y, EntityType::kPlace) == 3);
}

TEST_CASE("all-caps transcript labels name the person the article names", "[entities]") {
  auto x = Recognize(
      "Mike Pence and Chris Wallace met on Tuesday.\n\nPENCE: Thank you for the question.\n\n"
      "WALLACE: Your answer, please.\n\nKATE BOULDUAN: One more.\n\nUPDATE: This story was changed.\n");
  const Entity* p = Find(x, "Mike Pence", EntityType::kPerson);
  REQUIRE(p != nullptr);
  CHECK(HasName(*p, "PENCE"));
  CHECK(p->mentions.size() == 2);
  const Entity* w = Find(x, "Chris Wallace", EntityType::kPerson);
  REQUIRE(w != nullptr);
  CHECK(HasName(*w, "WALLACE"));
  CHECK(Find(x, "KATE BOULDUAN", EntityType::kPerson) != nullptr);
  CHECK(Count(x, EntityType::kPerson) == 3);
  CHECK(Count(x, EntityType::kOrganization) == 0);  // "PENCE" is no acronym, "UPDATE" no name
}

TEST_CASE("a name suffix or a lone initial names nothing by itself", "[entities]") {
  auto x = Recognize("The editor William F. Buckley, Jr. was his uncle.", "", /*use_model=*/true);
  CHECK(Find(x, "William F. Buckley", EntityType::kPerson) != nullptr);
  CHECK(Count(x, EntityType::kPlace) == 0);
  CHECK(Count(x, EntityType::kPerson) == 1);
}

TEST_CASE("a name ending in Jr, with or without its period, is known by its surname", "[entities]") {
  // The surname is the word before the suffix: "Mr Evans" and the headline's "Connick Jr"
  // are the same people, and "Jr" alone is nobody.
  auto x = Recognize(
      "Connick Jr to lead Broadway show\n\nSinger Harry Connick Jr is to star in a revival. Charles Evans Jr "
      "won a credit. Mr Evans sued, and Connick said he was thrilled.\n",
      "", /*use_model=*/true);
  const Entity* c = Find(x, "Harry Connick Jr", EntityType::kPerson);
  REQUIRE(c != nullptr);
  CHECK(c->mentions.size() == 3);
  CHECK(MentionText(x, *c, 0) == "Connick Jr");
  const Entity* e = Find(x, "Charles Evans Jr", EntityType::kPerson);
  REQUIRE(e != nullptr);
  CHECK(HasName(*e, "Evans"));
  CHECK(Find(x, "Jr", EntityType::kPerson) == nullptr);
  CHECK(Count(x, EntityType::kPerson) == 2);
}

TEST_CASE("father and son by the same name are two people", "[entities]") {
  auto x = Recognize(
      "Douglas Fairbanks Jr said the film was a triumph.\n\nHis father, Douglas Fairbanks Sr, said the "
      "studio "
      "had failed.\n",
      "", /*use_model=*/true);
  const Entity* son = Find(x, "Douglas Fairbanks Jr", EntityType::kPerson);
  const Entity* father = Find(x, "Douglas Fairbanks Sr", EntityType::kPerson);
  REQUIRE(son != nullptr);
  REQUIRE(father != nullptr);
  CHECK(son != father);
  CHECK_FALSE(HasName(*son, "Douglas Fairbanks Sr"));
}

TEST_CASE("a headline name carrying headline words is cut to the name the article uses", "[entities]") {
  auto x = Recognize(
      "Mike Pence Calls for a Special Prosecutor\n\nIndiana Gov. Mike Pence on Tuesday asked for an "
      "inquiry.\n");
  const Entity* p = Find(x, "Mike Pence", EntityType::kPerson);
  REQUIRE(p != nullptr);
  CHECK(p->mentions.size() == 2);
  CHECK(MentionText(x, *p, 0) == "Mike Pence");
  CHECK(Count(x, EntityType::kPerson) == 1);
  // A role next to the cut words stays with them.
  auto y = Recognize(
      "Big-Name Senator Endorsed Trump Today\n\nDonald Trump won the backing of a senator on Friday.\n");
  const Entity* t = Find(y, "Donald Trump", EntityType::kPerson);
  REQUIRE(t != nullptr);
  CHECK(t->mentions.size() == 2);
  CHECK(t->roles.empty());
  CHECK(Count(y, EntityType::kPerson) == 1);
}

TEST_CASE("a surname that is also a common word names the person at a sentence start", "[entities]") {
  auto x = Recognize(
      "Officials met on Monday.\n\nIndiana Gov. Mike Pence asked for an inquiry. Pence said it was "
      "needed.\n");
  const Entity* p = Find(x, "Mike Pence", EntityType::kPerson);
  REQUIRE(p != nullptr);
  CHECK(p->mentions.size() == 2);
  CHECK(MentionText(x, *p, 1) == "Pence");
}

TEST_CASE("a lone surname shared by several people is the one introduced first, past their paragraph",
          "[entities]") {
  auto x = Recognize(
      "A rally in Iowa\n\nHillary Clinton spoke in Iowa on Monday.\n\n"
      "Her husband, Bill Clinton, and her daughter, Chelsea Clinton, joined her on stage.\n\n"
      "Clinton said the race was close.\n");
  const Entity* h = Find(x, "Hillary Clinton", EntityType::kPerson);
  REQUIRE(h != nullptr);
  REQUIRE(h->mentions.size() == 2);
  CHECK(MentionText(x, *h, 1) == "Clinton");
  // Inside the paragraph that names the later one, the surname is still that person.
  auto y = Recognize(
      "A rally in Iowa\n\nHillary Clinton spoke in Iowa on Monday.\n\n"
      "Her daughter, Chelsea Clinton, spoke next. Clinton said she was proud.\n");
  const Entity* c = Find(y, "Chelsea Clinton", EntityType::kPerson);
  REQUIRE(c != nullptr);
  CHECK(c->mentions.size() == 2);
}

TEST_CASE("a lone word that opens an organization named in the article is that organization", "[entities]") {
  auto x = Recognize(
      "Donald Trump spoke to Fox News on Monday. But Fox did not replay the speech, and the State "
      "Department said nothing.");
  const Entity* fox = Find(x, "Fox News", EntityType::kOrganization);
  REQUIRE(fox != nullptr);
  CHECK(fox->mentions.size() == 2);
  CHECK(Find(x, "Fox", EntityType::kPerson) == nullptr);
  CHECK(Count(x, EntityType::kPerson) == 1);
}

TEST_CASE("a title word alone names nobody and a longer organization name wins over a title", "[entities]") {
  auto x = Recognize(
      "Republican National Committee Chairman Reince Priebus spoke. Republican Presidential candidate Ted "
      "Cruz "
      "agreed. He asked the Attorney General and the FBI.");
  CHECK(Find(x, "Republican National Committee", EntityType::kOrganization) != nullptr);
  const Entity* p = Find(x, "Reince Priebus", EntityType::kPerson);
  REQUIRE(p != nullptr);
  CHECK(p->roles == std::vector<std::string>{"Chairman"});
  CHECK(Find(x, "Ted Cruz", EntityType::kPerson) != nullptr);
  CHECK(Count(x, EntityType::kPerson) == 2);  // no "National", "Presidential" or "General"
}

TEST_CASE("the model's person names hold no function words and an outlet ending in s owns names too",
          "[entities]") {
  auto x = Recognize(
      "A poll of the race\n\nThe numbers came in on Monday.\n\n"
      "SANDERS HAS ADVANTAGE - Bernie Sanders leads among young voters, a new poll found.\n",
      "", /*use_model=*/true);
  CHECK(Find(x, "Bernie Sanders", EntityType::kPerson) != nullptr);
  CHECK(Count(x, EntityType::kPerson) == 1);
  auto y = Recognize(
      "A debate on the show\n\n\"Reuters\u2019 Norla Vexmayer called that view "
      "\u201cpolitical Stockholm Syndrome\u201d on the air.\n",
      "", /*use_model=*/true);
  CHECK(Find(y, "Norla Vexmayer", EntityType::kPerson) != nullptr);
}

TEST_CASE("a transcript label may open with a title, even one the segmenter cut off", "[entities]") {
  auto x = Recognize(
      "Debate night\n\nMike Pence and Tim Kaine met on Tuesday.\n\nGOV. PENCE: Thank you.\n\n"
      "SENATOR KAINE: I disagree.\n");
  const Entity* p = Find(x, "Mike Pence", EntityType::kPerson);
  REQUIRE(p != nullptr);
  CHECK(HasName(*p, "PENCE"));
  const Entity* k = Find(x, "Tim Kaine", EntityType::kPerson);
  REQUIRE(k != nullptr);
  CHECK(HasName(*k, "KAINE"));
  CHECK(Count(x, EntityType::kPerson) == 2);
  CHECK(Count(x, EntityType::kOrganization) == 0);  // no "GOV", "SEN" or "KAINE" acronyms
}

TEST_CASE("a transcript label used in several turns is a person even without a full name", "[entities]") {
  auto x = Recognize(
      "Sunday interview\n\nMike Pence sat down for an interview.\n\nWALLACE: Let us start.\n\n"
      "PENCE: Thank you.\n\nWALLACE: One more question.\n\nUPDATE: This story was changed.\n\n"
      "UPDATE: It was changed again.\n");
  const Entity* w = Find(x, "WALLACE", EntityType::kPerson);
  REQUIRE(w != nullptr);
  CHECK(w->mentions.size() == 2);
  CHECK(Count(x, EntityType::kPerson) == 2);  // Pence and Wallace; "UPDATE" is a common word
}

TEST_CASE("Mr. and Mrs. before a shared surname pick the bearer by the given name's gender", "[entities]") {
  auto x = Recognize(
      "A rally in Iowa\n\nHillary Clinton spoke in Iowa on Monday.\n\nHer husband, Bill Clinton, joined her "
      "on stage.\n\n"
      "Mrs. Clinton said the race was close. Mr. Clinton agreed.\n");
  const Entity* h = Find(x, "Hillary Clinton", EntityType::kPerson);
  const Entity* b = Find(x, "Bill Clinton", EntityType::kPerson);
  REQUIRE(h != nullptr);
  REQUIRE(b != nullptr);
  REQUIRE(h->mentions.size() == 2);
  REQUIRE(b->mentions.size() == 2);
  CHECK(h->mentions[1].start < b->mentions[1].start);  // "Mrs. Clinton" comes before "Mr. Clinton"
}

TEST_CASE("a courtesy title of the other gender names another person of that surname", "[entities]") {
  // seen on BBC politics-011: Michael Howard's wife, "Mrs Howard", was read as him
  auto x = Recognize(
      "Mrs Howard gets key role\n\nMichael Howard's wife, Sandra, is to play a leading role in the "
      "campaign. Mrs Howard will make solo visits. Mr Howard will host a news conference.\n");
  const Entity* m = Find(x, "Michael Howard", EntityType::kPerson);
  REQUIRE(m != nullptr);
  CHECK(HasName(*m, "Mr Howard"));
  CHECK_FALSE(HasName(*m, "Mrs Howard"));
  const Entity* w = Find(x, "Mrs Howard", EntityType::kPerson);
  REQUIRE(w != nullptr);
  CHECK(w->mentions.size() == 2);
}

TEST_CASE("a name right after a person's title stays a person whatever the model says", "[entities]") {
  // seen on BBC politics-011, -260, -374: "Liam Fox" typed an organization after "London HQ"
  auto x = Recognize(
      "Mr Howard will host a news conference at the party's London HQ every morning, Tory co-chairman "
      "Liam Fox said.\n");
  const Entity* f = Find(x, "Liam Fox", EntityType::kPerson);
  REQUIRE(f != nullptr);
  CHECK(Find(x, "Liam Fox", EntityType::kOrganization) == nullptr);
}

TEST_CASE("pollsters are organizations and a sentence opener before an organization is not part of it",
          "[entities]") {
  auto x = Recognize(
      "Officials met on Monday.\n\nIn Congress, the bill stalled. A Quinnipiac University poll found "
      "support, "
      "and RealClearPolitics and Morning Consult agreed. The University of Texas disagreed.");
  CHECK(Find(x, "Congress", EntityType::kOrganization) != nullptr);
  const Entity* q = Find(x, "Quinnipiac University", EntityType::kOrganization);
  REQUIRE(q != nullptr);
  CHECK(MentionText(x, *q, 0) == "Quinnipiac University");
  CHECK(Find(x, "RealClearPolitics", EntityType::kOrganization) != nullptr);
  CHECK(Find(x, "Morning Consult", EntityType::kOrganization) != nullptr);
  CHECK(Find(x, "University of Texas", EntityType::kOrganization) != nullptr);
  CHECK(Count(x, EntityType::kPerson) == 0);
}

TEST_CASE("a given name and a surname that is a head word is a person: Vincent Cable, not a cable company",
          "[entities]") {
  auto x = Recognize("Vincent Cable said the plan was ducking tough choices.\n");
  CHECK(Find(x, "Vincent Cable", EntityType::kPerson));
  CHECK_FALSE(Find(x, "Vincent Cable", EntityType::kOrganization));
}

TEST_CASE("a name that opens with a lower-case particle keeps it, after a title too", "[entities]") {
  auto x = Recognize(
      "At a press conference on Monday, de Blasio praised the police. Mr. Duterte has accused Ms. de Lima "
      "of taking money. The group was praised by bin Laden, and al Qaeda grew. He won the Tour de France.");
  const Entity* b = Find(x, "de Blasio", EntityType::kPerson);
  REQUIRE(b != nullptr);
  CHECK(MentionText(x, *b, 0) == "de Blasio");
  const Entity* l = Find(x, "de Lima", EntityType::kPerson);  // not the capital of Peru
  REQUIRE(l != nullptr);
  CHECK(Find(x, "Lima", EntityType::kPlace) == nullptr);
  CHECK(Find(x, "bin Laden", EntityType::kPerson) != nullptr);
  const Entity* q = Find(x, "al Qaeda", EntityType::kOrganization);
  REQUIRE(q != nullptr);
  CHECK(MentionText(x, *q, 0) == "al Qaeda");
  // a particle inside a longer name is not a name's start
  CHECK(Find(x, "de France", EntityType::kPerson) == nullptr);
  CHECK(Find(x, "France", EntityType::kCountry) != nullptr);
}

TEST_CASE("a country whose name is a common word may open a sentence", "[entities]") {
  auto x = Recognize(
      "Turkey on Sunday stormed the town. US officials warned owners. Turkey's prime minister spoke.\n\n"
      "Turkey sandwiches are popular at Christmas. US Customs seized the goods.");
  const Entity* t = Find(x, "Turkey", EntityType::kCountry);
  REQUIRE(t != nullptr);
  CHECK(t->mentions.size() == 2);  // not the sandwiches
  const Entity* us = Find(x, "United States", EntityType::kCountry);
  REQUIRE(us != nullptr);
  CHECK(us->mentions.size() == 1);  // "US Customs" is another name
}

TEST_CASE("a name written with its courtesy title is an alias of the person", "[entities]") {
  auto x = Recognize("Hillary Clinton spoke. Mrs. Clinton said she was happy, and Mr Trump disagreed.");
  const Entity* c = Find(x, "Hillary Clinton", EntityType::kPerson);
  REQUIRE(c != nullptr);
  CHECK(HasName(*c, "Mrs. Clinton"));
  const Entity* t = Find(x, "Mr Trump", EntityType::kPerson);
  REQUIRE(t != nullptr);
  CHECK(t->name == "Trump");
}

TEST_CASE("the entity stage keeps the article's tokens folded in the segmentation for the next stages",
          "[entities]") {
  Article a;
  // words with and without a vocabulary id (one longer than it holds), capitals, a curly
  // apostrophe, an accent
  a.text =
      "Prime Minister Tony Blair\xE2\x80\x99s counterrevolutionaries met \xC3\x89MILE in LONDON, "
      "said the BBC.\nIt was Blair's plan.";
  auto seg = claimgraph::text::Segment(a.text, 0, true);
  Extraction x;
  claimgraph::extract::RecognizeEntities(a, &seg, false, &x);
  REQUIRE(seg.folded.size() == seg.tokens.size());
  for (size_t i = 0; i < seg.tokens.size(); ++i)
    CHECK(seg.folded[i] == claimgraph::text::Fold(seg.tokens[i].Text(a.text)));
  CHECK(seg.folded[3] == "blair");
  CHECK(seg.folded[4] == "'s");  // (’s: the possessive a token of its own, its mark straightened)
  CHECK(seg.folded[5] == "counterrevolutionaries");
  // the same entities as with the segmentation left as it was
  auto plain = claimgraph::text::Segment(a.text, 0, true);
  Extraction y;
  claimgraph::extract::RecognizeEntities(a, plain, false, &y);
  REQUIRE(x.entities.size() == y.entities.size());
  for (size_t i = 0; i < x.entities.size(); ++i) CHECK(x.entities[i].name == y.entities[i].name);
}
