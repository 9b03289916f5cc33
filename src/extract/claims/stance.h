// Stance from a claim's content (issue 13): what a claim is about and how it judges it.
// "Trump said the TPP is a disaster" is Trump opposing the TPP; "we support the first
// responders" supports them. The evaluation comes from the AFINN-165 sentiment words of
// schema/lexicons/sentiment.tsv, read with the negators, intensifiers and contrast words of
// schema/lexicons/stance_words.tsv; the target is the noun phrase the word is said of
// ("X is ADJ"), modifies ("ADJ X"), or acts on ("VERB X", "ADJ of X").
//
// The same words decide which stance targets are refused, for every stance edge: a fragment
// that ends in a function word ("this legislation in the"), a clause rather than a noun phrase
// ("It doesn't make any sense"), the speaker's own side ("our record").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/claims/view.h"

namespace claimgraph::extract::claims {

enum StanceWord : uint8_t {
  kNegator = 1u << 0,
  kIntensifier = 1u << 1,
  kDiminisher = 1u << 2,
  kContrast = 1u << 3,
  kConcessive = 1u << 4,
  kClosed = 1u << 5,
  kFinite = 1u << 6,
  kSelf = 1u << 7,
};

// One stance the content takes: toward the tokens [first, last) of the article.
struct ContentStance {
  const char* relation = "";  // "opposes" / "supports"
  uint32_t first = 0;
  uint32_t last = 0;
  int valence = 0;    // summed, after negation and intensifiers
  uint32_t word = 0;  // the judging word's token
};

// The classes of stance_words.tsv a lower-cased word has (0 when none).
uint8_t StanceClasses(std::string_view lower);
// The AFINN-165 valence of a lower-cased word, 0 when it has none.
int Valence(std::string_view lower);
// The same for a token of the article, read from its lexicon entry (no lookup).
inline uint8_t StanceClasses(const Tok& t) { return TokLex().entries[t.tag].stance; }
inline int Valence(const Tok& t) { return TokLex().entries[t.tag].valence; }
// A word whose StanceClasses or Valence is not 0, with both (the claim lexicon stores them in
// the word's entry).
struct StanceEntry {
  std::string_view word;  // folded; views the lexicon's keys or StanceWordList::forms
  uint8_t classes = 0;    // StanceClasses(word)
  int valence = 0;        // Valence(word)
};
struct StanceWordList {
  std::string forms;  // the "-ed" forms' bytes (reserved once: the views stay valid)
  std::vector<StanceEntry> words;
};
// Every word whose StanceClasses or Valence is not 0, each once, in the order of the lexicons'
// rows: the words of the two lexicons and the "-ed" forms Valence reads as their stems.
StanceWordList StanceWords();
// The folded words of stance_words.tsv's stance classes and sentiment.tsv, in file order (repeats
// possible): StanceWords' stems.
const std::vector<std::string>& StanceKeys();
// The words of stance_words.tsv's shape classes (folded), and the classes of a lower-cased word
// (0 when none): the claim lexicon stores them in each word's entry, which the token forms of
// the shape predicates below read (no lookup).
std::vector<std::string> ShapeWords();
ShapeSet ShapeClasses(std::string_view lower);

// Stances taken by the content tokens [first, last) of one claim, in text order; `proposal`:
// the content is what the speaker calls for ("urged Obama to retaliate against Russia").
std::vector<ContentStance> StanceOfContent(const Doc& doc, uint32_t first, uint32_t last, bool proposal);

// A word whose sentiment is an event's result, not a judgement ("won", "defeated", "died"):
// the outcome class of stance_words.tsv. It never gives a stance.
bool OutcomeWord(std::string_view lower);
bool OutcomeWord(const Tok& t);
// A word of feeling, said of the one who has it ("afraid", "fears"): stance_words.tsv's
// experiencer class.
bool ExperiencerWord(std::string_view lower);
// "little", "scant": a quantity that withholds what it counts ("showed little respect for Y"):
// stance_words.tsv's scant class.
bool ScantWord(std::string_view lower);
// A word right after a one-word stance cue that leaves it no object: a preposition of time or
// place ("rejected in a 2-1 decision"), or a particle of another sense ("backed off", "blasted
// wide"): stance_words.tsv's no_object class.
bool NoObjectWord(std::string_view lower);
// Words that may stand between a verb "be" and the phrase said of its subject ("is simply not
// realistic"): stance_words.tsv's degree class.
bool DegreeWord(std::string_view lower);
// Where money goes ("The £12bn left over would then be spent on X"): a noun for money
// ("savings"), an adverb of sequence before the verb ("then"), a particle of its route after it
// ("into", "towards"): stance_words.tsv's money, sequence and route classes.
bool MoneyWord(std::string_view lower);
bool SequenceWord(std::string_view lower);
bool RouteWord(std::string_view lower);
// "to", "of" after a quantity noun: what is sold or supplied, and to whom ("arms sales to Taiwan",
// "the supply of weapons"), a transaction, no measure (stance_words.tsv's transfer class).
bool TransferWord(std::string_view lower);
// A verb of seeing or learning: after "we will", "we are going to" it forecasts ("we are going to
// see more ..."), no proposal (lexicons/stance_words.tsv class "forecast").
bool ForecastWord(std::string_view lower);
// A word that opens a condition or an indirect question ("if", "unless", "whether"): what it opens
// takes no side and proposes nothing (lexicons/stance_words.tsv class "condition").
bool ConditionWord(std::string_view lower);
bool ConditionWord(const Tok& t);
// A token that ends a clause inside a claim's content: the sentence's end, a comma, semicolon,
// colon, bracket or dash. (Inline: the content readers ask it of word after word.)
inline bool ClauseBreak(const Tok& t) {
  if (t.kind == TokKind::kEnd) return true;
  if (t.kind != TokKind::kPunct) return false;
  return t.lower == "," || t.lower == ";" || t.lower == ":" || t.lower == "(" || t.lower == ")" ||
         t.lower == "-" || t.lower == "\xE2\x80\x94" || t.lower == "\xE2\x80\x93";
}
// Is token k (from `first` on) inside what its clause concedes or supposes: after a concessive
// word ("although X, Y", "despite X"), a condition word ("if X", "unless X") or "without" opening
// the clause ("Without X, Y"), with no clause break between? What it says is no stance.
bool InConcession(const Doc& doc, uint32_t first, uint32_t k);
// A word of the shape classes that end or refuse a stance target (stance_words.tsv): one that opens
// a subordinate clause ("because"), a stretch of time ("year"), a noun that names nothing by itself
// ("way"), an object pronoun ("me", "him").
bool SubordinatorWord(std::string_view lower);
bool PeriodWord(std::string_view lower);
bool GenericWord(std::string_view lower);
bool ObjectWord(std::string_view lower);
// A thing of a game ("title", "backhand", "crossbar"): a stance target opening with one is play,
// not a side ("will defend the title", "attacking his backhand").
bool GameWord(std::string_view lower);
// Is a, right before b, a word of praise before one of blame that only says how much ("a great
// mistake": great +3, mistake -2)? It judges nothing of its own.
bool OppositeDegree(const Tok& a, const Tok& b);
// A noun for what one can be for or against ("tax", "ban", "merger"): stance_words.tsv's issue
// class, read from the token's lexicon entry.
bool IssueWord(const Tok& t);
// A noun for a market quantity ("demand", "prices", "sales", "inflation"): stance_words.tsv's
// quantity class, read from the token's lexicon entry.
bool QuantityWord(const Tok& t);
// A medium one speaks on ("Twitter", "television", "blog"): stance_words.tsv's medium class, read
// from the token's lexicon entry.
bool MediumWord(const Tok& t);
// A word a contracted verb may follow besides the closed-class and first-person words ("he's",
// "there's", "what's", "you're"): stance_words.tsv's contraction_head class.
bool ContractionHead(std::string_view lower);
// A reflexive pronoun ("himself", "themselves"): "blamed himself for ..." takes no stance toward
// another; stance_words.tsv's reflexive class, read from the token's lexicon entry.
bool ReflexiveWord(const Tok& t);
// Is [first, last) a phrase headed by a market quantity ("demand for Opec's crude", "product market
// inflation", "weak sales")? Its head is the last word before the first closed-class word that
// is no determiner ("for", "in"), or its last word. What is said of such a phrase ("demand was
// strong", "inflation won't be a problem") measures it: no side is taken.
bool QuantityPhrase(const Doc& doc, uint32_t first, uint32_t last);
// Does the object at k name no one in particular, after a verb of support withheld ("has not
// endorsed any candidate", "won't back anyone", "refused to endorse a candidate": claims_words.tsv's
// `unspecific` words)? "a" and "an" only before a noun for people: "does not support a carbon
// tax" opposes the tax.
bool NoOneInParticular(const Doc& doc, uint32_t k, uint32_t end);
// A count of others' sides ("poll", "survey"): the one named as running it takes none.
bool TallyWord(std::string_view lower);
// The same for a token of the article, from its lexicon entry (no tally word holds a mark that
// Shape would fold).
bool TallyWord(const Tok& t);
// A verb of naming ("called", "described", "branded"): what its content calls the one it names is
// the speaker's verdict on that one ("called Clinton a liar"); stance_words.tsv's naming class.
bool NamingWord(std::string_view lower);
// A word of a charge or a suspicion ("accused", "suspected", "guilty"): what it says someone did
// ("of supporting Y") is the charge, nobody's stance; stance_words.tsv's charge class.
bool ChargeWord(std::string_view lower);
// A noun of a performance or of play ("actress", "role", "midfielder"): a stance verb's "-ing"
// form right before it is its adjective ("best supporting actress"); stance_words.tsv's
// performance class.
bool PerformanceWord(std::string_view lower);
// Does [i, last) open with a third party's possessive and name a thing of its own that is no
// wrong ("reduce its workforce", "reduce its dependence on Gulf states"; not "reduce their
// poverty")? Cutting what is one's own is managing it: no stance against it.
bool OwnHolding(const Doc& doc, uint32_t i, uint32_t last);
// Is the act at k ("to reduce", "cutting") one a word before it in its clause, from `first` on, opposes or
// blocks ("vowed to veto any bid to reduce the rebate", "opposed plans to scrap X", "warned against cutting
// X": stance_words.tsv's blocking class)? Opposing the reduction of X is no stance against X.
bool BlockedAct(const Doc& doc, uint32_t first, uint32_t k);
// A word of stance_words.tsv's blocking class ("stop", "opposed", "abandon").
bool BlockingWord(std::string_view lower);
// "only", "merely": after "not", it adds what follows ("not only said X but ..."), negating nothing.
bool FocusWord(std::string_view lower);

// A word that ends a stance phrase's object (stance_words.tsv's phrase_end class: "which",
// "during", "because"): what follows is no part of the thing.
bool PhraseEndWord(std::string_view lower);
bool PhraseEndWord(const Tok& t);
// A preposition of place after a verb ("lies in", "lies with"): stance_words.tsv's
// place_preposition class.
bool PlacePreposition(std::string_view lower);
// A possessive determiner ("his", "their"): stance_words.tsv's possessive class.
bool PossessiveWord(std::string_view lower);
// "made", "has", "did": a verb whose object's verdict judges its subject ("X made false claims",
// "X has a sad record", "X did a great job"); stance_words.tsv `light`.
bool LightVerb(std::string_view lower);
// Is t a verb of taking a side by itself ("support", "criticized": a one-word stance cue of
// claims_cues.tsv, in any use, not one of a wrong done: "threatened")? Its subject takes the
// stance; it is no judgement of the subject.
bool StanceVerb(const Tok& t);
// The same, used as a verb at token k: "to support X", not "for support", "her support".
bool StanceVerbAt(const Doc& doc, uint32_t k);
// "won", "has": a verb whose subject receives the stance of a noun phrase after it ("X won the
// backing of Y": Y supports X), 1; "lost": a stance withdrawn, -1; 0 otherwise
// (stance_words.tsv `receiving` / `losing`).
int ReceivingVerb(std::string_view lower);
// An adjective by its ending or the lexicon ("unanimous", "bad").
bool AdjectiveWord(std::string_view lower);
bool AdjectiveWord(const Tok& t);

// A linking verb of stance_words.tsv ("is", "been", "seems", "isn't").
bool LinkingVerb(std::string_view lower);
// The word classes above of a token of the article, from its lexicon entry (which holds
// ShapeClasses of its lower case) rather than a lookup of its text: the same answers.
bool LinkingVerb(const Tok& t);
bool ObjectWord(const Tok& t);
bool NoObjectWord(const Tok& t);
bool DegreeWord(const Tok& t);
bool NamingWord(const Tok& t);
bool PerformanceWord(const Tok& t);
bool PossessiveWord(const Tok& t);

// Does the contrast word at k correct a negated clause rather than concede it ("not X, but
// rather Y", "but instead Y"): what came before it still stands.
bool Corrects(const Doc& doc, uint32_t k, uint32_t last);

// "it's", "that’s", "there's": a pronoun that names nothing, and a contracted verb.
// "doesn't", "isn’t": a negated auxiliary.
bool NegatedAux(std::string_view w);  // also "doesnt", "didnt" (negators without the apostrophe)
// "it's", "that’s", "we're": a pronoun with a contracted verb.
bool Contracted(std::string_view w);
bool ContractedBe(std::string_view lower);

// The target text without the closed-class words it starts or ends with ("of Obamacare",
// "the mandate requiring all to").
std::string TrimTarget(std::string_view target);

// What the stance-target rules read of a folded word, from its one claim-lexicon entry: the
// same answers as StanceClasses, ShapeClasses' predicates and Lexicons::Is, which look the word
// up each (Trim and Refused asked up to six of them a word; TrimAndRefuse 22.8 M -> 18.5 M
// instructions on bbc/politics, two runs).
struct WordFacts {
  uint8_t stance = 0;         // StanceClasses
  ShapeSet shape = 0;         // ShapeClasses
  uint32_t classes = 0;       // the WordClass bits of claims_words.tsv (Lexicons::Is)
  bool Subordinator() const;  // SubordinatorWord
  bool Period() const;        // PeriodWord
  bool Generic() const;       // GenericWord
  bool Object() const;        // ObjectWord
  bool Game() const;          // GameWord
  bool Quantity() const;      // QuantityWord
  bool Transfer() const;      // TransferWord
};
WordFacts FactsOf(std::string_view folded);

// Why a stance target text is refused ("" when it is a fine target): a fragment that starts or
// ends with a closed-class word, a clause (a finite verb inside), a bare pronoun, the speaker's
// own side (first person), or the claim's own text.
std::string RefusedTarget(std::string_view target, std::string_view claim_text);
// The words of a claim's text as RefusedTarget compares them, read on first use (most targets
// are too short to be compared).
class ClaimWordsCache {
 public:
  explicit ClaimWordsCache(std::string_view claim_text = {}) : text(claim_text) {}
  const std::vector<std::string>& Words() const;
  std::string_view text;  // "" when there is no claim

