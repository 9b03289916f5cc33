// Article readers: plain UTF-8 text with optional header lines, and JSON Lines.
#include "ingest/article_reader.h"

#include "claimgraph/safe_text.h"
#include "ingest/cancellable_file.h"

#include <fcntl.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <limits>
#include <memory>
#include <optional>
#include <system_error>

namespace claimgraph {
namespace ingest {
namespace {

namespace fs = std::filesystem;

// Article texts are addressed with uint32 byte offsets (model.h Span).
constexpr uint64_t kMaxArticleBytes = std::numeric_limits<uint32_t>::max();

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool IEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != Lower(b[i])) return false;
  }
  return true;
}

bool EndsWithI(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && IEquals(s.substr(s.size() - suffix.size()), suffix);
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsSpaceOrTab(char c) { return c == ' ' || c == '\t'; }
bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

// "YYYY-MM-DD" with a plausible month and day.
bool IsIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!IsDigit(s[i])) return false;
  }
  int month = (s[5] - '0') * 10 + (s[6] - '0');
  int day = (s[8] - '0') * 10 + (s[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// A date value from a header or JSON field: "YYYY-MM-DD", optionally followed by
// a time ("2016-09-12T10:00Z", "2016-09-12 10:00"). Anything else is unknown ("").
std::string NormalizeDate(std::string_view v) {
  v = Trim(v);
  if (v.size() >= 10 && IsIsoDate(v.substr(0, 10)) && (v.size() == 10 || v[10] == 'T' || v[10] == ' ')) {
    return std::string(v.substr(0, 10));
  }
  return "";
}

// Length in bytes of the Unicode white space character at s[i], or 0.
size_t UnicodeSpaceAt(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return IsAsciiSpace(static_cast<char>(c)) ? 1 : 0;
  auto at = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
  if (c == 0xC2 && (at(1) == 0x85 || at(1) == 0xA0)) return 2;  // NEL, NBSP
  if (c == 0xE1 && at(1) == 0x9A && at(2) == 0x80) return 3;    // U+1680
  if (c == 0xE2 && at(1) == 0x80) {
    unsigned char d = at(2);
    if ((d >= 0x80 && d <= 0x8A) || d == 0xA8 || d == 0xA9 || d == 0xAF)
      return 3;  // U+2000-200A, 2028, 2029, 202F
  }
  if (c == 0xE2 && at(1) == 0x81 && at(2) == 0x9F) return 3;  // U+205F
  if (c == 0xE3 && at(1) == 0x80 && at(2) == 0x80) return 3;  // U+3000
  return 0;
}

// Whether a space UnicodeSpaceAt knows may start with this byte: an ASCII control or
// space, or the lead byte of one of its two- and three-byte characters.
constexpr std::array<bool, 256> kMayStartSpace = [] {
  std::array<bool, 256> t{};
  for (size_t b = 0; b < t.size(); ++b) t[b] = b <= 0x20 || b == 0xC2 || (b >= 0xE1 && b <= 0xE3);
  return t;
}();
bool MayStartSpace(char c) { return kMayStartSpace[static_cast<unsigned char>(c)]; }

// True when s is nothing but spaces (UnicodeSpaceAt): FoldWhitespace(s) would be empty.
bool OnlyWhitespace(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    size_t w = UnicodeSpaceAt(s, i);
    if (w == 0) return false;
    i += w;
  }
  return true;
}

// Header keys accepted at the top of a plain-text article ("title: ...").
bool ParseHeaderLine(std::string_view line, Article* a) {
  size_t colon = line.find(':');
  if (colon == std::string_view::npos) return false;
  std::string_view key = Trim(line.substr(0, colon));
  std::string value(Trim(line.substr(colon + 1)));
  if (IEquals(key, "title")) {
    a->title = std::move(value);
  } else if (IEquals(key, "date")) {
    a->date = NormalizeDate(value);
  } else if (IEquals(key, "url")) {
    a->url = std::move(value);
  } else if (IEquals(key, "outlet")) {
    a->outlet = std::move(value);
  } else if (IEquals(key, "author")) {
    a->author = std::move(value);
  } else {
    return false;
  }
  return true;
}

// "invalid UTF-8 at line L, byte B": the line a text editor shows and the byte offset in the file.
std::string BadUtf8At(std::string_view text, size_t offset) {
  size_t line =
      1 + static_cast<size_t>(std::count(text.begin(), text.begin() + std::min(offset, text.size()), '\n'));
  return "invalid UTF-8 at line " + std::to_string(line) + ", byte " + std::to_string(offset);
}

// Checks the bytes of a text article; on failure *why says what is wrong.
bool CheckText(std::string_view text, std::string* why) {
  if (text.empty()) {
    *why = "empty file";
    return false;
  }
  if (text.size() > kMaxArticleBytes) {
    *why = "too large (" + std::to_string(text.size()) + " bytes; at most 4 GiB per article)";
    return false;
  }
  if (size_t nul = text.find('\0'); nul != std::string_view::npos) {
    *why = "binary file (NUL byte at offset " + std::to_string(nul) + ")";
    return false;
  }
  size_t bad = 0;
  if (!ValidUtf8(text, &bad)) {
    *why = BadUtf8At(text, bad);
    return false;
  }
  return true;
}

// Parses plain text into *a (text, header fields, body_start, id); `source` is
// set by the caller. On failure *why says what is wrong (without the source).
bool ParsePlain(std::string text, Article* a, std::string* why) {
  if (!CheckText(text, why)) return false;
  a->text = std::move(text);
  std::string_view t = a->text;
  size_t pos = 0;
  if (t.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;  // byte order mark
  while (true) {
    size_t q = pos;
    while (q < t.size() && IsAsciiSpace(t[q])) ++q;
    if (q >= t.size()) {
      pos = q;
      break;
    }
    size_t eol = t.find('\n', q);
    if (eol == std::string_view::npos) eol = t.size();
    std::string_view line = t.substr(q, eol - q);
    // "date YYYY-MM-DD" (no colon): a dateline; the body goes on right after it,
    // on the same line.
    if (line.size() >= 15 && IEquals(line.substr(0, 4), "date") && IsSpaceOrTab(line[4])) {
      size_t d = 4;
      while (d < line.size() && IsSpaceOrTab(line[d])) ++d;
      if (d + 10 <= line.size() && IsIsoDate(line.substr(d, 10)) &&
          (d + 10 == line.size() || IsAsciiSpace(line[d + 10]))) {
        a->date = std::string(line.substr(d, 10));
        pos = q + d + 10;
        continue;
      }
    }
    if (ParseHeaderLine(line, a)) {
      pos = eol;
      continue;
    }
    pos = q;
    break;
  }
  if (pos >= t.size()) {
    *why = a->title.empty() && a->date.empty() && a->url.empty() && a->outlet.empty() && a->author.empty()
               ? "empty file (only white space)"
               : "no article text after the header lines";
    return false;
  }
  if (OnlyWhitespace(t.substr(pos))) {  // only Unicode spaces (NBSP, U+3000, ...)
    *why = "empty file (only white space)";
    return false;
  }
  a->body_start = pos;
  a->id = ArticleId(t.substr(pos));
  return true;
}

std::string ErrnoText(int err) { return std::error_code(err, std::generic_category()).message(); }

std::string TooLarge(uint64_t max_bytes) {
  return "too large (more than " + std::to_string(max_bytes) +
         " bytes; --max-article-bytes sets the limit): skipped";
}

// Reads a whole stream in chunks of 64 KiB, at most max_bytes; false with *why on a read
// error, on more than max_bytes, or as soon as a NUL byte or invalid UTF-8 turns up (so
// that a device or an endless stream is refused after its first chunk, not read to the end).
bool ReadAll(std::FILE* f, uint64_t size_hint, uint64_t max_bytes, std::string* out, std::string* why) {
  out->clear();
  if (size_hint > max_bytes) {
    *why = TooLarge(max_bytes);
    return false;
  }
  if (size_hint > 0) out->reserve(size_hint);
  char buf[1 << 16];
  size_t checked = 0;  // bytes known to be complete, valid UTF-8
  while (true) {
    size_t n = std::fread(buf, 1, sizeof buf, f);
    if (std::memchr(buf, '\0', n) != nullptr) {
      *why = "binary file (NUL byte at offset " +
             std::to_string(out->size() +
                            static_cast<size_t>(static_cast<const char*>(std::memchr(buf, '\0', n)) - buf)) +
             ")";
      return false;
    }
    if (out->size() + n > max_bytes) {
      *why = TooLarge(max_bytes);
      return false;
    }
    out->append(buf, n);
    // validate up to the last character that may be incomplete
    size_t end = out->size();
    for (size_t k = 0; k < 3 && end > checked && (static_cast<unsigned char>((*out)[end - 1]) & 0xC0) == 0x80;
         ++k)
      --end;
    if (end > checked && static_cast<unsigned char>((*out)[end - 1]) >= 0xC0) --end;
    size_t bad = 0;
    if (n == sizeof buf && end > checked &&
        !ValidUtf8(std::string_view(*out).substr(checked, end - checked), &bad)) {
      *why = BadUtf8At(*out, checked + bad);
      return false;
    }
    checked = std::max(checked, end);
    if (n < sizeof buf) break;
  }
  if (std::ferror(f)) {
    *why = "cannot read: " + ErrnoText(errno);
    return false;
  }
  return true;
}

// Reads one line (with its '\n') into *line, keeping at most `limit` bytes: the rest of a
// longer line is read past and *too_long set. Returns the bytes read, 0 at the end.
size_t ReadLine(std::FILE* f, size_t limit, std::string* line, bool* too_long) {
  line->clear();
  *too_long = false;
  size_t bytes = 0;
  int c;
  while ((c = getc_unlocked(f)) != EOF) {
    ++bytes;
    if (line->size() < limit)
      line->push_back(static_cast<char>(c));
    else
      *too_long = true;
    if (c == '\n') break;
  }
  return bytes;
}

// Reads a JSON Lines file line by line: one article per non-blank line.
bool ReadJsonLines(const InputFile& input, std::FILE* f, const ArticleSink& on_article,
                   const std::function<void(const ReadProblem&, size_t)>& on_problem) {
  // a line holds the text JSON-escaped: room for escapes beyond the text's own limit
  const size_t line_limit =
      static_cast<size_t>(std::min<uint64_t>(input.max_bytes, kMaxArticleBytes)) * 4 + 65536;
  std::string buf;
  size_t line_no = 0;
  bool go_on = true;
  while (go_on) {
    errno = 0;
    bool too_long = false;
    size_t n = ReadLine(f, line_limit, &buf, &too_long);
    if (n == 0) {
      if (std::ferror(f))
        on_problem({EscapeInvalidUtf8(input.path), line_no + 1, "cannot read: " + ErrnoText(errno)}, 0);
      break;
    }
    ++line_no;
    size_t bytes = n;
    if (too_long) {
      on_problem({EscapeInvalidUtf8(input.path), line_no,
                  "line too long (more than " + std::to_string(line_limit) +
                      " bytes; --max-article-bytes sets the limit): skipped"},
                 bytes);
      continue;
    }
    std::string_view raw(buf);
    if (!raw.empty() && raw.back() == '\n') raw.remove_suffix(1);
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    if (line_no == 1 && raw.substr(0, 3) == "\xEF\xBB\xBF") raw.remove_prefix(3);
    if (Trim(raw).empty()) continue;
    auto problem = [&](std::string msg) {
      on_problem({EscapeInvalidUtf8(input.path), line_no, std::move(msg)}, bytes);
    };
    if (raw.find('\0') != std::string_view::npos) {
      problem("binary data (NUL byte)");
      continue;
    }
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseValidateEncodingFlag>(raw.data(), raw.size());
    if (doc.HasParseError()) {
      problem(std::string("malformed JSON at column ") + std::to_string(doc.GetErrorOffset() + 1) + ": " +
              rapidjson::GetParseError_En(doc.GetParseError()));
      continue;
    }
    if (!doc.IsObject()) {
      problem("not a JSON object");
      continue;
    }
    auto text_it = doc.FindMember("text");
    if (text_it == doc.MemberEnd() || text_it->value.IsNull()) {
      problem("no \"text\" field");
      continue;
    }
    if (!text_it->value.IsString()) {
      problem("\"text\" is not a string");
      continue;
    }
    Article a;
    std::string why;
    if (text_it->value.GetStringLength() > input.max_bytes) {
      problem("\"text\": " + TooLarge(input.max_bytes));
      continue;
    }
    std::string text(text_it->value.GetString(), text_it->value.GetStringLength());
    if (!CheckText(text, &why)) {
      problem("\"text\": " + why);
      continue;
    }
    std::string bad;  // what is wrong with the other fields, all in one problem
    auto field = [&](const char* name, std::string* out) {
      auto it = doc.FindMember(name);
      if (it == doc.MemberEnd() || it->value.IsNull()) return;
      std::string what;
      if (!it->value.IsString())
        what = "is not a string";
      else if (std::memchr(it->value.GetString(), '\0', it->value.GetStringLength()) != nullptr)
        what = "holds a NUL character";
      if (what.empty()) {
        *out = std::string(Trim(std::string_view(it->value.GetString(), it->value.GetStringLength())));
        return;
      }
      bad += (bad.empty() ? "\"" : "; \"") + std::string(name) + "\" " + what;
    };
    field("title", &a.title);
    field("date", &a.date);
    field("url", &a.url);
    field("outlet", &a.outlet);
    field("author", &a.author);
    if (!a.date.empty() && NormalizeDate(a.date).empty())
      bad += (bad.empty() ? "" : "; ") + std::string("\"date\" is not a date (YYYY-MM-DD): ") + a.date;
    if (!bad.empty()) {
      problem(bad);
      continue;
    }
    a.date = NormalizeDate(a.date);
    a.text = std::move(text);
    std::string_view t = a.text;
    size_t start = 0;
    while (start < t.size() && IsAsciiSpace(t[start])) ++start;
    if (start == t.size() || OnlyWhitespace(t.substr(start))) {
      problem("\"text\" is empty");
      continue;
    }
    a.body_start = start;
    a.id = ArticleId(t.substr(start));
    a.source = EscapeInvalidUtf8(input.path) + ":" + std::to_string(line_no);
    go_on = on_article(std::move(a), bytes);
  }
  return go_on;
}

bool TakenInDirectory(const std::string& name) {
  // Notes that sit beside a corpus ("README.TXT") are not articles.
  for (const char* note : {"readme", "license", "licence", "notice", "copying"}) {
    std::string_view n(note);
    if (name.size() >= n.size() && IEquals(std::string_view(name).substr(0, n.size()), n)) return false;
  }
  for (const char* ext : {".txt", ".text", ".jsonl", ".ndjson"}) {
    if (EndsWithI(name, ext)) return true;
  }
  return false;
}

bool IsJsonLinesName(std::string_view path) {
  return EndsWithI(path, ".jsonl") || EndsWithI(path, ".ndjson");
}

void Walk(const fs::path& dir, std::vector<InputFile>* out,
          const std::function<void(const ReadProblem&)>& on_problem) {
  std::error_code ec;
  std::vector<std::string> names;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    names.push_back(it->path().filename().string());
  }
  if (ec) {
    on_problem({EscapeInvalidUtf8(dir.string()), 0, "cannot list directory: " + ec.message()});
    return;
  }
  std::sort(names.begin(), names.end());
  // One fstatat per entry, relative to the folder (a symlink takes a second): symlink_status,
  // status and file_size by path took three path walks per file, ~6,700 system calls for all of
  // bbc, before the first article could be read.
  const int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  for (const std::string& name : names) {
    if (name.empty() || name[0] == '.') continue;
    const fs::path p = dir / name;
    const int at = dir_fd >= 0 ? dir_fd : AT_FDCWD;
    const char* where = dir_fd >= 0 ? name.c_str() : p.c_str();
    struct stat st;
    if (::fstatat(at, where, &st, AT_SYMLINK_NOFOLLOW) != 0) continue;
    const bool symlink = S_ISLNK(st.st_mode);
    if (symlink && ::fstatat(at, where, &st, 0) != 0) continue;  // a dangling link
    if (S_ISDIR(st.st_mode)) {
      if (!symlink) Walk(p, out, on_problem);  // symlinked folders could loop
      continue;
    }
    if (!S_ISREG(st.st_mode) || !TakenInDirectory(name)) continue;
    out->push_back({p.string(), static_cast<uint64_t>(st.st_size), IsJsonLinesName(name)});
  }
  if (dir_fd >= 0) ::close(dir_fd);
}

}  // namespace

