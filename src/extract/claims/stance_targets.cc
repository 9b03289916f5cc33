// Stance targets (issue 13): the noun phrase a stance is about, trimmed to the thing (no
// dangling function words, no clause after it) and refused when it is no thing at all (a
// fragment, a clause, a time, the speaker's own side). See stance.h.
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "extract/claims/stance.h"
#include "extract/entities_lexicon.h"
#include "text/chars.h"

namespace claimgraph::extract::claims {

namespace {

// An "-ly" adverb of manner: its stem is a word news writes in lower case (lexicons/
// common_words.tsv): "properly" (proper), "fully" (full), "happily" (happy); not a noun that ends
// so, "monopoly", "assembly", "supply", "Italy".
bool MannerAdverb(const std::string& x) {
  if (x.size() <= 4 || !x.ends_with("ly")) return false;
  const Lexicon& lex = Lexicon::Get();
  std::string stem = x.substr(0, x.size() - 2);
  if (lex.IsCommon(stem)) return true;
  if (x.ends_with("lly") && lex.IsCommon(x.substr(0, x.size() - 1))) return true;        // full-y
  if (x.ends_with("ily") && lex.IsCommon(x.substr(0, x.size() - 3) + "y")) return true;  // happ-ily
  return x.ends_with("bly") && lex.IsCommon(x.substr(0, x.size() - 1) + "e");            // probab-ly
}

// A word of a target as TargetWords reads it: folded, without the marks around it ("" when
// nothing is left), into *w (its buffer reused).
void TargetWordInto(std::string_view piece, std::string* w) {
  w->clear();
  text::FoldInto(piece, w);
  auto strip = [](char c) { return c == ',' || c == '.' || c == '"' || c == '\'' || c == ';' || c == ':'; };
  size_t e = w->size();
  while (e > 0 && strip((*w)[e - 1])) --e;
  size_t b = 0;
  while (b < e && strip((*w)[b])) ++b;
  if (e < w->size()) w->resize(e);
  if (b > 0) w->erase(0, b);
}

// Is the word n of s (counted as TargetWords counts them) written with a capital?
bool CapitalWord(std::string_view s, size_t n) {
  std::string w;
  for (size_t i = 0; i < s.size();) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t b = i;
    while (i < s.size() && s[i] != ' ') ++i;
    TargetWordInto(s.substr(b, i - b), &w);
    if (w.empty()) continue;
    if (n-- > 0) continue;
    for (size_t k = b; k < i; ++k)
      if (std::isalpha(static_cast<unsigned char>(s[k])))
        return std::isupper(static_cast<unsigned char>(s[k]));
    return false;
  }
  return false;
}

std::vector<std::string> TargetWords(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t b = i;
    while (i < s.size() && s[i] != ' ') ++i;
    std::string w;
    TargetWordInto(s.substr(b, i - b), &w);
    if (!w.empty()) out.push_back(std::move(w));
  }
  return out;
}

