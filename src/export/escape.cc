#include "export/escape.h"

#include <utf8proc.h>

namespace claimgraph::exports {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Calls f(code_point, bytes) for each code point of `s`; an invalid sequence
// comes as U+FFFD with its bytes replaced by the replacement character's.
template <typename F>
void ForEachCodePoint(std::string_view s, F&& f) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      f(static_cast<char32_t>(b), s.substr(i, 1));
      ++i;
      continue;
    }
    utf8proc_int32_t cp = -1;
    utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                          static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0 || cp < 0) {
      f(char32_t{0xFFFD}, kReplacement);
      ++i;
      continue;
    }
    f(static_cast<char32_t>(cp), s.substr(i, static_cast<size_t>(n)));
    i += static_cast<size_t>(n);
  }
}

bool IsXmlForbidden(char32_t c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
}

}  // namespace

std::string ValidUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  ForEachCodePoint(s, [&](char32_t, std::string_view bytes) { out += bytes; });
  return out;
}

std::string DotQuoted(std::string_view s) {
  std::string out = "\"";
  out.reserve(s.size() + 2);
  ForEachCodePoint(s, [&](char32_t c, std::string_view bytes) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '&':
        out += "&amp;";
        break;
      case '\t':
        out += ' ';
        break;
      default:
        if (c < 0x20 || c == 0x7F || c == 0xFFFE || c == 0xFFFF) {
          out += kReplacement;
        } else {
          out += bytes;
        }
    }
  });
  out += '"';
  return out;
}

std::string XmlEscaped(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  ForEachCodePoint(s, [&](char32_t c, std::string_view bytes) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      case '\t':
        out += "&#9;";
        break;
      case '\n':
        out += "&#10;";
        break;
      case '\r':
        out += "&#13;";
        break;
      default:
        out += IsXmlForbidden(c) ? kReplacement : bytes;
    }
  });
  return out;
}

std::string JsonForHtml(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  for (size_t i = 0; i < json.size(); ++i) {
    char ch = json[i];
    if (ch == '<') {
      out += "\\u003c";
    } else if (ch == '>') {
      out += "\\u003e";
    } else if (ch == '&') {
      out += "\\u0026";
    } else if (ch == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
               (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
      out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += ch;
    }
  }
  return out;
}

}  // namespace claimgraph::exports
