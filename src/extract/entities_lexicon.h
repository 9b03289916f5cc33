// The data behind entity recognition: gazetteers (countries, places,
// organizations, people), titles, name words and event words, all read from
// schema/gazetteers/ and schema/lexicons/ once per process.
//
// Phrases are matched over tokens of the segmenter (text/segment.h), so a
// gazetteer name is tokenized exactly like article text. Tokens are compared
// folded (ASCII lower case, curly apostrophes straightened); the case of the
// gazetteer form constrains the text: a capitalized word needs a capitalized
// (or all-caps) token, an all-caps word (an acronym) needs an all-caps token.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "claimgraph/model.h"
#include "common/word_table.h"
#include "text/chars.h"
#include "text/segment.h"

namespace claimgraph::extract {

// The one case-fold of word lookups (text/chars.h): lower case, U+2018/U+2019 -> '.
using text::Fold;
using text::FoldInto;

// What the lexicon knows about one token, looked up once per token.
struct TokenInfo {
  int32_t bucket[3] = {-1, -1, -1};  // phrase bucket in the names, titles, demonyms sets
  uint16_t classes = 0;              // WordClass bits (name_words.tsv, case-sensitive)
  uint16_t event_classes = 0;        // kEventHead / kEventModifier / kEventNeedsModifier / kEventFuture
  bool common = false;               // a common lower-case word
  bool first_name = false;
};

// Tokens of a document with their folded text and lexicon facts, shared by all matchers.
struct TokenView {
  std::string_view text;  // the document
  const std::vector<text::Token>* tokens;
  std::vector<std::string_view> folded;  // parallel to *tokens: views of text or of arena
  text::TextArena arena;                 // the folded tokens that differ from the text
  std::vector<TokenInfo> info;           // parallel to *tokens
  const text::Token& tok(uint32_t i) const { return (*tokens)[i]; }
  std::string_view Text(uint32_t i) const { return (*tokens)[i].Text(text); }
};
// Builds the view; with_info looks every token up in the lexicon (Lexicon::Get()).
TokenView MakeTokenView(std::string_view text, const std::vector<text::Token>& tokens, bool with_info = true);

// FNV-1a: fast enough for short words, no per-call setup.
struct WordHash {
  size_t operator()(std::string_view s) const {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ull;
    }
    return static_cast<size_t>(h);
  }
};

enum WordClass : uint16_t {
  kOrgHead = 1 << 0,
  kOrgSuffix = 1 << 1,
  kPlaceHead = 1 << 2,
  kThingHead = 1 << 3,
  kNotName = 1 << 4,
  kConnector = 1 << 5,
  kParticle = 1 << 6,
  kLocative = 1 << 7,
  kEventHead = 1 << 8,
  kEventModifier = 1 << 9,
  kFunction = 1 << 10,
  kPlacePrefix = 1 << 11,
  kSpeech = 1 << 12,
  kEventNeedsModifier = 1 << 13,  // a head that is also a common word ("stop", "fire")
  kEventFuture = 1 << 14,         // "will", "upcoming": the sentence's event lies ahead
  kStanceVerb = 1 << 15,          // "attacked", "praised": a one-word opposes / supports cue
};

enum class TitleKind : uint8_t { kTitle, kModifier, kCourtesy };

struct GazEntry {
  std::string_view name;  // canonical name
  EntityType type = EntityType::kPlace;
  std::vector<std::string_view> aliases;  // other names (not the demonyms)
};

// A set of token phrases, matched forward from a token.
class PhraseSet {
 public:
  struct Match {
    uint32_t len = 0;  // tokens matched; 0 = none
    uint32_t payload = 0;
  };
  explicit PhraseSet(int id = -1) : id_(id) {}
  // Adds `phrase` (its folded words are copied into the set).
  void Add(std::string_view phrase, uint32_t payload, bool cased = false);
  // Bucket of phrases whose first folded token is `folded`; -1 when none.
  int32_t BucketOf(std::string_view folded) const;
  const std::unordered_map<std::string_view, uint32_t, WordHash>& first_words() const { return by_first_; }
  // Whether a phrase's capitals must be in the text ("Home Secretary" matches "Home Secretary"
  // only), or any case will do ("shadow home secretary", "Prime minister": a title before or
  // after a name, as British papers write it), except for a phrase added `cased` ("Father",
  // "General": titles.tsv's honorifics, whose lower-case words are common nouns).
  enum class Case : uint8_t { kAsListed, kAny };
  // Longest phrase matching tokens [i, end).
  // (Inline up to the bucket, which most tokens have none of: the rules ask at about 110k
  // tokens of bbc/politics' 230k, and a call that found nothing cost more than the answer.)
  Match LongestAt(const TokenView& tv, uint32_t i, uint32_t end, Case c = Case::kAsListed) const {
    const int32_t b = BucketAt(tv, i);
    return b < 0 ? Match{} : LongestIn(buckets_[static_cast<size_t>(b)], tv, i, end, c);
  }
  // Phrases matching exactly [i, j).
  bool MatchesExactly(const TokenView& tv, uint32_t i, uint32_t j, uint32_t* payload,
                      Case c = Case::kAsListed) const {
    const int32_t b = BucketAt(tv, i);
    return b >= 0 && ExactlyIn(buckets_[static_cast<size_t>(b)], tv, i, j, payload, c);
  }

