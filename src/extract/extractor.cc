#include "claimgraph/extractor.h"

#include "common/lexicon_file.h"
#include "extract/claims/view.h"
#include "extract/entities_lexicon.h"
#include "extract/stages.h"
#include "text/chars.h"
#include "text/segment.h"

namespace claimgraph {
namespace {

class PipelineExtractor final : public Extractor {
 public:
  explicit PipelineExtractor(const ExtractorOptions& options) : options_(options) {}

  Extraction Extract(const Article& article) const override {
    Extraction out;
    out.article = article;
    text::Segmented seg = text::Segment(article.text, article.body_start);
    extract::RecognizeEntities(article, seg, options_.use_model, &out);
    extract::ExtractClaims(article, seg, &out);
    extract::FindAffiliations(article, seg, &out);
    return out;
  }

 private:
  ExtractorOptions options_;
};

}  // namespace

namespace extract {

Status LoadLexicons() {
  claims::Lex();
  Lexicon::Get();
  LoadAffiliationLexicon();
  text::AbbreviationKind("Mr");
  text::IsSentenceStarter("The");
  return internal::LexiconStatus();
}

}  // namespace extract

Result<std::shared_ptr<const Extractor>> Extractor::Open(const ExtractorOptions& options) {
  if (Status s = extract::LoadLexicons(); !s.ok()) return s;
  return std::shared_ptr<const Extractor>(std::make_shared<PipelineExtractor>(options));
}

}  // namespace claimgraph
