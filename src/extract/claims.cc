// Placeholder claim extraction (issue 4 replaces it).
#include "extract/stages.h"

namespace claimgraph::extract {

void ExtractClaims(const Article&, const text::Segmented&, Extraction*) {}

}  // namespace claimgraph::extract
