// The claim stages read what the lexicons say of a token from its one entry (looked up once per
// token by BuildDoc): it must say what the lookups by the word say, for every token.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <string>

#include "extract/claims/stance.h"
#include "extract/claims/view.h"
#include "support/test_support.h"

using namespace claimgraph::extract::claims;

namespace {

// Checks every token of `text`; returns how many were checked.
size_t CheckTokens(const std::string& text) {
  Doc doc = BuildDoc(text, 0);
  for (const Tok& t : doc.toks) {
    INFO("token '" << t.lower << "'");
    REQUIRE(StanceClasses(t) == StanceClasses(t.lower));
    REQUIRE(Valence(t) == Valence(t.lower));
    REQUIRE(t.Info() == Lex().Word(t.lower));
  }
  return doc.toks.size();
}

}  // namespace

TEST_CASE("a token's stance classes and valence are its word's, '-ed' forms read as their stem included",
          "[claims][lexicon]") {
  CHECK(CheckTokens("They slammed, thanked and ridiculed it; she denounced the unfair, not the good. "
                    "He was worried, it's shameful, but applauded hugely: \"terrified\" and pitied.\n") > 20);
  // the stems' own forms and made-up words around them
  CHECK(Valence(BuildDoc("slammed\n", 0).toks[0]) != 0);
  CHECK(Valence(BuildDoc("xqzzled\n", 0).toks[0]) == 0);
  size_t n = 0;
  for (const auto& f :
       std::filesystem::directory_iterator(std::filesystem::path(CLAIMGRAPH_SOURCE_DIR) / "examples"))
    if (f.path().extension() == ".txt") n += CheckTokens(claimgraph::testing::ReadFile(f.path()));
  CHECK(n > 1000);
}

TEST_CASE("a cue or stance phrase matches the tokens of its words and nothing else", "[claims][lexicon]") {
  Doc doc =
      BuildDoc("Officials said on Monday that it went on to say so, and he came out against the plan.\n", 0);
  size_t matched = 0;
  for (uint32_t i = 0; i < doc.toks.size(); ++i) {
    uint32_t len = 0;
    int c = MatchCue(doc, i, static_cast<uint32_t>(doc.toks.size()), &len);
    if (c < 0) continue;
    ++matched;
    const Cue& cue = Lex().cues[static_cast<size_t>(c)];
    REQUIRE(len == cue.words.size());
    for (uint32_t k = 0; k < len; ++k) CHECK(doc.toks[i + k].lower == cue.words[k]);
  }
  CHECK(matched >= 2);
}

TEST_CASE("every phrase of the cue and stance lexicons is matched at its first word", "[claims][lexicon]") {
  // the matchers pass over a word's longer phrases when the next word is none of their second
  // words (PhraseSteps::From): a phrase written out must still be found, or a longer one
  const Lexicons& lex = Lex();
  auto text_of = [](const std::vector<std::string>& words) {
    std::string t = "they";
    for (const std::string& w : words) t += " " + w;
    return t + " it\n";
  };
  size_t checked = 0;
  for (size_t ci = 0; ci < lex.cues.size(); ++ci) {
    const Cue& cue = lex.cues[ci];
    if (cue.noun || cue.words.size() < 2) continue;  // (a noun reading may refuse it, by rule)
    const std::string text = text_of(cue.words);     // (the doc's tokens point into it)
    Doc doc = BuildDoc(text, 0);
    uint32_t len = 0;
    INFO("cue '" << text << "'");
    REQUIRE(MatchCue(doc, 1, static_cast<uint32_t>(doc.toks.size()), &len) >= 0);
    CHECK(len >= cue.words.size());
    ++checked;
  }
  for (const StancePhrase& p : lex.stance) {
    if (p.words.size() < 2) continue;
    const std::string text = text_of(p.words);
    Doc doc = BuildDoc(text, 0);
    uint32_t len = 0;
    INFO("stance phrase '" << text << "'");
    REQUIRE(MatchStance(doc, 1, static_cast<uint32_t>(doc.toks.size()), p.mode, &len) >= 0);
    CHECK(len >= p.words.size());
    ++checked;
  }
  CHECK(checked > 100);
}