 private:
  struct Phrase {
    uint32_t first = 0;  // its first word in words_ and shapes_
    uint32_t len = 0;    // its words
    uint32_t payload = 0;
    bool cased = false;  // matched as written even with Case::kAny
  };
  // Does p match the tokens from i on (before end)? p is of BucketAt(tv, i): its first word is
  // token i's.
  bool Fits(const Phrase& p, const TokenView& tv, uint32_t i, uint32_t end, Case c) const;
  // The bucket of token i's phrases (the token view's, when it has this set's), or -1.
  int32_t BucketAt(const TokenView& tv, uint32_t i) const {
    return (id_ >= 0 && !tv.info.empty()) ? tv.info[i].bucket[id_] : BucketOf(tv.folded[i]);
  }
  // LongestAt and MatchesExactly in token i's bucket.
  Match LongestIn(const std::vector<uint32_t>& bucket, const TokenView& tv, uint32_t i, uint32_t end,
                  Case c) const;
  bool ExactlyIn(const std::vector<uint32_t>& bucket, const TokenView& tv, uint32_t i, uint32_t j,
                 uint32_t* payload, Case c) const;
  int id_;  // index into TokenInfo::bucket, or -1
  std::vector<Phrase> phrases_;
  std::vector<std::string_view> words_;  // the phrases' folded words, phrase after phrase
  std::vector<uint8_t> shapes_;          // parallel: 0 lower/other, 1 capitalized, 2 all caps
  text::TextArena arena_;                // the folded words' bytes
  std::unordered_map<std::string_view, uint32_t, WordHash> by_first_;  // folded first token -> bucket
  internal::WordTable<uint32_t> first_index_;  // the same, as bucket + 1: BucketOf's lookup
  std::vector<std::vector<uint32_t>> buckets_;
};

class Lexicon {
 public:
  static const Lexicon& Get();

  const std::vector<GazEntry>& entries() const { return entries_; }
  // Gazetteer names; payload = entry index.
  const PhraseSet& names() const { return names_; }
  // Demonyms ("Ukrainian"); payload = entry index of the country.
  const PhraseSet& demonyms() const { return demonyms_; }
  // Titles; payload = TitleKind.
  const PhraseSet& titles() const { return titles_; }
  // Phrases of two words or more that take a side toward what follows them ("critical of",
  // "lashed out at", "support for"): the stance cues of lexicons/claims_cues.tsv and the
  // adj / noun / role phrases of lexicons/claims_stance.tsv.
  const PhraseSet& judging() const { return judging_; }
  // The payload of a judging phrase whose holder comes before it ("X is critical of", "X, a
  // critic of", "X lashed out at"): claims_stance.tsv's adj and role phrases and the stance
  // cues; its noun phrases ("attack on": "the Benghazi attack on ...") have payload 0.
  static constexpr uint32_t kJudgingHolder = 1;
  // "critic", "supporter": a one-word role noun that takes a side (claims_stance.tsv role).
  bool IsStanceRole(std::string_view folded) const { return stance_roles_.count(folded) != 0; }
  // "said", "added": a one-word verb of saying whose speaker may follow it ("..., said Dykstra.");
  // not one whose object follows ("told X", "asked X") or a verb of naming ("called X").
  bool SpeakerMayFollow(std::string_view folded) const { return speaker_after_.count(folded) != 0; }
  // A noun for what its possessor says or plans ("claim", "remarks", "proposal": the claimnoun
  // and plannoun rows of lexicons/claims_words.tsv).
  bool IsSaidNoun(std::string_view folded) const { return said_nouns_.count(folded) != 0; }

