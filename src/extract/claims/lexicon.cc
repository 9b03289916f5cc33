// The claim lexicons, and the quote view of an article (text/quoted.h) annotated from them.
#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_map>

#include "common/lexicon_file.h"
#include "common/schema_data.h"
#include "extract/claims/stance.h"
#include "extract/claims/view.h"
#include "text/chars.h"
#include "text/quoted_impl.h"
#include "text/vocabulary.h"

namespace claimgraph::extract::claims {
namespace {

using internal::ForEachListItem;
using internal::LexiconRow;
using internal::LexiconSpec;
using internal::ReadLexicon;
using internal::ReadTsv;
using internal::SchemaFile;

using text::Fold;

std::string Lower(std::string_view s) { return Fold(s); }

std::vector<std::string> Words(std::string_view phrase) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && phrase[i] == ' ') ++i;
    size_t s = i;
    while (i < phrase.size() && phrase[i] != ' ') ++i;
    if (i > s) out.push_back(Lower(phrase.substr(s, i - s)));
  }
  return out;
}

// The classes of lexicons/claims_words.tsv (its header says what each means).
struct WordClassName {
  std::string_view name;
  uint32_t bit;  // 0: the class sets no bit (rolehead)
};
constexpr WordClassName kWordClasses[] = {
    {"rolehead", 0},
    {"modifier", kModifier},
    {"function", kFunction},
    {"pronoun", kPronoun},
    {"person", kPersonNoun},
    {"group", kGroupNoun},
    {"org", kOrgNoun},
    {"document", kDocumentNoun},

    {"aux", kAux},
    {"determiner", kDeterminer},
    {"timeword", kTimeWord},
    {"narrator", kNarrator},
    {"setting", kSetting},
    {"forecast", kForecast},
    {"claimnoun", kClaimNoun},
    {"plannoun", kPlanNoun},
    {"showing", kShowing},
    {"callfor", kCallFor},
    {"viewnoun", kViewNoun},
    {"raising", kRaising},
    {"postmod", kPostMod},
    {"orgkind", kOrgKind},
    {"request", kRequestNoun},
    {"modal", kModal},
    {"grammar", 0},
    {"ending", 0},
};

// The closed-class sets a "grammar" row's value may name (view.h).
constexpr std::pair<std::string_view, uint64_t> kGrammarSets[] = {
    {"subject", kSubjectPronoun},
    {"join", kSpeakerJoin},
    {"act", kActPrep},
    {"circumstance", kCircumstance},
    {"opener", kClauseOpener},
    {"where", kSettingPrep},
    {"aside", kAsideOpener},
    {"nosource", kNoSourceStart},
    {"clause", kClauseModal},
    {"obligation", kObligation},
    {"agent", kAgentPronoun},
    {"relative", kRelative},
    {"indefinite", kIndefinite},
    {"standing", kStanding},
    {"unspecific", kUnspecific},
    {"listjoin", kListJoin},
    {"listor", kListOr},
    {"listopen", kListOpen},
    {"listmore", kListMore},
    {"told", kToldThing},
    {"prize", kPrize},
    {"authoring", kAuthoring},
    {"mutual", kMutual},
    {"reciprocal", kReciprocal},
    {"reason", kReasonJoin},
    {"motion", kMotion},
    {"nopronoun", kNoPronoun},
    {"contraction", kContraction},
    {"third", kThirdPerson},
    {"complement", kComplement},
    {"reladverb", kRelAdverb},
    {"coord", kCoord},
    {"infinitive", kInfinitive},
    {"topic", kTopic},
    {"wh", kWhRelative},
    {"saying", kSaying},
    {"firstsingular", kFirstSingular},
};

constexpr std::string_view kClaimWordsFile = "lexicons/claims_words.tsv";

