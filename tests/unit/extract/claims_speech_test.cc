// Who said it (issue 13): attribution patterns of British and American news, each on a short
// text written for the test: quotes without a cue of their own, pronouns, subjects that carry a
// relative clause, and reported speech that the writer's sentence carries around a quote.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/extractor.h"
#include "claimgraph/model.h"

using claimgraph::Article;
using claimgraph::Claim;
using claimgraph::Extraction;

namespace {

Extraction Run(const std::string& text) {
  Article a;
  a.text = text;
  a.body_start = 0;
  a.date = "2025-02-12";
  a.source = "test.txt";
  auto ex = claimgraph::Extractor::Open();
  REQUIRE(ex.ok());
  return ex.value()->Extract(a);
}

// The claim whose text starts with `prefix`, or nullptr.
const Claim* Starting(const Extraction& x, const std::string& prefix) {
  for (const auto& c : x.claims)
    if (c.text.compare(0, prefix.size(), prefix) == 0) return &c;
  return nullptr;
}

std::string SpeakerOf(const Extraction& x, const std::string& prefix) {
  const Claim* c = Starting(x, prefix);
  if (!c) return "(no claim)";
  const auto* e = c->speaker.empty() ? nullptr : x.FindEntity(c->speaker);
  return e ? e->name : "(unresolved)";
}

}  // namespace

TEST_CASE("a quote paragraph after '..., X said.' stays with X, not the next person named",
          "[claims][speech]") {
  auto x = Run(
      "\"Each leader should decide,\" said Lord Fenwick.\n\n"
      "\"If the premier wants to take part, he must say so. \"The broadcasters could then go ahead without "
      "him.\" The society has long campaigned for debates. Harold Pike has ruled out taking part. Last month "
      "he said: \"We answer this at every election and the answer is no,\" he said.\n");
  CHECK(SpeakerOf(x, "If the premier wants") == "Fenwick");
  CHECK(SpeakerOf(x, "The broadcasters could") == "Fenwick");
  CHECK(SpeakerOf(x, "We answer this") == "Harold Pike");
}

TEST_CASE("a quote after a sentence about a person is that person's, not the next speaker's",
          "[claims][speech]") {
  auto x = Run(
      "Mr Hollis went on to list his government's record and to rally the party. \"So now we have a choice, "
      "and I say we have to fight.\" In response, Daniel Marsh said the party would make cuts. \"Everybody "
      "knows taxes went up,\" he said.\n");
  CHECK(SpeakerOf(x, "So now we have a choice") == "Hollis");
  CHECK(SpeakerOf(x, "Everybody knows") == "Daniel Marsh");
}

TEST_CASE("'he' is the person the sentence is about before the last speaker", "[claims][speech]") {
  auto x = Run(
      "Daniel Marsh said the party would make cuts in regional spending. In his speech, Mr Hollis contrasted "
      "a reformed party with a hidebound one, which he said would turn the clock back with spending cuts.\n\n"
      "Mr Brandt also called for party unity. According to a text released by officials, he told delegates: "
      "\"We must all show the strength to take the decisions necessary.\"\n");
  CHECK(SpeakerOf(x, "would turn the clock back") == "Hollis");
  CHECK(SpeakerOf(x, "We must all show") == "Brandt");
}

TEST_CASE("a person named after a preposition is not the subject a pronoun refers to", "[claims][speech]") {
  auto x =
      Run("Senator Ann Wolcott said the bill was dead. Campaigning against Mitt Romney in 2012, she barely "
          "mentioned that the climate was warming.\n");
  CHECK(SpeakerOf(x, "the climate was warming") == "Ann Wolcott");
}
