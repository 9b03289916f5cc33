// Internals of claim extraction (issue 4): the token view of an article that
// the quote, speaker and relation finders share, and the lexicons they read.
//
// The claim extractor reads the body through the text layer's quote view
// (text/quoted.h: words, quote marks paired into regions, sentence ends,
// paragraphs). Offsets are half-open UTF-8 byte offsets into Article::text.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimgraph/model.h"
#include "common/word_table.h"
#include "text/quoted.h"

namespace claimgraph::extract::claims {

struct WordInfo;

// The quote view of the article (text/quoted.h), each word annotated with its
// claim lexicon entry once.
using TokKind = text::QuotedKind;
using Quote = text::QuoteRegion;

// Built once per article, in place (40 bytes a token, a token per 5 bytes of text):
// `lower` views the text or the Doc's arena of folded words; `tag` (from QuotedToken)
// is the word's index into Lexicons::entries, looked up once in BuildDoc (0: none).
struct Tok : text::QuotedToken {
  // The word's lexicon entry (nullptr when the claim lexicons do not list the word).
  inline const WordInfo* Info() const;
};

static_assert(sizeof(Tok) <= 40, "a token per 5 bytes of text: keep it small (issue 9)");

// text, toks, quotes, paras (token ranges [first, last)) and the folded words' arena.
struct Doc : text::BasicQuotedText<Tok> {};

// How far the rules that look across a sentence reach from the word they start at, in tokens:
// beyond any sentence a news article writes, and a bound for text with no full stops (a
// "sentence" of 100,000 words), where a walk over the whole sentence for every cue or pronoun
// in it made extraction quadratic.
constexpr uint32_t kSentenceReach = 250;
// The first token of [first, k] within reach of k.
inline uint32_t ReachBack(uint32_t first, uint32_t k) {
  return k > first + kSentenceReach ? k - kSentenceReach : first;
}
// The end of [k, last) within reach of k.
inline uint32_t ReachAhead(uint32_t last, uint32_t k) {
  return last > k + kSentenceReach ? k + kSentenceReach : last;
}

// The quote view of text[body_start:] (text::TokenizeQuoted), annotated from the lexicons.
// `known`: the same text segmented with word ids (text::Segment), whose ids the view reuses.
Doc BuildDoc(std::string_view text, size_t body_start, const text::Segmented* known = nullptr);

// ---- lexicons (schema/lexicons/claims_*.tsv), loaded once per process

// What a cue does: the four claim classes, or the kind of relation its class names in
// lexicons/relations.tsv (stance, proposal, contact); the relation itself is Cue::relation.
enum CueClass : uint8_t { kSpeech, kBelief, kParticiple, kAccording, kStance, kProposal, kContact };
// The kinds under the names of the relations that first had them (the claim finders test these).
constexpr CueClass kProposed = kProposal;
constexpr CueClass kOpposes = kStance;
constexpr CueClass kSupports = kStance;
constexpr CueClass kSpokeTo = kContact;
constexpr CueClass kMet = kContact;
struct Cue {
  std::vector<std::string> words;  // lower case
  std::vector<uint32_t> ids;       // the words' indices into Lexicons::entries (a token's tag)
  CueClass cls = kSpeech;
  std::string relation;  // the relation type of a relation class ("opposes", "met"), else ""
  bool obj = false;
  bool strong = false;
  bool noinvert = false;   // "..., told X.": what follows the cue is never its speaker
  bool clause = false;     // content only after "that" or a colon ("posted a record profit" is none)
  bool denied = false;     // the speaker denies the content ("denies", "rejected claims that")
  bool opener = false;     // opens a content and denies the rest ("it is not true that"): no cue itself
  bool doubting = false;   // a belief in the negative ("doubts that"): negated, it holds the content
  bool notspeech = false;  // an act, not speech ("seeks", "offers"): a claim only with a clause
  bool as = false;         // "described X as Y": a claim only as "X as Y"
  bool named = false;      // a stance only toward a named entity ("fought the Taliban", not "fought back")
  bool act = false;        // a proposal only of an act after "to" ("offered to resign", not "offered help")
  bool noun = false;       // a noun as well: a cue only as a verb ("support Trump", not "her support for")
  bool evidence = false;   // what a document shows or finds: a document phrase may be its subject
  bool wrong = false;      // a stance that is a wrong done as well ("threatened", "attacked")
  bool withheld = false;   // support withheld ("did not support"): no stance toward no one in particular
  bool quoting = false;    // "put it", "read": after "as" it names the quoted words before it
  bool thing = false;      // "claims Dubai crown": a thing as object, a statement only with a verb
  bool quantity = false;   // "added 5.3%": a rise as object, a statement only with a verb
  bool adjective = false;  // "confident", "convinced": after a comma, the sentence's subject holds it
  // A one-word relation cue whose "X on" phrase is a cue of the same relation too ("blamed",
  // "blamed on"): BlamedOn reads the one blamed after "on". Set when the lexicon loads.
  bool on_phrase = false;
};

enum WordClass : uint32_t {
  kTitle = 1u << 0,
  kModifier = 1u << 1,
  kFunction = 1u << 2,
  kPronoun = 1u << 3,
  kPersonNoun = 1u << 4,
  kGroupNoun = 1u << 5,
  kOrgNoun = 1u << 6,
  kDocumentNoun = 1u << 7,
  kOrgHead = 1u << 8,
  kCountry = 1u << 9,
  kMale = 1u << 10,
  kFemale = 1u << 11,
  kWeekday = 1u << 12,
  kRelDate = 1u << 13,
  kAux = 1u << 15,
  kDeterminer = 1u << 16,
  kTimeWord = 1u << 17,
  kParty = 1u << 18,
  kNarrator = 1u << 19,
  kSetting = 1u << 20,
  kForecast = 1u << 21,
  kClaimNoun = 1u << 22,
  kPlanNoun = 1u << 23,
  kParticle = 1u << 14,
  kShowing = 1u << 24,
  kCallFor = 1u << 25,
  kViewNoun = 1u << 26,
  kRaising = 1u << 27,
  kPostMod = 1u << 28,
  kOrgKind = 1u << 29,
  kRequestNoun = 1u << 30,
  kModal = 1u << 31,
};
// The closed-class word sets of lexicons/claims_words.tsv's "grammar" rows (the row's value
// names the set; the file's header says what each holds).
enum GrammarSet : uint64_t {
  kSubjectPronoun = 1u << 0,  // subject: "he", "they", "there"
  kSpeakerJoin = 1u << 1,     // join: "and", "but"
  kActPrep = 1u << 2,         // act: "by", "after"
  kCircumstance = 1u << 3,    // circumstance: "when", "as"
  kClauseOpener = 1u << 4,    // opener: "while", "although"
  kSettingPrep = 1u << 5,     // where: "in", "during"
  kAsideOpener = 1u << 6,     // aside: "however", "meanwhile"
  kNoSourceStart = 1u << 7,   // nosource: "about", "of"
  kClauseModal = 1u << 8,     // clause: "would", "may"
  kObligation = 1u << 9,      // obligation: "should", "must"
  kAgentPronoun = 1u << 10,   // agent: "we", "they"
  kAuxVerb = 1u << 11,        // (an "aux" row with value "verb": "has", "would", "was")
  kRelative = 1u << 12,       // relative: "who", "that", "which"
  kIndefinite = 1u << 13,     // indefinite: "a", "an"
  kStanding = 1u << 14,       // standing: "in", "ahead" (a poll's "shows X in a dead heat")
  kUnspecific = 1u << 15,     // unspecific: "any", "anyone" ("has not endorsed any candidate")
  kListJoin = 1u << 16,       // listjoin: "and", "&" (the last item of a list of names: "A, B and C")
  kListOr = 1u << 17,         // listor: "or", "either" (one of the names: "either A or B")
  kListOpen = 1u << 18,       // listopen: "both" (before a list's first item, all of it)
  kListMore = 1u << 19,       // listmore: "other" (after the join: "A and other B")
  kPrize = 1u << 21,          // prize: "crown", "title" ("claims Dubai crown": won, not said)
  kToldThing = 1u << 20,      // told: "story", "joke" ("tells the story of": what is told)
  kAuthoring = 1u << 22,      // authoring: "issued", "published" ("a statement issued by X": X's)
  kMutual = 1u << 23,         // mutual: "each", "one" (a reciprocal pronoun's first word)
  kReciprocal = 1u << 24,     // reciprocal: "other", "another" ("each other", "one another")
  kReasonJoin = 1u << 25,     // reason: "because", "since" (after "..., he said,": the speaker's)
  kMotion = 1u << 26,         // motion: "up", "out" (ends a verb of going: "turned up to support X")
  kNoPronoun = 1u << 27,      // nopronoun: "one", "other" ("one other minister" is no reciprocal)
  kContraction = 1u << 28,    // contraction: "it's", "he's" (a contracted verb, no possessive)
  kThirdPerson = 1u << 29,    // third: "he", "she", "they" (another's subject pronoun)
  kComplement =
      1ull << 30,  // complement: "that" (opens a that-clause: "said that", "offered assurances that")
  kRelAdverb = 1ull << 31,   // reladverb: "where", "when" (after a comma, a clause about the noun before it)
  kCoord = 1ull << 32,       // coord: "and", "but" (the same subject's next verb: "offers X and is")
  kInfinitive = 1ull << 33,  // infinitive: "to" (its verb follows: "agreed to pay")
  kTopic = 1ull << 34,       // topic: "of", "about" (what a belief is about: "confident of victory")
  kWhRelative =
      1ull << 35,        // wh: "who", "whom", "whose", "which" (a relative pronoun, never a that-clause's)
  kSaying = 1ull << 36,  // saying: "advice", "proof" (what is said: "offered some pointed advice")
  kFirstSingular = 1ull << 37,  // firstsingular: "i", "me", "my" (one person speaks)
};
struct WordInfo {
  uint32_t classes = 0;
  uint64_t grammar = 0;                // GrammarSet bits
  char gender = 0;                     // title / pronoun: 'm', 'f', 'p', 'n', 's'
  bool finding = false;                // document "finding": a poll or a study ("In the poll, ...")
  char name_gender = 0;                // a given name seen with he / she in news (name_genders.tsv): 'm', 'f'
  int day = 0;                         // weekday 0..6 or relative day offset
  std::vector<std::string> roleheads;  // title -> description nouns
  std::string party;                   // party word -> the party's name
  bool official = false;               // a group that acts for its state ("officials", "diplomats")
  bool media = false;                  // an outlet of news ("network", "newspaper"): no state's voice
  bool share = false;                  // a group "share" of those asked: "half", "percent" (of X)
  bool plural = false;                 // a group plural without an "s": "people"
};

struct StancePhrase {
  std::vector<std::string> words;
  std::vector<uint32_t> ids;  // the words' indices into Lexicons::entries (a token's tag)
  std::string relation;       // a relation of lexicons/relations.tsv of kind stance or proposal
  char mode = 0;              // 'a' adj, 'n' noun, 'c' content
};

// Hash and equality that look up std::string keys by std::string_view without a copy.
struct TextHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};
struct TextEq {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const { return a == b; }
};
template <typename V>
using TextMap = std::unordered_map<std::string, V, TextHash, TextEq>;

