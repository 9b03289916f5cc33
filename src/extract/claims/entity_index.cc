#include "extract/claims/entity_index.h"

#include <algorithm>
#include <climits>
#include <cstdint>

namespace claimgraph::extract::claims {

void EntityIndex::Add(uint32_t pos, size_t ent) {
  MentionRec rec{pos, static_cast<uint32_t>(ent), next_seq_++};
  if (!sealed_) {
    pending_.push_back(rec);
    return;
  }
  mentions_.insert(rec);
  log_.push_back(rec);
  AddToEntity(rec);
}

void EntityIndex::AddToEntity(const MentionRec& m) {
  if (by_ent_.size() <= m.ent) by_ent_.resize(m.ent + 1);
  auto [it, fresh] = by_ent_[m.ent].emplace(m.pos, std::pair<uint32_t, uint32_t>{m.seq, m.seq});
  if (!fresh) {
    it->second.first = std::min(it->second.first, m.seq);
    it->second.second = std::max(it->second.second, m.seq);
  }
}

void EntityIndex::Seal() {
  // The same order as inserting each at its upper bound by position, then std::sort by
  // position once more (which may reorder mentions at the same byte).
  std::stable_sort(pending_.begin(), pending_.end(),
                   [](const MentionRec& a, const MentionRec& b) { return a.pos < b.pos; });
  std::sort(pending_.begin(), pending_.end(),
            [](const MentionRec& a, const MentionRec& b) { return a.pos < b.pos; });
  uint32_t seq = 0;
  for (MentionRec& m : pending_) {
    m.seq = seq++;
    mentions_.insert(mentions_.end(), m);
    log_.push_back(m);
    AddToEntity(m);
  }
  next_seq_ = seq;
  pending_.clear();
  pending_.shrink_to_fit();
  sealed_ = true;
}

size_t EntityIndex::Nearest(const Entities& ents, uint32_t pos) const {
  size_t best = SIZE_MAX;
  std::pair<uint32_t, uint64_t> at{0, 0};
  for (size_t e : ents) {  // the latest mention before pos
    if (e >= by_ent_.size()) continue;
    const auto& v = by_ent_[e];
    auto it = v.lower_bound(pos);
    if (it == v.begin()) continue;
    --it;
    std::pair<uint32_t, uint64_t> here{it->first, it->second.second};
    if (best == SIZE_MAX || here > at) {
      best = e;
      at = here;
    }
  }
  if (best != SIZE_MAX) return best;
  for (size_t e : ents) {  // else the first one at or after it
    if (e >= by_ent_.size()) continue;
    const auto& v = by_ent_[e];
    auto it = v.lower_bound(pos);
    if (it == v.end()) continue;
    std::pair<uint32_t, uint64_t> here{it->first, it->second.first};
    if (best == SIZE_MAX || here < at) {
      best = e;
      at = here;
    }
  }
  return best;
}

bool EntityIndex::LastBefore(size_t ent, uint32_t pos, std::pair<uint32_t, uint64_t>* at) const {
  if (ent >= by_ent_.size()) return false;
  const auto& v = by_ent_[ent];
  auto it = v.lower_bound(pos);
  if (it == v.begin()) return false;
  --it;
  *at = {it->first, it->second.second};
  return true;
}

bool EntityIndex::FirstAfter(size_t ent, uint32_t pos, std::pair<uint32_t, uint64_t>* at) const {
  if (ent >= by_ent_.size()) return false;
  const auto& v = by_ent_[ent];
  auto it = v.upper_bound(pos);
  if (it == v.end()) return false;
  *at = {it->first, it->second.first};
  return true;
}

void EntityIndex::AddRole(size_t ent, const std::string& role) {
  auto [it, fresh] = role_ids_.emplace(role, static_cast<uint32_t>(role_holders_.size()));
  if (fresh) role_holders_.emplace_back();
  uint64_t key = (static_cast<uint64_t>(it->second) << 32) | static_cast<uint64_t>(ent);
  if (has_role_.insert(key).second) role_holders_[it->second].push_back(ent);
}

bool EntityIndex::HasRole(size_t ent, const std::string& role) const {
  auto it = role_ids_.find(role);
  if (it == role_ids_.end()) return false;
  return has_role_.count((static_cast<uint64_t>(it->second) << 32) | static_cast<uint64_t>(ent)) > 0;
}

const EntityIndex::Entities& EntityIndex::RoleHolders(const std::string& role) const {
  static const Entities kNone;
  auto it = role_ids_.find(role);
  return it == role_ids_.end() ? kNone : role_holders_[it->second];
}

void EntityIndex::AddName(size_t ent, const std::string& folded, const std::string& name,
                          const std::string& folded_end) {
  Put(name_ends_, folded_end, ent);
  size_t i = 0;
  while (i <= folded.size()) {
    size_t j = folded.find(' ', i);
    if (j == std::string::npos) j = folded.size();
    Put(words_, folded.substr(i, j - i), ent);
    i = j + 1;
  }
  size_t sp = folded.rfind(' ');
  Put(last_words_, sp == std::string::npos ? folded : folded.substr(sp + 1), ent);
  std::string acro;
  i = 0;
  while (i < name.size()) {
    if (name[i] >= 'A' && name[i] <= 'Z') acro.push_back(static_cast<char>(name[i] - 'A' + 'a'));
    size_t j = name.find(' ', i);
    if (j == std::string::npos) break;
    i = j + 1;
  }
  if (acro.size() >= 2) Put(acronyms_, acro, ent);
}

}  // namespace claimgraph::extract::claims
