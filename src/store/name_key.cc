#include "store/name_key.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>

namespace claimgraph::store {

namespace {

// Does byte c (lower case, or the folded text's) belong to a word of the key?
bool KeyByte(unsigned char c) {
  return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' || c == '&';
}

// The key's words of an ASCII name, in one pass: each byte lower-cased as it is read and written
// in place (the key is never longer than the name: a space goes before a word only in place of
// a byte that was dropped), what the mapping and the loop of NameKey give for it.
std::string AsciiKeyWords(std::string_view name) {
  std::string out(name.size(), '\0');
  char* const o = out.data();
  size_t n = 0;
  bool space = false;
  for (const char ch : name) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    if (KeyByte(c)) {
      if (space && n > 0) o[n++] = ' ';
      space = false;
      o[n++] = static_cast<char>(c);
    } else if (c != '.') {  // dots vanish: "u.s." -> "us"
      space = true;
    }
  }
  out.resize(n);
  return out;
}

}  // namespace

std::string NameKey(std::string_view name) {
  std::string out;
  if (std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    // ASCII (most names): what the mapping below gives, capitals lower-cased, without its
    // allocation and per-character tables
    out = AsciiKeyWords(name);
  } else {
    std::string s;
    utf8proc_uint8_t* folded = nullptr;
    utf8proc_ssize_t n =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(name.data()),
                     static_cast<utf8proc_ssize_t>(name.size()), &folded,
                     static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                                    UTF8PROC_STRIPMARK | UTF8PROC_IGNORE));
    if (n >= 0) {
      s.assign(reinterpret_cast<const char*>(folded), static_cast<size_t>(n));
    } else {
      s.assign(name);  // invalid UTF-8: compare the bytes as they are
    }
    std::free(folded);
    out.reserve(s.size());
    bool space = false;
    for (size_t i = 0; i < s.size();) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
          (static_cast<unsigned char>(s[i + 2]) == 0x98 || static_cast<unsigned char>(s[i + 2]) == 0x99)) {
        c = '\'';  // ‘ ’
        i += 3;
      } else {
        ++i;
      }
      if (KeyByte(c)) {
        if (space && !out.empty()) out.push_back(' ');
        space = false;
        out.push_back(static_cast<char>(c));
      } else if (c == '.') {
        // dots vanish: "u.s." -> "us"; but "st. louis" keeps its space via the blank after it
      } else {
        space = true;
      }
    }
  }
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  if (out.size() > 2 && out.compare(out.size() - 2, 2, "'s") == 0) out.resize(out.size() - 2);
  while (!out.empty() && out.back() == '\'') out.pop_back();
  return out;
}

}  // namespace claimgraph::store
