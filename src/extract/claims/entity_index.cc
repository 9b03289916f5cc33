#include "extract/claims/entity_index.h"

#include <algorithm>
#include <climits>
#include <cstdint>

namespace claimgraph::extract::claims {

namespace {

// Storage that indexes of this thread gave back (the one of the article before, mostly).
std::vector<std::unique_ptr<EntityIndex::Storage>>& Pool() {
  thread_local std::vector<std::unique_ptr<EntityIndex::Storage>> pool;
  return pool;
}

// An article's usual size: containers larger than that are freed rather than kept.
constexpr size_t kKeptMentions = 1 << 14;
constexpr size_t kKeptEntities = 1 << 10;

}  // namespace

EntityIndex::EntityIndex()
    : storage_([] {
        auto& pool = Pool();
        if (pool.empty()) return std::make_unique<Storage>();
        std::unique_ptr<Storage> s = std::move(pool.back());
        pool.pop_back();
        return s;
      }()),
      base_(storage_->base),
      later_(storage_->later),
      later_log_(storage_->later_log),
      by_ent_(storage_->by_ent),
      by_ent_later_(storage_->by_ent_later),
      role_holders_(storage_->role_holders),
      words_(storage_->words),
      last_words_(storage_->last_words),
      acronyms_(storage_->acronyms),
      name_ends_(storage_->name_ends) {}

EntityIndex::~EntityIndex() {
  auto& pool = Pool();
  if (pool.size() >= 4) return;  // (more indexes at once than a thread's claim finder makes)
  storage_->Clear();
  pool.push_back(std::move(storage_));
}

void EntityIndex::WordIndex::Clear() {
  for (size_t i = 0; i < used_; ++i) lists_[i].clear();
  used_ = 0;
  ids_.Clear();
  if (lists_.size() > kKeptEntities) lists_.clear();
}

void EntityIndex::Storage::Clear() {
  base.clear();
  if (base.capacity() > kKeptMentions) base = {};
  later.clear();
  later_log.clear();
  for (auto& v : by_ent) v.clear();
  for (auto& m : by_ent_later) m.clear();
  if (by_ent.size() > kKeptEntities) by_ent = {};
  if (by_ent_later.size() > kKeptEntities) by_ent_later = {};
  for (WordIndex* w : {&role_holders, &words, &last_words, &acronyms, &name_ends}) w->Clear();
}

bool EntityIndex::Add(uint32_t pos, size_t ent) {
  MentionRec rec{pos, static_cast<uint32_t>(ent), next_seq_++};
  if (!sealed_) {
    base_.push_back(rec);
    return true;
  }
  if (LatestAt(pos) == rec.ent) return false;
  later_.insert(rec);
  later_log_.push_back(rec);
  return AddToEntity(rec);
}

// The entity of the mention at byte `pos` added last, or UINT32_MAX when there is none. A mention
// of that entity again at that byte would change no order the index gives (the entity's last
// mention there would still come after every other one's), only add a copy for every walk over
// the mentions to step over: a pronoun resolved again and again in a "sentence" of thousands of
// words (text with no full stops) made that walk quadratic.
uint32_t EntityIndex::LatestAt(uint32_t pos) const {
  auto it = later_.lower_bound(MentionRec{pos + 1, 0, 0});
  if (it != later_.begin() && std::prev(it)->pos == pos) return std::prev(it)->ent;
  auto b = std::lower_bound(base_.begin(), base_.end(), MentionRec{pos + 1, 0, 0}, MentionOrder());
  if (b != base_.begin() && std::prev(b)->pos == pos) return std::prev(b)->ent;
  return UINT32_MAX;
}

// A mention added after Seal(): its byte updates the entity's sorted vector when it is there
// (a later seq only raises `last`), else goes into the entity's map.
bool EntityIndex::AddToEntity(const MentionRec& m) {
  if (by_ent_.size() <= m.ent) by_ent_.resize(m.ent + 1);
  if (by_ent_later_.size() <= m.ent) by_ent_later_.resize(m.ent + 1);
  std::vector<EntityPos>& v = by_ent_[m.ent];
  auto it =
      std::lower_bound(v.begin(), v.end(), m.pos, [](const EntityPos& e, uint32_t p) { return e.pos < p; });
  if (it != v.end() && it->pos == m.pos) {
    it->first = std::min(it->first, m.seq);
    it->last = std::max(it->last, m.seq);
    return false;
  }
  auto [at, fresh] = by_ent_later_[m.ent].emplace(m.pos, std::pair<uint32_t, uint32_t>{m.seq, m.seq});
  if (!fresh) {
    at->second.first = std::min(at->second.first, m.seq);
    at->second.second = std::max(at->second.second, m.seq);
  }
  return fresh;
}

void EntityIndex::Seal() {
  // The same order as inserting each at its upper bound by position, then std::sort by
  // position once more (which may reorder mentions at the same byte).
  std::stable_sort(base_.begin(), base_.end(),
                   [](const MentionRec& a, const MentionRec& b) { return a.pos < b.pos; });
  std::sort(base_.begin(), base_.end(),
            [](const MentionRec& a, const MentionRec& b) { return a.pos < b.pos; });
  uint32_t seq = 0;
  size_t ents = 0;
  for (MentionRec& m : base_) {
    m.seq = seq++;
    ents = std::max<size_t>(ents, m.ent + 1);
  }
  next_seq_ = seq;
  // each entity's bytes, in text order, in a vector allocated once (room for each mention)
  std::vector<uint32_t>& count = storage_->count;
  count.assign(ents, 0);
  for (const MentionRec& m : base_) ++count[m.ent];
  by_ent_.resize(std::max(by_ent_.size(), ents));
  for (size_t e = 0; e < ents; ++e) by_ent_[e].reserve(count[e]);
  for (const MentionRec& m : base_) {
    std::vector<EntityPos>& v = by_ent_[m.ent];
    if (!v.empty() && v.back().pos == m.pos)
      v.back().last = m.seq;  // seqs rise in text order
    else
      v.push_back({m.pos, m.seq, m.seq});
  }
  sealed_ = true;
}

uint32_t EntityIndex::FirstPos(size_t ent) const {
  EntityPos at{};
  return From(ent, 0, false, &at) ? at.pos : UINT32_MAX;
}

bool EntityIndex::Before(size_t ent, uint32_t pos, EntityPos* at) const {
  bool found = false;
  if (ent < by_ent_.size()) {
    const auto& v = by_ent_[ent];
    auto it =
        std::lower_bound(v.begin(), v.end(), pos, [](const EntityPos& e, uint32_t p) { return e.pos < p; });
    if (it != v.begin()) {
      *at = *std::prev(it);
      found = true;
    }
  }
  if (ent < by_ent_later_.size()) {
    const auto& m = by_ent_later_[ent];
    auto it = m.lower_bound(pos);
    if (it != m.begin()) {
      --it;
      if (!found || it->first > at->pos) {
        *at = {it->first, it->second.first, it->second.second};
        found = true;
      }
    }
  }
  return found;
}

bool EntityIndex::From(size_t ent, uint32_t pos, bool strictly, EntityPos* at) const {
  bool found = false;
  if (ent < by_ent_.size()) {
    const auto& v = by_ent_[ent];
    auto it = strictly ? std::upper_bound(v.begin(), v.end(), pos,
                                          [](uint32_t p, const EntityPos& e) { return p < e.pos; })
                       : std::lower_bound(v.begin(), v.end(), pos,
                                          [](const EntityPos& e, uint32_t p) { return e.pos < p; });
    if (it != v.end()) {
      *at = *it;
      found = true;
    }
  }
  if (ent < by_ent_later_.size()) {
    const auto& m = by_ent_later_[ent];
    auto it = strictly ? m.upper_bound(pos) : m.lower_bound(pos);
    if (it != m.end() && (!found || it->first < at->pos)) {
      *at = {it->first, it->second.first, it->second.second};
      found = true;
    }
  }
  return found;
}

size_t EntityIndex::Nearest(const Entities& ents, uint32_t pos) const {
  size_t best = SIZE_MAX;
  std::pair<uint32_t, uint64_t> at{0, 0};
  EntityPos p{};
  for (size_t e : ents) {  // the latest mention before pos
    if (!Before(e, pos, &p)) continue;
    std::pair<uint32_t, uint64_t> here{p.pos, p.last};
    if (best == SIZE_MAX || here > at) {
      best = e;
      at = here;
    }
  }
  if (best != SIZE_MAX) return best;
  for (size_t e : ents) {  // else the first one at or after it
    if (!From(e, pos, false, &p)) continue;
    std::pair<uint32_t, uint64_t> here{p.pos, p.first};
    if (best == SIZE_MAX || here < at) {
      best = e;
      at = here;
    }
  }
  return best;
}

bool EntityIndex::LastBefore(size_t ent, uint32_t pos, std::pair<uint32_t, uint64_t>* at) const {
  EntityPos p{};
  if (!Before(ent, pos, &p)) return false;
  *at = {p.pos, p.last};
  return true;
}

bool EntityIndex::FirstAfter(size_t ent, uint32_t pos, std::pair<uint32_t, uint64_t>* at) const {
  EntityPos p{};
  if (!From(ent, pos, true, &p)) return false;
  *at = {p.pos, p.first};
  return true;
}

void EntityIndex::AddRole(size_t ent, const std::string& role) {
  Entities& holders = role_holders_.List(role);
  if (std::find(holders.begin(), holders.end(), ent) == holders.end()) holders.push_back(ent);
}

bool EntityIndex::HasRole(size_t ent, const std::string& role) const {
  const Entities& holders = RoleHolders(role);
  return std::find(holders.begin(), holders.end(), ent) != holders.end();
}

const EntityIndex::Entities& EntityIndex::RoleHolders(const std::string& role) const {
  return role_holders_.Get(role);
}

void EntityIndex::AddName(size_t ent, const std::string& folded, const std::string& name,
                          const std::string& folded_end) {
  name_ends_.Put(folded_end, ent);
  const std::string_view f = folded;
  size_t i = 0;
  while (i <= f.size()) {
    size_t j = f.find(' ', i);
    if (j == std::string_view::npos) j = f.size();
    words_.Put(f.substr(i, j - i), ent);
    i = j + 1;
  }
  size_t sp = f.rfind(' ');
  last_words_.Put(sp == std::string_view::npos ? f : f.substr(sp + 1), ent);
  std::string acro;
  i = 0;
  while (i < name.size()) {
    if (name[i] >= 'A' && name[i] <= 'Z') acro.push_back(static_cast<char>(name[i] - 'A' + 'a'));
    size_t j = name.find(' ', i);
    if (j == std::string::npos) break;
    i = j + 1;
  }
  if (acro.size() >= 2) acronyms_.Put(acro, ent);
}

}  // namespace claimgraph::extract::claims
