// Store on SQLite (SQLiteCpp): writes and reads the database (its schema: store/migrate.h).
#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "claimgraph/store.h"
#include "store/article_entities.h"
#include "store/checkpointer.h"
#include "store/claim_tracker.h"
#include "store/commit_policy.h"
#include "store/connection.h"
#include "store/derived.h"
#include "store/fact_checks.h"
#include "store/free_later.h"
#include "store/id_text.h"
#include "store/key_filter.h"
#include "store/migrate.h"
#include "store/name_key.h"
#include "store/page_cache.h"
#include "store/read_only.h"
#include "store/row_buffer.h"
#include "store/row_insert.h"
#include "store/said_in_claims.h"
#include "store/said_query.h"

namespace claimgraph {
namespace {

using SQLite::Statement;
using store::RowBuffer;
using store::RowInsert;
using store::Run;

template <typename St>  // a Statement or a RowBuffer::Row
void BindText(St& st, int index, const std::string& s) {
  if (s.empty()) {
    st.bind(index);  // NULL
  } else {
    st.bindNoCopy(index, s);
  }
}

using store::IdText;
using store::IdTextSet;
using store::NameIdMap;

class SqliteStore final : public Store {
 public:
  SqliteStore(std::string path, std::unique_ptr<SQLite::Database> db)
      : path_(std::move(path)), db_(std::move(db)) {}

  // Commits what the batches left open (if that fails, they are lost, as in a crash), then
  // writes the claim sketches that wait (ClaimTracker; if that fails, the next writer computes
  // them). The caches are freed on a thread of their own while the members go and SQLite closes
  // the file (all of bbc: ~6-10 ms of frees, with nothing else left to do).
  ~SqliteStore() override {
    if (!read_only_ && Commit().ok() && tracker_) tracker_->WriteWaitingSketches();
    freeing_.Free(std::move(entity_cache_), std::move(name_cache_), std::move(alias_cache_),
                  std::move(role_cache_), keys_.Release());
  }

