// A store built from examples/ once per test process, for the graph tests.
#pragma once

#include <memory>
#include <string>

#include "claimgraph/claimgraph.h"
#include "support/test_support.h"

namespace claimgraph::testing {

// Ingests examples/ (and any extra paths) into a fresh store in `dir`; returns its path.
inline std::string BuildStore(const TempDir& dir, const std::vector<std::string>& extra = {}) {
  std::string db = dir / "examples.db";
  auto store = Store::Open(db);
  if (!store.ok()) throw std::runtime_error(store.status().message());
  auto extractor = Extractor::Open();
  if (!extractor.ok()) throw std::runtime_error(extractor.status().message());
  std::vector<std::string> paths{std::string(CLAIMGRAPH_SOURCE_DIR) + "/examples"};
  paths.insert(paths.end(), extra.begin(), extra.end());
  IngestReport r = Ingest(paths, *extractor.value(), *store.value(), IngestOptions{});
  if (!r.status.ok() || r.skipped) throw std::runtime_error("ingest of examples failed");
  return db;
}

// The examples store shared by the tests of one process (built on first use).
inline const std::string& ExampleStore() {
  static TempDir dir;
  static std::string db = BuildStore(dir);
  return db;
}

inline std::unique_ptr<Graph> OpenGraph(const std::string& db) {
  auto g = Graph::Open(db);
  if (!g.ok()) throw std::runtime_error(g.status().message());
  return std::move(g).value();
}

}  // namespace claimgraph::testing