// Adds one row of claims_words.tsv to the lexicon.
void AddWord(const LexiconRow& row, const WordClassName& wc, Lexicons* lex,
             std::vector<std::string>* problems) {
  std::string key = Lower(row[0]);
  std::string_view v = row[2];
  if (wc.name == "grammar") return;  // (GrammarWords)
  if (wc.name == "ending") {
    // (an empty ending would end every word: every last byte)
    auto last_byte = [&](std::array<bool, 256>* last) {
      if (key.empty())
        last->fill(true);
      else
        (*last)[static_cast<unsigned char>(key.back())] = true;
    };
    if (v == "plural") {
      lex->plural_person_endings.push_back(key);
      last_byte(&lex->plural_person_last);
    } else if (v == "singular") {
      lex->person_endings.push_back(key);
      last_byte(&lex->person_last);
    } else
      problems->push_back(std::string(kClaimWordsFile) + ":" + std::to_string(row.line) +
                          ": an ending is 'plural' or 'singular', not '" + std::string(v) + "'");
    return;
  }
  WordInfo& w = lex->words[key];
  w.classes |= wc.bit;
  switch (wc.bit) {
    case 0:
      w.roleheads.emplace_back(Lower(v));
      break;
    case kPronoun:
      if (!v.empty()) w.gender = v[0];
      break;
    case kGroupNoun:
      w.official = w.official || v == "official";
      w.share = w.share || v == "share";
      w.plural = w.plural || v == "plural";
      break;
    case kDocumentNoun:
      w.finding |= v == "finding";
      break;
    case kOrgNoun:
      if (v == "media")
        w.media = true;
      else if (!v.empty())
        problems->push_back(std::string(kClaimWordsFile) + ":" + std::to_string(row.line) +
                            ": an org row's value is 'media' or nothing, not '" + std::string(v) + "'");
      break;
    case kAux:
      if (v == "verb")
        w.grammar |= kAuxVerb;
      else if (!v.empty())
        problems->push_back(std::string(kClaimWordsFile) + ":" + std::to_string(row.line) +
                            ": an aux row's value is 'verb' or nothing, not '" + std::string(v) + "'");
      break;
    default:
      break;
  }
}

// The GrammarSet bit of a set's name (`line`: its row, for the problem when none is named so).
uint64_t GrammarSet(std::string_view name, uint32_t line, std::vector<std::string>* problems) {
  for (const auto& [set_name, bit] : kGrammarSets)
    if (set_name == name) return bit;
  problems->push_back(std::string(kClaimWordsFile) + ":" + std::to_string(line) + ": unknown grammar set '" +
                      std::string(name) + "'");
  return 0;
}

// The grammar sets of claims_words.tsv's rows (read once, by ReadClaimWords), in file order: a
// "grammar" row's value names one, and any row's fourth field names more, space-separated
// ("should<TAB>modal<TAB><TAB>clause obligation"). A name of no known set is a problem naming its line.
std::vector<std::pair<std::string, uint64_t>> GrammarWords(const internal::LexiconRows& rows,
                                                           std::vector<std::string>* problems) {
  std::vector<std::pair<std::string, uint64_t>> out;
  for (const LexiconRow& row : rows) {
    if (row[1] == "grammar")
      if (uint64_t set = GrammarSet(row[2], row.line, problems)) out.emplace_back(Lower(row[0]), set);
    std::string_view more = row[3];
    while (!more.empty()) {
      size_t sp = more.find(' ');
      std::string_view name = more.substr(0, sp);
      more = sp == std::string_view::npos ? std::string_view() : more.substr(sp + 1);
      if (name.empty()) continue;
      if (uint64_t set = GrammarSet(name, row.line, problems)) out.emplace_back(Lower(row[0]), set);
    }
  }
  return out;
}

}  // namespace

