// claimgraph_size_bench BBC_DIR [RUNS]: how extraction time and memory grow with the size
// of one article. Three articles are built at 0.25, 1, 4 and 16 MB (MB = 2^20 bytes):
//   repeated: "The minister said the plan would help farmers. Chancellor Merkel met
//             farmers." and a blank line, repeated;
//   pronouns: "Theresa May met Angela Merkel in Berlin. He said the plan would help
//             farmers." and a blank line, repeated (a "he" that no one named fits);
//   bbc:      the BBC articles of BBC_DIR joined by blank lines (repeated when the folder
//             holds less text), cut at a paragraph; files that are not UTF-8 left out.
//   run-on:   that text as one sentence of one paragraph: every full stop, question and
//             exclamation mark a comma, every line break a space (text with no full stops).
// Each run is a child process that builds the article and extracts it once (one thread);
// printed per size: the median CPU seconds of Extract() over RUNS (default 3), seconds per
// MB, that figure over the 0.25 MB one, and the child's peak RSS (the largest of the runs).
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "claimgraph/claimgraph.h"

namespace {

double CpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// `unit` repeated to `bytes`, cut after the last blank line that fits.
std::string Fill(const std::string& unit, size_t bytes) {
  std::string text;
  text.reserve(bytes + unit.size());
  while (text.size() < bytes) text += unit;
  size_t cut = text.rfind("\n\n", bytes);
  text.resize(cut == std::string::npos ? bytes : cut + 1);
  text.shrink_to_fit();
  return text;
}

std::string JoinedBbc(const std::string& dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".txt" && e.path().filename() != "README.TXT")
      files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::string all;
  for (const auto& f : files) {
    std::string t = ReadFile(f);
    if (!claimgraph::ParseArticleText(t, f.string()).ok()) continue;  // not UTF-8: left out
    while (!t.empty() && (t.back() == '\n' || t.back() == ' ' || t.back() == '\r')) t.pop_back();
    all += t;
    all += "\n\n";
  }
  return all;
}

const char kRepeated[] = "The minister said the plan would help farmers. Chancellor Merkel met farmers.\n\n";
const char kPronouns[] = "Theresa May met Angela Merkel in Berlin. He said the plan would help farmers.\n\n";

// The text of `kind` ("repeated", "pronouns", "run-on", else the BBC articles of bbc_dir) at `bytes`.
std::string TextOf(const std::string& kind, const std::string& bbc_dir, size_t bytes) {
  if (kind == "repeated") return Fill(kRepeated, bytes);
  if (kind == "pronouns") return Fill(kPronouns, bytes);
  std::string text = Fill(JoinedBbc(bbc_dir), bytes);
  if (kind == "run-on") {
    for (char& c : text)
      if (c == '.' || c == '!' || c == '?')
        c = ',';
      else if (c == '\n' || c == '\r')
        c = ' ';
    text += ".\n";
  }
  return text;
}

// In a child (so that its peak RSS is this article's alone): builds the article, extracts
// it, writes the CPU seconds of Extract() to fd.
[[noreturn]] void Child(const std::string& kind, const std::string& bbc_dir, size_t bytes, int fd) {
  auto extractor = claimgraph::Extractor::Open();
  if (!extractor.ok()) _exit(3);
  auto article = claimgraph::ParseArticleText(TextOf(kind, bbc_dir, bytes), "bench");
  if (!article.ok()) {
    std::fprintf(stderr, "%s\n", article.status().message().c_str());
    _exit(4);
  }
  double c0 = CpuSeconds();
  claimgraph::Extraction x = extractor.value()->Extract(article.value());
  double secs = CpuSeconds() - c0;
  if (write(fd, &secs, sizeof secs) != static_cast<ssize_t>(sizeof secs)) _exit(5);
  _exit(x.entities.empty() ? 6 : 0);
}

// One run: CPU seconds of the extraction and the child's peak RSS in MB; false on failure.
bool Run(const std::string& kind, const std::string& bbc_dir, size_t bytes, double* secs, double* rss_mb) {
  int fds[2];
  if (pipe(fds) != 0) return false;
  std::fflush(nullptr);
  pid_t pid = fork();
  if (pid < 0) return false;
  if (pid == 0) {
    close(fds[0]);
    Child(kind, bbc_dir, bytes, fds[1]);
  }
  close(fds[1]);
  bool ok = read(fds[0], secs, sizeof *secs) == static_cast<ssize_t>(sizeof *secs);
  close(fds[0]);
  int status = 0;
  rusage ru{};
  if (wait4(pid, &status, 0, &ru) != pid) return false;
  *rss_mb = static_cast<double>(ru.ru_maxrss) / 1024.0;  // KB on Linux
  return ok && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s BBC_DIR [RUNS]\n", argv[0]);
    return 2;
  }
  int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
  if (JoinedBbc(argv[1]).size() < 1000) {
    std::fprintf(stderr, "%s: no BBC articles (*.txt) found\n", argv[1]);
    return 1;
  }
  std::printf("one article per size, extraction on one thread, median of %d runs (CPU seconds)\n", runs);
  std::printf("%-9s %6s %9s %9s %8s %9s\n", "TEXT", "MB", "SECONDS", "S/MB", "x0.25MB", "PEAK RSS");
  int status = 0;
  for (const std::string name : {"repeated", "pronouns", "bbc", "run-on"}) {
    double base = 0;
    for (double mb : {0.25, 1.0, 4.0, 16.0}) {
      size_t bytes = static_cast<size_t>(mb * 1024 * 1024);
      std::vector<double> times;
      double peak = 0;
      for (int r = 0; r < runs; ++r) {
        double secs = 0, rss = 0;
        if (!Run(name, argv[1], bytes, &secs, &rss)) {
          std::fprintf(stderr, "%s at %.2f MB: the extraction failed\n", name.c_str(), mb);
          return 1;
        }
        times.push_back(secs);
        peak = std::max(peak, rss);
      }
      double t = Median(times), per_mb = t / mb;
      if (mb == 0.25) base = per_mb;
      std::printf("%-9s %6.2f %9.3f %9.3f %8.2f %6.0f MB\n", name.c_str(), mb, t, per_mb, per_mb / base,
                  peak);
      if (per_mb > 2 * base || (mb == 16.0 && peak > 300)) status = 1;
    }
  }
  std::printf("targets: seconds per MB within 2x of the 0.25 MB figure, peak RSS at 16 MB <= 300 MB: %s\n",
              status == 0 ? "met" : "NOT met");
  return status;
}
