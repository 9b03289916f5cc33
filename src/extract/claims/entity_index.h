// Indexes over the entities and mentions the claim finder knows, so that a lookup costs
// what it finds rather than what the article holds (a description, a surname, a span).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <iterator>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/word_table.h"

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

// The index of one article. Its containers come from a pool of the thread and go back to it,
// emptied, when the index is destroyed: the next article's index fills the same vectors and
// tables instead of allocating its own (issue 12).
class EntityIndex {
 public:
  using Entities = std::vector<size_t>;
  using Later = std::set<MentionRec, MentionOrder>;

  EntityIndex();
  ~EntityIndex();
  EntityIndex(const EntityIndex&) = delete;
  EntityIndex& operator=(const EntityIndex&) = delete;

  // The mentions in text order (same byte: in the order added): those added before Seal()
  // in one sorted vector (12 bytes each), the few added after it in a set, read as one
  // sequence by a bidirectional iterator that merges the two.
  class Mentions {
   public:
    class const_iterator {
     public:
      using iterator_category = std::bidirectional_iterator_tag;
      using value_type = MentionRec;
      using difference_type = std::ptrdiff_t;
      using pointer = const MentionRec*;
      using reference = const MentionRec&;
      const_iterator() = default;
      reference operator*() const { return FromBase() ? (*base_)[i_] : *it_; }
      pointer operator->() const { return &**this; }
      const_iterator& operator++() {
        if (FromBase())
          ++i_;
        else
          ++it_;
        return *this;
      }
      const_iterator& operator--() {  // back to the larger of the two elements before
        bool base_back = i_ > 0, later_back = it_ != later_->begin();
        if (base_back && later_back) base_back = MentionOrder()(*std::prev(it_), (*base_)[i_ - 1]);
        if (base_back)
          --i_;
        else
          --it_;
        return *this;
      }
      const_iterator operator++(int) {
        const_iterator t = *this;
        ++*this;
        return t;
      }
      const_iterator operator--(int) {
        const_iterator t = *this;
        --*this;
        return t;
      }
      bool operator==(const const_iterator& o) const { return i_ == o.i_ && it_ == o.it_; }
      bool operator!=(const const_iterator& o) const { return !(*this == o); }

     private:
      friend class Mentions;
      const_iterator(const std::vector<MentionRec>* base, size_t i, const Later* later,
                     Later::const_iterator it)
          : base_(base), i_(i), later_(later), it_(it) {}
      // Is the current element the base vector's (the smaller of the two heads)?
      bool FromBase() const {
        if (i_ == base_->size()) return false;
        return it_ == later_->end() || MentionOrder()((*base_)[i_], *it_);
      }
      const std::vector<MentionRec>* base_ = nullptr;
      size_t i_ = 0;
      const Later* later_ = nullptr;
      Later::const_iterator it_;
    };
    using const_reverse_iterator = std::reverse_iterator<const_iterator>;

    Mentions(const std::vector<MentionRec>* base, const Later* later) : base_(base), later_(later) {}
    const_iterator begin() const { return {base_, 0, later_, later_->begin()}; }
    const_iterator end() const { return {base_, base_->size(), later_, later_->end()}; }
    const_reverse_iterator rbegin() const { return const_reverse_iterator(end()); }
    const_reverse_iterator rend() const { return const_reverse_iterator(begin()); }
    // The first mention at byte `pos` or after it.
    const_iterator LowerBound(uint32_t pos) const {
      MentionRec key{pos, 0, 0};
      size_t i = static_cast<size_t>(std::lower_bound(base_->begin(), base_->end(), key, MentionOrder()) -
                                     base_->begin());
      return {base_, i, later_, later_->lower_bound(key)};
    }

   private:
    const std::vector<MentionRec>* base_;
    const Later* later_;
  };

  // Every mention in the order added (after Seal(): those added before it in text order
  // first): the base vector, then the later ones.
  class Log {
   public:
    Log(const std::vector<MentionRec>* base, const std::vector<MentionRec>* later)
        : base_(base), later_(later) {}
    size_t size() const { return base_->size() + later_->size(); }
    const MentionRec& operator[](size_t i) const {
      return i < base_->size() ? (*base_)[i] : (*later_)[i - base_->size()];
    }

   private:
    const std::vector<MentionRec>* base_;
    const std::vector<MentionRec>* later_;
  };

