// Claim tracking: gives each claims row (one appearance) its tracked claim,
// the statement it shares with the near-duplicate appearances of the same
// speaker in other articles (store/near_duplicate.h). Candidates come from the
// MinHash keys in claim_sketches, keyed by speaker first (schema 7), so the work
// per appearance does not grow with the corpus: an appearance's keys are read in
// one query from its speaker's few rows, which its own rows then join.
//
// The tracker works a batch at a time, inside the caller's transaction: Begin,
// then Track each appearance in order, then Flush, which writes the new tracked
// claims, the changed ones and the sketch rows of the whole batch in a few
// multi-row statements. Until Flush the batch's changes live in memory, and
// Track decides exactly as if every earlier appearance had already been written.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "store/key_ids.h"
#include "store/near_duplicate.h"
#include "store/row_insert.h"

namespace claimgraph::store {

// One appearance to track.
struct Appearance {
  int64_t claim = 0;    // its claims row id (the row may be written after Track)
  int64_t speaker = 0;  // 0: unresolved
  const char* kind = "direct";
  const char* polarity = "asserted";  // "asserted" | "denied"
  const std::string* text = nullptr;
  std::string date;                         // the claim's, else the article's; "" if none
  const StatementSketch* sketch = nullptr;  // SketchStatement(*text)
  std::vector<int64_t> keys;                // SaltedKeys(sketch->minima, speaker)
};

class ClaimTracker {
 public:
  // The database must be at schema version 2 or later.
  explicit ClaimTracker(SQLite::Database& db);

  // Starts a batch (in a transaction): reads the next tracked claim id.
  void Begin();
  // Reads the stored candidates of these appearances' keys, one statement per
  // appearance (optional: Track reads what was not prefetched itself).
  void Prefetch(const std::vector<Appearance>& appearances);
  // Joins the tracked claim of a near-duplicate by the same speaker with the
  // same polarity (a denial never joins an assertion of the same text; an
  // unresolved text of fewer than kMinWords words is never merged), else starts
  // one. Returns the tracked claim's id.
  int64_t Track(const Appearance& a);
  // Writes the batch's tracked claims and sketches; the batch ends.
  void Flush();
  // Forgets the batch (its transaction was rolled back).
  void Abandon();

  // Tracks every claims row that has no tracked claim yet, in id order (a
  // version 1 store after its migration). Returns how many.
  int64_t TrackUntracked();

 private:
  // A tracked claim as the batch sees it.
  struct Tracked {
    int64_t speaker = 0;
    std::string kind, text, polarity;
    std::optional<std::string> first_date;
    int64_t first_claim = 0;
    int64_t appearances = 0;
    std::vector<std::string> tokens;
    bool is_new = false;   // created in this batch
    bool changed = false;  // a stored one this batch changed
  };
  Tracked* Load(int64_t id);
  // Reads the stored tracked claims of the speaker's keys not read yet in this batch.
  void Read(int64_t speaker, const std::vector<int64_t>& keys);
  // Reads all the speaker's stored rows when they are few; false when there are too many.
  bool ReadWholeSpeaker(int64_t speaker);
  std::vector<int64_t> Candidates(int64_t speaker, const std::vector<int64_t>& keys);

  // A sketch key as stored: (speaker, salted key).
  using Key = KeyIds::Key;

  SQLite::Database& db_;
  std::unique_ptr<SQLite::Statement> read_keys_, read_speaker_, tracked_row_, next_id_, update_;
  RowInsert insert_tracked_, insert_sketches_;
  int64_t next_tracked_ = 1;
  KeyIds stored_keys_;  // stored key -> tracked ids, for the keys read so far in this batch
  // Speakers asked for in this batch -> whether all their stored rows were read (few rows:
  // one range read costs less than a lookup per key; every stored key of theirs is then in
  // stored_keys_), or they have too many and are read key by key.
  std::unordered_map<int64_t, bool> whole_speakers_;
  KeyIds batch_keys_;  // key -> tracked ids added by this batch
  struct NewSketch {
    Key key;
    int64_t tracked;
    bool operator<(const NewSketch& o) const { return std::tie(key, tracked) < std::tie(o.key, o.tracked); }
  };
  std::vector<NewSketch> new_sketches_;
  std::map<int64_t, Tracked> tracked_;  // read or made in this batch
};

}  // namespace claimgraph::store