// TrimTarget; when `kept` is given, the words of the result as TargetWords reads them are
// appended to it (the pieces kept, each read once), and their facts to *kept_facts.
std::string Trim(std::string_view target, std::vector<std::string>* kept,
                 std::vector<WordFacts>* kept_facts) {
  // (the three vectors are the thread's, reused from one target to the next: most targets are
  // short, and their words' strings keep their buffers)
  thread_local std::vector<std::string_view> pieces_buffer;
  thread_local std::vector<std::string> words_buffer;
  thread_local std::vector<WordFacts> facts_buffer;
  std::vector<std::string_view>& pieces = pieces_buffer;
  std::vector<std::string>& words = words_buffer;
  std::vector<WordFacts>& facts = facts_buffer;
  pieces.clear();
  size_t i = 0;
  while (i < target.size()) {
    while (i < target.size() && target[i] == ' ') ++i;
    size_t b = i;
    while (i < target.size() && target[i] != ' ') ++i;
    if (i > b) pieces.push_back(target.substr(b, i - b));
  }
  // each piece's word as TargetWords reads it (a piece holds no space: one word or none),
  // folded once, and looked up once
  if (words.size() < pieces.size()) words.resize(pieces.size());
  facts.assign(pieces.size(), WordFacts());
  for (size_t k = 0; k < pieces.size(); ++k) {
    TargetWordInto(pieces[k], &words[k]);
    if (!words[k].empty()) facts[k] = FactsOf(words[k]);
  }
  auto closed = [&words, &facts](size_t k, bool front) {
    const std::string& w = words[k];
    if (w.empty()) return true;
    if (!(facts[k].stance & kClosed)) return false;
    if (front && w == "to") return false;  // "to materialize": an infinitive stays, and is refused
    // "if Lord Goldsmith had signed": a clause stays, and is refused
    if (front && facts[k].Subordinator()) return false;
    return !front || !(facts[k].classes & kDeterminer);
  };
  size_t a = 0, e = pieces.size();
  // "we support them fully", "I condemn them entirely": an object pronoun (as written) opening the
  // object is the object; the words after it are the verb's manner, no thing
  if (e > 1 && !words[0].empty() && (facts[0].Object() || words[0] == "it") &&
      !std::isupper(static_cast<unsigned char>(pieces[0][0])))
    e = 1;
  while (a < e && closed(a, true)) ++a;
  // "the IFF because of its legislative process", "X with penalties if it fails": a
  // subordinate clause after the thing is not part of it
  for (size_t k = a + 1; k < e; ++k) {
    if (!words[k].empty() && facts[k].Subordinator()) {
      e = k;
      break;
    }
  }
  // "this initial problem but I want to see a wider debate": a contrast that opens a clause (a
  // pronoun after it) ends the thing ("a small but significant change" goes on)
  for (size_t k = a + 1; k + 1 < e; ++k)
    if (!words[k].empty() && (facts[k].stance & kContrast) && !words[k + 1].empty() &&
        (facts[k + 1].classes & kPronoun) && !(facts[k + 1].classes & kDeterminer)) {
      e = k;
      break;
    }
  // "the show and let me gate crash", "a referendum granting him more power": an object pronoun
  // (as written: "US" is a country) after a word that is no function word is a verb's object; the
  // thing ends before that verb, when a word is kept before it ("urged voters to hold him to
  // account" proposes the whole of "hold him to account")
  for (size_t k = a + 2; k < e; ++k)
    if (!words[k].empty() && !words[k - 1].empty() && facts[k].Object() &&
        !std::isupper(static_cast<unsigned char>(pieces[k][0])) &&
        !(facts[k - 1].stance & (kClosed | kSelf)) && !(facts[k - 1].classes & (kPronoun | kDeterminer))) {
      e = k - 1;
      break;
    }
  // "this record and we": the speaker's own pronoun and a dangling conjunction end nothing
  auto self = [&words, &facts](size_t k) { return !words[k].empty() && (facts[k].stance & kSelf); };
  // a dash or other mark standing alone ends nothing either ("my team -")
  auto mark = [](std::string_view piece) {
    for (char ch : piece)
      if (std::isalnum(static_cast<unsigned char>(ch)) || (ch & 0x80)) return false;
    return true;
  };
  while (e > a && (closed(e - 1, false) || self(e - 1) || mark(pieces[e - 1]))) --e;
  // "The Post a number of times", "the plan this week": a time phrase after the thing ends it
  // (cut at the function word farthest back that opens it; RefusedTarget refuses what is left
  // when it still ends in a time: "at the outset", "comes just four months")
  auto period = [&words, &facts](size_t k) { return !words[k].empty() && facts[k].Period(); };
  // "the decision last night", "the plan next year": a word of time (claims_words.tsv's timeword,
  // "last", "next") opens the time phrase as a function word does
  auto opens_time = [&words, &facts, &closed](size_t k) {
    return closed(k, false) || (!words[k].empty() && (facts[k].classes & kTimeWord) && !facts[k].Period());
  };
  while (e > a + 1 && period(e - 1)) {
    size_t cut = e;
    for (size_t k = e - 1; k > a + 1 && e - k <= 4; --k)
      if (opens_time(k - 1)) cut = k - 1;
    if (cut == e || cut == a) break;
    e = cut;
    while (e > a && closed(e - 1, false)) --e;
  }
  // "drunken disorder - but only if ...", "a party called Veritas - Latin for truth": a dash standing
  // alone after the thing sets off an aside or an afterthought, no part of the name given; the
  // words read for refusing it (`kept`) still run to the end
  size_t shown = e;
  for (size_t k = a + 1; k < e; ++k)
    if (pieces[k] == "-" || pieces[k] == "--" || pieces[k] == "\xE2\x80\x93" || pieces[k] == "\xE2\x80\x94") {
      shown = k;
      while (shown > a + 1 && closed(shown - 1, false)) --shown;
      break;
    }
  std::string out;
  for (size_t k = a; k < shown; ++k) {
    if (!out.empty()) out += ' ';
    out += pieces[k];
  }
  // the marks dropped here are ones TargetWordInto strips: the kept pieces read as the result does
  while (!out.empty() && (out.back() == ',' || out.back() == ';' || out.back() == ':')) out.pop_back();
  for (size_t k = a; kept != nullptr && k < e; ++k)
    if (!words[k].empty()) {
      kept->push_back(std::move(words[k]));
      kept_facts->push_back(facts[k]);
    }
  return out;
}

