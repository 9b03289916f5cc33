// The claim stages' shared state (issue 12). Claim extraction runs in stages over
// one quote view of the article (text/quoted.h), each stage a file:
//
//   quote_regions.cc  which quote regions are quotes of their own; the sentences
//                     around them; a site for each direct quote (cue + speaker phrase)
//   speech_sites.cc   reported speech: cue + subject phrase + content
//   speaker_refs.cc   what a pronoun, a description or an office refers to
//   speakers.cc       a speaker phrase resolved to an entity (or a new one)
//   assembly.cc       sites resolved in text order and emitted as claims, with dates
//   relations.cc      relations carried by the claims (said, opposes, ...)
//   sentence_relations.cc  relations read from every sentence (X criticized Y, X met Y)
//   relation_writer.cc     the checks every relation passes before it is added
//
// First every attribution site is found (a quote with its cue and subject
// phrase, or a reported-speech cue with its subject and content); then the
// sites are resolved in text order, so that a pronoun or a description refers
// back to what the article named before it, and claims are emitted in the order
// of their content.
#pragma once

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "extract/claims/entity_index.h"
#include "extract/claims/view.h"

namespace claimgraph::extract::claims {

constexpr uint32_t kNone = 0xFFFFFFFFu;

// ---- sites

struct Site {
  uint32_t np_first = kNone, np_last = kNone;  // subject phrase tokens; kNone: none
  uint32_t cue_first = kNone, cue_len = 0;
  CueClass cls = kSpeech;
  int quote = -1;                // direct: the quote region
  uint32_t first = 0, last = 0;  // indirect: content tokens
  uint32_t gap_first = kNone,
           gap_last = kNone;         // an attribution inside the content (", she said,"): not its text
  bool inherit = false;              // direct quote without a cue: keeps an earlier speaker
  bool denied = false;               // the content opened with a denial ("it is not true that")
  bool subject_of_sentence = false;  // participle: the sentence's subject
  bool possessor = false;            // "Y's claim that": Y is no speaker a later "he" or quote goes back to
  uint32_t sent_first = 0, sent_last = 0;
  std::string speaker;
  std::string date;  // YYYY-MM-DD; an inherited quote takes the date of the one it continues
  bool resolved = false;
  // The subject phrase [np_a, np_b) and the cue [cue_at, cue_at + len) of class c (the class is
  // left as it is when not given).
  void Set(uint32_t np_a, uint32_t np_b, uint32_t cue_at, uint32_t len) {
    SetSubject(np_a, np_b);
    cue_first = cue_at;
    cue_len = len;
  }
  void Set(uint32_t np_a, uint32_t np_b, uint32_t cue_at, uint32_t len, CueClass c) {
    Set(np_a, np_b, cue_at, len);
    cls = c;
  }
  void SetSubject(uint32_t np_a, uint32_t np_b) {
    np_first = np_a;
    np_last = np_b;
  }
  // The cue alone ("..., officials said": the subject phrase is read apart).
  void SetCue(uint32_t cue_at, uint32_t len, CueClass c) {
    cue_first = cue_at;
    cue_len = len;
    cls = c;
  }
  uint32_t Pos() const {
    if (np_first != kNone) return np_first;
    if (cue_first != kNone) return cue_first;
    return first;
  }
};

class ClaimFinder final : public SpeakerResolver {
 public:
  // `seg`: the article segmented with word ids (text::Segment), or nullptr.
  ClaimFinder(const Article& article, const text::Segmented* seg, Extraction* out)
      : article_(article), out_(out), lex_(Lex()), doc_(BuildDoc(article.text, article.body_start, seg)) {
    ReadArticleDate();
  }

  void Run();

  std::string SubjectBefore(uint32_t lo, uint32_t i, bool verb) override {
    uint32_t a, b;
    if (verb && PersonBeforeWho(lo, i, &a, &b)) return Resolve(a, b, doc_.toks[a].start);
    if (!FindSubject(lo, i, &a, &b, verb)) return {};
    if (b == a + 1 && TheyOfUnnamedSpeakers(lo, a)) return {};
    return Resolve(a, b, doc_.toks[a].start);
  }
  bool HasSubject(uint32_t lo, uint32_t i) override {
    uint32_t a, b;
    return FindSubject(lo, i, &a, &b, true);
  }
  std::string EntityInSubject(uint32_t lo, uint32_t i) override {
    uint32_t a, b;
    if (!FindSubject(lo, i, &a, &b, true)) return {};
    std::string id = NearestEntityBefore(a, b);
    return OutletOfCountry(b, id) ? std::string() : id;
  }
  bool PassiveAt(uint32_t lo, uint32_t i) override {
    uint32_t a, b;
    return !FindSubject(lo, i, &a, &b, true) && FindSubject(lo, i, &a, &b, false);
  }
  std::string NearestEntityBefore(uint32_t lo, uint32_t i) override {
    if (i <= lo) return {};
    uint32_t from = doc_.toks[lo].start, to = doc_.toks[i].start;
    for (auto it = std::make_reverse_iterator(idx_.AtOrAfter(to)); it != idx_.mentions().rend(); ++it) {
      if (it->pos < from) break;
      const Entity& e = out_->entities[it->ent];
      if (e.type == EntityType::kPlace || e.type == EntityType::kEvent) continue;
      return e.id;
    }
    return {};
  }
  std::string SentenceSubjectEntity(uint32_t sf, uint32_t limit) override {
    uint32_t a, b;
    if (!SentenceSubject(sf, limit, &a, &b)) return {};
    return Resolve(a, b, doc_.toks[a].start);
  }
  std::string EntityAt(uint32_t i, uint32_t hi, uint32_t* end) override;
  std::string GroupAt(uint32_t i, uint32_t hi, uint32_t* end) override;
  std::string PossessiveOwner(uint32_t i) override;
  std::string QuoteSpeaker(uint32_t i) override {
    int q = doc_.toks[i].quote;
    if (q < 0) return {};
    auto it = quote_speaker_.find(q);
    return it == quote_speaker_.end() ? std::string() : it->second;
  }

