// Stance edges read from a sentence's own words, outside what any claim says (issue 13): a
// sentiment verb between two names, a role noun between two names ("Trump ally Roger Stone"),
// the others after a passive's agent ("praised by A and B"), the one a blame is put on ("blamed
// the attack on Russia"). Each returns what it reads; the relation writer (relation_writer.h) checks
// and adds it.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "extract/claims/view.h"

namespace claimgraph::extract::claims {

// One edge as read, before the relation builder's checks.
struct EdgeRead {
  std::string source;       // entity id
  std::string type;         // "opposes" / "supports"
  std::string target;       // entity id, or "" with target_text
  std::string target_text;  // what the stance is toward when no entity is named
  uint32_t ev_first = 0;    // the evidence, tokens [ev_first, ev_last)
  uint32_t ev_last = 0;
  uint32_t verb = 0;  // the verb a coordinated subject before it shares the edge through
};

// "Hurd mocked Trump", "X thanked Y", "X lashed out at Y": a sentiment word (AFINN-165, strongly
// valued) at k between a named subject and a named object is the subject's stance toward the
// object. Both ends must be named entities: a verb alone, or a noun ("the attack on Y"), gives
// nothing. [lo, sl): the sentence (or the quote) around it.
bool SentimentVerbEdge(const Doc& doc, SpeakerResolver* speakers, const Extraction& out, uint32_t lo,
                       uint32_t sl, uint32_t k, EdgeRead* e);

// "Trump ally Roger Stone", "Clinton's longtime rival Bernie Sanders": a role noun of
// claims_stance.tsv's role mode at k between two people named: the one after holds the role
// (`relation`) toward the one before.
bool AppositiveRole(const Doc& doc, SpeakerResolver* speakers, const Extraction& out, uint32_t lo, uint32_t k,
                    uint32_t sl, const std::string& relation, EdgeRead* e);

// The one list reader of names, for a stance's objects ("criticized A, B and C") and its agents
// ("praised by A and B", "drew criticism from A, a Democrat, and B"): the others named in the
// list whose first item, `first`, ends at *end; each once, never `first`. *end moves past the
// last one read. Empty, *end unmoved, unless every item names one (an agent, with `agents`: not a
// place or an event) and the last comes after a listjoin word of claims_words.tsv ("and", "&";
// after it a listmore word, "and other B"): "endorsing Clinton or Sanders" is one of them. Not a
// list either: ", and B" right after the first with no apposition between (the comma closes
// something else: "Lord Sainsbury, who has backed Tony Blair, and Paul Drayson"), nor one whose
// last name opens a clause of its own ("criticized Howard and Kennedy said ...").
std::vector<std::string> ListedNames(const Doc& doc, SpeakerResolver* speakers, const Extraction& out,
                                     const std::string& first, uint32_t* end, uint32_t hi, bool agents);

// "blamed the attack on Russia": for a cue that claims_cues.tsv also lists with "on" after it
// ("blamed on"), an object [i, oe) with "on" and a name inside names after "on" the one blamed:
// *target (an entity, or "") and *text become that one. False when the object has no such "on".
bool BlamedOn(const Doc& doc, SpeakerResolver* speakers, const Cue& cue, uint32_t i, uint32_t oe,
              std::string* target, std::string* text);

// "praised the job Donald Trump has done", "condemned the attack ISIS carried out": an object
// [i, hi) that is what a named one did (a determiner, a noun, the doer's name and its verb): the
// doer's entity, toward whom the stance is; "" otherwise.
std::string RelativeClauseDoer(const Doc& doc, SpeakerResolver* speakers, const Extraction& out, uint32_t i,
                               uint32_t hi);

// "The PPP poll showed support for Hillary Clinton", "In a recent Pew Research poll, Trump was at
// 2% support among black voters": is `source` named in the sentence (of `sentences`, token
// ranges in order) around token k as running a poll or a survey (its name right before a tally
// word of stance_words.tsv)? What a poll counts are others' sides: its maker takes none.
bool NamedPollster(const Doc& doc, SpeakerResolver* speakers,
                   const std::vector<std::pair<uint32_t, uint32_t>>& sentences, const std::string& source,
                   uint32_t k);

// "The Houston shooting came two days after the attack on Dallas police": a stance noun at k
// (claims_stance.tsv's noun mode) in a definite phrase after a preposition of time, place or
// circumstance names an event the sentence is set by, not an act of the sentence's subject.
bool CircumstanceNoun(const Doc& doc, uint32_t lo, uint32_t k);

}  // namespace claimgraph::extract::claims
