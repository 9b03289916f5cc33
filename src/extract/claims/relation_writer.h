// The one place a relation enters an extraction: RelationWriter::Add applies the checks every
// edge passes (a side that can take one, no stance of a quote's speaker put in another's mouth,
// no stance toward oneself, each (source, type, target) once) and numbers the edge. Both passes
// that read relations write through one writer: the claims' (relations.cc), then the sentences'
// (sentence_relations.cc), so an edge read by both is kept as the first read it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "extract/claims/stance.h"
#include "extract/claims/view.h"

namespace claimgraph::extract::claims {

class RelationWriter {
 public:
  RelationWriter(const Doc& doc, SpeakerResolver* speakers, Extraction* out,
                 const std::vector<std::pair<uint32_t, uint32_t>>& sentences)
      : doc_(doc), speakers_(speakers), out_(out), sentences_(sentences) {}

  // A source that can take a stance: a person, organization or country, not a place or event
  // ("" otherwise).
  std::string Agent(const std::string& id) const;

  // Adds the edge shown by tokens [ev_first, ev_last); false when a check refuses it or it was
  // added before. `target` is an entity id, or "" with `target_text` saying what it is toward.
  bool Add(const std::string& source, const std::string& type, const std::string& target,
           const std::string& target_text, const std::string& claim, uint32_t ev_first, uint32_t ev_last);

  // Adds the edge, and the same edge for each other one named in a coordinated subject that ends
  // before the verb at v ("Gordon Brown and Tony Blair mocked Y"); nothing more when v is lo.
  void AddShared(const std::string& source, const std::string& type, const std::string& target,
                 const std::string& target_text, const std::string& claim, uint32_t lo, uint32_t v,
                 uint32_t ev_first, uint32_t ev_last);

  // "Turkey will not be a burden" read both ways: one claim taking both sides of one target says
  // neither; the edge of the other side already written is taken back (true), and no other side
  // of that source is read from the claim.
  bool TwoSides(const std::string& source, const std::string& type, const std::string& object,
                const std::string& claim);

  // Is the country `id`, named up to token `end`, a modifier of the noun after it ("UK rap band",
  // "the US court's jurisdiction"), not the thing itself?
  bool OfficeOfName(const std::string& id, uint32_t end) const;
  bool CountryModifier(const std::string& id, uint32_t end, uint32_t hi) const;

  // The object of a stance phrase at token i: an entity when one is named there, else its text.
  // Returns the end of the object phrase (exclusive).
  uint32_t Object(uint32_t i, uint32_t hi, std::string* target, std::string* text, bool proposal = false,
                  bool charge = false);

  // "criticized Michael Howard and Charles Kennedy", "praised both A and B": the others named in a
  // list of names the object at i opens (the first is Object's), read by ListedNames
  // (sentence_edges.h).
  std::vector<std::string> MoreObjects(uint32_t i, uint32_t hi) const;

  // Is `id` one of the names listed from token i ("either Tony Blair or Gordon Brown", "A, B and
  // C": names joined by commas and claims_words.tsv's `list` words), before hi? One named in a
  // stance's object is not its source ("she would not support either Tony Blair or Gordon Brown").
  bool ListNames(const std::string& id, uint32_t i, uint32_t hi) const;

  // "spoke to both Putin and Zelensky": one edge per person named in [i, hi).
  void Targets(const std::string& src, const std::string& type, uint32_t i, uint32_t hi, uint32_t sf);

  // The token being read by the sentence pass, for Add's quote check.
  void SetQuotedTok(uint32_t k) { quoted_tok_ = k; }
  // The text of the claim giving the stance ("" outside one), for Add's refusals.
  void SetContent(std::string_view claim_text) { claim_words_ = ClaimWordsCache(claim_text); }

 private:
  static constexpr uint32_t kNoTok = UINT32_MAX;
  const Doc& doc_;
  SpeakerResolver* speakers_;
  Extraction* out_;
  const std::vector<std::pair<uint32_t, uint32_t>>& sentences_;
  std::unordered_set<std::string> seen_;  // relations added, as source NUL type NUL target
  std::unordered_set<std::string> torn_;  // claim NUL source of a claim read both ways: no more sides
  std::string key_;                       // TwoSides' buffer for the other side's key
  uint32_t quoted_tok_ = kNoTok;
  std::string owner_;  // the target Object read from a possessive pronoun ("his deal"), if any
  ClaimWordsCache claim_words_;
};

// The sentence pass: stance verbs and phrases, contacts and roles read from every sentence
// ("X criticized Y", "X, a critic of Y", "X met Y"), after the claims' relations.
void AddSentenceRelations(const Doc& doc, const std::vector<ClaimSite>& sites,
                          const std::vector<std::pair<uint32_t, uint32_t>>& sentences,
                          SpeakerResolver* speakers, Extraction* out, RelationWriter* writer);

}  // namespace claimgraph::extract::claims
