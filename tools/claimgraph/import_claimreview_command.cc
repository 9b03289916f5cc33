// claimgraph import-claimreview: fact-checks (schema.org ClaimReview JSON-LD)
// attached to the claims in the store.
#include <iostream>

#include "claimgraph/factcheck.h"
#include "claimgraph/safe_text.h"
#include "claimgraph/store.h"
#include "query_common.h"
#include "terminal.h"

namespace claimgraph::cli {

Command AddImportClaimReviewCommand(CLI::App& app, const AddDb& add_db, const std::string& db_path) {
  auto* cmd = app.add_subcommand("import-claimreview",
                                 "Read fact-checks (schema.org ClaimReview JSON-LD) and attach each to the "
                                 "claim it reviews");
  auto files = std::make_shared<std::vector<std::string>>();
  cmd->add_option("FILE", *files, "ClaimReview JSON-LD files (one record, an array, or an @graph)")
      ->required();
  add_db(cmd);
  const std::string* db = &db_path;
  return {cmd, [files, db]() {
            std::vector<FactCheck> reviews;
            int bad = 0;
            for (const std::string& f : *files) {
              auto read = ReadClaimReviews(f);
              if (!read.ok()) {
                std::cerr << "claimgraph: " << TerminalSafe(read.status().message()) << "\n";
                ++bad;
                continue;
              }
              for (FactCheck& r : read.value()) reviews.push_back(std::move(r));
            }
            FactCheckReport report;
            if (!reviews.empty()) {
              auto store = Store::Open(*db);
              if (!store.ok()) {
                std::cerr << "claimgraph: " << store.status().message() << "\n";
                return 1;
              }
              auto put = store.value()->PutFactChecks(&reviews);
              if (!put.ok()) {
                std::cerr << "claimgraph: " << put.status().message() << "\n";
                return 1;
              }
              report = put.value();
            }
            for (const FactCheck& r : reviews) {
              // Names, ratings and texts come from the file: control characters made harmless.
              std::cout << (r.claim_key.empty() ? "unmatched  " : "matched    ") << Pad(r.claim_key, 10)
                        << "  " << FitWidth(TerminalSafe(r.speaker), 24) << ": "
                        << FitWidth(TerminalSafe(r.rating.empty() ? "reviewed" : r.rating), 20) << " ("
                        << FitWidth(TerminalSafe(r.reviewer), 30) << ")  “"
                        << FitWidth(TerminalSafe(r.claim_text), 60) << "”\n";
            }
            std::cerr << "import-claimreview: read " << reviews.size() << " reviews, matched "
                      << report.matched << ", unmatched " << report.unmatched << ", already stored "
                      << report.updated << ", bad files " << bad << "\n";
            return bad == 0 ? 0 : 1;
          }};
}

}  // namespace claimgraph::cli
