// The claim finder's mention index (issue 9): mentions added before Seal() live in one sorted
// vector, those added after it in a set, and the index reads them as one sequence. Checked
// against a plain model (a std::set of every mention, per entity a std::map of its bytes)
// on random mentions, since speakers resolve through this order.
#include <catch2/catch.hpp>

#include <cstdint>
#include <map>
#include <random>
#include <set>
#include <utility>
#include <vector>

#include "extract/claims/entity_index.h"

using claimgraph::extract::claims::EntityIndex;
using claimgraph::extract::claims::MentionOrder;
using claimgraph::extract::claims::MentionRec;

namespace {

struct Model {
  std::set<MentionRec, MentionOrder> all;
  std::vector<std::map<uint32_t, std::pair<uint32_t, uint32_t>>> by_ent{8};
  void Add(const MentionRec& m) {
    all.insert(m);
    auto [it, fresh] = by_ent[m.ent].emplace(m.pos, std::pair<uint32_t, uint32_t>{m.seq, m.seq});
    if (!fresh) {
      it->second.first = std::min(it->second.first, m.seq);
      it->second.second = std::max(it->second.second, m.seq);
    }
  }
};

bool Same(const MentionRec& a, const MentionRec& b) {
  return a.pos == b.pos && a.ent == b.ent && a.seq == b.seq;
}

}  // namespace

TEST_CASE("the mention index reads mentions added before and after Seal as one sorted sequence",
          "[claims][index]") {
  std::mt19937 rng(7);
  for (int round = 0; round < 20; ++round) {
    EntityIndex idx;
    Model model;
    std::vector<MentionRec> before;
    int n_before = static_cast<int>(rng() % 200), n_after = static_cast<int>(rng() % 60);
    uint32_t range = 50 + rng() % 400;  // small ranges put several mentions at one byte
    for (int i = 0; i < n_before; ++i) {
      MentionRec m{static_cast<uint32_t>(rng() % range), static_cast<uint32_t>(rng() % 8), 0};
      CHECK(idx.Add(m.pos, m.ent));  // (before Seal: always)
      before.push_back(m);
    }
    idx.Seal();
    // Seal numbers the earlier mentions in text order (a sort by position)
    std::vector<MentionRec> sealed;
    for (auto it = idx.mentions().begin(); it != idx.mentions().end(); ++it) sealed.push_back(*it);
    REQUIRE(sealed.size() == before.size());
    for (size_t i = 0; i < sealed.size(); ++i) {
      CHECK(sealed[i].seq == i);
      if (i > 0) CHECK(sealed[i - 1].pos <= sealed[i].pos);
      model.Add(sealed[i]);
    }
    uint32_t seq = static_cast<uint32_t>(before.size());
    for (int i = 0; i < n_after; ++i) {
      MentionRec m{static_cast<uint32_t>(rng() % range), static_cast<uint32_t>(rng() % 8), seq++};
      // (true when the entity had no mention at that byte: the claim finder keeps the subjects
      // it found while the index answers as before)
      CHECK(idx.Add(m.pos, m.ent) == (model.by_ent[m.ent].count(m.pos) == 0));
      // (the entity mentioned last at that byte is not added there again)
      auto latest = model.all.lower_bound({m.pos + 1, 0, 0});
      if (latest != model.all.begin() && std::prev(latest)->pos == m.pos && std::prev(latest)->ent == m.ent)
        continue;
      model.Add(m);
    }
    // forward and backward walks from every byte agree with the model
    std::vector<MentionRec> all(model.all.begin(), model.all.end());
    std::vector<MentionRec> fwd;
    for (auto it = idx.mentions().begin(); it != idx.mentions().end(); ++it) fwd.push_back(*it);
    REQUIRE(fwd.size() == all.size());
    for (size_t i = 0; i < all.size(); ++i) CHECK(Same(fwd[i], all[i]));
    std::vector<MentionRec> back;
    for (auto it = idx.mentions().rbegin(); it != idx.mentions().rend(); ++it) back.push_back(*it);
    REQUIRE(back.size() == all.size());
    for (size_t i = 0; i < all.size(); ++i) CHECK(Same(back[i], all[all.size() - 1 - i]));
    REQUIRE(idx.log().size() == all.size());
    for (uint32_t pos = 0; pos <= range; ++pos) {
      auto it = idx.AtOrAfter(pos);
      auto ref = model.all.lower_bound({pos, 0, 0});
      if (ref == model.all.end()) {
        CHECK(it == idx.mentions().end());
      } else {
        CHECK(Same(*it, *ref));
      }
      auto rit = std::make_reverse_iterator(it);
      auto rref = std::make_reverse_iterator(ref);
      if (rref == model.all.rend()) {
        CHECK(rit == idx.mentions().rend());
      } else {
        CHECK(Same(*rit, *rref));
      }
      for (size_t e = 0; e < 8; ++e) {
        const auto& m = model.by_ent[e];
        std::pair<uint32_t, uint64_t> at{};
        auto lb = m.lower_bound(pos);
        bool has_before = lb != m.begin();
        REQUIRE(idx.LastBefore(e, pos, &at) == has_before);
        if (has_before)
          CHECK(at == std::pair<uint32_t, uint64_t>{std::prev(lb)->first, std::prev(lb)->second.second});
        auto ub = m.upper_bound(pos);
        REQUIRE(idx.FirstAfter(e, pos, &at) == (ub != m.end()));
        if (ub != m.end()) CHECK(at == std::pair<uint32_t, uint64_t>{ub->first, ub->second.first});
      }
      EntityIndex::Entities ents = {1, 3, 5};
      size_t best = SIZE_MAX;
      std::pair<uint32_t, uint64_t> best_at{};
      for (size_t e : ents) {
        auto lb = model.by_ent[e].lower_bound(pos);
        if (lb == model.by_ent[e].begin()) continue;
        --lb;
        std::pair<uint32_t, uint64_t> here{lb->first, lb->second.second};
        if (best == SIZE_MAX || here > best_at) best = e, best_at = here;
      }
      if (best == SIZE_MAX)
        for (size_t e : ents) {
          auto lb = model.by_ent[e].lower_bound(pos);
          if (lb == model.by_ent[e].end()) continue;
          std::pair<uint32_t, uint64_t> here{lb->first, lb->second.first};
          if (best == SIZE_MAX || here < best_at) best = e, best_at = here;
        }
      CHECK(idx.Nearest(ents, pos) == best);
    }
    for (size_t e = 0; e < 8; ++e)
      CHECK(idx.FirstPos(e) == (model.by_ent[e].empty() ? UINT32_MAX : model.by_ent[e].begin()->first));
  }
}

