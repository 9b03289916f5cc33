// Entity recognition internals: mention finding (entities.cc), resolution of
// mentions into entities (resolve.cc), events (entities_events.cc).
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "claimgraph/model.h"
#include "extract/entities_lexicon.h"
#include "text/segment.h"

namespace claimgraph::extract {

// One name occurrence. Token ranges are half-open indices into the segmented tokens.
struct Mention {
  uint32_t b = 0, e = 0;  // the name's tokens (no title, no "the", no 's)
  EntityType type = EntityType::kPerson;
  int32_t gaz = -1;                   // gazetteer entry, or -1
  uint32_t role_b = 0, role_e = 0;    // the title before the name ("Defense Secretary"), empty when none
  uint32_t role2_b = 0, role2_e = 0;  // a title after it (", the top Democrat on", "as commissioner")
  int32_t country_gaz = -1;           // gazetteer entry of a demonym before the title ("Ukrainian President")
  bool titled = false;                // a title or courtesy (Mr.) precedes: surely a person
  bool courtesy = false;              // Mr./Mrs./Ms. precedes
  bool deferred = false;              // a lone capitalized word: a person only if it names one already seen
  bool from_model = false;            // proposed by the statistical model
  bool org_by_rule = false;           // an organization by a word around it, a definition or a table
  bool org_described = false;  // ... only by a descriptor before it ("football club Parma", "carmaker Kia")
  bool headline = false;       // in a title-case line or the article's first line
  bool guessed = false;        // typed person only by shape (no given name, no title): the model may retype
  bool blocked = false;        // names nothing ("D." in "(D., Va.)"): only keeps the model off these tokens
  bool has_fallback = false;   // deferred: when it names no person, it is a `fallback`
  EntityType fallback = EntityType::kPlace;
};

// The token of the person mention [b, e) that holds the surname: the last, or the one before
// a name suffix when two words precede it ("Connick" in "Harry Connick Jr").
inline uint32_t SurnameToken(const TokenView& tv, uint32_t b, uint32_t e) {
  uint32_t last = e - 1;
  if (last > b + 1 && Lexicon::Get().IsNameSuffix(tv.folded[last])) --last;
  return last;
}

// "shares in Velmora", "a stake in Cegetel": an unknown name at `b` after a holding noun and a
// locative (name_words.tsv `holding`) is a firm, not the town the locative alone suggests. Not a
// demonym, which describes the firm named after it ("a stake in Indian newspaper company Jagran").
inline bool HeldName(const TokenView& tv, uint32_t sentence_first, uint32_t b) {
  const Lexicon& lex = Lexicon::Get();
  return b >= sentence_first + 2 && (tv.info[b - 1].classes & kLocative) &&
         lex.IsHoldingNoun(tv.folded[b - 2]) && lex.demonyms().LongestAt(tv, b, b + 1).len == 0;
}

// The index of the sentence that holds token `tok` (the sentences cover every token, in order):
// looked up for the few tokens that need it instead of a map of every token (RetypeTeams).
inline size_t SentenceOf(const text::Segmented& seg, uint32_t tok) {
  auto it = std::upper_bound(seg.sentences.begin(), seg.sentences.end(), tok,
                             [](uint32_t t, const text::Sentence& s) { return t < s.first; });
  return static_cast<size_t>(it - seg.sentences.begin()) - 1;
}

// What the rules read of a sentence as a whole, from one pass over its tokens (ShapeOf).
struct SentenceShape {
  uint32_t first_word;      // index of the first word token (s.last when none)
  bool caps;                // an all-caps headline or table line
  bool title_case;          // a title-case headline ("Hillary Clinton Was Headed to ER")
  uint32_t numbers = 0;     // its number tokens (a results table's line has two or more)
  bool event_head = false;  // a word of it may head an event (kEventHead): AddEvents reads it
};

// Finds mentions of persons, countries, organizations and places, in text order.
// `shapes` (may be null): ShapeOf each sentence of seg.
std::vector<Mention> FindMentions(const TokenView& tv, const text::Segmented& seg, bool use_model,
                                  std::vector<SentenceShape>* shapes = nullptr);

// Organizations that shapes alone miss (entities_orgs.cc): acronyms the article defines,
// names a word around them makes organizations, teams in results tables. Keeps text order.
// `shapes`: ShapeOf each sentence of seg.
void FindOrganizations(const TokenView& tv, const text::Segmented& seg,
                       const std::vector<SentenceShape>& shapes, std::vector<Mention>* mentions);

// Capitals and seats of government that speak or act stand for their government
// (entities_seats.cc): "Tehran denies" is a mention of Iran. Keeps text order.
void SeatsAsGovernments(const TokenView& tv, const text::Segmented& seg, std::vector<Mention>* mentions);
// Are the tokens [b, e) a seat of government's name ("Baghdad", "Tehran")?
bool IsSeatAt(const TokenView& tv, uint32_t b, uint32_t e);

// A place that speaks is a body of that name, a firm, a club or a bank ("Halifax said", "the
// Halifax has said", "according to Gartner", "Napster claims"): places do not speak, and a
// capital that speaks for its government is a seat (SeatsAsGovernments, run before; never made
// an organization here: "rebels who Baghdad says are backed by Iran"). One sense
// per article: every mention of the name follows, unless a locative puts one somewhere ("in
// Newcastle"), when the name stays a place (entities_orgs.cc).
void SpeakingPlaces(const TokenView& tv, const text::Segmented& seg, std::vector<Mention>* mentions);

// Groups mentions into entities (one per real thing) and appends them to out->entities,
// with canonical names, aliases, roles, countries and mention spans. Ids are assigned later.
void ResolveMentions(const TokenView& tv, std::vector<Mention>& mentions, Extraction* out);

// Appends event entities (meetings, talks, wars, elections ...) with place and date.
void AddEvents(const Article& article, const TokenView& tv, const text::Segmented& seg,
               const std::vector<SentenceShape>& shapes, Extraction* out);

}  // namespace claimgraph::extract
