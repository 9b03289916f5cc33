// Claims, stage 2: the head of a subject phrase: a noun for people, a named group, a head that a
// prepositional phrase follows ("Experts on North Korea"), a head after a possessive ("his
// doctor"); a share of those asked ("Six in 10 say").
#include <string>

#include "extract/claims/finder.h"

namespace claimgraph::extract::claims {

bool ClaimFinder::NamedGroupAt(uint32_t i) const {
  const Tok& t = doc_.toks[i];
  if (t.lower.size() < 4 || t.lower.back() != 's') return false;
  auto it = idx_.AtOrAfter(t.start);
  if (it == idx_.mentions().end() || it->pos != t.start) return false;
  EntityType type = out_->entities[it->ent].type;
  return type == EntityType::kOrganization || type == EntityType::kCountry;
}

// The head noun of a speaker phrase that a prepositional phrase follows, up to token j ("Experts
// on North Korea and nuclear nonproliferation", "elected officials from both parties", "analysts
// at the bank"): the noun before the preposition, when it names people, a group or a document;
// -1 when there is none. The phrase after the preposition holds no verb.
int64_t ClaimFinder::PostModifiedHead(uint32_t lo, int64_t j) const {
  const auto& toks = doc_.toks;
  for (int64_t p = j; p > static_cast<int64_t>(lo) && j - p < 10; --p) {
    const Tok& t = toks[static_cast<size_t>(p)];
    // (no verb in the phrase: "both" is a group word here, "and" joins its nouns)
    if (!IsWord(t) || (TokIs(t, kAux) && !TokIs(t, kGroupNoun)) || TokIs(t, kPronoun) ||
        TokIn(t, kComplement) || (TokIs(t, kNarrator) && t.lower != "and"))
      return -1;
    // ("Critics of the plan", "residents of the town": "of" after a plural noun for people)
    bool of = false;
    if (t.lower == "of" && p - 1 >= static_cast<int64_t>(lo)) {
      Tok n = toks[static_cast<size_t>(p - 1)];
      if (n.cap && OpensSentence(static_cast<uint32_t>(p - 1))) n.cap = false;
      of = PeopleNoun(n);
    }
    if ((!TokIs(t, kPostMod) && !of) || t.cap || p == j) continue;
    const Tok& h = toks[static_cast<size_t>(p - 1)];
    if (!IsWord(h)) return -1;
    // (a noun that opens the sentence is capitalized: "Experts on ...")
    Tok folded = h;
    if (h.cap && OpensSentence(static_cast<uint32_t>(p - 1))) folded.cap = false;
    // "Some Democrats on the panel", "Republicans in Congress": a party's or a nation's people
    bool group = folded.cap && NamedGroupAt(static_cast<uint32_t>(p - 1));
    if (folded.cap && !group) return -1;
    if (!group && !PeopleNoun(folded) && !TokIs(h, kPersonNoun | kGroupNoun | kDocumentNoun)) return -1;
    // the phrase opens the clause ("Political observers in Virginia say"; not "request data from
    // the sites mentioned in ...")
    int64_t o = p - 1;
    while (o > static_cast<int64_t>(lo) && p - 1 - o < 4 && IsWord(toks[static_cast<size_t>(o - 1)]) &&
           !TokIs(toks[static_cast<size_t>(o - 1)], kAux | kPronoun | kNarrator | kPostMod) &&
           !TokIn(toks[static_cast<size_t>(o - 1)], kComplement))
      --o;
    if (o == static_cast<int64_t>(lo) || OpensSentence(static_cast<uint32_t>(o))) return p - 1;
    const Tok& before = toks[static_cast<size_t>(o - 1)];
    // (after "and" a phrase with "of" is the last of a joined subject: "many corporations and the
    // wealthiest members of our society have found ways ...")
    bool opens = IsPunct(before, ',') || IsPunct(before, ';') || (before.lower == "and" && !of) ||
                 before.lower == "but" || TokIn(before, kComplement);
    return opens ? p - 1 : -1;
    return -1;
  }
  return -1;
}

bool ClaimFinder::RelativeClauseSubject(uint32_t lo, uint32_t cue, int64_t j, bool saw_be, uint32_t* a,
                                        uint32_t* b) const {
  const auto& toks = doc_.toks;
  if (saw_be || j <= static_cast<int64_t>(lo)) return false;
  const Tok& end = toks[static_cast<size_t>(j)];
  // the word before the verb is the clause's own last word (not a comma: "Voters who are angry
  // about X, worried about Y" lists the clause's words), not the verb's subject ("the voters who
  // backed her, he said": "he"), nor a conjunction ("who authorized the raid and who hoped to
  // ...": a second verb of the clause itself)
  if (!IsWord(end) || TokIs(end, kPronoun | kFunction) || TokIn(end, kSubjectPronoun | kSpeakerJoin))
    return false;
  for (int64_t w = j - 1; w > static_cast<int64_t>(lo) && j - w <= 25; --w) {
    const Tok& t = toks[static_cast<size_t>(w)];
    if (t.kind == TokKind::kEnd || t.kind == TokKind::kOpenQuote || t.kind == TokKind::kCloseQuote ||
        t.kind == TokKind::kDash || IsPunct(t, ',') || IsPunct(t, ';') || IsPunct(t, ':') ||
        IsPunct(t, '(') || IsPunct(t, ')'))
      return false;
    if (t.cap || t.lower != "who") continue;
    // "who" is the clause's subject: a verb, an auxiliary or an adverb follows it, never a
    // subject of its own ("the voters who the mayor said ...", "those who he thinks ...")
    const Tok& n = toks[static_cast<size_t>(w + 1)];
    if (j - w < 2 || !IsWord(n) || n.cap || n.kind == TokKind::kNumber || TokIs(n, kPronoun | kDeterminer) ||
        TokIn(n, kSubjectPronoun))
      return false;
    // (a comma before "who" opens an appositive, which AppositiveSubject reads; a possessive's
    // owner is no head: "Friends of Mr. Clinton's who ...")
    const Tok& before = toks[static_cast<size_t>(w - 1)];
    if (!IsWord(before) || TokIs(before, kFunction | kAux) || EndsPossessive(before)) return false;
    if (!FindSubject(lo, static_cast<uint32_t>(w), a, b, true)) return false;
    // the one the clause is about opens the clause of the verb ("Democrats who attended the
    // meeting said", "But executives who run news outlets say"); after a comma or "and" it
    // describes a name before it ("Gov. John Kasich, a Republican who has refused to endorse
    // him, said": AppositiveSubject's)
    if (*b != static_cast<uint32_t>(w)) return false;
    if (*a == lo || OpensSentence(*a)) return true;
    const Tok& p = toks[*a - 1];
    return TokIn(p, kComplement) || (TokIn(p, kSpeakerJoin) && (*a - 1 == lo || OpensSentence(*a - 1)));
  }
  return false;
}

bool ClaimFinder::ReducedRelativeSubject(uint32_t lo, uint32_t cue, int64_t j, bool saw_be, uint32_t* a,
                                         uint32_t* b) const {
  const auto& toks = doc_.toks;
  // (a finite verb of speech or belief: after a participle cue, "-ed" is as often a verb of the
  // sentence's own, "sisters joined a movement called X")
  uint32_t cue_len = 0;
  const int ci = MatchCue(doc_, cue, static_cast<uint32_t>(toks.size()), &cue_len);
  if (ci < 0 || toks[cue].lower.ends_with("ing")) return false;
  const CueClass cls = Lex().cues[static_cast<size_t>(ci)].cls;
  if (cls != kSpeech && cls != kBelief) return false;
  if (saw_be || j <= static_cast<int64_t>(lo)) return false;
  for (int64_t p = j; p > static_cast<int64_t>(lo) && j - p <= 10; --p) {
    const Tok& t = toks[static_cast<size_t>(p)];
    // (the phrase after the participle holds no clause: no mark, pronoun, verb or conjunction)
    if (!IsWord(t) || TokIs(t, kPronoun) ||
        TokIn(t, kSubjectPronoun | kRelative | kSpeakerJoin | kClauseOpener | kCircumstance) || AuxVerb(t))
      return false;
    // (a name is the verb's own subject unless "by" names it: "conflicted with what Melania Trump
    // told", but "Voters surveyed by the AP said")
    if (t.cap && !TokIs(t, kWeekday | kRelDate | kTimeWord)) {
      bool by = false;
      for (int64_t m = p - 1; m > static_cast<int64_t>(lo) && p - m <= 5 && !by; --m)
        by = toks[static_cast<size_t>(m)].lower == "by";
      if (!by) return false;
    }
    bool participle = TokIn(t, kAuthoring) || (t.lower.size() >= 5 && t.lower.ends_with("ed"));
    if (t.cap || t.kind == TokKind::kNumber || !participle) continue;
    // what follows the participle says by whom, where or when, never an object of its own
    // ("delegates selected Sunday", "People briefed on the talks", not "sisters joined a
    // movement called X", whose "-ed" is the sentence's verb)
    if (p < j) {
      const Tok& n = toks[static_cast<size_t>(p + 1)];
      if (n.lower != "by" && !TokIs(n, kPostMod | kWeekday | kRelDate | kTimeWord) && !TokIn(n, kSettingPrep))
        return false;
    }
    // the noun before it names people or a document ("Voters surveyed", "A news report published")
    const Tok& h = toks[static_cast<size_t>(p - 1)];
    Tok folded = h;
    if (h.cap && OpensSentence(static_cast<uint32_t>(p - 1))) folded.cap = false;
    if (!IsWord(h) || folded.cap) return false;
    bool document = TokIs(h, kDocumentNoun);
    if (!document && !PeopleNoun(folded) && !PersonNounAt(static_cast<uint32_t>(p - 1))) return false;
    // what is put out by someone is theirs ("A statement issued by the White House said",
    // "Figures released by the Cabinet Office showed"):
    // the phrase before the verb is the speaker, as without the participle
    // ("A survey conducted on its behalf by NOP found": "by" anywhere in the phrase)
    if (TokIn(t, kAuthoring))
      for (int64_t m = p + 1; m <= j; ++m)
        if (toks[static_cast<size_t>(m)].lower == "by") return false;
    if (!FindSubject(lo, static_cast<uint32_t>(p), a, b, true) || *b != static_cast<uint32_t>(p))
      return false;
    // (no auxiliary before the subject: "Nor could the leaders surveyed say" asks, or denies)
    for (uint32_t m = lo; m < *a; ++m)
      if (AuxVerb(toks[m])) return false;
    return true;
  }
  return false;
}

bool ClaimFinder::GroupOfName(uint32_t a, uint32_t b) const {
  const auto& toks = doc_.toks;
  uint32_t h = a;
  // ("a friend of", "Some allies of", "Two aides to")
  if (h + 1 < b &&
      ((TokIs(toks[h], kDeterminer) && !TokIs(toks[h], kPronoun)) || toks[h].kind == TokKind::kNumber))
    ++h;
  if (h + 2 >= b || !IsWord(toks[h])) return false;
  const Tok& n = toks[h];
  Tok folded = n;
  if (n.cap && OpensSentence(h)) folded.cap = false;  // (not "The Department of Justice")
  if (folded.cap || TokIs(n, kTitle)) return false;
  if (!(PeopleNoun(folded) || TokIs(n, kGroupNoun | kPersonNoun))) return false;
  uint32_t p = h + 1;
  // ("People close to Mr. Trump": one word before "to")
  if (p + 1 < b && IsWord(toks[p]) && !toks[p].cap && toks[p + 1].lower == "to") ++p;
  std::string_view l = toks[p].lower;
  if (toks[p].cap || !(l == "of" || l == "to" || l == "for" || TokIs(toks[p], kPostMod))) return false;
  // (a group that acts for its state or body stays its voice, "officials of the Fed", unless a
  // title names a person: "aides to President Obama")
  const WordInfo* w = n.Info();
  if (w && w->official && !TokIs(toks[p + 1], kTitle)) return false;
  // the one they are of is a person ("members of Korn", "the government of Nigeria" speak for the
  // band or the state, as the phrase's name does)
  return p + 1 < b && PersonNamedIn(toks[p + 1].start, toks[b - 1].end);
}

// Is the word at token i a noun for one person or more: a role or group word, a plural for people,
// or a singular by its ending ("lawyer", "doctor", "spokeswoman", "agent", "questioner")?
bool ClaimFinder::PersonNounAt(uint32_t i) const {
  const Tok& t = doc_.toks[i];
  if (TokIs(t, kPersonNoun | kTitle | kGroupNoun) || PeopleNoun(t)) return true;
  std::string_view h = t.lower;
  if (h.empty() || !lex_.person_last[static_cast<unsigned char>(h.back())]) return false;
  for (const std::string& e : lex_.person_endings)
    if (h.size() > e.size() + 2 && h.ends_with(e)) return true;
  return false;
}

bool ClaimFinder::WeekdaySurname(uint32_t r, uint32_t hi) const {
  const auto& toks = doc_.toks;
  if (r == 0 || !TokIs(toks[r], kWeekday) || TokIs(toks[r], kTitle)) return false;
  const WordInfo* given = toks[r - 1].Info();
  if (given == nullptr || given->name_gender == 0 || !toks[r - 1].cap) return false;
  // (not "said coach Mike Friday Smith": the name runs on)
  return r + 1 >= hi || !IsWord(toks[r + 1]) || !toks[r + 1].cap;
}

bool ClaimFinder::PeopleInPlace(uint32_t i) const {
  const Tok& t = doc_.toks[i];
  return UnnamedPlural(t) && (!t.cap || OpensSentence(i));
}

uint32_t ClaimFinder::BodyNameBefore(uint32_t lo, uint32_t first) const {
  const auto& toks = doc_.toks;
  if (first < lo + 4 || toks[first - 1].lower != "and" || !toks[first].cap) return first;
  // the first conjunct, capitalized, after "of" and a capitalized name: "Federation of England"
  uint32_t q = first - 1;
  while (q > lo && first - 1 - q < 3 && IsWord(toks[q - 1]) && toks[q - 1].cap &&
         !TokIs(toks[q - 1], kFunction))
    --q;
  if (q == first - 1 || q < lo + 2 || toks[q - 1].lower != "of" || !IsWord(toks[q - 2]) || !toks[q - 2].cap ||
      TokIs(toks[q - 2], kFunction | kPronoun))
    return first;
  // then the body's name before "of", with its article ("the Police Federation")
  uint32_t k = q - 1;
  while (k > lo && q - k < 8 && NpWord(k - 1) && !(TokIs(toks[k - 1], kDeterminer) && !toks[k - 1].cap)) --k;
  if (k > lo && IsWord(toks[k - 1]) && !toks[k - 1].cap && TokIs(toks[k - 1], kDeterminer)) --k;
  return k;
}

// Is the lower-case noun at token j the head of a phrase that opens with a possessive ("Pagliano's
// lawyer", "his personal doctor", "the company's chief executive")?
bool ClaimFinder::PossessedHead(uint32_t lo, int64_t j) const {
  const auto& toks = doc_.toks;
  auto plain = [&](int64_t i) {
    const Tok& t = toks[static_cast<size_t>(i)];
    return IsWord(t) && !t.cap && t.kind != TokKind::kNumber && t.lower.size() >= 3 &&
           !TokIs(t, kFunction | kAux | kPronoun | kDeterminer | kTimeWord | kNarrator | kPostMod) &&
           t.lower.find('\'') == std::string_view::npos && t.lower.find("\u2019") == std::string_view::npos;
  };
  if (!plain(j)) return false;
  // (not "his career continued", "England's defensive worries")
  if (!PersonNounAt(static_cast<uint32_t>(j))) return false;
  for (int64_t k = j - 1; k >= static_cast<int64_t>(lo) && j - k <= 3; --k) {
    const Tok& t = toks[static_cast<size_t>(k)];
    std::string_view w = t.lower;
    bool pronoun = w == "his" || w == "her" || w == "their" || w == "its";
    bool named = EndsPossessive(t) &&
                 (t.cap || (k > static_cast<int64_t>(lo) && toks[static_cast<size_t>(k - 1)].lower == "the"));
    if (pronoun || named) {
      // the phrase opens the clause: back over the possessor's name and its article
      int64_t o = k;
      while (named && o > static_cast<int64_t>(lo) && IsWord(toks[static_cast<size_t>(o - 1)]) &&
             (toks[static_cast<size_t>(o - 1)].cap || toks[static_cast<size_t>(o - 1)].lower == "the"))
        --o;
      if (o == static_cast<int64_t>(lo) || OpensSentence(static_cast<uint32_t>(o))) return true;
      const Tok& p = toks[static_cast<size_t>(o - 1)];
      return IsPunct(p, ',') || TokIn(p, kCoord) || TokIn(p, kComplement);
    }
    if (!plain(k)) return false;
  }
  return false;
}

// A share of those asked, ending at token j ("Six in 10 say", "one in five said", "about three in
// 10 said"): the token that opens it, or -1. Who they are is left unresolved, like a group's.
int64_t ClaimFinder::ShareOfAsked(uint32_t lo, int64_t j) const {
  const auto& toks = doc_.toks;
  if (j < static_cast<int64_t>(lo) + 2) return -1;
  auto number = [&](int64_t i) {
    const Tok& t = toks[static_cast<size_t>(i)];
    return t.kind == TokKind::kNumber || (IsWord(t) && TokIs(t, kDeterminer) && t.lower != "another");
  };
  if (!number(j) || toks[static_cast<size_t>(j - 1)].lower != "in" || !number(j - 2)) return -1;
  return j - 2;
}

// Is the word at token m (m > 0) a preposition that attaches a phrase to a noun for people before
// it ("a spokesman for the Home Office", "officials at the bank", "the chairman of the committee")?
bool ClaimFinder::PersonPostMod(uint32_t m) const {
  const auto& toks = doc_.toks;
  const Tok& t = toks[m];
  return (TokIs(t, kPostMod) || t.lower == "of" || t.lower == "for") && !t.cap && IsWord(toks[m - 1]) &&
         !toks[m - 1].cap && PersonNounAt(m - 1);
}

// A description before the name of the source of a closing attribution ("..., says political
// scientist Dossym Satpayev.", "..., said the company's chief executive, John Ferriola."): an
// optional article or possessive, lower-case words that end in a noun for a person, an optional
// comma, then a capitalized name. True with [*a, *b) the name (who speaks).
bool ClaimFinder::DescribedNameAfter(uint32_t i, uint32_t body_end, uint32_t* a, uint32_t* b) const {
  const auto& toks = doc_.toks;
  uint32_t k = i;
  auto plain = [&](uint32_t m) {
    const Tok& t = toks[m];
    return IsWord(t) && !t.cap && t.kind != TokKind::kNumber && t.quote < 0 && !TokIn(t, kComplement) &&
           !TokIs(t, kFunction | kAux | kPronoun | kTimeWord | kWeekday | kRelDate | kNarrator | kPostMod);
  };
  if (k < body_end && TokIs(toks[k], kDeterminer) && !toks[k].cap) ++k;  // "the", "a", "his"
  uint32_t d = k;
  while (k < body_end && k - d < 5 && plain(k)) ++k;
  // (the head noun, or a title's two words: "chief executive", "press secretary")
  bool head =
      k > d && !PeopleNoun(toks[k - 1]) && (PersonNounAt(k - 1) || (k > d + 1 && PersonNounAt(k - 2)));
  if (!head) return false;
  if (k < body_end && IsPunct(toks[k], ',')) ++k;
  if (k >= body_end || !IsWord(toks[k]) || !toks[k].cap || TokIs(toks[k], kFunction)) return false;
  uint32_t na, nb;
  if (!NpAfter(k, body_end, &na, &nb) || na != k || nb - na > 5) return false;
  for (uint32_t m = na; m < nb; ++m)
    if (!toks[m].cap) return false;
  *a = na;
  *b = nb;
  return true;
}

bool ClaimFinder::DocumentBeforeRelative(uint32_t lo, uint32_t w, uint32_t cue, uint32_t* a,
                                         uint32_t* b) const {
  const auto& toks = doc_.toks;
  // (a verb of taking a side keeps the one who posted it: "Flack posted a reply that assailed X")
  uint32_t cue_len = 0;
  const int ci = MatchCue(doc_, cue, static_cast<uint32_t>(toks.size()), &cue_len);
  if (ci < 0) return false;
  const CueClass cls = Lex().cues[static_cast<size_t>(ci)].cls;
  if (cls != kSpeech && cls != kBelief) return false;
  for (uint32_t d = w; d > lo && w - d < 8 && IsWord(toks[d - 1]); --d)
    if (TokIs(toks[d - 1], kDocumentNoun) && !toks[d - 1].cap) {
      *a = d - 1;
      *b = d;
      return true;
    }
  return false;
}

// "McConnell, now the majority leader, who in 2010 said ...": the subject of a cue after the
// relative pronoun "who" at w: the one the relative clause is about.
bool ClaimFinder::WhoSubject(uint32_t lo, uint32_t cue, uint32_t w, uint32_t* a, uint32_t* b,
                             bool verb) const {
  const auto& toks = doc_.toks;
  if (w > lo && FindSubject(lo, w, a, b, verb)) return true;
  // "The senator, who said ...": the phrase before the comma ("who is noted for": a passive)
  if (w > lo + 1 && IsPunct(toks[w - 1], ',') && !(verb && PassiveBetween(w, cue)) &&
      FindSubject(lo, w - 1, a, b, verb))
    return true;
  // "..., said Mr. Kamin, who emphasized that ...", "Ann Lee met Tom Reid, who argued that
  // ...": a person named inside the sentence, its subject or not, before ", who"
  if (verb && PersonBeforeWho(lo, cue, a, b)) return true;
  // "an architect who said ...", "said one former staffer, who added that ...": "who" is
  // said of a person, whatever the noun before it (and its comma)
  if (w > lo + 1 && IsPunct(toks[w - 1], ',') && IsWord(toks[w - 2]) && !toks[w - 2].cap &&
      !TokIs(toks[w - 2], kFunction | kPronoun | kAux) && toks[w - 2].kind != TokKind::kNumber &&
      !IsLyAdverb(toks[w - 2])) {
    *a = w - 2;
    *b = w - 1;
    return true;
  }
  if (w > lo && IsWord(toks[w - 1]) && !toks[w - 1].cap && !TokIs(toks[w - 1], kFunction | kPronoun | kAux) &&
      toks[w - 1].kind != TokKind::kNumber) {
    *a = w - 1;
    *b = w;
    return true;
  }
  return false;
}

// "As a phone rang, the announcer said, ...", "A memorable ad questioned whether ...": an article
// or a word that counts people, and up to two lower-case words, before a verb of speech; a
// description of someone the article does not name (left unresolved). It opens the sentence or
// follows a comma, "and" or "but". With *loose set, a wider description whose content must be a
// statement (StatedClause): up to four words with names among them ("The GOP speechwriter said",
// "The billionaire real estate magnate says"), a head that is no noun for a person after the
// sentence's first word ("The judges said", "Each side said"), or, opening the sentence without
// an article, a plural noun after at most two words ("Pentagon spokesmen said", "Legal observers
// say", "Polls there show"). Where a name stands among its words ("Trump fans"), only the
// lower-case words that end in the head are the speaker, never the one named.
bool ClaimFinder::DescribedSubject(uint32_t lo, uint32_t cue, uint32_t* a, uint32_t* b, bool* loose) const {
  const auto& toks = doc_.toks;
  if (cue == 0 || cue <= lo) return false;
  bool saw_be = false;
  int64_t j = SkipAdverbials(lo, static_cast<int64_t>(cue) - 1, &saw_be);
  if (saw_be || j <= static_cast<int64_t>(lo)) return false;
  bool wide = false;  // the description needs *loose
  // (where they are, after the head: "Her aides here said", "Polls there show")
  if (toks[static_cast<size_t>(j)].lower == "here" || toks[static_cast<size_t>(j)].lower == "there") {
    --j;
    wide = true;
  }
  if (j <= static_cast<int64_t>(lo) || (wide && !loose)) return false;
  const Tok& head = toks[static_cast<size_t>(j)];
  auto plain = [](const Tok& t) {
    return IsWord(t) && !t.cap && t.kind != TokKind::kNumber &&
           !TokIs(t, kFunction | kAux | kPronoun | kDeterminer | kTimeWord | kWeekday | kRelDate | kSetting);
  };
  if (!plain(head) || head.lower.size() < 3) return false;
  std::string_view h = head.lower;
  if (h.ends_with("ed") || h.ends_with("ing") || h == "than") return false;  // "better than expected"
  bool person = PersonNounAt(static_cast<uint32_t>(j)) || h.ends_with("er");
  bool plural =
      !IsLyAdverb(head) && h.find('\'') == std::string_view::npos &&
      ((h.size() >= 4 && h.back() == 's' && !h.ends_with("ss") && !h.ends_with("us") && !h.ends_with("is")) ||
       h.ends_with("men"));
  int64_t named = -1;   // the capitalized word nearest the head among its words
  bool verbal = false;  // a word among them that makes a wide description no description
  for (int64_t k = j - 1; k >= static_cast<int64_t>(lo) && j - k <= (loose ? 5 : 3); --k) {
    const Tok& t = toks[static_cast<size_t>(k)];
    std::string_view w = t.lower;
    // a determiner: an article, or a word that counts people ("one questioner", "another
    // source", "several experts"); "that", "no", "any" and a possessive ("his career continued")
    // open no description of a speaker
    bool possessive =
        w == "his" || w == "her" || w == "its" || w == "their" || w == "our" || w == "my" || w == "your";
    bool article = w == "the" || w == "a" || w == "an";
    // (an article that opens the sentence is written capitalized: "A voter said, ..."; there the
    // head is a noun for a person, not "The figures include", "The state reported", unless the
    // content is a statement)
    bool first = k == static_cast<int64_t>(lo) && OpensSentence(static_cast<uint32_t>(k));
    bool cap = t.cap && !(first && (person || loose));
    // (a word that counts people before a noun for one: "Another commenter said", "One voter said")
    bool counted = person || TokIs(head, kGroupNoun | kPersonNoun) || (loose && w == "each");
    if (!cap && TokIs(t, kDeterminer) && !possessive && w != "that" && w != "this" && w != "no" &&
        w != "any" && (article || counted)) {
      bool opens = k == static_cast<int64_t>(lo);
      if (!opens) {
        const Tok& p = toks[static_cast<size_t>(k - 1)];
        opens = IsPunct(p, ',') || IsPunct(p, ';') || IsPunct(p, ':') || TokIn(p, kCoord);
      }
      if (!opens) return false;
      wide |= j - k > 3 || named >= 0 || (t.cap && !person) || w == "each";
      // ("A Windows virus called Bofra is ...": a participle after "a" names, no one speaks)
      bool named_by = (w == "a" || w == "an") && toks[cue].lower.ends_with("ed");
      if (wide && (!loose || verbal || named_by)) return false;
      if (loose) *loose = wide;
      *a = named >= 0 ? static_cast<uint32_t>(named + 1) : static_cast<uint32_t>(k);
      *b = static_cast<uint32_t>(j + 1);
      return true;
    }
    if (!loose) {
      if (!plain(t)) return false;
      continue;
    }
    // the wider words: a hyphen inside a word ("front-line"), a name ("The GOP speechwriter"),
    // a plain word that is no verb form, possessive or relative word ("The clash raised serious
    // doubts", "The Cleveland police's biggest worry", "The hacker whose mischief revealed")
    if (IsPunct(t, '-') && k > static_cast<int64_t>(lo) && k + 1 < j) continue;
    bool name = t.cap && IsWord(t) && t.kind != TokKind::kNumber &&
                !TokIs(t, kFunction | kPronoun | kAux | kDeterminer);
    if (name && named < 0) named = k;
    verbal |= w.ends_with("ed") || w.ends_with("ing") || w.find('\'') != std::string_view::npos ||
              w.find("\u2019") != std::string_view::npos || TokIn(t, kRelative | kWhRelative);
    if (!plain(t) && !name) return false;
    // "Pentagon spokesmen said", "Legal observers say": a plural head opening the sentence
    if (plural && j - k <= 2 && first && !verbal) {
      // (the opening word is capitalized as the sentence's first: a name or not, it is no speaker)
      *loose = true;
      *a = named >= 0 ? static_cast<uint32_t>(named + 1) : static_cast<uint32_t>(k);
      *b = static_cast<uint32_t>(j + 1);
      return true;
    }
  }
  return false;
}

// "X said ... and warned against ...": the subject of a cue at c after "and" or "but" (and
// "also", "then") is the last speaker's phrase [np_first, np_last) of the sentence, or else the
// sentence's own capitalized subject, for speech ("The Fed did not rule out a rise but noted that
// ...") or for someone's belief (a person, a pronoun or a noun for one: "Mr. Reid is bearish on
// loans and believes they will vanish"; "Oil rose on the weak dollar and fears that ..." is a
// noun's), which holds only a statement (*loose: StatedClause).
bool ClaimFinder::ConjoinedSubject(uint32_t sf, uint32_t c, CueClass cls, uint32_t np_first, uint32_t np_last,
                                   uint32_t* a, uint32_t* b, bool* loose) const {
  const auto& toks = doc_.toks;
  uint32_t p = c;
  while (p > sf && (toks[p - 1].lower == "also" || toks[p - 1].lower == "then")) --p;
  bool conj = p > sf && (toks[p - 1].lower == "and" || toks[p - 1].lower == "but");
  if (!conj) return false;
  if (np_first != kNone) {
    *a = np_first;
    *b = np_last;
    return true;
  }
  if ((cls != kSpeech && cls != kBelief) || !SentenceSubject(sf, p - 1, a, b) || !toks[*a].cap) return false;
  if (cls == kBelief) {
    if (!PersonNamedIn(toks[*a].start, toks[*b - 1].end) && !TokIn(toks[*a], kSubjectPronoun) &&
        !PersonNounAt(*b - 1))
      return false;
    // ("Gordon Brown's budget sparked anger and fears that ...": a thing of the person's is the
    // subject, and the belief word is a noun)
    for (uint32_t m = *a; m < *b; ++m)
      if (EndsPossessive(toks[m]) || toks[m].lower == "'s") return false;
    *loose = true;
  }
  return true;
}

// Is the content [cstart, last) of a cue a statement, not a thing ("The figures include pledged
// delegates", "Black circles show the three islands where ...")? It follows "that" (not "to
// that"), opens with a subject pronoun, or has a verb of its own (an auxiliary or a modal) before
// a comma, a colon, a relative word or a second verb of the subject ("has continued its slide
// and has tumbled"); never after a preposition ("UK citizens suspected of involvement ... could").
bool ClaimFinder::StatedClause(uint32_t cstart, uint32_t last) const {
  const auto& toks = doc_.toks;
  if (cstart >= last) return false;
  if (cstart > 1 && TokIn(toks[cstart - 1], kComplement)) return !TokIs(toks[cstart - 2], kFunction);
  // (a pronoun before a preposition is an object: "The box does warn you of this measure")
  if (TokIn(toks[cstart], kSubjectPronoun))
    return cstart + 1 < last && (!TokIs(toks[cstart + 1], kFunction) || AuxVerb(toks[cstart + 1]));
  if (TokIs(toks[cstart], kFunction) && !TokIs(toks[cstart], kDeterminer)) return false;
  for (uint32_t m = cstart; m < last && m < cstart + 12; ++m) {
    const Tok& t = toks[m];
    if (IsPunct(t, ',') || IsPunct(t, ';') || IsPunct(t, ':') ||
        TokIn(t, kRelative | kWhRelative | kRelAdverb))
      return false;
    if (AuxVerb(t)) return m > cstart && !TokIn(toks[m - 1], kSpeakerJoin) && toks[m - 1].lower != "or";
  }
  return false;
}

}  // namespace claimgraph::extract::claims
