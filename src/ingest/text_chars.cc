#include "ingest/text_chars.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

#include <utf8proc.h>

#include "common/schema_data.h"

namespace claimgraph::text {

char32_t DecodeAtSlow(std::string_view text, size_t i, int* len) {
  unsigned char b0 = static_cast<unsigned char>(text[i]);
  int n = 0;
  char32_t c = 0;
  if ((b0 & 0xE0) == 0xC0) {
    n = 2;
    c = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    n = 3;
    c = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    n = 4;
    c = b0 & 0x07;
  } else {
    *len = 1;
    return 0xFFFD;
  }
  if (i + n > text.size()) {
    *len = 1;
    return 0xFFFD;
  }
  for (int k = 1; k < n; ++k) {
    unsigned char b = static_cast<unsigned char>(text[i + k]);
    if ((b & 0xC0) != 0x80) {
      *len = 1;
      return 0xFFFD;
    }
    c = (c << 6) | (b & 0x3F);
  }
  *len = n;
  return c;
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
};

const AbbrevTable& Table() {
  static const AbbrevTable table = [] {
    AbbrevTable t;
    if (auto data = internal::SchemaFile("lexicons/abbreviations.tsv")) {
      for (const auto& row : internal::ReadTsv(*data)) {
        if (row.size() < 2) continue;
        AbbrevKind k = AbbrevKind::kMayEnd;
        if (row[1] == "title")
          k = AbbrevKind::kTitle;
        else if (row[1] == "numeric")
          k = AbbrevKind::kNumeric;
        t.kinds.emplace(row[0], k);
      }
    }
    if (auto data = internal::SchemaFile("lexicons/sentence_starters.tsv")) {
      for (const auto& row : internal::ReadTsv(*data)) {
        if (!row.empty()) t.starters.insert(row[0]);
      }
    }
    return t;
  }();
  return table;
}

}  // namespace

AbbrevKind AbbreviationKind(std::string_view word) {
  if (word.empty()) return AbbrevKind::kNone;
  const auto& kinds = Table().kinds;
  auto it = kinds.find(word);
  return it == kinds.end() ? AbbrevKind::kNone : it->second;
}

bool IsSentenceStarter(std::string_view word) { return Table().starters.count(word) > 0; }

}  // namespace claimgraph::text
