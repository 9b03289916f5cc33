// Reported-speech constructions of news writing (issue 13), each on a short text written for the
// test: a speaker phrase with a phrase after its head ("Experts on North Korea said"), a name
// before "at the X", a description before the name after "according to", several appositives
// and an abbreviation after a quote's speaker, a counted description ("one questioner"), "X
// said," followed by a clause, a quoted phrase opening the content, and reported speech that
// runs into the quote its cue introduces.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::Claim;
using claimgraph::ClaimKind;

using claimgraph::testing::ClaimStarting;
using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;

TEST_CASE("a speaker phrase with a phrase after its head: 'Experts on X said'", "[claims][constructions]") {
  auto x = ExtractText(
      "Experts on river ecology and water law said the new dam could dry out the delta. Elected "
      "officials from both parties say the bridge will be finished by May.\n");
  CHECK(SpeakerOf(x, "the new dam could dry out the delta") == "(unresolved)");
  CHECK(SpeakerOf(x, "the bridge will be finished by May") == "(unresolved)");
  // the one named before "at the ..." speaks, not the body after it
  auto y = ExtractText("Ruth Ellery at the Harbour Gazette agreed that the mayor had won the debate.\n");
  CHECK(SpeakerOf(y, "the mayor had won the debate") == "Ruth Ellery");
}

TEST_CASE("'according to' a description, then the name", "[claims][constructions]") {
  auto x =
      ExtractText("According to longtime radio host Tom Reid, the levy reeks of fear and desperation.\n");
  CHECK(SpeakerOf(x, "the levy reeks of fear and desperation") == "Tom Reid");
}

TEST_CASE("a quote's speaker before appositives and a state abbreviation", "[claims][constructions]") {
  auto x = ExtractText(
      "\"Our assumption is that the veto will be overridden,\" Senator Tom Reid, R-Ky., said Tuesday.\n\n"
      "\"It is an invasion of the state's domain,\" Ann Wolcott, the attorney general of Ohio, a former "
      "judge, said in a statement.\n");
  CHECK(SpeakerOf(x, "Our assumption is that the veto will be overridden") == "Tom Reid");
  CHECK(SpeakerOf(x, "It is an invasion of the state's domain") == "Ann Wolcott");
}

TEST_CASE("a counted description is a speaker: 'one questioner claimed'", "[claims][constructions]") {
  auto x = ExtractText(
      "At a forum on Monday, one questioner claimed that the new rules were hurting the army. Another "
      "source said the talks had collapsed.\n");
  CHECK(SpeakerOf(x, "the new rules were hurting the army") == "(unresolved)");
  CHECK(SpeakerOf(x, "the talks had collapsed") == "(unresolved)");
}

TEST_CASE("'X said,' then a clause of the speaker's", "[claims][constructions]") {
  auto x = ExtractText(
      "Mayor Ruth Ellery said, the council has wasted two years on this plan. During his years in "
      "office, Governor Tom Reid said, most voters have come to believe that the tax is fair.\n");
  CHECK(SpeakerOf(x, "the council has wasted two years") == "Ruth Ellery");
  const Claim* c = ClaimStarting(x, "During his years in office");
  REQUIRE(c != nullptr);
  CHECK(c->text.find("most voters have come to believe") != std::string::npos);
  // a participle or the writer's clause after the comma is not what was said
  auto y = ExtractText("Mayor Ruth Ellery continued, saying that the plan was dead.\n");
  CHECK(ClaimStarting(y, "saying") == nullptr);
  CHECK(SpeakerOf(y, "the plan was dead") == "Ruth Ellery");
}

TEST_CASE("a phrase in quote marks may open the content of reported speech", "[claims][constructions]") {
  auto x = ExtractText(
      "Governor Tom Reid did not give a cost, though he said \"budget reforms\" and unpaid taxes would "
      "pay for the plan.\n");
  const Claim* c = ClaimStarting(x, "budget reforms");
  REQUIRE(c != nullptr);
  CHECK(c->kind == ClaimKind::kIndirect);
  CHECK(SpeakerOf(x, "budget reforms") == "Tom Reid");
}

TEST_CASE("reported speech that runs into the quote its cue introduces", "[claims][constructions]") {
  auto x = ExtractText(
      "Governor Tom Reid said the museum would tell the stories of people left out of the history "
      "books -- \"the farmer but also the miner, the banker but also the porter.\"\n");
  const Claim* lead = ClaimStarting(x, "the museum would tell the stories");
  REQUIRE(lead != nullptr);
  CHECK(lead->kind == ClaimKind::kIndirect);
  CHECK(SpeakerOf(x, "the museum would tell the stories") == "Tom Reid");
  const Claim* quote = ClaimStarting(x, "the farmer but also the miner");
  REQUIRE(quote != nullptr);
  CHECK(quote->kind == ClaimKind::kDirect);
  CHECK(SpeakerOf(x, "the farmer but also the miner") == "Tom Reid");
  // a listener or a comma alone between the cue and the quote is no claim of its own
  auto y = ExtractText("Governor Tom Reid told reporters, \"The bridge will open in May.\"\n");
  CHECK(y.claims.size() == 1);
}

