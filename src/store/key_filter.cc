#include "store/key_filter.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <functional>

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

KeyFilter ReadKeyFilter(SQLite::Database& db) {
  // An alias row flagged self (schema 16) has its entity's key, which `entities` gives: 57% of
  // the alias rows of a store of 40 bbc copies (272,187 of 478,010), each a hash and a random
  // write into the filter, in the one read of the filter a large store's writer makes.
  const int64_t rows = db.execAndGet(
                             "SELECT (SELECT count(*) FROM entities)"
                             " + (SELECT count(*) FROM entity_aliases WHERE self IS NULL)"
                             " + (SELECT count(*) FROM entity_surnames)")
                           .getInt64();
  KeyFilter f(2 * static_cast<size_t>(rows));
  for (const char* sql : {"SELECT key FROM entities", "SELECT key FROM entity_aliases WHERE self IS NULL",
                          "SELECT key FROM entity_surnames"}) {
    SQLite::Statement st(db, sql);
    while (st.executeStep()) {
      const SQLite::Column c = st.getColumn(0);
      f.Add(std::string_view(static_cast<const char*>(c.getBlob()), static_cast<size_t>(c.getBytes())));
    }
  }
  return f;
}

KeyFilter ReadArticleFilter(SQLite::Database& db) {
  const int64_t rows = db.execAndGet("SELECT count(*) FROM articles").getInt64();
  KeyFilter f(2 * static_cast<size_t>(rows));
  SQLite::Statement st(db, "SELECT id FROM articles");  // from the index of ids, which covers it
  while (st.executeStep()) {
    const SQLite::Column c = st.getColumn(0);
    f.Add(std::string_view(static_cast<const char*>(c.getBlob()), static_cast<size_t>(c.getBytes())));
  }
  return f;
}

void ArticleIds::Refresh(SQLite::Database& db, int64_t version) {
  if (filter_ && (version != version_ || filter_->added() > filter_->capacity())) filter_.reset();
  if (!filter_ && lookups_ >= after_) {
    filter_ = ReadArticleFilter(db);
    version_ = version;
  }
}

}  // namespace claimgraph::store