bool ValidUtf8(std::string_view s, size_t* bad_offset) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    // Fast path: 8 ASCII bytes at a time.
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      if (w & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07;
    } else {
      *bad_offset = i;
      return false;
    }
    if (i + len > n) {
      *bad_offset = i;
      return false;
    }
    for (size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) {
        *bad_offset = i;
        return false;
      }
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
        (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
      *bad_offset = i;
      return false;
    }
    i += len;
  }
  return true;
}

namespace {

constexpr uint64_t kOnes8 = 0x0101010101010101ull;
constexpr uint64_t kHigh8 = 0x8080808080808080ull;

// Whether FoldWhitespace leaves the eight bytes at p as they are, in a text whose folded form
// so far does not end in white space waiting to be written: all of them printable ASCII or
// spaces, no two spaces side by side, the last byte not a space (the next might be one), and
// a first byte that is a space only after something written (`after_text`). Most eight bytes of
// a news text are such (single spaces between words); the bytes around a line break, a run of
// spaces or a non-ASCII character are not, and go one at a time.
bool KeptAsIs8(const char* p, bool after_text) {
  uint64_t x;
  std::memcpy(&x, p, 8);
  // every byte in 0x20..0x7F: no high bit, and each byte + 0x60 has it (no carry below 0x80)
  if ((x & kHigh8) != 0 || ((x + kOnes8 * 0x60) & kHigh8) != kHigh8) return false;
  // the spaces, as the high bit of their byte (exact: no borrow between bytes)
  const uint64_t y = x ^ (kOnes8 * 0x20);
  const uint64_t spaces = ~(((y & ~kHigh8) + ~kHigh8) | y) & kHigh8;
  if (spaces == 0) return true;
  if ((spaces & (spaces << 8)) != 0 || (spaces >> 56) != 0) return false;
  return after_text || (spaces & 0x80) == 0;
}

}  // namespace

