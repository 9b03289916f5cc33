// The tokenizers' scan of a run of ASCII letters and digits (text/ascii.h) reads sixteen bytes
// at a time: it must end where the byte-by-byte scan ends, for every byte and position.
#include <catch2/catch.hpp>

#include <string>

#include "text/ascii.h"

TEST_CASE("a run of ASCII letters and digits ends at the first other byte, sixteen at a time or one") {
  using claimgraph::text::AsciiAlnumRunEnd;
  using claimgraph::text::IsAsciiAlnumByte;
  int ends_inside = 0;
  for (int b = 0; b < 256; ++b) {
    for (size_t at = 0; at < 40; ++at) {
      std::string s(40, 'q');
      for (size_t k = 0; k < s.size(); ++k) s[k] = "aZ09mQ"[k % 6];
      s[at] = static_cast<char>(b);
      size_t want = 0;
      while (want < s.size() && IsAsciiAlnumByte(s[want])) ++want;
      INFO("byte " << b << " at " << at);
      CHECK(AsciiAlnumRunEnd(s.data(), 0, s.size()) == want);
      size_t want_within = 3;  // from byte 3, before byte 20
      while (want_within < 20 && IsAsciiAlnumByte(s[want_within])) ++want_within;
      CHECK(AsciiAlnumRunEnd(s.data(), 3, 20) == want_within);
      ends_inside += want < s.size();
    }
  }
  // every byte that is no ASCII letter or digit ends the run where it stands
  CHECK(ends_inside == (256 - 62) * 40);
}
