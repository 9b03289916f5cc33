// Claim tracking: gives each claims row (one appearance) its tracked claim,
// the statement it shares with the near-duplicate appearances of the same
// speaker in other articles (store/near_duplicate.h). Candidates come from the
// MinHash keys in claim_sketches, keyed by speaker first (schema 7), so the work
// per appearance does not grow with the corpus: an appearance's keys are read in
// one query from its speaker's few rows, which its own rows then join.
//
// The tracker works a batch at a time, inside the caller's transaction: Begin,
// then Track each appearance in order, then Flush, which writes the new tracked
// claims and the changed ones in a few multi-row statements, then, once the
// transaction is committed, Committed. Until Flush the batch's changes live in
// memory, and Track decides exactly as if every earlier appearance had already
// been written.
//
// Sketch rows are not written with their batch (schema 12): they stay in memory,
// where Track finds them as it finds the stored ones, until WriteSketches writes
// all of them at once, sorted (at the end of an ingest, or when many wait), so
// that the index takes them in one pass instead of a few rows on each of its pages
// per batch. claim_sketches_state.through is the last claim whose rows are all in
// claim_sketches; whatever claims come after it and are not this tracker's own
// (those of a killed ingest, or of another connection) get their rows computed
// from their text when the tracker writes, and at its first Begin.
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
  // Tracked claims kept from batch to batch in each of the two generations of kept_ (about 500
  // bytes each: 32 MB when both are full).
  static constexpr size_t kMostKeptTracked = size_t{1} << 15;

  // The database must be at schema version 2 or later.
  explicit ClaimTracker(SQLite::Database& db, size_t most_kept = kMostKeptTracked);

  // Starts a batch (in a transaction): reads the next tracked claim id. At the first
  // batch, and when another connection has written since, also WriteSketches.
  void Begin();
  // Reads the stored candidates of these appearances' keys, one statement per
  // appearance (optional: Track reads what was not prefetched itself).
  void Prefetch(const std::vector<Appearance>& appearances);
  // Joins the tracked claim of a near-duplicate by the same speaker with the
  // same polarity (a denial never joins an assertion of the same text; an
  // unresolved text of fewer than kMinWords words is never merged), else starts
  // one. Returns the tracked claim's id.
  int64_t Track(const Appearance& a);
  // Writes the batch's tracked claims; the batch ends (its sketch rows wait in memory).
  void Flush();
  // Sketch rows waiting in memory (the batches committed and the one flushed).
  size_t WaitingSketches() const { return rows_.size(); }
  // Writes the sketch rows that wait, and those of the claims after
  // claim_sketches_state.through that are not this tracker's, and moves `through` to
  // the last claim (in the caller's transaction, after the batch's claims rows).
  void WriteSketches();
  // Begin, WriteSketches and Committed in a transaction of its own (none may be open), if
  // sketch rows wait; if it fails, they are forgotten (Abandon: the next writer computes them).
  void WriteWaitingSketches();
  // The transaction of the batch (and of WriteSketches, if it ran) was committed.
  void Committed();
  // Forgets the batch and what WriteSketches did in it (its transaction was rolled back).
  void Abandon();

  // Stored tracked claims read from the database so far (those not kept from an earlier batch).
  int64_t RowsRead() const { return rows_read_; }
  // Candidates dropped by their summary, unread (store/near_duplicate.h MaySameStatement).
  int64_t Dropped() const { return dropped_; }

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
    std::shared_ptr<const std::vector<std::string>> tokens;  // StatementTokens(text), or null:
    PackedTokens packed;                                     // then they are here (kept_)
    bool has_text = true;  // kind and text are known (kept_ forgets them: a change then writes
                           // only the appearances, the rest being as stored)
    bool is_new = false;   // created in this batch
    bool changed = false;  // a stored one this batch changed
    bool moved = false;    // a stored one this batch gave another text (and summary)
  };
  Tracked* Load(int64_t id);
  // Reads the stored tracked claims of the speaker's keys not read yet in this batch.
  void Read(int64_t speaker, const std::vector<int64_t>& keys);
  // Reads all the speaker's stored rows when they are few; false when there are too many.
  bool ReadWholeSpeaker(int64_t speaker);
  std::vector<int64_t> Candidates(int64_t speaker, const std::vector<int64_t>& keys);

  // A sketch key as stored: (speaker, salted key).
  using Key = KeyIds::Key;
  struct NewSketch {
    Key key;
    int64_t tracked;
    bool operator<(const NewSketch& o) const { return std::tie(key, tracked) < std::tie(o.key, o.tracked); }
  };
  // Clears the batch's state (not the rows that wait, nor what was read).
  void ClearBatch();
  // Forgets what was read of claim_sketches.
  void ForgetStored();
  // Whether the claim id is one of this tracker's that wait (committed or in the batch).
  bool Own(int64_t claim) const;

  SQLite::Database& db_;
  std::unique_ptr<SQLite::Statement> read_keys_, read_speaker_, tracked_row_, next_id_, update_,
      update_appearances_, data_version_, update_summaries_;
  RowInsert insert_tracked_, insert_sketches_;
  int64_t next_tracked_ = 1;
  // Stored key -> tracked ids, for the keys read so far; kept from batch to batch while
  // claim_sketches changes only by this tracker's WriteSketches (which adds what it writes).
  KeyIds stored_keys_;
  // Speakers asked for -> whether all their stored rows were read (few rows: one range
  // read costs less than a lookup per key; every stored key of theirs is then in
  // stored_keys_), or they have too many and are read key by key.
  std::unordered_map<int64_t, bool> whole_speakers_;
  // The sketch rows not written yet: rows_[0, committed_rows_) from committed batches,
  // then the current batch's (and, during WriteSketches, other claims'); keys_ maps
  // their keys to tracked ids (rows_ before WriteSketches' additions).
  std::vector<NewSketch> rows_;
  size_t committed_rows_ = 0;
  KeyIds keys_;
  // Claim ids of the waiting rows, as ranges [first, last]: the committed batches', and
  // the current batch's (batch_claims_; first > last while it has none).
  std::vector<std::pair<int64_t, int64_t>> own_claims_;
  std::pair<int64_t, int64_t> batch_claims_{1, 0};
  bool wrote_ = false;  // WriteSketches wrote in this transaction: rows_[0, written_rows_), and
                        // the batch's claims if they were written_batch_
  size_t written_rows_ = 0;
  std::pair<int64_t, int64_t> written_batch_{1, 0};
  bool checked_ = false;  // claims not sketched by others were looked for, as of data_version_seen_
  int64_t data_version_seen_ = 0;
  std::map<int64_t, Tracked> tracked_;  // read or made in this batch
  // The batch's tracked claims after Flush, and, once their transactions are committed, the
  // tracked claims of the last batches as stored, which Load takes instead of reading and
  // tokenizing the row again: without their kind and text, their tokens packed (~500 bytes
  // each). Evicted by age: kept_ takes them until it holds most_kept_, then becomes
  // kept_old_ (the one before is forgotten), so a claim met again within most_kept_
  // later ones is still there (a claim that each copy of a corpus meets again is met after
  // about 40 k others: all cleared at once, every one was read again; 2 renamed copies of bbc
  // into a store of 25 read 26,700 rows, now 13,051, once each). Forgotten when another
  // connection writes.
  std::map<int64_t, Tracked> flushed_;
  // The summary of the text of tracked claims (their sketch rows' words and signature): those
  // read with their rows, made, loaded or moved, as they are now. Track drops a candidate
  // whose summary shows it is not the same statement before loading it; WriteSketches writes
  // it beside each row of the tracked claim (reading the text of one it does not know).
  // Forgotten when another connection writes (it may have moved a text) or a batch is rolled
  // back; kept stored rows' summaries are those of their tracked claim's text as it is now.
  std::unordered_map<int64_t, TokenSummary> summaries_;
  // Summaries to find one, and bind it packed (or NULL) to the parameter p.
  const TokenSummary* SummaryOf(int64_t tracked) const;
  std::optional<int64_t> PackedSummaryOf(int64_t tracked) const;  // NULL (nullopt): none, or too long
  void BindSummary(RowBinder& st, int p, int64_t tracked) const;
  void ForgetSummaries();
  // Reads from tracked_claims the summaries of the rows' tracked claims that are not known.
  void ReadSummaries(const std::vector<NewSketch>& rows);
  // Takes the summary of a row read (column 2) unless one is known (a text this batch
  // moved is not yet in the rows).
  void KeepSummary(SQLite::Statement& st, int64_t tracked);
  int64_t dropped_ = 0;
  std::unordered_map<int64_t, Tracked> kept_, kept_old_;
  size_t most_kept_;
  int64_t rows_read_ = 0;
};

}  // namespace claimgraph::store
