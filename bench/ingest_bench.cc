// claimgraph_bench DIR [RUNS] [PHASES]: extract and ingest throughput over a folder of
// articles, as the median of RUNS runs (default 5). PHASES is a comma-separated
// subset of extract,store,ingest (default all of them):
//   extract: every article extracted once, on one thread, no database;
//   store:   what the one writing thread of an ingest does: the extractions,
//            prepared beforehand (Store::Prepare, which Ingest runs on the
//            extraction threads), written with Store::PutPrepared in batches of ingest's default size
//            into a fresh SQLite file, from Open to the close of the store (its
//            final checkpoint included);
//   ingest:  what `claimgraph ingest --jobs N DIR` does, with 1 and with 2 jobs:
//            Store::Open of a fresh file, Ingest() (read, extract on N threads,
//            store), and the close of the store; then with 1 job and every thread
//            pinned to one CPU ("1 core"), and the ratio of 2 jobs on every CPU to
//            that ("scaling": what a second core gives).
// MB are 10^6 bytes of article text as read. The single-thread phases also print
// MB per CPU second of the thread that does the work.
#include <sched.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
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

double CpuSeconds(clockid_t clock) {
  timespec ts{};
  clock_gettime(clock, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}
// CPU time of the calling thread: robust when other processes share the cores.
double ThreadCpuSeconds() { return CpuSeconds(CLOCK_THREAD_CPUTIME_ID); }
// CPU time of every thread of the process.
double ProcessCpuSeconds() { return CpuSeconds(CLOCK_PROCESS_CPUTIME_ID); }

void Print(const char* what, const std::vector<double>& rates, const std::vector<double>& cpu_rates,
           const char* cpu_what) {
  std::printf("%-20s median %.2f MB/s  (min %.2f, max %.2f)", what, Median(rates),
              *std::min_element(rates.begin(), rates.end()), *std::max_element(rates.begin(), rates.end()));
  if (!cpu_rates.empty()) std::printf("; %.2f MB per CPU second%s", Median(cpu_rates), cpu_what);
  std::printf("\n");
}

// One `claimgraph ingest --jobs JOBS DIR` into a fresh file DB: Open, Ingest, close. Sets MB/s
// and MB per CPU second of every thread of the process.
bool IngestOnce(const std::string& dir, const std::string& db, const claimgraph::Extractor& extractor,
                size_t jobs, double* rate, double* cpu_rate) {
  size_t ingest_bytes = 0;
  claimgraph::IngestOptions options;
  options.jobs = jobs;
  options.on_progress = [&](const claimgraph::IngestProgress& p) { ingest_bytes = p.bytes_done; };
  auto t0 = std::chrono::steady_clock::now();
  double c0 = ProcessCpuSeconds();
  auto store = claimgraph::Store::Open(db);
  if (!store.ok()) {
    std::fprintf(stderr, "%s\n", store.status().message().c_str());
    return false;
  }
  claimgraph::IngestReport report = claimgraph::Ingest({dir}, extractor, *store.value(), options);
  store.value().reset();  // close: the final checkpoint counts too
  double secs = Seconds(t0);
  if (!report.status.ok()) {
    std::fprintf(stderr, "%s\n", report.status.message().c_str());
    return false;
  }
  *rate = static_cast<double>(ingest_bytes) / 1e6 / secs;
  *cpu_rate = static_cast<double>(ingest_bytes) / 1e6 / (ProcessCpuSeconds() - c0);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s DIR [RUNS] [extract,store,ingest]\n", argv[0]);
    return 2;
  }
  std::string dir = argv[1];
  int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  std::string phases = argc > 3 ? argv[3] : "extract,store,ingest";
  auto phase = [&](const char* name) { return phases.find(name) != std::string::npos; };

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

  size_t sink = 0;
  if (phase("extract")) {
    std::vector<double> rates, cpu_rates;
    for (int r = 0; r < runs; ++r) {
      auto t0 = std::chrono::steady_clock::now();
      double c0 = ThreadCpuSeconds();
      for (const auto& a : articles) sink += extractor.value()->Extract(a).claims.size();
      cpu_rates.push_back(mb / (ThreadCpuSeconds() - c0));
      rates.push_back(mb / Seconds(t0));
    }
    Print("extract (1 thread):", rates, cpu_rates, "");
  }

  // One file per process: two benches run at once (engineers sharing a machine) must not
  // remove or write each other's database.
  std::filesystem::path db =
      std::filesystem::temp_directory_path() / ("claimgraph-bench-" + std::to_string(getpid()) + ".db");
  auto remove_db = [&] {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db.string() + suffix);
  };
  if (phase("store")) {
    std::vector<claimgraph::PreparedExtraction> extractions;
    for (const auto& a : articles)
      extractions.push_back(claimgraph::Store::Prepare(extractor.value()->Extract(a)));
    std::vector<double> rates, cpu_rates;
    for (int r = 0; r < runs; ++r) {
      remove_db();
      // The batches are copied before the clock starts: PutBatch takes them as Ingest hands them over.
      std::vector<std::vector<claimgraph::PreparedExtraction>> batches;
      const size_t n = claimgraph::IngestOptions().batch_size;
      for (size_t i = 0; i < extractions.size(); i += n)
        batches.emplace_back(
            extractions.begin() + static_cast<ptrdiff_t>(i),
            extractions.begin() + static_cast<ptrdiff_t>(std::min(extractions.size(), i + n)));
      auto t0 = std::chrono::steady_clock::now();
      double c0 = ThreadCpuSeconds();
      auto store = claimgraph::Store::Open(db.string());
      if (!store.ok()) {
        std::fprintf(stderr, "%s\n", store.status().message().c_str());
        return 1;
      }
      for (auto& batch : batches) {
        size_t added = 0;
        claimgraph::Status s = store.value()->PutPrepared(batch, &added);
        if (!s.ok()) {
          std::fprintf(stderr, "%s\n", s.message().c_str());
          return 1;
        }
      }
      store.value().reset();  // close: the final checkpoint counts too
      cpu_rates.push_back(mb / (ThreadCpuSeconds() - c0));
      rates.push_back(mb / Seconds(t0));
    }
    Print("store (writer):", rates, cpu_rates, "");
  }

  if (phase("ingest")) {
    // The process's own CPUs, and the first of them alone: "1 core" pins every thread of the
    // ingest (reader, extraction, writer, checkpointer: each made after the pin) to one CPU, so
    // that 1 core against all of them is the scaling a user gets from a second core.
    cpu_set_t all_cpus;
    CPU_ZERO(&all_cpus);
    sched_getaffinity(0, sizeof all_cpus, &all_cpus);
    cpu_set_t one_cpu;
    CPU_ZERO(&one_cpu);
    for (int c = 0; c < CPU_SETSIZE; ++c)
      if (CPU_ISSET(c, &all_cpus)) {
        CPU_SET(c, &one_cpu);
        break;
      }
    struct Variant {
      size_t jobs;
      const cpu_set_t* cpus;
      const char* what;
    };
    std::vector<double> one_core, two_jobs;
    for (const Variant& v :
         {Variant{1, &all_cpus, "ingest (1 job):"}, Variant{2, &all_cpus, "ingest (2 jobs):"},
          Variant{1, &one_cpu, "ingest (1 core):"}}) {
      std::vector<double> rates, cpu_rates;
      sched_setaffinity(0, sizeof(cpu_set_t), v.cpus);
      for (int r = 0; r < runs; ++r) {
        remove_db();
        double rate = 0, cpu_rate = 0;
        if (!IngestOnce(dir, db.string(), *extractor.value(), v.jobs, &rate, &cpu_rate)) return 1;
        rates.push_back(rate);
        cpu_rates.push_back(cpu_rate);
      }
      sched_setaffinity(0, sizeof(cpu_set_t), &all_cpus);
      Print(v.what, rates, cpu_rates, " (all threads)");
      if (v.cpus == &one_cpu) one_core = rates;
      if (v.jobs == 2) two_jobs = rates;
    }
    std::printf("%-20s %.2fx (median of 2 jobs on %d cores over median of 1 job on 1 core)\n",
                "ingest scaling:", Median(two_jobs) / Median(one_core), CPU_COUNT(&all_cpus));
  }
  remove_db();
  return sink == static_cast<size_t>(-1) ? 1 : 0;
}
