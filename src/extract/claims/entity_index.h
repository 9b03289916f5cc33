// Indexes over the entities and mentions the claim finder knows, so that a lookup costs
// what it finds rather than what the article holds (a description, a surname, a span).
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace claimgraph::extract::claims {

struct MentionRec {  // 12 bytes: an article holds a mention every few dozen bytes (issue 9)
  uint32_t pos;      // byte offset
  uint32_t ent;      // index into Extraction::entities
  uint32_t seq = 0;  // order among mentions at the same byte: the one added first comes first
};

struct MentionOrder {
  bool operator()(const MentionRec& a, const MentionRec& b) const {
    return a.pos != b.pos ? a.pos < b.pos : a.seq < b.seq;
  }
};

class EntityIndex {
 public:
  using Mentions = std::set<MentionRec, MentionOrder>;
  using Entities = std::vector<size_t>;

  // Mentions, in text order (same byte: in the order added).
  void Add(uint32_t pos, size_t ent);
  // Mentions added before Seal() are sorted as a vector sorted once by position would be.
  void Seal();
  const Mentions& mentions() const { return mentions_; }
  // Every mention, in the order added (after Seal(): those before it in text order first).
  const std::vector<MentionRec>& log() const { return log_; }
  // The first mention at byte `pos` or after it.
  Mentions::const_iterator AtOrAfter(uint32_t pos) const { return mentions_.lower_bound({pos, 0, 0}); }
  // The byte of the entity's first mention, or UINT32_MAX when it has none.
  uint32_t FirstPos(size_t ent) const {
    return ent < by_ent_.size() && !by_ent_[ent].empty() ? by_ent_[ent].begin()->first : UINT32_MAX;
  }
  // Of `ents`, the one with the latest mention before `pos`, else the one with the first
  // mention at or after it (as a walk back through the mentions, then forward, finds it);
  // SIZE_MAX when none of them is mentioned.
  size_t Nearest(const Entities& ents, uint32_t pos) const;
  // The entity's last mention before byte `pos` / first one after it, as (byte, seq) in
  // the order of mentions(); false when there is none.
  bool LastBefore(size_t ent, uint32_t pos, std::pair<uint32_t, uint64_t>* at) const;
  bool FirstAfter(size_t ent, uint32_t pos, std::pair<uint32_t, uint64_t>* at) const;

  // Role words ("congressman") the article gives an entity.
  void AddRole(size_t ent, const std::string& role);
  bool HasRole(size_t ent, const std::string& role) const;
  const Entities& RoleHolders(const std::string& role) const;

  // Names: every word of an entity's folded name, its last word and its acronym. A name
  // that changes is indexed again; callers check a candidate against its current name.
  void AddName(size_t ent, const std::string& folded, const std::string& name, const std::string& folded_end);
  const Entities& WithWord(const std::string& w) const { return Get(words_, w); }
  const Entities& WithLastWord(const std::string& w) const { return Get(last_words_, w); }
  const Entities& WithAcronym(const std::string& a) const { return Get(acronyms_, a); }
  // by the folded last word of the name as written ("Clinton" for "Hillary Clinton")
  const Entities& WithNameEnd(const std::string& w) const { return Get(name_ends_, w); }

 private:
  static const Entities& Get(const std::unordered_map<std::string, Entities>& m, const std::string& k) {
    static const Entities kNone;
    auto it = m.find(k);
    return it == m.end() ? kNone : it->second;
  }
  static void Put(std::unordered_map<std::string, Entities>& m, const std::string& k, size_t ent) {
    auto& v = m[k];
    if (v.empty() || v.back() != ent) v.push_back(ent);
  }

  bool sealed_ = false;
  uint32_t next_seq_ = 0;
  std::vector<MentionRec> pending_, log_;
  Mentions mentions_;
  // per entity: each byte it is mentioned at -> the first and last seq there
  std::vector<std::map<uint32_t, std::pair<uint32_t, uint32_t>>> by_ent_;
  void AddToEntity(const MentionRec& m);
  std::unordered_map<std::string, uint32_t> role_ids_;
  std::vector<Entities> role_holders_;
  std::unordered_set<uint64_t> has_role_;  // role id << 32 | entity
  std::unordered_map<std::string, Entities> words_, last_words_, acronyms_, name_ends_;
};

}  // namespace claimgraph::extract::claims
