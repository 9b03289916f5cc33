// Stance from a claim's content (issue 13): sentiment words with negation, intensifiers and
// contrast give opposes / supports edges toward the noun phrase judged; a stance target is never a
// fragment, a clause or the speaker's own side.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "extract/claims/stance.h"
#include "support/extract_support.h"

using claimgraph::Extraction;
using claimgraph::Relation;

using claimgraph::testing::EntityName;
using claimgraph::testing::ExtractText;
using claimgraph::testing::Stances;

namespace {

bool Has(const Extraction& x, const std::string& source, const std::string& type, const std::string& target) {
  return Stances(x, source).find(type + ":" + target + "\n") != std::string::npos;
}

}  // namespace

TEST_CASE("a claim that judges a thing badly opposes it, well supports it", "[claims][stance]") {
  auto x = ExtractText("Michael Howard said the tax system was unfair.\n");
  CHECK(Has(x, "Michael Howard", "opposes", "the tax system"));
  auto y = ExtractText("Michael Howard said the new law was wonderful.\n");
  CHECK(Has(y, "Michael Howard", "supports", "the new law"));
  // the evaluation of a noun it modifies: "unfair taxes"
  auto z = ExtractText("Michael Howard said Labour would bring in unfair taxes.\n");
  CHECK(Has(z, "Michael Howard", "opposes", "unfair taxes"));
  // the object of the speaker's own verb: "we support the first responders"
  auto w = ExtractText("Hillary Clinton said: \"We will always support the first responders.\"\n");
  CHECK(Has(w, "Hillary Clinton", "supports", "the first responders"));
}

TEST_CASE("a judged thing that is no side takes no stance", "[claims][stance]") {
  // what one can be for or against: someone named, people, an organization, an issue
  auto x = ExtractText("Martin Sorrell said the long-term outlook was very good.\n");
  CHECK(Stances(x, "Martin Sorrell").empty());
  auto y = ExtractText("Julian White said: \"I enjoy the atmosphere.\"\n");
  CHECK(Stances(y, "Julian White").empty());
  auto z = ExtractText("Martin Sorrell said the new merger was very good.\n");
  CHECK(Has(z, "Martin Sorrell", "supports", "the new merger"));
  auto w = ExtractText("Martin Sorrell said Labour's record was very good.\n");
  CHECK(Stances(w, "Martin Sorrell").find("supports:") != std::string::npos);
  // the claim is kept: only the stance edge goes
  CHECK(claimgraph::testing::ClaimWithText(x, "the long-term outlook was very good"));
}

TEST_CASE("a negator turns the stance over", "[claims][stance]") {
  auto x = ExtractText("Michael Howard said the tax system was not fair.\n");
  CHECK(Has(x, "Michael Howard", "opposes", "the tax system"));
  CHECK_FALSE(Has(x, "Michael Howard", "supports", "the tax system"));
  auto y = ExtractText("Michael Howard said the new law was never boring.\n");
  CHECK(Has(y, "Michael Howard", "supports", "the new law"));
  // a stance phrase of the lexicon negated ("not terrible") is no stance against it
  auto z = ExtractText("Michael Howard said the new hospital was not terrible.\n");
  CHECK_FALSE(Has(z, "Michael Howard", "opposes", "the new hospital"));
}

TEST_CASE("what comes before 'but' is conceded: the stance is what follows", "[claims][stance]") {
  auto x = ExtractText(
      "Gordon Brown said: \"The plan has some wonderful ideas, but the budget is a disaster.\"\n");
  CHECK(Has(x, "Gordon Brown", "opposes", "the budget"));
  CHECK(Stances(x, "Gordon Brown").find("supports:") == std::string::npos);
  // "although X, Y": X is conceded
  auto y = ExtractText("Gordon Brown said although the plan was wonderful, the budget was a disaster.\n");
  CHECK(Stances(y, "Gordon Brown").find("supports:") == std::string::npos);
}

