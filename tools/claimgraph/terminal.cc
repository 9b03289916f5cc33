#include "terminal.h"

#include <sys/ioctl.h>
#include <unistd.h>
#include <utf8proc.h>

#include <cstdio>
#include <vector>

namespace claimgraph::cli {
namespace {

struct Glyph {
  size_t start;
  size_t len;
  int width;
};

// Splits UTF-8 into code points with their widths; bad bytes count as one column.
std::vector<Glyph> Glyphs(std::string_view s) {
  std::vector<Glyph> out;
  size_t i = 0;
  while (i < s.size()) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                          static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {
      out.push_back({i, 1, 1});
      ++i;
      continue;
    }
    int w = utf8proc_charwidth(cp);
    out.push_back({i, static_cast<size_t>(n), w < 0 ? 0 : w});
    i += static_cast<size_t>(n);
  }
  return out;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string FoldSpaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (IsSpace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string Seconds(double s) {
  char buf[32];
  long t = static_cast<long>(s + 0.5);
  if (t >= 3600) {
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", t / 3600, (t / 60) % 60, t % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%ld:%02ld", t / 60, t % 60);
  }
  return buf;
}

}  // namespace

size_t DisplayWidth(std::string_view s) {
  size_t w = 0;
  for (const Glyph& g : Glyphs(s)) w += static_cast<size_t>(g.width);
  return w;
}

std::string FitWidth(std::string_view s, size_t width) {
  std::string folded = FoldSpaces(s);
  if (width == 0 || DisplayWidth(folded) <= width) return folded;
  if (width == 1) return "…";
  std::vector<Glyph> glyphs = Glyphs(folded);
  size_t used = 0;
  size_t cut = 0;         // bytes that fit in width - 1 columns (room for "…")
  size_t last_space = 0;  // byte offset of the last space inside that
  for (const Glyph& g : glyphs) {
    if (used + static_cast<size_t>(g.width) > width - 1) break;
    used += static_cast<size_t>(g.width);
    if (folded[g.start] == ' ') last_space = g.start;
    cut = g.start + g.len;
  }
  // Prefer ending at a word boundary when it costs at most a fifth of the room.
  if (last_space > 0 && (cut - last_space) * 5 <= width) cut = last_space;
  while (cut > 0 && (folded[cut - 1] == ' ' || folded[cut - 1] == ',')) --cut;
  return folded.substr(0, cut) + "…";
}

std::string Pad(std::string_view s, size_t width) {
  std::string out(s);
  size_t w = DisplayWidth(s);
  if (w < width) out.append(width - w, ' ');
  return out;
}

size_t TerminalColumns(int fd) {
  if (!isatty(fd)) return 0;
  struct winsize ws {};
  if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 80;
}

ProgressBar::ProgressBar(bool enabled)
    : enabled_(enabled), start_(std::chrono::steady_clock::now()), last_(start_) {}

void ProgressBar::Update(size_t articles, size_t bytes_done, size_t bytes_total) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  bool done = bytes_total > 0 && bytes_done >= bytes_total;
  if (now - last_ < std::chrono::milliseconds(100) && !done) return;
  last_ = now;
  double elapsed = std::chrono::duration<double>(now - start_).count();
  double mb = static_cast<double>(bytes_done) / 1e6;
  double rate = elapsed > 0 ? mb / elapsed : 0;
  char line[256];
  if (bytes_total > 0) {
    double frac = std::min(1.0, static_cast<double>(bytes_done) / static_cast<double>(bytes_total));
    const int kBar = 24;
    int fill = static_cast<int>(frac * kBar);
    std::string bar(static_cast<size_t>(fill), '#');
    bar.append(static_cast<size_t>(kBar - fill), '.');
    std::string eta =
        rate > 0
            ? Seconds((static_cast<double>(bytes_total - std::min(bytes_done, bytes_total)) / 1e6) / rate)
            : std::string("?");
    std::snprintf(line, sizeof line, "[%s] %3.0f%%  %zu articles  %.1f/%.1f MB  %.1f MB/s  ETA %s",
                  bar.c_str(), frac * 100, articles, mb, static_cast<double>(bytes_total) / 1e6, rate,
                  eta.c_str());
  } else {
    std::snprintf(line, sizeof line, "%zu articles  %.1f MB  %.1f MB/s", articles, mb, rate);
  }
  std::fprintf(stderr, "\r%s\033[K", line);
  std::fflush(stderr);
  shown_ = true;
}

void ProgressBar::Clear() {
  if (!enabled_ || !shown_) return;
  std::fprintf(stderr, "\r\033[K");
  std::fflush(stderr);
  shown_ = false;
}

}  // namespace claimgraph::cli