void ReadClaimWords(std::string_view data, Lexicons* lex, std::vector<std::string>* problems) {
  LexiconSpec spec{2, 4, {}};
  for (const WordClassName& wc : kWordClasses) spec.classes.push_back(wc.name);
  const internal::LexiconRows rows = internal::ReadLexicon(kClaimWordsFile, data, spec, problems);
  // each row once: a repeated one (the same word, class and values) is a problem naming both lines
  std::unordered_map<std::string, size_t> first_line;
  first_line.reserve(rows.size());
  std::string key;
  for (const LexiconRow& row : rows) {
    key.clear();
    text::FoldInto(row[0], &key);
    for (size_t f = 1; f < 4; ++f) (key += '\t') += row[f];
    auto [it, fresh] = first_line.emplace(key, row.line);
    if (!fresh)
      problems->push_back(std::string(kClaimWordsFile) + ":" + std::to_string(row.line) + ": repeats line " +
                          std::to_string(it->second));
  }
  for (const LexiconRow& row : rows)
    for (const WordClassName& wc : kWordClasses)
      if (wc.name == row[1]) AddWord(row, wc, lex, problems);
  for (const auto& [word, set] : GrammarWords(rows, problems)) lex->words[word].grammar |= set;
}

namespace {

// A country's name or alias (gazetteers/countries.tsv): a speaker named so is a country.
void AddCountry(std::string_view name, Lexicons* lex) {
  if (name.empty()) return;
  std::string key = Lower(name);
  lex->words[key].classes |= kCountry;
  if (key.find(' ') != std::string::npos) lex->countries.push_back(key);
}

// The kinds a relation of lexicons/relations.tsv may have.
constexpr std::pair<std::string_view, CueClass> kRelationKinds[] = {
    {"stance", kStance}, {"proposal", kProposal}, {"contact", kContact}};
// The claim classes of the cue lexicon: every other class names a relation.
constexpr std::pair<std::string_view, CueClass> kClaimClasses[] = {
    {"speech", kSpeech}, {"belief", kBelief}, {"participle", kParticiple}, {"according", kAccording}};

// The words the claims share with other stages, each vocabulary read from the one file that
// holds it (titles, given names, particles, organization heads, organizations, sentence
// starters, day words, party words, countries, US states).
void ReadSharedWords(Lexicons* lex) {
  // Title words are one vocabulary with the entity stage's (gazetteers/titles.tsv, checked
  // there): every one-word row of any kind, with the gender the row may give.
  if (auto f = SchemaFile("gazetteers/titles.tsv")) {
    for (const auto& row : ReadTsv(*f)) {
      if (row.size() < 2 || row[0].find(' ') != std::string_view::npos) continue;
      WordInfo& w = lex->words[Lower(row[0])];
      w.classes |= row[1] == "modifier" ? kModifier : kTitle;
      if (row.size() > 2 && !row[2].empty()) w.gender = row[2][0];
    }
  }
  // Given names are one vocabulary with the entity stage's (gazetteers/first_names.tsv, checked
  // there); the claims use those with a gender (m, f, or u for either) to resolve "he" / "she".
  if (auto f = SchemaFile("gazetteers/first_names.tsv")) {
    for (const auto& row : ReadTsv(*f)) {
      if (row.size() < 2 || row[1].empty()) continue;
      WordInfo& w = lex->words[Lower(row[0])];
      if (row[1] != "f") w.classes |= kMale;
      if (row[1] != "m") w.classes |= kFemale;
    }
  }
  // Name particles ("de", "van") and organization head words ("Committee") are one vocabulary
  // with the entity stage's (gazetteers/name_words.tsv), which checks the file's rows.
  if (auto f = SchemaFile("gazetteers/name_words.tsv")) {
    for (const auto& row : ReadTsv(*f)) {
      if (row.size() < 2) continue;
      if (row[1] == "particle") lex->words[Lower(row[0])].classes |= kParticle;
      if (row[1] == "org_head") lex->words[Lower(row[0])].classes |= kOrgHead;
    }
  }
  // An organization known by one word, its name or an alias ("NATO", "CNN"), is a speaker
  // organization too (gazetteers/organizations.tsv).
  if (auto f = SchemaFile("gazetteers/organizations.tsv")) {
    for (const auto& row : ReadTsv(*f)) {
      for (size_t i = 0; i < row.size(); i += 2) {  // the name, then the aliases
        ForEachListItem(row[i], [&](std::string_view one) {
          if (one.find(' ') == std::string_view::npos) lex->words[Lower(one)].classes |= kOrgHead;
        });
      }
    }
  }
  // Words that typically begin a sentence never start a name: one vocabulary with the
  // sentence splitter's (lexicons/sentence_starters.tsv)
  if (auto f = SchemaFile("lexicons/sentence_starters.tsv")) {
    for (const auto& row : ReadTsv(*f))
      if (!row.empty()) lex->words[Lower(row[0])].classes |= kFunction;
  }
  // Day words are one vocabulary with the event stage's (lexicons/day_words.tsv).
  for (const auto& row : ReadLexicon("lexicons/day_words.tsv", LexiconSpec{3, 3, {"weekday", "reldate"}})) {
    WordInfo& w = lex->words[Lower(row[0])];
    w.classes |= row[1] == "weekday" ? kWeekday : kRelDate;
    w.day = std::atoi(std::string(row[2]).c_str());
  }
  // Party words are one vocabulary with the affiliation stage's (lexicons/affiliations.tsv),
  // which checks the file's rows when it loads it.
  if (auto f = SchemaFile("lexicons/affiliations.tsv")) {
    for (const auto& row : ReadTsv(*f)) {
      if (row.size() < 3 || row[1] != "party") continue;
      WordInfo& w = lex->words[Lower(row[0])];
      w.classes |= kParty | kModifier;  // "Democrat Hillary Clinton": not part of the name
      w.party = std::string(row[2]);
    }
  }
  if (auto f = SchemaFile("gazetteers/countries.tsv")) {
    for (const auto& row : ReadTsv(*f)) {
      if (row.size() < 2 || row[1] != "country") continue;
      // a country's name and aliases: a new speaker entity with one of them is a country
      AddCountry(row[0], lex);
      if (row.size() > 2) ForEachListItem(row[2], [&](std::string_view a) { AddCountry(a, lex); });
      if (row.size() > 3)
        ForEachListItem(row[3], [&](std::string_view one) {
          lex->demonyms.emplace(Lower(one), std::string(row[0]));
          // a nationality before a name is no part of it: "Russian President Vladimir Putin"
          if (one.find(' ') == std::string_view::npos) lex->words[Lower(one)].classes |= kModifier;
        });
    }
  }
  // a US state's name before a name is no part of it: "Texas Governor Greg Abbott",
  // "New Hampshire Sen. Jeanne Shaheen" (gazetteers/places.tsv)
  if (auto f = SchemaFile("gazetteers/places.tsv")) {
    for (const auto& row : ReadTsv(*f)) {
      if (row.size() < 2 || row[1] != "state") continue;
      for (const std::string& w : Words(row[0])) lex->words[w].classes |= kModifier;
    }
  }
}

// Sets what lets the matchers pass over a word's longer phrases (PhraseSteps::From): the bits of
// their second words, and where the one-word phrases start. The phrases are longest first; were
// a longer one after a one-word one, no step would be passed over.
void SealSteps(PhraseSteps* s) {
  const std::vector<PhraseStep>& steps = s->steps;
  uint32_t singles = static_cast<uint32_t>(steps.size());
  while (singles > 0 && steps[singles - 1].len <= 1) --singles;
  s->singles = singles;
  s->second_bits = 0;
  for (uint32_t k = 0; k < singles; ++k)
    s->second_bits |= steps[k].len > 1 ? uint64_t{1} << (steps[k].second & 63) : ~uint64_t{0};
}

Lexicons* LoadLexicons() {
  auto* lex = new Lexicons();
  {
    std::vector<std::string> problems;
    if (auto f = SchemaFile("lexicons/relations.tsv")) {
      lex->relations = ReadRelationTypes(*f, &lex->plan_relation, &problems);
    } else {
      problems.push_back("lexicons/relations.tsv: missing from schema/");
    }
    if (auto f = SchemaFile("lexicons/claims_cues.tsv")) {
      lex->cues = ReadCues(*f, lex->relations, &problems);
    } else {
      problems.push_back("lexicons/claims_cues.tsv: missing from schema/");
    }
    for (auto& p : problems) internal::RecordLexiconProblem(std::move(p));
  }
  std::stable_sort(lex->cues.begin(), lex->cues.end(),
                   [](const Cue& a, const Cue& b) { return a.words.size() > b.words.size(); });
  for (uint32_t i = 0; i < lex->cues.size(); ++i) lex->cues_by_first[lex->cues[i].words[0]].push_back(i);
  for (Cue& cue : lex->cues) {
    if (cue.words.size() != 1 || cue.relation.empty()) continue;
    for (uint32_t i : lex->cues_by_first[cue.words[0]]) {
      const Cue& c = lex->cues[i];
      cue.on_phrase |= c.words.size() == 2 && c.words[1] == "on" && c.relation == cue.relation;
    }
  }

  if (auto f = SchemaFile(kClaimWordsFile)) {
    std::vector<std::string> problems;
    ReadClaimWords(*f, lex, &problems);
    for (auto& p : problems) internal::RecordLexiconProblem(std::move(p));
  } else {
    internal::RecordLexiconProblem(std::string(kClaimWordsFile) + ": missing from schema/");
  }
  ReadSharedWords(lex);
  for (const auto& row : ReadLexicon("lexicons/name_genders.tsv", LexiconSpec{3, 3, {"male", "female"}}))
    lex->words[Lower(row[0])].name_gender = row[1] == "female" ? 'f' : 'm';
  {
    LexiconSpec spec{3, 3, {}};
    for (const auto& [name, kind] : lex->relations)
      if (kind == kStance || kind == kProposal) spec.classes.push_back(name);
    for (const auto& row : ReadLexicon("lexicons/claims_stance.tsv", spec)) {
      StancePhrase p;
      p.words = Words(row[0]);
      if (p.words.empty()) continue;
      p.relation = std::string(row[1]);
      p.mode = row[2].empty() ? 'c' : row[2][0];
      lex->stance.push_back(std::move(p));
    }
  }
  std::stable_sort(lex->stance.begin(), lex->stance.end(), [](const StancePhrase& a, const StancePhrase& b) {
    return a.words.size() > b.words.size();
  });
  for (uint32_t i = 0; i < lex->stance.size(); ++i)
    lex->stance_by_first[lex->stance[i].words[0]].push_back(i);
  const StanceWordList stance_words = StanceWords();
  // (room for every word below: the tables are not rehashed as they fill)
  lex->by_word.Reserve(lex->words.size() + lex->stance_by_first.size() + stance_words.words.size() + 1024);
  lex->entries.reserve(lex->words.size() + lex->stance_by_first.size() + stance_words.words.size() + 1024);
  lex->entries.emplace_back();  // [0]: no entry
  auto id = [&](std::string_view word) -> uint32_t {
    uint32_t& e = lex->by_word[word];
    if (e == 0) {
      e = static_cast<uint32_t>(lex->entries.size());
      lex->entries.emplace_back();
    }
    return e;
  };
  auto entry = [&](std::string_view word) -> Lexicons::WordEntry& { return lex->entries[id(word)]; };
  for (const auto& [word, info] : lex->words) {
    Lexicons::WordEntry& e = entry(word);
    e.info = &info;
    e.classes = info.classes;
    e.grammar = info.grammar;
  }
  for (const auto& [word, stances] : lex->stance_by_first) {
    Lexicons::WordEntry& e = entry(word);
    for (uint32_t si : stances) e.stance_modes |= StanceModeBit(lex->stance[si].mode);
  }
  for (const StanceEntry& w : stance_words.words) {
    Lexicons::WordEntry& e = entry(w.word);
    e.stance = w.classes;
    e.valence = static_cast<int8_t>(w.valence);
    if (e.valence != w.valence)
      internal::RecordLexiconProblem("lexicons/sentiment.tsv: the valence of '" + std::string(w.word) +
                                     "' is out of range");
  }
  for (const std::string& word : ShapeWords()) entry(word).shape = ShapeClasses(word);
  // the phrases' words as entries, so that a token matches a word by its tag (MatchCueSlow)
  for (Cue& cue : lex->cues)
    for (const std::string& w : cue.words) cue.ids.push_back(id(w));
  for (StancePhrase& p : lex->stance)
    for (const std::string& w : p.words) p.ids.push_back(id(w));
  // each first word's phrases as steps (the entries exist now: `steps` does not move them)
  lex->steps.reserve(lex->cues_by_first.size() + lex->stance_by_first.size());
  for (const auto& [word, cues] : lex->cues_by_first) {
    PhraseSteps& steps = lex->steps.emplace_back();
    for (uint32_t ci : cues) {
      const Cue& cue = lex->cues[ci];
      steps.steps.push_back({ci, cue.ids.size() > 1 ? cue.ids[1] : 0, static_cast<uint32_t>(cue.ids.size()),
                             cue.noun, cue.cls == kSpeech || cue.cls == kBelief, 0});
    }
    SealSteps(&steps);
    entry(word).cues = &steps;
  }
  for (const auto& [word, stances] : lex->stance_by_first) {
    PhraseSteps& steps = lex->steps.emplace_back();
    for (uint32_t si : stances) {
      const StancePhrase& p = lex->stance[si];
      steps.steps.push_back(
          {si, p.ids.size() > 1 ? p.ids[1] : 0, static_cast<uint32_t>(p.ids.size()), false, false, p.mode});
    }
    SealSteps(&steps);
    entry(word).stances = &steps;
  }
  return lex;
}

// Words that end with a dot that is part of them (Mr. U.S. J.).
bool TakesDot(std::string_view word) {
  if (word.find('.') != std::string_view::npos) return true;  // U.S -> U.S.
  if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return true;
  return text::AbbrevAlwaysTakesDot(word);
}

}  // namespace

