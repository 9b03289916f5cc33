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

#include <cstddef>
#include <cstdint>

namespace claimgraph::store {

struct CommitPolicy {
  // A transaction holds batches until it has a divisor-th of the store's articles, at most
  // `most` (its pages changed stay in the page cache until it commits, or spill into the
  // WAL); a store with fewer than `least` * divisor articles commits every batch.
  int64_t divisor = 16;
  size_t least = 512;
  size_t most = 4096;

  // The articles a transaction holds in a store of `stored` articles; 0: commit each batch.
  size_t Held(int64_t stored) const {
    const size_t n = stored > 0 ? static_cast<size_t>(stored / divisor) : 0;
    if (n < least) return 0;
    return n < most ? n : most;
  }
};

// The policy of the stores opened from now on (Store::Open); tests set a smaller one.
inline CommitPolicy& DefaultCommitPolicy() {
  static CommitPolicy policy;
  return policy;
}

}  // namespace claimgraph::store