std::string FoldWhitespace(std::string_view s) {
  // Written in place: the folded text is never longer than s (a space it writes stands
  // for at least one byte of space).
  std::string out(s.size(), '\0');
  char* const begin = out.data();
  char* o = begin;
  bool pending_space = false;
  for (size_t i = 0; i < s.size();) {
    if (i + 8 <= s.size() && !pending_space && KeptAsIs8(s.data() + i, o != begin)) {
      std::memcpy(o, s.data() + i, 8);
      o += 8;
      i += 8;
      continue;
    }
    const char c = s[i];
    if (MayStartSpace(c)) {
      if (size_t w = UnicodeSpaceAt(s, i); w > 0) {
        pending_space = o != begin;
        i += w;
        continue;
      }
    }
    if (pending_space) {
      *o++ = ' ';
      pending_space = false;
    }
    *o++ = c;
    ++i;
  }
  out.resize(static_cast<size_t>(o - begin));
  return out;
}

namespace {

uint64_t Rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

uint64_t FinalMix(uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdull;
  k ^= k >> 33;
  k *= 0xc4ceb34fe53a8ec5ull;
  k ^= k >> 33;
  return k;
}

}  // namespace

std::string Hash128Hex(std::string_view data) {
  constexpr uint64_t c1 = 0x87c37b91114253d5ull;
  constexpr uint64_t c2 = 0x4cf5ad432745937full;
  const auto* p = reinterpret_cast<const unsigned char*>(data.data());
  const size_t n = data.size();
  uint64_t h1 = 0, h2 = 0;
  size_t blocks = n / 16;
  for (size_t b = 0; b < blocks; ++b) {
    uint64_t k1, k2;
    std::memcpy(&k1, p + b * 16, 8);
    std::memcpy(&k2, p + b * 16 + 8, 8);
    k1 *= c1;
    k1 = Rotl(k1, 31);
    k1 *= c2;
    h1 ^= k1;
    h1 = Rotl(h1, 27);
    h1 += h2;
    h1 = h1 * 5 + 0x52dce729;
    k2 *= c2;
    k2 = Rotl(k2, 33);
    k2 *= c1;
    h2 ^= k2;
    h2 = Rotl(h2, 31);
    h2 += h1;
    h2 = h2 * 5 + 0x38495ab5;
  }
  const unsigned char* tail = p + blocks * 16;
  size_t rest = n & 15;
  uint64_t k1 = 0, k2 = 0;
  for (size_t i = rest; i > 8; --i) k2 = (k2 << 8) | tail[i - 1];
  for (size_t i = std::min<size_t>(rest, 8); i > 0; --i) k1 = (k1 << 8) | tail[i - 1];
  if (rest > 8) {
    k2 *= c2;
    k2 = Rotl(k2, 33);
    k2 *= c1;
    h2 ^= k2;
  }
  if (rest > 0) {
    k1 *= c1;
    k1 = Rotl(k1, 31);
    k1 *= c2;
    h1 ^= k1;
  }
  h1 ^= n;
  h2 ^= n;
  h1 += h2;
  h2 += h1;
  h1 = FinalMix(h1);
  h2 = FinalMix(h2);
  h1 += h2;
  h2 += h1;
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(h1),
                static_cast<unsigned long long>(h2));
  return buf;
}

