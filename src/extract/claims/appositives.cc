// Claims, stage 2: the appositives of a subject phrase ("Schiff, 56, who has served ..., told",
// "her adviser, Jake Sullivan, said", "Dean Johnson, a salesman from Sumter, South Carolina,
// says"): which name between the commas speaks; and a "they" that stands for unnamed people who
// report ("voters say they oppose the war").
#include <string_view>

#include "extract/claims/finder.h"
#include "extract/entities_finder.h"

namespace claimgraph::extract::claims {

bool ClaimFinder::NounModifierCue(int64_t k, uint32_t cue) const {
  const auto& toks = doc_.toks;
  if (k < 1 || static_cast<uint32_t>(k) + 1 >= cue) return false;
  const Tok& p = toks[static_cast<size_t>(k - 1)];
  const Tok& n = toks[static_cast<size_t>(k + 1)];
  std::string_view pw = p.lower, nw = n.lower;
  bool before = IsWord(p) && !p.cap && !IsLyAdverb(p) && !TokIs(p, kAux | kPronoun | kModal | kNarrator) &&
                !TokIn(p, kRelative) && pw != "to" && pw != "not";
  bool after = IsWord(n) && !n.cap && n.kind != TokKind::kNumber &&
               !TokIs(n, kFunction | kDeterminer | kPronoun | kAux | kSetting) && nw != "that" && nw != "to";
  return before && after;
}

// Is the word at token k a participle that modifies the noun before it ("one of the states suing the
// EPA", "a group representing farmers")? Then it belongs to a description, and is no verb of the
// subject's.
bool ClaimFinder::ReducedRelativeCue(uint32_t lo, int64_t k) const {
  const auto& toks = doc_.toks;
  if (k <= static_cast<int64_t>(lo)) return false;
  const Tok& t = toks[static_cast<size_t>(k)];
  const Tok& p = toks[static_cast<size_t>(k - 1)];
  return !t.cap && t.lower.size() >= 5 && t.lower.ends_with("ing") && IsWord(p) && !p.cap &&
         p.kind != TokKind::kNumber && !IsLyAdverb(p) &&
         !TokIs(p, kAux | kPronoun | kModal | kFunction | kDeterminer | kNarrator) && !TokIn(p, kRelative) &&
         p.lower != "to" && p.lower != "not";
}

// The subject phrase ends in a comma at token *j: an appositive ("Schiff, 56, who
// has served ..., told"), a relative clause ("Mr. Slinker, whose ..., said") or a
// name between commas after a description ("her adviser, Jake Sullivan, said").
// 1: the name between the commas is the subject, in [*a, *b); -1: no subject;
// 0: the phrase ends at the new *j.
int ClaimFinder::AppositiveSubject(uint32_t lo, uint32_t cue, int64_t* jp, uint32_t* a, uint32_t* b) const {
  const auto& toks = doc_.toks;
  const int64_t j = *jp;
  // appositive: "Schiff, 56, who has served ..., told" -> the phrase before the comma that opens it
  int64_t k = j - 1;
  int64_t found = -1;
  int64_t which_head = -1;  // "The Federal Reserve, which sets rates, said": the thing itself
  int64_t relative = -1;    // "Mr. Slinker, whose latest start-up, Paradata, uses ..., said": Slinker
  // a relative clause may hold a cue or a quote of its own ("Humphrey, who calls Trump a
  // “sociopath,” said", "Clinton, who has long argued that ..., said", "Jason Sorens, the founder
  // of a group that encourages ..., said"): the comma that opens it, or the noun it follows
  auto relative_opening = [&](int64_t from) -> int64_t {
    for (int64_t q = from - 1; q > static_cast<int64_t>(lo) && j - q < 40; --q) {
      const Tok& u = toks[static_cast<size_t>(q)];
      if (u.kind == TokKind::kEnd) break;
      const Tok& n = toks[static_cast<size_t>(q + 1)];
      std::string_view w = n.lower;
      if (IsPunct(u, ',') && (w == "who" || w == "whose")) return q;
      // (without a comma, a pronoun before a verb: "a group that encourages", "a strategist who has
      // feuded with", not "make that decision")
      if (IsWord(u) && !n.cap && TokIn(n, kRelative) && !TokIs(u, kFunction | kPronoun) &&
          (q + 2 == from || (q + 2 < j && ClauseVerb(toks[static_cast<size_t>(q + 2)]))))
        return q;
    }
    return -1;
  };
  while (k >= static_cast<int64_t>(lo) && j - k < 40) {
    const Tok& t = toks[static_cast<size_t>(k)];
    // (the period of an abbreviation before a comma, "of Ashton, Md., who", ends nothing)
    bool abbrev = t.kind == TokKind::kEnd && t.lower == "." && k + 1 <= j &&
                  IsPunct(toks[static_cast<size_t>(k + 1)], ',');
    if (t.kind == TokKind::kEnd && !abbrev) break;
    uint32_t len = 0;
    if (t.kind == TokKind::kOpenQuote || t.kind == TokKind::kCloseQuote ||
        (IsWord(t) && !NounModifierCue(k, cue) && !ReducedRelativeCue(lo, k) &&
         MatchCue(doc_, static_cast<uint32_t>(k), cue, &len) >= 0)) {
      k = relative_opening(k);
      if (k < 0) break;
      continue;
    }
    if (IsPunct(t, ',') && k - 1 >= static_cast<int64_t>(lo)) {
      int64_t pk = k - 1;  // the word before the comma ("Md." ends in a period of its own)
      if (!IsWord(toks[static_cast<size_t>(pk)]) && toks[static_cast<size_t>(pk)].lower == "." &&
          pk - 1 >= static_cast<int64_t>(lo) && IsWord(toks[static_cast<size_t>(pk - 1)]))
        --pk;
      // "Rep. Gregory W. Meeks (D-N.Y.), chairman of ..., said": the name before the parenthesis
      if (IsPunct(toks[static_cast<size_t>(pk)], ')')) {
        int64_t q = pk - 1;
        while (q > static_cast<int64_t>(lo) && pk - q < 8 && !IsPunct(toks[static_cast<size_t>(q)], '(')) --q;
        if (q > static_cast<int64_t>(lo) && IsPunct(toks[static_cast<size_t>(q)], '(') &&
            IsWord(toks[static_cast<size_t>(q - 1)]) && toks[static_cast<size_t>(q - 1)].cap)
          pk = q - 1;
      }
      const Tok& p = toks[static_cast<size_t>(pk)];
      std::string_view nx = toks[static_cast<size_t>(k + 1)].lower;
      bool head = IsWord(p) && (p.cap || TokIs(p, kPronoun | kPersonNoun | kGroupNoun | kOrgNoun));
      if (head && (nx == "who" || nx == "whose")) {
        relative = DescribedName(lo, SkipAgeAndPlace(lo, k, pk));
        break;
      }
      // "Michael Mulgrew, president of the Federation of Teachers, which represents ..., said":
      // a clause about a thing belongs to the description, and the speaker is named before it
      if (head && found < 0 && nx != "which") found = SkipAgeAndPlace(lo, k, pk);
      if (head && which_head < 0 && nx == "which") which_head = k - 1;
    }
    --k;
  }
  if (relative >= 0) found = relative;
  if (found < 0) found = which_head;
  // "Ciudadanos leader, Albert Rivera, has accused", "her senior policy adviser, Jake
  // Sullivan, said": the name between the commas, after a lower-case description
  {
    int64_t c2 = j - 1;
    while (c2 >= static_cast<int64_t>(lo) && !IsPunct(toks[static_cast<size_t>(c2)], ',') && j - c2 <= 5)
      --c2;
    bool name = c2 >= static_cast<int64_t>(lo) && IsPunct(toks[static_cast<size_t>(c2)], ',') && c2 + 1 < j;
    for (int64_t x = c2 + 1; name && x < j; ++x) {
      const Tok& t = toks[static_cast<size_t>(x)];
      name = IsWord(t) && t.cap && !TokIs(t, kFunction);
    }
    // (a title before the name: "Another Clinton ally, Agriculture Secretary Tom Vilsack, told")
    name = name && !TokIs(toks[static_cast<size_t>(j - 1)], kTitle);
    bool described = name && c2 - 1 >= static_cast<int64_t>(lo) &&
                     IsWord(toks[static_cast<size_t>(c2 - 1)]) && !toks[static_cast<size_t>(c2 - 1)].cap &&
                     !TokIs(toks[static_cast<size_t>(c2 - 1)], kFunction);
    // "His former business partner at Lenox, Lawrence B. Cummings,": a description that opens
    // with a possessive or an article, even when it ends in a name
    if (name && !described && c2 - 1 >= static_cast<int64_t>(lo)) {
      int64_t d = c2 - 1;
      while (d > static_cast<int64_t>(lo) && !IsPunct(toks[static_cast<size_t>(d - 1)], ',') && c2 - d < 12)
        --d;
      std::string_view w0 = toks[static_cast<size_t>(d)].lower;
      bool opener = w0 == "his" || w0 == "her" || w0 == "their" || w0 == "its" || w0 == "the" || w0 == "a" ||
                    w0 == "an";
      // (not a description of a name before it: "Dean Johnson, a salesman from Sumter, South
      // Carolina, says")
      described = opener && d + 1 < c2 && !toks[static_cast<size_t>(d + 1)].cap &&
                  (d == static_cast<int64_t>(lo) ||
                   (IsPunct(toks[static_cast<size_t>(d - 1)], ',') &&
                    !(d - 2 >= static_cast<int64_t>(lo) && IsWord(toks[static_cast<size_t>(d - 2)]) &&
                      toks[static_cast<size_t>(d - 2)].cap)));
    }
    if (name && relative < 0 && ((found >= 0 && !toks[static_cast<size_t>(found)].cap) || described)) {
      *a = static_cast<uint32_t>(c2 + 1);
      *b = static_cast<uint32_t>(j);
      return 1;
    }
  }
  if (found < 0) return -1;
  *jp = DescribedName(lo, found);
  return 0;
}

// "Dean Johnson, a salesman from Sumter, South Carolina, says", "Matthew Prince, chief executive
// of CloudFlare, a San Francisco company, said": a name at token `head` that ends a description
// set off by a comma after another name is where that person is from or works; the person named
// before the description is the subject. The token of that name's last word, else `head`.
int64_t ClaimFinder::DescribedName(uint32_t lo, int64_t head) const {
  const auto& toks = doc_.toks;
  auto at = [&](int64_t i) -> const Tok& { return toks[static_cast<size_t>(i)]; };
  const int64_t low = static_cast<int64_t>(lo);
  for (int round = 0; round < 3; ++round) {
    // the comma that opens the segment ending at `head` (no cue, quote or sentence end between)
    int64_t c = head - 1;
    while (c > low && head - c < 16 && IsWord(at(c)) && !IsPunct(at(c), ',')) --c;
    if (c <= low || !IsPunct(at(c), ',') || c + 1 >= head) break;
    // a state after a town ("from Ava, Mo., who"): the town's segment is read next
    // (one abbreviated word: "Mo.", "Pa.")
    bool state = head == c + 1 && at(head).cap && c - 1 > low && IsWord(at(c - 1)) && at(c - 1).cap &&
                 static_cast<size_t>(head + 1) < toks.size() && at(head + 1).lower == "." &&
                 at(head + 1).start == at(head).end;
    if (state) {
      head = c - 1;
      continue;
    }
    // the segment is a description: it opens with a lower-case word ("a", "chief", "the")
    const Tok& s0 = at(c + 1);
    if (!IsWord(s0) || s0.cap || s0.kind == TokKind::kNumber || TokIs(s0, kPronoun | kAux | kNarrator)) break;
    uint32_t len = 0;
    bool cue = false;
    for (int64_t m = c + 1; m < head && !cue; ++m)
      cue = MatchCue(doc_, static_cast<uint32_t>(m), static_cast<uint32_t>(head), &len) >= 0;
    if (cue) break;
    // before it a name, or an age after a name ("Cecelia Purner, 67, a retired ...")
    int64_t n = c - 1;
    if (at(n).kind == TokKind::kNumber && n - 2 >= low && IsPunct(at(n - 1), ',')) n -= 2;
    if (!IsWord(at(n)) || !at(n).cap || TokIs(at(n), kFunction | kTitle)) break;
    head = n;
  }
  return head;
}

// "Donna Rawlings, 59, of Ashton, Md., who watched ..., said": an age, a home town or a party tag
// ("R-Fla.") set off by commas of their own after a name; from the comma at token kc whose word before is
// `head`, the word before them (the name's last), else `head`.
int64_t ClaimFinder::SkipAgeAndPlace(uint32_t lo, int64_t kc, int64_t head) const {
  const auto& toks = doc_.toks;
  auto at = [&](int64_t i) -> const Tok& { return toks[static_cast<size_t>(i)]; };
  const int64_t low = static_cast<int64_t>(lo);
  // the comma before the segment that ends at comma c, or -1
  auto comma_before = [&](int64_t c) {
    int64_t pc = c - 1;
    while (pc >= low && c - pc <= 5 && !IsPunct(at(pc), ',') &&
           !(at(pc).kind == TokKind::kEnd && !(pc + 1 <= c && IsPunct(at(pc + 1), ','))))
      --pc;
    return pc >= low && IsPunct(at(pc), ',') && pc + 1 < c && pc - 1 >= low ? pc : int64_t{-1};
  };
  while (true) {
    int64_t pc = comma_before(kc);
    if (pc < 0) break;
    const Tok& s0 = at(pc + 1);
    bool number = s0.kind == TokKind::kNumber && kc - pc == 2;
    bool from = s0.lower == "of" || s0.lower == "from";
    // a party and state tag: "Sen. Marco Rubio, R-Fla., appearing on Fox News, said"
    number |= kc - pc <= 3 && IsWord(s0) && IsPartyTag(doc_.text.substr(s0.start, s0.end - s0.start));
    bool state = false;  // "Md." after "of Ashton,"
    if (!number && !from && kc - pc <= 3 && s0.cap) {
      int64_t pp = comma_before(pc);
      state = pp >= 0 && (at(pp + 1).lower == "of" || at(pp + 1).lower == "from");
    }
    if (!number && !from && !state) break;
    kc = pc;
    if (IsWord(at(pc - 1)) && at(pc - 1).cap) head = pc - 1;
  }
  return head;
}

// "Kall -- co-editor of a book on the debates -- said", "Mary Smith — a lawyer for the family —
// told": a description set off by dashes after a name; the name speaks. The description opens
// with a lower-case noun or article: not an adverb ("specifically Rule 40"), a number ("three
// former officials"), a relative pronoun or a pronoun's clause of its own.
int64_t ClaimFinder::DashedDescription(uint32_t lo, int64_t j) const {
  const auto& toks = doc_.toks;
  auto at = [&](int64_t i) -> const Tok& { return toks[static_cast<size_t>(i)]; };
  const int64_t low = static_cast<int64_t>(lo);
  int64_t k = j - 1;
  // (a dash, or a hyphen standing alone between spaces as British news writes it: "Gerry Conlon -
  // who was wrongly convicted - said")
  auto dash = [&](int64_t i) { return at(i).kind == TokKind::kDash || IsPunct(at(i), '-'); };
  while (k > low && j - k < 40 && !dash(k) && at(k).kind != TokKind::kEnd && at(k).quote < 0) --k;
  if (k <= low || k + 1 >= j || !dash(k) || !IsWord(at(k - 1)) || !at(k - 1).cap) return j;
  const Tok& d = at(k + 1);
  // ("Gerry Conlon - who was wrongly convicted of planting the bombs - said": "who" describes a
  // person as a noun would)
  if (d.kind != TokKind::kWord || d.cap || IsLyAdverb(d) || (TokIn(d, kRelative) && d.lower != "who") ||
      (TokIs(d, kPronoun | kAux) && d.lower != "who"))
    return j;
  // (not the last of a list: "Richard Armitage, Henry Paulson and Brent Scowcroft — three former
  // officials — have said": the description is of them all)
  int64_t n = k - 1;
  while (n > low && IsWord(at(n - 1)) && at(n - 1).cap) --n;
  std::string_view before = n > low ? at(n - 1).lower : std::string_view();
  return before == "and" || before == "or" ? j : k - 1;
}

// Does the phrase at token x describe a speaker named after the cue ("..., said Mr. Burman, an
// economist at ...", "the Republican senator from Ohio")? Then it is not content.
bool ClaimFinder::DescribesSpeaker(uint32_t x, uint32_t body_end) const {
  const auto& toks = doc_.toks;
  std::string_view w = toks[x].lower;
  if (TokIn(toks[x], kIndefinite) || w == "who" || w == "whose") return true;
  // (or a bare title: "..., said Kurt Karl, economist at Swiss Re", "chief economist at the bank")
  bool bare = IsWord(toks[x]) && !toks[x].cap && !TokIs(toks[x], kFunction | kDeterminer | kPronoun | kAux);
  if (w != "the" && w != "his" && w != "her" && !bare) return false;
  for (uint32_t y = bare ? x : x + 1; y < body_end && y <= x + 3 && IsWord(toks[y]); ++y) {
    if (TokIs(toks[y], kTitle | kPersonNoun)) return true;  // "the Republican senator from Ohio"
    // (a possessor: "the company's chief executive")
    if (!TokIs(toks[y], kModifier) && !toks[y].cap && !(y == x + 1 && EndsPossessive(toks[y]))) return false;
  }
  return false;
}

// The comma that closes a description of a speaker opening at token x ("head of the firm, is
// cost"), when a verb of the sentence or the rest of the speaker's sentence follows it ("founder
// of Red Swoosh, and soon they are all going to want ..."); body_end when none does.
uint32_t ClaimFinder::DescriptionEnd(uint32_t x, uint32_t body_end) const {
  const auto& toks = doc_.toks;
  for (uint32_t m = x + 1; m + 2 < body_end && m < x + 12; ++m) {
    if (!IsPunct(toks[m], ',')) continue;
    return AuxVerb(toks[m + 1]) || SpeakersConjunction(m + 1, body_end) ? m : body_end;
  }
  return body_end;
}

// Does a parenthesis that closes at token `close` end an appositive, opened by a comma after a
// name before it ("John Smith, head of marketing at Transport for London (TfL),")?
bool ClaimFinder::CommaBeforeParenthesis(uint32_t lo, int64_t close) const {
  const auto& toks = doc_.toks;
  int64_t open = close - 1;
  while (open > static_cast<int64_t>(lo) && close - open < 12 &&
         !IsPunct(toks[static_cast<size_t>(open)], '('))
    --open;
  if (open <= static_cast<int64_t>(lo) || !IsPunct(toks[static_cast<size_t>(open)], '(')) return false;
  for (int64_t q = open - 1; q > static_cast<int64_t>(lo) && open - q < 25; --q) {
    const Tok& t = toks[static_cast<size_t>(q)];
    if (t.kind == TokKind::kEnd || t.quote >= 0) return false;
    if (IsPunct(t, ',')) {
      const Tok& name = toks[static_cast<size_t>(q - 1)];
      return IsWord(name) && name.cap &&
             AppositiveOpens(static_cast<uint32_t>(q + 1), static_cast<uint32_t>(open));
    }
  }
  return false;
}

// Is the "they" at token a the subject of what unnamed people report ("voters say they oppose
// the war", "half of all users said that they would stop using it")? It stands for them, and
// what it does is no named one's.
bool ClaimFinder::TheyOfUnnamedSpeakers(uint32_t lo, uint32_t a) {
  const auto& toks = doc_.toks;
  if (toks[a].lower != "they" || a < lo + 2) return false;
  uint32_t j = a;
  if (toks[j - 1].lower == "that") --j;
  for (uint32_t c = j; c > lo && j - c < 3;) {
    --c;
    uint32_t len = 0;
    if (!IsWord(toks[c]) || MatchCue(doc_, c, j, &len) < 0 || c + len != j) continue;
    uint32_t sa, sb;
    if (!FindSubject(lo, c, &sa, &sb, true)) return false;
    const Tok& head = toks[sb - 1];
    return IsWord(head) && !head.cap && !TokIs(head, kPronoun) && Resolve(sa, sb, toks[sa].start).empty();
  }
  return false;
}

}  // namespace claimgraph::extract::claims
