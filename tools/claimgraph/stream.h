// Streaming commands: `extract --jsonl` (one extraction per line, for batch
// engines on many machines) and `ingest --extracted` (those lines into the store).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "claimgraph/pipeline.h"

namespace claimgraph::cli {

// "FILE:LINE: message" for a bad article, and printing it to stderr ("claimgraph: ...").
std::string ProblemText(const ReadProblem& p);
void PrintProblem(const ReadProblem& p);

// Extracts every article of `paths` (files, folders, "-": JSON Lines on stdin) and
// prints one extraction line each, in input order. Exit code.
int RunExtractJsonl(const std::vector<std::string>& paths, size_t jobs, uint64_t max_bytes);

// Stores the lines of `files` ("-": stdin) written by extract --jsonl. Exit code.
int RunIngestExtracted(const std::vector<std::string>& files, const std::string& db, size_t batch_size);

}  // namespace claimgraph::cli