TEST_CASE("a weak word, a passive and another's act are no stance of the speaker", "[claims][stance]") {
  // AFINN +-1 words ("growth", "uncertain") say too little
  auto x = ExtractText("The IMF said the outlook for growth remains uncertain.\n");
  CHECK(Stances(x, "International Monetary Fund") == "");
  // "has not been determined": a passive, not a judgement
  auto y = ExtractText("James O'Neill said the exact cause of the explosion has not been determined.\n");
  CHECK(Stances(y, "James O'Neill") == "");
  // "God bless X", "they attacked X": the verb is another's
  auto z = ExtractText("Donald Trump said: \"God bless the people of Russia.\"\n");
  CHECK(Stances(z, "Donald Trump") == "");
}

TEST_CASE("a stance target is never a fragment ending in a function word or a clause", "[claims][stance]") {
  using claimgraph::extract::claims::RefusedTarget;
  using claimgraph::extract::claims::TrimTarget;
  CHECK(RefusedTarget("this legislation in the", "") != "");
  CHECK(RefusedTarget("to make sure that", "") != "");
  CHECK(RefusedTarget("by it", "") != "");
  CHECK(RefusedTarget("It doesn't make any sense", "") != "");
  CHECK(RefusedTarget("The insurance model doesn't work here", "") != "");
  CHECK(RefusedTarget("start by recognizing that returning to the borders", "") != "");
  CHECK(RefusedTarget("that and the Tories cannot be trusted to oppose", "") != "");
  // "since" opens a clause or a time, no thing (seen on BBC entertainment-252: "any material
  // support since they ceased to be a couple" read as support for "ceased")
  CHECK(RefusedTarget("since they ceased to", "") != "");
  CHECK(Stances(ExtractText("Mary Jones is also claiming that Tom Brown has failed to provide her with any "
                            "material support since they ceased to be a couple.\n"),
                "Mary Jones") == "");
  CHECK(TrimTarget("double counting some spending on roads since 1998") ==
        "double counting some spending on roads");
  // "so" opens a clause of purpose or result: the thing ends before it (seen on BBC
  // entertainment-184, politics-031)
  CHECK(TrimTarget("make it bigger and better so") == "make it bigger and better");
  CHECK(Stances(ExtractText(
                    "The Law Commission recommended tightening the law so that the defence cannot be used "
                    "in cases of revenge.\n"),
                "Law Commission") == "proposed:tightening the law\n");
  CHECK(RefusedTarget("NATO membership for Ukraine", "") == "");
  CHECK(RefusedTarget("the government mandate", "") == "");
  CHECK(TrimTarget("of Obamacare") == "Obamacare");
  CHECK(TrimTarget("the administration on this and") == "the administration");
  // in an article: the phrase after "against the city" was "the city", a threat's, not a stance
  auto x = ExtractText(
      "Bill de Blasio said there had been no specific, credible threats against the city.\n"
      "Bill Clinton said: \"It doesn't make any sense. It's the craziest thing in the world.\"\n");
  CHECK(Stances(x, "Bill de Blasio") == "");
  CHECK(Stances(x, "Bill Clinton") == "");
}

TEST_CASE("a name opening a sentence is no sentiment word", "[claims][stance]") {
  // "victor" and "care" are AFINN words; "Victor Conte" and "Care International" are names
  auto x = ExtractText("Richard Nicholls said: \"Victor Conte was here.\"\n");
  CHECK(Stances(x, "Richard Nicholls").empty());
  auto y = ExtractText("Richard Nicholls said: \"Care International has closed its office.\"\n");
  CHECK(Stances(y, "Richard Nicholls").empty());
  // a sentiment word opening a sentence before a lower-case word still judges
  auto z = ExtractText("Richard Nicholls said: \"Terrible decisions cost us the game.\"\n");
  CHECK(Stances(z, "Richard Nicholls").find("opposes:") != std::string::npos);
}

TEST_CASE("'that' before a pronoun, a quantifier, a possessive or a plural opens a clause, no target",
          "[claims][stance]") {
  using claimgraph::extract::claims::RefusedTarget;
  CHECK(RefusedTarget("that Bafta voters", "") != "");
  CHECK(RefusedTarget("that many young people", "") != "");
  CHECK(RefusedTarget("that Britain's economy", "") != "");
  CHECK(RefusedTarget("that I think", "") != "");
  CHECK(RefusedTarget("that entirely", "") != "");
  // a demonstrative before one noun is a thing
  CHECK(RefusedTarget("that change", "") == "");
  CHECK(RefusedTarget("that massive majority", "") == "");
  CHECK(RefusedTarget("that news", "") == "");
  auto x = ExtractText("Peter Bradshaw said: \"I hope that Bafta voters will respond to the film.\"\n");
  CHECK(Stances(x, "Peter Bradshaw") == "");
  // a proposal is the clause itself, without its "that"
  auto y = ExtractText("The Justice Department demanded that users share their files.\n");
  CHECK(Stances(y, "Justice Department") == "proposed:users share their files\n");
}

