// Claims, stage 2: what polls, studies and documents show (cue flag "evidence" in
// lexicons/claims_cues.tsv, document nouns of value "finding" in lexicons/claims_words.tsv):
// "A CNN poll released Tuesday showed that ...", "Recent polls show Clinton leading Trump",
// "In the CBS poll, Trump's lead narrowed to 13 points".
#include "extract/claims/finder.h"
#include "extract/claims/stance.h"

namespace claimgraph::extract::claims {

namespace {

// A lower-case word of five letters or more ending in "ing" or "ed": a participle.
bool Participle(const Tok& t, std::string_view end) {
  std::string_view w = t.lower;
  return IsWord(t) && !t.cap && w.size() >= 5 && w.compare(w.size() - end.size(), end.size(), end) == 0;
}

}  // namespace

// The phrase that opens clause [sf, c) ends in a document noun, then maybe a phrase after it
// with no verb of its own ("A Des Moines Register poll released Saturday", "An average of recent
// polls", "A video of the episode", "Exit polling"): [*a, *b) up to the document noun. The phrase
// opens the sentence (after "But", "And") or follows a comma.
bool ClaimFinder::DocumentSubject(uint32_t sf, uint32_t c, uint32_t* a, uint32_t* b) const {
  const auto& toks = doc_.toks;
  bool saw_be = false;
  int64_t e = SkipAdverbials(sf, static_cast<int64_t>(c) - 1, &saw_be);  // "has also"
  if (saw_be || e < static_cast<int64_t>(sf)) return false;
  uint32_t end = static_cast<uint32_t>(e) + 1;  // the phrase is [s, end)
  uint32_t s = end;
  while (s > sf && end - s < 16 && !IsPunct(toks[s - 1], ',') && !IsPunct(toks[s - 1], ';') &&
         !IsPunct(toks[s - 1], ':') && toks[s - 1].kind != TokKind::kDash && toks[s - 1].quote < 0)
    --s;
  if (s > sf && !IsPunct(toks[s - 1], ',') && !IsPunct(toks[s - 1], ':')) return false;
  if (s < end && TokIs(toks[s], kNarrator) && !TokIs(toks[s], kDeterminer)) ++s;  // "But"
  if (s >= end) return false;
  uint32_t len = 0;
  uint32_t head = kNone;
  for (uint32_t m = s; m < end; ++m) {
    const Tok& t = toks[m];
    if (t.kind == TokKind::kOpenQuote || t.kind == TokKind::kCloseQuote) return false;
    if (!IsWord(t)) continue;
    std::string_view w = t.lower;
    // a document noun that is a verb as well, after a word of its phrase, is the noun: "The report
    // released Tuesday found" (not "Officials report", "they report")
    bool document = head == kNone && m > s && !t.cap && TokIs(t, kDocumentNoun) && IsWord(toks[m - 1]) &&
                    !PeopleNoun(toks[m - 1]) && !TokIs(toks[m - 1], kPronoun | kAux);
    // no verb, pronoun or relative clause of its own ("The poll that he cited showed")
    if ((TokIs(t, kAux | kPronoun) && !TokIs(t, kDeterminer)) || TokIn(t, kRelative) || w == "whose" ||
        (m > s && head == kNone && !document && MatchCue(doc_, m, end, &len) >= 0))
      return false;
    if (head != kNone) continue;
    if (head == kNone && !t.cap && TokIs(t, kDocumentNoun)) {
      // the document noun ends the phrase's head; "of", a preposition or a participle opens
      // what follows it ("the report of the inspector", "a poll released Monday")
      if (m + 1 < end && !TokIs(toks[m + 1], kPostMod | kDocumentNoun) && toks[m + 1].lower != "of" &&
          toks[m + 1].lower != "by" && toks[m + 1].lower != "out" && !Participle(toks[m + 1], "ed"))
        continue;
      head = m;
    }
  }
  if (head == kNone) return false;
  // the head's own phrase: "A CNN poll" (not "The voters the poll", two noun phrases)
  for (uint32_t m = s; m < head; ++m)
    if (TokIs(toks[m], kDeterminer) && !toks[m].cap && m > s && !TokIs(toks[m - 1], kPostMod) &&
        toks[m - 1].lower != "of")
      return false;
  *a = s;
  *b = head + 1;
  return true;
}

// After a document phrase, is the content [a, b) of an evidence cue a noun phrase with a
// predicate: a participle ("showed Mr. Trump losing supporters", "the windshield riddled with
// holes") or "with" after a name or a pronoun ("shows Sanders with 47 percent") after up to six
// words? ("shows a close contest in the county" is a noun phrase only.)
bool ClaimFinder::FindingPredicate(uint32_t a, uint32_t b) const {
  const auto& toks = doc_.toks;
  bool names = a < b && toks[a].cap;  // the words so far are names, joined by "and"
  for (uint32_t m = a + 1; m < b && m < a + 7; ++m) {
    const Tok& t = toks[m];
    const Tok& p = toks[m - 1];
    if (!IsWord(t)) return false;
    if (TokIs(p, kDeterminer) && !TokIs(p, kPronoun)) continue;  // "the leading"
    if (Participle(t, "ing") || Participle(t, "ed")) return true;
    if (t.lower == "with" && (p.cap || TokIs(p, kPronoun))) return true;
    // after the names it opens with, where they stand: "shows Clinton and Trump in a dead heat"
    if (TokIn(t, kStanding) && p.cap && names) return true;
    names &= t.cap || t.lower == "and" || TokIs(t, kTitle);
  }
  return false;
}

// Is the subject [a, b) of a site a document phrase (its last word a document noun)?
// ("Polls show ...": capitalized only as the sentence's first word)
bool ClaimFinder::DocumentPhrase(uint32_t a, uint32_t b) const {
  return a < b && b != kNone && (!doc_.toks[b - 1].cap || (b - 1 == a && OpensSentence(a))) &&
         TokIs(doc_.toks[b - 1], kDocumentNoun);
}

// "In the CBS poll, Trump's lead over Cruz narrowed to 13 points", "In a survey of voters
// released Monday, most said ...": the poll says what the sentence says, when no one else
// in it is said to.
void ClaimFinder::FindingSite(uint32_t sf, uint32_t sl, uint32_t body_end, size_t first_site) {
  const auto& toks = doc_.toks;
  if (sites_.size() > first_site) return;  // a cue of the sentence's own
  uint32_t i = sf;
  if (i + 1 < body_end && TokIs(toks[i], kNarrator) && toks[i + 1].lower == "in") ++i;  // "But in"
  if (i + 3 >= body_end || toks[i].lower != "in" || consumed_[i])
    return TrailingFindingSites(sf, sl, body_end);
  // (a comma inside a figure is none: "In a survey of 1,000 voters")
  auto in_figure = [&](uint32_t m) { return NumberComma(doc_, m, body_end); };
  uint32_t comma = i + 1;
  while (comma < body_end && comma - i < 16 && (IsWord(toks[comma]) || in_figure(comma))) ++comma;
  if (comma >= body_end || !IsPunct(toks[comma], ',')) return TrailingFindingSites(sf, sl, body_end);
  uint32_t head = kNone;
  for (uint32_t m = i + 1; m < comma && head == kNone; ++m) {
    const WordInfo* w = toks[m].Info();
    if (w && w->finding && !toks[m].cap) head = m;
  }
  // "in a poll", "in Monday's poll", not "in polls" (where, not whose)
  if (head == kNone || !(TokIs(toks[i + 1], kDeterminer) || EndsPossessive(toks[i + 1])))
    return TrailingFindingSites(sf, sl, body_end);
  // the poll's phrase set off by commas: "In the last CBS poll, conducted in early September, ..."
  if (comma + 2 < body_end && Participle(toks[comma + 1], "ed")) {
    uint32_t next = comma + 2;
    while (next < body_end && next - comma < 10 && (IsWord(toks[next]) || in_figure(next))) ++next;
    if (next < body_end && IsPunct(toks[next], ',')) comma = next;
  }
  uint32_t cstart = comma + 1;
  uint32_t ce = ContentEnd(cstart, body_end);
  if (WordsIn(cstart, ce) < 4) return;
  // a statement: the content has a verb of its own
  bool clause = false;
  // (or a past tense: "Trump's lead remained in double digits", not "the tested model"; or a
  // figure, what a poll finds: "50 percent of respondents chose Clinton", "Clinton led by 5 points")
  for (uint32_t m = cstart; m < ce && !clause; ++m)
    clause = ClauseVerb(toks[m]) ||
             (Participle(toks[m], "ed") && m > cstart && !TokIs(toks[m - 1], kDeterminer)) ||
             toks[m].kind == TokKind::kNumber;
  for (uint32_t m = cstart; m < ce; ++m)
    if (consumed_[m] || InStandalone(m)) return;
  if (!clause) return;
  AddOneWordCueSite(i + 1, head + 1, i, kSpeech, cstart, ce, sf, sl);
  sites_.back().cue_len = head + 1 - i;  // the cue is the phrase up to the document noun
}

// "Clinton held a 24-point lead among black voters in a CNN poll", "Cruz came in second in
// January polls, although Rubio moved up in a more recent survey": a standing that ends in "in"
// and a poll (the phrase after its noun holds no verb: "released Thursday", "of likely voters")
// is the poll's finding. The clause before it, from the sentence's start or the writer's
// conjunction after a comma, is a statement when it holds a number or a word of standing ("came
// in second"); not "The drug was tested in a study".
void ClaimFinder::TrailingFindingSites(uint32_t sf, uint32_t sl, uint32_t body_end) {
  const auto& toks = doc_.toks;
  uint32_t from = sf;  // where the clause the next finding closes opens
  if (from < body_end && TokIs(toks[from], kNarrator) && IsWord(toks[from])) ++from;  // "But"
  // an introductory phrase: "In his highest percentage to date, Trump achieved ..."
  if (from < body_end && (TokIs(toks[from], kPostMod) || TokIn(toks[from], kAsideOpener))) {
    uint32_t m = from + 1;
    while (m < body_end && m - from < 12 && (IsWord(toks[m]) || IsPunct(toks[m], '.'))) ++m;
    if (m < body_end && IsPunct(toks[m], ',')) from = m + 1;
  }
  uint32_t len = 0;
  for (uint32_t k = from + 3; k + 1 < body_end; ++k) {
    const Tok& t = toks[k];
    if (t.quote >= 0 || consumed_[k] || MatchCue(doc_, k, body_end, &len) >= 0) return;
    // the writer's conjunction after a comma opens the next clause ("..., although Rubio moved")
    if (IsPunct(t, ',') && TokIs(toks[k + 1], kNarrator) && !toks[k + 1].cap) {
      from = k + 2;
      k = from + 2;
      continue;
    }
    // (not "in his report": what its owner did there, not what a poll found)
    if (t.lower != "in" || PossessiveWord(toks[k + 1])) continue;
    // "in a CNN national poll", "in January polls", "in the latest NBC News/Wall Street Journal poll"
    // (the poll's own phrase: not "in the euphoria after the New Hampshire polls")
    uint32_t head = kNone;
    for (uint32_t m = k + 1; m < body_end && m < k + 9 && head == kNone; ++m) {
      if (!IsWord(toks[m]) && !IsPunct(toks[m], '/') && !IsPunct(toks[m], '-')) break;
      const WordInfo* w = toks[m].Info();
      if (w && w->finding && !toks[m].cap)
        head = m;
      else if ((TokIs(toks[m], kAux | kPronoun | kNarrator | kPostMod) && !TokIs(toks[m], kDeterminer)) ||
               toks[m].lower == "to")
        break;
    }
    if (head == kNone) continue;
    // the phrase after the poll's noun runs to the end of the sentence or a comma, with no verb:
    // "released Thursday", "of likely voters" (not "poll numbers", "in the survey approved")
    uint32_t e = head + 1;
    if (e < body_end && IsWord(toks[e])) {
      const Tok& n = toks[e];
      bool post = TokIs(n, kPostMod | kTimeWord) || n.lower == "of" || n.lower == "by" ||
                  ((Participle(n, "ed") || Participle(n, "en")) && e + 1 < body_end && IsWord(toks[e + 1]));
      if (!post) continue;
    }
    while (e < body_end && e - head < 10 && (IsWord(toks[e]) || IsPunct(toks[e], '-')) &&
           !TokIs(toks[e], kAux | kNarrator) && !(TokIs(toks[e], kPronoun) && !TokIs(toks[e], kDeterminer)))
      ++e;
    if (e < body_end && !IsPunct(toks[e], ',')) continue;
    if (WordsIn(from, k) < 3) continue;
    bool statement = false;
    for (uint32_t m = from; m < k && !statement; ++m)
      statement = toks[m].kind == TokKind::kNumber || (TokIn(toks[m], kStanding) && m > from);
    // one clause: no relative or subordinate clause, dash or participle phrase of its own
    // ("a month in which ...", "..., having overtaken Bush in polling")
    bool clean = true;
    for (uint32_t m = from; m < k && clean; ++m)
      clean = !consumed_[m] && toks[m].quote < 0 && toks[m].kind != TokKind::kDash &&
              !TokIn(toks[m], kRelative) && toks[m].lower != "that" &&
              !(TokIs(toks[m], kNarrator) && !TokIn(toks[m], kSpeakerJoin)) &&
              !(IsPunct(toks[m], ',') && m + 1 < k && Participle(toks[m + 1], "ing"));
    if (!statement || !clean || !toks[from].cap) continue;
    AddOneWordCueSite(k + 1, head + 1, k, kSpeech, from, k, sf, sl);
    sites_.back().cue_len = head + 1 - k;  // the cue is "in" and the poll's phrase
    k = e;
    from = e + 1;
  }
}

// Marks the cue of site s, the len tokens at c, as used; and the words between it and a content
// that opens after "that" ("said in her opening remarks that ...": they say where, not what,
// and "remarks" there is no noun of saying of its own).
void ClaimFinder::ConsumeCue(const Site& s, uint32_t c, uint32_t len) {
  for (uint32_t m = c; m < c + len; ++m) consumed_[m] = 1;
  if (s.quote < 0 && s.first > c + len && doc_.toks[s.first - 1].lower == "that")
    for (uint32_t m = c + len; m + 1 < s.first; ++m) consumed_[m] = 1;
}

// "said during this week's debate that ...", "said after a lunch on Tuesday that ...", "argued
// following a vote in 2001 that ...": a phrase of when or where right after the cue at token j
// (before `end`), then "that": the token of "that", else kNone. The phrase holds no verb, subject
// pronoun, relative pronoun or cue of its own.
uint32_t ClaimFinder::ThatAfterSetting(uint32_t j, uint32_t end) const {
  const auto& toks = doc_.toks;
  // (not "to": "to clarify Mr. Obama's comment that ..." is an act's purpose)
  if (j >= end || toks[j].cap || !IsWord(toks[j]) || !TokIs(toks[j], kSetting | kPostMod) ||
      TokIs(toks[j], kDeterminer | kPronoun | kAux) || toks[j].lower == "to")
    return kNone;
  uint32_t len = 0;
  for (uint32_t m = j + 1; m < end && m < j + 12; ++m) {
    const Tok& t = toks[m];
    std::string_view w = t.lower;
    // a clause opens with its subject: a name, a pronoun, a determiner, a number, a noun for
    // people or a gerund ("said in a meeting that lasted an hour", "in journalism that takes
    // sides": a relative clause, its verb first)
    if (w == "that") {
      if (m == j + 1 || m + 1 >= end) return kNone;
      const Tok& n = toks[m + 1];
      bool subject = n.cap || n.kind == TokKind::kNumber || PeopleNoun(n) || Participle(n, "ing") ||
                     (TokIs(n, kDeterminer | kPronoun | kGroupNoun | kPersonNoun) && !TokIs(n, kAux));
      return subject ? m : kNone;
    }
    bool possessive = w == "his" || w == "her" || w == "their" || w == "its" || w == "our";
    if (!IsWord(t) || TokIs(t, kAux) || (TokIs(t, kPronoun) && !possessive) || w == "which" || w == "who" ||
        w == "where" || w == "when" || MatchCue(doc_, m, end, &len) >= 0)
      return kNone;
  }
  return kNone;
}

}  // namespace claimgraph::extract::claims