// A phrase (cue or stance) that a word starts, as MatchCueSlow / MatchStanceSlow try it: its
// second word's entry (0: a one-word phrase) is tested before anything else, so that the
// phrases another second word would need cost a comparison each.
struct PhraseStep {
  uint32_t phrase = 0;  // index into Lexicons::cues or Lexicons::stance
  uint32_t second = 0;  // the entry of its second word; 0 when it has one word
  uint32_t len = 0;     // words
  bool noun = false;    // cue: Cue::noun
  bool speech = false;  // cue: of class speech or belief
  char mode = 0;        // stance: StancePhrase::mode
};
// The phrases one word starts, longest first, and what lets MatchCueSlow / MatchStanceSlow pass
// over the longer ones when the next word is none of their second words (most tokens: "is" and
// "was" start some twenty phrases each, "there" forty).
struct PhraseSteps {
  std::vector<PhraseStep> steps;
  uint64_t second_bits = 0;  // bit (entry % 64) of each phrase's second word
  uint32_t singles = 0;      // where the one-word phrases start (all longer ones are before it)
  // The first step that may match when the next word's entry is `next`.
  uint32_t From(uint32_t next) const { return (second_bits >> (next & 63)) & 1 ? 0 : singles; }
};

// The shape classes of stance_words.tsv a word has, one bit each (stance.cc names them).
using ShapeSet = uint64_t;