const WordInfo* Lexicons::Word(std::string_view lower) const {
  const uint32_t* e = by_word.Find(lower);
  return e ? entries[*e].info : nullptr;
}

bool Lexicons::Is(std::string_view lower, uint32_t cls) const {
  const WordInfo* w = Word(lower);
  return w && (w->classes & cls);
}

const Lexicons* detail::LoadClaimLexicons() {
  loaded_claim_lexicons = LoadLexicons();
  return loaded_claim_lexicons;
}

namespace {
// Can SpanText keep the 8 bytes at p as they are, without looking at them one by one: no line
// break or other control byte, no two spaces in a row, no space last (what follows it decides)
// and, at the start of a piece (`first`), no space first?
bool KeptAsWritten8(const char* p, bool first) {
  uint64_t x;
  std::memcpy(&x, p, 8);
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull, kLow = ~kHigh;
  if ((x - 0x20 * kOnes) & ~x & kHigh) return false;           // a byte below ' '
  const uint64_t y = x ^ (0x20 * kOnes);                       // spaces become zero bytes
  const uint64_t spaces = ~(((y & kLow) + kLow) | y) & kHigh;  // the high bit of each space
  return !(spaces & (spaces >> 8)) && !(spaces >> 56) && !(first && (spaces & 0x80));
}
}  // namespace