TEST_CASE("TrimAndRefuse trims and refuses a target as TrimTarget and RefusedTarget do", "[claims][stance]") {
  using namespace claimgraph::extract::claims;
  const std::string claim =
      "Chasing this illusionary goal will only prolong the war and cause more suffering.";
  ClaimWordsCache words(claim);
  for (std::string target :
       {"of Obamacare", "the administration on this and", "this legislation in the", "the plan this week,",
        "our record", "Chasing this illusionary goal will only prolong the war",
        "NATO membership for Ukraine", "the IFF because of its legislative process", "-"}) {
    const std::string trimmed = TrimTarget(target);
    const std::string why = RefusedTarget(trimmed, claim);
    CHECK(TrimAndRefuse(&target, words) == why);
    CHECK(target == trimmed);
  }
}

TEST_CASE("no speaker takes a stance toward their own side or their own statement", "[claims][stance]") {
  using claimgraph::extract::claims::RefusedTarget;
  CHECK(RefusedTarget("we", "") != "");
  CHECK(RefusedTarget("we have seen a sustained commitment", "") != "");
  // the claim's own words are no target
  CHECK(RefusedTarget("Chasing this illusionary goal will only prolong the war",
                      "Chasing this illusionary goal will only prolong the war and cause more suffering.") !=
        "");
  auto x = ExtractText(
      "Pete Hegseth said: \"Chasing this illusionary goal will only prolong the war and cause more "
      "suffering.\"\n");
  for (const Relation& r : x.relations) {
    if (r.type != "opposes" && r.type != "supports") continue;
    CHECK(r.target_text.find("Chasing") == std::string::npos);
  }
  auto y = ExtractText("Tony Blair said Tony Blair was wonderful.\n");
  CHECK(Stances(y, "Tony Blair") == "");
}

TEST_CASE("a stance inside a quote about someone else is not theirs", "[claims][stance]") {
  auto x = ExtractText(
      "\"I just spoke to President Volodymyr Zelenskyy. He, like President Putin, wants to make PEACE,\" "
      "Donald Trump said.\n");
  CHECK(Stances(x, "Volodymyr Zelensky") == "");
  CHECK(Stances(x, "Volodymyr Zelenskyy") == "");
}

TEST_CASE("an act the speaker calls for against X opposes X", "[claims][stance]") {
  auto x = ExtractText(
      "Adam Schiff called on President Obama to retaliate against Russia for its interference.\n");
  CHECK(Has(x, "Adam Schiff", "opposes", "Russia"));
  // the one asked is no target of the proposal: what they are asked to do is
  CHECK_FALSE(Has(x, "Adam Schiff", "proposed", "Barack Obama"));
  CHECK(Stances(x, "Adam Schiff").find("proposed:retaliate against Russia") != std::string::npos);
}

TEST_CASE("reducing or tackling something opposes it; the speaker's side committing to an act proposes it",
          "[claims][stance]") {
  auto x = ExtractText("Michael Howard said his party would tackle waste and reduce the borrowing.\n");
  CHECK(Stances(x, "Michael Howard").find("opposes:waste") != std::string::npos);
  CHECK(Stances(x, "Michael Howard").find("proposed:tackle waste") != std::string::npos);
  auto y = ExtractText("Tony Blair said: \"We will defend this record.\"\n");
  CHECK(Stances(y, "Tony Blair").find("proposed:defend this record") != std::string::npos);
  // a negated commitment proposes nothing
  auto z = ExtractText("Tony Blair said: \"We will not raise income tax.\"\n");
  CHECK(Stances(z, "Tony Blair").find("proposed:") == std::string::npos);
  // "everything we can to support X": the modal stands for a verb said before
  auto w = ExtractText("Hillary Clinton said: \"We need to do everything we can to help the victims.\"\n");
  CHECK(Stances(w, "Hillary Clinton").find("proposed:help the victims") == std::string::npos);
}

