// Placeholder entity recognition (issue 3 replaces it).
#include "extract/stages.h"

namespace claimgraph::extract {

void RecognizeEntities(const Article&, const text::Segmented&, bool, Extraction*) {}

}  // namespace claimgraph::extract