 private:
  // structure
  void ClassifyQuotes();
  bool AfterAttributionJoin(uint32_t open, uint32_t ps) const;
  uint32_t SkipInsideSource(uint32_t m, uint32_t body_end) const;
  void SplitSentences();
  // A dateline opening the paragraph at pf ("WASHINGTON (AP) —", "ORLANDO, Fla. (Reuters) -"): the
  // token after its dash, else pf.
  uint32_t DatelineEnd(uint32_t pf, uint32_t pl);
  bool InStandalone(uint32_t i) const {
    int q = doc_.toks[i].quote;
    return q >= 0 && doc_.quotes[static_cast<size_t>(q)].standalone;
  }
  // A word written in capitals only, of two letters or more ("PENCE", "WALLACE").
  bool AllCaps(const Tok& t) const {
    int letters = 0;
    for (uint32_t i = t.start; i < t.end; ++i) {
      char c = doc_.text[i];
      if (c >= 'a' && c <= 'z') return false;
      letters += c >= 'A' && c <= 'Z';
    }
    return letters >= 2;
  }
  // Did the article give person `ent` the role word `head` ("congressman", "lawmaker")?
  bool HasRole(size_t ent, const std::string& head) const { return idx_.HasRole(ent, head); }
  // How many words tokens [a, b) hold.
  uint32_t WordsIn(uint32_t a, uint32_t b) const {
    uint32_t n = 0;
    for (uint32_t k = a; k < b; ++k) n += IsWord(doc_.toks[k]);
    return n;
  }
  // Records a site whose cue is the single token c (a forecast or a noun of saying) and
  // consumes the cue; the speaker is the phrase [np_a, np_b), the content [first, last).
  void AddOneWordCueSite(uint32_t np_a, uint32_t np_b, uint32_t c, CueClass cls, uint32_t first,
                         uint32_t last, uint32_t sf, uint32_t sl);
  // Does token i open a sentence (or a paragraph or a quote)?
  bool OpensSentence(uint32_t i) const {
    return i == 0 || doc_.toks[i - 1].para != doc_.toks[i].para || doc_.toks[i - 1].kind == TokKind::kEnd ||
           doc_.toks[i - 1].kind == TokKind::kOpenQuote;
  }
  // Is the word at token i written capitalized somewhere else inside a sentence, where
  // only a name would be?
  bool CapitalizedInside(uint32_t i) {
    if (cap_inside_.empty()) {                    // once: each word's count of such places, and the first
      cap_inside_.reserve(doc_.toks.size() / 8);  // (about a word in ten: no rehash as it fills)
      for (uint32_t k = 1; k < doc_.toks.size(); ++k) {
        const Tok& t = doc_.toks[k];
        if (!t.cap || OpensSentence(k)) continue;
        auto [it, fresh] = cap_inside_.emplace(t.lower, std::pair<uint32_t, uint32_t>{0, k});
        ++it->second.first;
      }
      cap_inside_.emplace(std::string_view(), std::pair<uint32_t, uint32_t>{0, 0});  // built
    }
    auto it = cap_inside_.find(doc_.toks[i].lower);
    if (it == cap_inside_.end() || it->second.first == 0) return false;
    return it->second.first > 1 || it->second.second != i;
  }
  // Does the article write token i's word in lower case anywhere? A walk over the article for
  // the first few questions, then a table of its lower-case words, built once: in an article of
  // thousands of people, a walk for each speaker phrase made speaker lookup quadratic.
  bool WrittenLower(uint32_t i) {
    const std::string_view w = doc_.toks[i].lower;
    if (lower_asked_ < kLowerWalks) {
      ++lower_asked_;
      for (const Tok& t : doc_.toks)
        if (IsWord(t) && !t.cap && t.lower == w) return true;
      return false;
    }
    if (lower_asked_ == kLowerWalks) {
      ++lower_asked_;
      for (const Tok& t : doc_.toks)
        if (IsWord(t) && !t.cap) lower_words_.insert(t.lower);
    }
    return lower_words_.count(w) != 0;
  }
  // The token that starts at (or first after) byte `pos`; toks.size() when none does.
  uint32_t TokAt(uint32_t pos) const {
    return static_cast<uint32_t>(std::lower_bound(doc_.toks.begin(), doc_.toks.end(), pos,
                                                  [](const Tok& t, uint32_t v) { return t.start < v; }) -
                                 doc_.toks.begin());
  }
  // The paragraph of the token at (or after) byte `pos`.
  uint32_t ParaAt(uint32_t pos) const {
    uint32_t k = TokAt(pos);
    return k == doc_.toks.size() ? doc_.toks.back().para : doc_.toks[k].para;
  }
  uint32_t ParaEnd(uint32_t i) const { return doc_.paras[doc_.toks[i].para].second; }
  uint32_t ParaStart(uint32_t i) const { return doc_.paras[doc_.toks[i].para].first; }

