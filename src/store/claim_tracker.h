// Claim tracking: gives each claims row (one appearance) its tracked claim,
// the statement it shares with the near-duplicate appearances of the same
// speaker in other articles (store/near_duplicate.h). Candidates come from the
// MinHash keys in claim_sketches, so the work per appearance does not grow
// with the corpus.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
#include <memory>
#include <string>

namespace claimgraph::store {

class ClaimTracker {
 public:
  // The database must be at schema version 2 or later.
  explicit ClaimTracker(SQLite::Database& db);

  // Tracks claims row `claim` (already inserted): joins the tracked claim of a
  // near-duplicate by the same speaker with the same polarity ("asserted" |
  // "denied": a denial never joins an assertion of the same text; 0: unresolved;
  // an unresolved text of fewer than kMinWords words is never merged), else starts one.
  // `date` is the appearance's date (the claim's, else the article's), "" if none.
  // Returns the tracked claim's id.
  int64_t Track(int64_t claim, int64_t speaker, const std::string& kind, const std::string& polarity,
                const std::string& text, const std::string& date);

  // Tracks every claims row that has no tracked claim yet, in id order (a
  // version 1 store after its migration). Returns how many.
  int64_t TrackUntracked();

 private:
  SQLite::Database& db_;
  std::unique_ptr<SQLite::Statement> candidates_, tracked_text_, insert_tracked_, update_first_, bump_count_,
      set_tracked_, insert_sketch_;
};

}  // namespace claimgraph::store
