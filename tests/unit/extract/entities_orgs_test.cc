// Organizations that shapes alone miss: defined acronyms, context words, names with digits,
// results tables (src/extract/entities_orgs.cc), with the shipped model on.
#include <catch2/catch.hpp>

#include <string>

#include "support/extract_support.h"

using claimgraph::Entity;
using claimgraph::EntityType;
using claimgraph::Extraction;

using claimgraph::testing::ExtractText;
using claimgraph::testing::RecognizeText;
using claimgraph::testing::SpeakerOf;
using claimgraph::testing::TypeOf;

namespace {

const Entity* EntityWith(const Extraction& x, const std::string& name) {
  for (const Entity& e : x.entities) {
    for (const auto& m : e.mentions) {
      if (x.article.text.substr(m.start, m.end - m.start) == name) return &e;
    }
  }
  return nullptr;
}

}  // namespace

TEST_CASE("an acronym the article defines joins the long name, and so do its later uses",
          "[entities][orgs]") {
  auto x = RecognizeText(
      "The Society for Lunar Gardening and Irrigation (SLGI) said the plan was late. Critics of SLGI "
      "disagreed.");
  const Entity* full = EntityWith(x, "Society for Lunar Gardening and Irrigation");
  REQUIRE(full != nullptr);
  CHECK(full->type == EntityType::kOrganization);
  CHECK(EntityWith(x, "SLGI") == full);
  CHECK(full->mentions.size() == 3);
  // A phrase whose initials do not spell the bracket is left as it was.
  auto y = RecognizeText("The Society for Lunar Gardening (XYZ) met.");
  const Entity* xyz = EntityWith(y, "XYZ");
  CHECK((xyz == nullptr || xyz->name != "Society for Lunar Gardening"));
}

TEST_CASE("an acronym is found among the article's other brackets, and a bracket inside a word",
          "[entities][orgs]") {
  // the definitions are looked for at the text's "(" bytes (a token "(" each, or a byte of a word)
  auto x = RecognizeText(
      "(Reuters) Prices (in pounds) rose at the site(s) again. The Society for Lunar Gardening and "
      "Irrigation (SLGI) said so. Critics of SLGI (and its board) disagreed.");
  const Entity* full = EntityWith(x, "Society for Lunar Gardening and Irrigation");
  REQUIRE(full != nullptr);
  CHECK(full->type == EntityType::kOrganization);
  CHECK(EntityWith(x, "SLGI") == full);
  CHECK(full->mentions.size() == 3);
}

TEST_CASE("a word around an unknown name makes it an organization, not a person", "[entities][orgs]") {
  CHECK(TypeOf(RecognizeText("The band Zorblatt said on Monday that the tour was over."), "Zorblatt") ==
        "organization");
  CHECK(TypeOf(RecognizeText("Shares in carmaker Velmora rose on Friday."), "Velmora") == "organization");
  // first in a sentence too, for a word that opens no names
  CHECK(TypeOf(RecognizeText("Carmaker Velmora said sales rose."), "Velmora") == "organization");
  CHECK(TypeOf(RecognizeText("Band Zorblatt said on Monday that the tour was over."), "Zorblatt") !=
        "organization");
  CHECK(TypeOf(RecognizeText("\"We are looking into it,\" a Kestrel Yard spokesman said."), "Kestrel Yard") ==
        "organization");
  // A person the article names in full stays one.
  auto x = RecognizeText("President Gabor Halmi spoke on Monday. A Halmi spokesman said the trip was off.");
  CHECK(TypeOf(x, "Halmi") == "person");
}