TEST_CASE("a strongly valued verb between two named entities is the subject's stance", "[claims][stance]") {
  auto x = ExtractText("Will Hurd mocked Donald Trump on Tuesday.\n");
  CHECK(Has(x, "Will Hurd", "opposes", "Donald Trump"));
  auto y = ExtractText("Will Hurd never mocked Donald Trump.\n");
  CHECK(Stances(y, "Will Hurd") == "");
  // an unnamed subject is nobody's: not the entity named before it
  auto z = ExtractText("In the United States, both candidates have opposed the new trade deal.\n");
  CHECK(Stances(z, "United States") == "");
}

TEST_CASE("a judgement of a named subject's act is a stance toward the subject", "[claims][stance]") {
  auto x = ExtractText("Hillary Clinton said Donald Trump lied about his taxes.\n");
  CHECK(Has(x, "Hillary Clinton", "opposes", "Donald Trump"));
  CHECK_FALSE(Has(x, "Hillary Clinton", "opposes", "his taxes"));
  auto y = ExtractText("The New York Times said Donald Trump had made false claims.\n");
  CHECK(Has(y, "The New York Times", "opposes", "Donald Trump"));
  // "It doesn't make any sense": a pronoun is no one
  auto z = ExtractText("Bill Clinton said: \"It doesn't make any sense.\"\n");
  CHECK(Stances(z, "Bill Clinton") == "");
}

TEST_CASE("the object of a stance verb stands before a quote it introduces", "[claims][stance]") {
  auto x = ExtractText(
      "Pamela Geller condemned the Lowell assault in fierce terms: \"Such attacks are rampant.\"\n");
  CHECK(Stances(x, "Pamela Geller").find("opposes:the Lowell assault") != std::string::npos);
}

TEST_CASE("what an agent should do is proposed; what a thing should do is a forecast", "[claims][stance]") {
  auto x = ExtractText("Lord Holme said: \"The broadcasters should make the decision to go ahead.\"\n");
  CHECK(Stances(x, "Holme").find("proposed:make the decision to go ahead") != std::string::npos);
  auto y = ExtractText(
      "Mario Paniccia said products exploiting the breakthrough should appear by the end of the decade.\n");
  CHECK(Stances(y, "Mario Paniccia").find("proposed:") == std::string::npos);
}

TEST_CASE("a sentiment word that ends the text reads nothing past it", "[claims][stance][fuzz]") {
  // crash-4e2f703a (tools/fuzz.sh): "... win" as the article's last token; the target
  // search read the token after it (heap-buffer-overflow in ContentReader::Target)
  auto x = ExtractText("Pete Hegseth said the team would win");
  CHECK(Stances(x, "Pete Hegseth") == "");
  auto y = ExtractText("Pete Hegseth said they win");
  CHECK(Stances(y, "Pete Hegseth") == "");
}

TEST_CASE("support withheld by a named subject opposes; a criticism withheld says nothing",
          "[claims][stance]") {
  auto x = ExtractText("Lindsey Graham has not endorsed Donald Trump.\n");
  CHECK(Has(x, "Lindsey Graham", "opposes", "Donald Trump"));
  CHECK_FALSE(Has(x, "Lindsey Graham", "supports", "Donald Trump"));
  auto y = ExtractText("Ted Cruz refused to endorse Donald Trump at the convention.\n");
  CHECK(Stances(y, "Ted Cruz").find("opposes:") != std::string::npos);
  // the reported clause's own subject is the speaker
  auto z = ExtractText("Donald Trump said he wouldn't support Ted Cruz.\n");
  CHECK(Has(z, "Donald Trump", "opposes", "Ted Cruz"));
  auto w = ExtractText("Marco Rubio never mocked Donald Trump.\n");
  CHECK(Stances(w, "Marco Rubio").empty());
}

TEST_CASE("a passive stance verb: the one after 'by', past a description, takes the side",
          "[claims][stance]") {
  auto x = ExtractText("Jack Toig was praised by Tidal owner Jay Carter on Monday.\n");
  CHECK(Has(x, "Jay Carter", "supports", "Jack Toig"));
  CHECK(Stances(x, "Jack Toig").empty());
  // "outraged by": the feeling of the one before, never the act of the one after
  auto y = ExtractText("Canadian voters outraged by Donald Trump are planning a boycott.\n");
  CHECK(Stances(y, "Donald Trump").find("opposes:") == std::string::npos);
}

