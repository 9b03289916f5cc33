// Entity recognition after the rules: the tagger's names where the rules found none,
// teams, organizations, seats of government, headline names and lone words of
// organizations; then resolution into entities, events and ids (stage 1, stages.h).
#include <algorithm>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "extract/entities_finder.h"
#include "extract/ner_model.h"
#include "extract/stages.h"
#include "text/chars.h"

namespace claimgraph::extract {

namespace {

bool IsCommonWord(const Lexicon& lex, const TokenView& tv, uint32_t t) { return tv.info[t].common; }

// "Streisand has been a vocal supporter of Clinton", "Harth, a critic of Trump": a name that
// holds a side stated after it, as the subject of an auxiliary or before an appositive: a
// judging phrase whose holder comes before it (not at the name: "a vote in Tucson in favour
// of"), or a role noun that takes a side before "of" or after a name ("Ingraham has been a
// vocal Trump supporter").
bool HoldsStanceAfter(const TokenView& tv, const text::Sentence& s, uint32_t e) {
  const Lexicon& lex = Lexicon::Get();
  if (e >= s.last) return false;
  const text::Token& first = tv.tok(e);
  bool comma = first.kind == text::kPunct && tv.Text(e) == ",";
  if (!comma && !(first.kind == text::kWord && !first.capitalized && (tv.info[e].classes & kFunction)))
    return false;
  for (uint32_t k = e + 1; k < s.last && k < e + 6; ++k) {
    const text::Token& t = tv.tok(k);
    if (t.kind != text::kWord || t.all_caps) return false;
    if (t.capitalized) {
      // "Ingraham has been a vocal Trump supporter": a name, then a role noun that takes a side
      // toward it
      while (k + 1 < s.last && tv.tok(k + 1).kind == text::kWord && tv.tok(k + 1).capitalized) ++k;
      return k + 1 < s.last && lex.IsStanceRole(tv.folded[k + 1]);
    }
    if (lex.IsStanceRole(tv.folded[k]) && k + 1 < s.last && tv.folded[k + 1] == "of") return true;
    PhraseSet::Match m = lex.judging().LongestAt(tv, k, s.last);
    if (m.len >= 2 && m.payload == Lexicon::kJudgingHolder) return true;
  }
  return false;
}

// A lone name the model reads as a person is taken when a verb of saying follows it
// ("Dole said") or comes right before it at the end of a clause ("..., said Dykstra."), a
// one-word stance verb sits beside it ("Rubio attacked", "praised Haley"), or it holds a side
// stated after it (HoldsStanceAfter): things ("Obamacare") are rarely the subject of speech,
// and a stance verb's object that the model calls a person is one.
// The verb may sit behind auxiliaries and adverbs ("Trump has repeatedly attacked"), and the
// phrase before may be longer than a word ("has been critical of Trump", "his attacks on Trump").
bool SpeaksOrIsJudgedAt(const TokenView& tv, const text::Sentence& s, uint32_t b, uint32_t e);

// "the Nationwide said", "the MPs said", "the Gunners have asked": a name after "the" is no one
// person, whatever it says ("the Russian said" is one: a demonym is a description of a person).
bool TheBefore(const TokenView& tv, const text::Sentence& s, uint32_t b, uint32_t e) {
  uint32_t dem = 0;
  return b > s.first && tv.folded[b - 1] == "the" &&
         !Lexicon::Get().demonyms().MatchesExactly(tv, b, e, &dem);
}

bool SpeaksOrIsJudged(const TokenView& tv, const text::Sentence& s, uint32_t b, uint32_t e) {
  return !TheBefore(tv, s, b, e) && SpeaksOrIsJudgedAt(tv, s, b, e);
}

bool SpeaksOrIsJudgedAt(const TokenView& tv, const text::Sentence& s, uint32_t b, uint32_t e) {
  uint32_t k = e;
  auto aux_or_adverb = [&](uint32_t t) {
    std::string_view w = tv.folded[t];
    bool ly = w.size() > 4 && w.ends_with("ly");
    return tv.tok(t).kind == text::kWord && !tv.tok(t).capitalized &&
           (ly || (tv.info[t].classes & (kFunction | kEventFuture)));
  };
  while (k < s.last && k < e + 3 && aux_or_adverb(k) && !(tv.info[k].classes & (kSpeech | kStanceVerb))) ++k;
  if (k < s.last && (tv.info[k].classes & (kSpeech | kStanceVerb))) return true;
  // "Kalin, in a rare meeting with reporters, harshly criticized the YPG": the verb after an
  // aside set off by commas that opens right after the name (up to 12 words, no clause end)
  if (e < s.last && tv.folded[e] == ",") {
    uint32_t c = e + 1;
    while (c < s.last && c < e + 13 && tv.folded[c] != "," && tv.tok(c).kind == text::kWord) ++c;
    // (an aside, not the list the name opens: "Mack the Knife, Dream Lover and Beyond the Sea,")
    if (c > e + 1 && c < s.last && tv.folded[c] == "," && !tv.tok(e + 1).capitalized) {
      uint32_t v = c + 1;
      while (v < s.last && v < c + 4 && aux_or_adverb(v) && !(tv.info[v].classes & (kSpeech | kStanceVerb)))
        ++v;
      if (v < s.last && (tv.info[v].classes & kStanceVerb)) return true;
    }
  }
  if (b > s.first && (tv.info[b - 1].classes & kStanceVerb)) return true;
  if (b > s.first && !tv.tok(b - 1).capitalized && Lexicon::Get().SpeakerMayFollow(tv.folded[b - 1]) &&
      (e == s.last || (tv.tok(e).kind != text::kWord && tv.tok(e).kind != text::kNumber)))
    return true;
  if (HoldsStanceAfter(tv, s, e)) return true;
  // "Gingrich's proposal", "Mursi's blunt remarks": the name owns what someone says or plans
  if (e + 1 < s.last && (tv.folded[e] == "'s" || tv.folded[e] == "'")) {
    for (uint32_t t = e + 1;
         t < s.last && t < e + 4 && tv.tok(t).kind == text::kWord && !tv.tok(t).capitalized; ++t) {
      if (Lexicon::Get().IsSaidNoun(tv.folded[t])) return true;
    }
  }
  const PhraseSet& judging = Lexicon::Get().judging();
  uint32_t payload = 0;
  for (uint32_t len = 2; len <= 5 && b >= s.first + len; ++len)
    if (judging.MatchesExactly(tv, b - len, b, &payload)) return true;
  return false;
}

// A lone name the model reads as a person, with "he" or "her" after it in the sentence ("Cruz's
// rating plummeted after his speech"): the pronoun needs someone to stand for.
bool PronounFollows(const TokenView& tv, const text::Sentence& s, uint32_t e) {
  const Lexicon& lex = Lexicon::Get();
  for (uint32_t k = e; k < s.last; ++k)
    if (tv.tok(k).kind == text::kWord && lex.IsPersonPronoun(tv.folded[k])) return true;
  return false;
}

// A lone word the model calls a place, which no gazetteer knows (a known place is a rule
// mention), that speaks or is judged: a person ("Romney said", "criticized Koenig"); places do
// neither (a capital that speaks is a rule mention, resolved to its country).
bool JudgedNonPlace(const TokenView& tv, const text::Sentence& s, NerLabel l, uint32_t b, uint32_t e) {
  return l == NerLabel::kBLoc && e - b == 1 && SpeaksOrIsJudged(tv, s, b, e);
}

// The same after "the", where it is no person (TheBefore): an organization ("the Nationwide said").
bool TheSpeaks(const TokenView& tv, const text::Sentence& s, NerLabel l, uint32_t b, uint32_t e) {
  return l == NerLabel::kBLoc && e - b == 1 && TheBefore(tv, s, b, e) && SpeaksOrIsJudgedAt(tv, s, b, e);
}

// "the Ealing North MP", "Tory MP": a span of two words or more that ends in a title written
// in capitals (an acronym, never a surname nor an organization's last word, unlike "King" or
// "Democrat") describes a person who holds it, and names no organization.
bool EndsInTitle(const TokenView& tv, uint32_t b, uint32_t e) {
  uint32_t payload = 0;
  return e - b >= 2 && tv.tok(e - 1).all_caps &&
         Lexicon::Get().titles().MatchesExactly(tv, e - 1, e, &payload) &&
         static_cast<TitleKind>(payload) == TitleKind::kTitle;
}

// Types the mention [m->b, m->e) the model labels `l`: PER a person, ORG an organization, LOC a
// place; but a place that speaks or is judged is a person (after "the" an organization), and
// one held shares in is an organization by that rule (HeldName).
void TypeModelMention(const TokenView& tv, const text::Sentence& s, NerLabel l, Mention* m) {
  uint32_t b = m->b, e = m->e;
  if (l == NerLabel::kBPer || JudgedNonPlace(tv, s, l, b, e)) {
    m->type = EntityType::kPerson;
  } else if (l == NerLabel::kBOrg || TheSpeaks(tv, s, l, b, e)) {
    m->type = EntityType::kOrganization;
  } else if (HeldName(tv, s.first, b)) {
    m->type = EntityType::kOrganization;
    m->org_by_rule = true;
  } else {
    m->type = EntityType::kPlace;
  }
}

// The texts of the sentence's tokens and their ids in the thread's vocabulary (what the
// tagger keys its cache by).
void SentenceWords(const TokenView& tv, const text::Sentence& s, std::vector<std::string_view>* words,
                   std::vector<uint32_t>* ids) {
  words->clear();
  ids->clear();
  for (uint32_t i = s.first; i < s.last; ++i) {
    words->push_back(tv.Text(i));
    ids->push_back(tv.tok(i).word);
  }
}

// Adds the model's names where the rules found nothing: a model span that
// overlaps no rule mention becomes a mention (PER -> person, ORG ->
// organization, LOC -> place, or country when the gazetteer says so).
// `shapes`: each sentence's ShapeOf.
void AddModelMentions(const TokenView& tv, const text::Segmented& seg,
                      const std::vector<SentenceShape>& shapes, std::vector<Mention>* mentions) {
  const NerModel* model = NerModel::Get();
  if (model == nullptr) return;
  const Lexicon& lex = Lexicon::Get();
  // covered: 1 = a rule mention, 2 + index = a deferred lone word the model may confirm or retype.
  std::vector<uint32_t> covered(tv.tokens->size(), 0);
  std::vector<int32_t> guessed_at(tv.tokens->size(), -1);  // first token of a guessed person -> mention
  for (size_t mi = 0; mi < mentions->size(); ++mi) {
    const Mention& m = (*mentions)[mi];
    if (m.guessed) guessed_at[m.b] = static_cast<int32_t>(mi);
    for (uint32_t t = m.b; t < m.e; ++t) covered[t] = m.deferred ? static_cast<uint32_t>(2 + mi) : 1;
    for (uint32_t t = m.role_b; t < m.role_e; ++t) covered[t] = 1;
  }
  std::vector<uint8_t> drop(mentions->size(), 0);
  // Words that name a person the rules found ("Putin" after "President Putin"):
  // the model may not retype them.
  std::unordered_set<std::string_view> person_words;
  for (const Mention& m : *mentions) {
    if (m.type == EntityType::kPerson && !m.deferred && !m.blocked) {
      for (uint32_t t = m.b; t < m.e; ++t) person_words.insert(tv.folded[t]);
    }
  }
  auto names_person = [&](uint32_t t) { return person_words.count(tv.folded[t]) > 0; };
  // (the thread's, filled again for each sentence: no vectors grown anew per article)
  thread_local std::vector<std::string_view> words;
  thread_local std::vector<uint32_t> word_ids;  // the words' vocabulary ids (text::Token::word)
  std::vector<Mention> added;
  for (size_t si = 0; si < seg.sentences.size(); ++si) {
    const text::Sentence& s = seg.sentences[si];
    // The model is slow next to the rules: run it only on sentences with a
    // capitalized word the rules left unexplained.
    bool open = false;
    uint32_t first_word = s.last;
    for (uint32_t i = s.first; i < s.last && !open; ++i) {
      const text::Token& t = tv.tok(i);
      if (t.kind != text::kWord) continue;
      if (first_word == s.last) first_word = i;
      if (!(t.capitalized || t.all_caps) || covered[i] == 1) continue;
      const TokenInfo& info = tv.info[i];
      if (info.classes & kNotName) continue;
      if (i == first_word && info.common) continue;
      if (info.bucket[1] >= 0) continue;  // a title word
      open = true;
    }
    if (!open || shapes[si].title_case) continue;
    SentenceWords(tv, s, &words, &word_ids);
    std::vector<NerLabel> labels = model->Tag(words, word_ids.data());
    for (uint32_t i = 0; i < labels.size();) {
      NerLabel l = labels[i];
      if (l != NerLabel::kBPer && l != NerLabel::kBOrg && l != NerLabel::kBLoc) {
        ++i;
        continue;
      }
      uint32_t j = i + 1;
      while (j < labels.size() && labels[j] == static_cast<NerLabel>(static_cast<int>(l) + 1)) ++j;
      uint32_t b = s.first + i, e = s.first + j;
      i = j;
      // A name the rules called a person by shape alone, that the model calls an
      // organization or place with the same span ("Wells Fargo").
      if (guessed_at[b] >= 0 && l != NerLabel::kBPer) {
        Mention& gm = (*mentions)[guessed_at[b]];
        // (not one a title of a person stands right before: "Tory co-chairman Liam Fox said")
        const bool titled = b > 0 && tv.tok(b - 1).kind == text::kWord && tv.info[b - 1].bucket[1] >= 0;
        if (gm.e == e && !titled) {
          gm.type = l == NerLabel::kBOrg ? EntityType::kOrganization : EntityType::kPlace;
          gm.guessed = false;
          gm.role_b = gm.role_e = gm.role2_b = gm.role2_e = 0;
          continue;
        }
      }
      bool overlap = false;
      std::vector<uint32_t> deferred;
      for (uint32_t t = b; t < e; ++t) {
        if (covered[t] == 1)
          overlap = true;
        else if (covered[t] >= 2)
          deferred.push_back(covered[t] - 2);
      }
      if (overlap || EndsInTitle(tv, b, e)) continue;
      // A lone word the model tags alone: confirmed, typed as the model says.
      if (deferred.size() == 1 && e - b == 1) {
        Mention& dm = (*mentions)[deferred[0]];
        if (dm.b == b && dm.e == e) {
          if (IsCommonWord(lex, tv, b) || names_person(b)) continue;
          if (l != NerLabel::kBPer && tv.info[b].first_name) continue;
          if (l == NerLabel::kBPer && !SpeaksOrIsJudged(tv, s, b, e) && !PronounFollows(tv, s, e)) continue;
          dm.deferred = false;
          dm.from_model = true;
          TypeModelMention(tv, s, l, &dm);
          continue;
        }
      }
      for (uint32_t d : deferred) drop[d] = 1;
      // Not names: lower-case starts, months and weekdays.
      if (!tv.tok(b).capitalized && !tv.tok(b).all_caps) continue;
      if (e - b == 1 && (tv.info[b].classes & kNotName)) continue;
      if (tv.info[e - 1].classes & kThingHead) continue;  // "Affordable Care Act"
      if (e - b == 1 && (IsCommonWord(lex, tv, b) || names_person(b))) continue;
      if (e - b == 1 && l != NerLabel::kBPer && tv.info[b].first_name)
        continue;  // "Sandra" is no organization
      uint32_t dem = 0;
      if (lex.demonyms().MatchesExactly(tv, b, e, &dem)) continue;  // "Russian"
      // A lone word the model alone calls a person is too often a thing ("Obamacare").
      bool speaks = SpeaksOrIsJudged(tv, s, b, e) || PronounFollows(tv, s, e);
      if (e - b == 1 && l == NerLabel::kBPer && !speaks) continue;
      bool letters_ok = true;  // table headers: "W L PCT"; lower-case words inside ("Hofstra wasn't Stein")
      for (uint32_t t = b; t < e; ++t) {
        const text::Token& u = tv.tok(t);
        letters_ok =
            letters_ok && tv.Text(t).size() >= 2 && !IsContraction(tv.Text(t)) && !IsPartyTag(tv.Text(t));
        if (u.kind == text::kWord && !u.capitalized && !u.all_caps &&
            !(tv.info[t].classes & (kConnector | kParticle))) {
          letters_ok = false;
        }
        if (u.kind != text::kWord && u.kind != text::kNumber && tv.Text(t) != "&" && tv.Text(t) != ".")
          letters_ok = false;
      }
      if (!letters_ok) continue;
      // "Sanders Has Advantage", "Who Called For Internment": a function word is in no
      // person's name, except as a given name before a surname ("Will Doyle").
      if (l == NerLabel::kBPer) {
        bool function_word = e - b != 2 && (tv.info[b].classes & kFunction);
        for (uint32_t t = b + 1; t < e; ++t)
          function_word = function_word || (tv.info[t].classes & kFunction);
        if (function_word) continue;
      }
      Mention m;
      m.b = b;
      m.e = e;
      m.from_model = true;
      TypeModelMention(tv, s, l, &m);
      added.push_back(m);
    }
  }
  size_t w = 0;
  for (size_t mi = 0; mi < mentions->size(); ++mi) {
    if (!drop[mi]) (*mentions)[w++] = (*mentions)[mi];
  }
  mentions->resize(w);
  if (added.empty()) return;
  mentions->insert(mentions->end(), added.begin(), added.end());
  std::stable_sort(mentions->begin(), mentions->end(),
                   [](const Mention& a, const Mention& b) { return a.b < b.b; });
}

}  // namespace

// Results tables and score lines ("Chicago 75 61 .551", "Surrey 310 , Kent 250"):
// a place right before a score is a team, an organization.
void RetypeTeams(const TokenView& tv, const text::Segmented& seg, const std::vector<SentenceShape>& shapes,
                 std::vector<Mention>* mentions) {
  for (Mention& m : *mentions) {
    if (m.type != EntityType::kPlace && m.type != EntityType::kCountry) continue;
    const size_t si = SentenceOf(seg, m.b);
    const auto& s = seg.sentences[si];
    const uint16_t numbers = static_cast<uint16_t>(shapes[si].numbers);  // (the count as it was kept)
    if (numbers < 2 || m.e >= s.last) continue;
    const text::Token& next = tv.tok(m.e);
    if (next.kind != text::kNumber) continue;
    std::string_view n = tv.Text(m.e);
    if (n.find('-') != std::string_view::npos || n.size() > 4) continue;  // a date, not a score
    m.type = EntityType::kOrganization;
    m.gaz = -1;
  }
}

// A person name read in a title-case headline often carries headline words
// ("Mike Pence Calls for ...", "Says Clinton Is In"): when the article names
// the person outside its headline, the headline mention is cut to that name
// (the longest full name the body uses inside it, else the body's surname with
// the given names before it).
void TrimHeadlineNames(const TokenView& tv, std::vector<Mention>* mentions) {
  const Lexicon& lex = Lexicon::Get();
  std::unordered_set<std::string> full_names;               // folded, space-joined, two words or more
  std::unordered_set<std::string_view, WordHash> surnames;  // folded last words
  for (const Mention& m : *mentions) {
    if (m.type != EntityType::kPerson || m.headline || m.blocked || m.deferred || m.guessed || m.e - m.b < 2)
      continue;
    std::string full;
    for (uint32_t t = m.b; t < m.e; ++t) {
      if (t > m.b) full += ' ';
      full += tv.folded[t];
    }
    full_names.insert(std::move(full));
    surnames.insert(tv.folded[SurnameToken(tv, m.b, m.e)]);
  }
  if (surnames.empty()) return;
  for (Mention& m : *mentions) {
    if (m.type != EntityType::kPerson || !m.headline || m.blocked || m.gaz >= 0 || m.e - m.b < 2) continue;
    uint32_t best_b = 0, best_e = 0;
    for (uint32_t b = m.b; b < m.e; ++b) {
      std::string span;
      for (uint32_t e = b; e < m.e; ++e) {
        if (e > b) span += ' ';
        span += tv.folded[e];
        if (e > b && e + 1 - b > best_e - best_b && full_names.count(span)) {
          best_b = b;
          best_e = e + 1;
        }
      }
    }
    if (best_e == 0) {
      for (uint32_t p = m.b; p < m.e && best_e == 0; ++p) {
        if (!surnames.count(tv.folded[p])) continue;
        uint32_t b = p;
        while (b > m.b && tv.info[b - 1].first_name) --b;
        best_b = b;
        best_e = p + 1;
        while (best_e < m.e && lex.IsNameSuffix(tv.folded[best_e])) ++best_e;  // "Connick Jr"
      }
    }
    if (best_e == 0 || (best_b == m.b && best_e == m.e)) continue;
    // A role read next to the cut words is not this person's ("Senator Endorsed Trump").
    if (best_b != m.b) {
      m.role_b = m.role_e = 0;
      m.titled = m.courtesy = false;
      m.country_gaz = -1;
    }
    if (best_e != m.e) m.role2_b = m.role2_e = 0;
    m.b = best_b;
    m.e = best_e;
    m.guessed = false;
  }
}

// "Fox" after "Fox News": a lone uncommon word read as a person, organization
// or place by shape or by the model, that opens a gazetteer organization named in the article, and ends no
// person's name there, is that organization.
void LoneWordsOfOrganizations(const TokenView& tv, std::vector<Mention>* mentions) {
  std::unordered_map<std::string_view, int32_t, WordHash> org_first;  // folded first word -> first such entry
  std::unordered_set<std::string_view, WordHash> person_last;
  for (const Mention& m : *mentions) {
    if (m.blocked || m.e - m.b < 2) continue;
    if (m.type == EntityType::kOrganization && m.gaz >= 0) org_first.emplace(tv.folded[m.b], m.gaz);
    if (m.type == EntityType::kPerson) person_last.insert(tv.folded[m.e - 1]);
  }
  if (org_first.empty()) return;
  for (Mention& m : *mentions) {
    if (m.blocked || m.e - m.b != 1 || m.titled || m.courtesy || m.gaz >= 0) continue;
    if (m.type != EntityType::kPerson && m.type != EntityType::kOrganization && m.type != EntityType::kPlace)
      continue;
    // Not a common word, demonym or never-name word ("State", "American", "Department").
    const TokenInfo& info = tv.info[m.b];
    if (info.common || info.bucket[2] >= 0 || (info.classes & kNotName)) continue;
    std::string_view w = tv.folded[m.b];
    if (person_last.count(w)) continue;
    auto it = org_first.find(w);
    if (it == org_first.end()) continue;
    m.type = EntityType::kOrganization;
    m.gaz = it->second;
    m.deferred = m.guessed = m.has_fallback = false;
  }
}

namespace {
// "-", "--", an em or en dash: a token that may end a dateline.
bool IsDatelineDash(std::string_view w) {
  return w == "-" || w == "--" || w == "\xE2\x80\x94" || w == "\xE2\x80\x93";
}
}  // namespace

// A dateline: a line that opens with a name in capitals, maybe ", Region", then a date or a dash
// ("NOUAKCHOTT 1996-08-31", "IRVINE, Calif 1996-08-30", "ST. LOUIS -"). The name is the place the
// story was filed from, not an acronym nor the model's organization; a gazetteer name keeps its type
// ("UNITED NATIONS 1996-08-29").
void DatelinePlaces(const TokenView& tv, std::vector<Mention>* mentions) {
  const auto& toks = *tv.tokens;
  auto line_start = [&](uint32_t t) {
    size_t at = toks[t].start;
    while (at > 0 && (tv.text[at - 1] == ' ' || tv.text[at - 1] == '\t')) --at;
    return at == 0 || tv.text[at - 1] == '\n';
  };
  auto date_or_dash = [&](uint32_t t) {
    if (t >= toks.size()) return false;
    std::string_view w = tv.Text(t);
    if (IsDatelineDash(w)) return true;
    // "1996-08-31", "2024-12-07": a date in digits and dashes
    return w.size() >= 8 && w[0] >= '0' && w[0] <= '9' &&
           std::all_of(w.begin(), w.end(),
                       [](char c) { return (c >= '0' && c <= '9') || c == '-' || c == '/'; }) &&
           w.find_first_of("-/") != std::string_view::npos;
  };
  for (size_t i = 0; i < mentions->size(); ++i) {
    Mention& m = (*mentions)[i];
    if (m.type == EntityType::kCountry) continue;
    bool caps = true;
    for (uint32_t t = m.b; t < m.e; ++t) caps = caps && toks[t].all_caps;
    if (!caps) continue;
    // the line's first words, all in capitals ("ST." before "LOUIS")
    uint32_t b = m.b;
    while (b > 0 && !line_start(b) && (toks[b - 1].all_caps || tv.Text(b - 1) == ".") && m.b - b < 3) --b;
    if (!line_start(b)) continue;
    uint32_t k = m.e;
    Mention* region = nullptr;
    if (k + 1 < toks.size() && tv.Text(k) == ",") {  // ", Calif", ", Surinam"
      uint32_t r = k + 1;
      while (r < toks.size() && r < k + 4 && (toks[r].capitalized || tv.Text(r) == ".")) ++r;
      if (r == k + 1) continue;
      if (i + 1 < mentions->size() && (*mentions)[i + 1].b == k + 1 && (*mentions)[i + 1].e <= r)
        region = &(*mentions)[i + 1];
      k = r;
    }
    if (!date_or_dash(k)) continue;
    // a dash alone follows one unknown word as often when it is a label or a firm as when it is a
    // city ("ZETRO - The company said", "EUROBONDS - Primary market activity"): that word keeps
    // the type its shape gives; a date, a region or a longer name ("ST. LOUIS -") makes a dateline
    if (m.gaz < 0 && !region && IsDatelineDash(tv.Text(k)) && b == m.b && m.e == m.b + 1) continue;
    if (m.gaz < 0) {
      m.type = EntityType::kPlace;
      m.b = b;  // "ST. LOUIS"
      m.deferred = m.guessed = m.has_fallback = m.org_by_rule = m.org_described = false;
    }
    if (region && region->gaz < 0 && region->type != EntityType::kCountry) {
      region->type = EntityType::kPlace;
      region->deferred = region->guessed = region->has_fallback = region->org_by_rule = false;
    }
  }
}

std::vector<Mention> FindMentions(const TokenView& tv, const text::Segmented& seg, bool use_model,
                                  std::vector<SentenceShape>* shapes) {
  MentionFinder finder(tv, seg);
  std::vector<Mention> mentions = finder.Run();
  // CLAIMGRAPH_NO_MODEL=1 turns the model off without a rebuild, to measure what it adds.
  static const bool model_off = std::getenv("CLAIMGRAPH_NO_MODEL") != nullptr;
  if (use_model && !model_off) AddModelMentions(tv, seg, finder.Shapes(), &mentions);
  finder.Roles(&mentions);
  RetypeTeams(tv, seg, finder.Shapes(), &mentions);
  FindOrganizations(tv, seg, finder.Shapes(), &mentions);
  SeatsAsGovernments(tv, seg, &mentions);
  SpeakingPlaces(tv, seg, &mentions);
  TrimHeadlineNames(tv, &mentions);
  LoneWordsOfOrganizations(tv, &mentions);
  DatelinePlaces(tv, &mentions);
  mentions.erase(std::remove_if(mentions.begin(), mentions.end(), [](const Mention& m) { return m.blocked; }),
                 mentions.end());
  if (shapes != nullptr) *shapes = finder.Shapes();
  return mentions;
}

namespace {

// RecognizeEntities over the article's token view `tv` (of seg).
void RecognizeIn(const Article& article, const TokenView& tv, const text::Segmented& seg, bool use_model,
                 Extraction* out) {
  std::vector<SentenceShape> shapes;
  std::vector<Mention> mentions = FindMentions(tv, seg, use_model, &shapes);
  ResolveMentions(tv, mentions, out);
  AddEvents(article, tv, seg, shapes, out);
  // Ids in order of first mention (ties in the order resolved). The (first mention, index)
  // pairs are sorted and each entity moved once, not swapped around by the sort.
  std::vector<std::pair<uint32_t, uint32_t>> order;
  order.reserve(out->entities.size());
  for (size_t i = 0; i < out->entities.size(); ++i) {
    const Entity& e = out->entities[i];
    order.emplace_back(e.mentions.empty() ? UINT32_MAX : e.mentions.front().start, static_cast<uint32_t>(i));
  }
  std::sort(order.begin(), order.end());
  // (with the room BuildEntities left for the entities the claim stages add)
  std::vector<Entity> sorted;
  sorted.reserve(out->entities.capacity());
  for (const auto& [first, i] : order) sorted.push_back(std::move(out->entities[i]));
  out->entities = std::move(sorted);
  // A person's country names the old id of a country: the first entity with that id gets the
  // new one. The few such links are found by a scan before the ids change, not by a map of
  // every id.
  std::vector<std::pair<size_t, size_t>> links;  // (person, its country), new indices
  for (size_t i = 0; i < out->entities.size(); ++i) {
    const std::string& country = out->entities[i].country;
    if (country.empty()) continue;
    for (size_t j = 0; j < out->entities.size(); ++j) {
      if (out->entities[j].id != country) continue;
      links.emplace_back(i, j);
      break;
    }
  }
  for (size_t i = 0; i < out->entities.size(); ++i) out->entities[i].id = "e" + std::to_string(i + 1);
  for (auto [i, j] : links) out->entities[i].country = out->entities[j].id;
}

}  // namespace

void RecognizeEntities(const Article& article, const text::Segmented& seg, bool use_model, Extraction* out) {
  RecognizeIn(article, MakeTokenView(article.text, seg.tokens), seg, use_model, out);
}

void RecognizeEntities(const Article& article, text::Segmented* seg, bool use_model, Extraction* out) {
  TokenView tv = MakeTokenView(article.text, seg->tokens);
  RecognizeIn(article, tv, *seg, use_model, out);
  // the view's folded tokens, for the stages after this one (Segmented::folded)
  seg->folded = std::move(tv.folded);
  seg->folded_arena = std::move(tv.arena);
}

}  // namespace claimgraph::extract
