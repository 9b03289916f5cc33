#include "claimgraph/extractor.h"

#include "common/lexicon_file.h"
#include "extract/claims/view.h"
#include "extract/entities_lexicon.h"
#include "extract/stages.h"
#include "text/chars.h"
#include "text/segment.h"

namespace claimgraph {
namespace {

constexpr size_t kLongArticle = 1 << 20;

class PipelineExtractor final : public Extractor {
 public:
  explicit PipelineExtractor(const ExtractorOptions& options) : options_(options) {}

  Extraction Extract(const Article& article) const override {
    Extraction out;
    text::Segmented seg = text::Segment(article.text, article.body_start, true);
    extract::RecognizeEntities(article, &seg, options_.use_model, &out);
    // The claim stages read their own view of the text (text/quoted.h), so a long article
    // frees the segmentation while they run and segments again for the affiliations: the
    // same tokens, and about 3 bytes less per byte of text at the peak (issue 9).
    bool long_article = article.text.size() > kLongArticle;
    if (long_article) seg = text::Segmented();
    extract::ExtractClaims(article, long_article ? nullptr : &seg, &out);
    if (long_article) seg = text::Segment(article.text, article.body_start, true);
    extract::FindAffiliations(article, seg, &out);
    // the stages read `article`; its copy in the result is made last, so that it is not
    // held while they run (an article's size less at the peak)
    out.article = article;
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
  LoadSeatLexicon();
  LoadOrgContextLexicon();
  LoadOfficeLexicon();
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