TEST_CASE("a place takes no stance: a participle's agent is the sentence's subject", "[claims][stance]") {
  auto x = ExtractText(
      "Bernie Sanders has started running commercials in New York criticizing Hillary Clinton for "
      "accepting speaking fees.\n");
  CHECK(Has(x, "Bernie Sanders", "opposes", "Hillary Clinton"));
  CHECK(Stances(x, "New York").empty());
}

TEST_CASE("verb forms the sentiment lexicon lacks are read as their stem", "[claims][stance]") {
  CHECK(claimgraph::extract::claims::Valence("slammed") < 0);
  CHECK(claimgraph::extract::claims::Valence("thanked") > 0);
  CHECK(claimgraph::extract::claims::Valence("denounced") < 0);
  CHECK(claimgraph::extract::claims::Valence("was") == 0);
  auto x = ExtractText("Chuck Grassley thanked Jeff Sessions for his letter.\n");
  CHECK(Has(x, "Chuck Grassley", "supports", "Jeff Sessions"));
  // a target never ends in the speaker's own pronoun ("defend this record and we")
  auto y = ExtractText("Tony Blair said: \"Now we can defend this record and we can build on it.\"\n");
  CHECK(Stances(y, "Tony Blair").find(" we\n") == std::string::npos);
}

TEST_CASE("a warning about what a named one does opposes it", "[claims][stance]") {
  auto x = ExtractText("Gordon Brown warned that the Tories were planning the biggest cuts ever.\n");
  CHECK(Stances(x, "Gordon Brown").find("opposes:") != std::string::npos);
  auto y = ExtractText("The IMF warned that the Brexit vote could depress growth for years.\n");
  CHECK(Has(y, "International Monetary Fund", "opposes", "the Brexit vote"));
  // nothing named: no target
  auto z = ExtractText("Mervyn King warned that the era of low inflation may be coming to an end.\n");
  CHECK(Stances(z, "Mervyn King").empty());
}

TEST_CASE("where the speaker says money will go is proposed", "[claims][stance]") {
  auto x = ExtractText(
      "The £12bn left over would then be spent on reducing government borrowing, Michael Howard said.\n");
  CHECK(Has(x, "Michael Howard", "proposed", "reducing government borrowing"));
  auto y = ExtractText("Michael Howard said around £6bn will be available for tax cuts.\n");
  CHECK(Has(y, "Michael Howard", "proposed", "tax cuts"));
  // no money: a forecast, no proposal
  auto z = ExtractText("Michael Howard said the economy will be available for growth.\n");
  CHECK(Stances(z, "Michael Howard").find("proposed:") == std::string::npos);
}

TEST_CASE("'without X, something bad' calls for X and X's inner words are no stance", "[claims][stance]") {
  auto x = ExtractText(
      "\"Without determined policy action to support economic activity, weak growth risks perpetuating "
      "itself,\" Maury Obstfeld said.\n");
  CHECK(Has(x, "Maury Obstfeld", "proposed", "determined policy action"));
  CHECK(Stances(x, "Maury Obstfeld").find("supports:") == std::string::npos);
}

TEST_CASE("ruling out and pointing the finger are stances; an office's holder is the target",
          "[claims][stance]") {
  auto x = ExtractText("Tony Blair has already ruled out taking part in a televised debate.\n");
  CHECK(Has(x, "Tony Blair", "opposes", "taking part in a televised debate"));
  auto y = ExtractText("Donald Trump has pointed the finger at CIA chief John Brennan.\n");
  CHECK(Has(y, "Donald Trump", "opposes", "John Brennan"));
  CHECK_FALSE(Has(y, "Donald Trump", "opposes", "Central Intelligence Agency"));
}

TEST_CASE("approving another's request supports the request, with the whole phrase as evidence",
          "[claims][stance]") {
  auto x = ExtractText("Last week, the IMF approved Sri Lanka's request for a freeze on loan repayments.\n");
  CHECK(Has(x, "International Monetary Fund", "supports",
            "Sri Lanka's request for a freeze on loan repayments"));
  CHECK_FALSE(Has(x, "International Monetary Fund", "supports", "Sri Lanka"));
}

