#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "text/segment.h"

using claimgraph::text::Segment;
using claimgraph::text::Segmented;
using claimgraph::text::TokenKind;

namespace {

std::vector<std::string> Tokens(std::string_view text, const Segmented& seg) {
  std::vector<std::string> out;
  for (const auto& t : seg.tokens) out.emplace_back(t.Text(text));
  return out;
}

std::vector<std::string> Sentences(std::string_view text, const Segmented& seg) {
  std::vector<std::string> out;
  for (const auto& s : seg.sentences) out.emplace_back(text.substr(s.start, s.end - s.start));
  return out;
}

TokenKind KindOf(std::string_view text, const Segmented& seg, std::string_view tok, int nth = 0) {
  for (const auto& t : seg.tokens) {
    if (t.Text(text) == tok && nth-- == 0) return t.kind;
  }
  FAIL("token not found: " << tok);
  return claimgraph::text::kPunct;
}

}  // namespace

TEST_CASE("abbreviations and initials keep their period and do not end sentences", "[segment]") {
  std::string text = "Sen. Adam Schiff met Gen. Smith and J.D. Vance in the U.S. on Jan. 5. He left.";
  auto seg = Segment(text);
  auto toks = Tokens(text, seg);
  CHECK(toks[0] == "Sen.");
  CHECK(toks[4] == "Gen.");
  CHECK(toks[7] == "J.D.");
  CHECK(toks[11] == "U.S.");
  CHECK(toks[13] == "Jan.");
  REQUIRE(Sentences(text, seg) ==
          std::vector<std::string>{"Sen. Adam Schiff met Gen. Smith and J.D. Vance in the U.S. on Jan. 5.",
                                   "He left."});
}

TEST_CASE("an abbreviation at the end of a sentence ends it before a typical sentence start", "[segment]") {
  std::string text = "Troops went to the U.S. The war went on. Then Acme Inc. Group said no.";
  auto seg = Segment(text);
  CHECK(Sentences(text, seg) == std::vector<std::string>{"Troops went to the U.S.", "The war went on.",
                                                         "Then Acme Inc. Group said no."});
}

TEST_CASE("No. is an abbreviation only before a number", "[segment]") {
  std::string text = "He is No. 1 in the polls. She said no. Then she left.";
  auto seg = Segment(text);
  CHECK(Sentences(text, seg) ==
        std::vector<std::string>{"He is No. 1 in the polls.", "She said no.", "Then she left."});
}

TEST_CASE("possessives split off as their own tokens, names with apostrophes and hyphens stay whole",
          "[segment]") {
  std::string text =
      "Ukraine\u2019s pre-2014 borders and Trump's plan, said Beto O'Rourke and Jean-Luc, who doesn't agree.";
  auto seg = Segment(text);
  auto toks = Tokens(text, seg);
  CHECK(toks[0] == "Ukraine");
  CHECK(toks[1] == "\u2019s");
  CHECK(toks[2] == "pre-2014");
  CHECK(toks[5] == "Trump");
  CHECK(toks[6] == "'s");
  CHECK(toks[11] == "O'Rourke");
  CHECK(toks[13] == "Jean-Luc");
  CHECK(toks[16] == "doesn't");
}

TEST_CASE("curly quotes and straight quotes are marked opening or closing", "[segment]") {
  std::string text = "\u201cIt is over,\u201d he said. \"We won,\" she said, \"and \"no\" is wrong.\"";
  auto seg = Segment(text);
  CHECK(KindOf(text, seg, "\u201c") == claimgraph::text::kOpenQuote);
  CHECK(KindOf(text, seg, "\u201d") == claimgraph::text::kCloseQuote);
  std::vector<TokenKind> quotes;
  for (const auto& t : seg.tokens) {
    if (t.Text(text) == "\"") quotes.push_back(t.kind);
  }
  using claimgraph::text::kCloseQuote;
  using claimgraph::text::kOpenQuote;
  CHECK(quotes ==
        std::vector<TokenKind>{kOpenQuote, kCloseQuote, kOpenQuote, kOpenQuote, kCloseQuote, kCloseQuote});
}

