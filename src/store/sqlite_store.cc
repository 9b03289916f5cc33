// Store on SQLite (SQLiteCpp): the only file that talks to the database.
#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <memory>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "claimgraph/store.h"
#include "common/schema_data.h"
#include "store/claim_tracker.h"
#include "store/fact_checks.h"
#include "store/name_key.h"
#include "store/read_only.h"

namespace claimgraph {
namespace {

using SQLite::Statement;

// "sql/012_name.sql" -> 12; 0 when the name does not start with a number.
int MigrationNumber(std::string_view name) {
  size_t slash = name.rfind('/');
  std::string_view base = slash == std::string_view::npos ? name : name.substr(slash + 1);
  int n = 0;
  auto [ptr, ec] = std::from_chars(base.data(), base.data() + base.size(), n);
  if (ec != std::errc() || ptr == base.data() || ptr == base.data() + base.size() || *ptr != '_') return 0;
  return n;
}

int LatestVersion() {
  int latest = 0;
  for (std::string_view name : internal::SchemaFiles("sql/"))
    latest = std::max(latest, MigrationNumber(name));
  return latest;
}

void BindText(Statement& st, int index, const std::string& s) {
  if (s.empty()) {
    st.bind(index);  // NULL
  } else {
    st.bindNoCopy(index, s);
  }
}

// Hash and equality for (entity id, text) cache keys, looked up by
// (id, string_view) without building a string.
struct IdText {
  int64_t id;
  std::string_view text;
};
struct IdTextHash {
  using is_transparent = void;
  size_t operator()(const IdText& k) const {
    return std::hash<std::string_view>()(k.text) ^ (std::hash<int64_t>()(k.id) * 0x9e3779b97f4a7c15ull);
  }
  size_t operator()(const std::pair<int64_t, std::string>& k) const {
    return (*this)(IdText{k.first, k.second});
  }
};
struct IdTextEq {
  using is_transparent = void;
  static IdText View(const IdText& k) { return k; }
  static IdText View(const std::pair<int64_t, std::string>& k) { return {k.first, k.second}; }
  template <typename A, typename B>
  bool operator()(const A& a, const B& b) const {
    IdText x = View(a), y = View(b);
    return x.id == y.id && x.text == y.text;
  }
};
using IdTextSet = std::unordered_set<std::pair<int64_t, std::string>, IdTextHash, IdTextEq>;

struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};
using NameIdMap = std::unordered_map<std::string, int64_t, StringViewHash, std::equal_to<>>;

std::string ColumnText(Statement& st, int index) {
  SQLite::Column c = st.getColumn(index);
  return c.isNull() ? std::string() : c.getString();
}

class SqliteStore final : public Store {
 public:
  SqliteStore(std::string path, std::unique_ptr<SQLite::Database> db)
      : path_(std::move(path)), db_(std::move(db)) {}

