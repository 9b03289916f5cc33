// Stance edges a reader would call wrong, seen on BBC articles outside the dev sets: a
// superlative that ranks rather than judges, a proposal of one bare word, and a feeling of
// someone else's read as the speaker's judgement of them.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::Extraction;
using claimgraph::testing::ExtractText;
using claimgraph::testing::StanceEdges;
using claimgraph::testing::Stances;

TEST_CASE("a superlative before a noun ranks it and takes no stance", "[claims][stance]") {
  auto x = ExtractText("Hans Goetti said: \"It came at the worst possible time.\"\n");
  CHECK(Stances(x, "Hans Goetti").empty());
  auto y = ExtractText("Fernando Morientes said it was in the best interests of everyone to move.\n");
  CHECK(Stances(y, "Fernando Morientes").empty());
  // said of the thing, it still judges it
  auto z = ExtractText("Michael Howard said the deal was the worst in a generation.\n");
  CHECK(Stances(z, "Michael Howard") == "opposes:the deal\n");
}

TEST_CASE("a proposal of one bare word is no proposal", "[claims][stance]") {
  auto x = ExtractText("Juan Carlos Ferrero said he wanted to play.\n");
  CHECK(Stances(x, "Juan Carlos Ferrero").empty());
  auto y = ExtractText("Yukos sought help in the US.\n");
  CHECK(Stances(y, "Yukos").empty());
  // a proposal that says what is to be done stays
  auto z = ExtractText("Gordon Brown said he wanted to cut the deficit.\n");
  CHECK(Stances(z, "Gordon Brown") == "proposed:cut the deficit\n");
}

TEST_CASE("a feeling said of someone is theirs, not the speaker's judgement of them", "[claims][stance]") {
  auto x = ExtractText("PC Pro said many Britons are unhappy with their internet service.\n");
  CHECK(Stances(x, "PC Pro").empty());
  auto y = ExtractText("Liam Fox said the party was not afraid of scrutiny.\n");
  CHECK(Stances(y, "Liam Fox").empty());
  // a judgement said of the same kind of subject still is one
  auto z = ExtractText("Liam Fox said the party was wrong.\n");
  CHECK(Stances(z, "Liam Fox") == "opposes:the party\n");
}

TEST_CASE("a result is no side taken: won, defeated, champion", "[claims][stance]") {
  auto x = ExtractText("Stefan Koubek defeated Britain's Greg Rusedski in the decisive rubber.\n");
  CHECK(Stances(x, "Stefan Koubek").empty());
  auto y = ExtractText("Martin Bell won the Tatton seat from Tory Neil Hamilton.\n");
  CHECK(Stances(y, "Martin Bell").empty());
  // a medal is a result: where it may be won is no side taken
  auto m = ExtractText(
      "Sarah Claxton said she can take her first major medal at next month's European Championships.\n");
  CHECK(Stances(m, "Sarah Claxton").empty());
  // a judgement beside it still is one
  auto z = ExtractText("Stefan Koubek criticised Greg Rusedski.\n");
  CHECK(Stances(z, "Stefan Koubek") == "opposes:Greg Rusedski\n");
}

TEST_CASE("fighting takes a side only against a named one, and is never speech", "[claims][stance]") {
  auto x = ExtractText("Lleyton Hewitt fought back from a set down and trailed but would not be denied.\n");
  CHECK(Stances(x, "Lleyton Hewitt").empty());
  CHECK(x.claims.empty());
  auto y = ExtractText("Michael Ancram said the party fought a very positive campaign.\n");
  CHECK(Stances(y, "Michael Ancram").empty());
  auto z = ExtractText("Amanda Smith fought the Taliban for years.\n");
  CHECK(Stances(z, "Amanda Smith") == "opposes:Taliban\n");
  CHECK(z.claims.empty());
}

TEST_CASE("what a thing is called after 'as' is not part of it; 'there' is no target", "[claims][stance]") {
  auto x = ExtractText("The Treasury dismissed the research as \"complete rubbish\".\n");
  CHECK(Stances(x, "Treasury") == "opposes:the research\n");
  auto y = ExtractText("Jorg Wojahn said there is generally good co-operation with member states.\n");
  CHECK(Stances(y, "Jorg Wojahn").empty());
}

TEST_CASE("an adjective that describes a noun takes no stance toward it; a verdict does",
          "[claims][stance]") {
  auto x =
      ExtractText("Oxfam said the price of not investing in poor countries will be felt across the world.\n");
  CHECK(Stances(x, "Oxfam").empty());
  auto y = ExtractText("Lian Chia Liang said: \"I am surprised at the weak fourth quarter number.\"\n");
  CHECK(Stances(y, "Lian Chia Liang").empty());
  auto z = ExtractText("Michael Howard said Labour would bring in unfair taxes.\n");
  CHECK(Stances(z, "Michael Howard") == "opposes:unfair taxes\n");
}

