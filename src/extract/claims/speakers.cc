// Claims, stage 3b: a speaker phrase resolved to an entity, found among the
// article's entities or made new.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <tuple>

#include "extract/claims/finder.h"
#include "extract/claims/stance.h"
#include "extract/entities_lexicon.h"
#include "extract/stages.h"
#include "text/swar.h"

namespace claimgraph::extract::claims {

std::string ClaimFinder::Fold(std::string_view s) const {
  std::string out(s.size(), '\0');  // never longer than s: written in place, then cut
  // (through a pointer of its own: a char written through the string's would make the compiler
  // load the string's buffer again for each)
  char* const o = out.data();
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    // eight bytes at a time while none is outside ASCII or a period (n <= i: the store stays
    // inside out)
    while (i + 8 <= s.size()) {
      const uint64_t x = text::Load8(s.data() + i);
      if ((x & text::kHigh8) || text::HasByte8(x, '.')) break;
      text::Store8(o + n, text::LowerAscii8(x));
      n += 8;
      i += 8;
    }
    if (i >= s.size()) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    // most bytes of a name are ASCII letters: lower-cased after one test of the byte's range
    if (c > '.' && c < 0x80) {
      o[n++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      continue;
    }
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0x99 || static_cast<unsigned char>(s[i + 2]) == 0x98)) {
      o[n++] = '\'';
      i += 2;
      continue;
    }
    if (c == '.') continue;
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    o[n++] = static_cast<char>(c);
  }
  out.resize(n);
  if (out.starts_with("the ")) out.erase(0, 4);
  if (out.size() > 2 && out.ends_with("'s")) out.resize(out.size() - 2);
  return out;
}

