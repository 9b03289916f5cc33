// Pipeline: ingest = read -> extract -> store, in batches.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "claimgraph/article.h"
#include "claimgraph/extractor.h"
#include "claimgraph/store.h"

namespace claimgraph {

struct IngestProgress {
  size_t articles_done = 0;
  size_t bytes_done = 0;
  size_t bytes_total = 0;  // 0 when unknown (stdin)
};

struct IngestOptions {
  size_t batch_size = 256;                                 // most articles per batch (Store::PutBatch)
  size_t jobs = 0;                                         // extraction threads (0: one per core)
  std::function<void(const IngestProgress&)> on_progress;  // may be empty
  std::function<void(const ReadProblem&)> on_problem;      // may be empty
  uint64_t max_article_bytes = kDefaultMaxArticleBytes;    // longer articles are skipped (a problem)
};

struct IngestReport {
  size_t read = 0;        // articles read and extracted
  size_t added = 0;       // new articles stored
  size_t duplicates = 0;  // already in the store (same text)
  size_t skipped = 0;     // bad inputs: unreadable, invalid, malformed
  Status status;          // not ok when the store failed; the ingest stops then
  // When the store failed: the source of the first article of the batch it could not
  // store, or of the first batch it had not committed then (Store::Commit). Nothing read
  // from there on was stored (Ingest), nor any line after it (IngestExtracted).
  std::string stopped_at;
};

IngestReport Ingest(const std::vector<std::string>& paths, const Extractor& extractor, Store& store,
                    const IngestOptions& options);

// Streaming, for extraction spread over many machines: ExtractEach reads articles
// like Ingest (files, folders; "-" is stdin, read as JSON Lines when
// stdin_json_lines) and hands each extraction to `on_extraction` in input order
// (no store, no duplicate check); IngestExtracted loads the lines that
// `claimgraph extract --jsonl` writes (ExtractionToJsonLine) into the store, in
// batches, skipping articles already there. Extracting with ExtractEach and
// loading with IngestExtracted gives the same store as Ingest on the same inputs.
IngestReport ExtractEach(const std::vector<std::string>& paths, bool stdin_json_lines,
                         const Extractor& extractor, const IngestOptions& options,
                         const std::function<void(const Extraction&)>& on_extraction);
IngestReport IngestExtracted(const std::vector<std::string>& files, Store& store,
                             const IngestOptions& options);

}  // namespace claimgraph
