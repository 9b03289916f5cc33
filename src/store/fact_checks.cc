#include "store/fact_checks.h"

#include <sqlite3.h>

#include "store/alias_keys.h"
#include "store/name_key.h"
#include "store/near_duplicate.h"

namespace claimgraph::store {
namespace {

using SQLite::Statement;

std::string Text(Statement& st, int i) {
  SQLite::Column c = st.getColumn(i);
  return c.isNull() ? std::string() : c.getString();
}

void BindOrNull(Statement& st, int i, const std::string& s) {
  if (s.empty()) {
    st.bind(i);
  } else {
    st.bind(i, s);
  }
}

struct Speaker {
  int64_t id = 0;
  std::string key;  // "<type>:<name key>"
};

// The person or organization named `name` (preferring the review's type, then
// the one with most claims), created when the store has none.
Speaker ResolveSpeaker(SQLite::Database& db, const FactCheck& f) {
  std::string key = NameKey(f.speaker);
  if (key.empty()) key = f.speaker;
  Statement find(db,
                 "SELECT e.id, e.type, e.key FROM entities e"
                 " WHERE e.type IN ('person', 'organization')"
                 "   AND e.id IN (" +
                     EntitiesWithAliasKey("$key = ?1") +
                     ")"
                     " ORDER BY e.type = ?2 DESC,"
                     "   (SELECT count(*) FROM tracked_claims t JOIN claims c ON c.tracked = t.id"
                     "    WHERE t.speaker = e.id) DESC, e.id LIMIT 1");
  find.bind(1, key);
  find.bind(2, f.speaker_type);
  if (find.executeStep()) {
    return {find.getColumn(0).getInt64(), Text(find, 1) + ":" + Text(find, 2)};
  }
  Statement same_key(db, "SELECT id FROM entities WHERE type = ? AND key = ?");
  same_key.bind(1, f.speaker_type);
  same_key.bind(2, key);
  int64_t id = 0;
  if (same_key.executeStep()) {
    id = same_key.getColumn(0).getInt64();
  } else {
    Statement ins(db, "INSERT INTO entities (type, name, key) VALUES (?, ?, ?)");
    ins.bind(1, f.speaker_type);
    ins.bind(2, f.speaker);
    ins.bind(3, key);
    ins.exec();
    id = db.getLastInsertRowid();
  }
  // The entity's own key: flagged (schema 16).
  Statement alias(db, "INSERT OR IGNORE INTO entity_aliases (entity, alias, key, self) VALUES (?, ?, ?, 1)");
  alias.bind(1, id);
  alias.bind(2, f.speaker);
  alias.bind(3, key);
  alias.exec();
  return {id, f.speaker_type + ":" + key};
}

// The tracked claim of `speaker` that is the same statement as `text`: among
// every appearance's text, the best by containment of those SameStatement
// accepts; 0 when none.
int64_t MatchClaim(SQLite::Database& db, int64_t speaker, const std::string& text) {
  std::vector<std::string> tokens = StatementTokens(text);
  Statement st(db,
               "SELECT c.tracked, c.text FROM tracked_claims t JOIN claims c ON c.tracked = t.id"
               " WHERE t.speaker = ?"
               " ORDER BY c.tracked, c.id");
  st.bind(1, speaker);
  int64_t best = 0;
  double best_score = -1;
  while (st.executeStep()) {
    std::vector<std::string> other = StatementTokens(Text(st, 1));
    if (!SameStatement(tokens, other)) continue;
    double score = tokens == other ? 2.0 : Containment(tokens, other);
    if (score > best_score) {
      best_score = score;
      best = st.getColumn(0).getInt64();
    }
  }
  return best;
}

}  // namespace

FactCheckReport PutFactChecks(SQLite::Database& db, std::vector<FactCheck>* reviews) {
  FactCheckReport report;
  Statement exists(db, "SELECT id FROM claim_reviews WHERE url = ? AND speaker = ? AND claim_text = ?");
  Statement upsert(db,
                   "INSERT INTO claim_reviews (tracked, speaker, speaker_name, claim_text, claim_date,"
                   " rating, rating_value, best_rating, worst_rating, reviewer, reviewer_url, url, date,"
                   " appearance_url, appearance_headline, source)"
                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"
                   " ON CONFLICT (url, speaker, claim_text) DO UPDATE SET tracked = ?1, speaker_name = ?3,"
                   " claim_date = ?5, rating = ?6, rating_value = ?7, best_rating = ?8, worst_rating = ?9,"
                   " reviewer = ?10, reviewer_url = ?11, date = ?13, appearance_url = ?14,"
                   " appearance_headline = ?15, source = ?16");
  for (FactCheck& f : *reviews) {
    Speaker speaker = ResolveSpeaker(db, f);
    int64_t tracked = MatchClaim(db, speaker.id, f.claim_text);
    exists.reset();
    exists.bind(1, f.url);
    exists.bind(2, speaker.id);
    exists.bind(3, f.claim_text);
    if (exists.executeStep()) ++report.updated;
    exists.reset();
    upsert.reset();
    if (tracked > 0) {
      upsert.bind(1, tracked);
    } else {
      upsert.bind(1);
    }
    upsert.bind(2, speaker.id);
    upsert.bind(3, f.speaker);
    upsert.bind(4, f.claim_text);
    BindOrNull(upsert, 5, f.claim_date);
    BindOrNull(upsert, 6, f.rating);
    BindOrNull(upsert, 7, f.rating_value);
    BindOrNull(upsert, 8, f.best_rating);
    BindOrNull(upsert, 9, f.worst_rating);
    BindOrNull(upsert, 10, f.reviewer);
    BindOrNull(upsert, 11, f.reviewer_url);
    upsert.bind(12, f.url);
    BindOrNull(upsert, 13, f.date);
    BindOrNull(upsert, 14, f.appearance_url);
    BindOrNull(upsert, 15, f.appearance_headline);
    upsert.bind(16, f.source);
    upsert.exec();
    Statement id(db, "SELECT id FROM claim_reviews WHERE url = ? AND speaker = ? AND claim_text = ?");
    id.bind(1, f.url);
    id.bind(2, speaker.id);
    id.bind(3, f.claim_text);
    if (id.executeStep()) f.id = id.getColumn(0).getInt64();
    f.claim_key = tracked > 0 ? "claim:" + std::to_string(tracked) : "";
    f.speaker_key = speaker.key;
    ++(tracked > 0 ? report.matched : report.unmatched);
  }
  return report;
}

std::vector<FactCheck> ReadFactChecks(SQLite::Database& db) {
  std::vector<FactCheck> out;
  Statement has(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'claim_reviews'");
  if (!has.executeStep()) return out;
  Statement st(db,
               "SELECT r.id, r.tracked, e.type || ':' || e.key, r.speaker_name, r.claim_text, r.claim_date,"
               " r.rating, r.rating_value, r.best_rating, r.worst_rating, r.reviewer, r.reviewer_url, r.url,"
               " r.date, r.appearance_url, r.appearance_headline, r.source, e.type"
               " FROM claim_reviews r JOIN entities e ON e.id = r.speaker ORDER BY r.id");
  while (st.executeStep()) {
    FactCheck f;
    f.id = st.getColumn(0).getInt64();
    if (!st.getColumn(1).isNull()) f.claim_key = "claim:" + std::to_string(st.getColumn(1).getInt64());
    f.speaker_key = Text(st, 2);
    f.speaker = Text(st, 3);
    f.claim_text = Text(st, 4);
    f.claim_date = Text(st, 5);
    f.rating = Text(st, 6);
    f.rating_value = Text(st, 7);
    f.best_rating = Text(st, 8);
    f.worst_rating = Text(st, 9);
    f.reviewer = Text(st, 10);
    f.reviewer_url = Text(st, 11);
    f.url = Text(st, 12);
    f.date = Text(st, 13);
    f.appearance_url = Text(st, 14);
    f.appearance_headline = Text(st, 15);
    f.source = Text(st, 16);
    f.speaker_type = Text(st, 17);
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace claimgraph::store

namespace claimgraph {

Result<std::vector<FactCheck>> ReadFactChecks(const std::string& db_path) {
  try {
    SQLite::Database db(db_path, SQLite::OPEN_READONLY);
    return store::ReadFactChecks(db);
  } catch (const std::exception& e) {
    return Status::DbError(db_path + ": cannot read fact-checks: " + e.what());
  }
}

}  // namespace claimgraph