std::string ClaimFinder::FindOrCreate(uint32_t a, uint32_t b, uint32_t pos) {
  const auto& toks = doc_.toks;
  uint32_t s = toks[a].start, e = toks[b - 1].end;
  // 1. a mention the recognizer found here (of the first such entity); a speaker is never a
  // place or an event ("Del. Stacey Plaskett" is not Delaware), which rec_spans_ leaves out
  size_t hit = kNone;
  auto from = std::lower_bound(rec_spans_.begin(), rec_spans_.end(),
                               std::make_tuple(s > rec_span_max_ ? s - rec_span_max_ : 0u, 0u, size_t{0}));
  for (auto it = from; it != rec_spans_.end() && std::get<0>(*it) < e; ++it) {
    auto [ms, me, i] = *it;
    if (!(s < me) || i >= hit) continue;
    // a country name that opens a longer name is a given name: "Chad Bown"
    if (out_->entities[i].type == EntityType::kCountry && ms == s && me < e) continue;
    hit = i;
  }
  if (hit != kNone) {
    AddMention(hit, a, b, false);
    return out_->entities[hit].id;
  }
  // "Judge Richard Mawrey, QC told ...": a post-nominal (gazetteers/name_words.tsv `suffix`)
  // names no one alone; it speaks for the person named just before its comma, else for no one
  if (b - a == 1 && Lexicon::Get().IsNameSuffix(toks[a].lower)) {
    if (a < 2 || !IsPunct(toks[a - 1], ',') || !toks[a - 2].cap) return {};
    bool keep = allow_create_;
    allow_create_ = false;
    std::string named = FindOrCreate(a - 2, a - 1, pos);
    allow_create_ = keep;
    return named;
  }
  std::string name(doc_.text.substr(s, e - s));
  for (const char* suf : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"}) {
    size_t n = std::strlen(suf);
    if (name.size() > n && name.compare(name.size() - n, n, suf) == 0) {
      name.resize(name.size() - n);
      break;
    }
  }
  std::string key = Fold(name);
  size_t ent = kNone;
  if (auto it = keys_.find(key); it != keys_.end()) ent = it->second;
  bool single = key.find(' ') == std::string::npos;
  if (ent == kNone) {
    // surname or acronym of an entity already named; the most recent one wins
    std::string last = key.substr(key.rfind(' ') == std::string::npos ? 0 : key.rfind(' ') + 1);
    // of the entities whose name ends in that word or spells it as an acronym, the one
    // mentioned last before pos, else first after it
    EntityIndex::Entities match;
    for (const EntityIndex::Entities* cands :
         {&idx_.WithLastWord(last), &idx_.WithAcronym(single ? key : "")})
      for (size_t cand : *cands)
        if (NameMatches(cand, key, last, single)) match.push_back(cand);
    size_t nearest = idx_.Nearest(match, pos);
    if (nearest != SIZE_MAX) ent = nearest;
    if (ent != kNone) {
      Entity& en = out_->entities[ent];
      if (Fold(en.name) != key && std::find(en.aliases.begin(), en.aliases.end(), name) == en.aliases.end()) {
        if (ent_mine_[ent] && name.size() > en.name.size() && en.type == EntityType::kPerson) {
          en.aliases.push_back(en.name);
          en.name = name;
          NameEntity(ent);
        } else {
          en.aliases.push_back(name);
        }
      }
      keys_.emplace(key, ent);
    }
  }
  // a day, a month or a sentence opener names nobody: "Friday's tweets"
  if (ent == kNone && single && lex_.Is(key, kWeekday | kRelDate | kFunction | kPronoun | kTimeWord))
    return {};
  // "Bookmakers expect ...", "Opponents said", "Strong growth is expected", "Speculation suggests
  // that ...": one word that opens its sentence, never capitalized inside a sentence, and that the
  // article writes in lower case elsewhere or news writes in lower case (lexicons/common_words.tsv)
  // is a common word capitalized by its place; parties and peoples stay ("Democrats")
  if (ent == kNone && single && b - a == 1 && !AllCaps(doc_.toks[a]) && OpensSentence(a) &&
      !lex_.Is(key, kParty | kMale | kFemale | kCountry) && !CapitalizedInside(a)) {
    // (not a one-word organization name or alias of gazetteers/organizations.tsv, "Amnesty", nor an
    // organization head of name_words.tsv, which opens sentences as a name; "Universal" is neither:
    // alone, opening the only sentence that has it, it names no one)
    // (an adverb of a common word only before its comma: "Hopefully, ..." names no one, "Priestly
    // said" names Priestly)
    const Lexicon& common = Lexicon::Get();
    if (common.IsCommon(key) && !lex_.Is(key, kOrgHead) &&
        (common.IsListedCommon(key) || (a + 1 < toks.size() && IsPunct(toks[a + 1], ','))))
      return {};
    if (WrittenLower(a)) return {};
  }
  // one capitalized word that opens a headline ("Winemaker rejects Foster's offer") names
  // someone only if the article writes it capitalized inside a sentence too
  if (ent == kNone && single && b - a == 1 && !doc_.toks[a].lower.empty()) {
    const auto& [pf, pl] = doc_.paras[doc_.toks[a].para];
    bool headline = doc_.toks[pl - 1].kind != TokKind::kEnd && doc_.toks[pl - 1].kind != TokKind::kCloseQuote;
    bool opens = a == pf && headline && doc_.paras.size() > 1;
    bool acronym = AllCaps(doc_.toks[a]);
    if (opens && !acronym && !lex_.Is(key, kMale | kFemale) && !CapitalizedInside(a)) return {};
  }
  // a number or quantifier alone ("Two, including Smith, endorsed Y", "Several said") names no one
  if (ent == kNone && single && b - a == 1 && TokIs(toks[a], kDeterminer)) return {};
  if (ent == kNone && !allow_create_) {
    bool person = b - a >= 2 && TokIs(toks[a], kMale | kFemale);
    if (!person) return {};
  }
  if (ent == kNone) {
    Entity en;
    en.id = "e" + std::to_string(out_->entities.size() + 1);
    en.name = name;
    const Tok& lt = toks[b - 1];
    bool all_caps = true;
    int letters = 0;
    for (char c : name) {
      if ((c >= 'a' && c <= 'z')) all_caps = false;
      if ((c >= 'A' && c <= 'Z')) ++letters;
    }
    bool country = lex_.Is(key, kCountry);
    if (!country)
      for (const auto& c : lex_.countries) country |= c == key;
    if (country)
      en.type = EntityType::kCountry;
    else if (TokIs(lt, kOrgHead) || (all_caps && letters >= 2) || lex_.Is(key, kOrgHead))
      en.type = EntityType::kOrganization;
    else
      en.type = EntityType::kPerson;
    out_->entities.push_back(std::move(en));
    ent = out_->entities.size() - 1;
    NameEntity(ent);
    ent_gender_.push_back(0);
    ent_mine_.push_back(true);
    keys_.emplace(key, ent);
  }
  // (the recognizer has no mention here, step 1: a person's surname read here, as written with no
  // possessive, is one more mention of the person, "Patty Judge ... Judge said")
  const Entity& found = out_->entities[ent];
  bool surname =
      found.type == EntityType::kPerson && single && name.size() == e - s && Fold(found.name) != key;
  AddMention(ent, a, b, ent_mine_[ent] || surname);
  return out_->entities[ent].id;
}

namespace {

// Sets *out to v and says so: the answer of a resolution step that found its speaker
// (or found that the phrase has none).
bool Found(std::string* out, std::string v) {
  *out = std::move(v);
  return true;
}

}  // namespace

// A title or a nationality word that is the surname of a person the article named with a full
// name is a name: "Larry King ... King said", "Mark Cuban ... Cuban said".
bool ClaimFinder::KnownSurname(const Tok& t) const {
  std::string key = Fold(t.lower);
  for (size_t c : idx_.WithNameEnd(key)) {
    const Entity& e = out_->entities[c];
    if (e.type != EntityType::kPerson || e.name.find(' ') == std::string::npos) continue;
    std::string last = Fold(e.name.substr(e.name.rfind(' ') + 1));
    if (last == key) return true;
  }
  return false;
}

// "Lawmaker urges retaliation on Russia" over the article about Rep. Adam Schiff: a
// description noun that opens the headline (or lede) paragraph, which ends without a full stop.
bool ClaimFinder::HeadlineDescription(uint32_t k) const {
  const auto& toks = doc_.toks;
  const WordInfo* w = toks[k].Info();
  if (!w || !(w->classes & kPersonNoun) || !toks[k].cap || k != doc_.paras[toks[k].para].first ||
      toks[k].para >= 2 || doc_.paras.size() <= 2)
    return false;
  uint32_t pl = doc_.paras[toks[k].para].second;
  return toks[pl - 1].kind != TokKind::kEnd && toks[pl - 1].kind != TokKind::kCloseQuote;
}

