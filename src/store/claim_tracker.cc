#include "store/claim_tracker.h"

#include <algorithm>

#include "store/row_insert.h"

namespace claimgraph::store {

using SQLite::Statement;

namespace {
// Keys per candidate query (an appearance has kSketchKeys), rows per multi-row insert.
constexpr int kKeysPerQuery = 4 * kSketchKeys;
constexpr int kSketchRows = 100;
constexpr int kTrackedRows = 16;
// A speaker with at most this many stored sketch rows is read whole, in one range read.
constexpr int kWholeSpeakerRows = 64;
// Stored keys kept from batch to batch, at most (the table then takes 8 MB).
constexpr size_t kMostStoredKeys = size_t{1} << 17;
// Summaries of tracked claims kept from batch to batch, at most (about 10 MB).
constexpr size_t kMostSummaries = size_t{1} << 18;

void BindOptional(Statement& st, int index, const std::optional<std::string>& s) {
  if (s) {
    st.bind(index, *s);
  } else {
    st.bind(index);
  }
}

// Whether an appearance may join a stored tracked claim: an unresolved speaker's short
// text ("It's incredible") is said by too many people to be one statement.
bool MayMerge(const Appearance& a) { return a.speaker != 0 || a.sketch->tokens->size() >= kMinWords; }
}  // namespace

ClaimTracker::ClaimTracker(SQLite::Database& db, size_t most_kept) : db_(db), most_kept_(most_kept) {
  std::string in = "(?2";
  for (int k = 1; k < kKeysPerQuery; ++k) in += ",?" + std::to_string(k + 2);
  in += ")";
  read_keys_ = std::make_unique<Statement>(
      db_, "SELECT key, tracked, summary FROM claim_sketches WHERE speaker = ?1 AND key IN " + in);
  read_speaker_ = std::make_unique<Statement>(
      db_, "SELECT key, tracked, summary FROM claim_sketches WHERE speaker = ?1 LIMIT " +
               std::to_string(kWholeSpeakerRows + 1));
  tracked_row_ = std::make_unique<Statement>(
      db_,
      "SELECT COALESCE(speaker, 0), kind, text, first_date, first_claim, appearances, polarity"
      " FROM tracked_claims WHERE id = ?");
  next_id_ = std::make_unique<Statement>(db_, "SELECT COALESCE(max(id), 0) + 1 FROM tracked_claims");
  update_ =
      std::make_unique<Statement>(db_,
                                  "UPDATE OR FAIL tracked_claims SET kind = ?2, text = ?3, first_date = ?4,"
                                  " first_claim = ?5, appearances = ?6 WHERE id = ?1");
  update_appearances_ =
      std::make_unique<Statement>(db_, "UPDATE OR FAIL tracked_claims SET appearances = ?2 WHERE id = ?1");
  insert_tracked_ = RowInsert(db_,
                              "INSERT OR FAIL INTO tracked_claims (id, speaker, kind, text, first_date, "
                              "first_claim, appearances, polarity)",
                              8, kTrackedRows);
  data_version_ = std::make_unique<Statement>(db_, "PRAGMA data_version");
  insert_sketches_ =
      RowInsert(db_, "INSERT OR IGNORE INTO claim_sketches (speaker, key, tracked, summary)", 4, kSketchRows);
  // A tracked claim's rows are those of its speaker (moves are rare: one range of the index).
  update_summaries_ = std::make_unique<Statement>(
      db_, "UPDATE claim_sketches SET summary = ?3 WHERE speaker = ?1 AND tracked = ?2");
}

const TokenSummary* ClaimTracker::SummaryOf(int64_t tracked) const {
  const auto it = summaries_.find(tracked);
  return it == summaries_.end() ? nullptr : &it->second;
}

std::optional<int64_t> ClaimTracker::PackedSummaryOf(int64_t tracked) const {
  const TokenSummary* s = SummaryOf(tracked);
  return s ? PackSummary(*s) : std::nullopt;
}

void ClaimTracker::BindSummary(RowBinder& st, int p, int64_t tracked) const {
  if (const std::optional<int64_t> packed = PackedSummaryOf(tracked)) {
    st.bind(p, *packed);
  } else {
    st.bind(p);
  }
}

void ClaimTracker::KeepSummary(Statement& st, int64_t tracked) {
  if (st.isColumnNull(2)) return;
  summaries_.try_emplace(tracked, UnpackSummary(st.getColumn(2).getInt64()));
}

void ClaimTracker::ForgetSummaries() {
  // Those of the rows that wait (written with them) and of the tracked claims kept are kept.
  std::unordered_map<int64_t, TokenSummary> kept;
  auto keep = [&](int64_t tracked) {
    if (const TokenSummary* s = SummaryOf(tracked)) kept.emplace(tracked, *s);
  };
  for (const NewSketch& r : rows_) keep(r.tracked);
  for (const auto* generation : {&kept_, &kept_old_})
    for (const auto& entry : *generation) keep(entry.first);
  summaries_ = std::move(kept);
}

void ClaimTracker::ReadSummaries(const std::vector<NewSketch>& rows) {
  // Rare: the rows of claims another writer left unsketched, or of a batch rolled back.
  std::unique_ptr<Statement> text;
  for (const NewSketch& r : rows) {
    if (SummaryOf(r.tracked)) continue;
    if (!text) text = std::make_unique<Statement>(db_, "SELECT text FROM tracked_claims WHERE id = ?");
    text->bind(1, r.tracked);
    if (text->executeStep())
      summaries_.emplace(r.tracked, Summarize(StatementTokens(text->getColumn(0).getString())));
    text->reset();
  }
}

void ClaimTracker::Begin() {
  ClearBatch();
  wrote_ = false;
  Statement& st = *next_id_;
  st.executeStep();
  next_tracked_ = st.getColumn(0).getInt64();
  st.reset();
  Statement& dv = *data_version_;
  dv.executeStep();
  const int64_t version = dv.getColumn(0).getInt64();
  dv.reset();
  // What was read is kept while claim_sketches does not change, within bounds (an ingest
  // whose claims add few rows, all repeats, writes seldom).
  if (stored_keys_.size() > kMostStoredKeys) ForgetStored();
  if (summaries_.size() > kMostSummaries) ForgetSummaries();
  if (!checked_ || version != data_version_seen_) {
    // The first batch, or another connection wrote: what was read of claim_sketches may
    // have changed, and claims may be missing their rows.
    ForgetStored();
    kept_.clear();
    kept_old_.clear();
    summaries_.clear();
    WriteSketches();
    checked_ = true;
    data_version_seen_ = version;
  }
}

void ClaimTracker::ClearBatch() {
  tracked_.clear();
  batch_claims_ = {1, 0};
}

void ClaimTracker::ForgetStored() {
  stored_keys_.Clear();
  whole_speakers_.clear();
}

void ClaimTracker::Abandon() {
  ClearBatch();
  ForgetStored();
  flushed_.clear();
  kept_.clear();
  kept_old_.clear();
  rows_.resize(committed_rows_);
  keys_.Clear();
  for (const NewSketch& r : rows_) keys_.Add(r.key, r.tracked, /*unique=*/true);
  wrote_ = false;
  summaries_.clear();  // a moved text was rolled back
  checked_ = false;    // what Begin wrote was rolled back too
}

void ClaimTracker::Committed() {
  const bool batch = batch_claims_.first <= batch_claims_.second;
  if (wrote_) {
    rows_.erase(rows_.begin(), rows_.begin() + static_cast<ptrdiff_t>(written_rows_));
    own_claims_.clear();
    keys_.Clear();
    for (const NewSketch& r : rows_) keys_.Add(r.key, r.tracked, /*unique=*/true);
  }
  if (batch && !(wrote_ && written_batch_ == batch_claims_)) own_claims_.push_back(batch_claims_);
  committed_rows_ = rows_.size();
  for (auto& [id, t] : flushed_) {
    t.is_new = false;
    t.changed = false;
    t.moved = false;
    if (t.tokens) {
      t.packed = PackedTokens(*t.tokens);
      t.tokens.reset();
    }
    t.kind = std::string();
    t.text = std::string();
    t.has_text = false;
    if (kept_.size() >= most_kept_) {
      kept_old_ = std::move(kept_);
      kept_.clear();
    }
    kept_.insert_or_assign(id, std::move(t));
  }
  flushed_.clear();
  ClearBatch();
  wrote_ = false;
}

bool ClaimTracker::Own(int64_t claim) const {
  if (claim >= batch_claims_.first && claim <= batch_claims_.second) return true;
  for (const auto& [first, last] : own_claims_)
    if (claim >= first && claim <= last) return true;
  return false;
}

void ClaimTracker::WriteSketches() {
  if (wrote_ && written_rows_ == rows_.size() && written_batch_ == batch_claims_) return;  // done
  const int64_t through = db_.execAndGet("SELECT through FROM claim_sketches_state").getInt64();
  const int64_t last = db_.execAndGet("SELECT COALESCE(max(id), 0) FROM claims").getInt64();
  if (rows_.empty() && through >= last) return;
  // The first claim after `through` that is not this tracker's (own ranges are in id order).
  int64_t first = through + 1;
  for (const auto& [from, to] : own_claims_)
    if (from <= first && to >= first) first = to + 1;
  if (batch_claims_.first <= first && batch_claims_.second >= first) first = batch_claims_.second + 1;
  std::vector<NewSketch> all(rows_);
  if (first <= last) {
    // The claims after `through` that are not this tracker's: a killed ingest's, another
    // connection's. Their rows are what Track gave them: the claim's keys under its speaker.
    Statement st(db_,
                 "SELECT id, COALESCE(speaker, 0), text, tracked FROM claims"
                 " WHERE id >= ? AND tracked IS NOT NULL ORDER BY id");
    st.bind(1, first);
    while (st.executeStep()) {
      if (Own(st.getColumn(0).getInt64())) continue;
      const int64_t speaker = st.getColumn(1).getInt64();
      const int64_t tracked = st.getColumn(3).getInt64();
      const StatementSketch sketch = SketchStatement(st.getColumn(2).getString());
      for (int64_t key : SaltedKeys(sketch.minima, speaker)) all.push_back({Key{speaker, key}, tracked});
    }
  }
  ReadSummaries(all);
  // In key order: the inserts walk the index from left to right.
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end(),
                        [](const NewSketch& a, const NewSketch& b) {
                          return a.key == b.key && a.tracked == b.tracked;
                        }),
            all.end());
  insert_sketches_.Insert(all.size(), [&](RowBinder& st, int p, size_t i) {
    st.bind(p, all[i].key.first);
    st.bind(p + 1, all[i].key.second);
    st.bind(p + 2, all[i].tracked);
    BindSummary(st, p + 3, all[i].tracked);
  });
  // What was read keeps every stored row: the rows just written join it, under each speaker read
  // whole and each key read (forgotten instead, every key was read again after each write: 4/5 of
  // the sketch reads of an ingest of all bbc, 120 M of 150 M instructions).
  for (const NewSketch& r : all) {
    const auto w = whole_speakers_.find(r.key.first);
    if ((w != whole_speakers_.end() && w->second) || stored_keys_.Has(r.key))
      stored_keys_.Add(r.key, r.tracked, /*unique=*/true);
  }
  Statement set(db_, "UPDATE claim_sketches_state SET through = ?");
  set.bind(1, last);
  Run(set);
  wrote_ = true;
  written_rows_ = rows_.size();
  written_batch_ = batch_claims_;
}

