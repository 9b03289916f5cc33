#include "extract/entities_lexicon.h"

#include <algorithm>

#include "common/lexicon_file.h"
#include "common/schema_data.h"
#include "text/vocabulary.h"

namespace claimgraph::extract {

using internal::LexiconSpec;
using internal::ReadLexicon;
using internal::ReadTsv;
using internal::SchemaFile;

namespace {

// What MakeTokenView knows of a word of the thread's vocabulary, by its id: its folded form
// (a null view: as written) and its description for a capitalized token.
struct Described {
  std::string_view folded;
  TokenInfo info;
  bool known = false;
};

// The tokens that MakeTokenView's loop leaves to it (a word without an id or not described
// yet): token i's folded form and info, described as before; grows *described as needed.
[[gnu::noinline]] void DescribeToken(const Lexicon& lex, text::Vocabulary& vocabulary, std::string_view raw,
                                     const text::Token& t, std::vector<Described>* described, TokenView* tv,
                                     size_t i) {
  std::string scratch;
  uint32_t id = t.word;
  const std::string_view folded =
      id != text::kNoWord ? vocabulary.Folded(id, raw) : vocabulary.Fold(raw, &id, &tv->arena, &scratch);
  tv->folded[i] = folded;
  if (tv->info.empty()) return;
  const bool capitalized = t.capitalized || t.all_caps;
  if (id == text::Vocabulary::kNone) {
    lex.Describe(raw, folded, capitalized, &tv->info[i]);
    return;
  }
  if (id >= described->size()) described->resize(std::max<size_t>(id + 1, 2 * described->size()));
  Described& d = (*described)[id];
  if (!d.known) {
    lex.Describe(raw, folded, true, &d.info);
    d.folded = folded.data() == raw.data() ? std::string_view() : folded;
    d.known = true;
  }
  tv->info[i] = d.info;
  tv->info[i].first_name = capitalized && d.info.first_name;
}

}  // namespace

TokenView MakeTokenView(std::string_view text, const std::vector<text::Token>& tokens, bool with_info) {
  TokenView tv;
  tv.text = text;
  tv.tokens = &tokens;
  const size_t n = tokens.size();
  tv.folded.resize(n);
  if (with_info) tv.info.resize(n);
  // Each word of the thread's vocabulary (text/vocabulary.h) is folded and described once:
  // the lexicon's tables are larger than the cache, the descriptions by vocabulary id (first
  // seen first) mostly are not. Describe reads the word's capitalization only for first_name.
  thread_local std::vector<Described> described;  // by vocabulary id
  text::Vocabulary& vocabulary = text::Vocabulary::ThisThread();
  const Lexicon& lex = Lexicon::Get();
  const text::Token* const toks = tokens.data();
  if (!with_info) {
    std::string scratch;
    for (size_t i = 0; i < n; ++i) {
      const text::Token& t = toks[i];
      const std::string_view raw(text.data() + t.start, t.end - t.start);  // Token::Text
      uint32_t id = t.word;
      tv.folded[i] =
          id != text::kNoWord ? vocabulary.Folded(id, raw) : vocabulary.Fold(raw, &id, &tv.arena, &scratch);
    }
    return tv;
  }
  // The ids of the tokens are below the vocabulary's size (Segment gave them): the table is
  // grown once here, mostly (a token without an id may add its word to the vocabulary).
  if (described.size() < vocabulary.size())
    described.resize(std::max<size_t>(vocabulary.size(), 2 * described.size()));
  // The loop takes a word described before (most tokens) from the table, through plain
  // pointers rather than the vectors, whose members the compiler would load again after each
  // store; DescribeToken does the rest.
  constexpr size_t kDescribedAhead = 16;
  const Described* by_id = described.data();
  size_t by_id_size = described.size();
  std::string_view* const folded = tv.folded.data();
  TokenInfo* const info = tv.info.data();
  for (size_t i = 0; i < n; ++i) {
    const text::Token& t = toks[i];
    const std::string_view raw(text.data() + t.start, t.end - t.start);  // Token::Text
    const uint32_t id = t.word;
    // The table (40 bytes a word) is mostly not in the cache when the view is built (the
    // segmenter read the article's words a while ago): start loading a later token's entry.
    if (i + kDescribedAhead < n) {
      const uint32_t ahead = toks[i + kDescribedAhead].word;
      if (ahead < by_id_size) __builtin_prefetch(by_id + ahead);
    }
    if (id >= by_id_size || !by_id[id].known) [[unlikely]] {  // (kNoWord is >= any size)
      DescribeToken(lex, vocabulary, raw, t, &described, &tv, i);
      by_id = described.data();
      by_id_size = described.size();
      continue;
    }
    const Described& d = by_id[id];
    folded[i] = d.folded.data() == nullptr ? raw : d.folded;
    info[i] = d.info;
    info[i].first_name = (t.capitalized || t.all_caps) && d.info.first_name;
  }
  return tv;
}

namespace {

uint8_t ShapeOf(const text::Token& t) { return t.all_caps ? 2 : (t.capitalized ? 1 : 0); }

}  // namespace

void PhraseSet::Add(std::string_view phrase, uint32_t payload, bool cased) {
  // the gazetteers' phrases are segmented at every start: one segmentation reused for them all
  thread_local text::Segmented seg;
  text::SegmentInto(phrase, 0, false, &seg);
  if (seg.tokens.empty()) return;
  Phrase p;
  p.first = static_cast<uint32_t>(words_.size());
  p.len = static_cast<uint32_t>(seg.tokens.size());
  p.payload = payload;
  p.cased = cased;
  std::string scratch;
  for (const auto& t : seg.tokens) {
    const std::string_view word = t.Text(phrase);
    std::string_view folded = text::FoldedView(word, &arena_, &scratch);
    if (folded.data() == word.data()) folded = arena_.Add(word);  // the phrase need not outlive the set
    words_.push_back(folded);
    shapes_.push_back(ShapeOf(t));
  }
  const std::string_view first = words_[p.first];
  auto it = by_first_.find(first);
  if (it == by_first_.end()) {
    it = by_first_.emplace(first, static_cast<uint32_t>(buckets_.size())).first;
    first_index_[first] = static_cast<uint32_t>(buckets_.size()) + 1;
    buckets_.emplace_back();
  }
  buckets_[it->second].push_back(static_cast<uint32_t>(phrases_.size()));
  phrases_.push_back(p);
}

int32_t PhraseSet::BucketOf(std::string_view folded) const {
  const uint32_t* b = first_index_.Find(folded);
  return b == nullptr ? -1 : static_cast<int32_t>(*b) - 1;
}

bool PhraseSet::Fits(const Phrase& p, const TokenView& tv, uint32_t i, uint32_t end, Case c) const {
  if (i + p.len > end) return false;
  const std::string_view* words = words_.data() + p.first;
  const uint8_t* shapes = shapes_.data() + p.first;
  for (size_t k = 0; k < p.len; ++k) {
    const text::Token& t = tv.tok(i + k);
    // (the first word is the one BucketAt found the phrase by: no need to compare it)
    if (k > 0 && tv.folded[i + k] != words[k]) return false;
    if (c == Case::kAny && !p.cased) continue;
    if (shapes[k] == 1 && !(t.capitalized || t.all_caps)) return false;
    if (shapes[k] == 2 && !t.all_caps) {
      // A one-letter-per-dot acronym ("U.S.") is all caps already; "Nato" does not match "NATO".
      return false;
    }
  }
  return true;
}

PhraseSet::Match PhraseSet::LongestIn(const std::vector<uint32_t>& bucket, const TokenView& tv, uint32_t i,
                                      uint32_t end, Case c) const {
  Match best;
  for (uint32_t idx : bucket) {
    const Phrase& p = phrases_[idx];
    if (p.len > best.len && Fits(p, tv, i, end, c)) {
      best.len = p.len;
      best.payload = p.payload;
    }
  }
  return best;
}

bool PhraseSet::ExactlyIn(const std::vector<uint32_t>& bucket, const TokenView& tv, uint32_t i, uint32_t j,
                          uint32_t* payload, Case c) const {
  for (uint32_t idx : bucket) {
    const Phrase& p = phrases_[idx];
    if (p.len == j - i && Fits(p, tv, i, j, c)) {
      *payload = p.payload;
      return true;
    }
  }
  return false;
}

const Lexicon& Lexicon::Get() {
  // Never destroyed: freeing tens of thousands of small objects at exit would
  // cost more than the article's extraction.
  static const Lexicon* lexicon = new Lexicon();
  return *lexicon;
}

void Lexicon::LoadEntries(std::string_view file, bool countries) {
  static const LexiconSpec spec{
      2, 4, {"country", "organization", "person", "place", "city", "region", "state"}};
  for (const auto& row : ReadLexicon(file, spec)) {
    GazEntry e;
    e.name = row[0];
    std::string_view type = row[1];
    if (type == "country")
      e.type = EntityType::kCountry;
    else if (type == "organization")
      e.type = EntityType::kOrganization;
    else if (type == "person")
      e.type = EntityType::kPerson;
    else
      e.type = EntityType::kPlace;
    if (type == "city") {
      std::string& folded = arena_.emplace_back(e.name);
      for (char& ch : folded) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
      towns_.insert(folded);
    }
    uint32_t index = static_cast<uint32_t>(entries_.size());
    names_.Add(e.name, index);
    if (row.size() > 2)
      internal::ForEachListItem(row[2], [&](std::string_view a) {
        e.aliases.push_back(a);
        names_.Add(a, index);
      });
    if (countries && row.size() > 3)
      internal::ForEachListItem(row[3], [&](std::string_view d) { demonyms_.Add(d, index); });
    entries_.push_back(std::move(e));
  }
}

namespace {
// Does the comma-separated flag list of a claims_cues.tsv row hold `flag`?
bool HasFlag(std::string_view flags, std::string_view flag) {
  while (!flags.empty()) {
    size_t comma = flags.find(',');
    if (flags.substr(0, comma) == flag) return true;
    flags = comma == std::string_view::npos ? std::string_view() : flags.substr(comma + 1);
  }
  return false;
}
}  // namespace

// The words the entity stage shares with the claim stage's lexicons (each read from the one file
// that holds it): verbs of saying and taking a side, judging phrases, role nouns, pronouns and the
// nouns of what someone says or plans.
void Lexicon::LoadClaimWords() {
  // Verbs of saying are one vocabulary with the claim extractor's cues (lexicons/claims_cues.tsv,
  // checked there): a one-word speech cue after a name ("Smith said") marks a person.
  if (auto data = SchemaFile("lexicons/claims_cues.tsv")) {
    for (const auto& row : ReadTsv(*data)) {
      if (row.size() < 2) continue;
      bool stance = row[1] == "opposes" || row[1] == "supports";
      if (row[1] == "according") according_.Add(row[0], 0);
      // a stance cue of several words ("lashed out at") judges the lone name after it
      if (row[0].find(' ') != std::string_view::npos) {
        if (stance) judging_.Add(row[0], kJudgingHolder);
        continue;
      }
      // (not a cue that is a noun as well: "Broadway show" names no person)
      if (row[1] == "speech" && !(row.size() > 2 && HasFlag(row[2], "noun"))) classes_[row[0]] |= kSpeech;
      // (not a verb of showing, "the Broadway show", nor of seeing: "Docklands saw profits fall")
      if ((row[1] == "speech" || row[1] == "belief") &&
          !(row.size() > 2 &&
            (HasFlag(row[2], "notspeech") || HasFlag(row[2], "evidence") || HasFlag(row[2], "as"))))
        sayings_.insert(row[0]);
      // "..., said Dykstra.": a verb of saying whose speaker may follow it (not "told X", whose
      // object follows, nor "read X", "asked X")
      if (row[1] == "speech" &&
          !(row.size() > 2 && (HasFlag(row[2], "noun") || HasFlag(row[2], "obj") ||
                               HasFlag(row[2], "noinvert") || HasFlag(row[2], "clause"))))
        speaker_after_.insert(row[0]);
      // "Rubio attacked Trump": a one-word stance cue next to a lone name marks a person too.
      if (stance) classes_[row[0]] |= kStanceVerb;
    }
  }
  // "a tool called Picasa": what a verb of naming names follows it, no speaker
  if (auto data = SchemaFile("lexicons/stance_words.tsv")) {
    for (const auto& row : ReadTsv(*data))
      if (row.size() >= 2 && row[1] == "naming") speaker_after_.erase(row[0]);
  }
  if (auto data = SchemaFile("lexicons/claims_words.tsv")) {
    for (const auto& row : ReadTsv(*data)) {
      if (row.size() >= 3 && row[1] == "pronoun" && (row[2] == "m" || row[2] == "f"))
        person_pronouns_.insert(row[0]);
      // "Gingrich's proposal", "Mursi's blunt remarks": what someone says or plans
      if (row.size() >= 2 && (row[1] == "claimnoun" || row[1] == "plannoun")) said_nouns_.insert(row[0]);
    }
  }
  if (auto data = SchemaFile("lexicons/claims_stance.tsv")) {
    for (const auto& row : ReadTsv(*data)) {
      if (row.size() < 3) continue;
      bool stance = row[1] == "opposes" || row[1] == "supports";
      if (row[0].find(' ') == std::string_view::npos) {
        if (stance && row[2] == "role") stance_roles_.insert(row[0]);
        continue;
      }
      if (stance && (row[2] == "adj" || row[2] == "noun" || row[2] == "role"))
        judging_.Add(row[0], row[2] == "noun" ? 0 : kJudgingHolder);
    }
  }
}

Lexicon::Lexicon() {
  LoadEntries("gazetteers/countries.tsv", true);
  LoadEntries("gazetteers/organizations.tsv", false);
  LoadEntries("gazetteers/places.tsv", true);
  LoadEntries("gazetteers/gmb_organizations.tsv", false);
  LoadEntries("gazetteers/gmb_places.tsv", false);
  LoadEntries("gazetteers/gmb_people.tsv", false);

  {
    for (const auto& row : ReadLexicon(
             "gazetteers/titles.tsv", {2, 3, {"title", "honorific", "modifier", "courtesy", "descriptor"}})) {
      if (row[1] == "descriptor") continue;  // a speaker-phrase word for the claims only
      TitleKind k = row[1] == "modifier"   ? TitleKind::kModifier
                    : row[1] == "courtesy" ? TitleKind::kCourtesy
                                           : TitleKind::kTitle;
      titles_.Add(row[0], static_cast<uint32_t>(k), /*cased=*/row[1] == "honorific");
      if (k == TitleKind::kCourtesy && row.size() > 2 && (row[2] == "m" || row[2] == "f")) {
        arena_.push_back(Fold(row[0]));
        genders_.emplace(arena_.back(), row[2][0]);  // "Mrs." -> f
      }
    }
  }
  {
    LexiconSpec spec{
        2,
        2,
        {"org_head", "org_suffix", "place_head", "thing_head", "not_name", "connector", "particle",
         "locative", "function", "place_prefix", "suffix", "article", "holding", "definite"}};
    for (const auto& row : ReadLexicon("gazetteers/name_words.tsv", spec)) {
      uint16_t c = 0;
      std::string_view k = row[1];
      if (k == "suffix" || k == "article" || k == "holding" || k == "definite") {
        arena_.push_back(Fold(row[0]));
        (k == "suffix"    ? name_suffixes_
         : k == "article" ? name_articles_
         : k == "holding" ? holding_nouns_
                          : definites_)
            .insert(arena_.back());
        continue;
      }
      if (k == "org_head")
        c = kOrgHead;
      else if (k == "org_suffix")
        c = kOrgSuffix;
      else if (k == "place_head")
        c = kPlaceHead;
      else if (k == "thing_head")
        c = kThingHead;
      else if (k == "not_name")
        c = kNotName;
      else if (k == "connector")
        c = kConnector;
      else if (k == "particle")
        c = kParticle;
      else if (k == "locative")
        c = kLocative;
      else if (k == "function")
        c = kFunction;
      else if (k == "place_prefix")
        c = kPlacePrefix;
      classes_[row[0]] |= c;
    }
  }
  LoadClaimWords();
  {
    for (const auto& row : ReadLexicon("gazetteers/events.tsv",
                                       {2, 2, {"head", "head_needs_modifier", "modifier", "future"}})) {
      event_classes_[row[0]] |= row[1] == "head"                  ? kEventHead
                                : row[1] == "head_needs_modifier" ? kEventHead | kEventNeedsModifier
                                : row[1] == "modifier"            ? kEventModifier
                                                                  : kEventFuture;
    }
  }
  // first_names.tsv's second column (gender m / f / u) is for the claim extractor's pronouns
  // (the sets are sized for their files' rows once, not rehashed as they fill)
  const internal::LexiconRows names = ReadLexicon("gazetteers/first_names.tsv", {1, 2, {"m", "f", "u"}});
  const internal::LexiconRows more_names = ReadLexicon("gazetteers/gmb_first_names.tsv", {1, 1, {}});
  first_names_.reserve(names.size() + more_names.size());
  for (const auto& row : names) {
    first_names_.insert(row[0]);
    if (row[1] == "m" || row[1] == "f") {
      arena_.push_back(Fold(row[0]));
      genders_.emplace(arena_.back(), row[1][0]);
    }
  }
  for (const auto& row : more_names) first_names_.insert(row[0]);
  const internal::LexiconRows common = ReadLexicon("lexicons/common_words.tsv", {1, 1, {}});
  common_.reserve(common.size());
  for (const auto& row : common) common_.insert(row[0]);
  // One lookup per token: merge what is known about each folded word.
  const PhraseSet* sets[3] = {&names_, &titles_, &demonyms_};
  folded_.Reserve(names_.first_words().size() + titles_.first_words().size() +
                  demonyms_.first_words().size() + event_classes_.size() + common_.size() + classes_.size());
  for (int k = 0; k < 3; ++k) {
    for (const auto& [word, bucket] : sets[k]->first_words())
      folded_[word].bucket[k] = static_cast<int32_t>(bucket);
  }
  for (const auto& [word, cls] : event_classes_) folded_[word].event_classes = cls;
  for (std::string_view w : common_) folded_[w].common = true;
  for (const auto& [word, cls] : classes_) {
    bool lower = true;
    for (char c : word) lower = lower && !(c >= 'A' && c <= 'Z');
    if (lower)
      folded_[word].lower_classes = cls;
    else
      raw_[word].classes = cls;
  }
  for (std::string_view w : first_names_) raw_[w].first_name = true;
  // Surnames of known people, unless the surname is also a common word.
  for (size_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i].type != EntityType::kPerson) continue;
    std::string_view n = entries_[i].name;
    size_t sp = n.rfind(' ');
    if (sp == std::string_view::npos) continue;
    arena_.push_back(Fold(n.substr(sp + 1)));
    std::string_view s = arena_.back();
    if (s.size() < 3 || common_.count(s)) continue;
    surnames_.emplace(s, static_cast<int32_t>(i));
  }
}