std::string SpanText(const Doc& doc, uint32_t first, uint32_t last, bool strip_quotes) {
  if (first >= last) return {};
  // The text from the first token to the last, without the quote marks when
  // strip_quotes, line breaks as spaces, runs of spaces collapsed, trimmed.
  std::string clean;
  clean.reserve(doc.toks[last - 1].end - doc.toks[first].start);
  // line breaks become spaces and a run of spaces one space: each run of bytes that stays as
  // it is (no line break, a space only alone between two other bytes) is appended at once
  auto add = [&](std::string_view piece) {
    const size_t n = piece.size();
    size_t i = 0;
    while (i < n) {
      size_t j = i;
      while (j < n) {
        // (most of a claim's text: eight bytes at a time)
        while (j + 8 <= n && KeptAsWritten8(piece.data() + j, j == i)) j += 8;
        if (j == n) break;
        const unsigned char c = static_cast<unsigned char>(piece[j]);
        if (c > ' ') {  // most bytes
          ++j;
          continue;
        }
        if (c == '\n' || c == '\r') break;
        if (c == ' ' &&
            (j == i || j + 1 == n || piece[j + 1] == ' ' || piece[j + 1] == '\n' || piece[j + 1] == '\r'))
          break;
        ++j;
      }
      clean.append(piece.data() + i, j - i);
      if (j == n) break;
      if (clean.empty() || clean.back() != ' ') clean.push_back(' ');
      i = j + 1;
    }
  };
  uint32_t pos = doc.toks[first].start;
  if (strip_quotes) {
    for (uint32_t i = first; i < last; ++i) {
      const Tok& t = doc.toks[i];
      if (t.kind == TokKind::kOpenQuote || t.kind == TokKind::kCloseQuote || t.reopen) {
        add(doc.text.substr(pos, t.start - pos));
        pos = t.end;
      }
    }
  }
  add(doc.text.substr(pos, doc.toks[last - 1].end - pos));
  while (!clean.empty() && clean.back() == ' ') clean.pop_back();
  size_t lead = 0;
  while (lead < clean.size() && clean[lead] == ' ') ++lead;
  clean.erase(0, lead);
  return clean;
}