TEST_CASE("space-separated straight quotes alternate open and close", "[segment]") {
  std::string text = "he said \" we won . \" and left";
  auto seg = Segment(text);
  CHECK(KindOf(text, seg, "\"", 0) == claimgraph::text::kOpenQuote);
  CHECK(KindOf(text, seg, "\"", 1) == claimgraph::text::kCloseQuote);
}

TEST_CASE("a closing quote after the sentence end belongs to that sentence", "[segment]") {
  std::string text =
      "\u201cWe want peace.\u201d Trump said. \u201cWow!\u201d he added. \"Go home.\" They did.";
  auto seg = Segment(text);
  CHECK(Sentences(text, seg) == std::vector<std::string>{"\u201cWe want peace.\u201d", "Trump said.",
                                                         "\u201cWow!\u201d he added.", "\"Go home.\"",
                                                         "They did."});
}

TEST_CASE("single curly quotes around a phrase, apostrophes elsewhere", "[segment]") {
  std::string text = "Clinton calls Obamacare \u2018crazy system\u2019 during the voters\u2019 rally.";
  auto seg = Segment(text);
  CHECK(KindOf(text, seg, "\u2018") == claimgraph::text::kOpenQuote);
  CHECK(KindOf(text, seg, "\u2019", 0) == claimgraph::text::kCloseQuote);
  CHECK(KindOf(text, seg, "\u2019", 1) == claimgraph::text::kPunct);
}

TEST_CASE("dashes, datelines and numbers", "[segment]") {
  std::string text =
      "HEMPSTEAD, N.Y. \u2015 The vote -- a close one \u2014 ended at 8:30 p.m. on 2024-11-21 with 1,400.5 "
      "votes.";
  auto seg = Segment(text);
  auto toks = Tokens(text, seg);
  CHECK(toks[0] == "HEMPSTEAD");
  CHECK(seg.tokens[0].all_caps);
  CHECK(toks[2] == "N.Y.");
  CHECK(KindOf(text, seg, "\u2015") == claimgraph::text::kDash);
  CHECK(KindOf(text, seg, "--") == claimgraph::text::kDash);
  CHECK(KindOf(text, seg, "\u2014") == claimgraph::text::kDash);
  CHECK(KindOf(text, seg, "8:30") == claimgraph::text::kNumber);
  CHECK(KindOf(text, seg, "2024-11-21") == claimgraph::text::kNumber);
  CHECK(KindOf(text, seg, "1,400.5") == claimgraph::text::kNumber);
  CHECK(KindOf(text, seg, "p.m.") == claimgraph::text::kWord);
  CHECK(seg.sentences.size() == 1);
}

TEST_CASE("paragraphs are lines and sentences never cross them", "[segment]") {
  std::string text = "TRUMP WINS BIG\n\nOAN Staff Blake Wolf\nHe said it. It was so\n";
  auto seg = Segment(text);
  REQUIRE(seg.paragraphs.size() == 3);
  CHECK(text.substr(seg.paragraphs[0].start, seg.paragraphs[0].end - seg.paragraphs[0].start) ==
        "TRUMP WINS BIG");
  CHECK(text.substr(seg.paragraphs[1].start, seg.paragraphs[1].end - seg.paragraphs[1].start) ==
        "OAN Staff Blake Wolf");
  CHECK(Sentences(text, seg) ==
        std::vector<std::string>{"TRUMP WINS BIG", "OAN Staff Blake Wolf", "He said it.", "It was so"});
  CHECK(seg.sentences[3].paragraph == 2);
  CHECK(seg.tokens[0].all_caps);
  CHECK(seg.tokens[0].capitalized);
}

TEST_CASE("an ellipsis followed by lower case continues the sentence", "[segment]") {
  std::string text = "arms races ... but rather norms. Next one.";
  auto seg = Segment(text);
  CHECK(Sentences(text, seg) == std::vector<std::string>{"arms races ... but rather norms.", "Next one."});
}