struct Lexicons {
  std::vector<Cue> cues;        // longest phrases first
  TextMap<CueClass> relations;  // lexicons/relations.tsv: relation type -> its kind
  std::string plan_relation;    // the first proposal relation: what a plan noun gives
  TextMap<std::vector<uint32_t>> cues_by_first;
  TextMap<WordInfo> words;           // lower-cased keys
  std::vector<StancePhrase> stance;  // longest first
  TextMap<std::vector<uint32_t>> stance_by_first;
  std::vector<PhraseSteps> steps;      // what entries' cues and stances point to
  std::vector<std::string> countries;  // multi-word country names, lower case
  // Endings of nouns for people (claims_words.tsv "ending" rows): plural ("lawmakers") and
  // singular ("lawyer", "spokeswoman").
  std::vector<std::string> plural_person_endings, person_endings;
  // The last bytes of each list's endings: a word whose last byte is none of them ends in none
  // of the endings, known without comparing each (most words).
  std::array<bool, 256> plural_person_last{}, person_last{};
  TextMap<std::string> demonyms;  // "russian" -> "Russia" (gazetteers/countries.tsv)
  // Everything above that a lower-cased word keys, in one entry (pointers into words and
  // steps, the phrases of cues_by_first and stance_by_first; nullptr when absent), and the word's stance
  // classes and valence (stance.h), so that one lookup per token (BuildDoc) answers them all. entries[0] is
  // the empty one: a word no table lists.
  struct WordEntry {
    const WordInfo* info = nullptr;
    uint32_t classes = 0;                  // info->classes, 0 without info
    uint64_t grammar = 0;                  // info->grammar (GrammarSet), 0 without info
    ShapeSet shape = 0;                    // ShapeClasses(word) (stance.h)
    const PhraseSteps* cues = nullptr;     // the cue phrases the word starts, longest first
    const PhraseSteps* stances = nullptr;  // the stance phrases it starts, longest first
    uint32_t stance_modes = 0;             // their modes, as StanceModeBit
    uint8_t stance = 0;                    // StanceClasses(word)
    int8_t valence = 0;                    // Valence(word)
  };
  std::vector<WordEntry> entries;
  internal::WordTable<uint32_t> by_word;  // lower-cased word -> index into entries (never 0)