// Does the party a description's run names ("the Labour MP") agree with the party written before
// the person's own mentions ("Tory MP Ann Widdecombe")? True when either names none.
bool ClaimFinder::PartyAgrees(uint32_t run_a, uint32_t run_b, const std::string& id) const {
  const auto& toks = doc_.toks;
  std::string_view party;
  for (uint32_t k = run_a; k < run_b; ++k)
    if (const WordInfo* w = toks[k].Info(); w && !w->party.empty()) party = w->party;
  const Entity* e = id.empty() ? nullptr : out_->FindEntity(id);
  if (party.empty() || e == nullptr) return true;
  for (const Span& m : e->mentions) {
    uint32_t t = TokAt(m.start);
    for (uint32_t k = t; k > 0 && t - k < 4 && IsWord(toks[k - 1]); --k)
      if (const WordInfo* w = toks[k - 1].Info(); w && !w->party.empty()) return w->party == party;
  }
  return true;
}

std::string ClaimFinder::Resolve(uint32_t a, uint32_t b, uint32_t pos) {
  const auto& toks = doc_.toks;
  if (a >= b) return {};
  if (std::string id; ResolveReference(a, b, pos, &id)) return id;
  // a lone title word opening a headline ("Lawmaker urges ...") is the description, not a title
  if (b - a == 1 && HeadlineDescription(a))
    return ResolveHeadlineDescription(std::string(toks[a].lower), toks[a].start);
  uint32_t run_a = kNone, run_b = kNone;
  NameRun(a, b, &run_a, &run_b);
  if (std::string id; ResolveByHead(a, b, run_a, run_b, pos, &id)) return id;
  if (run_a == kNone) return DescribedSubjectBefore(a, b);
  // "the Ealing North MP", "the Tory MEP": the run before a title in capitals that ends the phrase
  // is the seat or party the title is of; the phrase describes the one person who holds it
  if (run_a == a + 1 && toks[a].lower == "the" && run_b + 1 == b && AllCaps(toks[b - 1]) &&
      TokIs(toks[b - 1], kTitle)) {
    std::string id = ResolveDescription(std::string(toks[b - 1].lower), pos);
    return PartyAgrees(run_a, run_b, id) ? id : std::string();
  }
  // drop sentence openers, days and contractions at either end ("Friday", "You'd")
  auto junk = [&](uint32_t k) {
    std::string_view l = toks[k].lower;
    size_t ap = l.find('\'');
    if (ap != std::string::npos && ap > 0 && lex_.Is(l.substr(0, ap), kPronoun)) return true;
    return TokIs(toks[k], kFunction | kPronoun);  // (the token's entry: lex_.Is of its text)
  };
  while (run_b > run_a && junk(run_a)) ++run_a;
  while (run_b > run_a && junk(run_b - 1)) --run_b;
  if (run_a >= run_b) return {};
  // drop a leading party / nationality word: "Democrat Hillary Clinton"
  // (unless the whole run is a name the article knows: "New Hampshire")
  auto known = [&](uint32_t x, uint32_t y) {
    return keys_.count(Fold(doc_.text.substr(toks[x].start, toks[y - 1].end - toks[x].start))) > 0;
  };
  while (run_b - run_a > 1 && TokIs(toks[run_a], kModifier) && !TokIs(toks[run_b - 1], kOrgHead) &&
         !known(run_a, run_b))
    ++run_a;
  if (run_b - run_a == 1) {
    const WordInfo* w = toks[run_a].Info();
    if (HeadlineDescription(run_a))
      return ResolveHeadlineDescription(std::string(toks[run_a].lower), toks[run_a].start);
    if (w &&
        (w->classes &
         (kFunction | kGroupNoun | kModifier | kPersonNoun | kOrgNoun | kTitle | kDocumentNoun)) &&
        !(w->classes & (kOrgHead | kCountry)) &&
        !((w->classes & (kTitle | kModifier)) && KnownSurname(toks[run_a])))
      return {};
  }
  return FindOrCreate(run_a, run_b, pos);
}