TEST_CASE("asked not to do something is no proposal of it", "[claims][stance]") {
  auto x =
      ExtractText("Gordon Brown called on the parties not to turn the election into a contest of fear.\n");
  CHECK(Stances(x, "Gordon Brown").empty());
  auto y = ExtractText("Gordon Brown called on the parties to fight the election on the economy.\n");
  CHECK(Stances(y, "Gordon Brown") == "proposed:fight the election on the economy\n");
}

TEST_CASE("words a sentiment lexicon scores for another sense take no side", "[claims][stance]") {
  auto x = ExtractText("Jeremy Bates touted Alex Bogdanovic as a future star.\n");
  CHECK(Stances(x, "Jeremy Bates").empty());
  auto y = ExtractText("Gus Bahoken fouled Lee Miller 35 yards from goal.\n");
  CHECK(Stances(y, "Gus Bahoken").empty());
}

TEST_CASE("a person is never what is proposed; what is called for of them is", "[claims][stance]") {
  auto x = ExtractText("Elise Stefanik offered Donald Trump a tepid endorsement.\n");
  CHECK(Stances(x, "Elise Stefanik").find("proposed:Donald Trump") == std::string::npos);
  auto y = ExtractText("Labour called for Tony Blair's resignation.\n");
  CHECK(Stances(y, "Labour Party") == "proposed:Tony Blair's resignation\n");
}

TEST_CASE("an organization, a country or a place is never what is proposed; the phrase naming one is",
          "[claims][stance]") {
  auto x = ExtractText("Gerhard Schroeder calls for EU reform.\n");
  CHECK(Stances(x, "Gerhard Schroeder") == "proposed:EU reform\n");
  auto y = ExtractText("Jacques Rogge demanded the IAAF investigate the affair.\n");
  CHECK(Stances(y, "Jacques Rogge") == "proposed:the IAAF investigate the affair\n");
  // the one urged, named again in apposition, is no part of what is proposed
  auto z =
      ExtractText("The RNID is urging the telecoms regulator, Ofcom, to reduce the cost of the service.\n");
  CHECK(Stances(z, "RNID").starts_with("proposed:reduce the cost of the service\n"));
}

TEST_CASE("praise heaped on someone supports them", "[claims][stance]") {
  auto x = ExtractText("Ireland coach Eddie O'Sullivan heaped praise on Italy after the match.\n");
  CHECK(Stances(x, "Eddie O'Sullivan") == "supports:Italy\n");
}

TEST_CASE("an offer of a thing is no proposal; an offer to act is", "[claims][stance]") {
  auto x = ExtractText("The Financial Times is offering voluntary redundancy to about 30 reporters.\n");
  CHECK(Stances(x, "Financial Times").empty());
  auto y = ExtractText("Metal Slug offered retro fun for fans of the arcade.\n");
  CHECK(Stances(y, "Metal Slug").empty());
  auto z = ExtractText("Gordon Brown offered to cut the fuel duty on Monday.\n");
  CHECK(Stances(z, "Gordon Brown") == "proposed:cut the fuel duty\n");
}

TEST_CASE("a stance verb with no object and a titled phrase take no side", "[claims][stance]") {
  auto x = ExtractText(
      "Universal Pictures took less money, which was blamed on Christmas falling over a weekend.\n");
  CHECK(Stances(x, "Universal Pictures").empty());
  auto y = ExtractText("Laurence Fishburne starred in Assault on Precinct 13 last year.\n");
  CHECK(Stances(y, "Laurence Fishburne").empty());
  auto z = ExtractText("Olivier Rochus shocks Guillermo Coria in Auckland.\n");
  CHECK(Stances(z, "Olivier Rochus").empty());
  // with its object, the verb still takes a side ("Universal" is set inside its sentence: opening
  // the only sentence that has it, the common word names no one since d20ee16, a trade-off measured
  // on all of bbc, where every such speaker was a common word: "Speculation", "Bigger")
  auto w = ExtractText("In a statement, Universal blamed the distributors.\n");
  CHECK(Stances(w, "Universal") == "opposes:the distributors\n");
}

TEST_CASE("what something is blamed on is the one blamed, when someone blames", "[claims][stance]") {
  auto x = ExtractText(
      "Nine policemen died in the attack, which the Myanmar army has blamed on Rohingya insurgents.\n");
  CHECK(Stances(x, "Myanmar").find("opposes:Rohingya") != std::string::npos);
  auto y = ExtractText("Universal Pictures said the fall was blamed on Christmas falling over a weekend.\n");
  CHECK(Stances(y, "Universal Pictures").empty());
}

