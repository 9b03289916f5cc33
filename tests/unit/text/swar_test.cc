// The folds read eight bytes at a time (text/swar.h): each eight-byte answer must be the one
// the byte-by-byte loop gives, for every byte at every position.
#include <catch2/catch.hpp>

#include <string>

#include "text/chars.h"
#include "text/swar.h"

TEST_CASE("eight bytes at a time: a byte is found, and A-Z lower-cased, as one at a time") {
  using namespace claimgraph::text;
  int found = 0;
  for (int b = 0; b < 256; ++b) {
    for (size_t at = 0; at < 8; ++at) {
      std::string s = "aZ.q 9-M";
      s[at] = static_cast<char>(b);
      const uint64_t x = Load8(s.data());
      INFO("byte " << b << " at " << at);
      bool period = false;
      for (char c : s) period = period || c == '.';
      CHECK(HasByte8(x, '.') == period);
      found += HasByte8(x, '.');
      if (x & kHigh8) continue;  // (LowerAscii8 takes ASCII only)
      std::string lower = s;
      for (char& c : lower) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      char out[8];
      Store8(out, LowerAscii8(x));
      CHECK(std::string(out, 8) == lower);
    }
  }
  // the period at byte 2 is found unless another byte took its place
  CHECK(found == 256 * 8 - 255);
}

TEST_CASE("a fold of a long word is the fold of its bytes, eight at a time or one") {
  using claimgraph::text::Fold;
  using claimgraph::text::FoldedView;
  claimgraph::text::TextArena arena;
  std::string scratch;
  CHECK(Fold("ABCDEFGHIJKLMNOPQRSTUVWXYZ-Brown's") == "abcdefghijklmnopqrstuvwxyz-brown's");
  CHECK(Fold("ANDRÉ-Marie Ampère, PRESIDENT") == "andré-marie ampère, president");
  CHECK(Fold("Gordon Brown\xE2\x80\x99s PLANS") == "gordon brown's plans");
  CHECK(FoldedView("wasserman-schultz", &arena, &scratch) == "wasserman-schultz");
  CHECK(FoldedView("wasserman-schultz", &arena, &scratch).data() != scratch.data());  // the word itself
  CHECK(FoldedView("wasserman-Schultz", &arena, &scratch) == "wasserman-schultz");
  CHECK(FoldedView("wasserman-schultZ", &arena, &scratch) == "wasserman-schultz");
  CHECK(FoldedView("wasserman-schulté", &arena, &scratch) == "wasserman-schulté");
}