// A pronoun, a possessive pronoun before a head ("his campaign") or a description
// of one person ("the MP for Sittingbourne"): true when [a, b) is one, with the
// entity (or "") in *id.
bool ClaimFinder::ResolveReference(uint32_t a, uint32_t b, uint32_t pos, std::string* id) {
  const auto& toks = doc_.toks;
  if (b - a == 1) {
    const WordInfo* w = toks[a].Info();
    if (w && (w->classes & kPronoun)) {
      // "he" inside a quote is someone other than the one quoted
      std::string quoted;
      if (toks[a].quote >= 0) {
        auto it = quote_speaker_.find(toks[a].quote);
        if (it != quote_speaker_.end()) quoted = it->second;
      }
      if (w->gender == 'm' || w->gender == 'f') return Found(id, ResolvePronoun(w->gender, pos, quoted));
      if (w->gender == 'n') {
        // "it": the organization or country the sentence before is about (its subject: "New
        // owner Yeahronimo Media Ventures has not ruled out ... It also plans ..."), when it was
        // named after the last one that spoke, else the one that spoke last ("The Treasury said
        // ... The institute's report was optimistic ... It said": the institute, as "he" is the
        // person the sentence before opens with), else the one named last
        std::string last;
        if (toks[a].quote < 0) {
          uint32_t spoke_at = 0, subject_at = 0;
          last = ResolveThey(pos, &spoke_at);
          std::string subject = PreviousSubject(a, &subject_at);
          if (!subject.empty() && (last.empty() || subject_at > spoke_at)) last = subject;
        }
        return Found(id, last.empty() ? ResolvePronoun('n', pos, quoted) : last);
      }
      if (w->gender == 's' || w->gender == 'p') {
        // "I" / "we" inside a quote: the quote's speaker
        if (toks[a].quote >= 0) {
          auto it = quote_speaker_.find(toks[a].quote);
          if (it != quote_speaker_.end()) return Found(id, it->second);
        }
      }
      // "they" outside quotes: an organization or country that spoke just before
      if (w->gender == 'p' && toks[a].lower == "they" && toks[a].quote < 0)
        return Found(id, ResolveThey(pos, nullptr, true));
      return Found(id, std::string());
    }
  }
  if (GroupOfName(a, b)) return Found(id, std::string());  // "Critics of Mr. Obama"
  // "his campaign", "its government", "her new book": the one the possessive stands for, as
  // "Trump's campaign" is Trump and "the IMF report" the IMF
  if (b - a >= 2 && TokIs(toks[a], kPronoun) && IsWord(toks[b - 1]) && !toks[b - 1].cap) {
    std::string_view l = toks[a].lower;
    std::string_view h = toks[b - 1].lower;
    bool plain = true;  // no name inside: "his friend Bruce Turry" is Turry
    for (uint32_t k = a + 1; k < b; ++k) plain &= !toks[k].cap;
    if ((l == "his" || l == "her" || l == "its" || l == "their") && plain &&
        ((b - a == 2 &&
          (h == "campaign" || h == "camp" || h == "team" || h == "administration" || h == "government")) ||
         TokIs(toks[b - 1], kDocumentNoun))) {
      if (l == "his" || l == "her") return Found(id, ResolvePronoun(l == "his" ? 'm' : 'f', pos));
      std::string last = ResolveThey(pos, nullptr, l == "their");
      return Found(id, last.empty() ? ResolvePronoun('n', pos) : last);
    }
  }
  // "the MP for Sittingbourne and Sheppey", "the chairman of the Federal Reserve", "the Labour MP
  // for Leeds", "the new health minister for Wales": a description of one person, whose place or
  // body is not the speaker
  uint32_t t = a + 1;  // the title, past up to two words before it
  bool lower_before = false;
  while (t < a + 3 && t + 2 < b && TitleQualifier(toks[t]) && !TokIs(toks[t], kTitle | kPersonNoun)) {
    lower_before |= !toks[t].cap;
    ++t;
  }
  // (also "said the Ealing North MP", "the Labour MP added": capitalized words, then the title last)
  // (not "the prime minister from Derby North's Bob Laxton": a person named after it)
  const bool body_after =
      t + 3 <= b &&
      (toks[t + 1].lower == "for" || toks[t + 1].lower == "of" || toks[t + 1].lower == "from") &&
      !(lower_before && NamesPerson(t + 2, b));
  bool body_before = b - a >= 3 && b - a <= 4 && TokIs(toks[b - 1], kTitle);
  for (uint32_t k = a + 1; body_before && k + 1 < b; ++k)
    body_before = IsWord(toks[k]) && toks[k].cap && !TokIs(toks[k], kTitle | kPersonNoun);
  if (body_before) t = b - 1;
  // (t < b: a phrase of one word, "said the" ending an article, has no title after it)
  if (t < b && toks[a].lower == "the" && TokIs(toks[t], kTitle | kPersonNoun) &&
      (body_after || body_before)) {
    std::string head(toks[t].lower);
    std::string found = ResolveDescription(head, pos);
    if (found.empty())
      if (const WordInfo* w = toks[t].Info())
        for (const auto& h : w->roleheads)
          if (found.empty()) found = ResolveDescription(h, pos);
    // "the chairman of the Commission for Racial Equality" is not the party chairman named
    // before: the one found holds a role that names the body
    if (!found.empty() && !(body_after ? RoleNamesBody(found, t + 2, b) : RoleIsWritten(found, a + 1, b)))
      found.clear();
    // (a title after capitalized words that names no one found is read as before: "the Vodafone
    // spokesman", "the French President")
    if (body_before && !body_after && found.empty()) return false;
    return Found(id, found);
  }
  return false;
}

// Did the article give the person `id` the role written at [a, b) word for word ("the Labour MP"
// after "Labour MP Stephen Pound"; not "The Foreign Secretary" after "Shadow foreign secretary X")?
bool ClaimFinder::RoleIsWritten(const std::string& id, uint32_t a, uint32_t b) const {
  const Entity* person = out_->FindEntity(id);
  if (person == nullptr || a >= b) return false;
  const std::string written =
      Fold(doc_.text.substr(doc_.toks[a].start, doc_.toks[b - 1].end - doc_.toks[a].start));
  for (const std::string& role : person->roles)
    if (Fold(role) == written) return true;
  for (const std::string& alias : person->aliases)
    if (Fold(alias).starts_with(written + " ")) return true;
  return false;
}