TEST_CASE("a cue verb with a particle of another sense, and a degree adverb, take no stance",
          "[claims][stance]") {
  // "backed off", "blasted wide": no object, so no one backed or blasted
  CHECK(ExtractText("Gareth Barry backed off to lash a shot past Ashdown.\n").relations.empty());
  CHECK(Stances(ExtractText("Sol Campbell blasted wide when clear.\n"), "Sol Campbell").empty());
  // a shot over the bar or through a draw is play
  CHECK(Stances(ExtractText("Ronaldo slammed well over the bar again.\n"), "Ronaldo").empty());
  CHECK(Stances(ExtractText("Roger Federer ripped through the draw.\n"), "Roger Federer").empty());
  // "ripped into X" is a stance toward X
  CHECK(Stances(ExtractText("Rick Santorum ripped into Barack Obama for the vote.\n"), "Rick Santorum")
            .starts_with("opposes:Barack Obama"));
  CHECK(Stances(ExtractText("Sol Campbell backed Arsene Wenger.\n"), "Sol Campbell") ==
        "supports:Arsene Wenger\n");
  // "ridiculously talented" is praise, not a charge
  CHECK(Stances(ExtractText("Adam Jones said: \"Gavin Henson is ridiculously talented.\"\n"), "Adam Jones")
            .find("opposes") == std::string::npos);
}

TEST_CASE("a relative clause about a common noun is no named one's side", "[claims][stance]") {
  // seen on BBC business-111: the problems hammered the share price, not Shell
  auto x = ExtractText(
      "Oil giant Shell last year dismantled its dual-ownership structure, after a series of problems "
      "relating to the size of its oil reserves that hammered its share price.\n");
  CHECK(Stances(x, "Shell").empty());
  CHECK(Stances(ExtractText("Tony Blair met the voters that backed Labour.\n"), "Tony Blair").empty());
  CHECK(Stances(ExtractText("Tony Blair met the voters who backed Labour.\n"), "Tony Blair").empty());
  // a name in the noun phrase is the side, and so is the author of a reply
  CHECK(Stances(ExtractText("He thanked the Mercer family that supports Steve Bannon.\n"), "Mercer") ==
        "supports:Steve Bannon\n");
  CHECK(Stances(ExtractText("Frank Flack posted a reply that assailed Mary Edwards.\n"), "Frank Flack") ==
        "opposes:Mary Edwards\n");
  // the side of those one backs is one's own
  CHECK(Stances(ExtractText("Iran is supporting forces on the ground that are battling Islamic State.\n"),
                "Iran")
            .find("opposes:Islamic State") != std::string::npos);
}

TEST_CASE("a stance target ends before the verb of an object pronoun", "[claims][stance]") {
  // seen on BBC entertainment-274
  auto x = ExtractText(
      "Cat Deeley said: \"I would like to thank all the viewers that have watched, supported the show and "
      "let "
      "me gate crash their Saturday morning.\"\n");
  CHECK(Stances(x, "Cat Deeley").find("let me") == std::string::npos);
  auto y = ExtractText(
      "Kim Collins said the British Olympic Association should reverse the decision to ban him from the "
      "Olympics.\n");
  CHECK(Stances(y, "Kim Collins") == "proposed:reverse the decision\n");
  // the verb of the pronoun kept alone is the whole proposal (found by review)
  CHECK(Stances(ExtractText("Bob Crow urged the government to give them a pay rise.\n"), "Bob Crow") ==
        "proposed:give them a pay rise\n");
  CHECK(Stances(ExtractText("Tony Blair urged voters to hold him to account.\n"), "Tony Blair") ==
        "proposed:hold him to account\n");
  // "US" is a country, not "us"
  auto z = ExtractText("Gordon Brown backed plans to help US troops.\n");
  CHECK(Stances(z, "Gordon Brown").find("US troops") != std::string::npos);
}

TEST_CASE("what another named speaker complained of is theirs, not the speaker's judgement of them",
          "[claims][stance]") {
  // seen on BBC politics: Howard reported Blunkett's complaint, and was read as opposing Blunkett
  auto x = ExtractText(
      "Michael Howard said Mr Blunkett had complained he had inherited a \"giant mess\" when he took over at "
      "the Home Office.\n");
  CHECK(Stances(x, "Michael Howard").empty());
  // his own judgement of the one named stays
  CHECK(Stances(ExtractText("Michael Howard said David Blunkett was a disgrace.\n"), "Michael Howard") ==
        "opposes:David Blunkett\n");
}