  const WordInfo* Word(std::string_view lower) const;
  bool Is(std::string_view lower, uint32_t cls) const;
};

namespace detail {
const Lexicons* LoadClaimLexicons();
// The lexicons, set by LoadClaimLexicons before it returns (see TokLex).
inline const Lexicons* loaded_claim_lexicons = nullptr;
}  // namespace detail
// The claim lexicons, loaded on the first call.
inline const Lexicons& Lex() {
  static const Lexicons* lex = detail::LoadClaimLexicons();
  return *lex;
}
// Lex() for the helpers that read a token (its entry, Tok::tag): a token has one only after
// BuildDoc, which called Lex() first, so they read the loaded pointer without the guard of
// Lex()'s static, whose acquiring load also kept the compiler from keeping the token vector's
// data in a register across it (callgrind on bbc/politics: 3.7% fewer instructions).
inline const Lexicons& TokLex() { return *detail::loaded_claim_lexicons; }
inline const WordInfo* Tok::Info() const { return TokLex().entries[tag].info; }

// The rows of lexicons/relations.tsv (`data`), as relation type -> kind; a row of an unknown
// kind is a problem "lexicons/relations.tsv:LINE: ...".
// `plan`: the first relation of kind proposal.
TextMap<CueClass> ReadRelationTypes(std::string_view data, std::string* plan,
                                    std::vector<std::string>* problems);
// The rows of a cue lexicon (`data`, read as lexicons/claims_cues.tsv) whose class is a claim
// class or one of `relations`; any other class is a problem naming the file and line.
std::vector<Cue> ReadCues(std::string_view data, const TextMap<CueClass>& relations,
                          std::vector<std::string>* problems);

// Reads a claim word lexicon (`data`, read as lexicons/claims_words.tsv) into lex: each row's
// word class, the person endings, and the GrammarSets a "grammar" row's value or any row's fourth
// field names. The
// file is parsed once: a malformed row, an unknown class, ending or grammar set is one problem
// naming the file and line.
void ReadClaimWords(std::string_view data, Lexicons* lex, std::vector<std::string>* problems);

// Matches a cue phrase at token i (longest first); returns its index or -1, and its length.
inline int MatchCue(const Doc& doc, uint32_t i, uint32_t end, uint32_t* len);
// Matches a stance phrase with the given mode at token i; -1 when none.
inline int MatchStance(const Doc& doc, uint32_t i, uint32_t end, char mode, uint32_t* len);
// The same, for a token whose word starts some cue / stance phrase (most words do not:
// MatchCue and MatchStance answer those inline).
int MatchCueSlow(const Doc& doc, uint32_t i, uint32_t end, uint32_t* len);
int MatchStanceSlow(const Doc& doc, uint32_t i, uint32_t end, char mode, uint32_t* len);

