// Claims, stage 2: the subject phrases of speech cues: the noun phrase before a cue
// ("Defense Secretary Pete Hegseth said"), after it ("said O'Neill"), appositives,
// adverbials and ages skipped, and a sentence's subject.
#include <algorithm>
#include <cstring>

#include "extract/claims/finder.h"
#include "extract/entities_finder.h"

namespace claimgraph::extract::claims {

bool ClaimFinder::NpWord(uint32_t i) const {
  const Tok& t = doc_.toks[i];
  if (!IsWord(t) || t.kind == TokKind::kNumber) return false;
  if (t.cap) return true;
  const WordInfo* w = t.Info();
  if (w && (w->classes & (kTitle | kModifier | kDeterminer | kPersonNoun | kGroupNoun | kOrgNoun | kOrgKind |
                          kDocumentNoun | kPronoun | kOrgHead)))
    return true;
  // "Peter King from New York": a name, then where the person is from; "the Office for National
  // Statistics": an organization's name that holds "for" after its head word
  if (t.lower == "from" || (t.lower == "for" && i > 0 && TokIs(doc_.toks[i - 1], kOrgHead)))
    return i > 0 && i + 1 < doc_.toks.size() && doc_.toks[i - 1].cap && IsWord(doc_.toks[i - 1]) &&
           doc_.toks[i + 1].cap && IsWord(doc_.toks[i + 1]);
  if (t.lower == "of" || TokIs(t, kParticle)) return i + 1 < doc_.toks.size() && doc_.toks[i + 1].cap;
  return false;
}

bool ClaimFinder::PersonNamedIn(uint32_t from, uint32_t to) const {
  for (auto it = idx_.AtOrAfter(from); it != idx_.mentions().end() && it->pos < to; ++it)
    if (out_->entities[it->ent].type == EntityType::kPerson) return true;
  return false;
}

bool ClaimFinder::PersonBeforeWho(uint32_t lo, uint32_t k, uint32_t* a, uint32_t* b) const {
  const auto& toks = doc_.toks;
  for (uint32_t w = k; w > lo && k - w < 5;) {
    --w;
    const Tok& t = toks[w];
    if (t.lower == "who" && !t.cap) {
      if (w < lo + 2 || !IsPunct(toks[w - 1], ',') || !IsWord(toks[w - 2]) || !toks[w - 2].cap ||
          TokIs(toks[w - 2], kPronoun) || PassiveBetween(w, k))
        return false;
      uint32_t s = w - 2;
      while (s > lo && IsWord(toks[s - 1]) && toks[s - 1].cap) --s;
      if ((s > lo && toks[s - 1].lower == "of") || !PersonNamedIn(toks[s].start, toks[w - 1].start))
        return false;
      *a = s;
      *b = w - 1;
      return true;
    }
    if (!(IsLyAdverb(t) || TokIs(t, kAux)) || TokIs(t, kPronoun)) return false;
  }
  return false;
}

bool ClaimFinder::FindSubjectAt(uint32_t lo, uint32_t cue, uint32_t* a, uint32_t* b, bool verb) const {
  const auto& toks = doc_.toks;
  if (cue == 0 || cue <= lo) return false;
  // "McConnell, now the majority leader, who in 2010 said ...": the one the relative clause is about
  for (uint32_t w = cue; w > lo && cue - w < 5;) {
    --w;
    const Tok& t = toks[w];
    if (t.lower == "who" && !t.cap) return WhoSubject(lo, cue, w, a, b, verb);
    // "the voters that backed Labour": a relative clause's subject is the noun before the pronoun,
    // never the sentence's subject; only a name ("the Tories, which backed ...") or a document of
    // speech ("a letter that says ...") is one, a common noun is no one's side
    if ((t.lower == "that" || t.lower == "which") && !t.cap && w > lo && IsWord(toks[w - 1]) &&
        !TokIs(toks[w - 1], kFunction | kPronoun | kAux))
      return (verb && !toks[w - 1].cap && DocumentBeforeRelative(lo, w, cue, a, b)) ||
             (toks[w - 1].cap && FindSubject(lo, w, a, b, verb));
    bool between = t.kind == TokKind::kNumber || IsLyAdverb(t) ||
                   TokIs(t, kAux | kTimeWord | kWeekday | kRelDate) || t.lower == "also" ||
                   t.lower == "once" || t.lower == "later";
    if (!between || TokIs(t, kPronoun)) break;
  }
  bool saw_be = false;
  int64_t j = SkipAdverbials(lo, static_cast<int64_t>(cue) - 1, &saw_be);
  if (RelativeClauseSubject(lo, cue, j, saw_be, a, b) || ReducedRelativeSubject(lo, cue, j, saw_be, a, b))
    return true;
  if (j < static_cast<int64_t>(lo)) return false;
  j = NamedBeforeOthers(lo, j);
  // a passive ("Clinton was criticized"): the phrase before is not the one who acts
  if (verb && saw_be) {
    std::string_view c = toks[cue].lower;
    if (c.size() < 4 || !c.ends_with("ing")) return false;
  }
  // a parenthetical between the subject and the verb: "Trump, in particular, has criticized",
  // "The company, however, said" (lower-case words only; "X, who is ..., said" is an appositive)
  if (IsPunct(toks[static_cast<size_t>(j)], ',')) {
    int64_t k = j - 1;
    while (k >= static_cast<int64_t>(lo) && j - k <= 4 && IsWord(toks[static_cast<size_t>(k)]) &&
           !toks[static_cast<size_t>(k)].cap && !TokIs(toks[static_cast<size_t>(k)], kAux | kPronoun) &&
           !TokIn(toks[static_cast<size_t>(k)], kRelative | kWhRelative))
      --k;
    // an adverbial, not a verb phrase ("Tom Slinker, whose start-up, Paradata, uses big data, said")
    bool adverbial = false;
    if (k < j - 1) {
      adverbial = TokIn(toks[static_cast<size_t>(k + 1)], kAsideOpener);
      adverbial |= k + 2 == j && IsLyAdverb(toks[static_cast<size_t>(k + 1)]);
    }
    // (after a name, or after a common noun that ends a subject phrase: "Proponents of the bill,
    // however, say", "Cement makers, for instance, argue"; what heads it is judged below)
    const Tok& before = toks[static_cast<size_t>(std::max<int64_t>(k - 1, 0))];
    if (adverbial && k - 1 >= static_cast<int64_t>(lo) && IsPunct(toks[static_cast<size_t>(k)], ',') &&
        IsWord(before) && before.kind != TokKind::kNumber &&
        (before.cap || !TokIs(before, kFunction | kAux | kDeterminer | kNarrator)))
      j = k - 1;
  }
  j = PastQuotedPhrase(lo, j);
  // "Gov. John Kasich (R-OH), said": the comma after a parenthesis closes nothing, unless a
  // comma before the parenthesis opened an appositive ("John Smith, head of marketing at
  // Transport for London (TfL), said": the comma closes it, and Smith speaks)
  if (IsPunct(toks[static_cast<size_t>(j)], ',') && j - 1 >= static_cast<int64_t>(lo) &&
      IsPunct(toks[static_cast<size_t>(j - 1)], ')') && !CommaBeforeParenthesis(lo, j - 1))
    --j;
  if (toks[static_cast<size_t>(j)].kind == TokKind::kDash || IsPunct(toks[static_cast<size_t>(j)], '-'))
    j = DashedDescription(lo, j);
  // parenthesis: Sanders (I-Vt.) said
  if (IsPunct(toks[static_cast<size_t>(j)], ')')) {
    int64_t k = j - 1;
    while (k >= static_cast<int64_t>(lo) && !IsPunct(toks[static_cast<size_t>(k)], '(') && j - k < 12) --k;
    if (k >= static_cast<int64_t>(lo) && IsPunct(toks[static_cast<size_t>(k)], '(')) j = k - 1;
  } else if (IsPunct(toks[static_cast<size_t>(j)], ',')) {
    int r = AppositiveSubject(lo, cue, &j, a, b);
    if (r != 0) return r > 0;
  }
  if (j < static_cast<int64_t>(lo)) return false;
  if (!IsWord(toks[static_cast<size_t>(j)])) return false;
  auto head_word = [&](int64_t i) {
    const Tok& t = toks[static_cast<size_t>(i)];
    const WordInfo* w = t.Info();
    return t.cap || PeopleNoun(t) ||
           (w && (w->classes & (kPronoun | kPersonNoun | kGroupNoun | kOrgNoun | kOrgKind | kDocumentNoun)));
  };
  // "Experts on North Korea and nuclear nonproliferation said", "elected officials from both
  // parties say": a phrase after the head noun; the head speaks
  if (int64_t s = ShareOfAsked(lo, j); s >= 0) {
    *a = static_cast<uint32_t>(s);
    *b = static_cast<uint32_t>(j + 1);
    return true;
  }
  if (!head_word(j)) {
    // "Pagliano's lawyer has said", "his doctor said": someone described by whose they are (the
    // description speaks, not the one it is of)
    if (PossessedHead(lo, j)) {
      *a = static_cast<uint32_t>(j);
      *b = static_cast<uint32_t>(j + 1);
      return true;
    }
    int64_t h = PostModifiedHead(lo, j);
    if (h < 0) return false;
    j = h;
  }
  const Tok& last = toks[static_cast<size_t>(j)];
  const WordInfo* lw = last.Info();
  if (lw && (lw->classes & kPronoun)) {
    *a = static_cast<uint32_t>(j);
    *b = static_cast<uint32_t>(j + 1);
    return true;
  }
  int64_t k = j;
  int64_t adj = DocumentOwnWord(lo, j);  // "Gianforte's initial statement"
  // (a plural noun for people heads a phrase of its own: "But environmentalists worry that ...")
  while (k >= static_cast<int64_t>(lo) && j - k < 10 &&
         (NpWord(static_cast<uint32_t>(k)) || (k >= adj && k < j) ||
          (k == j && PeopleNoun(toks[static_cast<size_t>(k)])))) {
    const WordInfo* w = toks[static_cast<size_t>(k)].Info();
    if (w && (w->classes & kPronoun) && k != j) break;
    if (w && (w->classes & kDeterminer) && !toks[static_cast<size_t>(k)].cap) {
      --k;
      break;
    }
    --k;
  }
  uint32_t first = static_cast<uint32_t>(k + 1);
  // a determiner was taken: include it
  if (k >= static_cast<int64_t>(lo) && k + 1 <= j) {
    const WordInfo* w = toks[static_cast<size_t>(k)].Info();
    if (w && (w->classes & kDeterminer) && !toks[static_cast<size_t>(k)].cap &&
        IsWord(toks[static_cast<size_t>(k)]) && toks[static_cast<size_t>(k + 1)].start > 0)
      first = static_cast<uint32_t>(k);
  }
  if (first > static_cast<uint32_t>(j)) return false;
  first = BodyNameBefore(lo, first);
  if (ObjectOfParticiple(lo, first, static_cast<uint32_t>(j))) return false;
  if (PhraseSubject(lo, first, static_cast<uint32_t>(j), a, b)) return true;
  *a = first;
  *b = static_cast<uint32_t>(j + 1);
  return true;
}

// "Gianforte's initial statement criticized", "The NAO's annual report showed": the index of a
// word of the document's own between its owner's possessive and the document noun at j, with
// the owner's name opening the sentence (not "a source familiar with the FDIC's internal
// investigation said"); j when there is none.
int64_t ClaimFinder::DocumentOwnWord(uint32_t lo, int64_t j) const {
  const auto& toks = doc_.toks;
  const Tok& last = toks[static_cast<size_t>(j)];
  int64_t adj = j;
  if (TokIs(last, kDocumentNoun) && !last.cap && j >= static_cast<int64_t>(lo) + 2) {
    const Tok& own = toks[static_cast<size_t>(j - 1)];
    int64_t m = j - 2, n = m;  // the possessive, and the start of the name it ends
    while (n > static_cast<int64_t>(lo) && j - n < 6 && IsWord(toks[static_cast<size_t>(n - 1)]) &&
           toks[static_cast<size_t>(n - 1)].cap)
      --n;
    bool opens =
        n == static_cast<int64_t>(lo) ||
        (n == static_cast<int64_t>(lo) + 1 && TokIs(toks[lo], kDeterminer) && !TokIs(toks[lo], kPronoun));
    if (opens && IsWord(own) && !own.cap && !TokIs(own, kFunction | kDeterminer | kPronoun | kAux) &&
        EndsPossessive(toks[static_cast<size_t>(m)]))
      adj = j - 1;
  }
  return adj;
}

bool ClaimFinder::UnnamedBeforePlace(uint32_t lo, uint32_t first, uint32_t* head) const {
  const auto& toks = doc_.toks;
  if (first < lo + 3) return false;
  uint32_t h = first - 2;
  // (past a label in quotes: "detainee 'A'")
  if (toks[h].kind == TokKind::kCloseQuote) {
    uint32_t q = h;
    while (q > lo && h - q < 4 && toks[q].kind != TokKind::kOpenQuote) --q;
    if (toks[q].kind != TokKind::kOpenQuote || q == lo) return false;
    h = q - 1;
  }
  const Tok& n = toks[h];
  // (not a document from someone, "a letter from Ken Hughes": its author's are the words)
  if (!IsWord(n) || n.kind == TokKind::kNumber || (n.cap && !OpensSentence(h)) ||
      TokIs(n, kFunction | kAux | kDeterminer | kPronoun | kDocumentNoun | kGroupNoun) || h == lo)
    return false;
  // the noun opens its clause or follows an indefinite article: "a detainee", "A man"
  const Tok& before = toks[h - 1];
  if (!TokIn(before, kIndefinite) && !OpensSentence(h) && !IsPunct(before, ',')) return false;
  *head = h;
  return true;
}

bool ClaimFinder::NamesPerson(uint32_t x, uint32_t y) const {
  const auto& toks = doc_.toks;
  for (auto it = idx_.AtOrAfter(toks[x].start); it != idx_.mentions().end() && it->pos < toks[y - 1].end;
       ++it)
    if (out_->entities[it->ent].type == EntityType::kPerson) return true;
  return false;
}

// The speaker inside the phrase [first, j] that FindSubject read: a name before "at the X", a
// group before "in X", a description "the MP for X", a name before ", the chairman of X". True
// when one is (in [*a, *b)).
bool ClaimFinder::PhraseSubject(uint32_t lo, uint32_t first, uint32_t j, uint32_t* a, uint32_t* b) const {
  const auto& toks = doc_.toks;
  // "Half of Republicans said", "two-thirds of Republicans in New Hampshire said": a share of a
  // group speaks, unnamed
  for (uint32_t m = first > lo + 1 ? first - 1 : first; m <= j; ++m) {
    const WordInfo* w = m > lo ? toks[m - 1].Info() : nullptr;
    if (toks[m].lower == "of" && w && w->share) {
      *a = m - 1;
      *b = m;
      return true;
    }
  }
  // "Dan McLaughlin at the National Review agreed": the one named before the phrase
  // ("Jeff Joseph, from the Consumer Electronics Association, told": a comma before it)
  uint32_t comma = first >= lo + 3 && IsPunct(toks[first - 2], ',') && toks[first - 1].lower == "from";
  // ("the BBC's Sarah Rainsford in Moscow says": before "in", a name with a given name or a title)
  if (first >= lo + 2 + comma && TokIs(toks[first - 1], kPostMod) && toks[first - 1].lower != "on" &&
      IsWord(toks[first - 2 - comma]) && toks[first - 2 - comma].cap &&
      !TokIs(toks[first - 2 - comma], kFunction | kTitle)) {
    uint32_t e = first - 1 - comma, n = e;
    while (n > lo && IsWord(toks[n - 1]) && toks[n - 1].cap && e - n < 5) --n;
    bool person = toks[first - 1].lower != "in";
    for (uint32_t m = n; m + 1 < e && !person; ++m) person = TokIs(toks[m], kTitle | kMale | kFemale);
    if (e - n >= 2 && person) {
      *a = n;
      *b = e;
      return true;
    }
  }
  // "Mr. Morgan of the Sierra Club said", "Senator Warren of Massachusetts said", "James
  // Pethokoukis of the American Enterprise Institute wrote": a titled name, or a given name and a
  // surname, before "of" and a name (the body or place they are of)
  if (first >= lo + 3 && toks[first - 1].lower == "of" && IsWord(toks[first - 2]) && toks[first - 2].cap &&
      !TokIs(toks[first - 2], kFunction | kTitle)) {
    uint32_t e = first - 1, n = e;
    while (n > lo && IsWord(toks[n - 1]) && toks[n - 1].cap && e - n < 5) --n;
    bool names = e - n >= 2 && TokIs(toks[n], kTitle | kMale | kFemale);
    for (uint32_t m = first; m <= j && names; ++m)
      names = !IsWord(toks[m]) || toks[m].cap || toks[m].lower == "the" || toks[m].lower == "and" ||
              // ("of the James Martin Center for Nonproliferation Studies")
              ((toks[m].lower == "for" || toks[m].lower == "of") && m < j && toks[m + 1].cap);
    if (names) {
      *a = n;
      *b = e;
      return true;
    }
  }
  // "Voters in New Hampshire said", "Officials at the State Department said": the group speaks,
  // not the place or body that names it (a group is left unresolved)
  // "A spokesman for the State Department said", "lawyers for Mr. Trump said": the spokesperson
  // speaks (unresolved), and the body they speak for joins through member_of, not the quote
  // ("Republicans in Congress said": a party's people, named, in a body; "Doctors in Wales said":
  // a plural noun for people, unnamed)
  std::string_view prep = first >= lo + 2 ? toks[first - 1].lower : std::string_view();
  bool place_prep = prep == "in" || prep == "from" || prep == "at" || prep == "across" || prep == "around";
  if (first >= lo + 2 &&
      ((TokIs(toks[first - 2], kGroupNoun) && (place_prep || prep == "for")) ||
       (place_prep && IsWord(toks[first - 2]) && (NamedGroupAt(first - 2) || PeopleInPlace(first - 2))))) {
    // with the names before the group ("Republican lawmakers in California", "Trump's allies in
    // Congress"): who they are decides whom they speak for
    *a = first - 2;
    while (*a > lo && first - 2 - *a < 4 && IsWord(toks[*a - 1]) && toks[*a - 1].cap &&
           !TokIs(toks[*a - 1], kFunction | kDeterminer | kPronoun))
      --*a;
    *b = first - 1;
    const WordInfo* share = *a >= lo + 2 ? toks[*a - 2].Info() : nullptr;
    if (share && share->share && toks[*a - 1].lower == "of") {
      *b = *a - 1;
      *a -= 2;
    }
    return true;
  }
  // "A detainee in Woodhill Prison said", "a worker at the plant said", "..., detainee 'A' in
  // Woodhill Prison said": one unnamed person speaks (unresolved), never the place or body after
  // the preposition
  if (uint32_t h = 0;
      place_prep && UnnamedBeforePlace(lo, first, &h) && !(prep == "from" && NamesPerson(first, j + 1))) {
    *a = TokIn(toks[h - 1], kIndefinite) ? h - 1 : h;
    *b = first - 1;
    // "Marc Ostwald, a strategist at Monument Securities, told", "Howard Archer, economist at
    // Global Insight said": the name the description is of
    uint32_t e = *a > lo ? *a - 1 : lo, n = e;
    while (n > lo && IsWord(toks[n - 1]) && toks[n - 1].cap && e - n < 5) --n;
    // (a name that opens the sentence, not one inside a phrase before it: "In a letter to Tony
    // Blair, a teacher in Leeds said" is the teacher's)
    if (e > lo && IsPunct(toks[e], ',') && n < e && !TokIs(toks[n], kFunction) &&
        (n == lo || !IsWord(toks[n - 1]))) {
      *a = n;
      *b = e;
    }
    return true;
  }
  // "The MP for Sittingbourne and Sheppey said": the names belong to a description of a person
  {
    uint32_t m = first;
    while (m > lo && first - m < 6 && (toks[m - 1].cap || toks[m - 1].lower == "and") && IsWord(toks[m - 1]))
      --m;
    // (and "the Labour MP for Leeds", "the new health minister for Wales": up to two words
    // between "the" and the title)
    uint32_t t = m >= lo + 3 ? m - 2 : m;
    while (t < m && t > lo + 1 && m - 2 - t < 2 && TitleQualifier(toks[t - 1])) --t;
    if (m >= lo + 3 &&
        (toks[m - 1].lower == "for" || toks[m - 1].lower == "of" || toks[m - 1].lower == "from") &&
        TokIs(toks[m - 2], kTitle | kPersonNoun) && toks[t - 1].lower == "the") {
      *a = t - 1;
      *b = j + 1;
      return true;
    }
  }
  // "Warren Buffett, the chairman of Berkshire Hathaway, criticized": the name before the
  // description; also when no comma closes it ("Mark Serwotka, the leader of the Public and
  // Commercial Services Union said:"): the description runs from "the" to the cue, no verb in it
  uint32_t d = first;
  if (!(IsWord(toks[first]) && !toks[first].cap && TokIs(toks[first], kDeterminer))) {
    uint32_t m = first;
    while (m > lo + 2 && first - m < 10 && IsWord(toks[m - 1]) && !TokIs(toks[m - 1], kAux | kPronoun) &&
           !TokIn(toks[m - 1], kRelative) && !(toks[m - 1].lower == "the" && IsPunct(toks[m - 2], ',')))
      --m;
    if (m > lo + 2 && toks[m - 1].lower == "the" && IsPunct(toks[m - 2], ',')) d = m - 1;
  }
  if (d >= lo + 2 && IsPunct(toks[d - 1], ',') && IsWord(toks[d]) && !toks[d].cap &&
      TokIs(toks[d], kDeterminer) && IsWord(toks[d - 2]) && toks[d - 2].cap &&
      !TokIs(toks[d - 2], kFunction)) {
    uint32_t e = d - 1;
    uint32_t n = e;
    while (n > lo && IsWord(toks[n - 1]) && toks[n - 1].cap && e - n < 5) --n;
    bool opens = n == lo || IsPunct(toks[n - 1], ',') || toks[n - 1].kind == TokKind::kEnd ||
                 toks[n - 1].kind == TokKind::kCloseQuote || toks[n - 1].kind == TokKind::kOpenQuote;
    if (n < e && opens) {
      *a = n;
      *b = e;
      return true;
    }
  }
  return false;
}

// Is the subject [.., b) of the cue at c one a relative clause is about ("The senator, who said")?
// ("Harris, who sits on the board, said": the cue after the clause is the subject's own)
// ("John Podesta, a former adviser who supported an aggressive policy, said ...": a relative
// pronoun right after the subject, without a comma, opens one too)
bool ClaimFinder::RelativeSubject(uint32_t b, uint32_t c) const {
  const Tok& t = doc_.toks[b];
  bool bare = b < c && IsWord(t) && !t.cap && TokIn(t, kRelative);
  if (!bare && (b + 1 >= c || !IsPunct(t, ',') || doc_.toks[b + 1].lower != "who")) return false;
  for (uint32_t k = b + 2; k < c; ++k)
    if (IsPunct(doc_.toks[k], ',')) return false;
  return true;
}

// "John Podesta, a former adviser who supported an aggressive policy, said ...": the content
// [cstart, last) of a cue in a relative clause without a comma before it ends at the comma before
// the verb of saying of the one the clause describes. Where it ends.
uint32_t ClaimFinder::BareRelativeEnd(uint32_t cstart, uint32_t last, uint32_t body_end) const {
  for (uint32_t m = cstart + 1; m + 1 < last; ++m) {
    uint32_t len = 0;
    int ci = IsPunct(doc_.toks[m], ',') ? MatchCue(doc_, m + 1, body_end, &len) : -1;
    if (ci >= 0 && lex_.cues[static_cast<size_t>(ci)].cls == kSpeech) return m;
  }
  return last;
}

// The content [cstart, *last) of a cue inside a relative clause: a statement only as a clause
// ("who said the bill was dead", not "who wrote the musical" or "who backed his nomination"); it
// ends at the clause's comma.
bool ClaimFinder::RelativeClause(uint32_t cstart, uint32_t* last) const {
  for (uint32_t k = cstart; k < *last; ++k)
    if (IsPunct(doc_.toks[k], ',')) *last = k;
  // (a possessive opens no clause, "who told her ...", unless after "that": "who said that her
  // proposals would ...")
  bool that = cstart > 0 && doc_.toks[cstart - 1].lower == "that";
  return *last > cstart &&
         (that || !(TokIs(doc_.toks[cstart], kDeterminer) && TokIs(doc_.toks[cstart], kPronoun))) &&
         NestedClause(cstart, *last);
}

// A passive auxiliary between tokens w and c ("who is noted for").
bool ClaimFinder::PassiveBetween(uint32_t w, uint32_t c) const {
  for (uint32_t k = w + 1; k < c; ++k) {
    std::string_view l = doc_.toks[k].lower;
    if (l == "is" || l == "was" || l == "are" || l == "were" || l == "been") return true;
  }
  return false;
}

// A subject phrase right after a cue ("said O'Neill", "according to NYPD Commissioner James O'Neill").
bool ClaimFinder::NpAfter(uint32_t i, uint32_t hi, uint32_t* a, uint32_t* b) const {
  if (i >= hi) return false;  // the cue ends the text: no phrase after it
  uint32_t k = i;
  // a possessive opens a description, not a phrase of its own: "added his campaign manager Jeff Weaver"
  std::string_view first = doc_.toks[i].lower;
  bool possessive = first == "his" || first == "her" || first == "their" || first == "its";
  if (possessive) {
    // "his wife", "her top aide, ...": the words of the description, then any name in it
    ++k;
    while (k < hi && k - i < 8 && IsWord(doc_.toks[k]) && doc_.toks[k].kind != TokKind::kNumber &&
           (NpWord(k) || !TokIs(doc_.toks[k], kFunction | kAux | kPronoun) ||
            // "his best friend at Lehigh"
            (k + 1 < hi && doc_.toks[k + 1].cap &&
             (doc_.toks[k].lower == "at" || doc_.toks[k].lower == "of" || doc_.toks[k].lower == "for"))))
      ++k;
    // then the name between commas: "his best friend at Lehigh, Bruce Turry, who ..."
    if (k + 2 < hi && k > i + 1 && IsPunct(doc_.toks[k], ',') && doc_.toks[k + 1].cap &&
        IsWord(doc_.toks[k + 1])) {
      uint32_t r = k + 1;
      while (r < hi && r - k <= 4 && IsWord(doc_.toks[r]) && doc_.toks[r].cap) ++r;
      if (r - k >= 3 && (r == hi || IsPunct(doc_.toks[r], ',') || doc_.toks[r].kind == TokKind::kEnd)) k = r;
    }
    if (k > i + 1) {
      *a = i;
      *b = k;
      return true;
    }
    k = i;
  }
  // "according to the nonpartisan Congressional Budget Office", "said the event organizer Alliance
  // to Reclaim Our Schools": an article and its description words before a name; the name speaks
  if ((first == "the" || first == "a" || first == "an") && !doc_.toks[i].cap) {
    uint32_t n = i + 1;
    while (n < hi && n - i <= 3 && IsWord(doc_.toks[n]) && !doc_.toks[n].cap &&
           doc_.toks[n].kind != TokKind::kNumber && !TokIs(doc_.toks[n], kFunction | kAux | kPronoun) &&
           doc_.toks[n].lower != "that")
      ++n;
    if (n > i + 1 && n < hi && IsWord(doc_.toks[n]) && doc_.toks[n].cap && !TokIs(doc_.toks[n], kFunction))
      k = n;
  }
  uint32_t start = k;
  while (k < hi && k - start < 10 && NpWord(k)) {
    const WordInfo* w = doc_.toks[k].Info();
    if (w && (w->classes & kPronoun) && k != start) break;
    ++k;
    if (w && (w->classes & kPronoun)) break;
  }
  if (k == start) return false;
  // "said Latino Decisions researcher Sylvia Manzano", "said Republican party boss Reince Priebus":
  // names, then up to two lower-case words ending in a noun for a person, then that person's own
  // name (two capitalized words or more, ending the phrase): the description runs on to the name
  bool named = false;
  for (uint32_t m = start; m < k && !named; ++m) named = IsWord(doc_.toks[m]) && doc_.toks[m].cap;
  for (uint32_t m = start; m < k && named; ++m) named = !TokIn(doc_.toks[m], kRelative);
  if (named && k < hi) {
    const auto& toks = doc_.toks;
    uint32_t n = k;
    while (
        n < hi && n - k < 2 && IsWord(toks[n]) && !toks[n].cap && toks[n].kind != TokKind::kNumber &&
        !TokIs(toks[n], kFunction | kAux | kPronoun | kTimeWord | kWeekday | kRelDate | kNarrator | kPostMod))
      ++n;
    uint32_t r = n;
    while (r < hi && r - n < 4 && IsWord(toks[r]) && toks[r].cap &&
           (!TokIs(toks[r], kFunction | kTitle) || (r == n + 1 && WeekdaySurname(r, hi))))
      ++r;
    if (n > k && PersonNounAt(n - 1) && r - n >= 2 && (r == hi || !IsWord(toks[r]) || !toks[r].cap)) k = r;
  }
  *a = start;
  *b = k;
  return true;
}

// The phrase that opens the sentence (its subject), for participles ("Hegseth continued, stating that").
bool ClaimFinder::DocumentAuthor(uint32_t sf, uint32_t c, uint32_t* a, uint32_t* b) const {
  const auto& toks = doc_.toks;
  // (a participle after a verb: "70% of those asked in a poll said" is no one's document put
  // out, and in "refused to discuss newspaper reports that" the reports are the papers')
  std::string_view cw = toks[c].lower;
  bool participle = cw.size() > 4 && cw.compare(cw.size() - 3, 3, "ing") == 0;
  if (!participle || *b != c || *b <= *a || *a <= sf) return false;
  const Tok& head = toks[*b - 1];
  const Tok& verb = toks[*a - 1];
  if (!TokIs(head, kDocumentNoun) || head.cap || !IsWord(verb) || verb.cap ||
      TokIs(verb, kFunction | kPostMod | kPronoun))
    return false;
  for (uint32_t k = *a; k < *b; ++k)
    if (toks[k].cap && IsWord(toks[k]) && k > sf) return false;  // "the IMF report": the IMF's
  uint32_t sa = 0, sb = 0;
  if (!SentenceSubject(sf, *a, &sa, &sb) || sb > *a) return false;
  *a = sa;
  *b = sb;
  return true;
}

bool ClaimFinder::SentenceSubject(uint32_t sf, uint32_t limit, uint32_t* a, uint32_t* b) const {
  const auto& toks = doc_.toks;
  // a conjunction that opens the sentence, and "even", come before its subject ("And even Obama
  // tried to help them off the hook, noting ...")
  {
    uint32_t n = sf;
    while (n + 1 < limit && (toks[n].lower == "and" || toks[n].lower == "but" || toks[n].lower == "even" ||
                             toks[n].lower == "then"))
      ++n;
    if (n > sf && toks[n].cap && IsWord(toks[n])) sf = n;
  }
  uint32_t k = sf;
  // a name, then an appositive: "Dean, a former party chairman, poked at ..., tweeting"
  {
    uint32_t e = sf;
    while (e < limit && e - sf < 6 && NpWord(e) && !TokIs(toks[e], kDeterminer)) ++e;
    // (or a party tag: "House Speaker Paul Ryan, R-Wis., despite admitting ..."; a relative clause:
    // "Hillary Clinton, who declared victory ..., will ..."; a description: "Tracy Martin,
    // Trayvon's father, issued ...", "Michael J. Petrilli, president of the ...")
    if (e > sf && e + 1 < limit && toks[sf].cap && !TokIs(toks[sf], kFunction | kPostMod) &&
        IsPunct(toks[e], ',') &&
        (AppositiveOpens(e + 1, limit) ||
         IsPartyTag(doc_.text.substr(toks[e + 1].start, toks[e + 1].end - toks[e + 1].start)))) {
      *a = sf;
      *b = e;
      return true;
    }
  }
  // skip an introductory phrase ending with a comma ("Additionally, ...", "On Thursday, however, ...",
  // "During a national security speech earlier in the day, ...", "At an event in Ames, Iowa, on
  // Sunday, ...": a place's state after its city is no subject)
  uint32_t before_state = kNone;  // where the phrase before a state's name ended
  for (int phrases = 0; phrases < 3; ++phrases) {
    uint32_t from = k;
    uint32_t reach = TokIs(toks[from], kPostMod) ? 15 : 6;  // a longer one opens with a preposition
    for (uint32_t m = from; m < limit && m < from + reach; ++m) {
      if (IsPunct(doc_.toks[m], ',')) {
        k = m + 1;
        break;
      }
    }
    // (the comma before the limit itself ends no introductory phrase: "Trump spoke on Friday,
    // saying ..." has its subject first)
    if (k >= limit) {
      k = from;
      break;
    }
    if (k == from || !IsWord(doc_.toks[k])) break;
    if (!doc_.toks[k].cap) continue;
    if (phrases == 2 || k < sf + 2 || !toks[k - 2].cap || k + 1 >= limit || !IsPunct(toks[k + 1], ',') ||
        !TokIs(toks[from], kPostMod))
      break;
    before_state = k;
  }
  // a time phrase with no comma after it: "On Sunday morning Mr. Trump made ..."
  if (k + 2 < limit && (toks[k].lower == "on" || toks[k].lower == "last") &&
      TokIs(toks[k + 1], kWeekday | kTimeWord)) {
    uint32_t m = k + 2;
    while (m < limit && m < k + 4 && IsWord(toks[m]) && !toks[m].cap) ++m;
    if (m < limit && toks[m].cap && IsWord(toks[m])) k = m;
  }
  uint32_t e = k;
  while (e < limit && e - k < 10 && NpWord(e)) ++e;
  if (e == k && before_state != kNone) {  // (no subject after the state: it is read as one, as before)
    k = before_state;
    for (e = k; e < limit && e - k < 10 && NpWord(e);) ++e;
  }
  if (e == k) return false;
  *a = k;
  *b = e;
  return true;
}

// Does an appositive open at token i, after a name and its comma: a determiner ("a former party
// chairman"), a relative pronoun ("who declared ..."), a title or a noun for a person ("president
// of the institute"), or another's possessive before one ("Trayvon's father", "New Jersey's
// sitting governor")?
bool ClaimFinder::AppositiveOpens(uint32_t i, uint32_t limit) const {
  const auto& toks = doc_.toks;
  const Tok& t = toks[i];
  if (!IsWord(t)) return false;
  if (!t.cap && (TokIs(t, kDeterminer) || TokIn(t, kWhRelative))) return true;
  for (uint32_t m = i; m < limit && m < i + 5 && IsWord(toks[m]); ++m)
    if (!toks[m].cap && TokIs(toks[m], kTitle | kPersonNoun)) return true;
  return false;
}

// Is the participle at token c the verb of a progressive ("is warning", "was also saying")?
bool ClaimFinder::Progressive(uint32_t sf, uint32_t c) const {
  const auto& toks = doc_.toks;
  uint32_t p = c;
  while (p > sf && c - p < 3 && IsWord(toks[p - 1]) &&
         (IsLyAdverb(toks[p - 1]) || toks[p - 1].lower == "also" || toks[p - 1].lower == "now" ||
          toks[p - 1].lower == "still" || toks[p - 1].lower == "again" || toks[p - 1].lower == "once"))
    --p;
  if (p == sf) return false;
  std::string_view w = toks[p - 1].lower;
  return w == "is" || w == "are" || w == "was" || w == "were" || w == "am" || w == "been" || w == "'s" ||
         w == "\u2019s";
}

// A description of unnamed sources that ends a sentence after its cue: "..., say political
// observers in Virginia", "..., worry environmentalists", "..., said all the experts I
// interviewed". [*a, *b): up to its head noun (people: "observers", "lawmakers"); *end: where the
// phrase ends (the sentence's end or a comma).
bool ClaimFinder::DescribedSourceAfter(uint32_t i, uint32_t body_end, uint32_t* a, uint32_t* b,
                                       uint32_t* end) const {
  const auto& toks = doc_.toks;
  if (i >= body_end || !IsWord(toks[i]) || toks[i].cap ||
      TokIs(toks[i], kAux | kPronoun | kTimeWord | kWeekday | kRelDate | kSetting))
    return false;
  if (TokIn(toks[i], kNoSourceStart)) return false;
  uint32_t k = i, head_end = kNone;
  while (k < body_end && k - i < 10 && IsWord(toks[k]) && toks[k].lower != "that" && toks[k].quote < 0) {
    if (head_end == kNone && k - i < 4 && (PeopleNoun(toks[k]) || TokIs(toks[k], kGroupNoun | kPersonNoun)))
      head_end = k + 1;
    ++k;
  }
  if (head_end == kNone || (k < body_end && !IsPunct(toks[k], ','))) return false;
  // what follows the head is a modifier with no verb of its own ("in Virginia", "interviewed at
  // rallies"): not a verb of saying, an auxiliary or an adverb before a verb ("..., said his
  // survey showed support holding", "..., said contractors eventually built a cushion": the
  // content of "said", not its source)
  for (uint32_t m = head_end; m < k; ++m) {
    uint32_t len = 0;
    int ci = MatchCue(doc_, m, k, &len);
    CueClass cls = ci >= 0 ? lex_.cues[static_cast<size_t>(ci)].cls : kSpokeTo;
    if (ClauseVerb(toks[m]) || IsLyAdverb(toks[m]) || cls == kSpeech || cls == kBelief) return false;
  }
  *a = i;
  *b = head_end;
  *end = k;
  return true;
}

// "Abortion rights advocates said", "those surveyed say", "a person familiar with the planning
// says", "numerous veterans interviewed at Trump rallies, including Mr. Jebens, said", "all the
// experts I interviewed said": a phrase that opens the sentence (after "But" or an introductory
// phrase ending in a comma, "By 58%-33%,") headed by a noun for people, and what follows the head
// up to the cue c a modifier with no verb of its own: it opens with a preposition, a participle
// or an adjective before one ("interviewed at", "familiar with"), a participle alone ("those
// surveyed"), a pronoun and its verb ("I interviewed") or a comma, and holds no auxiliary (but
// after a pronoun), relative pronoun, other cue or quote. [*a, *b): the phrase up to its head, a
// description of unnamed sources (left unresolved unless a name heads it).
bool ClaimFinder::OpeningSubject(uint32_t sf, uint32_t c, uint32_t* a, uint32_t* b) const {
  const auto& toks = doc_.toks;
  uint32_t s = sf, len = 0;
  if (s < c && TokIs(toks[s], kNarrator) && toks[s].quote < 0) ++s;  // "But", "And"
  if (s < c && (TokIs(toks[s], kPostMod) || toks[s].lower == "by" || toks[s].lower == "to")) {
    uint32_t m = s;
    while (m < c && m - s < 8 && IsWord(toks[m])) ++m;
    if (m >= c || !IsPunct(toks[m], ',')) return false;
    s = m + 1;
  }
  if (c <= s) return false;
  if (IsPunct(toks[c - 1], ',')) {
    // "The minister of the economy, Mr. Guajardo Villarreal, argues": the name after the description
    // ("National Guard members, called to service by the governor, are": no cue of theirs)
    uint32_t n = c - 1;
    while (n > s && c - 1 - n < 5 && IsWord(toks[n - 1]) && toks[n - 1].cap) --n;
    uint32_t da, db;
    // ("veterans interviewed at Trump rallies, including Mr. Jebens, said": the group speaks)
    if (n > s + 2 && n < c - 1 && toks[n - 1].lower == "including" && IsPunct(toks[n - 2], ','))
      return OpeningSubject(sf, n - 2, a, b);
    if (n == c - 1 || n < s + 2 || !IsPunct(toks[n - 1], ',') || !OpeningSubject(sf, n - 1, &da, &db))
      return false;
    *a = n;
    *b = c - 1;
    return true;
  }
  auto bad = [&](uint32_t m) {
    const Tok& t = toks[m];
    // (a cue word after a possessive or an article is a noun: "familiar with Cruz's thinking")
    bool noun = m > s && (EndsPossessive(toks[m - 1]) || TokIs(toks[m - 1], kDeterminer));
    return t.quote >= 0 || t.kind == TokKind::kOpenQuote || t.kind == TokKind::kCloseQuote ||
           IsPunct(t, ';') || IsPunct(t, ':') || IsPunct(t, '(') || TokIn(t, kRelative | kWhRelative) ||
           (m > s && !noun && MatchCue(doc_, m, c, &len) >= 0);
  };
  auto people = [&](uint32_t m) {
    Tok t = toks[m];
    if (!IsWord(t) || t.kind == TokKind::kNumber || TokIs(t, kDocumentNoun)) return false;
    if (t.cap) {  // "Prosecutors said", "Those surveyed said" (not "Mr. Obama")
      t.cap = false;
      return m == s && (TokIs(t, kGroupNoun) || PeopleNoun(t) || t.lower == "those");
    }
    if (TokIs(t, kGroupNoun | kPersonNoun | kTitle) || PeopleNoun(t)) return true;
    return t.lower == "those" || (!TokIs(t, kDeterminer | kFunction) && PersonNounAt(m));
  };
  auto prep = [&](uint32_t m) {
    std::string_view w = toks[m].lower;
    return TokIs(toks[m], kPostMod) || w == "of" || w == "for" || w == "by" || w == "to" || w == "with";
  };
  uint32_t h = kNone;
  for (uint32_t m = s; m < c && m - s < 8; ++m) {
    if (IsPunct(toks[m], '-') && m > s && m + 1 < c) continue;  // "front-runner"
    if (!IsWord(toks[m]) || bad(m) ||
        (TokIs(toks[m], kAux | kPronoun) && !TokIs(toks[m], kDeterminer | kGroupNoun)))
      return false;
    if (people(m)) {
      h = m;
      // ("all the experts", "some of the families": the noun after the quantifier heads it)
      if (m + 1 >= c || !(people(m + 1) || (TokIs(toks[m], kDeterminer | kGroupNoun) &&
                                            (TokIs(toks[m + 1], kDeterminer) || toks[m + 1].lower == "of"))))
        break;
    }
  }
  // "The front-runner and former secretary of state said": two descriptions of one source
  while (h != kNone && h + 2 < c && (toks[h + 1].lower == "and" || toks[h + 1].lower == "or")) {
    uint32_t n = kNone;
    for (uint32_t m = h + 2; m < c && m < h + 6 && n == kNone; ++m) {
      if (!IsWord(toks[m]) || bad(m) || TokIs(toks[m], kAux | kPronoun)) break;
      if (people(m)) n = m;
    }
    if (n == kNone) break;
    h = n;
  }
  if (h == kNone || c - h > 18) return false;
  bool participle = false;  // "nurses questioned at the hospital": a participle, not a cue
  if (h + 1 < c) {          // the modifier after the head
    const Tok& f = toks[h + 1];
    std::string_view w = f.lower;
    bool ed = IsWord(f) && !f.cap && w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0;
    participle =
        ed && (h + 2 == c || IsPunct(toks[h + 2], ',') || TokIs(toks[h + 2], kTimeWord) || prep(h + 2));
    bool opens = IsPunct(f, ',') || prep(h + 1) || IsLyAdverb(f) || participle ||
                 (IsWord(f) && !f.cap && !TokIs(f, kAux | kFunction) && h + 2 < c && prep(h + 2)) ||
                 (TokIs(f, kPronoun) && !TokIs(f, kDeterminer) && h + 2 < c && IsWord(toks[h + 2]));
    if (!opens) return false;
  }
  for (uint32_t m = h + 1; m < c; ++m) {
    if (bad(m) && !(participle && m == h + 1)) return false;
    const Tok& t = toks[m];
    if (!IsWord(t)) continue;
    if (TokIs(t, kAux) && !TokIs(t, kPronoun) && !TokIs(toks[m - 1], kPronoun)) return false;
    if (TokIs(t, kNarrator) && t.lower != "and" && t.lower != "including") return false;
    if (TokIs(t, kPronoun) && !TokIs(t, kDeterminer) && m != h + 1) return false;
  }
  *a = s;
  *b = h + 1;
  return true;
}
}  // namespace claimgraph::extract::claims
