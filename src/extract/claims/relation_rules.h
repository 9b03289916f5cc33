// Word-level rules the relation passes (relations.cc, sentence_relations.cc) share: where the phrase a
// relation is about ends, whether a verb is negated or a noun follows a verb, what a subject is made of.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/claims/view.h"

namespace claimgraph::extract::claims {

// "endorsed Cruz and has spoken for him": a conjunction at k that joins a second verb, not a
// second noun; the phrase ends before it.
bool VerbJoined(const Doc& doc, uint32_t k, uint32_t last);
// Text of the phrase a relation is about: up to the first clause break, at most 10 words.
std::string ShortText(const Doc& doc, uint32_t first, uint32_t last);
// The end of that phrase (at most 14 words), exclusive.
uint32_t ShortEnd(const Doc& doc, uint32_t first, uint32_t last);
// Is the word at k said of the subject through a form of "be" ("X is [very] corrupt")?
bool PredicateOfBe(const Doc& doc, uint32_t first, uint32_t k);
// A noun for what one asks or plans ("request", "proposal", "bid").
bool RequestNoun(std::string_view w);
// "both candidates have opposed": a common noun (lower case, no name) is the verb's subject,
// past auxiliaries and adverbs.
bool CommonNounBefore(const Doc& doc, uint32_t lo, uint32_t k);
// Does the cue at k (its phrase `len` tokens long) give no edge toward this object: a stance
// only toward a named one with none named ("fought back", cue flag "named"), or a proposal
// only of an act with none after it ("offered less protection", cue flag "act")?
bool CueRefuses(const Doc& doc, const Cue& cue, uint32_t k, uint32_t len, const std::string& target);
// A stance cue at k (one word, or a phrase ending in its verb: "would not back") followed by a
// preposition or particle has no object: the sentence says where, when or why ("rejected in a
// 2-1 decision", "criticised for its record", "would not back down"); not a stance phrase of its
// own ("an attack on X"); "by" (a passive's agent) is read on its own.
bool NoObject(const Doc& doc, uint32_t k, uint32_t len, uint32_t sl);
// A form of "be" just before the cue at k (past "-ly" adverbs): a passive, whose subject is the
// one acted on ("which was blamed on Christmas"); not a progressive ("are blaming X") nor a
// stance phrase of its own ("was opposed to X").
bool PassiveBe(const Doc& doc, uint32_t lo, uint32_t k, uint32_t sl, uint32_t len = 1);
// A stance cue at k in an infinitive after "it" and a form of "be" ("it was not fair to blame
// Y", "it is time to back Y"): the infinitive has no subject, and the name nearest before it
// ("told the BBC it was not fair to blame Y") is no one who takes the stance.
bool ExpletiveInfinitive(const Doc& doc, uint32_t lo, uint32_t k);
// CueRefuses, or NoObject for a stance cue, for the cue of a claim site.
bool SiteCueRefuses(const Doc& doc, const ClaimSite& s, const std::string& target);
// A capitalized stance noun inside the sentence starting at sf: a title ("Assault on Precinct 13",
// "Plan for the Development of Italy"), not a stance.
bool TitlePhrase(const Doc& doc, uint32_t sf, uint32_t k);
// A word that starts no cue or stance phrase and carries no strong sentiment (most words): no
// relation rule reads anything at it.
inline bool Inert(const Lexicons::WordEntry& e) {
  return !e.cues && !e.stances && e.valence > -2 && e.valence < 2;
}
// The "by" of a passive at i ("praised by Obama", "welcomed by the Republican majority"), past
// an "-ly" adverb, when a name follows it, past a determiner and up to three lower-case title
// words ("by former Senator X", "by the former minister X"); 0 otherwise.
uint32_t PassiveAgentBy(const Doc& doc, uint32_t i, uint32_t end);
// A person or group noun of the lexicon, an agent noun ("broadcasters", "politicians") or a
// personal pronoun just before token k (after `first`).
bool AgentNounBefore(const Doc& doc, uint32_t first, uint32_t k);
// The first word of the clause holding token k: after a sentence end, a comma, ";", ":", "that"
// or a contrast ("but", "although"), not before `first`.
uint32_t ClauseStart(const Doc& doc, uint32_t first, uint32_t k);
// "Yukos would oppose the sale", "Cell would support several systems": is the verb of taking a side
// at k, in a claim of `speaker` from `first`, what the subject of its own clause does (neither the
// speaker nor a pronoun), not the speaker's side? Not when the speaker calls for it ("NATO must
// support Ukraine", "the government needs to stop it"). With `any_verb`, any other verb after "to"
// or an auxiliary too, when its clause names its doer: what it does to its object is that one's
// aim ("Yukos had manufactured a case to stop the sale", "Campbell will return to strengthen
// Labour's campaign"), though its verdict on the doer may still be the speaker's ("Brown had
// failed the test"); not a party, country or organization's act when a person speaks (`out`
// given): the person speaks for that side.
bool OthersAct(const Doc& doc, SpeakerResolver* speakers, uint32_t first, uint32_t k,
               const std::string& speaker, bool any_verb = false, const Extraction* out = nullptr);
// The subject phrase [*a, *b) of a passive verb at k, before its form of "be" ("The plan was
// criticized by ...", "Kerry's speech has been praised by ..."): false when there is none.
bool PassiveSubjectSpan(const Doc& doc, uint32_t first, uint32_t k, uint32_t* a, uint32_t* b);

// The first token at or after k - 5, walking back from k over the determiner and modifiers of a
// noun phrase, that is a light verb of stance_words.tsv ("made false claims", "showed poor
// judgment"); k when there is none (a negator stops the walk: "did not help" is an auxiliary).
// A receiving verb (1: "won the backing of", "has the support of") or a losing one (-1: "lost
// the backing of") before the noun phrase that opens at k, past its determiner and modifiers;
// 0 when none (stance_words.tsv `receiving` / `losing`).
int ReceivedBefore(const Doc& doc, uint32_t lo, uint32_t k);

// Does a determiner stand before the word at k ("the backing of Y", "his attack on Y"), making
// it a noun rather than a verb? ("that" is a complementizer as often.)
bool NounAfterDeterminer(const Doc& doc, uint32_t lo, uint32_t k);

// "has not endorsed Y", "refused to back Y": support withheld by a named subject, an opposing
// stance.
bool Withheld(const Doc& doc, SpeakerResolver* speakers, const Cue& cue, uint32_t lo, uint32_t k);
// The subject of the stance verb at k (SpeakerResolver::SubjectBefore), also past a contracted
// negation right before it ("Smith didn't praise Y"); "" when none.
std::string StanceSubjectBefore(const Doc& doc, SpeakerResolver* speakers, uint32_t lo, uint32_t k);
// Is the cue at k inside a question put to someone ("Asked if he would welcome BNP voters", "must
// decide whether to back Y")? It takes no stance.
bool AskedWhether(const Doc& doc, uint32_t lo, uint32_t k);

// Does the stance cue at k take no stance: negated ("did not criticize Y"; support withheld still
// opposes: Withheld) or asked about (AskedWhether)?
// "said Mr Blunkett had complained he had inherited a giant mess", "half of all users say they
// would stop using X": a verb of speech or belief with a subject of its own (a name or a noun, not a
// pronoun) after first, at k or before, and no pronoun's verb of speech or belief after it ("but I
// think that ..."), so what the words at k judge is that one's
bool ReportedBefore(const Doc& doc, uint32_t first, uint32_t k, uint32_t last);

// "the voters that backed Labour", "those who supported Ron Paul": the verb at k opens a relative
// clause about a common noun or unnamed people, so no one named takes that side.
bool CommonNounRelative(const Doc& doc, uint32_t lo, uint32_t k);
// "45% of the people Ericsson questioned use camera phones", "the figures Ofcom published show":
// the verb at k (in [lo, ..)) has for subject a name right after a plural noun for people or
// records, with no "who" or "that" between: a relative clause without its pronoun that describes
// the noun, the verb's object. What follows the verb is neither the name's claim nor a side it
// takes. (A singular noun before a name is its title: "analyst Jo Smith questioned the plan".)
bool RelativeWithoutPronoun(const Doc& doc, uint32_t lo, uint32_t k);
bool NoStanceAt(const Doc& doc, SpeakerResolver* speakers, const Cue& cue, uint32_t lo, uint32_t k);

// Does an agent stand just before token k: a named entity (no place or event), a person or
// group noun of the lexicon, an agent noun ("broadcasters", "politicians"), or a personal pronoun?
bool AgentBefore(const Doc& doc, SpeakerResolver* speakers, const Extraction& out, uint32_t first,
                 uint32_t k);

uint32_t LightVerbAt(const Doc& doc, uint32_t first, uint32_t k);

// The agent (a person, organization or country) named at i, past a determiner and up to three
// words that describe it ("Tidal owner Jay Z", "the former senator Mary Landrieu"); *end is the end of
// its name. "" when there is none.
std::string AgentNamedAt(const Doc& doc, SpeakerResolver* speakers, const Extraction& out, uint32_t i,
                         uint32_t end_of, uint32_t* end);

// "did not want to", "never backed": a negated verb takes no stance of its own.
bool Negated(const Doc& doc, uint32_t lo, uint32_t k);

// "I don't think we should talk about timing", "I do not think I will live again": a negated
// belief verb before k, in k's clause of the content [lo, k), says the speaker does not hold it;
// so does a negated verb of saying ("we will not suggest people support X"). `verb_joined`: a
// verb joined by "and" or "but" has its own reach ("does not believe in X and attacked Y").
bool UnderNegatedBelief(const Doc& doc, uint32_t lo, uint32_t k, bool verb_joined = false);

// The clause of token k asks (a dash, colon or semicolon ends a clause): "why do we need this legislation in
// the first place?" proposes nothing, and a rhetorical question's sign is not its words'.
bool InQuestion(const Doc& doc, uint32_t k);
// A stance noun at k ("support for", "criticism of") held by someone other than the person who
// speaks in a content [first, last): "its" / "their" or a name's possessive before it, past its
// adjectives ("Smith said its support for X was clear", "... their criticism of X was unfair",
// "... Iran's strong support for X"). `speaker`: the speaker's entity id.
bool OthersNoun(const Doc& doc, const Extraction& out, const std::string& speaker, uint32_t first,
                uint32_t last, uint32_t k);
// The same for a noun at k inside any claim's content of `sites`, held by "its" or "their" (a
// name's possessive names its holder: "praised Bush's criticism of X" is Bush's).
bool OthersNounInContent(const Doc& doc, const Extraction& out, const std::vector<ClaimSite>& sites,
                         uint32_t k);
// Is the text the entity's name or one of its aliases ("Clinton opposes Clinton")?
bool NamesEntity(const Extraction& out, const std::string& id, const std::string& text);
// A blame phrase that takes an object ("responsible for") said of a good thing ("responsible for
// the remarkable turnaround"): credit, not blame. [i, last): what follows the phrase.
bool Credit(const Doc& doc, const StancePhrase& p, uint32_t i, uint32_t last);
// Where the negation of the verb at k opens ("not", "no longer", "would not"): k when none.
uint32_t NegationStart(const Doc& doc, uint32_t lo, uint32_t k);
// "CIA chief John Brennan", "Intel's lab director Mario Paniccia": when *target is an
// organization named before `end`, the person its office describes after it, up to hi.
void PersonOfOffice(const Doc& doc, SpeakerResolver* speakers, const Extraction& out, uint32_t end,
                    uint32_t hi, std::string* target);
// The claims' cue tokens, sorted.
std::vector<uint32_t> CueTokens(const std::vector<ClaimSite>& sites);
// "is not critical", "showed little respect": a negator before the stance phrase at k, or a scant
// word (stance_words.tsv) right before it, not after a determiner ("a little").
bool DeniedPhrase(const Doc& doc, uint32_t lo, uint32_t k);
// Does a verb stand before the noun at k, past a determiner and one or two modifiers?
bool AfterVerb(const Doc& doc, uint32_t lo, uint32_t k);
// The others named beside `source` in a coordinated subject of the verb at k ("Labour and the
// Liberal Democrats criticised X", "Michael Moore, Gloria Steinem and other speakers attacked X"):
// they take the verb's stance too. Empty when the subject is no such list; all of the list when
// `source` is "".
std::vector<std::string> CoSubjects(const Doc& doc, SpeakerResolver* speakers, uint32_t lo, uint32_t k,
                                    const std::string& source);

// A role noun that takes a side ("critic", "supporter", "ally": claims_stance.tsv's role mode)
// at k, in "X, a prominent Trump critic,", "X has been one of Russia's strongest critics", "X is a
// close ally of Trump": the one the role is toward at [target_first, target_last) (up to `hi`
// after "of"), its holder named before holder_end, the phrase from phrase_first.
struct RoleSpans {
  uint32_t target_first = 0;
  uint32_t target_last = 0;
  uint32_t holder_end = 0;
  uint32_t phrase_first = 0;
};
// "X, a vegan and Peta supporter,", "X, a lawyer and longtime Trump critic,": a description (an
// indefinite article and up to two lower-case words) joined by "and" before a role phrase that
// opens at `first` belongs to the same holder; where the phrase then opens ("a vegan ..."), or
// `first` when there is none.
uint32_t JoinedDescription(const Doc& doc, uint32_t lo, uint32_t first);
bool RolePhrase(const Doc& doc, uint32_t lo, uint32_t k, uint32_t hi, RoleSpans* out);

// Where the reason for a stance begins after its object at i ("criticised X for failing to
// act", "praised X for his work"; with `charge`, the cue of a charge, "accused X of Y"); hi
// when there is none.
uint32_t ReasonStart(const Doc& doc, uint32_t i, uint32_t hi, bool charge);
// "criticized what it called China's militarization", "denounced what he described as the
// convention's assault on the truth", "blasted what he views as Republicans' motives": a free
// relative of a verb of naming or seeing-as (stance_words.tsv's naming class, a cue of
// claims_cues.tsv with the flag `as`) wraps the thing the stance is toward; the token where that
// thing begins, i when there is no such wrapper at i.
uint32_t PastFreeRelative(const Doc& doc, uint32_t i, uint32_t hi);
// The person named after a description of them that opens the object at i ("outgoing CIA
// chief John Brennan", "the mogul's daughter, Shari Redstone,"); "" when there is none.
std::string DescribedPerson(const Doc& doc, SpeakerResolver* speakers, const Extraction& out, uint32_t i,
                            uint32_t hi);

// The cue phrase at a claim site's cue token, its length in *len; nullptr when none matches
// there (a plan noun: "his plan to ...").
const Cue* SiteCue(const Doc& doc, const ClaimSite& s, uint32_t* len);
// A relation type of lexicons/relations.tsv whose kind takes a side (stance, proposal).
bool IsStanceType(const std::string& type);
// The relation type a claim site's cue gives: the cue's class, or for a plan noun ("his plan
// to ...", no cue phrase) the lexicon's plan relation.
const std::string& SiteRelation(const Doc& doc, const ClaimSite& s);

}  // namespace claimgraph::extract::claims
