// SpanText, the text of a claim: the bytes from its first token to its last, line breaks as
// spaces, a run of spaces one space, trimmed (quote marks left out when asked). It reads most
// bytes eight at a time; checked against that rule on random text of words, spaces, tabs, line
// breaks, quote marks and UTF-8.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "extract/claims/view.h"

namespace claims = claimgraph::extract::claims;

namespace {

// The rule, one byte at a time.
std::string Collapsed(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\n' || c == '\r') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

TEST_CASE("a claim's text collapses spaces and line breaks as the rule says", "[claims][spantext]") {
  std::mt19937 rng(12);
  const char* const pieces[] = {"word", "Mr.",  " ",  " ",           " ", "  ", "\t",
                                "\n",   "\r\n", "\"", "caf\xC3\xA9", "x", ",",  "longerwordhere",
                                "'"};
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int n = 1 + static_cast<int>(rng() % 40);
    for (int k = 0; k < n; ++k) text += pieces[rng() % std::size(pieces)];
    const claims::Doc doc = claims::BuildDoc(text, 0);
    if (doc.toks.empty()) continue;
    const uint32_t first = static_cast<uint32_t>(rng() % doc.toks.size());
    const uint32_t last = first + 1 + static_cast<uint32_t>(rng() % (doc.toks.size() - first));
    INFO("text '" << text << "' tokens " << first << ".." << last);
    const std::string span(text, doc.toks[first].start, doc.toks[last - 1].end - doc.toks[first].start);
    REQUIRE(claims::SpanText(doc, first, last, false) == Collapsed(span));
    // without the quote marks: the text between them, collapsed as one
    std::string kept;
    uint32_t pos = doc.toks[first].start;
    for (uint32_t i = first; i < last; ++i) {
      const claims::Tok& t = doc.toks[i];
      if (t.kind == claims::TokKind::kOpenQuote || t.kind == claims::TokKind::kCloseQuote || t.reopen) {
        kept += text.substr(pos, t.start - pos);
        pos = t.end;
      }
    }
    kept += text.substr(pos, doc.toks[last - 1].end - pos);
    REQUIRE(claims::SpanText(doc, first, last, true) == Collapsed(kept));
  }
}
