// The quote view (text/quoted.h) may take its words' vocabulary ids from a segmentation of the
// same text (text/segment.h) instead of looking each word up again: the view must be the
// same token for token as the one that looks every word up itself.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "support/test_support.h"
#include "text/chars.h"
#include "text/quoted.h"
#include "text/quoted_impl.h"
#include "text/segment.h"

namespace text = claimgraph::text;

namespace {

bool TakesDot(std::string_view w) {
  return w.find('.') != std::string_view::npos || text::AbbrevAlwaysTakesDot(w);
}

// Builds the view of text[body_start:] with and without the ids of Segment; returns how many of
// its tokens took an id from the segmentation.
// folded: with the segmentation's tokens folded too (Segmented::folded, as the entity stage
// keeps them), which the view then takes instead of the vocabulary's.
size_t CompareViews(const std::string& s, size_t body_start, bool folded = false) {
  text::Segmented seg = text::Segment(s, body_start, true);
  if (folded) {
    std::string scratch;
    for (const text::Token& t : seg.tokens)
      seg.folded.push_back(text::FoldedView(t.Text(s), &seg.folded_arena, &scratch));
  }
  text::QuotedText plain, reused;
  text::TokenizeQuotedInto(s, body_start, TakesDot, &plain);
  text::TokenizeQuotedInto(s, body_start, TakesDot, &reused, &seg);
  REQUIRE(plain.toks.size() == reused.toks.size());
  size_t same_span = 0;
  size_t k = 0;
  for (size_t i = 0; i < plain.toks.size(); ++i) {
    const text::QuotedToken& a = plain.toks[i];
    const text::QuotedToken& b = reused.toks[i];
    INFO("token " << i << " '" << a.lower << "'");
    REQUIRE(a.start == b.start);
    REQUIRE(a.end == b.end);
    REQUIRE(a.kind == b.kind);
    REQUIRE(a.tag == b.tag);  // the same vocabulary id (or none)
    REQUIRE(a.lower == b.lower);
    REQUIRE(a.cap == b.cap);
    REQUIRE(a.para == b.para);
    REQUIRE(a.single == b.single);
    REQUIRE(a.reopen == b.reopen);
    REQUIRE(a.quote == b.quote);
    while (k < seg.tokens.size() && seg.tokens[k].start < a.start) ++k;
    if (k < seg.tokens.size() && seg.tokens[k].start == a.start && seg.tokens[k].end == a.end) ++same_span;
  }
  REQUIRE(plain.quotes.size() == reused.quotes.size());
  return same_span;
}

}  // namespace

TEST_CASE("the quote view with Segment's word ids is the view without them", "[text][quoted]") {
  // tokens the two tokenizers cut differently: possessives, abbreviations, numbers with commas,
  // words joined by '&', curly and straight marks, a word longer than the vocabulary holds
  const std::string s =
      "Header line\n"
      "Mr. Putin\xE2\x80\x99s aide said the U.S. plan cost $3,000.50 at AT&T's office.\n"
      "\xE2\x80\x9CIt is \xE2\x80\x98"
      "fine\xE2\x80\x99,\xE2\x80\x9D she said -- and 'no' to "
      "counterrevolutionaries.\n"
      "SAID SAID said Said ... O'Neill (R., N.Y.) spoke on Jan. 5.\n"
      // words that go on past their ASCII letters: a combining accent, a fraction, a lower-case
      // '&', a hyphen, a curly apostrophe; digits before letters; a last word without a line end
      "cafe\xCC\x81 3\xC2\xBD r&d x-ray rock\xE2\x80\x99n\xE2\x80\x99roll 3D 9/11 1990s' Ms. "
      "Smith\n\n  \"Yes,\" he said.  \xE2\x80\x9CNo.\xE2\x80\x9D Word";
  CHECK(CompareViews(s, 12) > 20);
  CHECK(CompareViews(s, 12, /*folded=*/true) > 20);
  for (const auto& entry : std::filesystem::directory_iterator(CLAIMGRAPH_SOURCE_DIR "/examples")) {
    if (entry.path().extension() != ".txt") continue;
    INFO(entry.path());
    const std::string article = claimgraph::testing::ReadFile(entry.path());
    CHECK(CompareViews(article, 0) > 100);
    CHECK(CompareViews(article, 0, /*folded=*/true) > 100);
  }
}