// ---- relations (relations.cc)

struct ClaimSite {
  size_t claim = 0;      // index into Extraction::claims
  uint32_t cue_tok = 0;  // cue token (or the quote's first token)
  uint32_t first = 0;    // content tokens [first, last)
  uint32_t last = 0;
  CueClass cls = kSpeech;
  uint32_t sent_first = 0;  // the sentence around it, tokens
  uint32_t sent_last = 0;
};

// Relations said / opposes / supports / proposed / spoke_to / met. `speaker_at`
// resolves a subject noun phrase ending before token i (same rules as claims).
struct SpeakerResolver {
  virtual ~SpeakerResolver() = default;
  // The entity id of the subject that ends just before token `i` within [lo, i), or "".
  // `verb`: token i is a verb cue, so a passive ("was criticized") has no subject here.
  virtual std::string SubjectBefore(uint32_t lo, uint32_t i, bool verb) = 0;
  // The entity the sentence [sf, limit) opens with ("French President Emmanuel Macron ..."), or "".
  virtual std::string SentenceSubjectEntity(uint32_t sf, uint32_t limit) = 0;
  // Is there a subject phrase (resolved or not) ending just before the verb at token i?
  virtual bool HasSubject(uint32_t lo, uint32_t i) = 0;
  // An entity named inside the subject phrase before token i ("Top Clinton campaign staffers"), or "".
  virtual std::string EntityInSubject(uint32_t lo, uint32_t i) = 0;
  // Is the verb at token i passive ("was criticized")?
  virtual bool PassiveAt(uint32_t lo, uint32_t i) = 0;
  // The entity mentioned last in [lo, i), outside quotes, or "".
  virtual std::string NearestEntityBefore(uint32_t lo, uint32_t i) = 0;
  // The entity that a noun phrase at token i names, if any ("" otherwise); *end = after it.
  virtual std::string EntityAt(uint32_t i, uint32_t hi, uint32_t* end) = 0;
  // The one a description of a group at token i acts for, read as a subject phrase is ("the
  // Russian authorities", "Republican leaders", "some Trump advisers": a determiner, up to four
  // capitalized words and a group noun), or ""; *end = after it (unchanged when "").
  virtual std::string GroupAt(uint32_t i, uint32_t hi, uint32_t* end) = 0;
  // The speaker of the quote holding token i ("" when none).
  virtual std::string QuoteSpeaker(uint32_t i) = 0;
  // The one a possessive pronoun at token i ("his") stands for, as its pronoun ("he") would
  // be resolved there, or "".
  virtual std::string PossessiveOwner(uint32_t i) = 0;
};

void AddRelations(const Doc& doc, const std::vector<ClaimSite>& sites,
                  const std::vector<std::pair<uint32_t, uint32_t>>& sentences, SpeakerResolver* speakers,
                  Extraction* out);

