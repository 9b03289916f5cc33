// claimgraph_graph_bench: the graph engine on a large store.
//
//   claimgraph_graph_bench build DB CORPUS_DIR MIN_CLAIMS
//     Extracts every article of CORPUS_DIR once, then stores copies of the
//     extractions until the store holds at least MIN_CLAIMS claims: copy k
//     renames every person and organization (a tag appended to the name and its
//     aliases: "Tony Blair" -> "Tony Blair Kab") and gives the article its own
//     id and one of 20 outlets, so each copy adds new speakers who say what the
//     real ones said. Countries, places and events are shared by all copies.
//   claimgraph_graph_bench query DB [SAMPLES]
//     In-library timings on that store: snapshot build, said --by (p50/p99),
//     neighbors --depth 2, path, rank --by pagerank, and the peak RSS.
//     Writes the sampled names to DB.names (for bench/graph_bench.sh's CLI runs).
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "claimgraph/claimgraph.h"

namespace {

using namespace claimgraph;
using Clock = std::chrono::steady_clock;

double Ms(Clock::time_point since) {
  return std::chrono::duration<double, std::milli>(Clock::now() - since).count();
}

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t i = static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

// CPU time of this process: robust when other processes share the cores.
double CpuMs() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return (static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
          static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3);
}

long PeakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024;
}

std::string Tag(size_t k) {  // 0 -> "Kaa", 1 -> "Kab", ...
  std::string t = "K";
  t.push_back(static_cast<char>('a' + (k / 26) % 26));
  t.push_back(static_cast<char>('a' + k % 26));
  return t;
}

int Build(const std::string& db, const std::string& dir, size_t min_claims) {
  std::vector<Article> articles;
  ReadArticles(
      {dir}, [&](Article&& a) { articles.push_back(std::move(a)); }, [](const ReadProblem&) {});
  auto extractor = Extractor::Open();
  if (!extractor.ok()) {
    std::fprintf(stderr, "%s\n", extractor.status().message().c_str());
    return 1;
  }
  auto t0 = Clock::now();
  std::vector<Extraction> base;
  size_t per_copy = 0;
  for (const Article& a : articles) {
    base.push_back(extractor.value()->Extract(a));
    per_copy += base.back().claims.size();
  }
  std::printf("extracted %zu articles, %zu claims per copy, in %.1f s\n", base.size(), per_copy,
              Ms(t0) / 1000);
  auto store = Store::Open(db);
  if (!store.ok()) {
    std::fprintf(stderr, "%s\n", store.status().message().c_str());
    return 1;
  }
  // Copies until the store holds min_claims claims (duplicate articles of the
  // corpus are stored once per copy); a store built before is added to.
  auto t1 = Clock::now();
  size_t k = 0;
  for (;; ++k) {
    auto now = store.value()->Stats();
    if (!now.ok() || static_cast<size_t>(now->claims) >= min_claims) break;
    if (store.value()->HasArticle(ArticleId(base.front().article.text + "\ncopy " + std::to_string(k))))
      continue;
    std::vector<Extraction> batch;
    for (const Extraction& x : base) {
      Extraction c = x;
      c.article.id = ArticleId(c.article.text + "\ncopy " + std::to_string(k));
      c.article.outlet = "Outlet " + std::to_string(k % 20);
      c.article.source = c.article.source + "#" + std::to_string(k);
      for (Entity& e : c.entities) {
        if (e.type != EntityType::kPerson && e.type != EntityType::kOrganization) continue;
        e.name += " " + Tag(k);
        for (std::string& alias : e.aliases) alias += " " + Tag(k);
      }
      batch.push_back(std::move(c));
      if (batch.size() == 256) {
        Status s = store.value()->PutBatch(batch, nullptr);
        if (!s.ok()) {
          std::fprintf(stderr, "%s\n", s.message().c_str());
          return 1;
        }
        batch.clear();
      }
    }
    Status s = store.value()->PutBatch(batch, nullptr);
    if (!s.ok()) {
      std::fprintf(stderr, "%s\n", s.message().c_str());
      return 1;
    }
    std::fprintf(stderr, "\rcopy %zu (%.0f s)", k + 1, Ms(t1) / 1000);
  }
  size_t copies = k;
  auto stats = store.value()->Stats();
  std::printf("\n%zu copies, stored in %.0f s: %lld articles, %lld entities, %lld claims, %lld relations\n",
              copies, Ms(t1) / 1000, static_cast<long long>(stats->articles),
              static_cast<long long>(stats->entities), static_cast<long long>(stats->claims),
              static_cast<long long>(stats->relations));
  return 0;
}