Doc BuildDoc(std::string_view text, size_t body_start, const text::Segmented* known) {
  Doc doc;
  text::TokenizeQuotedInto(text, body_start, TakesDot, &doc, known);
  const Lexicons& lex = Lex();
  // Each word of the thread's vocabulary (text/vocabulary.h) is looked up once: by_word is
  // larger than the cache, the entries by vocabulary id (first seen first) mostly are not.
  constexpr uint32_t kUnknown = 0xFFFFFFFFu;
  thread_local std::vector<uint32_t> entry_of;  // vocabulary id -> index into lex.entries
  // The table is grown to the vocabulary's size before the loop, which reads it through a
  // plain pointer (the tokens' ids are below that size: the tokenizers gave them); a token
  // without an id (kNone) is looked up itself.
  const uint32_t words = text::Vocabulary::ThisThread().size();
  if (entry_of.size() < words) entry_of.resize(std::max<size_t>(words, 2 * entry_of.size()), kUnknown);
  uint32_t* const entries = entry_of.data();
  const size_t held = entry_of.size();
  for (Tok& t : doc.toks) {
    const uint32_t id = t.tag;
    if (id >= held) [[unlikely]] {  // (Vocabulary::kNone among them)
      const uint32_t* e = lex.by_word.Find(t.lower);
      t.tag = e != nullptr ? *e : 0;
      continue;
    }
    uint32_t& entry = entries[id];
    if (entry == kUnknown) [[unlikely]] {
      const uint32_t* e = lex.by_word.Find(t.lower);
      entry = e != nullptr ? *e : 0;
    }
    t.tag = entry;
  }
  return doc;
}