// The last run of capitalized words of [a, b) that are not titles, in [*run_a,
// *run_b) (kNone when none), widened over "of" / "on" / "for" inside a name and
// narrowed to the person in "John McCain of Arizona".
void ClaimFinder::NameRun(uint32_t a, uint32_t b, uint32_t* run_a, uint32_t* run_b) const {
  const auto& toks = doc_.toks;
  // "Pre-tax", "London-based", "Long-running": a hyphen before a lower-case part makes an
  // adjective, capitalized only by its place, never a name (as for the recognizer's names)
  auto hyphen_adjective = [&](const Tok& t) {
    std::string_view w = doc_.text.substr(t.start, t.end - t.start);
    for (size_t i = w.find('-'); i != std::string_view::npos && i + 1 < w.size(); i = w.find('-', i + 1))
      if (w[i + 1] >= 'a' && w[i + 1] <= 'z') return true;
    return false;
  };
  // the last run of capitalized words that are not titles (a title that is the surname of
  // someone the article named is a name: "Larry King ... King said")
  for (uint32_t k = a; k < b;) {
    const Tok& t = toks[k];
    const WordInfo* w = t.Info();
    bool title =
        w && (w->classes & kTitle) && !(w->classes & kOrgHead) && !(t.cap && k + 1 == b && KnownSurname(t));
    bool name_word = IsWord(t) && t.cap && !title && !(w && (w->classes & kFunction) && k == a) &&
                     !(w && (w->classes & kPronoun)) && !hyphen_adjective(t);
    if (!name_word) {
      ++k;
      continue;
    }
    uint32_t r = k;
    while (r < b) {
      const Tok& u = toks[r];
      const WordInfo* uw = u.Info();
      bool utitle = uw && (uw->classes & kTitle) && !(uw->classes & kOrgHead) && r > k;
      if (IsWord(u) && u.cap && !utitle) {
        ++r;
        // a possessive ends a name: "NBC's Dante Chinni" is Chinni
        if (EndsPossessive(u) && r < b && toks[r].cap) break;
        continue;
      }
      if (NpWord(r) && !u.cap && r + 1 < b && toks[r + 1].cap &&
          (TokIs(u, kParticle) || (u.lower == "of" && TokIs(toks[r - 1], kOrgHead)))) {
        ++r;
        continue;
      }
      break;
    }
    (*run_a) = k;
    (*run_b) = r;
    k = r;
  }
  // a name with "of" / "on" / "for" inside it: "War on Want", "Friends of the Earth"
  while ((*run_a) != kNone && (*run_a) >= a + 2 && (*run_b) - (*run_a) < 8) {
    uint32_t j = (*run_a) - 1;
    if (toks[j].lower == "the" && j >= a + 2 && toks[j - 1].lower == "of") --j;
    std::string_view l = toks[j].lower;
    if (!(l == "of" || l == "on" || l == "for") || toks[j].cap || j == a) break;
    // "John McCain of Arizona" is a person and a place: only an organization's head word joins with "of"
    if (l == "of" && !TokIs(toks[j - 1], kOrgHead)) break;
    uint32_t r = j;
    while (r > a && IsWord(toks[r - 1]) && toks[r - 1].cap && !TokIs(toks[r - 1], kTitle | kFunction)) --r;
    if (r == j) break;
    (*run_a) = r;
  }
  // "John McCain of Arizona", "Peter King from New York": the person, not where he is from
  if ((*run_a) != kNone && (*run_a) >= a + 2 && (*run_b) == b &&
      (toks[(*run_a) - 1].lower == "of" || toks[(*run_a) - 1].lower == "from")) {
    uint32_t j = (*run_a) - 1;
    uint32_t r = j;
    while (r > a && IsWord(toks[r - 1]) && toks[r - 1].cap && !TokIs(toks[r - 1], kFunction | kOrgHead)) --r;
    while (r < j && TokIs(toks[r], kTitle | kModifier)) ++r;  // "Sen.", "Republican"; "Peter King" keeps King
    bool person = j - r >= 2;
    if (!person && r < j) {
      auto it = keys_.find(Fold(doc_.text.substr(toks[r].start, toks[j - 1].end - toks[r].start)));
      person = it != keys_.end() && out_->entities[it->second].type == EntityType::kPerson;
    }
    if (person) {
      (*run_a) = r;
      (*run_b) = j;
    }
  }
}

// The country a demonym in the description [a, b) names ("Russian officials", "the Turkish
// president"), found or made; "" when another name comes first or there is none.
std::string ClaimFinder::DemonymCountry(uint32_t a, uint32_t b) {
  const auto& toks = doc_.toks;
  const Tok& head = toks[b - 1];
  for (uint32_t k = a; k + 1 < b; ++k) {
    if (!IsWord(toks[k]) || !toks[k].cap || TokIs(toks[k], kFunction | kDeterminer)) continue;
    auto d = lex_.demonyms.find(toks[k].lower);
    if (d == lex_.demonyms.end()) return {};  // another name comes first: "the Kremlin's Russian advisers"
    if (auto it = keys_.find(Fold(d->second)); it != keys_.end()) {
      if (out_->entities[it->second].type != EntityType::kCountry) return {};
      AddMention(it->second, k, k + 1, false);
      return out_->entities[it->second].id;
    }
    if (!allow_create_) return {};
    Entity en;
    en.id = "e" + std::to_string(out_->entities.size() + 1);
    en.name = d->second;
    en.type = EntityType::kCountry;
    en.aliases.push_back(std::string(doc_.text.substr(toks[k].start, head.end - toks[k].start)));
    out_->entities.push_back(std::move(en));
    NameEntity(out_->entities.size() - 1);
    ent_gender_.push_back(0);
    ent_mine_.push_back(true);
    keys_.emplace(Fold(d->second), out_->entities.size() - 1);
    AddMention(out_->entities.size() - 1, k, b, true);
    return out_->entities.back().id;
  }
  return {};
}