std::vector<InputFile> ListInputs(const std::vector<std::string>& paths,
                                  const std::function<void(const ReadProblem&)>& on_problem) {
  std::vector<InputFile> out;
  for (const std::string& path : paths) {
    if (path == "-") {
      out.push_back({"-", 0, false, kDefaultMaxArticleBytes, /*may_stall=*/true});
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      on_problem({EscapeInvalidUtf8(path), 0,
                  "cannot open: " + (ec ? ec.message() : std::string("No such file or directory"))});
      continue;
    }
    if (fs::is_directory(st)) {
      Walk(path, &out, on_problem);
      continue;
    }
    std::error_code zec;
    uint64_t size = fs::is_regular_file(st) ? fs::file_size(path, zec) : 0;
    out.push_back({path, zec ? 0 : size, IsJsonLinesName(path), kDefaultMaxArticleBytes,
                   /*may_stall=*/!fs::is_regular_file(st)});
  }
  return out;
}

bool ReadInput(const InputFile& input, const ArticleSink& on_article,
               const std::function<void(const ReadProblem&, size_t bytes)>& on_problem, int cancel_fd) {
  FilePtr owned;
  std::FILE* f = stdin;
  if (cancel_fd >= 0 || input.path != "-") {
    owned = cancel_fd >= 0 ? OpenCancellable(input.path, cancel_fd)
                           : FilePtr(std::fopen(input.path.c_str(), "rb"));
    if (!owned) {
      on_problem({EscapeInvalidUtf8(input.path), 0, "cannot open: " + ErrnoText(errno)}, input.size);
      return true;
    }
    f = owned.get();
  }
  return ReadStream(input, f, on_article, on_problem);
}