void Lexicon::Describe(std::string_view raw, std::string_view folded, bool capitalized,
                       TokenInfo* info) const {
  const FoldedInfo* f = folded_.Find(folded);
  bool has_upper = false;
  for (char c : raw) has_upper = has_upper || (c >= 'A' && c <= 'Z');
  if (f != nullptr) {
    for (int k = 0; k < 3; ++k) info->bucket[k] = f->bucket[k];
    info->event_classes = f->event_classes;
    info->common = f->common;
    if (!has_upper && raw.size() == folded.size())
      info->classes = f->lower_classes;
    else
      info->classes = f->lower_classes & kFunction;  // "Was" in a headline
  }
  // an adverb made of a common word ("Hopefully", "Globally", "Happily") is common too: a name
  // such as "Donnelly" or "Kimberly" is made of none
  if (!info->common && folded.size() >= 7 && folded.ends_with("ly")) info->common = IsCommon(folded);
  if (has_upper || raw.size() != folded.size()) {
    if (const RawInfo* r = raw_.Find(raw)) {
      info->classes = r->classes;
      info->first_name = capitalized && r->first_name;
    }
  }
}

uint16_t Lexicon::Classes(std::string_view word) const {
  auto it = classes_.find(word);
  return it == classes_.end() ? 0 : it->second;
}

uint16_t Lexicon::EventClasses(std::string_view folded) const {
  auto it = event_classes_.find(folded);
  return it == event_classes_.end() ? 0 : it->second;
}

bool Lexicon::IsFirstName(std::string_view word) const { return first_names_.count(word) > 0; }

bool Lexicon::IsListedCommon(std::string_view folded) const { return common_.count(folded) > 0; }

bool Lexicon::IsCommon(std::string_view folded) const {
  if (common_.count(folded) > 0) return true;
  // an adverb made of a common word ("hopefully", "globally", "happily")
  if (folded.size() < 7 || !folded.ends_with("ly")) return false;
  std::string_view stem = folded.substr(0, folded.size() - 2);
  return common_.count(stem) > 0 ||
         (stem.ends_with("i") && common_.count(std::string(stem.substr(0, stem.size() - 1)) + "y") > 0);
}

char Lexicon::GenderOf(std::string_view folded_given) const {
  auto it = genders_.find(folded_given);
  return it == genders_.end() ? 0 : it->second;
}

int32_t Lexicon::PersonBySurname(std::string_view folded) const {
  auto it = surnames_.find(folded);
  return it == surnames_.end() ? -1 : it->second;
}

}  // namespace claimgraph::extract