// [a, b) ends in a lower-case head ("the IMF report", "Russian officials", "the
// Pentagon chief"): true with the entity (or "") in *id when the head decides.
bool ClaimFinder::ResolveByHead(uint32_t a, uint32_t b, uint32_t run_a, uint32_t run_b, uint32_t pos,
                                std::string* id) {
  const auto& toks = doc_.toks;
  // a lower-case head after the name: "the IMF report", "Trump's campaign", "the Pentagon chief"
  const Tok& head = toks[b - 1];
  bool has_head = IsWord(head) && !head.cap;
  // a group: a group noun of the lexicon, or a plural noun for people ("prosecutors", "strategists")
  bool group = TokIs(head, kGroupNoun) || (PeopleNoun(head) && !TokIs(head, kTitle | kDocumentNoun));
  // "the Bahraini monarchy", "Russian officials", "the Israeli government": the country they act
  // for; not a group that acts for no state ("British voters", "American experts")
  const WordInfo* hw = head.Info();
  bool official = hw != nullptr && hw->official;
  // (a kind of organization of some country is not its state: "the German firm", "a Russian bank",
  // nor is its media: "the US network", "a British newspaper")
  if (has_head && (TokIs(head, kOrgNoun) || (group && official)) &&
      !TokIs(head, kPersonNoun | kTitle | kDocumentNoun) && !OutletOrFirm(head)) {
    if (std::string country = DemonymCountry(a, b); !country.empty()) return Found(id, country);
  }
  if (has_head && run_a != kNone && run_b == b - 1) {
    std::string_view h = head.lower;
    if (h == "administration" || h == "government") {
      // "Iran's government", "the Russian government": a country's government is the country
      bool keep = allow_create_;
      allow_create_ = false;
      std::string named = FindOrCreate(run_a, run_b, pos);
      allow_create_ = keep;
      const Entity* e = named.empty() ? nullptr : out_->FindEntity(named);
      if (e != nullptr && e->type == EntityType::kCountry) return Found(id, named);
      return Found(id, FindOrCreate(run_a, b, pos));
    }
    if (h == "campaign" || h == "camp" || h == "team") {
      bool keep = allow_create_;
      allow_create_ = false;
      std::string found = FindOrCreate(run_a, run_b, pos);
      allow_create_ = keep;
      return Found(id, found);
    }
  }
  // "White House officials", "U.S. officials": the organization or country they speak for
  if (has_head && group && run_a != kNone) {
    std::string key = Fold(doc_.text.substr(toks[run_a].start, toks[run_b - 1].end - toks[run_a].start));
    if (auto it = keys_.find(key); it != keys_.end()) {
      const Entity& en = out_->entities[it->second];
      if (en.type == EntityType::kOrganization || (en.type == EntityType::kCountry && official)) {
        AddMention(it->second, run_a, run_b, false);
        return Found(id, en.id);
      }
    }
  }
  // "Republican lawmakers", "Labour MPs": the party
  if ((has_head || (head.cap && b - a >= 2)) && group) {
    for (uint32_t k = a; k + 1 < b; ++k) {
      const WordInfo* w = toks[k].cap ? toks[k].Info() : nullptr;
      if (!w || !(w->classes & kParty)) continue;
      std::string key = Fold(w->party);
      if (auto it = keys_.find(key); it != keys_.end()) {
        AddMention(it->second, k, k + 1, false);
        return Found(id, out_->entities[it->second].id);
      }
      if (auto it = keys_.find(std::string(toks[k].lower) + (toks[k].lower.back() == 's' ? "" : "s"));
          it != keys_.end()) {
        AddMention(it->second, k, k + 1, false);
        return Found(id, out_->entities[it->second].id);
      }
      Entity en;
      en.id = "e" + std::to_string(out_->entities.size() + 1);
      en.name = w->party;
      en.type = EntityType::kOrganization;
      en.aliases.push_back(std::string(doc_.text.substr(toks[k].start, toks[k].end - toks[k].start)));
      out_->entities.push_back(std::move(en));
      NameEntity(out_->entities.size() - 1);
      ent_gender_.push_back(0);
      ent_mine_.push_back(true);
      keys_.emplace(key, out_->entities.size() - 1);
      AddMention(out_->entities.size() - 1, k, k + 1, true);
      return Found(id, out_->entities.back().id);
    }
  }
  if (has_head) {
    const WordInfo* hw = head.Info();
    if (hw && (hw->classes & kDocumentNoun) && run_a != kNone) {
      // "Recent polls show", "New figures show": a word capitalized only as the sentence's first
      // names no one
      const Tok& f = toks[run_a];
      if (run_b - run_a == 1 && OpensSentence(run_a) && !AllCaps(f) && !CapitalizedInside(run_a) &&
          !keys_.count(Fold(doc_.text.substr(f.start, f.end - f.start))))
        return Found(id, std::string());
      return Found(id, FindOrCreate(run_a, run_b, pos));
    }
    // "the Liverpool Echo newspaper", "the Xinhua news agency": the name is the organization (not
    // a run that opens with a nationality, "the German firm", "the South African firm", "a British
    // Muslim group": no organization is made of it)
    uint32_t nationality = 0;  // the words of the nationality the run opens with
    if (run_a != kNone && run_a + 1 < run_b &&
        lex_.demonyms.count(std::string(toks[run_a].lower) + " " + std::string(toks[run_a + 1].lower)))
      nationality = 2;
    else if (run_a != kNone && lex_.demonyms.count(toks[run_a].lower))
      nationality = 1;
    // ("the US network", "the UK firm": a country's name before an outlet or a firm is its
    // nationality too, not the one that speaks)
    if (nationality == 0 && run_a != kNone && run_b == b - 1 && OutletOrFirm(head)) {
      std::string key = Fold(doc_.text.substr(toks[run_a].start, toks[run_b - 1].end - toks[run_a].start));
      auto it = keys_.find(key);
      if (lex_.Is(key, kCountry) ||
          (it != keys_.end() && out_->entities[it->second].type == EntityType::kCountry))
        nationality = run_b - run_a;
    }
    const bool demonym = nationality > 0;
    if (hw && (hw->classes & kOrgNoun) && run_a != kNone && run_b + 1 >= b - 1 && run_b < b && !demonym) {
      std::string found = FindOrCreate(run_a, run_b, pos);
      for (size_t i = 0; i < out_->entities.size(); ++i)
        if (out_->entities[i].id == found && ent_mine_[i] && out_->entities[i].type == EntityType::kPerson) {
          out_->entities[i].type = EntityType::kOrganization;
          ++subject_state_;
        }
      return Found(id, found);
    }
    // "the Pentagon chief": whoever holds the office that seat stands for, or whose title names it
    if (hw && (hw->classes & kPersonNoun) && run_a != kNone && run_b == b - 1) {
      std::string seat = Fold(doc_.text.substr(toks[run_a].start, toks[run_b - 1].end - toks[run_a].start));
      std::string found = ResolveOffice(seat, pos);
      if (!found.empty()) return Found(id, found);
    }
    if (hw && (hw->classes & (kPersonNoun | kOrgNoun | kOrgKind))) {
      std::string found = ResolveDescription(std::string(head.lower), pos);
      if (found.empty() && (hw->classes & kPersonNoun)) found = DescribedSubjectBefore(a, b);
      // "the Turkish president", "a Russian defence ministry spokesman", named nowhere: an office
      // of the country speaks for it (not "a British tourist": no office)
      // (nor "the former Irish president": an office left speaks for no one)
      // ("the former UN commissioner and Irish president": before a coordination too)
      auto past = [&] {
        for (uint32_t k = b; k > 0 && b - k < 12 && (k > a || IsWord(toks[k - 1]));)
          if (IsWord(toks[--k]) && IsPastOfficeWord(toks[k].lower)) return true;
        return false;
      };
      if (found.empty() && (hw->classes & kTitle) && !past()) found = DemonymCountry(a, b);
      // "the company said", "the organization accused", "the German firm wanted": the one
      // organization named just before
      const bool only_nationality =
          demonym && run_a == a + 1 && run_b == b - 1 && run_b - run_a == nationality;
      if (found.empty() && (hw->classes & kOrgKind) && (b - a == 2 || only_nationality) &&
          toks[a].lower == "the")
        found = OnlyOrganizationBefore(pos);
      return Found(id, found);
    }
    return Found(id, std::string());
  }
  return false;
}