TEST_CASE("the closed word lists the claim rules read are claims_words.tsv's sets", "[claims][lexicon]") {
  Doc doc = BuildDoc("it's he's who's Friday's he she they we i you it one other each another his him\n", 0);
  auto tok = [&](size_t i) -> const Tok& { return doc.toks[i]; };
  REQUIRE(doc.toks.size() >= 17);
  // a contracted "is" or "has", no possessive ("it's said" may hold a cue; "Friday's tweets" not)
  for (size_t i : {0, 1, 2}) CHECK(TokIn(tok(i), kContraction));
  CHECK_FALSE(TokIn(tok(3), kContraction));
  // another's subject pronoun: he, she, they; not the speaker's own nor "it"
  for (size_t i : {4, 5, 6}) CHECK(TokIn(tok(i), kThirdPerson));
  for (size_t i : {7, 8, 9, 10}) CHECK_FALSE(TokIn(tok(i), kThirdPerson));
  for (size_t i : {4, 5, 6, 7, 8, 9}) CHECK(TokIn(tok(i), kAgentPronoun));
  // "one other" is no reciprocal pronoun; "each other", "one another" are
  CHECK((TokIn(tok(11), kNoPronoun) && TokIn(tok(12), kNoPronoun)));
  CHECK_FALSE(TokIn(tok(13), kNoPronoun));
  CHECK_FALSE(TokIn(tok(14), kNoPronoun));
  // a man's possessive: a determiner with gender m ("his", not "him")
  CHECK((TokIs(tok(15), kDeterminer) && tok(15).Info()->gender == 'm'));
  CHECK_FALSE(TokIs(tok(16), kDeterminer));
}

TEST_CASE("the heads a contracted verb follows are stance_words.tsv's contraction_head class",
          "[claims][lexicon]") {
  for (const char* w : {"he's", "she'll", "there's", "what's", "you're", "it's", "we've"})
    CHECK(Contracted(w));
  for (const char* w : {"he", "she", "there", "what", "you"}) CHECK(ContractionHead(w));
  CHECK_FALSE(ContractionHead("trump"));
  CHECK_FALSE(Contracted("trump's"));
  // "blamed himself": a reflexive pronoun (stance_words.tsv's reflexive class) is no other
  Doc r = BuildDoc("himself herself themselves itself him\n", 0);
  for (size_t i : {0, 1, 2, 3}) CHECK(ReflexiveWord(r.toks[i]));
  CHECK_FALSE(ReflexiveWord(r.toks[4]));
  // "so" after a cue is an adverb of the aux class, no preposition opening a setting
  CHECK(TokIs(BuildDoc("so\n", 0).toks[0], kAux));
}

TEST_CASE("StanceWords lists each word with a stance class or valence once, with both", "[claims][lexicon]") {
  const StanceWordList list = StanceWords();
  REQUIRE(list.words.size() > 1000);
  std::set<std::string_view> seen;
  for (const StanceEntry& w : list.words) {
    INFO("word '" << w.word << "'");
    REQUIRE(seen.insert(w.word).second);
    REQUIRE(w.classes == StanceClasses(w.word));
    REQUIRE(w.valence == Valence(w.word));
    REQUIRE((w.classes != 0 || w.valence != 0));
  }
  // an "-ed" form read as its stem, and a stem's own form
  CHECK(seen.count("slammed") == 1);
  CHECK(seen.count("slam") == 1);
  CHECK(seen.count("xqzzled") == 0);
  // the forms Valence makes of a stem longer than its buffer
  CHECK(Valence(std::string(80, 'x') + "ed") == 0);
  CHECK(Valence(std::string("slamm") + "ed") == Valence("slammed"));
}