TEST_CASE("a verb between two names is no grading word of a role, and a defender is a player",
          "[claims][stance]") {
  // found by review, seen on BBC sport: a result between rivals, a post at a team
  CHECK(Stances(ExtractText("Tim Henman beats rival Greg Rusedski.\n"), "Greg Rusedski").empty());
  CHECK(Stances(ExtractText("Tony Adams, a former England defender, said he was tired.\n"), "Tony Adams")
            .empty());
  // a rival named with a possessive, and a critic graded by an adjective, still take a side
  CHECK(Stances(ExtractText("Hillary Clinton's rival Bernie Sanders spoke.\n"), "Bernie Sanders") ==
        "opposes:Hillary Clinton\n");
  CHECK(Stances(ExtractText("Mark Kirk, a vociferous Donald Trump critic, spoke.\n"), "Mark Kirk") ==
        "opposes:Donald Trump\n");
}

TEST_CASE("a thing of a game is play, not a side", "[claims][stance]") {
  // seen on BBC sport-024, -491, -507
  CHECK(Stances(
            ExtractText("Tirunesh Dibaba of Ethiopia will defend the title she won last year in Tyneside.\n"),
            "Tirunesh Dibaba")
            .empty());
  CHECK(Stances(ExtractText("Andy Roddick won after attacking his backhand.\n"), "Andy Roddick").empty());
  // a side taken in the same words stays
  CHECK(Stances(ExtractText("Gordon Brown defended the budget.\n"), "Gordon Brown") ==
        "supports:the budget\n");
}

TEST_CASE("a side taken by the subject of a reported clause is not the speaker's", "[claims][stance]") {
  // seen on BBC tech-320, business-284: the chip and the resources act, not the speaker
  CHECK(
      Stances(ExtractText("IBM said Cell would support multiple operating systems simultaneously.\n"), "IBM")
          .empty());
  CHECK(Stances(ExtractText("Radwan Hadi said Iraq's vast natural resources can support any magnitude of "
                            "economic growth.\n"),
                "Radwan Hadi")
            .empty());
  auto yukos = ExtractText("Deutsche Bank said Yukos would oppose the sale of the unit.\n");
  CHECK(Stances(yukos, "Deutsche Bank").empty());
  CHECK(Stances(yukos, "Yukos") == "opposes:the sale of the unit\n");
  // the speaker's own side stays: first person, a call for it, an act of the speaker's
  CHECK(Stances(ExtractText("\"I'm going to support the Republican nominee,\" Marco Rubio said.\n"),
                "Marco Rubio") == "supports:the Republican nominee\n");
  CHECK(Stances(ExtractText("Bill Gates urged world leaders to support a global vaccination campaign.\n"),
                "Bill Gates")
            .find("supports:a global vaccination campaign") != std::string::npos);
  CHECK(Stances(ExtractText("Bill Gates said NATO must support Ukraine.\n"), "Bill Gates") ==
        "supports:Ukraine\n");
}

TEST_CASE("a judgement in a noun phrase said of a pronoun names no target", "[claims][stance]") {
  // seen on BBC sport-092, business-097: "guy", "opportunity" were targets
  CHECK(Stances(ExtractText("\"He is a great guy,\" Kim Collins said.\n"), "Kim Collins").empty());
  CHECK(Stances(ExtractText("\"It is a great opportunity for the brand,\" Robert Benmosche said.\n"),
                "Robert Benmosche")
            .empty());
  // said of a named subject, the subject is judged
  CHECK(Stances(ExtractText("\"Brexit is a terrible mistake,\" Ken Clarke said.\n"), "Ken Clarke") ==
        "opposes:Brexit\n");
}

TEST_CASE("a dash standing alone ends a stance target", "[claims][stance]") {
  // seen on BBC politics-165: "drunken disorder - but only"
  CHECK(Stances(
            ExtractText("Chris Fox said the new Licensing Act could help reduce drunken disorder - but only "
                        "if it was properly planned.\n"),
            "Chris Fox") == "opposes:drunken disorder\n");
}

TEST_CASE("support one receives is not support one gives", "[claims][stance]") {
  // seen on BBC entertainment-037 and polnear: "received support from X" gave the receiver supporting X
  CHECK(Stances(ExtractText("Charles Williams said he had received support from indigenous groups around the "
                            "world.\n"),
                "Charles Williams")
            .empty());
  CHECK(Stances(ExtractText("John Hammond said Trump may struggle to win support among the delegates.\n"),
                "John Hammond")
            .empty());
  // support one gives still is support
  CHECK(Stances(ExtractText("Charles Williams said he would support indigenous groups around the world.\n"),
                "Charles Williams")
            .find("supports:") != std::string::npos);
}

