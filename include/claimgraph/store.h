// Store: the graph on disk, one SQLite file (WAL mode).
//
// Schema migrations live in schema/NNN_*.sql and are applied in order by
// PRAGMA user_version. Articles are written in batches, each in one transaction
// (a large store holds several in one: Commit): after a crash every committed
// article is whole and none is half written, and re-running the same ingest
// stores the rest with no duplicates.
// Entities are merged across articles by (type, canonical key); people who
// share a surname but differ in full name stay apart.
//
// A Store is used from one thread at a time.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "claimgraph/factcheck.h"
#include "claimgraph/model.h"
#include "claimgraph/status.h"

namespace claimgraph {

namespace store {
struct Derived;  // src/store/derived.h
}

// An extraction with what the store derives from it alone, without the database
// (the name keys of its entities and aliases, the words and sketch of each claim):
// Store::Prepare makes it on any thread, so that Ingest does that work on the
// extraction threads and the one thread that writes only writes.
struct PreparedExtraction {
  Extraction extraction;
  std::shared_ptr<const store::Derived> derived;  // empty: PutPrepared derives it itself
};

struct StoreStats {
  int64_t articles = 0;
  int64_t entities = 0;
  int64_t mentions = 0;
  int64_t claims = 0;
  int64_t relations = 0;
};

// One row of the who-said-what table.
struct SaidRow {
  std::string speaker;  // canonical entity name, or "" when unresolved
  std::string kind;     // "direct" | "indirect"
  std::string cue;
  std::string text;
  std::string date;
  std::string article_id;
  std::string source;  // the article's source path
  std::string outlet;
};

// What PutFactChecks did.
struct FactCheckReport {
  size_t matched = 0;    // attached to a claim in the store
  size_t unmatched = 0;  // kept as a claim of their speaker alone
  size_t updated = 0;    // of those, already stored before (same url, speaker and text)
};

// Every fact-check stored in the database at `db_path` (opened read-only), in
// the order they were stored; none for a database that has never had any.
Result<std::vector<FactCheck>> ReadFactChecks(const std::string& db_path);

class Store {
 public:
  // Opens or creates the database and brings its schema up to date.
  static Result<std::unique_ptr<Store>> Open(const std::string& path);
  // Opens an existing store to read it (Stats, Said) without writing anything: a file that
  // is empty, not SQLite, or not a claimgraph store of this version is an error; works in
  // a folder one cannot write to. PutBatch on it fails.
  static Result<std::unique_ptr<Store>> OpenReadOnly(const std::string& path);
  virtual ~Store() = default;

  // Whether the article is stored. An article another connection stored since this one's last
  // PutBatch may be missed (a "no" of an in-memory filter, with no read of the database); PutBatch
  // looks again, and skips it as a duplicate.
  virtual bool HasArticle(const std::string& article_id) = 0;
  // Writes every extraction in one transaction; articles already present are
  // skipped. Returns how many were new through *added.
  virtual Status PutBatch(const std::vector<Extraction>& batch, size_t* added) = 0;
  // Thread-safe, needs no database.
  static PreparedExtraction Prepare(Extraction x);
  // PutBatch of prepared extractions: the same rows. (The default, for a store that
  // derives nothing, hands the extractions to PutBatch.)
  virtual Status PutPrepared(const std::vector<PreparedExtraction>& batch, size_t* added);
  // In a large store PutBatch and PutPrepared may leave their transaction open for the next
  // batches (a commit there writes a page for most of a batch's index entries, which the next
  // batches would change again): the articles of a batch that returned are then read by this
  // Store, but are neither durable nor seen by other connections until a later batch commits
  // them, or Commit, or the Store's destruction (which reports nothing). If a later batch
  // fails, they are rolled back with it. Uncommitted() is how many there are.
  virtual Status Commit() { return Status::Ok(); }
  virtual size_t Uncommitted() const { return 0; }
  // The batches from now on, until Commit, are the last of an ingest (its input is all read):
  // what the store would otherwise leave to its close (the claim sketches that wait) goes with
  // them instead, while the extraction threads still work, and the close has none to write; and
  // they are held in one transaction (Uncommitted) until Commit (or for 2 s at most), since their
  // commits would come after the extraction threads are done.
  virtual void LastBatches() {}
  virtual Result<StoreStats> Stats() = 0;
  // Claims, optionally only those whose speaker has `by` as name or alias
  // (case-insensitive; a surname matches too).
  virtual Result<std::vector<SaidRow>> Said(const std::optional<std::string>& by, size_t limit) = 0;

  // Stores fact-checks (claimgraph/factcheck.h) in one transaction, each
  // attached to its claim or kept unmatched; fills their id, claim_key and
  // speaker_key. Storing one again (same url, speaker and text) updates it.
  // (A store that keeps none, like a test's fake, need not override it.)
  virtual Result<FactCheckReport> PutFactChecks(std::vector<FactCheck>* /*reviews*/) {
    return Status::Internal("this store keeps no fact-checks");
  }
};

}  // namespace claimgraph
