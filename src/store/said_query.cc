#include "store/said_query.h"

#include "store/alias_keys.h"
#include "store/name_key.h"

namespace claimgraph::store {
namespace {

std::string ColumnText(SQLite::Statement& st, int index) {
  SQLite::Column c = st.getColumn(index);
  return c.isNull() ? std::string() : c.getString();
}

}  // namespace

std::vector<SaidRow> QuerySaid(SQLite::Database& db, const std::optional<std::string>& by, size_t limit) {
  std::string sql =
      "SELECT e.name, c.kind, c.cue, c.text, COALESCE(c.date, a.date), a.id, a.source, a.outlet"
      " FROM claims c JOIN articles a ON a.seq = c.article LEFT JOIN entities e ON e.id = c.speaker";
  std::string key, pattern;
  if (by) {
    key = NameKey(*by);
    if (key.empty()) return std::vector<SaidRow>{};
    // A surname matches too: any alias ending in " <key>".
    pattern = "% ";
    for (char ch : key) {
      if (ch == '%' || ch == '_' || ch == '\\') pattern.push_back('\\');
      pattern.push_back(ch);
    }
    // Through the speaker's tracked claims (a claim has its tracked claim's speaker): claims
    // have no index by speaker (schema 13).
    sql += " WHERE c.tracked IN (SELECT t.id FROM tracked_claims t WHERE t.speaker IN (" +
           EntitiesWithAliasKey("$key = ?1 OR $key LIKE ?2 ESCAPE '\\'") + "))";
  }
  // Oldest first, undated claims last; within an article in text order.
  sql += " ORDER BY COALESCE(c.date, a.date) IS NULL, COALESCE(c.date, a.date), a.seq, c.start LIMIT ?3";
  SQLite::Statement st(db, sql);
  if (by) {
    st.bind(1, key);
    st.bind(2, pattern);
  }
  st.bind(3, limit == 0 ? int64_t{-1} : static_cast<int64_t>(limit));
  std::vector<SaidRow> rows;
  while (st.executeStep()) {
    SaidRow r;
    r.speaker = ColumnText(st, 0);
    r.kind = ColumnText(st, 1);
    r.cue = ColumnText(st, 2);
    r.text = ColumnText(st, 3);
    r.date = ColumnText(st, 4);
    r.article_id = ColumnText(st, 5);
    r.source = ColumnText(st, 6);
    r.outlet = ColumnText(st, 7);
    rows.push_back(std::move(r));
  }
  return rows;
}

StoreStats QueryStats(SQLite::Database& db) {
  StoreStats s;
  SQLite::Statement st(
      db,
      "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM entities),"
      " (SELECT COALESCE(sum(n), 0) FROM entity_mentions), (SELECT count(*) FROM claims),"
      " (SELECT count(*) FROM relations) + (SELECT count(*) FROM claims WHERE said IS NOT NULL)");
  if (st.executeStep()) {
    s.articles = st.getColumn(0).getInt64();
    s.entities = st.getColumn(1).getInt64();
    s.mentions = st.getColumn(2).getInt64();
    s.claims = st.getColumn(3).getInt64();
    s.relations = st.getColumn(4).getInt64();
  }
  return s;
}

}  // namespace claimgraph::store