  // Fills one token's info (folded: the token folded).
  void Describe(std::string_view raw, std::string_view folded, bool capitalized, TokenInfo* info) const;
  // Starts loading what Describe of the same word reads (WordTable::Prefetch).
  void PrefetchDescribe(std::string_view raw, std::string_view folded) const {
    folded_.Prefetch(folded);
    if (raw.data() != folded.data()) raw_.Prefetch(raw);
  }
  uint16_t Classes(std::string_view word) const;         // case-sensitive, name_words.tsv
  uint16_t EventClasses(std::string_view folded) const;  // events.tsv
  bool IsFirstName(std::string_view word) const;
  // "jr.", "iii": a folded word that ends a person's name and names nothing alone
  // (name_words.tsv `suffix`).
  bool IsNameSuffix(std::string_view folded) const { return name_suffixes_.count(folded) != 0; }
  // "la", "el": a name particle that is also an article (gazetteers/name_words.tsv).
  bool IsNameArticle(std::string_view folded) const { return name_articles_.count(folded) != 0; }
  // "shares", "stake": a folded noun that makes the unknown name after "in" an organization
  // (name_words.tsv `holding`).
  bool IsHoldingNoun(std::string_view folded) const { return holding_nouns_.count(folded) != 0; }
  // "the": the definite article (name_words.tsv `definite`), folded.
  bool IsDefinite(std::string_view folded) const { return definites_.count(folded) != 0; }
  // "according to": the phrases before the source of what a sentence says (lexicons/claims_cues.tsv
  // class `according`).
  const PhraseSet& according() const { return according_; }
  // "halifax", "liverpool": a folded name the gazetteers list as a city, which a firm or a club
  // may bear too (places.tsv kind `city`).
  bool IsTown(std::string_view folded) const { return towns_.count(folded) != 0; }
  // "said", "claims", "expects": a folded one-word verb of saying or believing
  // (lexicons/claims_cues.tsv classes `speech` and `belief`, nouns as well included, but not an
  // act's, a document's or a view's: flags `notspeech`, `evidence`, `as`).
  bool IsSaying(std::string_view folded) const { return sayings_.count(folded) != 0; }
  bool IsListedCommon(std::string_view folded) const;  // common_words.tsv alone, no adverb of one
  bool IsCommon(std::string_view folded) const;        // common lower-case word
  // "he", "her": a pronoun that stands for a man or a woman (lexicons/claims_words.tsv).
  bool IsPersonPronoun(std::string_view folded) const { return person_pronouns_.count(folded) != 0; }
  // A known person (gazetteer) whose folded surname is `folded`; -1 when none.
  int32_t PersonBySurname(std::string_view folded) const;
  // 'm' or 'f' for a folded given name (gazetteers/first_names.tsv) or courtesy title
  // ("mrs.", gazetteers/titles.tsv) whose row gives that gender; 0 when unknown.
  char GenderOf(std::string_view folded_given) const;

 private:
  Lexicon();
  void LoadEntries(std::string_view file, bool countries);
  void LoadClaimWords();

  std::deque<std::string> arena_;
  std::vector<GazEntry> entries_;
  PhraseSet names_{0}, titles_{1}, demonyms_{2};
  PhraseSet judging_;
  PhraseSet according_;
  std::unordered_set<std::string_view, WordHash> said_nouns_;
  std::unordered_set<std::string_view, WordHash> stance_roles_;
  std::unordered_set<std::string_view, WordHash> speaker_after_;
  std::unordered_map<std::string_view, uint16_t, WordHash> classes_;
  std::unordered_map<std::string_view, uint16_t, WordHash> event_classes_;
  std::unordered_set<std::string_view, WordHash> first_names_;
  std::unordered_set<std::string_view, WordHash> name_suffixes_;  // folded
  std::unordered_set<std::string_view, WordHash> name_articles_;  // folded
  std::unordered_set<std::string_view, WordHash> holding_nouns_;  // folded
  std::unordered_set<std::string_view, WordHash> definites_;      // folded
  std::unordered_set<std::string_view, WordHash> towns_;          // folded
  std::unordered_set<std::string_view, WordHash> sayings_;        // folded
  std::unordered_set<std::string_view, WordHash> common_;
  std::unordered_set<std::string_view, WordHash> person_pronouns_;
  std::unordered_map<std::string_view, int32_t, WordHash> surnames_;
  std::unordered_map<std::string_view, char, WordHash>
      genders_;  // folded given name or courtesy title -> 'm' / 'f'
  // Everything known about a folded word, in one lookup.
  struct FoldedInfo {
    int32_t bucket[3] = {-1, -1, -1};
    uint16_t lower_classes = 0;  // classes of the lower-case spelling
    uint16_t event_classes = 0;
    bool common = false;
  };
  internal::WordTable<FoldedInfo> folded_;
  // Case-sensitive: classes of capitalized spellings, first names.
  struct RawInfo {
    uint16_t classes = 0;
    bool first_name = false;
  };
  internal::WordTable<RawInfo> raw_;
};

}  // namespace claimgraph::extract