TEST_CASE("an article's index knows nothing of the article before it on the thread", "[claims][index]") {
  {
    EntityIndex first;
    first.Add(10, 0);
    first.Add(40, 1);
    first.Seal();
    first.Add(20, 2);
    first.AddRole(0, "senator");
    first.AddName(1, "hillary clinton", "Hillary Clinton", "clinton");
    REQUIRE(first.WithLastWord("clinton") == EntityIndex::Entities{1});
    REQUIRE(first.RoleHolders("senator") == EntityIndex::Entities{0});
  }
  // the next index takes the storage the first one gave back
  EntityIndex next;
  CHECK(next.mentions().begin() == next.mentions().end());
  CHECK(next.log().size() == 0);
  CHECK(next.FirstPos(0) == UINT32_MAX);
  CHECK(next.FirstPos(2) == UINT32_MAX);
  CHECK(next.WithLastWord("clinton").empty());
  CHECK(next.WithWord("hillary").empty());
  CHECK(next.WithAcronym("hc").empty());
  CHECK(next.WithNameEnd("clinton").empty());
  CHECK(next.RoleHolders("senator").empty());
  next.AddName(3, "bill clinton", "Bill Clinton", "clinton");
  next.Add(5, 3);
  next.Seal();
  CHECK(next.WithLastWord("clinton") == EntityIndex::Entities{3});
  CHECK(next.FirstPos(3) == 5);
}

TEST_CASE("a mention added again at the byte where its entity was mentioned last is one mention",
          "[claims][index]") {
  // A pronoun resolved again for every cue of a run-on "sentence" must not pile up copies that
  // every later walk over the mentions steps over.
  EntityIndex idx;
  idx.Add(10, 0);
  idx.Seal();
  for (int i = 0; i < 1000; ++i) idx.Add(10, 0);  // the sealed mention, again and again
  for (int i = 0; i < 1000; ++i) idx.Add(30, 1);  // a later one, again and again
  idx.Add(30, 2);
  idx.Add(30, 1);  // after another entity's mention there: its order changes, so it is kept
  std::vector<std::pair<uint32_t, uint32_t>> seen;
  for (auto it = idx.mentions().begin(); it != idx.mentions().end(); ++it)
    seen.emplace_back(it->pos, it->ent);
  CHECK(seen == std::vector<std::pair<uint32_t, uint32_t>>{{10, 0}, {30, 1}, {30, 2}, {30, 1}});
  CHECK(idx.log().size() == 4);
  std::pair<uint32_t, uint64_t> one{}, two{};
  REQUIRE(idx.LastBefore(1, 31, &one));
  REQUIRE(idx.LastBefore(2, 31, &two));
  CHECK(one > two);  // entity 1 was mentioned at byte 30 after entity 2
}