TEST_CASE("campaigning for X supports X, also in a relative clause; X's request for Y proposes Y",
          "[claims][stance]") {
  auto x = ExtractText("The Hansard Society has long campaigned for televised debates.\n");
  CHECK(Has(x, "Hansard Society", "supports", "televised debates"));
  auto y = ExtractText(
      "Lord Holme, who has campaigned for televised debates at previous elections, spoke on Monday.\n");
  CHECK(Stances(y, "Holme").find("supports:televised debates") != std::string::npos);
  auto z = ExtractText("Last week, the IMF approved Sri Lanka's request for a freeze on loan repayments.\n");
  CHECK(Has(z, "Sri Lanka", "proposed", "a freeze on loan repayments"));
}

TEST_CASE("'let's X' proposes X, but 'let's be realistic' proposes nothing; defending X supports X",
          "[claims][stance]") {
  auto x = ExtractText(
      "\"Let's wait until we see how growth bears up before concluding that the Fed has more work to do "
      "next year,\" said Avery Shenfeld.\n");
  CHECK(Stances(x, "Avery Shenfeld").find("proposed:wait until") != std::string::npos);
  auto y = ExtractText("\"Let's be realistic - the vote is close,\" Michael Howard said.\n");
  CHECK(Stances(y, "Michael Howard").empty());
  auto z = ExtractText("Tony Blair said: \"Now we can defend this record and we can build on it.\"\n");
  CHECK(Has(z, "Tony Blair", "supports", "this record"));
}

TEST_CASE("what an agent should not have or do is opposed", "[claims][stance]") {
  auto x = ExtractText("Lord Holme argued that prime ministers should not have the right of veto.\n");
  CHECK(Has(x, "Holme", "opposes", "the right of veto"));
  // a thing that should not be: no agent, no stance from this rule
  auto y = ExtractText("Lord Holme said the debate should not have any rules.\n");
  CHECK(Stances(y, "Holme").find("opposes:") == std::string::npos);
}

TEST_CASE("working with someone to do X proposes X for both; a willingness to X supports X",
          "[claims][stance]") {
  auto x = ExtractText(
      "Bill Clinton had worked with Hillary Clinton to overhaul healthcare in the 1990s but it wasn't "
      "approved.\n");
  CHECK(Has(x, "Bill Clinton", "proposed", "overhaul healthcare in the 1990s"));
  CHECK(Has(x, "Hillary Clinton", "proposed", "overhaul healthcare in the 1990s"));
  // no purpose: working alongside someone proposes nothing
  auto y = ExtractText("Ann Smith worked with Bill Jones at Google for years.\n");
  CHECK(Stances(y, "Ann Smith").empty());
  auto z = ExtractText("The Obama administration has publicly signaled willingness to change the law.\n");
  CHECK(Has(z, "Obama administration", "supports", "change the law"));
}

TEST_CASE("the speaker's goal proposes what it is and opposes what it is not", "[claims][stance]") {
  auto x = ExtractText("\"My aim is not to punish the banks,\" Gordon Brown said.\n");
  CHECK(Has(x, "Gordon Brown", "opposes", "punish the banks"));
  CHECK_FALSE(Has(x, "Gordon Brown", "proposed", "punish the banks"));
  auto y = ExtractText("\"Our goal is to cut taxes for working families,\" Gordon Brown said.\n");
  CHECK(Has(y, "Gordon Brown", "proposed", "cut taxes for working families"));
}

TEST_CASE("'not X, but rather Y' corrects X instead of conceding it: both stand", "[claims][stance]") {
  auto x = ExtractText(
      "\"Our goal is not to punish the banks, but rather to start a fair system,\" Gordon Brown said.\n");
  CHECK(Has(x, "Gordon Brown", "opposes", "punish the banks"));
  CHECK(Stances(x, "Gordon Brown").find("proposed:") != std::string::npos);
  // a plain "but" still concedes what came before it
  auto y = ExtractText(
      "Gordon Brown said: \"The plan has some wonderful ideas, but the budget is a disaster.\"\n");
  CHECK(Stances(y, "Gordon Brown").find("supports:") == std::string::npos);
}