TEST_CASE("a name the article makes an organization is one, not also a place after a preposition",
          "[entities][orgs]") {
  // "in Velmora" alone would be a place: one name, one node, the organization.
  auto x = RecognizeText("A Velmora spokesman said the plant would close. Workers in Velmora were angry.");
  const Entity* firm = EntityWith(x, "Velmora");
  REQUIRE(firm != nullptr);
  CHECK(firm->type == EntityType::kOrganization);
  CHECK(firm->mentions.size() == 2);
  // A place the words after it make sure of ("Trollby, Sweden") stays a place of its own.
  auto y = RecognizeText(
      "The band Trollby played in Leeds on Friday. Fans travelled to Trollby, Sweden, for the show.");
  int places = 0;
  for (const Entity& e : y.entities) places += e.name == "Trollby" && e.type == EntityType::kPlace;
  CHECK(places == 1);
}

TEST_CASE("a town that shares its name with what a descriptor calls a club or firm stays a place",
          "[entities][orgs]") {
  // "football club Parma" says what one mention names; "prosecutors in Parma" is the town.
  auto x = RecognizeText(
      "The carmaker Velmora cut 500 jobs in March. Protesters gathered in Velmora on Friday to "
      "demand talks.");
  int places = 0, organizations = 0;
  for (const Entity& e : x.entities) {
    places += e.name == "Velmora" && e.type == EntityType::kPlace;
    organizations += e.name == "Velmora" && e.type == EntityType::kOrganization;
  }
  CHECK(places == 1);
  CHECK(organizations == 1);
  // A name the article also uses as the firm itself is the firm: the preposition was its guess.
  auto y = RecognizeText(
      "The carmaker Velmora cut 500 jobs in March. Velmora said sales had fallen. Shares in Velmora "
      "fell 3%.");
  const Entity* firm = EntityWith(y, "Velmora");
  REQUIRE(firm != nullptr);
  CHECK(firm->type == EntityType::kOrganization);
  CHECK(firm->mentions.size() == 3);
}

TEST_CASE("an appositive headed by an organization noun makes the name an organization", "[entities][orgs]") {
  CHECK(TypeOf(RecognizeText("Dravex, the largest oil company in Norway, attacked the levy."), "Dravex") ==
        "organization");
  CHECK(
      TypeOf(RecognizeText("Research from Tarvo, the country's biggest mortgage lender, shows prices rose."),
             "Tarvo") == "organization");
  CHECK(TypeOf(RecognizeText("Velt, one of the banks in the group, declined to comment."), "Velt") ==
        "organization");
  // The head is the noun the phrase ends in: a person described by an organization stays one.
  CHECK(TypeOf(RecognizeText("Marek Tolan, the party's leader, attacked the levy."), "Marek Tolan") ==
        "person");
  // No appositive: a clause's subject ("In Velmora, the company is ..."), a list, an adverb.
  CHECK(TypeOf(RecognizeText("In Velmora, the company is fighting plans for new stores."), "Velmora") ==
        "place");
  CHECK(TypeOf(RecognizeText("Unfortunately, the band were late."), "Unfortunately") == "none");
}

TEST_CASE("a name in capitals opening a dateline is a place, not an acronym", "[entities][orgs]") {
  auto x = RecognizeText("NOUAKCHOTT 2024-03-02\nMauritania said on Saturday it would hold talks.\n");
  CHECK(TypeOf(x, "NOUAKCHOTT") == "place");
  auto y = RecognizeText("KESTRELBY, Wessex 2024-03-02\nThe port reopened on Saturday.\n");
  CHECK(TypeOf(y, "KESTRELBY") == "place");
  CHECK(TypeOf(y, "Wessex") == "place");
  // A gazetteer organization keeps its type; an acronym inside a line is still one.
  CHECK(TypeOf(RecognizeText("UNITED NATIONS 2024-03-02\nThe vote was delayed.\n"), "UNITED NATIONS") ==
        "organization");
  CHECK(TypeOf(RecognizeText("Officials at the KDPQ said on Monday the vote was delayed.\n"), "KDPQ") ==
        "organization");
}

