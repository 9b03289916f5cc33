#include "text/chars.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include <utf8proc.h>

#include "common/lexicon_file.h"
#include "common/schema_data.h"
#include "common/word_table.h"
#include "text/swar.h"

namespace claimgraph::text {

char32_t DecodeAtSlow(std::string_view text, size_t i, int* len) {
  utf8proc_int32_t c = -1;
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                            static_cast<utf8proc_ssize_t>(text.size() - i), &c);
  if (n <= 0 || c < 0) {
    *len = 1;
    return 0xFFFD;
  }
  *len = static_cast<int>(n);
  return static_cast<char32_t>(c);
}

bool IsAlnumSlow(char32_t c) {
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ME) ||
         (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
}

void FoldInto(std::string_view s, std::string* out) {
  size_t i = 0;
  // An ASCII prefix (most words) goes through a stack buffer in one append.
  char buf[32];
  size_t n = 0;
  // (eight bytes at a time while they are all ASCII)
  while (i + 8 <= s.size() && n + 8 <= sizeof buf) {
    const uint64_t x = Load8(s.data() + i);
    if (x & kHigh8) break;
    Store8(buf + n, LowerAscii8(x));
    n += 8;
    i += 8;
  }
  while (i < s.size() && n < sizeof buf) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b >= 0x80) break;
    buf[n++] = static_cast<char>(b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b);
    ++i;
  }
  if (n > 0) out->append(buf, n);
  while (i < s.size()) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      out->push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b));
      ++i;
      continue;
    }
    int len = 1;
    char32_t c = DecodeAtSlow(s, i, &len);
    if (c == 0x2019 || c == 0x2018) {
      out->push_back('\'');
    } else if (c == 0xFFFD && len == 1) {
      out->push_back(s[i]);  // an invalid byte is kept as it is
    } else {
      utf8proc_uint8_t enc[4];
      auto k = utf8proc_encode_char(utf8proc_tolower(static_cast<utf8proc_int32_t>(c)), enc);
      out->append(reinterpret_cast<const char*>(enc), static_cast<size_t>(k));
    }
    i += static_cast<size_t>(len);
  }
}

std::string Fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  FoldInto(s, &out);
  return out;
}

std::string_view FoldedView(std::string_view word, TextArena* arena, std::string* scratch) {
  bool same = true;
  size_t i = 0;
  // (eight bytes at a time: one outside ASCII, or an upper-case letter, makes it differ)
  for (; i + 8 <= word.size() && same; i += 8) {
    const uint64_t x = Load8(word.data() + i);
    same = !(x & kHigh8) && LowerAscii8(x) == x;
  }
  for (; i < word.size() && same; ++i) {
    unsigned char b = static_cast<unsigned char>(word[i]);
    if (b >= 0x80 || (b >= 'A' && b <= 'Z')) same = false;
  }
  if (same) return word;
  scratch->clear();
  FoldInto(word, scratch);
  return *scratch == word ? word : arena->Add(*scratch);
}

uint8_t CaseShape(std::string_view word) {
  int letters = 0, uppers = 0;
  bool first = true, capitalized = false;
  for (size_t k = 0; k < word.size();) {
    int len = 1;
    unsigned char b = static_cast<unsigned char>(word[k]);
    char32_t c = b < 0x80 ? b : DecodeAt(word, k, &len);
    k += static_cast<size_t>(len);
    if (c < 0x80) {  // ASCII fast path
      bool up = c >= 'A' && c <= 'Z';
      if (!up && !(c >= 'a' && c <= 'z')) continue;
      if (first) capitalized = up;
      first = false;
      ++letters;
      if (up) ++uppers;
      continue;
    }
    if (!IsLetter(c)) continue;
    bool up = IsUpper(c);
    if (first) capitalized = up;
    first = false;
    ++letters;
    if (up)
      ++uppers;
    else if (IsLower(c)) { /* counted as a non-upper letter */
    } else
      --letters;  // caseless letters (marks, CJK) do not count either way
  }
  return static_cast<uint8_t>((capitalized ? kCapitalized : 0) |
                              (letters >= 2 && uppers == letters ? kAllCaps : 0));
}

bool IsLetterSlow(char32_t c) {
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
      return true;
    default:
      return false;
  }
}

bool IsUpper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

bool IsLower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_LL;
}

bool IsSpaceSlow(char32_t c) {
  return c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 ||
         c == 0xFEFF || c == 0x1680 || c == 0x85 || c == 0x2028 || c == 0x2029;
}

namespace {

struct AbbrevTable {
  std::unordered_map<std::string_view, AbbrevKind> kinds;
  std::unordered_set<std::string_view> starters;
  internal::WordTable<bool> always;  // folded
  size_t always_longest = 0;         // bytes of the longest, folded
};

const AbbrevTable& Table() {
  static const AbbrevTable table = [] {
    AbbrevTable t;
    {
      internal::LexiconSpec spec{2, 3, {"title", "month", "state", "corp", "other", "numeric"}};
      for (const auto& row : internal::ReadLexicon("lexicons/abbreviations.tsv", spec)) {
        AbbrevKind k = AbbrevKind::kMayEnd;
        if (row[1] == "title")
          k = AbbrevKind::kTitle;
        else if (row[1] == "numeric")
          k = AbbrevKind::kNumeric;
        t.kinds.emplace(row[0], k);
        if (row[2] == "always") {
          const std::string folded = Fold(row[0]);
          t.always[folded] = true;
          t.always_longest = std::max(t.always_longest, folded.size());
        }
      }
    }
    for (const auto& row : internal::ReadLexicon("lexicons/sentence_starters.tsv", {1, 1, {}}))
      t.starters.insert(row[0]);
    return t;
  }();
  return table;
}

}  // namespace

bool AbbrevAlwaysTakesDot(std::string_view word) {
  const AbbrevTable& table = Table();
  // an ASCII word folds to as many bytes: one longer than every abbreviation is none of them
  if (word.size() > table.always_longest &&
      std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return false;
  thread_local std::string folded;  // reused: a word per sentence end, most of them
  folded.clear();
  FoldInto(word, &folded);
  return table.always.Find(folded) != nullptr;
}

AbbrevKind AbbreviationKind(std::string_view word) {
  if (word.empty()) return AbbrevKind::kNone;
  const auto& kinds = Table().kinds;
  auto it = kinds.find(word);
  return it == kinds.end() ? AbbrevKind::kNone : it->second;
}

bool IsSentenceStarter(std::string_view word) { return Table().starters.count(word) > 0; }

}  // namespace claimgraph::text