std::string ClaimFinder::GroupAt(uint32_t i, uint32_t hi, uint32_t* end) {
  const auto& toks = doc_.toks;
  uint32_t k = i;
  if (k < hi && IsWord(toks[k]) && !toks[k].cap && TokIs(toks[k], kDeterminer)) ++k;
  const uint32_t names = k;
  while (k < hi && k < names + 4 && IsWord(toks[k]) && toks[k].cap) ++k;
  if (k == names || k >= hi) return {};
  // (a group, not one person nor a document: "the Trump campaign's lawyer", "the IMF report")
  const Tok& head = toks[k];
  if (!IsWord(head) || head.cap || TokIs(head, kTitle | kDocumentNoun | kPersonNoun) ||
      !(TokIs(head, kGroupNoun) || PeopleNoun(head)))
    return {};
  std::string id = Resolve(i, k + 1, toks[i].start);
  if (!id.empty()) *end = k + 1;
  return id;
}

std::string ClaimFinder::EntityAt(uint32_t i, uint32_t hi, uint32_t* end) {
  const auto& toks = doc_.toks;
  uint32_t k = i;
  // an object pronoun: "Democrats accused him of ..." (not "her" before a noun, a possessive:
  // "praised her husband", "defended her record" name the husband, the record; "praised her too",
  // "praised her yesterday" name her)
  auto possessive_her = [&] {
    if (toks[k].lower != "her" || k + 1 >= hi) return false;
    const Tok& n = toks[k + 1];
    return IsWord(n) && !n.cap && n.kind == TokKind::kWord &&
           !TokIs(n, kFunction | kPronoun | kAux | kDeterminer | kTimeWord | kWeekday | kRelDate) &&
           !(StanceClasses(n) & (kClosed | kFinite | kNegator)) && !IsLyAdverb(n);
  };
  if (k < hi && IsWord(toks[k]) && (toks[k].lower == "him" || toks[k].lower == "her") && !possessive_her()) {
    *end = k + 1;
    const WordInfo* w = toks[k].Info();
    return w ? ResolvePronoun(w->gender, toks[k].start) : std::string();
  }
  while (k < hi && IsWord(toks[k]) && !toks[k].cap && TokIs(toks[k], kDeterminer | kTitle | kModifier)) ++k;
  uint32_t e = k;
  while (e < hi && IsWord(toks[e]) && toks[e].cap && e - k < 6) ++e;
  *end = e;
  if (e == k) return {};
  // an object names someone the article knows (or plainly a person), never a new thing
  bool keep = allow_create_;
  allow_create_ = false;
  std::string id = Resolve(k, e, toks[k].start);
  allow_create_ = keep;
  return id;
}

