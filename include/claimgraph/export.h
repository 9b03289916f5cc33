// Exporters: the shapes the graph leaves claimgraph in.
#pragma once

#include <string>

#include "claimgraph/model.h"

namespace claimgraph {

// The extraction JSON of one article, as `claimgraph extract --json` prints it
// (the shape in the evaluation README): article, entities, claims, relations.
std::string ExtractionToJson(const Extraction& extraction, bool pretty = true);

}  // namespace claimgraph