TEST_CASE("alleging or lamenting what a named one does opposes it; what is done to them does not",
          "[claims][stance]") {
  auto x = ExtractText("Gordon Brown alleged that the Conservative Party had hidden the figures.\n");
  CHECK(Has(x, "Gordon Brown", "opposes", "Conservative Party"));
  auto y = ExtractText("Gordon Brown lamented that Tony Blair had not done enough for pensioners.\n");
  CHECK(Has(y, "Gordon Brown", "opposes", "Tony Blair"));
  // a passive: Blair is the one acted on
  auto z = ExtractText("Gordon Brown complained that Tony Blair had been treated badly by the press.\n");
  CHECK_FALSE(Has(z, "Gordon Brown", "opposes", "Tony Blair"));
  // a negated passive still judges the one named
  auto w = ExtractText("Gordon Brown warned that Iran can't be trusted.\n");
  CHECK(Has(w, "Gordon Brown", "opposes", "Iran"));
}

TEST_CASE("'X was backed by A and opposed by B': B opposes X, never A", "[claims][stance]") {
  auto x = ExtractText("Tony Blair was praised by Labour and criticised by the Conservatives.\n");
  CHECK(Has(x, "Conservative Party", "opposes", "Tony Blair"));
  CHECK(Has(x, "Labour Party", "supports", "Tony Blair"));
  auto y = ExtractText("The plan was backed by Labour and opposed by the Conservatives.\n");
  CHECK_FALSE(Has(y, "Conservative Party", "opposes", "Labour Party"));
}

TEST_CASE("a stance verb's object ends before 'and' joins a second verb", "[claims][stance]") {
  auto x = ExtractText("Gordon Brown has endorsed Tony Blair and has spoken for him at rallies.\n");
  CHECK(Has(x, "Gordon Brown", "supports", "Tony Blair"));
}

TEST_CASE("arguing or testifying against X opposes X; not when negated", "[claims][stance]") {
  auto x = ExtractText("Gordon Brown argued against the merger of the two banks.\n");
  CHECK(Has(x, "Gordon Brown", "opposes", "the merger of the two banks"));
  auto y = ExtractText("Gordon Brown did not argue against the merger of the two banks.\n");
  CHECK(Stances(y, "Gordon Brown").empty());
}

TEST_CASE("praise in an adjective describes its noun; an adjective that measures a bad noun judges nothing",
          "[claims][stance]") {
  auto x = ExtractText("Gordon Brown said the company had strong business ties with Ukraine.\n");
  CHECK(Stances(x, "Gordon Brown").find("supports:") == std::string::npos);
  auto y = ExtractText("Gordon Brown said the pension gap was the area of greatest concern.\n");
  CHECK(Stances(y, "Gordon Brown").find("supports:") == std::string::npos);
  // a bad adjective still opposes the noun it judges
  auto z = ExtractText("Michael Howard said Labour would bring in unfair taxes.\n");
  CHECK(Has(z, "Michael Howard", "opposes", "unfair taxes"));
}

TEST_CASE("a passive cue gives its subject no stance: the agent follows 'by'", "[claims][stance]") {
  auto x = ExtractText(
      "The actor defended his wife, Hilaria Baldwin, who was accused by a Daily Mail reporter of tweeting at "
      "a funeral.\n");
  CHECK(Stances(x, "Hilaria Baldwin").empty());
}

TEST_CASE("each one named in a coordinated subject takes the verb's stance", "[claims][stance]") {
  auto x = ExtractText("Gordon Brown and Tony Blair mocked Michael Howard.\n");
  CHECK(Has(x, "Gordon Brown", "opposes", "Michael Howard"));
  CHECK(Has(x, "Tony Blair", "opposes", "Michael Howard"));
  // a list that ends in "and other ..." names its first ones
  auto y = ExtractText(
      "At the rally, the singer Gordon Brown, the writer Tony Blair and other speakers attacked Michael "
      "Howard.\n");
  CHECK(Has(y, "Gordon Brown", "opposes", "Michael Howard"));
  CHECK(Has(y, "Tony Blair", "opposes", "Michael Howard"));
  // one named after the verb's own object is no subject
  auto z = ExtractText("Gordon Brown met Tony Blair and Charles Kennedy criticised Michael Howard.\n");
  CHECK_FALSE(Has(z, "Gordon Brown", "opposes", "Michael Howard"));
}

