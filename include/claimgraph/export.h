// Exporters: the shapes the graph leaves claimgraph in.
#pragma once

#include <string>

#include "claimgraph/model.h"
#include "claimgraph/status.h"

namespace claimgraph {

// The extraction JSON of one article, as `claimgraph extract --json` prints it
// (the shape in the evaluation README): article, entities, claims, relations.
std::string ExtractionToJson(const Extraction& extraction, bool pretty = true);

// One line of `claimgraph extract --jsonl`: the extraction JSON on one line, its
// article also with "text" and "body_start", so that the line alone can be stored.
std::string ExtractionToJsonLine(const Extraction& extraction);

// Reads a line written by ExtractionToJsonLine back; an error says what is wrong.
Result<Extraction> ExtractionFromJsonLine(std::string_view line);

}  // namespace claimgraph