void ClaimTracker::WriteWaitingSketches() {
  if (WaitingSketches() == 0) return;
  try {
    SQLite::Transaction tx(db_, SQLite::TransactionBehavior::IMMEDIATE);
    Begin();
    WriteSketches();
    tx.commit();
    Committed();
  } catch (const std::exception&) {
    Abandon();
  }
}

void ClaimTracker::Read(int64_t speaker, const std::vector<int64_t>& keys) {
  std::vector<int64_t> missing;
  for (int64_t key : keys)
    if (stored_keys_.Insert(Key{speaker, key})) missing.push_back(key);
  if (missing.empty()) return;
  auto [whole, first] = whole_speakers_.emplace(speaker, false);
  if (first) whole->second = ReadWholeSpeaker(speaker);
  if (whole->second) return;
  Statement& st = *read_keys_;
  st.bind(1, speaker);
  for (size_t i = 0; i < missing.size(); i += kKeysPerQuery) {
    // A short last group repeats its last key (IN ignores repeats).
    for (size_t k = 0; k < static_cast<size_t>(kKeysPerQuery); ++k)
      st.bind(static_cast<int>(k) + 2, missing[std::min(i + k, missing.size() - 1)]);
    while (st.executeStep()) {
      const int64_t tracked = st.getColumn(1).getInt64();
      stored_keys_.Add(Key{speaker, st.getColumn(0).getInt64()}, tracked, /*unique=*/false);
      KeepSummary(st, tracked);
    }
    st.reset();
  }
}