TEST_CASE("the speaker's own side is never what they oppose", "[claims][stance]") {
  auto x = ExtractText("\"Nobody will go against my team,\" Gordon Brown said.\n");
  CHECK(Stances(x, "Gordon Brown").find("opposes:my team") == std::string::npos);
}

TEST_CASE("a role that takes a side: its holder opposes or supports the one it is toward",
          "[claims][stance]") {
  auto x = ExtractText("Britain has been one of Russia's strongest critics.\n");
  CHECK(Has(x, "Britain", "opposes", "Russia"));
  auto y = ExtractText("Tony Blair, President Bush's closest ally, spoke on Monday.\n");
  CHECK(Has(y, "Tony Blair", "supports", "Bush"));
  auto z = ExtractText("Gordon Brown is a close ally of Tony Blair.\n");
  CHECK(Has(z, "Gordon Brown", "supports", "Tony Blair"));
  // a role with no holder named before it gives nothing
  auto w = ExtractText("Tony Blair's critics say the war was illegal.\n");
  CHECK(Stances(w, "Tony Blair").empty());
}

TEST_CASE("one claim never takes both sides of one target", "[claims][stance]") {
  // seen on BBC business: the negated word read one way, the word alone the other
  auto x = ExtractText("Abdullatif Sener said: \"Turkey will not be a burden for the EU budget.\"\n");
  CHECK_FALSE(
      (Has(x, "Abdullatif Sener", "opposes", "Turkey") && Has(x, "Abdullatif Sener", "supports", "Turkey")));
  // and relation ids stay in order after one is taken back
  for (size_t i = 0; i < x.relations.size(); ++i) CHECK(x.relations[i].id == "r" + std::to_string(i + 1));
}

TEST_CASE("a country before a noun modifies it: the thing is the noun phrase", "[claims][stance]") {
  auto x = ExtractText("Barack Obama opposed the Iraq war.\n");
  CHECK(Has(x, "Barack Obama", "opposes", "the Iraq war"));
  CHECK_FALSE(Has(x, "Barack Obama", "opposes", "Iraq"));
  auto y = ExtractText("Tony Wilson is backing UK rap band Dizzee.\n");
  CHECK(Stances(y, "Tony Wilson").find("supports:Britain") == std::string::npos);
  // what a country does is the country's; a country alone is the country
  auto z = ExtractText("The European Union applauded Ireland's introduction of lower taxes.\n");
  CHECK(Has(z, "European Union", "supports", "Ireland"));
  auto w = ExtractText("Tony Blair criticised Iran last week.\n");
  CHECK(Has(w, "Tony Blair", "opposes", "Iran"));
}

TEST_CASE("praise right before blame says how much: the blame is the judgement", "[claims][stance]") {
  // VOA: 'the pope's comments were a "great mistake"' supported the comments
  auto x = ExtractText("Michael Howard said the new law was a great mistake.\n");
  CHECK(Has(x, "Michael Howard", "opposes", "the new law"));
  CHECK_FALSE(Has(x, "Michael Howard", "supports", "the new law"));
  // blame before praise judges by its first word
  auto y = ExtractText("Michael Howard said the new law was a wasted opportunity.\n");
  CHECK_FALSE(Has(y, "Michael Howard", "supports", "the new law"));
}

TEST_CASE("a claim read both ways leaves the same edge of another claim alone", "[claims][stance]") {
  // review: the edge taken back kept its key, and a repeat of the other side was never seen
  for (const char* text :
       {"Abdullatif Sener said he strongly supports Turkey.\n\nLater Abdullatif Sener said: \"Turkey will "
        "not be a burden for the EU budget.\"\n",
        "Abdullatif Sener said: \"Turkey will not be a burden for the EU budget.\"\n\nLater Abdullatif Sener "
        "said he strongly supports Turkey.\n"}) {
    auto x = ExtractText(text);
    CHECK(Has(x, "Abdullatif Sener", "supports", "Turkey"));
    CHECK_FALSE(Has(x, "Abdullatif Sener", "opposes", "Turkey"));
  }
}