TEST_CASE("a name after 'the' that speaks is no person", "[entities][orgs]") {
  // "the Nationwide said", "the MPs said": people take no article; a lone name that speaks
  // without one still is a person ("Dole said"), and so is a demonym's description.
  CHECK(TypeOf(RecognizeText("Last week, the Quorvex said that house prices fell."), "Quorvex") != "person");
  CHECK(TypeOf(RecognizeText("The MPs said the system was a disaster."), "MPs") != "person");
  CHECK(TypeOf(RecognizeText("Dole said the plan would fail."), "Dole") == "person");
}

TEST_CASE("an acronym written capitalized, as British papers do, joins the name it defines",
          "[entities][orgs]") {
  auto x = RecognizeText(
      "The Association of Lunar Visitor Attractions (Alva) said numbers rose. Alva said the rise "
      "came from budget airlines.");
  const Entity* full = EntityWith(x, "Association of Lunar Visitor Attractions");
  REQUIRE(full != nullptr);
  CHECK(full->type == EntityType::kOrganization);
  CHECK(full->mentions.size() == 3);
}

TEST_CASE("an acronym may spell a small word of the name it defines", "[entities][orgs]") {
  // "TfL": Transport for London; the place inside it is no entity of its own
  auto x = RecognizeText("Fares set by Quarry Transport for Lunaria (QTfL) will rise. QTfL said so.");
  const Entity* full = EntityWith(x, "Quarry Transport for Lunaria");
  REQUIRE(full != nullptr);
  CHECK(full->type == EntityType::kOrganization);
  CHECK(EntityWith(x, "QTfL") == full);
  CHECK(EntityWith(x, "Lunaria") == nullptr);
  // in capitals too ("DFID"), and as British papers write them ("Dfid")
  auto y = RecognizeText("Aid from the Department for Lunar Development (DFLD) rose. The DFLD said so.");
  const Entity* d = EntityWith(y, "Department for Lunar Development");
  REQUIRE(d != nullptr);
  CHECK(EntityWith(y, "DFLD") == d);
  // a small word the acronym skips spends no letter ("OPEC" is no "of the Petroleum ...")
  auto z = RecognizeText("The Union of the Lunar Exporting Miners (ULEM) met. ULEM said so.");
  const Entity* u = EntityWith(z, "Union of the Lunar Exporting Miners");
  REQUIRE(u != nullptr);
  CHECK(EntityWith(z, "ULEM") == u);
}

TEST_CASE("a media noun before an unknown name makes it an outlet", "[entities][orgs]") {
  CHECK(TypeOf(RecognizeText("The conspiracy website Zorbwars said the claims were false."), "Zorbwars") ==
        "organization");
  CHECK(TypeOf(RecognizeText("The radio station Kestrelfm said on Monday it would close."), "Kestrelfm") ==
        "organization");
  CHECK(TypeOf(RecognizeText("The music channel Vorbix said it would show the tour."), "Vorbix") ==
        "organization");
}

TEST_CASE("a name with letters and digits in one word is no person", "[entities][orgs]") {
  CHECK(TypeOf(RecognizeText("Mobile operator Q7 said it would cut prices."), "Q7") == "organization");
  CHECK(TypeOf(RecognizeText("Q7 said it would cut prices."), "Q7") != "person");
}

TEST_CASE("names before scores in results lines are teams", "[entities][orgs]") {
  auto x = RecognizeText(
      "Results of matches played on Saturday:\n"
      "Grimbleton 2 Oxhampstead Rovers 1\n"
      "Standings:\n"
      "Grimbleton 4 3 1 0 9 2 10\n"
      "C. Morrow 94 not out\n");
  CHECK(TypeOf(x, "Grimbleton") == "organization");
  CHECK(TypeOf(x, "Oxhampstead Rovers") == "organization");
  CHECK(TypeOf(x, "C. Morrow") != "organization");  // a player's innings, not a team
  // Prose with a number after a name is no table.
  auto y = RecognizeText("Marta Villon won 3 medals in Ostrava in 2004.");
  CHECK(TypeOf(y, "Ostrava") != "organization");
}

