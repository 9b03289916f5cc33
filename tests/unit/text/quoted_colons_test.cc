// The quote view lists its colon tokens (BasicQuotedText::colons), so that a reader looking for
// a transcript's "SPEAKER: ..." passes over the sentences without one: the list must hold every
// token that is a ':', with or without the ids of a segmentation.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "text/chars.h"
#include "text/quoted.h"
#include "text/quoted_impl.h"
#include "text/segment.h"

namespace text = claimgraph::text;

namespace {

bool DotAfter(std::string_view w) {
  return w.find('.') != std::string_view::npos || text::AbbrevAlwaysTakesDot(w);
}

// The tokens of the view that are a ':' alone, found one by one.
std::vector<uint32_t> ColonTokens(const text::QuotedText& q) {
  std::vector<uint32_t> out;
  for (uint32_t i = 0; i < q.toks.size(); ++i) {
    const text::QuotedToken& t = q.toks[i];
    if (t.kind == text::QuotedKind::kPunct && t.end == t.start + 1 && q.text[t.start] == ':')
      out.push_back(i);
  }
  return out;
}

}  // namespace

TEST_CASE("quote view: every ':' token is listed, and ColonIn answers for every range", "[text][quoted]") {
  const std::vector<std::string> texts = {
      "Trump: We will win.\nBENENSON: Senator Sanders doesn't get to decide. Particularly when ...\n",
      "At 10:30 he said: \xE2\x80\x9CGo: now\xE2\x80\x9D, in Chapter 3:16 of http://a.b/c.\n",
      "No colon here, nor in this one.\nU.N: PEACEKEEPERS; a\xEF\xBC\x9A"
      "b ::: end:\n",
      "",
  };
  for (const std::string& s : texts) {
    text::Segmented seg = text::Segment(s, 0, true);
    const std::vector<const text::Segmented*> segmentations = {nullptr, &seg};
    for (const text::Segmented* known : segmentations) {
      text::QuotedText q;
      text::TokenizeQuotedInto(s, 0, DotAfter, &q, known);
      const std::vector<uint32_t> expected = ColonTokens(q);
      CHECK(q.colons == expected);
      const uint32_t n = static_cast<uint32_t>(q.toks.size());
      for (uint32_t first = 0; first <= n; ++first)
        for (uint32_t last = first; last <= n; ++last) {
          bool any = false;
          for (uint32_t c : expected) any |= c >= first && c < last;
          CHECK(q.ColonIn(first, last) == any);
        }
    }
  }
}