bool ReadStream(const InputFile& input, std::FILE* f, const ArticleSink& on_article,
                const std::function<void(const ReadProblem&, size_t bytes)>& on_problem) {
  if (input.json_lines) return ReadJsonLines(input, f, on_article, on_problem);
  std::string text, why;
  if (!ReadAll(f, input.size, input.max_bytes, &text, &why)) {
    on_problem({EscapeInvalidUtf8(input.path), 0, why}, input.size);
    return true;
  }
  size_t bytes = text.size();
  Article a;
  if (!ParsePlain(std::move(text), &a, &why)) {
    on_problem({EscapeInvalidUtf8(input.path), 0, why}, bytes);
    return true;
  }
  a.source = EscapeInvalidUtf8(input.path);
  return on_article(std::move(a), bytes);
}

}  // namespace ingest

std::string ArticleId(std::string_view body) { return ingest::Hash128Hex(ingest::FoldWhitespace(body)); }

Result<Article> ParseArticleText(std::string text, const std::string& source) {
  Article a;
  std::string why;
  if (!ingest::ParsePlain(std::move(text), &a, &why)) return Status::InvalidInput(source + ": " + why);
  a.source = source;
  return a;
}

Result<Article> ReadArticleFile(const std::string& path, uint64_t max_article_bytes) {
  ingest::InputFile input{path, 0, false, max_article_bytes};
  if (path != "-") {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return Status::InvalidInput(path + ": is a directory");
    uint64_t size = std::filesystem::file_size(path, ec);
    if (!ec) input.size = size;
  }
  std::optional<Article> got;
  std::optional<Status> failed;
  ingest::ReadInput(
      input,
      [&](Article&& a, size_t) {
        got = std::move(a);
        return true;
      },
      [&](const ReadProblem& p, size_t) {
        Status::Code code =
            p.message.rfind("cannot", 0) == 0 ? Status::Code::kIoError : Status::Code::kInvalidInput;
        std::string msg = p.source + ": " + p.message;
        failed = code == Status::Code::kIoError ? Status::IoError(msg) : Status::InvalidInput(msg);
      });
  if (failed) return *failed;
  if (!got) return Status::Internal(path + ": no article read");
  return std::move(*got);
}

void ReadArticles(const std::vector<std::string>& paths, const std::function<void(Article&&)>& on_article,
                  const std::function<void(const ReadProblem&)>& on_problem, uint64_t max_article_bytes) {
  for (ingest::InputFile input : ingest::ListInputs(paths, on_problem)) {
    input.max_bytes = max_article_bytes;
    ingest::ReadInput(
        input,
        [&](Article&& a, size_t) {
          on_article(std::move(a));
          return true;
        },
        [&](const ReadProblem& p, size_t) { on_problem(p); });
  }
}

}  // namespace claimgraph