  // read_only: a store opened to be read (OpenReadOnly): nothing is written, the schema
  // must be this claimgraph's.
  Status Prepare(bool read_only = false) {
    try {
      // More and larger lookaside slots: most of SQLite's small per-row
      // allocations then skip malloc.
      sqlite3_db_config(db_->getHandle(), SQLITE_DBCONFIG_LOOKASIDE, nullptr, 512, 2048);
      if (!read_only) {
        db_->exec("PRAGMA journal_mode = WAL");
        db_->exec("PRAGMA synchronous = NORMAL");
      }
      // The REFERENCES clauses document the links; they are not enforced: every id
      // written comes from this file's own inserts in the same transaction, and
      // the checks cost ~17% of store time (tests check there are no orphans).
      db_->exec("PRAGMA foreign_keys = OFF");
      db_->exec("PRAGMA temp_store = MEMORY");
      db_->exec("PRAGMA cache_size = -32768");  // KiB: 32 MiB of page cache
      // Checkpoint every ~32 MiB of WAL rather than 4 MiB: fewer fsyncs during ingest.
      db_->exec("PRAGMA wal_autocheckpoint = 8192");
      Status s = read_only ? CheckSchema() : Migrate();
      if (!s.ok()) return s;
      tracker_ = std::make_unique<store::ClaimTracker>(*db_);
      has_article_ = Make("SELECT 1 FROM articles WHERE id = ?");
      insert_article_ = Make(
          "INSERT INTO articles (id, source, title, date, outlet, author, url, body_start, length, text,"
          " n_entities, n_mentions, n_claims, n_relations) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
      find_entity_ = Make("SELECT id FROM entities WHERE type = ? AND key = ?");
      find_entity_by_alias_ = Make(
          "SELECT DISTINCT a.entity FROM entity_aliases a JOIN entities e ON e.id = a.entity"
          " WHERE a.key = ? AND e.type = ? LIMIT 2");
      find_entity_by_surname_ = Make(
          "SELECT s.entity, e.key FROM entity_surnames s JOIN entities e ON e.id = s.entity"
          " WHERE s.key = ? LIMIT 50");
      insert_entity_ = Make("INSERT INTO entities (type, name, key) VALUES (?,?,?)");
      insert_surname_ = Make("INSERT OR IGNORE INTO entity_surnames (key, entity) VALUES (?,?)");
      insert_alias_ = Make("INSERT OR IGNORE INTO entity_aliases (entity, alias, key) VALUES (?,?,?)");
      insert_role_ = Make("INSERT OR IGNORE INTO entity_roles (entity, role) VALUES (?,?)");
      insert_article_entities_ = MakeRows(
          "INSERT OR REPLACE INTO article_entities (article, local_id, entity, name, country, place, date)",
          7);
      insert_mentions_ = MakeRows("INSERT INTO mentions (article, start, \"end\", entity)", 4);
      insert_claim_ = Make(
          "INSERT INTO claims (article, local_id, speaker, kind, text, cue, start, \"end\", date, polarity)"
          " VALUES (?,?,?,?,?,?,?,?,?,?)");
      insert_claim_entity_ = Make("INSERT OR IGNORE INTO claim_entities (claim, entity) VALUES (?,?)");
      insert_relations_ = MakeRows(
          "INSERT INTO relations (article, local_id, source, type, target, target_text, claim, evidence,"
          " start, \"end\")",
          10);
    } catch (const std::exception& e) {
      return Status::DbError(path_ + ": cannot open database: " + e.what());
    }
    return Status::Ok();
  }

  bool HasArticle(const std::string& article_id) override {
    try {
      return HasArticleOrThrow(article_id);
    } catch (const std::exception&) {
      return false;
    }
  }

  Status PutBatch(const std::vector<Extraction>& batch, size_t* added) override {
    if (added) *added = 0;
    size_t n = 0;
    try {
      SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
      for (const Extraction& x : batch) {
        if (HasArticleOrThrow(x.article.id)) continue;
        PutOne(x);
        ++n;
      }
      tx.commit();
    } catch (const std::exception& e) {
      ForgetCaches();  // rolled back: forget what the caches learnt inside the transaction
      return Status::DbError(path_ + ": cannot write: " + e.what());
    }
    if (CachedEntries() > kMaxCached) ForgetCaches();
    if (added) *added = n;
    return Status::Ok();
  }

  Result<StoreStats> Stats() override {
    try {
      StoreStats s;
      Statement st(*db_,
                   "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM entities),"
                   " (SELECT count(*) FROM mentions), (SELECT count(*) FROM claims),"
                   " (SELECT count(*) FROM relations)");
      if (st.executeStep()) {
        s.articles = st.getColumn(0).getInt64();
        s.entities = st.getColumn(1).getInt64();
        s.mentions = st.getColumn(2).getInt64();
        s.claims = st.getColumn(3).getInt64();
        s.relations = st.getColumn(4).getInt64();
      }
      return s;
    } catch (const std::exception& e) {
      return Status::DbError(path_ + ": cannot read: " + e.what());
    }
  }

  Result<std::vector<SaidRow>> Said(const std::optional<std::string>& by, size_t limit) override {
    try {
      std::string sql =
          "SELECT e.name, c.kind, c.cue, c.text, COALESCE(c.date, a.date), a.id, a.source, a.outlet"
          " FROM claims c JOIN articles a ON a.seq = c.article LEFT JOIN entities e ON e.id = c.speaker";
      std::string key, pattern;
      if (by) {
        key = store::NameKey(*by);
        if (key.empty()) return std::vector<SaidRow>{};
        // A surname matches too: any alias ending in " <key>".
        pattern = "% ";
        for (char ch : key) {
          if (ch == '%' || ch == '_' || ch == '\\') pattern.push_back('\\');
          pattern.push_back(ch);
        }
        sql +=
            " WHERE c.speaker IN (SELECT entity FROM entity_aliases WHERE key = ?1 OR key LIKE ?2 ESCAPE "
            "'\\')";
      }
      // Oldest first, undated claims last; within an article in text order.
      sql += " ORDER BY COALESCE(c.date, a.date) IS NULL, COALESCE(c.date, a.date), a.seq, c.start LIMIT ?3";
      Statement st(*db_, sql);
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
    } catch (const std::exception& e) {
      return Status::DbError(path_ + ": cannot read: " + e.what());
    }
  }

  Result<FactCheckReport> PutFactChecks(std::vector<FactCheck>* reviews) override {
    try {
      SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
      FactCheckReport report = store::PutFactChecks(*db_, reviews);
      tx.commit();
      return report;
    } catch (const std::exception& e) {
      return Status::DbError(path_ + ": cannot store fact-checks: " + e.what());
    }
  }

 private:
  std::unique_ptr<Statement> Make(const char* sql) { return std::make_unique<Statement>(*db_, sql); }

  // A store opened read-only must already be a claimgraph store of this schema version.
  Status CheckSchema() {
    int latest = LatestVersion();
    int version = db_->execAndGet("PRAGMA user_version").getInt();
    bool tables =
        db_->execAndGet("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'articles'")
            .getInt() > 0;
    if (version == 0 || !tables)
      return Status::InvalidInput(path_ + ": not a claimgraph database (no claimgraph tables in it)");
    if (version > latest) {
      return Status::DbError(path_ + ": database schema version " + std::to_string(version) +
                             " is newer than this claimgraph (" + std::to_string(latest) + ")");
    }
    if (version < latest) {
      return Status::DbError(path_ + ": database schema version " + std::to_string(version) +
                             " is older than this claimgraph's (" + std::to_string(latest) +
                             "): `claimgraph ingest --db " + path_ + "` updates it");
    }
    return Status::Ok();
  }

  Status Migrate() {
    int latest = LatestVersion();
    int version = db_->execAndGet("PRAGMA user_version").getInt();
    if (version > latest) {
      return Status::DbError(path_ + ": database schema version " + std::to_string(version) +
                             " is newer than this claimgraph (" + std::to_string(latest) + ")");
    }
    if (version == latest) return Status::Ok();
    SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    version = db_->execAndGet("PRAGMA user_version").getInt();  // another process may have migrated
    for (std::string_view name : internal::SchemaFiles("sql/")) {
      int n = MigrationNumber(name);
      if (n <= version) continue;
      auto sql = internal::SchemaFile(name);
      db_->exec(std::string(*sql));
      db_->exec("PRAGMA user_version = " + std::to_string(n));
    }
    // Version 2 tracks claims across articles: the claims of an older store
    // get their tracked claims in the same transaction.
    if (version < 2) store::ClaimTracker(*db_).TrackUntracked();
    // Version 5 indexes the surnames of the persons already stored.
    if (version < 5) {
      Statement persons(*db_, "SELECT id, key FROM entities WHERE type = 'person' AND instr(key, ' ') > 0");
      Statement add(*db_, "INSERT OR IGNORE INTO entity_surnames (key, entity) VALUES (?,?)");
      while (persons.executeStep()) {
        std::string key = persons.getColumn(1).getString();
        add.bind(1, key.substr(key.rfind(' ') + 1));
        add.bind(2, persons.getColumn(0).getInt64());
        Run(add);
      }
    }
    tx.commit();
    return Status::Ok();
  }

  bool HasArticleOrThrow(const std::string& id) {
    Statement& st = *has_article_;
    st.reset();
    st.bind(1, id);
    bool found = st.executeStep();
    st.reset();
    return found;
  }

  // An INSERT of one row and the same INSERT of kRowsPerInsert rows: the
  // tables with many rows per article take them in fewer statements.
  static constexpr int kRowsPerInsert = 16;
  struct RowInsert {
    std::unique_ptr<Statement> one, many;
    int columns = 0;
  };

  // head: "INSERT INTO t (c1, ..., cn)" with n = columns.
  RowInsert MakeRows(const std::string& head, int columns) {
    std::string row = "(?";
    for (int c = 1; c < columns; ++c) row += ",?";
    row += ')';
    std::string many = head + " VALUES " + row;
    for (int r = 1; r < kRowsPerInsert; ++r) many += "," + row;
    RowInsert ins;
    ins.one = std::make_unique<Statement>(*db_, head + " VALUES " + row);
    ins.many = std::make_unique<Statement>(*db_, many);
    ins.columns = columns;
    return ins;
  }

  // Inserts n rows, in order; bind_row(st, first, i) binds row i's columns
  // to parameters first, first + 1, ... of st.
  template <typename BindRow>
  void InsertRows(RowInsert& ins, size_t n, BindRow bind_row) {
    size_t i = 0;
    for (; i + kRowsPerInsert <= n; i += kRowsPerInsert) {
      for (int r = 0; r < kRowsPerInsert; ++r) bind_row(*ins.many, 1 + r * ins.columns, i + r);
      Run(*ins.many);
    }
    for (; i < n; ++i) {
      bind_row(*ins.one, 1, i);
      Run(*ins.one);
    }
  }

  // Runs an INSERT statement and clears it for the next use.
  void Run(Statement& st) {
    st.exec();
    st.reset();
    st.clearBindings();
  }

  // The global id of an entity of this type and canonical name: the entity with
  // the same key, else the one entity of that type that has the name as an alias
  // ("Hegseth" -> "Pete Hegseth", unless two Hegseths are known), else a new one.
  // *key receives the name's key when it had to be computed, else stays as is.
  int64_t ResolveEntity(const Entity& e, std::string* key) {
    // Same type and name: same key, so the same answer as the key cache.
    NameIdMap& by_name = name_cache_[static_cast<size_t>(e.type)];
    if (auto it = by_name.find(std::string_view(e.name)); it != by_name.end()) return it->second;
    bool from_alias = false;
    int64_t id = ResolveEntityByKey(e, &from_alias, key);
    if (!from_alias) by_name.emplace(e.name, id);
    return id;
  }

  // ResolveEntity without the name cache. *from_alias is set when the id came
  // from the alias table: not cached, as a later entity may make the alias ambiguous.
  int64_t ResolveEntityByKey(const Entity& e, bool* from_alias, std::string* key_out) {
    std::string type(EntityTypeName(e.type));
    std::string& key = *key_out;
    key = store::NameKey(e.name);
    if (key.empty()) key = e.name;
    std::string cache_key = type + '\t' + key;
    if (auto it = entity_cache_.find(cache_key); it != entity_cache_.end()) return it->second;
    Statement& find = *find_entity_;
    find.reset();
    find.bindNoCopy(1, type);
    find.bindNoCopy(2, key);
    if (find.executeStep()) {
      int64_t id = find.getColumn(0).getInt64();
      find.reset();
      find.clearBindings();  // they point at locals
      entity_cache_.emplace(std::move(cache_key), id);
      return id;
    }
    find.reset();
    find.clearBindings();
    Statement& by_alias = *find_entity_by_alias_;
    by_alias.reset();
    by_alias.bindNoCopy(1, key);
    by_alias.bindNoCopy(2, type);
    int64_t candidate = 0;
    int found = 0;
    while (by_alias.executeStep()) {
      candidate = by_alias.getColumn(0).getInt64();
      ++found;
    }
    by_alias.reset();
    by_alias.clearBindings();
    if (found == 1) {
      *from_alias = true;
      return candidate;
    }
    if (found == 0 && e.type == EntityType::kPerson) {
      if (int64_t id = PersonBySurname(key); id != 0) {
        *from_alias = true;  // not cached: a later person may make the surname ambiguous
        return id;
      }
    }
    Statement& ins = *insert_entity_;
    ins.bindNoCopy(1, type);
    ins.bindNoCopy(2, e.name);
    ins.bindNoCopy(3, key);
    Run(ins);
    int64_t id = db_->getLastInsertRowid();
    if (size_t space = key.rfind(' '); e.type == EntityType::kPerson && space != std::string::npos) {
      Statement& sur = *insert_surname_;
      sur.bind(1, key.substr(space + 1));
      sur.bind(2, id);
      Run(sur);
    }
    entity_cache_.emplace(std::move(cache_key), id);
    return id;
  }

  // The one known person whose key ends with `key` at a word boundary and is
  // longer ("putin" -> "vladimir putin", "de blasio" -> "bill de blasio"); 0
  // when there is none, or several ("smith" with John and Jane Smith known).
  int64_t PersonBySurname(const std::string& key) {
    std::string last = key.substr(key.rfind(' ') == std::string::npos ? 0 : key.rfind(' ') + 1);
    std::string tail = " " + key;
    Statement& st = *find_entity_by_surname_;
    st.reset();
    st.bind(1, last);
    int64_t match = 0;
    int matches = 0, rows = 0;
    while (st.executeStep()) {
      ++rows;
      std::string candidate = st.getColumn(1).getString();
      if (candidate.size() > tail.size() &&
          candidate.compare(candidate.size() - tail.size(), tail.size(), tail) == 0) {
        match = st.getColumn(0).getInt64();
        ++matches;
      }
    }
    st.reset();
    st.clearBindings();
    return matches == 1 && rows < 50 ? match : 0;
  }

  // known_key: the alias's key when already computed, else empty.
  void AddAlias(int64_t entity, const std::string& alias, const std::string& known_key = std::string()) {
    if (alias.empty()) return;
    if (alias_cache_.find(IdText{entity, alias}) != alias_cache_.end()) return;
    alias_cache_.emplace(entity, alias);
    std::string key = known_key.empty() ? store::NameKey(alias) : known_key;
    if (key.empty()) key = alias;
    Statement& st = *insert_alias_;
    st.bind(1, entity);
    st.bindNoCopy(2, alias);
    st.bindNoCopy(3, key);
    Run(st);
  }

  void PutOne(const Extraction& x) {
    const Article& a = x.article;
    // Entities first (they do not depend on the article), so that the
    // article row can carry its final row counts.
    // Local ids ("e3", "c1") to global row ids; the keys view x's strings.
    std::unordered_map<std::string_view, int64_t> entity_ids;
    struct MentionRow {
      uint32_t start, end;
      int64_t entity;
      bool operator<(const MentionRow& o) const {
        return std::tie(start, end, entity) < std::tie(o.start, o.end, o.entity);
      }
      bool operator==(const MentionRow& o) const {
        return start == o.start && end == o.end && entity == o.entity;
      }
    };
    std::vector<MentionRow> mentions;
    for (const Entity& e : x.entities) {
      std::string name_key;
      int64_t id = ResolveEntity(e, &name_key);
      entity_ids[e.id] = id;
      AddAlias(id, e.name, name_key);
      for (const std::string& alias : e.aliases) AddAlias(id, alias);
      for (const std::string& role : e.roles) {
        if (role.empty() || role_cache_.find(IdText{id, role}) != role_cache_.end()) continue;
        role_cache_.emplace(id, role);
        Statement& st = *insert_role_;
        st.bind(1, id);
        st.bindNoCopy(2, role);
        Run(st);
      }
      for (const Span& span : e.mentions) mentions.push_back({span.start, span.end, id});
    }
    // Two local entities may be one global entity: store each mention once.
    std::sort(mentions.begin(), mentions.end());
    mentions.erase(std::unique(mentions.begin(), mentions.end()), mentions.end());

    Statement& ins = *insert_article_;
    ins.bindNoCopy(1, a.id);
    ins.bindNoCopy(2, a.source);
    BindText(ins, 3, a.title);
    BindText(ins, 4, a.date);
    BindText(ins, 5, a.outlet);
    BindText(ins, 6, a.author);
    BindText(ins, 7, a.url);
    ins.bind(8, static_cast<int64_t>(a.body_start));
    ins.bind(9, static_cast<int64_t>(a.text.size()));
    ins.bindNoCopy(10, a.text);
    ins.bind(11, static_cast<int64_t>(x.entities.size()));
    ins.bind(12, static_cast<int64_t>(mentions.size()));
    ins.bind(13, static_cast<int64_t>(x.claims.size()));
    ins.bind(14, static_cast<int64_t>(x.relations.size()));
    Run(ins);
    int64_t article = db_->getLastInsertRowid();

    InsertRows(insert_mentions_, mentions.size(), [&](Statement& m, int p, size_t i) {
      const MentionRow& row = mentions[i];
      m.bind(p, article);
      m.bind(p + 1, static_cast<int64_t>(row.start));
      m.bind(p + 2, static_cast<int64_t>(row.end));
      m.bind(p + 3, row.entity);
    });
    auto global = [&](const std::string& local, Statement& st, int index) {
      auto it = local.empty() ? entity_ids.end() : entity_ids.find(std::string_view(local));
      if (it == entity_ids.end()) {
        st.bind(index);
      } else {
        st.bind(index, it->second);
      }
    };
    InsertRows(insert_article_entities_, x.entities.size(), [&](Statement& st, int p, size_t i) {
      const Entity& e = x.entities[i];
      st.bind(p, article);
      st.bindNoCopy(p + 1, e.id);
      st.bind(p + 2, entity_ids[e.id]);
      st.bindNoCopy(p + 3, e.name);
      global(e.country, st, p + 4);
      BindText(st, p + 5, e.place);
      BindText(st, p + 6, e.date);
    });

    std::unordered_map<std::string_view, int64_t> claim_ids;
    for (const Claim& c : x.claims) {
      Statement& st = *insert_claim_;
      st.bind(1, article);
      st.bindNoCopy(2, c.id);
      global(c.speaker, st, 3);
      st.bindNoCopy(4, c.kind == ClaimKind::kDirect ? "direct" : "indirect");
      st.bindNoCopy(5, c.text);
      BindText(st, 6, c.cue);
      st.bind(7, static_cast<int64_t>(c.span.start));
      st.bind(8, static_cast<int64_t>(c.span.end));
      BindText(st, 9, c.date);
      const char* polarity = c.polarity == ClaimPolarity::kDenied ? "denied" : "asserted";
      st.bindNoCopy(10, polarity);
      Run(st);
      int64_t claim_id = db_->getLastInsertRowid();
      claim_ids[c.id] = claim_id;
      auto speaker = c.speaker.empty() ? entity_ids.end() : entity_ids.find(std::string_view(c.speaker));
      tracker_->Track(claim_id, speaker == entity_ids.end() ? 0 : speaker->second,
                      c.kind == ClaimKind::kDirect ? "direct" : "indirect", polarity, c.text,
                      c.date.empty() ? a.date : c.date);
      // The entities named inside the claim.
      for (auto m = std::lower_bound(mentions.begin(), mentions.end(), MentionRow{c.span.start, 0, 0});
           m != mentions.end() && m->start < c.span.end; ++m) {
        if (m->end > c.span.end) continue;
        Statement& ce = *insert_claim_entity_;
        ce.bind(1, claim_id);
        ce.bind(2, m->entity);
        Run(ce);
      }
    }

    // Rows get their ids in order, as with one INSERT per row.
    InsertRows(insert_relations_, x.relations.size(), [&](Statement& st, int p, size_t i) {
      const Relation& r = x.relations[i];
      st.bind(p, article);
      st.bindNoCopy(p + 1, r.id);
      global(r.source, st, p + 2);
      st.bindNoCopy(p + 3, r.type);
      global(r.target, st, p + 4);
      const std::string& target_text =
          r.target_text.empty() && !r.target.empty() && !entity_ids.count(std::string_view(r.target))
              ? r.target
              : r.target_text;
      BindText(st, p + 5, target_text);
      auto cit = r.claim.empty() ? claim_ids.end() : claim_ids.find(std::string_view(r.claim));
      if (cit == claim_ids.end()) {
        st.bind(p + 6);
      } else {
        st.bind(p + 6, cit->second);
      }
      BindText(st, p + 7, r.evidence);
      st.bind(p + 8, static_cast<int64_t>(r.evidence_span.start));
      st.bind(p + 9, static_cast<int64_t>(r.evidence_span.end));
    });
  }

  std::string path_;
  std::unique_ptr<SQLite::Database> db_;
  // What this connection knows is in the database: (type, key) -> entity id,
  // and the (entity, alias) / (entity, role) pairs already written.
  // name_cache_ maps a canonical name to its entity id, one map per type.
  std::unordered_map<std::string, int64_t> entity_cache_;
  NameIdMap name_cache_[static_cast<size_t>(EntityType::kEvent) + 1];
  IdTextSet alias_cache_;
  IdTextSet role_cache_;
  // The caches are dropped after a batch that leaves them with more entries than this (each
  // lookup then asks the database again), so that an ingest of any size runs in bounded memory
  // (issue 12: about 100 bytes an entry; ~30,000 entries for the 2,225 BBC articles).
  static constexpr size_t kMaxCached = size_t{1} << 17;
  size_t CachedEntries() const {
    size_t n = entity_cache_.size() + alias_cache_.size() + role_cache_.size();
    for (const NameIdMap& m : name_cache_) n += m.size();
    return n;
  }
  void ForgetCaches() {
    entity_cache_ = {};
    for (NameIdMap& m : name_cache_) m = {};
    alias_cache_ = {};
    role_cache_ = {};
  }
  std::unique_ptr<Statement> has_article_, insert_article_, find_entity_, find_entity_by_alias_,
      find_entity_by_surname_, insert_surname_, insert_entity_, insert_alias_, insert_role_, insert_claim_,
      insert_claim_entity_;
  std::unique_ptr<store::ClaimTracker> tracker_;
  RowInsert insert_article_entities_, insert_mentions_, insert_relations_;
};

}  // namespace

Result<std::unique_ptr<Store>> Store::OpenReadOnly(const std::string& path) {
  std::error_code ec;
  uint64_t size = std::filesystem::file_size(path, ec);
  if (ec) return Status::NotFound(path + ": cannot open database: " + ec.message());
  if (size == 0) return Status::InvalidInput(path + ": not a claimgraph database (empty file)");
  // Read-only, so that nothing is written (no schema into an unrelated file) and a store in a
  // folder one cannot write works; when SQLite cannot set up its WAL index there (it needs
  // to create the -shm file), the file is read as immutable instead.
  std::unique_ptr<SQLite::Database> db;
  try {
    db = store::OpenReadOnlyDatabase(path);
  } catch (const std::exception& e) {
    std::string what = e.what();
    if (what.find("not a database") != std::string::npos)
      return Status::InvalidInput(path + ": not a claimgraph database (not an SQLite file)");
    return Status::DbError(path + ": cannot open database: " + what);
  }
  auto store = std::make_unique<SqliteStore>(path, std::move(db));
  Status s = store->Prepare(/*read_only=*/true);
  if (!s.ok()) return s;
  return std::unique_ptr<Store>(std::move(store));
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& path) {
  std::unique_ptr<SQLite::Database> db;
  try {
    // NOMUTEX: a Store is used from one thread at a time (store.h), so the
    // connection needs no lock of its own around every call.
    // Memory statistics cost a global mutex on every SQLite allocation; the
    // store never reads them. Only takes effect before SQLite initializes.
    static const int kNoMemStatus = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    (void)kNoMemStatus;
    db = std::make_unique<SQLite::Database>(
        path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX);
    db->setBusyTimeout(10000);
  } catch (const std::exception& e) {
    return Status::DbError(path + ": cannot open database: " + e.what());
  }
  auto store = std::make_unique<SqliteStore>(path, std::move(db));
  Status s = store->Prepare();
  if (!s.ok()) return s;
  return std::unique_ptr<Store>(std::move(store));
}

namespace store {
int LatestSchemaVersion() { return LatestVersion(); }
}  // namespace store

}  // namespace claimgraph
