#include "graph/reader.h"

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "claimgraph/store.h"
#include "store/alias_keys.h"
#include "store/name_key.h"
#include "store/read_only.h"

namespace claimgraph::graph {

using SQLite::Statement;

std::string Text(Statement& st, int column) {
  SQLite::Column c = st.getColumn(column);
  return c.isNull() ? std::string() : c.getString();
}

Status ReadError(const std::string& path, const std::exception& e) {
  return Status::DbError(path + ": cannot read: " + e.what());
}

namespace {

// Levenshtein distance, giving up (returning limit + 1) past `limit`.
size_t Distance(std::string_view a, std::string_view b, size_t limit) {
  if (a.size() > b.size() + limit || b.size() > a.size() + limit) return limit + 1;
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    size_t best = cur[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      best = std::min(best, cur[j]);
    }
    if (best > limit) return limit + 1;
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::string CandidateText(const NameCandidate& c) {
  return c.name + " (" + c.type + ", " + std::to_string(c.claims) + " claims, " + std::to_string(c.mentions) +
         " mentions)";
}

std::vector<int64_t> Ids(Statement& st) {
  std::vector<int64_t> ids;
  while (st.executeStep()) ids.push_back(st.getColumn(0).getInt64());
  return ids;
}

}  // namespace

StatementLease::~StatementLease() {
  if (!in_use_) return;  // a statement of its own is finalized with own_
  st_->tryReset();
  st_->clearBindings();
  *in_use_ = false;
}

StatementLease Reader::Cached(std::string_view sql) {
  auto it = cache_.find(sql);
  if (it == cache_.end()) {
    std::string text(sql);
    auto st = std::make_unique<Statement>(*db_, text);  // prepared before it is kept: it may throw
    it = cache_.emplace(std::move(text), CachedStatement{std::move(st), false}).first;
  }
  CachedStatement& c = it->second;
  if (c.in_use) return StatementLease(std::make_unique<Statement>(*db_, it->first));
  c.in_use = true;
  return StatementLease(c.st.get(), &c.in_use);
}

Result<std::unique_ptr<Reader>> Reader::Open(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    return Status::NotFound(path + ": no such database (create it with `claimgraph ingest --db " + path +
                            " PATH`)");
  }
  try {
    auto db = store::OpenReadOnlyDatabase(path);
    db->setBusyTimeout(10000);
    int version = db->execAndGet("PRAGMA user_version").getInt();
    if (version == 0 && !db->tableExists("articles")) {
      return Status::InvalidInput(path + ": not a claimgraph database");
    }
    if (version < store::LatestSchemaVersion()) {
      // An older store: bring it up to date once, then read it.
      db.reset();
      auto store = Store::Open(path);
      if (!store.ok()) return store.status();
      store.value().reset();
      db = store::OpenReadOnlyDatabase(path);
      db->setBusyTimeout(10000);
    }
    db->exec("PRAGMA cache_size = -65536");
    return std::unique_ptr<Reader>(new Reader(path, std::move(db)));
  } catch (const std::exception& e) {
    if (std::string(e.what()).find("not a database") != std::string::npos)
      return Status::InvalidInput(path + ": not a claimgraph database (not an SQLite file)");
    return Status::DbError(path + ": cannot open database: " + e.what());
  }
}

EntityRef Reader::EntityById(int64_t id) {
  StatementLease lease = Cached("SELECT type, key, name FROM entities WHERE id = ?");
  Statement& st = *lease;
  st.bind(1, id);
  EntityRef r;
  r.id = id;
  if (st.executeStep()) {
    r.type = Text(st, 0);
    r.key = r.type + ":" + Text(st, 1);
    r.name = Text(st, 2);
  }
  return r;
}

std::vector<NameCandidate> Reader::Candidates(const std::vector<int64_t>& ids) {
  std::vector<NameCandidate> out;
  StatementLease claims_lease = Cached("SELECT count(*) FROM tracked_claims WHERE speaker = ?");
  StatementLease mentions_lease = Cached("SELECT COALESCE(sum(n), 0) FROM entity_mentions WHERE entity = ?");
  Statement& claims = *claims_lease;
  Statement& mentions = *mentions_lease;
  for (int64_t id : ids) {
    EntityRef e = EntityById(id);
    NameCandidate c;
    c.key = e.key;
    c.name = e.name;
    c.type = e.type;
    claims.bind(1, id);
    if (claims.executeStep()) c.claims = claims.getColumn(0).getInt64();
    claims.reset();
    mentions.bind(1, id);
    if (mentions.executeStep()) c.mentions = mentions.getColumn(0).getInt64();
    mentions.reset();
    out.push_back(std::move(c));
  }
  // Most claims, then most mentions first.
  std::stable_sort(out.begin(), out.end(), [](const NameCandidate& a, const NameCandidate& b) {
    return std::tie(b.claims, b.mentions) < std::tie(a.claims, a.mentions);
  });
  return out;
}

std::vector<NameCandidate> Reader::Suggestions(const std::string& key) {
  size_t limit = std::max<size_t>(1, key.size() / 3);
  std::vector<std::pair<size_t, int64_t>> scored;  // (distance, entity)
  Statement st(*db_, "SELECT key, entity FROM entity_aliases");
  std::set<int64_t> seen;
  while (st.executeStep()) {
    const char* k = st.getColumn(0).getText();
    std::string_view alias(k);
    size_t d = Distance(key, alias, limit);
    size_t space = alias.rfind(' ');
    if (space != std::string_view::npos) d = std::min(d, Distance(key, alias.substr(space + 1), limit));
    if (d <= limit) scored.emplace_back(d, st.getColumn(1).getInt64());
  }
  std::sort(scored.begin(), scored.end());
  std::vector<int64_t> ids;
  for (const auto& [d, id] : scored) {
    if (seen.insert(id).second) ids.push_back(id);
    if (ids.size() == 5) break;
  }
  return Candidates(ids);
}

Result<NameMatch> Reader::Resolve(const std::string& name) {
  try {
    NameMatch m;
    // A stable key given as is: "person:pete hegseth".
    size_t colon = name.find(':');
    NodeType t;
    if (colon != std::string::npos && ParseNodeType(name.substr(0, colon), &t) && t != NodeType::kClaim &&
        t != NodeType::kArticle) {
      Statement st(*db_, "SELECT id FROM entities WHERE type = ? AND key = ?");
      st.bind(1, name.substr(0, colon));
      st.bind(2, name.substr(colon + 1));
      m.matches = Candidates(Ids(st));
      if (!m.matches.empty()) return m;
    }
    std::string key = store::NameKey(name);
    if (key.empty()) return m;
    // Every type, so that the unique index on (type, key) serves it (schema 15).
    Statement canonical(*db_, "SELECT id FROM entities WHERE type IN (" + store::EntityTypeList() +
                                  ") AND key = ? ORDER BY id");
    canonical.bind(1, key);
    std::vector<int64_t> ids = Ids(canonical);
    if (ids.empty()) {
      Statement alias(
          *db_, "SELECT entity FROM (" + store::EntitiesWithAliasKey("$key = ?1") + ") ORDER BY entity");
      alias.bind(1, key);
      ids = Ids(alias);
    }
    if (ids.empty()) {
      // A surname: any alias ending in " <key>".
      std::string pattern = "% ";
      for (char ch : key) {
        if (ch == '%' || ch == '_' || ch == '\\') pattern.push_back('\\');
        pattern.push_back(ch);
      }
      Statement last(*db_, "SELECT entity FROM (" + store::EntitiesWithAliasKey("$key LIKE ?1 ESCAPE '\\'") +
                               ") ORDER BY entity");
      last.bind(1, pattern);
      ids = Ids(last);
    }
    m.matches = Candidates(ids);
    if (m.matches.empty()) m.suggestions = Suggestions(key);
    return m;
  } catch (const std::exception& e) {
    return ReadError(path_, e);
  }
}

Result<EntityRef> Reader::ResolveOne(const std::string& name) {
  auto m = Resolve(name);
  if (!m.ok()) return m.status();
  const NameMatch& r = m.value();
  if (r.matches.empty()) {
    std::string msg = "no entity named " + name;
    if (!r.suggestions.empty()) {
      msg += "; did you mean: ";
      for (size_t i = 0; i < r.suggestions.size(); ++i) {
        msg += (i ? ", " : "") + r.suggestions[i].name + " (" + r.suggestions[i].type + ")";
      }
    }
    return Status::NotFound(msg);
  }
  if (r.matches.size() > 1) {
    std::string msg = name + " names " + std::to_string(r.matches.size()) + " entities; say which:";
    for (const NameCandidate& c : r.matches) msg += "\n  " + c.key + "  " + CandidateText(c);
    return Status::InvalidInput(msg);
  }
  try {
    const std::string& key = r.matches[0].key;
    size_t colon = key.find(':');
    Statement st(*db_, "SELECT id FROM entities WHERE type = ? AND key = ?");
    st.bind(1, key.substr(0, colon));
    st.bind(2, key.substr(colon + 1));
    if (!st.executeStep()) return Status::Internal("entity vanished: " + r.matches[0].key);
    return EntityById(st.getColumn(0).getInt64());
  } catch (const std::exception& e) {
    return ReadError(path_, e);
  }
}

// The evidence of the row a query selects as (article id, title, outlet, date, source, url, text,
// start, end); empty when there is none.
static Evidence EvidenceRow(Statement& st) {
  Evidence e;
  if (st.executeStep()) {
    e.article_id = Text(st, 0);
    e.title = Text(st, 1);
    e.outlet = Text(st, 2);
    e.date = Text(st, 3);
    e.source = Text(st, 4);
    e.url = Text(st, 5);
    e.text = Text(st, 6);
    e.span = {static_cast<uint32_t>(st.getColumn(7).getInt64()),
              static_cast<uint32_t>(st.getColumn(8).getInt64())};
  }
  return e;
}

Evidence Reader::ClaimEvidence(int64_t claim_row) {
  StatementLease st = Cached(
      "SELECT a.id, a.title, a.outlet, COALESCE(a.date, c.date), a.source, a.url, c.text, c.start,"
      " c.\"end\" FROM claims c JOIN articles a ON a.seq = c.article WHERE c.id = ?");
  st->bind(1, claim_row);
  return EvidenceRow(*st);
}

Evidence Reader::RelationEvidence(int64_t relation_id) {
  StatementLease st = Cached(
      "SELECT a.id, a.title, a.outlet, a.date, a.source, a.url, r.evidence, r.start, r.\"end\""
      " FROM relations r JOIN articles a ON a.seq = r.article WHERE r.id = ?");
  st->bind(1, relation_id);
  return EvidenceRow(*st);
}

}  // namespace claimgraph::graph