 private:
  mutable std::vector<std::string> words_;
  mutable bool read_ = false;
};
// *target = TrimTarget(*target), and RefusedTarget(*target, claim.text) of what is left: the same
// answers, with the target's words read once for both.
// `side`: the target is one of a side taken (opposes, supports), which a phrase headed by a market
// quantity is not ("blamed weak demand", "curb inflation"; see QuantityPhrase).
std::string TrimAndRefuse(std::string* target, const ClaimWordsCache& claim, bool side = false);

// Tokens [first, last) of the article.
struct ContentSpan {
  uint32_t first = 0;
  uint32_t last = 0;
};

// Does the content's proposal phrase at [k, k + len) propose nothing: inside a condition or a
// question ("If we can beat them", "whether to start him"), said of "you" in general ("you have
// to start all over again"), or a forecast ("we are going to see more ...")? first: the
// content's first token, last: one past its end.
bool NoProposal(const Doc& doc, uint32_t first, uint32_t k, uint32_t len, uint32_t last);

// The content [first, last) of a warning opens with a subject that names someone ("warned that
// the Tories were planning ...", "the Brexit vote could ..."): its span, before the verb.
bool WarningSubject(const Doc& doc, uint32_t first, uint32_t last, ContentSpan* subject);
// The content says where money will go ("The £12bn left over would then be spent on X", "£6bn
// will be available for X"): X's first token, else 0.
uint32_t AllocationTarget(const Doc& doc, uint32_t first, uint32_t last);
// The content opens with a name whose own verb judges it ("that Oppenheimer failed to supervise
// the brokers", "Koenig repeatedly invokes the trope"): the verb's valence (AFINN-165, 0 when it
// has none or is a feeling or an outcome: "Smith suffered", "Smith fears"), and the name's span.
// A passive ("Smith was attacked"), a negated verb or a linking verb gives 0.
int SubjectVerdict(const Doc& doc, uint32_t first, uint32_t last, ContentSpan* subject);
// What a verb of naming calls the one it names, read from token j, right after the name ("called
// Clinton a liar", "described Bellamy's behaviour as unacceptable", "branded Mr Howard
// 'arrogant'"): past a possessive's thing, "as" and a phrase, or a phrase that opens with a
// determiner or a judging word. Returns its verdict: the AFINN-165 valences of the phrase summed
// (a negator turns those after it; a word of an outcome or a feeling counts nothing), a stance
// phrase of claims_stance.tsv's content mode counting 3 for its side; 0 when that sum is under 2
// either way, or nothing is called.
int NamedVerdict(const Doc& doc, uint32_t j, uint32_t last);
// Is the "-ing" verb at k what a charge says someone did ("a crackdown targeting those suspected of
// supporting Gulen", "accusing Doha of supporting terrorism", "charged with backing Y")? Whoever is
// charged, the sentence's subject takes no side by it.
bool ChargedAct(const Doc& doc, uint32_t lo, uint32_t k);
// "best supporting actress", "her supporting role", "an attacking midfielder": is the "-ing" form
// of a stance verb at k the adjective of a noun of a performance or of play (PerformanceWord)?
bool AdjectivalParticiple(const Doc& doc, uint32_t k);
// "Without X, <something bad>": the token after the condition's comma (`first` when the content
// opens with no such condition); *called_for is X when what follows it is bad.
uint32_t WithoutCondition(const Doc& doc, uint32_t first, uint32_t last, ContentSpan* called_for);
// The noun phrase a stance phrase at [p, q) inside content [first, last) is about, or "".
// Before it when a form of "be" joins them ("Russia ceding territory, such as Crimea, is
// unrealistic"); else after it, past "that" ("does not believe that X is realistic"). `object`:
// the phrase is a stance's object, which ends where a clause of its own begins.
std::string AboutPhrase(const Doc& doc, uint32_t first, uint32_t last, uint32_t p, uint32_t q, bool object);
// "Iran can't be trusted", "X must be condemned", "X should never be praised": is the "-ed" form
// at k of a verb that takes a side (StanceVerb) after "be" at b and a modal (past negators and
// "-ly" adverbs, back to cs)? What one can or must not be is the speaker's verdict on it, where
// "X has been criticized" only reports one.
bool ModalVerdict(const Doc& doc, uint32_t cs, uint32_t b, uint32_t k);
// Is the verb at k the speaker's own: its subject, past auxiliaries, negators and adverbs, is
// "we" / "I", or the pronoun that opens the reported clause ("X said he would not support Y")?
bool OwnSubject(const Doc& doc, uint32_t first, uint32_t k);

}  // namespace claimgraph::extract::claims
