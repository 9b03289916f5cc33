// Near-duplicate statements: the text normalization, shingles and MinHash
// keys under which the store tracks one claim across the articles that carry
// it, and the test that decides two texts are one statement.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::store {

// The words of a text for comparison: Unicode compatibility forms and case
// folded, accents stripped, apostrophes dropped inside words ("We’re" ->
// "were"), every other non-letter, non-digit a separator.
std::vector<std::string> StatementTokens(std::string_view text);

// Hashes of the word pairs (bigrams) of the tokens; a one-word text gives its word.
std::vector<uint64_t> Shingles(const std::vector<std::string>& tokens);

// How many MinHash keys each appearance gets (one hash function per key).
inline constexpr int kSketchKeys = 6;

// The MinHash keys of a set of shingles, salted with the speaker (0 for an
// unresolved one), so that only one speaker's statements meet. Empty when
// there are no shingles.
std::vector<int64_t> SketchKeys(const std::vector<uint64_t>& shingles, int64_t speaker);
// SketchKeys in two steps: the kSketchKeys minima of the shingles (empty when there are
// none), which need no speaker, then the keys of those minima for one speaker.
std::vector<uint64_t> MinHashes(const std::vector<uint64_t>& shingles);
std::vector<int64_t> SaltedKeys(const std::vector<uint64_t>& minima, int64_t speaker);

// What tracking needs of a claim's text that depends on the text alone (no speaker, no
// database), so that it can be computed away from the store's one writing thread.
struct StatementSketch {
  // StatementTokens(text); shared with the tracked claim it starts or moves (ClaimTracker), which
  // kept a copy of each: ~17 M instructions of the store's writer on all bbc.
  std::shared_ptr<const std::vector<std::string>> tokens;
  std::vector<uint64_t> minima;    // MinHashes(Shingles(tokens))
  std::vector<uint8_t> word_bits;  // WordBits(tokens)
  uint64_t signature = 0;          // Summarize(tokens).signature
};
StatementSketch SketchStatement(std::string_view text);

// Whether two texts (as tokens) are one statement: the same words, or, when the
// shorter has at least kMinWords words and at least a third of the longer's,
// at least 90% of the shorter's words (and every number) are in the longer and
// at least 80% of its word pairs (punctuation and case never count; a word
// changed in ten, a trimmed or an extended version do not break it, while
// "We needed to cut expenses" stays apart from "We needed to cut a lot more
// than coffee expenses").
inline constexpr size_t kMinWords = 5;
bool SameStatement(const std::vector<std::string>& a, const std::vector<std::string>& b);

// A text's tokens in one block: the words end to end, and where each ends. What the claim
// tracker keeps of the tracked claims it may meet again, in about a third of the memory of a
// vector of strings (one allocation for the words instead of a 32-byte string each).
class PackedTokens {
 public:
  PackedTokens() = default;
  explicit PackedTokens(const std::vector<std::string>& tokens);
  size_t size() const { return ends_.size(); }
  std::string_view operator[](size_t i) const {
    const uint32_t begin = i == 0 ? 0 : ends_[i - 1];
    return {chars_.data() + begin, ends_[i] - begin};
  }

 private:
  std::string chars_;
  std::vector<uint32_t> ends_;
};
// SameStatement with the second text packed: the same answer as with its vector.
bool SameStatement(const std::vector<std::string>& a, const PackedTokens& b);

// What the claim tracker keeps of a tracked claim's tokens beside each of its sketch keys
// (schema 17), to drop most candidates that are not the same statement without reading their
// text: how many tokens, and a 56-bit signature with a bit of each token (its WordBits entry).
struct TokenSummary {
  uint32_t words = 0;
  uint64_t signature = 0;
};
// A summary in one integer, as stored (one column cost less to write than two): the signature
// above 8 bits of the number of words; none for a text of more than 255 words.
std::optional<int64_t> PackSummary(const TokenSummary& s);
TokenSummary UnpackSummary(int64_t packed);
// Per token: its bit in a signature (0..55), plus kDigitWord when the token holds a digit.
inline constexpr uint8_t kDigitWord = 0x80;
std::vector<uint8_t> WordBits(const std::vector<std::string>& tokens);
TokenSummary Summarize(const std::vector<std::string>& tokens);
// False only when SameStatement(a, b) is false for every text b with this summary, a being
// given by its WordBits and their signature (a necessary condition of SameStatement).
bool MaySameStatement(const std::vector<uint8_t>& a_bits, uint64_t a_signature, const TokenSummary& b);

// The share (0..1) of the shorter text's word pairs found in the longer one.
double Containment(const std::vector<std::string>& a, const std::vector<std::string>& b);

}  // namespace claimgraph::store
