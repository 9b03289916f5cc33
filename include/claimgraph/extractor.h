// Extractor: article -> entities, claims and relations.
//
// The stages run in order: segment (tokens, sentences), recognize entities,
// resolve them within the article, find claims and their speakers, derive
// relations. Lexicons and gazetteers come from schema/ (compiled into the
// library). An Extractor is immutable after Open and safe to share between
// threads; Extract() is const.
#pragma once

#include <memory>
#include <string>

#include "claimgraph/model.h"
#include "claimgraph/status.h"

namespace claimgraph {

struct ExtractorOptions {
  bool use_model = true;  // the statistical NER model, when one is built in
};

class Extractor {
 public:
  static Result<std::shared_ptr<const Extractor>> Open(const ExtractorOptions& options = {});
  virtual ~Extractor() = default;
  virtual Extraction Extract(const Article& article) const = 0;
};

}  // namespace claimgraph