  // Room for n mentions added before Seal().
  void Reserve(size_t n) { base_.reserve(n); }
  // Mentions, in text order (same byte: in the order added). After Seal(), false when the entity
  // was mentioned at pos before (the index then answers every question about positions and
  // entities as it did); before, true.
  // (Once sealed, a mention of the entity that was mentioned last at that byte is not added again.)
  bool Add(uint32_t pos, size_t ent);
  // Mentions added before Seal() are sorted as a vector sorted once by position would be.
  void Seal();
  Mentions mentions() const { return Mentions(&base_, &later_); }
  Log log() const { return Log(&base_, &later_log_); }
  // The first mention at byte `pos` or after it.
  Mentions::const_iterator AtOrAfter(uint32_t pos) const { return mentions().LowerBound(pos); }
  // The byte of the entity's first mention, or UINT32_MAX when it has none.
  uint32_t FirstPos(size_t ent) const;
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
  const Entities& WithWord(std::string_view w) const { return words_.Get(w); }
  const Entities& WithLastWord(std::string_view w) const { return last_words_.Get(w); }
  const Entities& WithAcronym(std::string_view a) const { return acronyms_.Get(a); }
  // by the folded last word of the name as written ("Clinton" for "Hillary Clinton")
  const Entities& WithNameEnd(std::string_view w) const { return name_ends_.Get(w); }

 private:
  uint32_t LatestAt(uint32_t pos) const;
  // Words -> lists of entities (the names' words in the order added, never one twice in a row;
  // the holders of a role). The lists stay where they are (a deque) while others are added, and
  // keep their storage when the index is cleared.
  class WordIndex {
   public:
    const Entities& Get(std::string_view k) const {
      static const Entities kNone;
      const uint32_t* id = ids_.Find(k);
      return id == nullptr ? kNone : lists_[*id - 1];
    }
    // The list of k, empty when new.
    Entities& List(std::string_view k) {
      uint32_t& id = ids_[k];
      if (id == 0) {
        if (used_ == lists_.size()) lists_.emplace_back();
        id = static_cast<uint32_t>(++used_);
      }
      return lists_[id - 1];
    }
    void Put(std::string_view k, size_t ent) {
      Entities& v = List(k);
      if (v.empty() || v.back() != ent) v.push_back(ent);
    }
    void Clear();

   private:
    internal::WordTable<uint32_t> ids_;  // word -> 1 + index into lists_
    std::deque<Entities> lists_;         // [0, used_) in use
    size_t used_ = 0;
  };
  // Per entity, each byte it is mentioned at with the first and last seq there.
  struct EntityPos {
    uint32_t pos, first, last;
  };

 public:
  // What the index holds, pooled per thread (entity_index.cc).
  struct Storage {
    std::vector<MentionRec> base;       // before Seal(): as added; after: sorted
    Later later;                        // added after Seal()
    std::vector<MentionRec> later_log;  // the same, in the order added
    // the bytes of mentions added before Seal() in a sorted vector, bytes first seen after it in a map
    std::vector<std::vector<EntityPos>> by_ent;
    std::vector<std::map<uint32_t, std::pair<uint32_t, uint32_t>>> by_ent_later;
    WordIndex role_holders;  // role word -> its holders, in the order added
    WordIndex words, last_words, acronyms, name_ends;
    std::vector<uint32_t> count;  // Seal()'s mentions per entity
    // Empties every container, keeping the storage of those of an article's usual size.
    void Clear();
  };

 private:
  bool sealed_ = false;
  uint32_t next_seq_ = 0;
  std::unique_ptr<Storage> storage_;
  std::vector<MentionRec>& base_;
  Later& later_;
  std::vector<MentionRec>& later_log_;
  std::vector<std::vector<EntityPos>>& by_ent_;
  std::vector<std::map<uint32_t, std::pair<uint32_t, uint32_t>>>& by_ent_later_;
  // The entity's last byte before pos / first byte at or after pos (after it: `strictly`).
  bool Before(size_t ent, uint32_t pos, EntityPos* at) const;
  bool From(size_t ent, uint32_t pos, bool strictly, EntityPos* at) const;
  bool AddToEntity(const MentionRec& m);  // a mention added after Seal(): false if its byte was known
  WordIndex& role_holders_;
  WordIndex &words_, &last_words_, &acronyms_, &name_ends_;
};

}  // namespace claimgraph::extract::claims
