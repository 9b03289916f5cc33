#include "store/key_filter.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <string_view>

namespace claimgraph::store {

KeyFilter::KeyFilter(size_t keys) {
  // A power of two of words, at least 1,024 (8 KiB).
  size_t words = 1024;
  while (words * 64 < keys * kBitsPerKey) words *= 2;
  words_.assign(words, 0);
  capacity_ = words * 64 / kBitsPerKey;
}

uint64_t KeyFilter::Hash(std::string_view key) {
  // std::hash of a string_view is a 64-bit Murmur-style hash in libstdc++; mixed once more so
  // that the word index and the bits in the word come from independent-looking halves.
  uint64_t h = std::hash<std::string_view>()(key);
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h;
}

uint64_t KeyFilter::Mask(uint64_t h) const {
  uint64_t mask = 0;
  for (int i = 0; i < kBits; ++i) mask |= uint64_t{1} << ((h >> (6 * i)) & 63);
  return mask;
}

void KeyFilter::Add(std::string_view key) {
  const uint64_t h = Hash(key);
  words_[(h >> 32) & (words_.size() - 1)] |= Mask(h);
  ++added_;
}

bool KeyFilter::MayHave(std::string_view key) const {
  const uint64_t h = Hash(key);
  const uint64_t mask = Mask(h);
  return (words_[(h >> 32) & (words_.size() - 1)] & mask) == mask;
}

namespace {

// The integer of a query of one row.
int64_t CountOf(SQLite::Database& db, const char* sql) { return db.execAndGet(sql).getInt64(); }

// Adds the first column of each row of `sql` to f, stepping with SQLite's own calls (SQLiteCpp's
// Column objects cost ~180 instructions a row more: ~185 M of the 1,332 M instructions of
// ReadKeyFilter in a store of 59 bbc copies).
void AddKeys(SQLite::Database& db, const char* sql, KeyFilter* f) {
  sqlite3_stmt* raw = nullptr;
  int rc = sqlite3_prepare_v2(db.getHandle(), sql, -1, &raw, nullptr);
  const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> st(raw, sqlite3_finalize);
  if (rc != SQLITE_OK) throw SQLite::Exception(db.getHandle(), rc);
  while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
    const char* text = static_cast<const char*>(sqlite3_column_blob(raw, 0));
    f->Add(std::string_view(text, static_cast<size_t>(sqlite3_column_bytes(raw, 0))));
  }
  if (rc != SQLITE_DONE) throw SQLite::Exception(db.getHandle(), rc);
}

}  // namespace

KeyFilter ReadKeyFilter(SQLite::Database& db) {
  // An alias row flagged self (schema 16) has its entity's key, which `entities` gives: 57% of
  // the alias rows of a store of 40 bbc copies (272,187 of 478,010), each a hash and a random
  // write into the filter, in the one read of the filter a large store's writer makes.
  // The counts one statement each: a count(*) of a whole table then counts the cells of its pages
  // without reading its rows (in one statement of three subqueries each row was read: 283 M
  // instructions in a store of 59 bbc copies).
  const int64_t rows = CountOf(db, "SELECT count(*) FROM entities") +
                       CountOf(db, "SELECT count(*) FROM entity_aliases WHERE self IS NULL") +
                       CountOf(db, "SELECT count(*) FROM entity_surnames");
  KeyFilter f(2 * static_cast<size_t>(rows));
  for (const char* sql : {"SELECT key FROM entities", "SELECT key FROM entity_aliases WHERE self IS NULL",
                          "SELECT key FROM entity_surnames"})
    AddKeys(db, sql, &f);
  return f;
}

KeyFilter ReadArticleFilter(SQLite::Database& db) {
  KeyFilter f(2 * static_cast<size_t>(CountOf(db, "SELECT count(*) FROM articles")));
  AddKeys(db, "SELECT id FROM articles", &f);  // from the index of ids, which covers it
  return f;
}

void NameKeys::Refresh(SQLite::Database& db, int64_t version, int64_t entities) {
  if (filter_ && (version != version_ || filter_->added() > filter_->capacity())) filter_.reset();
  if (filter_) return;
  const size_t first = static_cast<size_t>(std::max<int64_t>(0, entities) / kEntitiesPerMiss);
  if (misses_ < after_ || (!read_ && misses_ < first)) return;
  filter_ = ReadKeyFilter(db);
  version_ = version;
  read_ = true;
}

void ArticleIds::Refresh(SQLite::Database& db, int64_t version) {
  if (filter_ && (version != version_ || filter_->added() > filter_->capacity())) filter_.reset();
  if (!filter_ && lookups_ >= after_) {
    filter_ = ReadArticleFilter(db);
    version_ = version;
  }
}

}  // namespace claimgraph::store