TEST_CASE("a relation's text cut short ends in no function word", "[claims][stance]") {
  // seen on BBC business-100: "denies claims that he knew accountants were doctoring the books at"
  auto x = ExtractText(
      "Bernie Ebbers has denied claims that he knew accountants were doctoring the books at the "
      "firm.\n");
  std::string denied;
  for (const auto& r : x.relations)
    if (r.type == "denies") denied = r.target_text;
  CHECK(denied == "claims that he knew accountants were doctoring the books");
  // nor in the determiner of the noun the cut leaves out (seen on BBC sport-316: "his decision
  // not to release any")
  CHECK(Stances(ExtractText("Wales coach Tom Brown has defended his decision not to release any of the "
                            "senior players for this weekend's regional league fixtures.\n"),
                "Tom Brown") == "supports:his decision not to release\n");
}

TEST_CASE("a stance target never ends in 'be'", "[claims][stance]") {
  // seen on BBC politics-114 and politics-198: "... wants the ballot to be", "I want Norwich to be"
  auto x = ExtractText(
      "Mark Ballard said: \"Everyone involved in this debate - both for and against - wants the ballot "
      "to be as fair and representative as possible.\" Andy Hayman said: \"We want industry to succeed in "
      "Norwich and I want Norwich to be the recognised nightspot of East Anglia.\"\n");
  for (const auto& r : x.relations) {
    if (r.type == "said") continue;
    INFO(r.type << ": " << r.target_text);
    CHECK_FALSE(r.target_text.ends_with(" be"));
    CHECK_FALSE(r.target_text.ends_with(" to"));
  }
}

TEST_CASE("a noun ending in -ly is a thing, an adverb of manner is not", "[claims][stance]") {
  // review: "opposes monopoly" was refused as "a manner", as "we support them fully" rightly is
  auto x = ExtractText("Mr Smith opposes monopoly. Mr Jones backed it publicly or privately.\n");
  CHECK(Stances(x, "Smith") == "opposes:monopoly\n");
  CHECK(Stances(x, "Jones").empty());
}

TEST_CASE("a pronoun subject behind auxiliaries is the one who takes the side", "[claims][stance]") {
  // "I" takes the stance, not the band named before it
  auto x = ExtractText("Though I really like Franz Ferdinand, I have to criticise Alex Kapranos.\n");
  CHECK(Stances(x, "Franz Ferdinand").empty());
  auto y = ExtractText("Though we like Gordon Brown, we must criticise Alex Kapranos.\n");
  CHECK(Stances(y, "Gordon Brown").empty());
}

TEST_CASE("a name inside an aside or a passive's agent before a passive is not what it is about",
          "[claims][stance]") {
  auto x = ExtractText(
      "The scheme - which is an extension of the Respect the Value of Music campaign - is also being "
      "backed by Feargal Sharkey and Lucie Silvas.\n");
  CHECK(Stances(x, "Feargal Sharkey").find("Value of Music") == std::string::npos);
  // after a passive, the name before a second one is the first one's agent, not what is praised
  auto z = ExtractText(
      "His actions in the investigation were condemned by Democrats, yet praised by candidate Donald "
      "Trump.\n");
  CHECK(Stances(z, "Donald Trump").find("Democrat") == std::string::npos);
  // the one named as the passive's subject stays its patient
  auto y = ExtractText("Tony Blair, who was criticised by Gordon Brown, left.\n");
  CHECK(Stances(y, "Gordon Brown") == "opposes:Tony Blair\n");
}

TEST_CASE("a stance verb's -ing form before a noun of a performance is an adjective", "[claims][stance]") {
  CHECK(
      Stances(ExtractText("Diana Rigg was nominated for best supporting actress.\n"), "Diana Rigg").empty());
  CHECK(Stances(ExtractText("Imelda Staunton took her supporting role seriously.\n"), "Imelda Staunton")
            .empty());
  CHECK(Stances(ExtractText("Johan Cruyff was encouraged to play creative attacking football.\n"),
                "Johan Cruyff")
            .empty());
  // before anything else it is still the verb
  CHECK(Stances(ExtractText("Rah Digga is supporting charities including the NSPCC.\n"), "Rah Digga")
            .rfind("supports:", 0) == 0);
}

TEST_CASE("'ruled out' before a preposition has no object: a player out injured takes no side",
          "[claims][stance]") {
  auto x = ExtractText("Wales captain Gareth Thomas has been ruled out of the rest of the Six Nations.\n");
  CHECK(Stances(x, "Gareth Thomas").empty());
  // with an object, what is ruled out is opposed
  auto y = ExtractText("Tony Blair has ruled out a televised debate with Michael Howard.\n");
  CHECK(Stances(y, "Tony Blair").rfind("opposes:", 0) == 0);
}

TEST_CASE("'against' takes a side only after a linking verb, not in a fixture or a name",
          "[claims][stance]") {
  auto x = ExtractText("Tom Shanklin will start in the centre for Wales against England in Cardiff.\n");
  CHECK(StanceEdges(x).empty());
  auto y = ExtractText("Mike Hobday, from the League Against Cruel Sports, said the ban was working.\n");
  CHECK(StanceEdges(y).find("Cruel Sports") == std::string::npos);
  auto z = ExtractText("Mark Vaile said the Australian government is firmly against the deal.\n");
  CHECK(StanceEdges(z).find("opposes the deal") != std::string::npos);
}

