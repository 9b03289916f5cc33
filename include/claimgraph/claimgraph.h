// claimgraph: news articles in, a knowledge graph of who said what out.
// Start here: this header pulls in the whole public API.
#pragma once

#include "claimgraph/article.h"
#include "claimgraph/export.h"
#include "claimgraph/extractor.h"
#include "claimgraph/factcheck.h"
#include "claimgraph/graph.h"
#include "claimgraph/model.h"
#include "claimgraph/pipeline.h"
#include "claimgraph/safe_text.h"
#include "claimgraph/status.h"
#include "claimgraph/store.h"