  // phase A
  void FindQuoteSites();
  // The ways FindQuoteSites finds a quote's speaker phrase and cue, in the order tried;
  // [ps, pe) is the quote's paragraph. True when found (filled in *s).
  bool TranscriptInQuote(const Quote& q, uint32_t ps, uint32_t pe, Site* s);
  bool SignedQuote(const Quote& q, uint32_t ps, uint32_t pe, Site* s);
  bool AttributionAfter(const Quote& q, uint32_t ps, uint32_t pe, Site* s);
  bool LongSourceAfter(uint32_t j, uint32_t pe, Site* s) const;
  // Inside an appositive read back from the cue at `cue`, is the cue word at token k a noun's
  // modifier ("a think tank", "a creative writing professor"): a lower-case word of the phrase
  // before it (no pronoun, auxiliary or "who") and a lower-case content word after it?
  bool NounModifierCue(int64_t k, uint32_t cue) const;
  // Inside an appositive read back from a cue, is the cue word at token k (after `lo`) a participle
  // that modifies the noun before it ("one of the states suing the EPA")?
  bool ReducedRelativeCue(uint32_t lo, int64_t k) const;
  // '“...,” exhorted the host, actress Jamie Curtis.': the source after the verb at token j (a
  // description before a name, or a name) up to the sentence's end or a comma. True with the
  // site in *s.
  bool SourceAfterPastTense(uint32_t j, uint32_t pe, Site* s) const;
  // The first sentence end (TokKind::kEnd) at or after token i, or pe.
  uint32_t SentenceEndFrom(uint32_t i, uint32_t pe) const;
  // Is the word at token m, after quote q and its source phrase, a verb of saying the lexicon does
  // not hold: a past tense ("quipped", "fumed") of no known word, after a quote that closes on a
  // comma, "?" or "!", and ending the sentence or followed only by where or when it was said (or,
  // right after the quote, by its source: '“...,” exhorted the host')?
  bool PastTenseAttribution(const Quote& q, uint32_t m, uint32_t pe) const;
  bool UnreadSourceAfter(const Quote& q, uint32_t ps, uint32_t pe, Site* s);
  bool AttributionBefore(const Quote& q, uint32_t ps, uint32_t pe, Site* s);
  // "Limbaugh added:" ending the paragraph before: the cue and its subject (a quote or a paragraph
  // that follows is theirs). colon: the paragraph's last token.
  bool IntroductionBefore(uint32_t colon, Site* s) const;
  void LeadInSite(const Quote& q, const Site& quote_site);  // "X said the museum would ... -- “...”"
  void IntroducedParagraphSites();  // the paragraph after "Limbaugh added:", without quote marks
  void FindSpeechSites();
  // The parts of FindSpeechSites, each for one sentence [sf, sl) whose text ends at body_end.
  struct SiteIndex {
    std::multimap<uint32_t, size_t> by_np;  // sites by np_first, indexed as they come
    size_t indexed = 0;
  };
  uint32_t BodyEnd(uint32_t sf, uint32_t sl) const;
  void TranscriptSite(uint32_t sf, uint32_t sl, uint32_t body_end);  // "Trump: We will win."
  // The end of the one told after a closing attribution's "told" (speech_sites.cc).
  uint32_t ToldEnd(uint32_t after, uint32_t body_end) const;
  void ClosingAttributionSite(uint32_t sf, uint32_t sl, uint32_t body_end);  // "..., the IMF said."
  void SourceAfterCue(const Cue& cue, uint32_t j, uint32_t len, uint32_t body_end, uint32_t* a, uint32_t* b,
                      uint32_t* cue_at, uint32_t* after) const;        // "..., said O'Neill."
  uint32_t AfterAttribution(uint32_t after, uint32_t body_end) const;  // past "Friday", "in an interview"
  void ForecastSite(uint32_t sf, uint32_t sl, uint32_t body_end);      // "The IMF cut its forecast to"
  void CueSites(uint32_t sf, uint32_t sl, uint32_t body_end, size_t first_site, SiteIndex* index);
  void NounOfSayingSites(uint32_t sf, uint32_t sl, uint32_t body_end);  // "Trump's claim that ..."
  void ViewSite(uint32_t sf, uint32_t sl, uint32_t body_end);           // "In Smith's view, ..."
  void AsSaidSite(uint32_t sf, uint32_t sl, uint32_t body_end);         // "As Smith put it, ..."
  bool SettingPhrase(uint32_t j, uint32_t hi) const;  // "a news conference,", "to reporters,"
  bool AsSaidClause(uint32_t as, uint32_t hi, uint32_t* a, uint32_t* b, uint32_t* c, uint32_t* len,
                    uint32_t* end) const;
  // What polls and documents show (evidence_forms.cc): "In the CBS poll, ...", the subject of
  // "A poll released Monday showed", "shows Clinton leading"
  void FindingSite(uint32_t sf, uint32_t sl, uint32_t body_end, size_t first_site);
  void TrailingFindingSites(uint32_t sf, uint32_t sl, uint32_t body_end);
  bool DocumentSubject(uint32_t sf, uint32_t c, uint32_t* a, uint32_t* b) const;
  bool FindingPredicate(uint32_t a, uint32_t b) const;
  bool DocumentPhrase(uint32_t a, uint32_t b) const;
  uint32_t ThatAfterSetting(uint32_t j, uint32_t end) const;  // "said during the debate that"
  void ConsumeCue(const Site& s, uint32_t c, uint32_t len);
  bool Progressive(uint32_t sf, uint32_t c) const;           // "is warning", "was also saying"
  int OutsideActObject(const Site& host, uint32_t c) const;  // "sued a woman who claimed ..."
  // (act_objects.cc) *cut: the act site (SIZE_MAX: none) and the token its object ends at once
  // the cue's site is kept
  uint32_t HostOf(uint32_t sf, uint32_t c, size_t first_site, CueClass* host, uint32_t* np_first,
                  uint32_t* np_last, std::pair<size_t, uint32_t>* cut) const;
  const Cue* CueAt(uint32_t sf, uint32_t c, uint32_t body_end, bool nested, uint32_t* len,
                   Cue* as_verb) const;
  bool NestedClause(uint32_t cstart, uint32_t last) const;  // inside another's speech: a clause?
  bool CommaClause(uint32_t i, uint32_t body_end) const;    // "Mr. Brown said, the economy is ..."
  bool SubjectOpens(uint32_t i, uint32_t end) const;        // "he plans", "the party would"
  bool SubjectPronounClause(uint32_t c, uint32_t i, uint32_t body_end) const;  // "feel [they have]"
  // Past an aside between a cue of speech or belief ending at j and its "that" ("believes, for
  // example, that"): the token after the aside's comma, else j.
  uint32_t PastAside(uint32_t j, uint32_t body_end, const Cue& cue) const;
  // Does what a cue that needs a clause (flag "clause") takes at cstart have one: after "that" or
  // a colon, or a subject pronoun and its verb right after the cue ("feel they have")? The cue is
  // token c, `after` the token after it, j where its content was looked for.
  bool ClauseAfterCue(uint32_t c, uint32_t after, uint32_t j, uint32_t cstart, uint32_t body_end) const;
  bool SpeakersConjunction(uint32_t i, uint32_t body_end) const;  // "..., X said, until it went ..."
  // After a mid-sentence attribution, the end of the speaker's words that go on at token x ("The
  // industry, she said, is doing better"), or kNone when what follows is the writer's.
  uint32_t SentenceGoesOn(uint32_t x, uint32_t body_end, bool named_after) const;
  bool ClauseAfterPreposition(uint32_t sf, uint32_t c, uint32_t len,
                              uint32_t body_end) const;  // "by saying he"
  bool AccordingSite(uint32_t sf, uint32_t c, uint32_t len, uint32_t body_end, Site* s) const;
  bool DescribesSpeaker(uint32_t x, uint32_t body_end) const;  // ", said X, an economist at ..."
  // ", says political scientist Dossym Satpayev": the name after a description ([*a, *b))
  bool DescribedNameAfter(uint32_t i, uint32_t body_end, uint32_t* a, uint32_t* b) const;
  bool CharacterizedAs(uint32_t first, uint32_t last) const;  // "described Clinton as a ..."
  uint32_t SourceAppositive(uint32_t b, uint32_t i, uint32_t body_end) const;
  bool NounNotCue(uint32_t sf, uint32_t c, uint32_t len, uint32_t body_end) const;  // "the attack"
  bool PlanNounNotCue(uint32_t sf, uint32_t c) const;                               // "the Tory plans"
  bool AgentOrParticle(uint32_t k, uint32_t body_end) const;  // "concerned by", "showed off"
  // Does a quote ending in a comma close in [sf, a) ('"...," Bock told')?
  bool QuoteBefore(uint32_t sf, uint32_t a) const {
    for (uint32_t k = sf + 1; k < a; ++k)
      if (doc_.toks[k].kind == TokKind::kCloseQuote &&
          (IsPunct(doc_.toks[k - 1], ',') || (k + 1 < a && IsPunct(doc_.toks[k + 1], ','))))
        return true;
    return false;
  }
  bool WritersCircumstance(uint32_t first, uint32_t last) const;  // "said as he entered the talks"
  void ContinuationSites();  // "X said Y would ... . Z would then ...": Z's sentence is X's too
  bool NpWord(uint32_t i) const;
  // The first word of a document's own between its owner and the document noun at j
  // ("Gianforte's initial statement"), the owner opening the sentence; j when there is none.
  int64_t DocumentOwnWord(uint32_t lo, int64_t j) const;
  // The subject phrase [*a, *b) before the verb at `cue`, the sentence's part from lo (FindSubjectAt).
  // The claim and relation stages ask it several times of the same verb (on bbc/politics 21k
  // questions of 14k); the answer is kept per verb while what it reads stays the same: the
  // tokens, the mentions indexed (idx_) and the entities' types (subject_state_ counts changes).
  // (Not in an article of over kKnownSubjectsMaxTokens tokens: 40 bytes a token, the size of the
  // tokens themselves, took a 16 MB article's peak RSS from about 275 MB to 375 MB.)
  bool FindSubject(uint32_t lo, uint32_t cue, uint32_t* a, uint32_t* b, bool verb = true) const {
    if (doc_.toks.size() > kKnownSubjectsMaxTokens) return FindSubjectAt(lo, cue, a, b, verb);
    const size_t slot = 2 * size_t{cue} + verb;
    if (known_subjects_.size() != 2 * doc_.toks.size() + 2)
      known_subjects_.assign(2 * doc_.toks.size() + 2, {});
    if (slot >= known_subjects_.size()) return FindSubjectAt(lo, cue, a, b, verb);
    KnownSubject& k = known_subjects_[slot];
    if (k.state == subject_state_ && k.lo == lo) {
      if (k.found) {
        *a = k.a;
        *b = k.b;
      }
      return k.found;
    }
    const bool found = FindSubjectAt(lo, cue, a, b, verb);
    known_subjects_[slot] = {subject_state_, lo, found ? *a : 0, found ? *b : 0, found};
    return found;
  }
  bool FindSubjectAt(uint32_t lo, uint32_t cue, uint32_t* a, uint32_t* b, bool verb) const;
  int64_t SkipAdverbials(uint32_t lo, int64_t j, bool* saw_be) const;
  int64_t PastQuotedPhrase(uint32_t lo, int64_t j) const;
  int64_t NamedBeforeOthers(uint32_t lo, int64_t j) const;
  int64_t SkipAgeAndPlace(uint32_t lo, int64_t kc, int64_t head) const;
  int64_t DescribedName(uint32_t lo, int64_t head) const;
  // The subject phrase ends in a dash at token j: the name before a description set off by
  // dashes ("Kall -- co-editor of a book -- said"), else j.
  int64_t DashedDescription(uint32_t lo, int64_t j) const;
  // A plural name of a party's or a nation's people ("Democrats", "Russians"): a mention of an
  // organization or country starts at token i, and the word ends in "s".
  bool NamedGroupAt(uint32_t i) const;
  int64_t PostModifiedHead(uint32_t lo, int64_t j) const;
  // "Democrats who attended the meeting said", "some who advocate free speech argue": a restrictive
  // relative clause ("who" and its verb phrase, no comma, quote or sentence end inside) ends right
  // before the verb at `cue`; the one it is about, opening the clause, is the verb's subject
  // ([*a, *b)). False when the verb has a subject of its own ("the voters who backed her, he said").
  // j, saw_be: the verb's SkipAdverbials(lo, cue - 1), which FindSubjectAt reads once for both.
  bool RelativeClauseSubject(uint32_t lo, uint32_t cue, int64_t j, bool saw_be, uint32_t* a,
                             uint32_t* b) const;
  // "Voters surveyed by the AP said", "A spokesman contacted by the BBC said", "A news report
  // published Wednesday said": a participle phrase after a noun for people or a document ends
  // right before the verb at `cue`; that noun's phrase is the subject ([*a, *b)), never the one
  // named after "by" (who only surveyed, contacted or obtained), unless the participle puts the
  // document out ("a statement issued by the White House": grammar set "authoring").
  bool ReducedRelativeSubject(uint32_t lo, uint32_t cue, int64_t j, bool saw_be, uint32_t* a,
                              uint32_t* b) const;
  // "Friends of Mr. Clinton", "Critics of Mr. Obama", "a spokesman for Mr. Trump": [a, b) is
  // people described by the person they are of (a plural, group or person noun, then "of" / "to" /
  // "for" / a postmod word and a person's name); they speak, unnamed, never that person.
  bool GroupOfName(uint32_t a, uint32_t b) const;
  int64_t ShareOfAsked(uint32_t lo, int64_t j) const;  // "Six in 10 say": where it opens, or -1
  bool PossessedHead(uint32_t lo, int64_t j) const;
  bool PersonNounAt(uint32_t i) const;  // "lawyer", "questioner", "officials"
  // Is the weekday at r the surname of a two-word name that opens at r - 1 with a given name
  // ("said England sevens coach Mike Friday"), nothing capitalized after it?
  bool WeekdaySurname(uint32_t r, uint32_t hi) const;
  // Is the word at i a plural noun for unnamed people ("teachers", "Doctors" opening a sentence),
  // not a capitalized name inside one ("the Rangers")?
  bool PeopleInPlace(uint32_t i) const;
  // Where a subject phrase opening at `first` after "and" really opens when the coordination ends
  // a body's name ("the Police Federation of England and Wales"): the body's name with its
  // article; `first` when there is no such name.
  uint32_t BodyNameBefore(uint32_t lo, uint32_t first) const;
  bool PersonPostMod(uint32_t m) const;  // "spokesman [for] the Home Office", "officials [at] the bank"
  // Is the word before the preposition ahead of token `first` (past a label in quotes) a noun
  // for someone unnamed that opens its clause or follows "a" ("a detainee in", ", detainee 'A'
  // in")? Its index in *head.
  bool UnnamedBeforePlace(uint32_t lo, uint32_t first, uint32_t* head) const;
  // Does a person's mention start in tokens [x, y)?
  bool NamesPerson(uint32_t x, uint32_t y) const;
  bool PhraseSubject(uint32_t lo, uint32_t first, uint32_t j, uint32_t* a,
                     uint32_t* b) const;  // "Pagliano's lawyer said"
  int AppositiveSubject(uint32_t lo, uint32_t cue, int64_t* jp, uint32_t* a, uint32_t* b) const;
  bool NpAfter(uint32_t i, uint32_t hi, uint32_t* a, uint32_t* b) const;
  bool DescribedSubject(uint32_t lo, uint32_t cue, uint32_t* a, uint32_t* b, bool* loose = nullptr) const;
  bool StatedClause(uint32_t cstart, uint32_t last) const;
  uint32_t DescriptionEnd(uint32_t x, uint32_t body_end) const;  // "head of the firm[,] is"
  bool ConjoinedSubject(uint32_t sf, uint32_t c, CueClass cls, uint32_t np_first, uint32_t np_last,
                        uint32_t* a, uint32_t* b, bool* loose) const;  // "X said ... and warned that"
  bool WhoSubject(uint32_t lo, uint32_t cue, uint32_t w, uint32_t* a, uint32_t* b,
                  bool verb) const;  // ", who said"  // "that ...", "he ...", "X would ..."
  bool OpeningSubject(uint32_t sf, uint32_t c, uint32_t* a, uint32_t* b) const;  // "those surveyed say"
  bool ObjectOfParticiple(uint32_t lo, uint32_t first, uint32_t head) const;
  bool UnnamedStance(CueClass cls, uint32_t b) const;
  bool ParticipleOpens(uint32_t sf, uint32_t c, uint32_t len, uint32_t body_end) const;  // ", saying"
  bool IsClauseSubject(uint32_t a, uint32_t sf) const;            // "said X's claim that ..."
  uint32_t SubjectClauseEnd(uint32_t cstart, uint32_t ce) const;  // "... | was ignored"
  uint32_t AdjectiveVerb(uint32_t lo, uint32_t c) const;          // "is not [convinced]"
  bool TellsAThing(uint32_t j, uint32_t body_end) const;          // "tells the story of"
  bool SaysNothing(uint32_t cstart, uint32_t body_end) const;
  bool PrepositionOnly(uint32_t c, uint32_t len, uint32_t cstart, uint32_t body_end) const;
  bool PastSetting(uint32_t sf, uint32_t c, uint32_t* a, uint32_t* b) const;
  bool RelativeSubject(uint32_t b, uint32_t c) const;
  bool PassiveBetween(uint32_t w, uint32_t c) const;
  bool RelativeClause(uint32_t cstart, uint32_t* last) const;
  uint32_t BareRelativeEnd(uint32_t cstart, uint32_t last,
                           uint32_t body_end) const;  // "who backed X, said ..."
  bool DescribedSourceAfter(uint32_t i, uint32_t body_end, uint32_t* a, uint32_t* b, uint32_t* end) const;
  bool SentenceSubject(uint32_t sf, uint32_t limit, uint32_t* a, uint32_t* b) const;
  bool AppositiveOpens(uint32_t i, uint32_t limit) const;  // "Tracy Martin, Trayvon's father,"
  bool CommaBeforeParenthesis(uint32_t lo, int64_t close) const;
  // Does a phrase ending before token b in a noun for an outlet or a firm ("the US network", "a
  // German firm") have the country `id` only as its adjective?
  bool OutletOfCountry(uint32_t b, const std::string& id) const {
    const Tok& head = doc_.toks[b - 1];
    const Entity* e = id.empty() ? nullptr : out_->FindEntity(id);
    return e != nullptr && e->type == EntityType::kCountry && IsWord(head) && !head.cap && OutletOrFirm(head);
  }
  // A noun for an outlet of news or a kind of firm ("network", "newspaper", "firm", "bank"):
  // claims_words.tsv's org rows with the value media, and its orgkind rows.
  static bool OutletOrFirm(const Tok& t) {
    const WordInfo* w = t.Info();
    return TokIs(t, kOrgKind) || (w != nullptr && w->media);
  }
  bool TheyOfUnnamedSpeakers(uint32_t lo, uint32_t a);
  // A subject [a, b) that is an unnamed document right before the participle cue at c, the object
  // of the sentence's verb ("filed a lawsuit accusing X"): true with [a, b) moved to the
  // sentence's subject, who put the document out.
  bool DocumentAuthor(uint32_t sf, uint32_t c, uint32_t* a, uint32_t* b) const;
  uint32_t ContentStart(uint32_t j, uint32_t end, const Cue& cue) const;
  uint32_t ContentEnd(uint32_t start, uint32_t end) const;