TextMap<CueClass> ReadRelationTypes(std::string_view data, std::string* plan,
                                    std::vector<std::string>* problems) {
  LexiconSpec spec{2, 2, {}};
  for (const auto& [kind, cls] : kRelationKinds) spec.classes.push_back(kind);
  TextMap<CueClass> out;
  // the kind is the second field: ReadLexicon checks it as the row's class
  for (const auto& row : internal::ReadLexicon("lexicons/relations.tsv", data, spec, problems))
    for (const auto& [kind, cls] : kRelationKinds)
      if (row[1] == kind) {
        out.emplace(std::string(row[0]), cls);
        if (cls == kProposal && plan->empty()) *plan = std::string(row[0]);
      }
  return out;
}

// The flags of a cue row's third field, comma-separated ("obj,strong"). False when one is
// not a flag of the lexicon (the row is then a load error, not a cue read half right).
static bool SetCueFlags(std::string_view field, Cue* cue) {
  struct Flag {
    std::string_view name;
    bool Cue::*member;
  };
  static constexpr Flag kFlags[] = {
      {"obj", &Cue::obj},
      {"strong", &Cue::strong},
      {"noinvert", &Cue::noinvert},
      {"clause", &Cue::clause},
      {"denied", &Cue::denied},
      {"notspeech", &Cue::notspeech},
      {"noun", &Cue::noun},
      {"opener", &Cue::opener},
      {"as", &Cue::as},
      {"named", &Cue::named},
      {"act", &Cue::act},
      {"evidence", &Cue::evidence},
      {"wrong", &Cue::wrong},
      {"doubting", &Cue::doubting},
      {"withheld", &Cue::withheld},
      {"quoting", &Cue::quoting},
      {"adjective", &Cue::adjective},
      {"thing", &Cue::thing},
      {"quantity", &Cue::quantity},
  };
  size_t i = 0;
  while (i <= field.size()) {
    size_t j = field.find(',', i);
    if (j == std::string_view::npos) j = field.size();
    std::string_view f = field.substr(i, j - i);
    while (!f.empty() && f.front() == ' ') f.remove_prefix(1);
    while (!f.empty() && f.back() == ' ') f.remove_suffix(1);
    if (!f.empty()) {
      bool known = false;
      for (const Flag& k : kFlags)
        if (f == k.name) {
          cue->*(k.member) = true;
          known = true;
        }
      if (!known) return false;
    }
    i = j + 1;
  }
  return true;
}