TEST_CASE("a question proposes nothing and takes no side", "[claims][stance]") {
  auto x = ExtractText(
      "Charles Kennedy said: \"Why do we need this legislation in the first place?\"\n\n"
      "Rick Parry said: \"Do we need to investigate the possibilities of sponsorship?\"\n");
  CHECK(Stances(x, "Charles Kennedy").empty());
  CHECK(Stances(x, "Rick Parry").empty());
  // the same words stated are a proposal
  auto y = ExtractText("Rick Parry said: \"We need to investigate the possibilities of sponsorship.\"\n");
  CHECK(Stances(y, "Rick Parry") == "proposed:investigate the possibilities of sponsorship\n");
}

TEST_CASE("a proposal cut at the length limit ends before the phrase the cut leaves unfinished",
          "[claims][stance]") {
  auto x = ExtractText(
      "Sam Younger called for a wider public debate on party funding to find the consensus needed for "
      "radical "
      "changes.\n");
  CHECK(Stances(x, "Sam Younger") == "proposed:a wider public debate on party funding\n");
}

TEST_CASE("a negated belief holds no proposal or stance inside it; a negated doubt does",
          "[claims][stance]") {
  auto x = ExtractText(
      "Frank Arnesen said: \"When it comes down to personal problems, I don't think we should talk about "
      "timing.\"\n");
  CHECK(Stances(x, "Frank Arnesen").empty());
  auto y = ExtractText(
      "Frank Arnesen said: \"When it comes down to personal problems, I think we should talk about "
      "timing.\"\n");
  CHECK(Stances(y, "Frank Arnesen") == "proposed:talk about timing\n");
  auto z = ExtractText(
      "Carl Clump said there was no doubt that chip and pin would reduce card fraud in the card-present "
      "environment.\n");
  CHECK(Stances(z, "Carl Clump") == "opposes:card fraud in the card-present environment\n");
}

TEST_CASE("a contrast that opens a clause ends what a stance is toward", "[claims][stance]") {
  auto x = ExtractText(
      "Mark Oaten said: \"Deportation may tackle this initial problem but I want to see a wider debate.\"\n");
  CHECK(Stances(x, "Mark Oaten") == "opposes:this initial problem\nproposed:see a wider debate\n");
}

TEST_CASE("a doubt holds no proposal or stance in what it doubts", "[claims][stance]") {
  auto x = ExtractText("Michael Howard said: \"I doubt we should support the European constitution.\"\n");
  CHECK(Stances(x, "Michael Howard").empty());
}

TEST_CASE("a relative clause after a name and a comma is that name's", "[claims][stance]") {
  // not the subject of a relative clause earlier in the sentence
  CHECK(
      StanceEdges(ExtractText("Jose Meade, who is not affiliated to any party, has struggled against Donald "
                              "Trump, who has criticized Mexico.\n")) == "Donald Trump opposes Mexico\n");
  CHECK(StanceEdges(ExtractText("Tony Blair spoke to Gordon Brown, who praised the plan.\n")) ==
        "Gordon Brown supports the plan\n");
  // a name after "of" inside a description is not the one described
  auto x =
      ExtractText("He was praised by the daughter of King Michael of Romania, who said the plan was bad.\n");
  REQUIRE(x.claims.size() == 1);
  CHECK(x.claims[0].speaker.empty());
}

TEST_CASE("a need to say or to think is a manner of speaking, not a proposal", "[claims][stance]") {
  auto x = ExtractText(
      "\"I think we have to say right at the outset that this was a stupid remark,\" said Hamish Reid.\n\n"
      "\"I should tell you that Doug has decided to stand aside,\" said Alan Moss.\n\n"
      "\"We have to acknowledge that the media plays a role,\" said Andrew Nash.\n\n"
      "\"We must see as many players as possible,\" said Jo Lamb.\n");
  CHECK(Stances(x, "Hamish Reid").empty());
  CHECK(Stances(x, "Alan Moss").empty());
  CHECK(Stances(x, "Andrew Nash").empty());
  // a verb that is an act as well still proposes
  CHECK(Stances(x, "Jo Lamb") == "proposed:see as many players as possible\n");
  // (review) and so does another's need to speak
  auto y = ExtractText("Michael Howard said Tony Blair should tell voters the truth about taxes.\n");
  CHECK(Stances(y, "Michael Howard") == "proposed:tell voters the truth about taxes\n");
}