std::string ClaimFinder::PossessiveOwner(uint32_t i) {
  // the one man (for "her" the one woman), or person of no known gender, named before it in its
  // sentence: with two, "his" could be either ("McCain met Obama, and Palin attacked his plan"),
  // never guess
  const Tok& t = doc_.toks[i];
  const WordInfo* w = t.Info();
  // (a possessive of the lexicon: a determiner with a gender, "his" m, "her" f)
  if (!IsWord(t) || !TokIs(t, kDeterminer) || w == nullptr || (w->gender != 'm' && w->gender != 'f'))
    return {};
  const char gender = w->gender;
  const uint32_t first = sentences_[sentence_of_[i]].first;
  const uint32_t from = doc_.toks[first].start;
  // a "he" opening its clause is likely the one "his" stands for ("after meeting Gordon Brown, he
  // defended his decision", "told Brown that he would defend his record"): never guess
  uint32_t c = i;
  while (c > first && doc_.toks[c - 1].kind != TokKind::kEnd && doc_.toks[c - 1].lower != "," &&
         doc_.toks[c - 1].lower != ";" && doc_.toks[c - 1].lower != ":" &&
         !TokIn(doc_.toks[c - 1], kRelative))
    --c;
  while (c < i && (TokIn(doc_.toks[c], kSpeakerJoin) || !IsWord(doc_.toks[c]))) ++c;
  if (const WordInfo* p = doc_.toks[c].Info();
      c < i && TokIs(doc_.toks[c], kPronoun) && p && p->gender == gender)
    return {};
  size_t found = kNone;
  for (auto it = std::make_reverse_iterator(idx_.AtOrAfter(t.start)); it != idx_.mentions().rend(); ++it) {
    if (it->pos < from) break;
    if (it->ent == found || out_->entities[it->ent].type != EntityType::kPerson) continue;
    if (char g = Gender(it->ent); g && g != gender) continue;
    if (found != kNone) return {};
    // one of a list ("Both Tessa Jowell and John Prescott have welcomed his return"): a subject of
    // the verb, not the owner
    uint32_t b = TokAt(it->pos);
    // (past a title before the name: "and Deputy Prime Minister John Prescott")
    for (uint32_t n = 0;
         b > first && n < 5 && IsWord(doc_.toks[b - 1]) && !TokIn(doc_.toks[b - 1], kListJoin) &&
         (doc_.toks[b - 1].cap || TokIs(doc_.toks[b - 1], kTitle | kModifier));
         ++n)
      --b;
    if (b > first && b < i && (TokIn(doc_.toks[b - 1], kListJoin) || IsPunct(doc_.toks[b - 1], ',')))
      return {};
    found = it->ent;
  }
  return found == kNone ? std::string() : out_->entities[found].id;
}

// "A union representing flight attendants endorsed ...": people named by a plural noun after a
// participle (and its modifiers) are its object, not the subject. [first, head]: the phrase.
bool ClaimFinder::ObjectOfParticiple(uint32_t lo, uint32_t first, uint32_t head) const {
  const auto& toks = doc_.toks;
  if (toks[head].cap || !PeopleNoun(toks[head])) return false;
  for (uint32_t m = first; m > lo && first - m < 3;) {
    const Tok& p = toks[--m];
    if (!IsWord(p) || p.cap || TokIs(p, kTimeWord | kFunction | kDeterminer | kAux | kPronoun)) return false;
    if (p.lower.size() > 5 && p.lower.compare(p.lower.size() - 3, 3, "ing") == 0) return true;
  }
  return false;
}

// Unnamed people, a plural noun or a group ("environmentalists worry that ...", "critics say"),
// are a source of speech, belief or proposals; their stance on a thing ("church groups welcomed
// the limit") is no claim of theirs. b: the end of the subject phrase.
bool ClaimFinder::UnnamedStance(CueClass cls, uint32_t b) const {
  Tok head = doc_.toks[b - 1];
  if (head.cap && OpensSentence(b - 1)) head.cap = false;  // "Prosecutors ... have targeted"
  return cls == kStance && !head.cap && (PeopleNoun(head) || TokIs(head, kGroupNoun)) &&
         !TokIs(head, kPersonNoun);
}

}  // namespace claimgraph::extract::claims