TEST_CASE("photo credits and slashes tokenize into names", "[segment]") {
  std::string text = "(Photo by Chip Somodevilla/Getty Images)";
  auto seg = Segment(text);
  CHECK(Tokens(text, seg) ==
        std::vector<std::string>{"(", "Photo", "by", "Chip", "Somodevilla", "/", "Getty", "Images", ")"});
}

TEST_CASE("header lines before body_start are not segmented", "[segment]") {
  std::string text = "Title: X\n\nBody here.";
  auto seg = Segment(text, 10);
  REQUIRE(seg.tokens.size() == 3);
  CHECK(seg.tokens[0].start == 10);
}

TEST_CASE("any bytes segment without failing", "[segment]") {
  std::string text = "\xff\xfe abc \xe2\x80 \xf0\x9f\x98\x80 \"";
  auto seg = Segment(text);
  CHECK_FALSE(seg.tokens.empty());
  for (const auto& t : seg.tokens) CHECK(t.end <= text.size());
}

TEST_CASE("a sentence end whose space was lost still ends the sentence", "[segment]") {
  std::string text =
      "The mayor praised the plan.The vote is tomorrow.Gov.Perry reads Politico.com and ASP.NET in the "
      "U.S.Army.";
  auto seg = Segment(text);
  CHECK(Sentences(text, seg) ==
        std::vector<std::string>{"The mayor praised the plan.", "The vote is tomorrow.",
                                 "Gov.Perry reads Politico.com and ASP.NET in the U.S.Army."});
  auto toks = Tokens(text, seg);
  CHECK(toks[4] == "plan");
  CHECK(toks[11] == "Gov.");
  CHECK(toks[12] == "Perry");
  CHECK(toks[14] == "Politico.com");
  CHECK(toks[16] == "ASP.NET");
  // a name written with a period ("One.Tel", "Halo.Bungie.Org") is one word
  std::string names = "Staff at One.Tel and Halo.Bungie.Org said so.";
  CHECK(Sentences(names, Segment(names)).size() == 1);
}

TEST_CASE("abbreviations that may end a sentence do so in each paragraph of several", "[segment]") {
  // the paragraphs' abbreviations are kept apart: one in the first paragraph that ends no
  // sentence must not make a token of the second a sentence end, nor hide the second's
  std::string text =
      "Acme Inc. Group and the U.S. Army met.\n"
      "They flew to the U.S. The talks ended. Acme Inc.\n"
      "It works in the U.S. But not here.";
  auto seg = Segment(text, 0, true);
  CHECK(Sentences(text, seg) ==
        std::vector<std::string>{"Acme Inc. Group and the U.S. Army met.", "They flew to the U.S.",
                                 "The talks ended.", "Acme Inc.", "It works in the U.S.", "But not here."});
}

TEST_CASE("an ASCII mark between words is a token of its own, a word with a joiner one word", "[segment]") {
  std::string text = "a,b;c(d)e%f/g*h+i=j@k#l$m^n~o|p{q}r[s]t<u>v`w:x a-b o'neil A&B 1,000 3.5 x.";
  auto seg = Segment(text, 0, true);
  CHECK(Tokens(text, seg) ==
        std::vector<std::string>{"a", ",", "b", ";",   "c",      "(",   "d",     ")",   "e", "%", "f",
                                 "/", "g", "*", "h",   "+",      "i",   "=",     "j",   "@", "k", "#",
                                 "l", "$", "m", "^",   "n",      "~",   "o",     "|",   "p", "{", "q",
                                 "}", "r", "[", "s",   "]",      "t",   "<",     "u",   ">", "v", "`",
                                 "w", ":", "x", "a-b", "o'neil", "A&B", "1,000", "3.5", "x", "."});
  CHECK(KindOf(text, seg, ",") == claimgraph::text::kPunct);
  CHECK(KindOf(text, seg, "1,000") == claimgraph::text::kNumber);
  CHECK(KindOf(text, seg, ".") == claimgraph::text::kSentenceEnd);
}