std::vector<Cue> ReadCues(std::string_view data, const TextMap<CueClass>& relations,
                          std::vector<std::string>* problems) {
  LexiconSpec spec{2, 3, {}};
  for (const auto& [name, cls] : kClaimClasses) spec.classes.push_back(name);
  for (const auto& [name, kind] : relations) spec.classes.push_back(name);
  std::vector<Cue> cues;
  std::unordered_map<std::string, uint32_t> first_line;  // each cue phrase once
  for (const auto& row : internal::ReadLexicon("lexicons/claims_cues.tsv", data, spec, problems)) {
    Cue cue;
    cue.words = Words(row[0]);
    if (cue.words.empty()) continue;
    std::string key;
    for (const std::string& w : cue.words) key += w + " ";
    if (auto [it, fresh] = first_line.emplace(key, row.line); !fresh) {
      problems->push_back("lexicons/claims_cues.tsv:" + std::to_string(row.line) + ": '" +
                          std::string(row[0]) + "' is listed twice (first at line " +
                          std::to_string(it->second) + ")");
      continue;
    }
    std::string_view c = row[1];
    bool claim = false;
    for (const auto& [name, cls] : kClaimClasses)
      if (c == name) {
        cue.cls = cls;
        claim = true;
      }
    if (!claim) {
      auto it = relations.find(c);
      cue.cls = it->second;
      cue.relation = std::string(c);
    }
    if (row.size() > 2 && !SetCueFlags(row[2], &cue)) {
      problems->push_back("lexicons/claims_cues.tsv:" + std::to_string(row.line) + ": unknown flag in '" +
                          std::string(row[2]) + "'");
      continue;
    }
    cues.push_back(std::move(cue));
  }
  return cues;
}

}  // namespace claimgraph::extract::claims