TEST_CASE("a place inside a longer capitalized name is part of an organization's name", "[entities][orgs]") {
  auto x = RecognizeText("The striker left Madrid Ravens for Dynamo Berlin last year.");
  CHECK(TypeOf(x, "Madrid Ravens") == "organization");
  CHECK(TypeOf(x, "Dynamo Berlin") == "organization");
  // Titles, adjectives and people's names are not part of one.
  auto y = RecognizeText("Moscow Mayor Yuri Luzhkov met U.S.-led forces. US actor Ossie Davis was there.");
  CHECK(TypeOf(y, "Moscow") == "place");
  CHECK(TypeOf(y, "Ossie Davis") != "organization");
}

TEST_CASE("no name runs from a headline into the next paragraph", "[entities][orgs]") {
  // a place after a line break was joined with the headline's last word: "Italians\n\nIreland"
  auto x = RecognizeText("O'Sullivan quick to hail Italians\n\nIreland beat Italy in Rome on Saturday.\n");
  CHECK(TypeOf(x, "Ireland") == "country");
  for (const Entity& e : x.entities) CHECK(e.name.find('\n') == std::string::npos);
  auto y = RecognizeText("Firm buys Illva\n\nItaly's biggest drinks group Illva said it was sold.\n");
  CHECK(TypeOf(y, "Italy") == "country");
  for (const Entity& e : y.entities) CHECK(e.name.find('\n') == std::string::npos);
}

TEST_CASE("British cities are places; a city alone is not the newspaper or firm named after it",
          "[entities][orgs]") {
  auto x = ExtractText(
      "Club news\n\nFishermen in Aberdeen and Dundee met officials on Monday. Chairman Tom Reid told "
      "the Newcastle Evening Chronicle the deal was off. But Newcastle said the player would stay. "
      "Bradford & Bingley said profits rose.\n");
  CHECK(TypeOf(x, "Aberdeen") == "place");
  CHECK(TypeOf(x, "Dundee") == "place");
  // the club that speaks is not the paper that starts with its city's name
  CHECK(SpeakerOf(x, "the player would stay") == "Newcastle");
  // a city joined by "&" to another name is part of a firm's name
  CHECK(TypeOf(x, "Bradford & Bingley") == "organization");
  CHECK(SpeakerOf(x, "profits rose") == "Bradford & Bingley");
}

TEST_CASE("a town that speaks is the firm or club of its name, one sense per article", "[entities][orgs]") {
  auto x = ExtractText(
      "House prices up again\n\nHouse prices rose by 1% in March, the Halifax has said. Halifax "
      "said demand was strong, and the Halifax survey found that buyers were back.\n");
  CHECK(TypeOf(x, "Halifax") == "organization");
  CHECK(SpeakerOf(x, "demand was strong") == "Halifax");
  auto y = ExtractText(
      "Striker stays\n\nLeicester say they will not sell their striker, who joined Leicester "
      "last year.\n");
  CHECK(TypeOf(y, "Leicester") == "organization");
  // a town a locative puts somewhere stays the town, whatever else speaks by its name
  auto z =
      ExtractText("Floods\n\nRain flooded homes in Halifax on Monday. Halifax said the damage was small.\n");
  CHECK(TypeOf(z, "Halifax") == "place");
  // a region, a state or a seat of government speaks for its government or team
  auto w = ExtractText("Talks\n\nTexas said the law would stand. Wales say they are ready.\n");
  CHECK(TypeOf(w, "Texas") == "place");
  CHECK(TypeOf(w, "Wales") == "place");
}

TEST_CASE("a place that only a preposition names does not speak", "[entities][orgs]") {
  auto x = ExtractText(
      "Vote\n\nThe MP for Halifax claimed the plan was flawed. The bishop of Leicester said he was "
      "pleased. Halifax is a town in Yorkshire.\n");
  CHECK(TypeOf(x, "Halifax") == "place");
  CHECK(TypeOf(x, "Leicester") == "place");
}
