#include "store/claim_tracker.h"

#include <algorithm>

#include "store/row_insert.h"

namespace claimgraph::store {

using SQLite::Statement;

namespace {
// Keys per candidate query and rows per multi-row insert of sketches.
constexpr int kKeysPerQuery = 100;
constexpr int kSketchRows = 100;
constexpr int kTrackedRows = 16;

void BindOptional(Statement& st, int index, const std::optional<std::string>& s) {
  if (s) {
    st.bind(index, *s);
  } else {
    st.bind(index);
  }
}
}  // namespace

ClaimTracker::ClaimTracker(SQLite::Database& db) : db_(db) {
  std::string in = "(?";
  for (int k = 1; k < kKeysPerQuery; ++k) in += ",?";
  in += ")";
  prefetch_ = std::make_unique<Statement>(db_, "SELECT key, tracked FROM claim_sketches WHERE key IN " + in);
  tracked_row_ = std::make_unique<Statement>(
      db_,
      "SELECT COALESCE(speaker, 0), kind, text, first_date, first_claim, appearances, polarity"
      " FROM tracked_claims WHERE id = ?");
  next_id_ = std::make_unique<Statement>(db_, "SELECT COALESCE(max(id), 0) + 1 FROM tracked_claims");
  data_version_st_ = std::make_unique<Statement>(db_, "PRAGMA data_version");
  update_ = std::make_unique<Statement>(db_,
                                        "UPDATE tracked_claims SET kind = ?2, text = ?3, first_date = ?4,"
                                        " first_claim = ?5, appearances = ?6 WHERE id = ?1");
  insert_tracked_ = RowInsert(
      db_,
      "INSERT INTO tracked_claims (id, speaker, kind, text, first_date, first_claim, appearances, polarity)",
      8, kTrackedRows);
  insert_sketches_ = RowInsert(db_, "INSERT OR IGNORE INTO claim_sketches (key, tracked)", 2, kSketchRows);
}

void ClaimTracker::Begin() {
  Abandon();
  Statement& st = *next_id_;
  st.executeStep();
  next_tracked_ = st.getColumn(0).getInt64();
  st.reset();
  Statement& v = *data_version_st_;
  v.executeStep();
  int64_t version = v.getColumn(0).getInt64();
  v.reset();
  // Rebuilt when another connection wrote, and when it fills past 1 key in 8 bits (3% false
  // positives at worst; 16 bits a key after a rebuild: 12 MB for 6 million keys).
  if (version != data_version_ || filtered_ * 8 > bits_.size() * 64) {
    data_version_ = version;
    RebuildFilter();
  }
}

// Three bits per key, from the key's own bits (keys are hashes already).
bool ClaimTracker::MayBeStored(int64_t key) const {
  uint64_t h = static_cast<uint64_t>(key), mask = bits_.size() * 64 - 1;
  for (int i = 0; i < 3; ++i) {
    uint64_t bit = (h >> (21 * i)) & mask;
    if (!(bits_[bit / 64] & (uint64_t{1} << (bit % 64)))) return false;
  }
  return true;
}

void ClaimTracker::AddToFilter(int64_t key) {
  uint64_t h = static_cast<uint64_t>(key), mask = bits_.size() * 64 - 1;
  for (int i = 0; i < 3; ++i) {
    uint64_t bit = (h >> (21 * i)) & mask;
    bits_[bit / 64] |= uint64_t{1} << (bit % 64);
  }
  ++filtered_;
}

void ClaimTracker::RebuildFilter() {
  int64_t rows = db_.execAndGet("SELECT count(*) FROM claim_sketches").getInt64();
  size_t words = 1024;  // 64 Kbit
  while (words * 64 < static_cast<size_t>(rows) * 16) words *= 2;
  bits_.assign(words, 0);
  filtered_ = 0;
  Statement all(db_, "SELECT key FROM claim_sketches");
  while (all.executeStep()) AddToFilter(all.getColumn(0).getInt64());
}

void ClaimTracker::Abandon() {
  stored_keys_.clear();
  batch_keys_.clear();
  new_sketches_.clear();
  tracked_.clear();
}

void ClaimTracker::Prefetch(const std::vector<Appearance>& appearances) {
  std::vector<int64_t> missing;
  for (const Appearance& a : appearances)
    for (int64_t key : a.keys)
      if (stored_keys_.emplace(key, std::vector<int64_t>()).second && MayBeStored(key))
        missing.push_back(key);
  Statement& st = *prefetch_;
  for (size_t i = 0; i < missing.size(); i += kKeysPerQuery) {
    // A short last group repeats its last key (IN ignores repeats).
    for (size_t k = 0; k < static_cast<size_t>(kKeysPerQuery); ++k)
      st.bind(static_cast<int>(k) + 1, missing[std::min(i + k, missing.size() - 1)]);
    while (st.executeStep()) stored_keys_[st.getColumn(0).getInt64()].push_back(st.getColumn(1).getInt64());
    st.reset();
  }
}

std::vector<int64_t> ClaimTracker::Candidates(const std::vector<int64_t>& keys) {
  std::vector<int64_t> ids;
  for (int64_t key : keys) {
    auto stored = stored_keys_.find(key);
    if (stored == stored_keys_.end()) {
      Appearance a;
      a.keys = {key};
      Prefetch({a});
      stored = stored_keys_.find(key);
    }
    ids.insert(ids.end(), stored->second.begin(), stored->second.end());
    if (auto added = batch_keys_.find(key); added != batch_keys_.end())
      ids.insert(ids.end(), added->second.begin(), added->second.end());
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

ClaimTracker::Tracked* ClaimTracker::Load(int64_t id) {
  if (auto it = tracked_.find(id); it != tracked_.end()) return &it->second;
  Statement& st = *tracked_row_;
  st.bind(1, id);
  if (!st.executeStep()) {
    st.reset();
    return nullptr;
  }
  Tracked t;
  t.speaker = st.getColumn(0).getInt64();
  t.kind = st.getColumn(1).getString();
  t.text = st.getColumn(2).getString();
  if (!st.getColumn(3).isNull()) t.first_date = st.getColumn(3).getString();
  t.first_claim = st.getColumn(4).getInt64();
  t.appearances = st.getColumn(5).getInt64();
  t.polarity = st.getColumn(6).getString();
  st.reset();
  t.tokens = StatementTokens(t.text);
  return &tracked_.emplace(id, std::move(t)).first->second;
}

int64_t ClaimTracker::Track(const Appearance& a) {
  const std::vector<std::string>& tokens = a.sketch->tokens;
  int64_t tracked = 0;
  // An unresolved speaker's short text ("It's incredible") is said by too many
  // people to be one statement: it stays on its own.
  bool may_merge = a.speaker != 0 || tokens.size() >= kMinWords;
  if (!a.keys.empty() && may_merge) {
    // The oldest candidate (lowest id) that is the same statement by the same speaker.
    for (int64_t id : Candidates(a.keys)) {
      const Tracked* t = Load(id);
      if (t && t->speaker == a.speaker && t->polarity == a.polarity && SameStatement(tokens, t->tokens)) {
        tracked = id;
        break;
      }
    }
  }
  if (tracked == 0) {
    tracked = next_tracked_++;
    Tracked& t = tracked_[tracked];
    t.speaker = a.speaker;
    t.kind = a.kind;
    t.text = *a.text;
    if (!a.date.empty()) t.first_date = a.date;
    t.first_claim = a.claim;
    t.appearances = 1;
    t.polarity = a.polarity;
    t.tokens = tokens;
    t.is_new = true;
  } else {
    Tracked& t = tracked_[tracked];
    if (!a.date.empty() && (!t.first_date || a.date < *t.first_date)) {
      t.first_date = a.date;
      t.first_claim = a.claim;
      t.kind = a.kind;
      t.text = *a.text;
      t.tokens = tokens;
    }
    ++t.appearances;
    t.changed = !t.is_new;
  }
  for (int64_t key : a.keys) {
    std::vector<int64_t>& ids = batch_keys_[key];
    if (std::find(ids.begin(), ids.end(), tracked) != ids.end()) continue;
    ids.push_back(tracked);
    new_sketches_.emplace_back(key, tracked);
  }
  return tracked;
}

void ClaimTracker::Flush() {
  std::vector<const std::pair<const int64_t, Tracked>*> made;
  Statement& update = *update_;
  for (const auto& entry : tracked_) {
    const Tracked& t = entry.second;
    if (t.is_new) {
      made.push_back(&entry);
    } else if (t.changed) {
      update.bind(1, entry.first);
      update.bind(2, t.kind);
      update.bind(3, t.text);
      BindOptional(update, 4, t.first_date);
      update.bind(5, t.first_claim);
      update.bind(6, t.appearances);
      Run(update);
    }
  }
  // Ids in order, as one INSERT per tracked claim would have given them.
  insert_tracked_.Insert(made.size(), [&](Statement& st, int p, size_t i) {
    const Tracked& t = made[i]->second;
    st.bind(p, made[i]->first);
    if (t.speaker == 0) {
      st.bind(p + 1);
    } else {
      st.bind(p + 1, t.speaker);
    }
    st.bindNoCopy(p + 2, t.kind);
    st.bindNoCopy(p + 3, t.text);
    if (t.first_date) {
      st.bindNoCopy(p + 4, *t.first_date);
    } else {
      st.bind(p + 4);
    }
    st.bind(p + 5, t.first_claim);
    st.bind(p + 6, t.appearances);
    st.bindNoCopy(p + 7, t.polarity);
  });
  // In key order: the inserts walk the index from left to right.
  std::sort(new_sketches_.begin(), new_sketches_.end());
  for (const auto& sketch : new_sketches_) AddToFilter(sketch.first);
  insert_sketches_.Insert(new_sketches_.size(), [&](Statement& st, int p, size_t i) {
    st.bind(p, new_sketches_[i].first);
    st.bind(p + 1, new_sketches_[i].second);
  });
  Abandon();
}

int64_t ClaimTracker::TrackUntracked() {
  struct Row {
    int64_t id, speaker;
    std::string kind, polarity, text, date;
  };
  std::vector<Row> rows;
  {
    Statement st(
        db_,
        "SELECT c.id, COALESCE(c.speaker, 0), c.kind, c.polarity, c.text, COALESCE(c.date, a.date, '')"
        " FROM claims c JOIN articles a ON a.seq = c.article WHERE c.tracked IS NULL ORDER BY c.id");
    while (st.executeStep()) {
      rows.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getInt64(), st.getColumn(2).getString(),
                      st.getColumn(3).getString(), st.getColumn(4).getString(), st.getColumn(5).getString()});
    }
  }
  Begin();
  std::vector<int64_t> tracked;
  for (const Row& r : rows) {
    StatementSketch sketch = SketchStatement(r.text);
    Appearance a;
    a.claim = r.id;
    a.speaker = r.speaker;
    a.kind = r.kind == "direct" ? "direct" : "indirect";
    a.polarity = r.polarity == "denied" ? "denied" : "asserted";
    a.text = &r.text;
    a.date = r.date;
    a.sketch = &sketch;
    a.keys = SaltedKeys(sketch.minima, r.speaker);
    tracked.push_back(Track(a));
  }
  Flush();
  Statement set(db_, "UPDATE claims SET tracked = ?2 WHERE id = ?1");
  for (size_t i = 0; i < rows.size(); ++i) {
    set.bind(1, rows[i].id);
    set.bind(2, tracked[i]);
    Run(set);
  }
  return static_cast<int64_t>(rows.size());
}

}  // namespace claimgraph::store
