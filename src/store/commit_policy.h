// How many articles one transaction of the store's writer holds (Store::Commit).
//
// A commit writes each page its rows changed into the WAL, and the checkpoint copies it into
// the file. Past the page cache, most of an article's index entries land on pages of their
// own, whatever their order: keys of new entities, aliases and surnames, mentions of the
// entities that recur, article ids. Into a store of 30 copies of bbc (64,000 articles), a
// transaction of 256 articles wrote ~1,900 pages of 16 KiB (aliases by key 31% of them,
// mentions 20%, entities by key 16%, surnames 9%, article ids 6%), against ~300 into an
// empty store. Batches held in one transaction write a page they share once: with the
// transaction a fixed share of the store, the pages written per article stop growing with it.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>

namespace claimgraph::store {

struct CommitPolicy {
  // A transaction holds batches until it has a divisor-th of the store's articles, at most
  // `most` (its pages changed stay in the page cache until it commits, or spill into the
  // WAL); a store with fewer than `least` * divisor articles commits every batch.
  // And for at most `most_seconds`: the transaction holds the write lock, and another writer
  // of the file (a second ingest) waits for it, up to its busy timeout of 10 s, as it did for
  // one batch.
  int64_t divisor = 16;
  size_t least = 512;
  size_t most = 4096;
  double most_seconds = 2.0;

  // The articles a transaction holds in a store of `stored` articles; 0: commit each batch.
  size_t Held(int64_t stored) const {
    const size_t n = stored > 0 ? static_cast<size_t>(stored / divisor) : 0;
    if (n < least) return 0;
    return n < most ? n : most;
  }
};

// The writer's open transaction: the articles it holds, since when.
class HeldTransaction {
 public:
  bool open() const { return open_; }
  size_t held() const { return held_; }
  void Began() {
    open_ = true;
    held_ = 0;
    began_ = std::chrono::steady_clock::now();
  }
  // A batch of `articles` new articles is written in it, in a store that now has `stored`:
  // whether to commit now.
  // `last`: the batch is one of an ingest's last (Store::LastBatches), held whatever the store's
  // size, for at most most_seconds still: the commits of the last batches are written after
  // the extraction threads have stopped, by the one writing thread.
  bool Add(size_t articles, int64_t stored, const CommitPolicy& policy, bool last = false) {
    held_ += articles;
    const std::chrono::duration<double> open_for = std::chrono::steady_clock::now() - began_;
    return (!last && held_ >= policy.Held(stored)) || open_for.count() >= policy.most_seconds;
  }
  // Committed or rolled back.
  void Ended() {
    open_ = false;
    held_ = 0;
  }

 private:
  bool open_ = false;
  size_t held_ = 0;
  std::chrono::steady_clock::time_point began_;
};

// The policy of the stores opened from now on (Store::Open); tests set a smaller one.
inline CommitPolicy& DefaultCommitPolicy() {
  static CommitPolicy policy;
  return policy;
}

}  // namespace claimgraph::store