TEST_CASE("a stance noun in a list or inside another side taken is not the subject's act",
          "[claims][stance]") {
  auto x = ExtractText(
      "Tom Hale said the rise of cameras, ID cards, the plan to charge for road use, was a nightmare.\n\n"
      "The Liberal Democrats will hope to gain from their consistent stand against the war on Iraq.\n\n"
      "Mr Blair said the two leaders had talked about Afghanistan, the wider war on terror and Kashmir.\n");
  CHECK(Stances(x, "Tom Hale").empty());
  CHECK(Stances(x, "Liberal Democrats").find(":Iraq") == std::string::npos);
  CHECK(Stances(x, "Blair").empty());
}

TEST_CASE("a number's thousands comma does not end what is proposed", "[claims][stance]") {
  auto x = ExtractText(
      "Venezuela offered to supply 120,000 barrels of fuel oil a month to China.\n\n"
      "Gordon Brown plans to axe 104,000 jobs to free up money for schools, he said.\n");
  CHECK(Stances(x, "Venezuela") == "proposed:supply 120,000 barrels\n");
  CHECK(Stances(x, "Gordon Brown").find("proposed:axe 104,000 jobs") != std::string::npos);
}

TEST_CASE("support withheld from a thing opposes it, even after 'any'", "[claims][stance]") {
  // review: "any" and "either" named no one in particular before anything at all
  auto x = ExtractText(
      "The Labour Party does not support any carbon tax.\n\n"
      "Michael Howard said he would not support any increase in tuition fees.\n\n"
      "Jack Straw said he would not endorse any candidate in the race.\n");
  CHECK(Stances(x, "Labour Party") == "opposes:any carbon tax\n");
  CHECK(Stances(x, "Michael Howard") == "opposes:any increase in tuition fees\n");
  CHECK(Stances(x, "Jack Straw").empty());
}

TEST_CASE("'great' before a noun judges the noun only where it names a side", "[claims][stance]") {
  // what the word qualifies is no side: shape, a job, memories, a deal of difficulty
  CHECK(StanceEdges(
            ExtractText("Coach Bob Lane said: \"He is in great shape and has some big jumps inside him.\"\n"
                        "Coach Bob Lane said: \"He did a great job in the second half in France.\"\n"
                        "Striker Mike Owen said: \"I've got great memories of Liverpool.\"\n")) == "");
  // nor is the name it opens: "Great Britain"
  CHECK(StanceEdges(
            ExtractText("Tim Henman said that representing Great Britain has always been a top priority "
                        "for him.\n")) == "");
  // praise after a light verb is praise of its named subject, unless negated
  CHECK(StanceEdges(
            ExtractText("Coach Andy Robinson said Matt Stevens had an awesome game at tighthead prop.\n")) ==
        "Andy Robinson supports Matt Stevens\n");
  CHECK(StanceEdges(ExtractText(
            "Coach Andy Robinson said Matt Stevens did not have his best game on Saturday.\n")) == "");
}

TEST_CASE("a prize's winner and a contest's favourite are results, no side taken", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText(
            "Orange Prize winner Andrea Levy has seen her book win the Whitbread award.\n")) == "");
  CHECK(StanceEdges(
            ExtractText("Coach Steve McClaren said Lazio are favourites to win this competition.\n")) == "");
}

TEST_CASE("what a stance is toward ends where a clause of its own begins", "[claims][stance]") {
  // a second verb with its object after "and"
  CHECK(StanceEdges(ExtractText(
            "Raj Reddy said the plan would reduce their poverty and reduce their illiteracy.\n")) ==
        "Raj Reddy opposes their poverty\n");
  // a subject pronoun
  CHECK(StanceEdges(
            ExtractText("Max Lawson said rich countries must tackle obscene poverty they need to end.\n")) ==
        "Max Lawson opposes obscene poverty\n");
  // a list of things stays one object
  CHECK(StanceEdges(ExtractText(
            "Max Lawson said rich countries must tackle poverty and the debt of poor nations.\n")) ==
        "Max Lawson opposes poverty and the debt of poor nations\n");
}

TEST_CASE("a person speaking of what their side will do to something takes that stance", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Gordon Brown said Labour would spend more to tackle child poverty.\n")) ==
        "Gordon Brown opposes child poverty\n");
  CHECK(StanceEdges(
            ExtractText("Michael Howard, the Conservative leader, said the Conservatives would act to stop "
                        "illegal immigration.\n")) == "Michael Howard opposes illegal immigration\n");
  // another organization's aim is not an organization's own ("Yukos had manufactured a case")
  CHECK(StanceEdges(ExtractText("Deutsche Bank said Yukos had manufactured a case to stop the sale.\n")) ==
        "");
}