// RefusedTarget of a target read as its words `w` (TargetWords) with their facts `f` (FactsOf).
std::string Refused(const std::vector<std::string>& w, const std::vector<WordFacts>& f,
                    const ClaimWordsCache& claim) {
  if (w.empty()) return "empty";
  auto is = [&f](size_t i, uint32_t cls) { return (f[i].classes & cls) != 0; };  // Lexicons::Is
  const size_t last = w.size() - 1;
  uint8_t head = f[0].stance;
  if ((head & kClosed) && !is(0, kDeterminer)) return "a fragment opening with a function word";
  if (f[last].stance & (kClosed | kSelf) || is(last, kPronoun)) return "a fragment ending in a function word";
  if ((head & kSelf) && !is(0, kDeterminer)) return "the speaker's own side";
  // "he thought", "they were": a subject pronoun opens a clause
  if (w.size() > 1 && is(0, kPronoun) && !is(0, kDeterminer)) return "a clause, not a noun phrase";
  // "You get huge confidence because Roger": a subordinate clause inside is no noun phrase
  for (size_t i = 1; i + 1 < w.size(); ++i)
    if (f[i].Subordinator()) return "a clause, not a noun phrase";
  // "defend the title she won last year", "attacking his backhand": a thing of a game is play
  // (after a determiner or alone: "tackle waste" is a verb's act, "match fixing" a thing of its own)
  size_t h = 0;
  while (h + 1 < w.size() && is(h, kDeterminer)) ++h;
  if (f[h].Game() && (h > 0 || w.size() == 1)) return "a thing of a game";
  // "at the outset", "the best time", "a great way to finish the year": a time, not a thing
  if (f[last].Period()) return "a time";
  // "What a great way", "more", "you": a word that names nothing by itself
  if ((w.size() == 1 || (w.size() == 2 && is(0, kDeterminer))) && f[last].Generic())
    return "a word that names nothing";
  for (size_t i = 0; i < w.size(); ++i) {
    const std::string& x = w[i];
    if ((f[i].stance & kFinite) || NegatedAux(x) || Contracted(x)) return "a clause, not a noun phrase";
    // "recognizing that returning to ...": a clause cut before its verb
    if (x == "that" && i > 0 && i + 1 < w.size() &&
        (is(i + 1, kDeterminer | kPronoun) || w[i + 1].ends_with("ing")))
      return "a clause cut before its verb";
  }
  // "I hope that Bafta voters will respond", "I worry that many young people are ...", "it was
  // because ... that Britain's economy was": a demonstrative "that" takes one bare noun; before
  // a pronoun, a quantifier, a possessive or a plural it opens a clause cut before its verb
  if (w[0] == "that" && w.size() > 1) {
    const std::string& n = w[1];
    auto plural = [](const std::string& x) {
      return x.size() > 3 && x.back() == 's' && !x.ends_with("ss") && !x.ends_with("us") &&
             !x.ends_with("is") && !x.ends_with("ws");
    };
    // (a possessor that is a common noun is the demonstrative's: "that country's nuclear programme")
    const bool named_owner = n.ends_with("'s") && !Lexicon::Get().IsCommon(n.substr(0, n.size() - 2));
    if (is(1, kPronoun | kDeterminer) || named_owner || MannerAdverb(n) || (w.size() > 2 && plural(w[last])))
      return "a clause cut before its verb";
  }
  if (w.size() == 1 && (is(0, kPronoun) || (f[0].stance & kSelf))) return "a pronoun";
  // "not defending properly", "backed it publicly or privately": a manner, no thing
  bool manner = true;
  for (const std::string& x : w) manner = manner && (MannerAdverb(x) || x == "or" || x == "and");
  if (manner) return "a manner, not a thing";
  // "... have been politically motivated or not": a negation alone names nothing
  if (w.size() == 1 && (f[0].stance & kNegator)) return "a negation";
  if (w.size() >= 5) {
    const std::vector<std::string>& c = claim.Words();
    size_t shared = 0;
    for (const std::string& x : c) shared += std::find(w.begin(), w.end(), x) != w.end();
    if (!c.empty() && shared * 5 >= c.size() * 4) return "the claim itself";
  }
  return {};
}

}  // namespace

std::string TrimTarget(std::string_view target) { return Trim(target, nullptr, nullptr); }

std::string RefusedTarget(std::string_view target, std::string_view claim_text) {
  const std::vector<std::string> w = TargetWords(target);
  std::vector<WordFacts> f;
  for (const std::string& x : w) f.push_back(FactsOf(x));
  return Refused(w, f, ClaimWordsCache(claim_text));
}

const std::vector<std::string>& ClaimWordsCache::Words() const {
  if (!read_) words_ = TargetWords(text), read_ = true;
  return words_;
}

std::string TrimAndRefuse(std::string* target, const ClaimWordsCache& claim, bool side) {
  std::vector<std::string> w;
  std::vector<WordFacts> f;
  *target = Trim(*target, &w, &f);
  std::string why = Refused(w, f, claim);
  if (why.empty() && side) {
    // the head: the word before the first closed-class word that is no determiner, or the last
    size_t h = 0;
    while (h + 1 < w.size() && !((f[h + 1].stance & kClosed) && !(f[h + 1].classes & kDeterminer))) ++h;
    // (a name is no quantity: "praised Price for securing the post")
    // (nor a transaction: "arms sales to Taiwan", "the supply of weapons")
    if (!w.empty() && f[h].Quantity() && !CapitalWord(*target, h) &&
        !(h + 1 < w.size() && f[h + 1].Transfer()))
      why = "a market quantity";
  }
  return why;
}

}  // namespace claimgraph::extract::claims