// Helpers shared by the files.
inline bool TokIs(const Tok& t, uint32_t cls) { return TokLex().entries[t.tag].classes & cls; }
// Is the word in one of the closed-class sets `sets` (GrammarSet bits)?
inline bool TokIn(const Tok& t, uint64_t sets) { return TokLex().entries[t.tag].grammar & sets; }
inline bool IsWord(const Tok& t) { return t.kind == TokKind::kWord || t.kind == TokKind::kNumber; }
// A word that gives the words after a cue a verb of their own, making them a clause: an auxiliary
// ("will", "has") or a modal ("could", "must").
inline bool ClauseVerb(const Tok& t) { return (TokIs(t, kAux) && !TokIs(t, kPronoun)) || TokIs(t, kModal); }
// An auxiliary or modal verb ("has", "was", "would", "could"): unlike ClauseVerb, no adverb or
// quantifier that may stand before a verb ("all", "just", "still"), as a noun phrase may hold one.
inline bool AuxVerb(const Tok& t) { return TokIn(t, kAuxVerb) || TokIs(t, kModal); }
// An "-ly" adverb ("strongly", "angrily").
// A one-character punctuation token c.
inline bool IsPunct(const Tok& t, char c) {
  return t.kind == TokKind::kPunct && t.end == t.start + 1 && t.lower[0] == c;
}
// A sign written onto the number before it ("20%", "30°"): part of what was said, never the
// punctuation that ends it (any mark but those that close a clause or a sentence).
inline bool SignOfNumber(const Doc& doc, uint32_t k) {
  const auto& toks = doc.toks;
  if (k == 0 || toks[k].kind != TokKind::kPunct || toks[k - 1].kind != TokKind::kNumber ||
      toks[k - 1].end != toks[k].start)
    return false;
  char c = toks[k].lower[0];
  return c != ',' && c != '.' && c != ';' && c != ':' && c != '!' && c != '?' && c != ')' && c != '-';
}
// A comma inside a number, "12,900": between digits in [.., end), with no space around it.
inline bool NumberComma(const Doc& doc, uint32_t k, uint32_t end) {
  const auto& toks = doc.toks;
  return k > 0 && k + 1 < end && IsPunct(toks[k], ',') && toks[k - 1].kind == TokKind::kNumber &&
         toks[k + 1].kind == TokKind::kNumber && toks[k - 1].end == toks[k].start &&
         toks[k].end == toks[k + 1].start;
}
inline bool IsLyAdverb(const Tok& t) { return IsWord(t) && t.lower.size() > 4 && t.lower.ends_with("ly"); }
// A lower-case plural noun for people, by its ending ("lawmakers", "environmentalists",
// "economists", "physicians", "representatives"): a description of unnamed sources.
inline bool PeopleNoun(const Tok& t) {
  if (!IsWord(t) || t.cap || t.lower.size() < 6) return false;
  if (!Lex().plural_person_last[static_cast<unsigned char>(t.lower.back())]) return false;
  for (const std::string& e : Lex().plural_person_endings)
    if (t.lower.ends_with(e)) return true;
  return false;
}
// A plural noun for unnamed people, also opening a sentence ("Analysts", "officials", "people"):
// someone "they" may be.
inline bool UnnamedPlural(const Tok& t) {
  if (!IsWord(t) || TokIs(t, kPersonNoun)) return false;
  const WordInfo* w = t.Info();
  if (TokIs(t, kGroupNoun) && (t.lower.ends_with('s') || (w && w->plural))) return true;
  Tok lower = t;
  lower.cap = false;
  return PeopleNoun(lower);
}
// A word that ends in a possessive "'s" ("Trump's", "IMF's").
// "2015": four digits from 1800 to 2099.
inline bool YearToken(const Tok& t) {
  std::string_view w = t.lower;
  return t.kind == TokKind::kNumber && w.size() == 4 &&
         (w.starts_with("18") || w.starts_with("19") || w.starts_with("20"));
}
// A word that may stand between "the" and the title of a description of one person ("the new
// health minister for Wales", "the Labour MP for Leeds"): a word, no number, function word,
// determiner, pronoun or auxiliary.
inline bool TitleQualifier(const Tok& t) {
  return IsWord(t) && t.kind != TokKind::kNumber && !TokIs(t, kFunction | kDeterminer | kPronoun | kAux);
}
inline bool EndsPossessive(const Tok& t) {
  return IsWord(t) && t.lower.size() > 2 && t.lower.ends_with("'s");
}
// The "by" of a passive right after a verb at token i ("criticized by McCain", "criticized
// strongly by McCain"), or 0 when there is none.
inline uint32_t PassiveBy(const Doc& doc, uint32_t i, uint32_t end) {
  if (i < end && IsLyAdverb(doc.toks[i])) ++i;
  return i + 1 < end && doc.toks[i].lower == "by" && doc.toks[i + 1].cap ? i : 0;
}
inline int MatchCue(const Doc& doc, uint32_t i, uint32_t end, uint32_t* len) {
  if (i >= end || !IsWord(doc.toks[i]) || !TokLex().entries[doc.toks[i].tag].cues) return -1;
  return MatchCueSlow(doc, i, end, len);
}
// The bit of a stance phrase's mode ('a', 'c', 'n', ...) in WordEntry::stance_modes; a mode
// that is no lower-case letter has all bits.
constexpr uint32_t StanceModeBit(char mode) { return mode >= 'a' && mode <= 'z' ? 1u << (mode - 'a') : ~0u; }
inline int MatchStance(const Doc& doc, uint32_t i, uint32_t end, char mode, uint32_t* len) {
  if (i >= end || !(TokLex().entries[doc.toks[i].tag].stance_modes & StanceModeBit(mode))) return -1;
  return MatchStanceSlow(doc, i, end, mode, len);
}
std::string SpanText(const Doc& doc, uint32_t first, uint32_t last, bool strip_quotes);

}  // namespace claimgraph::extract::claims
