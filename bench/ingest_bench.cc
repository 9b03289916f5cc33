// claimgraph_bench DIR [RUNS]: extract and ingest throughput over a folder of
// articles, as the median of RUNS runs (default 5).
//   extract: every article extracted once, on one thread, no database;
//   store:   the extractions written with Store::PutBatch, batches of 64;
//   ingest:  Ingest() into a fresh SQLite file (read, extract on all cores, store).
// MB are 10^6 bytes of article text as read.
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "claimgraph/claimgraph.h"

namespace {

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

// CPU time of the calling thread: robust when other processes share the cores.
double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s DIR [RUNS]\n", argv[0]);
    return 2;
  }
  std::string dir = argv[1];
  int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;

  std::vector<claimgraph::Article> articles;
  size_t bytes = 0;
  claimgraph::ReadArticles(
      {dir},
      [&](claimgraph::Article&& a) {
        bytes += a.text.size();
        articles.push_back(std::move(a));
      },
      [](const claimgraph::ReadProblem&) {});
  auto extractor = claimgraph::Extractor::Open();
  if (!extractor.ok()) {
    std::fprintf(stderr, "%s\n", extractor.status().message().c_str());
    return 1;
  }
  double mb = static_cast<double>(bytes) / 1e6;
  std::printf("%s: %zu articles, %.2f MB, %d runs\n", dir.c_str(), articles.size(), mb, runs);

  std::vector<double> extract_rates, extract_cpu_rates, ingest_rates;
  size_t sink = 0;
  for (int r = 0; r < runs; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    double c0 = ThreadCpuSeconds();
    for (const auto& a : articles) sink += extractor.value()->Extract(a).claims.size();
    extract_cpu_rates.push_back(mb / (ThreadCpuSeconds() - c0));
    extract_rates.push_back(mb / Seconds(t0));
  }
  std::filesystem::path db = std::filesystem::temp_directory_path() / "claimgraph-bench.db";
  auto remove_db = [&] {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db.string() + suffix);
  };
  // store: the extractions written with PutBatch in batches of 64, nothing else.
  std::vector<claimgraph::Extraction> extractions;
  for (const auto& a : articles) extractions.push_back(extractor.value()->Extract(a));
  std::vector<double> store_rates, store_cpu_rates;
  for (int r = 0; r < runs; ++r) {
    remove_db();
    auto store = claimgraph::Store::Open(db.string());
    if (!store.ok()) {
      std::fprintf(stderr, "%s\n", store.status().message().c_str());
      return 1;
    }
    auto t0 = std::chrono::steady_clock::now();
    double c0 = ThreadCpuSeconds();
    for (size_t i = 0; i < extractions.size(); i += 64) {
      std::vector<claimgraph::Extraction> batch(extractions.begin() + i,
                                                extractions.begin() + std::min(extractions.size(), i + 64));
      size_t added = 0;
      claimgraph::Status s = store.value()->PutBatch(batch, &added);
      if (!s.ok()) {
        std::fprintf(stderr, "%s\n", s.message().c_str());
        return 1;
      }
    }
    store.value().reset();
    store_cpu_rates.push_back(mb / (ThreadCpuSeconds() - c0));
    store_rates.push_back(mb / Seconds(t0));
  }
  size_t ingest_bytes = 0;
  for (int r = 0; r < runs; ++r) {
    remove_db();
    auto store = claimgraph::Store::Open(db.string());
    if (!store.ok()) {
      std::fprintf(stderr, "%s\n", store.status().message().c_str());
      return 1;
    }
    claimgraph::IngestOptions options;
    options.on_progress = [&](const claimgraph::IngestProgress& p) { ingest_bytes = p.bytes_done; };
    auto t0 = std::chrono::steady_clock::now();
    claimgraph::IngestReport report = claimgraph::Ingest({dir}, *extractor.value(), *store.value(), options);
    store.value().reset();  // close: the final checkpoint counts too
    double secs = Seconds(t0);
    if (!report.status.ok()) {
      std::fprintf(stderr, "%s\n", report.status.message().c_str());
      return 1;
    }
    ingest_rates.push_back(static_cast<double>(ingest_bytes) / 1e6 / secs);
  }
  remove_db();
  std::printf("extract (1 thread):  median %.2f MB/s  (min %.2f, max %.2f); %.2f MB per CPU second\n",
              Median(extract_rates), *std::min_element(extract_rates.begin(), extract_rates.end()),
              *std::max_element(extract_rates.begin(), extract_rates.end()), Median(extract_cpu_rates));
  std::printf("store (PutBatch):    median %.2f MB/s  (min %.2f, max %.2f); %.2f MB per CPU second\n",
              Median(store_rates), *std::min_element(store_rates.begin(), store_rates.end()),
              *std::max_element(store_rates.begin(), store_rates.end()), Median(store_cpu_rates));
  std::printf("ingest (%u threads): median %.2f MB/s  (min %.2f, max %.2f)\n",
              std::max(1u, std::thread::hardware_concurrency()), Median(ingest_rates),
              *std::min_element(ingest_rates.begin(), ingest_rates.end()),
              *std::max_element(ingest_rates.begin(), ingest_rates.end()));
  return sink == static_cast<size_t>(-1) ? 1 : 0;
}