TEST_CASE("a characterization: 'described X as Y' says that X is Y", "[claims][constructions]") {
  auto x = ExtractText(
      "Governor Tom Reid described the mayor as a lifetime politician. On Monday, Ruth Ellery spoke "
      "for an hour, painting the council as a club for insiders.\n");
  const Claim* c = ClaimStarting(x, "the mayor as a lifetime politician");
  REQUIRE(c != nullptr);
  CHECK(SpeakerOf(x, "the mayor as a lifetime politician") == "Tom Reid");
  CHECK(SpeakerOf(x, "the council as a club for insiders") == "Ruth Ellery");
  // without "as" nothing is said of anyone
  auto y = ExtractText("Governor Tom Reid described the flood in detail. Ruth Ellery painted the fence.\n");
  CHECK(y.claims.empty());
}

TEST_CASE("a participle after a quote or an opening phrase keeps the sentence's speaker",
          "[claims][constructions]") {
  auto x = ExtractText(
      "In a statement, Mayor Ruth Ellery said: \"The harbour was a success when it opened,\" adding "
      "that its trade doubled in less than a year. On Thursday, however, Governor Tom Reid spoke to "
      "farmers, promising to lift the water limits.\n");
  CHECK(SpeakerOf(x, "its trade doubled in less than a year") == "Ruth Ellery");
  CHECK(SpeakerOf(x, "to lift the water limits") == "Tom Reid");
  // a promise of a thing without a clause is no statement
  auto y = ExtractText("Governor Tom Reid spoke to farmers, promising lower taxes.\n");
  CHECK(ClaimStarting(y, "lower taxes") == nullptr);
}

TEST_CASE("a speaker described by whose they are: 'Reid's lawyer said'", "[claims][constructions]") {
  auto x = ExtractText(
      "Governor Tom Reid will not testify. However, Reid's lawyer has said he will refuse to answer "
      "any questions. His personal doctor said the governor was in good health.\n");
  // the lawyer speaks, not the governor
  CHECK(SpeakerOf(x, "he will refuse to answer any questions") != "Tom Reid");
  CHECK(SpeakerOf(x, "he will refuse to answer any questions") != "(no claim)");
  CHECK(SpeakerOf(x, "the governor was in good health") != "Tom Reid");
  CHECK(SpeakerOf(x, "the governor was in good health") != "(no claim)");
}

TEST_CASE("when it was said is no claim, and a noun after an article is no cue", "[claims][constructions]") {
  auto x = ExtractText(
      "Mayor Ruth Ellery said as she entered the hall. Governor Tom Reid said before he left office. "
      "The first attack was treated as a crime.\n");
  CHECK(x.claims.empty());
  // a clause of the speaker's may follow the time: "said after the vote he would resign"
  auto y = ExtractText(
      "Governor Tom Reid said after the vote he would resign. Ruth Ellery said while the plan was "
      "sound it came too late.\n");
  CHECK(SpeakerOf(y, "after the vote he would resign") == "Tom Reid");
  CHECK(SpeakerOf(y, "while the plan was sound it came too late") == "Ruth Ellery");
}

TEST_CASE("a party label, an appositive or an opening phrase before the subject", "[claims][constructions]") {
  auto x = ExtractText(
      "Rep. Tom Reid (D-N.Y.), chairman of the harbour caucus, said members will help him raise cash. "
      "Dr. Ann Wolcott, who was the city's physician, said that in 1998, the mayor hid a blood clot.\n\n"
      "Ruth Ellery, a former party chairman, poked fun at the governor, tweeting, \"Notice the governor "
      "sniffing all the time.\"\n\n"
      "During a long speech earlier in the day, Governor Ben Marsh attacked the mayor, saying, \"She is "
      "reckless.\"\n");
  CHECK(SpeakerOf(x, "members will help him raise cash") == "Tom Reid");
  CHECK(SpeakerOf(x, "in 1998, the mayor hid a blood clot") == "Ann Wolcott");
  CHECK(SpeakerOf(x, "Notice the governor sniffing") == "Ruth Ellery");
  CHECK(SpeakerOf(x, "She is reckless") == "Ben Marsh");
}