  // phase B
  void IndexEntities();
  void PreScan();
  std::string Resolve(uint32_t a, uint32_t b, uint32_t pos);
  bool PartyAgrees(uint32_t run_a, uint32_t run_b, const std::string& id) const;
  // Does a mention of a person start in the bytes [from, to)?
  bool PersonNamedIn(uint32_t from, uint32_t to) const;
  // The verb at k in a relative clause after a person's name and a comma, over auxiliaries and
  // adverbs ("... relations with President Donald Trump, who has criticized Mexico"): the name,
  // [*a, *b). Not a body or a place that ends a description ("Howard Rubel, an analyst at
  // Jefferies, who"), nor a name after "of" ("the daughter of King Michael of Romania, who").
  // Read for the relations' stance verbs only (FindSubject, which claims read, keeps its own).
  bool PersonBeforeWho(uint32_t lo, uint32_t k, uint32_t* a, uint32_t* b) const;
  // "a letter from his doctor Friday afternoon that says he has ...", "a poll that shows ...": the
  // document noun [*a, *b) up to 8 words before the relative pronoun at w, when the cue at `cue`
  // is a verb of speech or belief (a document says what its relative clause of speech says)
  bool DocumentBeforeRelative(uint32_t lo, uint32_t w, uint32_t cue, uint32_t* a, uint32_t* b) const;
  // The steps of Resolve (speakers.cc).
  bool ResolveReference(uint32_t a, uint32_t b, uint32_t pos, std::string* id);
  void NameRun(uint32_t a, uint32_t b, uint32_t* run_a, uint32_t* run_b) const;
  bool ResolveByHead(uint32_t a, uint32_t b, uint32_t run_a, uint32_t run_b, uint32_t pos, std::string* id);
  std::string DemonymCountry(uint32_t a, uint32_t b);
  // The one organization named in the 300 bytes before byte pos ("Shares in BP fell. The company
  // said ..."); "" when none or several are (never a guess).
  std::string OnlyOrganizationBefore(uint32_t pos) const;
  bool KnownSurname(const Tok& t) const;
  std::string FindOrCreate(uint32_t a, uint32_t b, uint32_t pos);
  // Indexes entity `ent` under its (new) name; `folded`: Fold(name), when the caller has it.
  void NameEntity(size_t ent, const std::string* folded = nullptr) {
    const std::string& name = out_->entities[ent].name;
    idx_.AddName(ent, folded != nullptr ? *folded : Fold(name), name, Fold(name.substr(name.rfind(' ') + 1)));
  }
  bool NameMatches(size_t cand, const std::string& key, const std::string& last, bool single) const;
  // The entity a pronoun at byte `pos` refers to, never `exclude` (the speaker of the quote it is in).
  std::string ResolvePronoun(char gender, uint32_t pos, const std::string& exclude = {}) const;
  // Whether the mention at byte `pos` owns a name after it ("Germany's Hexal", "Israel's Teva").
  bool PossessorOfName(uint32_t pos) const;
  void PersonOpeningSentence(char gender, uint32_t pos, const std::string& exclude, std::string* id,
                             uint32_t* at) const;
  std::string ResolveDescription(const std::string& head, uint32_t pos) const;
  // Does a role of the person `id` name the organization that tokens [first, last) name
  // ("Federal Reserve chairman" for "of the Federal Reserve"; by the body's capitalized words, or
  // its entity's name or aliases)? True when [first, last) names no organization.
  bool RoleNamesBody(const std::string& id, uint32_t first, uint32_t last);
  // Did the article give the person `id` the role written at [a, b) word for word?
  bool RoleIsWritten(const std::string& id, uint32_t a, uint32_t b) const;
  std::string DescribedSubjectBefore(uint32_t a, uint32_t b) const;
  bool DescribedAs(size_t ent, const std::string& head) const;
  // A headline's description ("Lawmaker urges ..."): the one person the body then gives that role.
  bool HeadlineDescription(uint32_t k) const;
  std::string ResolveHeadlineDescription(const std::string& head, uint32_t pos) const;
  // The organization or country that spoke last before `pos` (in its paragraph or the one
  // before), or ""; *at (when given) is where that speaker was named.
  std::string ResolveThey(uint32_t pos, uint32_t* at = nullptr, bool plural = false) const;
  // The organization or country that opens the sentence before token i's (its subject), or "";
  // *at (when given) is where that subject starts, or 0 when the body is only a word of it.
  std::string PreviousSubject(uint32_t i, uint32_t* at = nullptr);
  // "the Pentagon chief": the one person named before `pos` whose title is that seat's office.
  std::string ResolveOffice(const std::string& seat, uint32_t pos) const;
  bool SeatBefore(const MentionRec& m, const std::string& seat) const;
  void UpdateOffices() const;
  void AddMention(size_t ent, uint32_t tok_first, uint32_t tok_last, bool to_entity);
  char Gender(size_t ent) const;
  void InferGenders();
  std::string Fold(std::string_view s) const;
  void Emit();
  void ResolveSites();
  void InheritSpeakers();
  bool SubjectOfSentenceBefore(const Quote& q, Site* s);
  bool WritersSentenceBetween(uint32_t a, uint32_t b) const;
  void EmitClaims();
  // A closing bracket at token k with no opening one in [a, k) (EmitClaims trims it off a claim).
  bool UnopenedBracket(uint32_t a, uint32_t k) const;
  // An opening bracket at token k closed before token b (EmitClaims keeps it on a claim).
  bool ClosedBracket(uint32_t k, uint32_t b) const;
  void StripDenialOpeners();
  void NegatedCues();
  bool IsStatement(const Site& s, uint32_t a, uint32_t b) const;
  bool BareActParticiple(const Site& s) const;  // "parents seeking access ... are": no finite verb
  bool ThatClauseObject(const Site& s) const;   // "demanding that Mr Blair should admit ..."
  bool LineUp(const Site& s, uint32_t a, uint32_t b) const;  // "Newcastle: Given, Carr, Boumsong, ..."
  bool HasOwnVerb(uint32_t a, uint32_t b) const;             // "Dubai crown" has none
  uint32_t PhraseNounIn(uint32_t a, uint32_t b, GrammarSet set) const;  // (NamesPrize, NamesSaying)
  bool NamesPrize(uint32_t a, uint32_t b) const;                        // "Dubai crown", "a draw at Anfield"
  bool NamesSaying(uint32_t a, uint32_t b) const;  // "some pointed advice", "no proof that"
  bool SettingOnly(uint32_t a, uint32_t b) const;  // "on Twitter on Monday", "from Washington"
  void DropNonStatements(const std::vector<bool>& statement);
  // A place that speaks of itself as "I" in its quotes is a person (speaker_refs.cc).
  void PlacesSayingI(const std::vector<ClaimSite>& sites);
  std::string DateFor(const Site& s) const;
  void ReadArticleDate();