bool ClaimTracker::ReadWholeSpeaker(int64_t speaker) {
  Statement& st = *read_speaker_;
  st.bind(1, speaker);
  std::vector<std::pair<int64_t, int64_t>> rows;  // (key, tracked), in key order
  while (st.executeStep()) {
    rows.emplace_back(st.getColumn(0).getInt64(), st.getColumn(1).getInt64());
    KeepSummary(st, rows.back().second);
  }
  st.reset();
  if (rows.size() > static_cast<size_t>(kWholeSpeakerRows)) return false;
  // Every key Read marked as read is now whole; the speaker's other keys join them.
  for (const auto& [key, tracked] : rows) {
    stored_keys_.Add(Key{speaker, key}, tracked, /*unique=*/true);
  }
  return true;
}

void ClaimTracker::Prefetch(const std::vector<Appearance>& appearances) {
  // One read per speaker: the keys of all the speaker's appearances sit on the same pages.
  std::map<int64_t, std::vector<int64_t>> by_speaker;
  for (const Appearance& a : appearances)
    if (MayMerge(a)) by_speaker[a.speaker].insert(by_speaker[a.speaker].end(), a.keys.begin(), a.keys.end());
  for (const auto& [speaker, keys] : by_speaker) Read(speaker, keys);
}

std::vector<int64_t> ClaimTracker::Candidates(int64_t speaker, const std::vector<int64_t>& keys) {
  Read(speaker, keys);  // what Prefetch did not read
  std::vector<int64_t> ids;
  for (int64_t key : keys) {
    auto add = [&ids](int64_t id) { ids.push_back(id); };
    stored_keys_.ForEach(Key{speaker, key}, add);
    keys_.ForEach(Key{speaker, key}, add);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

ClaimTracker::Tracked* ClaimTracker::Load(int64_t id) {
  if (auto it = tracked_.find(id); it != tracked_.end()) return &it->second;
  for (auto* kept : {&kept_, &kept_old_}) {
    if (auto it = kept->find(id); it != kept->end()) {
      Tracked t = std::move(it->second);  // back into kept_ with the batch, once committed
      kept->erase(it);
      return &tracked_.emplace(id, std::move(t)).first->second;
    }
  }
  ++rows_read_;
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
  t.tokens = std::make_shared<const std::vector<std::string>>(StatementTokens(t.text));
  summaries_.insert_or_assign(id, Summarize(*t.tokens));
  return &tracked_.emplace(id, std::move(t)).first->second;
}

int64_t ClaimTracker::Track(const Appearance& a) {
  const std::shared_ptr<const std::vector<std::string>>& tokens = a.sketch->tokens;
  // The appearance's word bits (a sketch made by SketchStatement has them).
  std::vector<uint8_t> own_bits;
  const std::vector<uint8_t>* bits = &a.sketch->word_bits;
  TokenSummary summary{static_cast<uint32_t>(tokens->size()), a.sketch->signature};
  if (bits->size() != tokens->size()) {
    own_bits = WordBits(*tokens);
    bits = &own_bits;
    summary = Summarize(*tokens);
  }
  int64_t tracked = 0;
  if (!a.keys.empty() && MayMerge(a)) {
    // The oldest candidate (lowest id) that is the same statement by the same speaker.
    for (int64_t id : Candidates(a.speaker, a.keys)) {
      if (const TokenSummary* s = SummaryOf(id); s && !MaySameStatement(*bits, summary.signature, *s)) {
        ++dropped_;
        continue;
      }
      const Tracked* t = Load(id);
      if (t && t->speaker == a.speaker && t->polarity == a.polarity &&
          (t->tokens ? SameStatement(*tokens, *t->tokens) : SameStatement(*tokens, t->packed))) {
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
    summaries_.insert_or_assign(tracked, summary);
  } else {
    Tracked& t = tracked_[tracked];
    if (!a.date.empty() && (!t.first_date || a.date < *t.first_date)) {
      t.first_date = a.date;
      t.first_claim = a.claim;
      t.kind = a.kind;
      t.text = *a.text;
      t.tokens = tokens;
      t.packed = PackedTokens();
      t.has_text = true;
      t.moved = !t.is_new;
      summaries_.insert_or_assign(tracked, summary);
    }
    ++t.appearances;
    t.changed = !t.is_new;
  }
  for (int64_t key : a.keys) {
    if (!keys_.Add(Key{a.speaker, key}, tracked, /*unique=*/true)) continue;
    rows_.push_back({Key{a.speaker, key}, tracked});
  }
  if (batch_claims_.first > batch_claims_.second) batch_claims_.first = a.claim;
  batch_claims_.second = a.claim;
  return tracked;
}

void ClaimTracker::Flush() {
  std::vector<const std::pair<const int64_t, Tracked>*> made;
  Statement& update = *update_;
  for (const auto& entry : tracked_) {
    const Tracked& t = entry.second;
    if (t.is_new) {
      made.push_back(&entry);
    } else if (t.changed && !t.has_text) {
      // Kept without its text: only its appearances changed (a new first date brings the text).
      update_appearances_->bind(1, entry.first);
      update_appearances_->bind(2, t.appearances);
      Run(*update_appearances_);
    } else if (t.changed) {
      update.bind(1, entry.first);
      update.bind(2, t.kind);
      update.bind(3, t.text);
      BindOptional(update, 4, t.first_date);
      update.bind(5, t.first_claim);
      update.bind(6, t.appearances);
      Run(update);
    }
    if (t.moved) {
      // Its stored sketch rows carry the summary of its former text.
      Statement& st = *update_summaries_;
      st.bind(1, t.speaker);
      st.bind(2, entry.first);
      if (const std::optional<int64_t> packed = PackedSummaryOf(entry.first)) {
        st.bind(3, *packed);
      } else {
        st.bind(3);
      }
      Run(st);
    }
  }
  // Ids in order, as one INSERT per tracked claim would have given them.
  insert_tracked_.Insert(made.size(), [&](RowBinder& st, int p, size_t i) {
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
  flushed_ = std::move(tracked_);
  tracked_.clear();
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
  WriteSketches();
  Committed();  // the caller commits
  return static_cast<int64_t>(rows.size());
}

}  // namespace claimgraph::store