TEST_CASE("a person asked to act is the one who acts, unlike a channel", "[claims][stance]") {
  CHECK(StanceEdges(ExtractText("Donald Trump turned to Rudy Giuliani to defend the policy.\n")) ==
        "Rudy Giuliani supports the policy\n");
  CHECK(StanceEdges(ExtractText("Barack Obama relied on Joe Biden to criticise the deal.\n")) ==
        "Joe Biden opposes the deal\n");
  CHECK(StanceEdges(
            ExtractText("Roseanne Barr took to Twitter on Monday to defend President Donald Trump.\n")) ==
        "Roseanne Barr supports Donald Trump\n");
}

TEST_CASE("a feeling the speaker reports of others is theirs and no stance of the speaker's",
          "[claims][stance]") {
  // seen on BBC business-421, business-119 and business-383
  CHECK(Stances(ExtractText("The Sunday Telegraph said Werner Seifert is becoming increasingly impatient "
                            "with the bid process.\n"),
                "Sunday Telegraph") == "");
  CHECK(
      Stances(ExtractText("\"The MPC may become more concerned about inflation trends,\" said Tom Jones.\n"),
              "Tom Jones") == "");
  CHECK(Stances(ExtractText("\"The markets are starting to fear a more aggressive Fed,\" said Tom Jones.\n"),
                "Tom Jones") == "");
  // the speaker's own feeling, or one the speaker says people ought to have, is the speaker's
  CHECK(Stances(ExtractText("\"The party is going nowhere and I'm embarrassed with its allies,\" said Tom "
                            "Jones.\n"),
                "Tom Jones") == "opposes:its allies\n");
  CHECK(Stances(ExtractText("\"Anyone who reports on companies should be concerned about this ruling,\" said "
                            "Tom Jones.\n"),
                "Tom Jones") == "opposes:this ruling\n");
}

TEST_CASE("what the speaker does not feel like wanting is no proposal", "[claims][stance]") {
  // seen on BBC sport-502
  CHECK(Stances(
            ExtractText("\"To be honest with you, I don't feel like I want to talk to Sveta at all,\" Elena "
                        "Dementieva said.\n"),
            "Elena Dementieva") == "");
  // a contrast opens a clause of its own: the want after it stands
  CHECK(Stances(ExtractText("Lord Woolf said he did not think there would be difficulties but he wanted to "
                            "establish the principle.\n"),
                "Woolf") == "proposed:establish the principle\n");
}

TEST_CASE("contradictions seen on BBC: a denied verdict, a reported feeling, a country's thing",
          "[claims][stance]") {
  // sport-409: a verdict the light verb denies is none
  CHECK(Stances(ExtractText(
                    "\"Ireland will not make the mistake of being over-confident,\" said Paul O'Connell.\n"),
                "Paul O'Connell") == "");
  // politics-335: the people's scepticism, not the speaker's stance
  CHECK(Stances(ExtractText("Charles Kennedy said people were \"highly sceptical\" about Labour.\n"),
                "Charles Kennedy") == "");
  // business-025: a country before a noun modifies it; the thing challenged is the jurisdiction
  CHECK(StanceEdges(ExtractText("The US court's jurisdiction had been challenged by Deutsche Bank.\n")) ==
        "Deutsche Bank opposes The US court's jurisdiction\n");
}

TEST_CASE("a figure's or a file's state is no stance", "[claims][stance]") {
  // seen on BBC tech-008 and business-463: an event's result or a market's pace judges no one
  CHECK(Stances(ExtractText("Sophos said 10% of the e-mail on the net was infected with the Zafi virus.\n"),
                "Sophos") == "");
  CHECK(Stances(ExtractText("The Federal Reserve said office leasing was especially brisk in Washington.\n"),
                "Federal Reserve") == "");
  // entertainment-289 and tech-011: a disadvantage suffered, a show missed, judge no one
  CHECK(Stances(ExtractText("The Musicians' Union said British musicians are \"disadvantaged\" compared to "
                            "their US counterparts.\n"),
                "Union") == "");
  CHECK(Stances(ExtractText("\"Missing a television show presents little problem to anyone,\" explained Ben "
                            "Coppin.\n"),
                "Ben Coppin") == "");
}

TEST_CASE("what 'despite' grants is no stance", "[claims][stance]") {
  // seen on BBC business-115 and politics-183
  CHECK(Stances(
            ExtractText("GlaxoSmithKline said its new drug pipeline will deliver profits despite the failure "
                        "of an obesity drug.\n"),
            "GlaxoSmithKline") == "");
  // a concessive clause without its comma is no preposition's object: the main clause keeps its aim
  CHECK(Stances(ExtractText(
                    "\"Although we will be challenging the decision we will put in place appropriate care "
                    "for our patients,\" said Jane Hutt.\n"),
                "Jane Hutt")
            .find("proposed:") != std::string::npos);
}