  const Article& article_;
  Extraction* out_;
  const Lexicons& lex_;
  Doc doc_;
  std::vector<std::pair<uint32_t, uint32_t>> sentences_;
  std::vector<uint32_t> sentence_of_;  // token -> sentence index
  std::vector<Site> sites_;
  std::vector<uint8_t> consumed_;  // token used by an attribution
  EntityIndex idx_;  // mentions in text order; role words seen before mentions, lower case; names
  std::unordered_map<std::string, size_t> keys_;  // folded name/alias -> entity
  std::unordered_map<std::string_view, std::pair<uint32_t, uint32_t>> cap_inside_;  // CapitalizedInside
  static constexpr uint32_t kLowerWalks = 8;          // WrittenLower's walks before its table
  uint32_t lower_asked_ = 0;                          // WrittenLower's questions so far
  std::unordered_set<std::string_view> lower_words_;  // WrittenLower's table
  // recognized entities' mention spans (start, end, entity) by start, for FindOrCreate
  std::vector<std::tuple<uint32_t, uint32_t, size_t>> rec_spans_;
  uint32_t rec_span_max_ = 0;
  struct OfficeIndex {
    bool built = false;
    size_t seen = 0;                                                    // mentions of idx_.log() indexed
    std::unordered_map<std::string, std::vector<size_t>> seat_holders;  // seat -> people
    std::unordered_map<std::string, std::vector<MentionRec>> titled;    // ending of the word before a title
    std::vector<MentionRec> long_titled;
  };
  mutable OfficeIndex office_;  // ResolveOffice's
  struct KnownSubject {
    uint32_t state = ~0u;  // subject_state_ when found (~0: never)
    uint32_t lo = 0, a = 0, b = 0;
    bool found = false;
  };
  static constexpr size_t kKnownSubjectsMaxTokens = size_t{1} << 16;  // a 300 KB article
  mutable std::vector<KnownSubject> known_subjects_;  // FindSubject's, by 2 * verb token + verb
  uint32_t subject_state_ = 0;                        // changes of what FindSubject reads
  std::unordered_set<size_t> tied_;  // entities with two mention spans at one start (AddMention)
  std::vector<char> ent_gender_;
  std::vector<char> ent_text_gender_;  // from the article's pronouns (InferGenders)
  std::vector<bool> ent_mine_;
  std::unordered_map<int, std::string> quote_speaker_;
  std::unordered_map<int, std::string> quote_date_;
  struct Said {
    uint32_t pos;
    uint32_t para;
    std::string id;
  };
  std::vector<Said> said_;  // speakers of sites resolved so far, in text order
  bool allow_create_ = true;
  // The article's date (its date, else one in its source), read once for DateFor: days since
  // 1970-01-01 and as YYYY-MM-DD; dated_ false when it has none.
  bool dated_ = false;
  long date_days_ = 0;
  std::string date_text_;
};
}  // namespace claimgraph::extract::claims