  // read_only: a store opened to be read (OpenReadOnly): nothing is written, the schema
  // must be this claimgraph's.
  Status Prepare(bool read_only = false) {
    read_only_ = read_only;
    try {
      const store::ConnectionInfo info = store::Configure(*db_, read_only, &page_cache_);
      Status s = read_only ? store::CheckSchema(*db_, path_) : store::Migrate(*db_, path_);
      if (!s.ok()) return s;
      if (info.empty) db_->exec("PRAGMA synchronous = NORMAL");
      tracker_ = std::make_unique<store::ClaimTracker>(*db_);
      if (!read_only) checkpointer_ = store::Checkpointer::Start(path_);
      if (checkpointer_) checkpointer_->Watch(db_->getHandle(), info.page_size);
      has_article_ = Make("SELECT 1 FROM articles WHERE id = ?");
      data_version_ = Make("PRAGMA data_version");
      // Inserts say OR FAIL (or OR IGNORE), never OR ABORT: a statement that may abort makes
      // SQLite copy each page it changes into a statement journal first (16 KiB each; 6% of
      // the writer on bbc/politics); a failure here rolls the whole transaction back anyway.
      // Articles carry their seq: the article's other rows are kept (RowBuffer) until the end
      // of the batch, and need it before it is written.
      insert_articles_ = Rows(
          "INSERT OR FAIL INTO articles (seq, id, source, title, date, outlet, author, url, body_start,"
          " length, text, n_entities, n_mentions, n_claims, n_relations, entities)",
          16);
      next_article_seq_ = Make("SELECT COALESCE(max(seq), 0) + 1 FROM articles");
      find_entity_ = Make("SELECT id FROM entities WHERE type = ? AND key = ?");
      find_entity_by_alias_ = Make(
          "SELECT DISTINCT a.entity FROM entity_aliases a JOIN entities e ON e.id = a.entity"
          " WHERE a.key = ? AND a.self IS NULL AND e.type = ? LIMIT 2");
      find_entity_by_surname_ = Make(
          "SELECT s.entity, e.key FROM entity_surnames s JOIN entities e ON e.id = s.entity"
          " WHERE s.key = ? LIMIT 50");
      // New entities carry their ids (as SQLite would give them) and wait with the batch's
      // rows: one statement per entity and one per surname cost ~9,000 instructions a row.
      insert_entities_ = Rows("INSERT OR FAIL INTO entities (id, type, name, key)", 4);
      insert_surnames_ = Rows("INSERT OR IGNORE INTO entity_surnames (key, entity)", 2);
      next_entity_id_ = Make("SELECT COALESCE(max(id), 0) + 1 FROM entities");
      // self: 1 when the key is the entity's own (schema 16), else NULL.
      insert_aliases_ = Rows("INSERT OR IGNORE INTO entity_aliases (entity, alias, key, self)", 4);
      insert_roles_ = Rows("INSERT OR IGNORE INTO entity_roles (entity, role)", 2);
      insert_entity_dates_ = Rows("INSERT OR IGNORE INTO entity_dates (entity, date, article)", 3);
      insert_mentions_ = Rows("INSERT OR FAIL INTO entity_mentions (entity, article, n, spans)", 4);
      // Claims carry their ids: the tracker needs them before they are written.
      insert_claims_ = Rows(
          "INSERT OR FAIL INTO claims (id, article, local_id, speaker, kind, text, cue, start, \"end\", date,"
          " polarity, tracked, said, said_evidence)",
          14);
      insert_claim_entities_ = Rows("INSERT OR IGNORE INTO claim_entities (claim, entity)", 2);
      next_claim_id_ = Make("SELECT COALESCE(max(id), 0) + 1 FROM claims");
      insert_relations_ = Rows(
          "INSERT OR FAIL INTO relations (article, local_id, source, type, target, target_text, claim,"
          " evidence, start, \"end\")",
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
    std::vector<Item> items;
    items.reserve(batch.size());
    for (const Extraction& x : batch) items.push_back({&x, nullptr});
    return Put(items, added);
  }

  Status PutPrepared(const std::vector<PreparedExtraction>& batch, size_t* added) override {
    std::vector<Item> items;
    items.reserve(batch.size());
    for (const PreparedExtraction& p : batch) items.push_back({&p.extraction, p.derived.get()});
    return Put(items, added);
  }

  // One extraction to write, with what is derived from it (null: not derived yet).
  struct Item {
    const Extraction* x;
    const store::Derived* derived;
  };

  // One transaction per batch, or (CommitPolicy) several batches to a transaction.
  Status Put(const std::vector<Item>& batch, size_t* added) {
    if (added) *added = 0;
    size_t n = 0;
    const bool held_before = txn_.open();
    try {
      store::ThrowIfRolledBack(*db_, txn_.open());
      if (!txn_.open()) {
        db_->exec("BEGIN IMMEDIATE");
        txn_.Began();
      }
      // Claim ids as SQLite would give them (one more than the largest): the
      // tracker links claims and tracked claims before either is written.
      next_claim_ = IntOf(*next_claim_id_);
      next_entity_ = IntOf(*next_entity_id_);
      next_seq_ = IntOf(*next_article_seq_);
      RefreshKeyFilter();
      tracker_->Begin();
      // The articles of this batch (not yet written): a second copy is a duplicate too.
      std::unordered_set<std::string_view> batch_ids;
      for (const Item& item : batch) {
        if (!batch_ids.insert(item.x->article.id).second || HasArticleOrThrow(item.x->article.id)) continue;
        if (item.derived) {
          PutOne(*item.x, *item.derived);
        } else {
          PutOne(*item.x, store::Derive(*item.x));
        }
        articles_.Added(item.x->article.id);
        ++n;
      }
      EndRows(/*write=*/true);
      tracker_->Flush();
      if (last_batches_ || tracker_->WaitingSketches() > kMaxWaitingSketches) tracker_->WriteSketches();
      const bool commit = txn_.Add(n, next_seq_ - 1, policy_, last_batches_);
      if (commit) CommitOrThrow();
      tracker_->Committed();  // the batch is done (its transaction may go on)
      if (commit && checkpointer_) checkpointer_->Committed();
    } catch (const std::exception& e) {
      RollBack(held_before);
      return Status::DbError(path_ + ": cannot write: " + e.what());
    }
    if (CachedEntries() > kMaxCached) ForgetCaches();
    if (added) *added = n;
    return Status::Ok();
  }

  Status Commit() override {
    last_batches_ = false;
    if (!txn_.open()) return Status::Ok();
    try {
      store::ThrowIfRolledBack(*db_, txn_.open());
      CommitOrThrow();
    } catch (const std::exception& e) {
      RollBack(/*held_before=*/true);
      return Status::DbError(path_ + ": cannot write: " + e.what());
    }
    if (checkpointer_) checkpointer_->Committed();
    return Status::Ok();
  }

  size_t Uncommitted() const override { return txn_.held(); }
  void LastBatches() override { last_batches_ = true; }

  Result<StoreStats> Stats() override {
    try {
      return store::QueryStats(*db_);
    } catch (const std::exception& e) {
      return Status::DbError(path_ + ": cannot read: " + e.what());
    }
  }

  Result<std::vector<SaidRow>> Said(const std::optional<std::string>& by, size_t limit) override {
    try {
      return store::QuerySaid(*db_, by, limit);
    } catch (const std::exception& e) {
      return Status::DbError(path_ + ": cannot read: " + e.what());
    }
  }

  Result<FactCheckReport> PutFactChecks(std::vector<FactCheck>* reviews) override {
    if (Status s = Commit(); !s.ok()) return s;
    try {
      SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
      keys_.Forget();  // it may add entities and aliases
      FactCheckReport report = store::PutFactChecks(*db_, reviews);
      tx.commit();
      return report;
    } catch (const std::exception& e) {
      return Status::DbError(path_ + ": cannot store fact-checks: " + e.what());
    }
  }

 private:
  std::unique_ptr<Statement> Make(const char* sql) { return std::make_unique<Statement>(*db_, sql); }
  // The one integer a query of one row gives.
  static int64_t IntOf(Statement& st) {
    st.executeStep();
    const int64_t v = st.getColumn(0).getInt64();
    st.reset();
    return v;
  }

  // Writes the batch's rows (or forgets them).
  void EndRows(bool write) {
    for (RowBuffer* rows :
         {&insert_entities_, &insert_surnames_, &insert_articles_, &insert_entity_dates_, &insert_mentions_,
          &insert_claims_, &insert_claim_entities_, &insert_relations_, &insert_aliases_, &insert_roles_})
      write ? rows->Flush() : rows->Clear();
    pending_aliases_.clear();
    pending_surnames_.clear();
  }

  void CommitOrThrow() {
    db_->exec("COMMIT");
    txn_.Ended();
    page_cache_.Fit(*db_);
  }

  // A batch failed: its transaction is rolled back, with the batches it held before
  // (held_before), and the caches forget what they learnt inside it.
  void RollBack(bool held_before) {
    try {
      if (!sqlite3_get_autocommit(db_->getHandle())) db_->exec("ROLLBACK");
    } catch (const std::exception&) {
      // SQLite rolled it back itself (a full disk)
    }
    txn_.Ended();
    store::ResetStatements(*db_);
    EndRows(/*write=*/false);
    // The tracker took the held batches as done: a new one reads the store again.
    if (held_before) {
      tracker_ = std::make_unique<store::ClaimTracker>(*db_);
    } else {
      tracker_->Abandon();
    }
    ForgetCaches();
  }

  bool HasArticleOrThrow(const std::string& id) {
    if (!articles_.MayHave(id)) return false;
    Statement& st = *has_article_;
    st.reset();
    st.bind(1, id);
    bool found = st.executeStep();
    st.reset();
    return found;
  }

  static constexpr int kRowsPerInsert = 32;
  // head: "INSERT INTO t (c1, ..., cn)" with n = columns.
  RowBuffer Rows(const std::string& head, int columns) {
    return RowBuffer(*db_, head, columns, kRowsPerInsert);
  }

  // The global id of an entity of this type and canonical name: the entity with
  // the same key, else the one entity of that type that has the name as an alias
  // ("Hegseth" -> "Pete Hegseth", unless two Hegseths are known), else a new one.
  // key: StoreKey(e.name). *own_key: the entity's key is `key` (found by it, or new).
  int64_t ResolveEntity(const Entity& e, const std::string& key, bool* own_key) {
    *own_key = true;
    // Same type and name: same key, so the same answer as the key cache.
    NameIdMap& by_name = name_cache_[static_cast<size_t>(e.type)];
    if (auto it = by_name.find(std::string_view(e.name)); it != by_name.end()) return it->second;
    bool from_alias = false;
    int64_t id = ResolveEntityByKey(e, &from_alias, key);
    if (!from_alias) by_name.emplace(e.name, id);
    *own_key = !from_alias;
    return id;
  }

  // ResolveEntity without the name cache. *from_alias is set when the id came
  // from the alias table: not cached, as a later entity may make the alias ambiguous.
  int64_t ResolveEntityByKey(const Entity& e, bool* from_alias, const std::string& key) {
    std::string type(EntityTypeName(e.type));
    std::string cache_key = type + '\t' + key;
    if (auto it = entity_cache_.find(cache_key); it != entity_cache_.end()) return it->second;
    // No entity, alias or surname has this key: nothing to look up in the database.
    const bool stored = keys_.MayHave(key);
    if (stored) {
      int64_t id = FindEntity(type, key);
      if (id != 0) {
        entity_cache_.emplace(std::move(cache_key), id);
        return id;
      }
      keys_.Missed();
    }
    // Distinct entities, stored or of this batch's aliases (pending_aliases_): 0, 1 or 2 (two
    // or more).
    int64_t candidate = 0;
    int found = 0;
    auto add = [&](int64_t id) {
      if (found == 0) {
        candidate = id;
        found = 1;
      } else if (id != candidate) {
        found = 2;
      }
    };
    if (stored) {
      Statement& by_alias = *find_entity_by_alias_;
      by_alias.reset();
      by_alias.bindNoCopy(1, key);
      by_alias.bindNoCopy(2, type);
      while (by_alias.executeStep()) add(by_alias.getColumn(0).getInt64());
      by_alias.reset();
      by_alias.clearBindings();
    }
    for (auto [it, end] = pending_aliases_.equal_range(key); it != end; ++it)
      if (it->second.second == e.type) add(it->second.first);
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
    const int64_t id = next_entity_++;
    insert_entities_.Add(1, [&](RowBuffer::Row& st, int, size_t) {
      st.bind(1, id);
      st.bindNoCopy(2, EntityTypeName(e.type).data());  // a literal
      st.bindNoCopy(3, e.name);
      st.bind(4, key);  // copied: the key may be of a Derived that PutOne outlives
    });
    keys_.Add(key);
    if (size_t space = key.rfind(' '); e.type == EntityType::kPerson && space != std::string::npos) {
      const std::string last = key.substr(space + 1);
      insert_surnames_.Add(1, [&](RowBuffer::Row& st, int, size_t) {
        st.bind(1, last);
        st.bind(2, id);
      });
      keys_.Add(last);
      pending_surnames_.emplace(last, std::make_pair(id, key));
    }
    entity_cache_.emplace(std::move(cache_key), id);
    return id;
  }

  // The id of the stored entity of this type and key, 0 when there is none.
  int64_t FindEntity(const std::string& type, const std::string& key) {
    Statement& find = *find_entity_;
    find.reset();
    find.bindNoCopy(1, type);
    find.bindNoCopy(2, key);
    int64_t id = find.executeStep() ? find.getColumn(0).getInt64() : 0;
    find.reset();
    find.clearBindings();  // they point at locals
    return id;
  }

  // The one known person whose key ends with `key` at a word boundary and is
  // longer ("putin" -> "vladimir putin", "de blasio" -> "bill de blasio"); 0
  // when there is none, or several ("smith" with John and Jane Smith known).
  int64_t PersonBySurname(const std::string& key) {
    std::string last = key.substr(key.rfind(' ') == std::string::npos ? 0 : key.rfind(' ') + 1);
    std::string tail = " " + key;
    int64_t match = 0;
    int matches = 0, rows = 0;
    auto add = [&](int64_t entity, const std::string& candidate) {
      ++rows;
      if (candidate.size() > tail.size() &&
          candidate.compare(candidate.size() - tail.size(), tail.size(), tail) == 0) {
        match = entity;
        ++matches;
      }
    };
    if (keys_.MayHave(last)) {
      Statement& st = *find_entity_by_surname_;
      st.reset();
      st.bind(1, last);
      while (st.executeStep()) add(st.getColumn(0).getInt64(), st.getColumn(1).getString());
      st.reset();
      st.clearBindings();
    }
    // And the persons of this batch (insert_surnames_, not written yet).
    for (auto [it, end] = pending_surnames_.equal_range(last); it != end; ++it)
      add(it->second.first, it->second.second);
    return matches == 1 && rows < 50 ? match : 0;
  }

  // key: StoreKey(alias); type: the entity's; self: `key` is the entity's own (flagged, and not in
  // the index entity_aliases_key: schema 16). The row is written with the batch's rows.
  void AddAlias(int64_t entity, EntityType type, const std::string& alias, const std::string& key,
                bool self) {
    if (alias.empty()) return;
    if (alias_cache_.find(IdText{entity, alias}) != alias_cache_.end()) return;
    alias_cache_.emplace(entity, alias);
    pending_aliases_.emplace(key, std::make_pair(entity, type));
    if (!self) keys_.Add(key);  // a self key is its entity's, added with it
    insert_aliases_.Add(1, [&](RowBuffer::Row& st, int, size_t) {
      st.bind(1, entity);
      st.bindNoCopy(2, alias);
      st.bind(3, key);  // copied: the key may be of a Derived that PutOne outlives
      if (self) {
        st.bind(4, 1);
      } else {
        st.bind(4);
      }
    });
  }

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
  using LocalIds = std::unordered_map<std::string_view, int64_t>;
  // said_of: store::SplitSaid's.
  void PutClaims(const Extraction& x, const store::Derived& derived, int64_t article,
                 const LocalIds& entity_ids, const std::vector<MentionRow>& mentions,
                 const std::vector<size_t>& said_of, LocalIds* claim_ids) {
    std::vector<store::Appearance> seen(x.claims.size());
    std::vector<int64_t> speakers(x.claims.size());
    for (size_t i = 0; i < x.claims.size(); ++i) {
      const Claim& c = x.claims[i];
      auto speaker = c.speaker.empty() ? entity_ids.end() : entity_ids.find(std::string_view(c.speaker));
      speakers[i] = speaker == entity_ids.end() ? 0 : speaker->second;
      store::Appearance& ap = seen[i];
      ap.claim = next_claim_++;
      ap.speaker = speakers[i];
      ap.kind = c.kind == ClaimKind::kDirect ? "direct" : "indirect";
      ap.polarity = c.polarity == ClaimPolarity::kDenied ? "denied" : "asserted";
      ap.text = &c.text;
      ap.date = c.date.empty() ? x.article.date : c.date;
      ap.sketch = &derived.claims[i];
      ap.keys = store::SaltedKeys(derived.claims[i].minima, ap.speaker);
      (*claim_ids)[c.id] = ap.claim;
    }
    tracker_->Prefetch(seen);
    std::vector<int64_t> tracked(x.claims.size());
    std::vector<std::pair<int64_t, int64_t>> named;  // (claim, entity)
    for (size_t i = 0; i < x.claims.size(); ++i) {
      tracked[i] = tracker_->Track(seen[i]);
      const Claim& c = x.claims[i];
      for (auto m = std::lower_bound(mentions.begin(), mentions.end(), MentionRow{c.span.start, 0, 0});
           m != mentions.end() && m->start < c.span.end; ++m) {
        if (m->end <= c.span.end) named.emplace_back(seen[i].claim, m->entity);
      }
    }
    insert_claims_.Add(x.claims.size(), [&](RowBuffer::Row& st, int p, size_t i) {
      const Claim& c = x.claims[i];
      st.bind(p, seen[i].claim);
      st.bind(p + 1, article);
      st.bindNoCopy(p + 2, c.id);
      if (speakers[i] == 0) {
        st.bind(p + 3);
      } else {
        st.bind(p + 3, speakers[i]);
      }
      st.bindNoCopy(p + 4, seen[i].kind);
      st.bindNoCopy(p + 5, c.text);
      BindText(st, p + 6, c.cue);
      st.bind(p + 7, static_cast<int64_t>(c.span.start));
      st.bind(p + 8, static_cast<int64_t>(c.span.end));
      BindText(st, p + 9, c.date);
      st.bindNoCopy(p + 10, seen[i].polarity);
      st.bind(p + 11, tracked[i]);
      if (said_of[i] == store::kNoRelation) {
        st.bind(p + 12);
        st.bind(p + 13);
      } else {
        const Relation& r = x.relations[said_of[i]];
        st.bind(p + 12, store::LocalNumber(r.id));
        if (r.evidence == c.text) {
          st.bind(p + 13);
        } else {
          st.bindNoCopy(p + 13, r.evidence);
        }
      }
    });
    insert_claim_entities_.Add(named.size(), [&](RowBuffer::Row& st, int p, size_t i) {
      st.bind(p, named[i].first);
      st.bind(p + 1, named[i].second);
    });
  }

  void PutOne(const Extraction& x, const store::Derived& derived) {
    const Article& a = x.article;
    // Entities first (they do not depend on the article), so that the
    // article row can carry its final row counts.
    // Local ids ("e3", "c1") to global row ids; the keys view x's strings.
    LocalIds entity_ids;
    std::vector<int64_t> ids(x.entities.size());  // of x.entities[i]
    std::vector<MentionRow> mentions;
    for (size_t i = 0; i < x.entities.size(); ++i) {
      const Entity& e = x.entities[i];
      bool own_key = false;
      const std::string& key = derived.name_keys[i];
      int64_t id = ResolveEntity(e, key, &own_key);
      ids[i] = id;
      entity_ids[e.id] = id;
      AddAlias(id, e.type, e.name, key, own_key);
      for (size_t k = 0; k < e.aliases.size(); ++k)
        AddAlias(id, e.type, e.aliases[k], derived.alias_keys[i][k],
                 own_key && derived.alias_keys[i][k] == key);
      for (const std::string& role : e.roles) {
        if (role.empty() || role_cache_.find(IdText{id, role}) != role_cache_.end()) continue;
        role_cache_.emplace(id, role);
        insert_roles_.Add(1, [&](RowBuffer::Row& st, int, size_t) {
          st.bind(1, id);
          st.bindNoCopy(2, role);
        });
      }
      for (const Span& span : e.mentions) mentions.push_back({span.start, span.end, id});
    }
    // Two local entities may be one global entity: store each mention once.
    std::sort(mentions.begin(), mentions.end());
    mentions.erase(std::unique(mentions.begin(), mentions.end()), mentions.end());

    const int64_t article = next_seq_++;
    auto global_id = [&](const std::string& local) -> int64_t {
      auto it = local.empty() ? entity_ids.end() : entity_ids.find(std::string_view(local));
      return it == entity_ids.end() ? 0 : it->second;
    };
    // One entry per local id, the last entity of that id (a hand-written extraction may repeat
    // one), as INSERT OR REPLACE wrote the rows of article_entities before schema 14.
    std::vector<size_t> locals;
    locals.reserve(x.entities.size());
    for (size_t i = 0; i < x.entities.size(); ++i) {
      if (entity_ids.size() == x.entities.size() ||
          std::none_of(x.entities.begin() + static_cast<ptrdiff_t>(i) + 1, x.entities.end(),
                       [&](const Entity& later) { return later.id == x.entities[i].id; }))
        locals.push_back(i);
    }
    std::string entities_json = store::ArticleEntitiesJson(x, locals, ids, global_id);
    insert_articles_.Add(1, [&](RowBuffer::Row& ins, int, size_t) {
      ins.bind(1, article);
      ins.bindNoCopy(2, a.id);
      ins.bindNoCopy(3, a.source);
      BindText(ins, 4, a.title);
      BindText(ins, 5, a.date);
      BindText(ins, 6, a.outlet);
      BindText(ins, 7, a.author);
      BindText(ins, 8, a.url);
      ins.bind(9, static_cast<int64_t>(a.body_start));
      ins.bind(10, static_cast<int64_t>(a.text.size()));
      ins.bindNoCopy(11, a.text);
      ins.bind(12, static_cast<int64_t>(x.entities.size()));
      ins.bind(13, static_cast<int64_t>(mentions.size()));
      ins.bind(14, static_cast<int64_t>(x.claims.size()));
      ins.bind(15, static_cast<int64_t>(x.relations.size()));
      ins.bind(16, entities_json);  // copied: this function's
    });
    for (size_t i : locals) {
      const Entity& e = x.entities[i];
      if (e.date.empty()) continue;
      insert_entity_dates_.Add(1, [&](RowBuffer::Row& st, int, size_t) {
        st.bind(1, ids[i]);
        st.bindNoCopy(2, e.date);
        st.bind(3, article);
      });
    }

    // One row per entity mentioned: its spans in text order, as JSON ([[start, end], ...]).
    std::vector<MentionRow> by_entity = mentions;
    std::sort(by_entity.begin(), by_entity.end(), [](const MentionRow& x, const MentionRow& y) {
      return std::tie(x.entity, x.start, x.end) < std::tie(y.entity, y.start, y.end);
    });
    struct EntityMentions {
      int64_t entity;
      int64_t n;
      std::string spans;
    };
    std::vector<EntityMentions> grouped;
    for (const MentionRow& m : by_entity) {
      if (grouped.empty() || grouped.back().entity != m.entity) grouped.push_back({m.entity, 0, "["});
      EntityMentions& g = grouped.back();
      if (g.n++ > 0) g.spans += ',';
      g.spans += '[';
      g.spans += std::to_string(m.start);
      g.spans += ',';
      g.spans += std::to_string(m.end);
      g.spans += ']';
    }
    for (EntityMentions& g : grouped) g.spans += ']';
    insert_mentions_.Add(grouped.size(), [&](RowBuffer::Row& st, int p, size_t i) {
      st.bind(p, grouped[i].entity);
      st.bind(p + 1, article);
      st.bind(p + 2, grouped[i].n);
      st.bind(p + 3, grouped[i].spans);  // copied: grouped is this function's
    });
    auto global = [&](const std::string& local, RowBuffer::Row& st, int index) {
      auto it = local.empty() ? entity_ids.end() : entity_ids.find(std::string_view(local));
      if (it == entity_ids.end()) {
        st.bind(index);
      } else {
        st.bind(index, it->second);
      }
    };
    // The said relations that are their claim's own go into the claim's row (schema 11).
    const store::SaidSplit split = store::SplitSaid(x, global_id);
    const std::vector<size_t>& rows = split.rows;
    LocalIds claim_ids;
    PutClaims(x, derived, article, entity_ids, mentions, split.said_of, &claim_ids);

    // Rows get their ids in order, as with one INSERT per row.
    insert_relations_.Add(rows.size(), [&](RowBuffer::Row& st, int p, size_t i) {
      const Relation& r = x.relations[rows[i]];
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
  store::FreeLater freeing_;  // before db_: waits for the caches after the file is closed
  std::unique_ptr<SQLite::Database> db_;
  bool read_only_ = false;
  // What this connection knows is in the database: (type, key) -> entity id,
  // and the (entity, alias) / (entity, role) pairs already written.
  // name_cache_ maps a canonical name to its entity id, one map per type.
  std::unordered_map<std::string, int64_t> entity_cache_;
  std::array<NameIdMap, static_cast<size_t>(EntityType::kEvent) + 1> name_cache_;
  IdTextSet alias_cache_;
  IdTextSet role_cache_;
  // The caches are dropped after a batch that leaves them with more entries than this (each
  // lookup then asks the database again), so that an ingest of any size runs in bounded memory
  // (issue 12: about 100 bytes an entry; ~30,000 entries for the 2,225 BBC articles).
  static constexpr size_t kMaxCached = size_t{1} << 17;
  // Claim sketch rows kept in memory before they are written (ClaimTracker; ~100 bytes each):
  // about 5,000 claims, a megabyte of news. More at a time would leave more to write when the
  // store closes, when an ingest's extraction threads have nothing left to do.
  static constexpr size_t kMaxWaitingSketches = size_t{1} << 15;
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
  std::unique_ptr<Statement> has_article_, data_version_, next_article_seq_, find_entity_,
      find_entity_by_alias_, find_entity_by_surname_, next_entity_id_, next_claim_id_;
  std::unique_ptr<store::ClaimTracker> tracker_;
  store::HeldTransaction txn_;        // open: the batches that returned are in it, not committed
  store::PageCacheSizer page_cache_;  // grows the page cache with the store
  store::CommitPolicy policy_ = store::DefaultCommitPolicy();
  bool last_batches_ = false;  // LastBatches: each batch writes the sketch rows that wait
  // The keys of the stored entities, aliases and surnames (store/key_filter.h), read once the
  // writer has looked up this many keys the database did not have, and more in a large store.
  static constexpr size_t kKeyFilterAfter = 256;
  store::NameKeys keys_{kKeyFilterAfter};
  // At the start of a batch, after next_entity_ is read: the filters, read or dropped.
  void RefreshKeyFilter() {
    const int64_t version = IntOf(*data_version_);
    keys_.Refresh(*db_, version, next_entity_ - 1);
    articles_.Refresh(*db_, version);
  }
  store::ArticleIds articles_{kKeyFilterAfter};  // HasArticle asks the database on its "maybe"
  // After db_: closed before it, so that db_ is the last connection, which checkpoints the
  // rest and removes the WAL (store/checkpointer.h).
  std::unique_ptr<store::Checkpointer> checkpointer_;
  // Rows of the batch's articles, written at its end.
  RowBuffer insert_entities_, insert_surnames_, insert_articles_, insert_entity_dates_, insert_mentions_,
      insert_relations_, insert_claims_, insert_claim_entities_, insert_aliases_, insert_roles_;
  // The aliases of insert_aliases_ (not written yet), by key: (entity, its type).
  std::unordered_multimap<std::string, std::pair<int64_t, EntityType>> pending_aliases_;
  // The persons of insert_surnames_, by surname: (entity, its key).
  std::unordered_multimap<std::string, std::pair<int64_t, std::string>> pending_surnames_;
  int64_t next_entity_ = 1;  // the id of the next new entity in this batch
  int64_t next_claim_ = 1;   // the id of the next claim in this batch
  int64_t next_seq_ = 1;     // the seq of the next article in this batch
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

}  // namespace claimgraph