TEST_CASE("a quote paragraph that goes on after 'X said.' stays X's", "[claims][constructions]") {
  auto x = ExtractText(
      "\"It has been two great weeks for me,\" Tom Reid said. \"Today I knew I had nothing to lose.\" "
      "Ben Marsh conceded that Reid had played well.\n\n"
      "Ruth Ellery, the leader of the Harbour and Dock Workers Union said: \"We had the day of the long "
      "knives.\"\n");
  CHECK(SpeakerOf(x, "Today I knew I had nothing to lose") == "Tom Reid");
  CHECK(SpeakerOf(x, "Reid had played well") == "Ben Marsh");
  CHECK(SpeakerOf(x, "We had the day of the long knives") == "Ruth Ellery");
}

TEST_CASE("a titled name before 'of the X' speaks, not the body", "[claims][constructions]") {
  auto x = ExtractText(
      "Regulators worried about the deal.\n\n\"It was the least bad outcome,\" Mr. Ruth Ellery of the "
      "Harbour Trust said.\n\n\"This is a waste of time,\" said Del. Tom Reid of the Virgin Islands.\n");
  CHECK(SpeakerOf(x, "It was the least bad outcome") == "Ruth Ellery");
  CHECK(SpeakerOf(x, "This is a waste of time") == "Tom Reid");
}

TEST_CASE("a quote joined to an attribution by 'and' / 'but' is the speaker's", "[claims][constructions]") {
  auto x = ExtractText(
      "Reid spoke on Friday.\n\n\"You know, I like Ann,\" Reid said, but \"when it comes to energy, Ann "
      "has a history of working for the coal industry.\"\n\nThe vote was close. Mills \"got an immunity "
      "deal,\" Ellery said, and still \"got to sit in on the interview with the police.\"\n");
  CHECK(SpeakerOf(x, "when it comes to energy, Ann has a history") == "Reid");
  CHECK(SpeakerOf(x, "got to sit in on the interview") == "Ellery");
  // the words before the attribution are still the speaker's
  CHECK(SpeakerOf(x, "Mills got an immunity deal") == "Ellery");
  // a quote after "and" that follows no attribution is no one's continuation
  auto y = ExtractText("\"Follow us,\" Ann Gil said, and the boys trailed behind her to the plaza.\n");
  CHECK(SpeakerOf(y, "the boys trailed behind") == "(no claim)");
}

TEST_CASE("a name inside a speaker's description is not the speaker", "[claims][constructions]") {
  auto x = ExtractText(
      "Dean Johnson, a 55-year-old salesman from Sumter, South Carolina, says the senator will win the "
      "state.\n\nMatthew Hale, chief executive of CloudFlare, a San Francisco company, said the sites "
      "were critical of the group.\n\n\"I just don't think she has been truthful,\" Cecelia Purner, 67, a "
      "retired nurse in Allentown, Pa., said in an interview.\n");
  CHECK(SpeakerOf(x, "the senator will win the state") == "Dean Johnson");
  CHECK(SpeakerOf(x, "the sites were critical") == "Matthew Hale");
  CHECK(SpeakerOf(x, "I just don't think she has been truthful") == "Cecelia Purner");
  // a name after a description of a place is still the speaker
  auto y = ExtractText(
      "In a panel discussion this weekend in Washington, Marc H. Morial, the chief executive of the "
      "Urban League, told the crowd that voting matters.\n");
  CHECK(SpeakerOf(y, "voting matters") == "Marc H. Morial");
}

TEST_CASE("adjectives before a closing attribution's group, and a time of day after the cue",
          "[claims][constructions]") {
  auto x = ExtractText(
      "The plan is an insult to every taxpayer, top black lawmakers said Friday, as they bristled at "
      "the questions.\n\nAnn Wolcott said Monday evening the bridge was safe.\n");
  CHECK(SpeakerOf(x, "The plan is an insult to every taxpayer") == "(unresolved)");
  CHECK(ClaimStarting(x, "as they bristled") == nullptr);
  CHECK(SpeakerOf(x, "the bridge was safe") == "Ann Wolcott");
}

TEST_CASE("'showed' introduces a clause, never a bare noun phrase", "[claims][constructions]") {
  CHECK(ExtractText("Voters showed little support for the plan.\n").claims.empty());
  CHECK(ExtractText("Figures showed a rise in unemployment.\n").claims.empty());
  auto x =
      ExtractText("The survey showed that most voters back the plan. It shows politics isn't worthless.\n");
  CHECK(ClaimStarting(x, "most voters back the plan") != nullptr);
  CHECK(ClaimStarting(x, "politics isn't worthless") != nullptr);
}
