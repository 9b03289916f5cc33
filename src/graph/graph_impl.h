// The Graph of graph.h: a Reader for the store's indexes and a snapshot,
// built on first use, for walks and whole-graph measures.
#pragma once

#include <memory>
#include <optional>

#include "claimgraph/graph.h"
#include "graph/algorithms.h"
#include "graph/reader.h"
#include "graph/snapshot.h"

namespace claimgraph::graph {

struct NodeInfo {
  std::string key, name, type;
};

class GraphImpl final : public Graph {
 public:
  explicit GraphImpl(std::unique_ptr<Reader> reader) : reader_(std::move(reader)) {}

  Result<NameMatch> Resolve(const std::string& name) override { return reader_->Resolve(name); }
  Result<std::vector<ClaimRow>> Said(const SaidQuery& q) override;
  Result<EntityReport> Entity(const std::string& name) override { return reader_->Entity(name); }
  Result<std::vector<NeighborRow>> Neighbors(const NeighborsQuery& q) override;
  Result<std::vector<PathStep>> Path(const PathQuery& q) override;
  Result<RankResult> Rank(const RankQuery& q) override;
  Result<std::vector<ContradictionRow>> Contradictions(const ContradictionsQuery& q) override;
  Result<std::vector<QuoteRow>> Quote(const QuoteQuery& q) override;
  Result<Subgraph> Select(const SelectFilter& filter) override;
  Status BuildSnapshot() override;
  Result<std::vector<NameCompletion>> Complete(const std::string& prefix, size_t limit) override;
  Result<Passage> PassageOf(const std::string& article_id, Span span) override;

 private:
  // The focus of a walk: the snapshot vertex of a name.
  Result<Vertex> VertexOf(const std::string& name);
  NodeInfo Info(Vertex v);
  Evidence EdgeEvidence(const EdgeData& e);
  GraphNode Node(Vertex v);

  std::unique_ptr<Reader> reader_;
  std::optional<Snapshot> snapshot_;
};

}  // namespace claimgraph::graph