int Query(const std::string& db, size_t samples) {
  auto t0 = Clock::now();
  auto opened = Graph::Open(db);
  if (!opened.ok()) {
    std::fprintf(stderr, "%s\n", opened.status().message().c_str());
    return 1;
  }
  Graph& g = *opened.value();
  std::printf("open: %.1f ms\n", Ms(t0));
  auto t1 = Clock::now();
  double cpu1 = CpuMs();
  Status built = g.BuildSnapshot();
  if (!built.ok()) {
    std::fprintf(stderr, "%s\n", built.message().c_str());
    return 1;
  }
  std::printf("snapshot build: %.0f ms (CPU %.0f ms; peak RSS so far %ld MB)\n", Ms(t1), CpuMs() - cpu1,
              PeakRssMb());

  // Speakers to ask about: a deterministic sample of those ranked by claims.
  RankQuery rq;
  rq.types = {NodeType::kPerson};
  rq.limit = 0;
  auto quoted = g.Rank(rq);
  if (!quoted.ok() || quoted.value().rows.size() < 2) {
    std::fprintf(stderr, "no speakers\n");
    return 1;
  }
  const auto& speakers = quoted.value().rows;
  std::mt19937 rng(42);
  std::uniform_int_distribution<size_t> pick(0, speakers.size() - 1);
  std::vector<std::string> names;
  for (size_t i = 0; i < samples; ++i) names.push_back(speakers[pick(rng)].key);
  std::printf("%zu speakers; sampled %zu (keys, so that a name shared by two copies is not ambiguous)\n",
              speakers.size(), names.size());

  std::vector<double> said_ms, neighbors_ms, path_ms;
  size_t rows = 0, reached = 0, connected = 0;
  for (const std::string& n : names) {
    SaidQuery q;
    q.by = n;
    auto t = Clock::now();
    auto r = g.Said(q);
    said_ms.push_back(Ms(t));
    if (r.ok()) rows += r.value().size();
  }
  for (const std::string& n : names) {
    NeighborsQuery q;
    q.name = n;
    q.depth = 2;
    auto t = Clock::now();
    auto r = g.Neighbors(q);
    neighbors_ms.push_back(Ms(t));
    if (r.ok()) reached += r.value().size();
  }
  for (size_t i = 0; i + 1 < names.size(); i += 2) {
    auto t = Clock::now();
    auto r = g.Path(PathQuery{names[i], names[i + 1], {}});
    path_ms.push_back(Ms(t));
    if (r.ok() && !r.value().empty()) ++connected;
  }
  std::printf("said --by: p50 %.2f ms, p99 %.2f ms (%zu queries, %zu rows)\n", Percentile(said_ms, 0.5),
              Percentile(said_ms, 0.99), said_ms.size(), rows);
  std::printf("neighbors --depth 2: p50 %.2f ms, p99 %.2f ms (%zu queries, %zu rows, limit 100)\n",
              Percentile(neighbors_ms, 0.5), Percentile(neighbors_ms, 0.99), neighbors_ms.size(), reached);
  std::printf("path: p50 %.2f ms, p99 %.2f ms (%zu pairs, %zu connected)\n", Percentile(path_ms, 0.5),
              Percentile(path_ms, 0.99), path_ms.size(), connected);
  auto t2 = Clock::now();
  double cpu2 = CpuMs();
  RankQuery pr;
  pr.by = RankBy::kPagerank;
  auto ranked = g.Rank(pr);
  std::printf("rank --by pagerank: %.0f ms (CPU %.0f ms; top: %s)\n", Ms(t2), CpuMs() - cpu2,
              ranked.ok() && !ranked.value().rows.empty() ? ranked.value().rows[0].name.c_str() : "-");
  std::printf("peak RSS: %ld MB\n", PeakRssMb());
  std::ofstream out(db + ".names");
  for (const std::string& n : names) out << n << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "build" && argc == 5) return Build(argv[2], argv[3], std::strtoul(argv[4], nullptr, 10));
  if (mode == "query" && argc >= 3)
    return Query(argv[2], argc > 3 ? std::strtoul(argv[3], nullptr, 10) : 200);
  std::fprintf(stderr, "usage: %s build DB CORPUS_DIR MIN_CLAIMS | query DB [SAMPLES]\n", argv[0]);
  return 2;
}
