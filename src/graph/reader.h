// The graph's read-only view of the store: name resolution, claim rows,
// evidence, and the queries answered from the store's indexes (said, entity,
// quote). Every value reaches SQL as a bound parameter.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/graph.h"

namespace claimgraph::graph {

struct EntityRef {
  int64_t id = 0;
  std::string type, key, name;  // key: the stable node key ("person:pete hegseth")
};

// said, with names already resolved to entity ids.
struct SaidFilter {
  std::vector<int64_t> speakers;        // empty: any
  std::vector<int64_t> about_entities;  // claims naming or targeting one of these
  std::optional<std::string> about_text;
  std::optional<int64_t> not_speaker;  // leave out this speaker's own claims
  std::optional<std::string> kind, polarity, relation, outlet;
  std::string since, until;
  size_t limit = 50;
};

// A statement lent by Reader::Cached. When the lease ends the statement is reset and its
// bindings cleared, so that no read transaction outlives it and the next use starts afresh.
class StatementLease {
 public:
  StatementLease(SQLite::Statement* cached, bool* in_use) : st_(cached), in_use_(in_use) {}
  explicit StatementLease(std::unique_ptr<SQLite::Statement> own) : own_(std::move(own)), st_(own_.get()) {}
  StatementLease(const StatementLease&) = delete;
  StatementLease& operator=(const StatementLease&) = delete;
  ~StatementLease();

  SQLite::Statement& operator*() const { return *st_; }
  SQLite::Statement* operator->() const { return st_; }

 private:
  std::unique_ptr<SQLite::Statement> own_;  // a nested use's statement of its own
  SQLite::Statement* st_;
  bool* in_use_ = nullptr;  // the cache's flag, cleared when the lease ends
};

class Reader {
 public:
  // Opens the store read-only; a store of an older schema is migrated first
  // (opened once for writing).
  static Result<std::unique_ptr<Reader>> Open(const std::string& path);

  SQLite::Database& db() { return *db_; }
  const std::string& path() const { return path_; }

  // The statement of `sql`, prepared once per Reader: for the lookups made per node, edge or row.
  // `sql` is constant text (values are bound). Rule for nesting: while a lease on `sql` is alive,
  // another Cached(sql) (the same lookup reached again from inside a loop over its rows) gets a
  // statement prepared for it alone, so nested uses stay correct but are not cached. Hold a lease
  // only while its rows are read; a query whose row loop calls back into the Reader for the same
  // SQL should keep a plain SQLite::Statement.
  StatementLease Cached(std::string_view sql);

  Result<NameMatch> Resolve(const std::string& name);
  // One entity, or the NotFound / ambiguous error of graph.h.
  Result<EntityRef> ResolveOne(const std::string& name);
  EntityRef EntityById(int64_t id);

  // Evidence from a claims row (an appearance) or a relations row.
  Evidence ClaimEvidence(int64_t claim_row);
  Evidence RelationEvidence(int64_t relation_id);

  std::vector<ClaimRow> Said(const SaidFilter& f);
  ClaimRow TrackedClaim(int64_t tracked);
  std::vector<Appearance> Appearances(int64_t tracked);
  std::vector<std::string> Outlets(int64_t tracked);

  Result<EntityReport> Entity(const std::string& name);
  std::vector<QuoteRow> Quote(const std::string& text, size_t limit);
  // Tracked claims whose text is the same statement as `text`, or contains it, in id order.
  std::vector<int64_t> MatchingClaims(const std::string& text);
  // MatchingClaims of each text, in one pass over the tracked claims.
  std::vector<std::vector<int64_t>> MatchingClaimsOfEach(const std::vector<std::string>& texts);

 private:
  Reader(std::string path, std::unique_ptr<SQLite::Database> db)
      : path_(std::move(path)), db_(std::move(db)) {}
  std::vector<NameCandidate> Candidates(const std::vector<int64_t>& ids);
  std::vector<NameCandidate> Suggestions(const std::string& key);
  void FillOutlets(std::vector<ClaimRow>* rows);

  struct CachedStatement {
    std::unique_ptr<SQLite::Statement> st;
    bool in_use = false;
  };

  std::string path_;
  std::unique_ptr<SQLite::Database> db_;
  std::map<std::string, CachedStatement, std::less<>> cache_;  // after db_: finalized before it closes
};

// Common SQL helpers.
std::string Text(SQLite::Statement& st, int column);
Status ReadError(const std::string& path, const std::exception& e);

}  // namespace claimgraph::graph
