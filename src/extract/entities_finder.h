// Rule-based mention finding: the MentionFinder and the word-shape helpers it shares
// with the passes after it. Private to src/extract/: entities.cc (sentences, labels,
// titles, roles), entities_chunk.cc (the names inside a chunk of capitalized words) and
// entities_passes.cc (the tagger and the passes over all mentions).
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/entities_internal.h"

namespace claimgraph::extract {

using text::Token;

// A capitalized word that can be part of a name: not "U.S.-made" or "Russian-born"
// (a hyphen before a lower-case part makes an adjective).
// (The common case inline: most tokens it is asked about are no capitalized word, or one of
// ASCII letters and digits only; IsCapWordSlow reads the others.)
bool IsCapWordSlow(std::string_view doc, const Token& t);
inline bool IsCapWordIn(std::string_view doc, const Token& t) {
  if (t.kind != text::kWord || !(t.capitalized || t.all_caps)) return false;
  return t.plain || IsCapWordSlow(doc, t);
}
inline bool IsCapWord(const TokenView& tv, const Token& t) { return IsCapWordIn(tv.text, t); }

SentenceShape ShapeOf(const TokenView& tv, const text::Sentence& s);
// "I'm", "You'd": a contraction is never part of a name.
bool IsContraction(std::string_view w);
// "R." or "D" in "(R., N.Y.)": the party of a member of Congress.
bool IsPartyLetter(std::string_view f);
// "R-Utah", "D-Ohio": a party and state tag, not a name.
bool IsPartyTag(std::string_view w);

// Finds the rule-based mentions of one document, in text order (Run).
class MentionFinder {
 public:
  MentionFinder(const TokenView& tv, const text::Segmented& seg) : tv_(tv), seg_(seg), lex_(Lexicon::Get()) {}

  std::vector<Mention> Run();
  // The roles of the people among `mentions` (Run's, with the model's added, in text order): the
  // title before a name the model found (the rules' have theirs from Run), and for every
  // person the roles stated after the name (RolesAfter).
  void Roles(std::vector<Mention>* mentions);
  // The shape of each sentence of the document, in order (after Run).
  const std::vector<SentenceShape>& Shapes() const { return shapes_; }

 private:
  void Sentence(const text::Sentence& s);

  // A transcript label at a paragraph start: one to three all-caps words and a colon,
  // after an optional title ("PENCE:", "JAKE TAPPER:", "PRESIDENT OBAMA:"). A one-word label is a surname: it
  // names the person the article names so (or a known person), else nothing ("UPDATE:"). A longer label is a
  // person when it reads as a name (a given name first, or no common word). Returns where mention finding
  // goes on (after the label when one was read).
  uint32_t SpeakerLabel(uint32_t i);

  // Counts one-word all-caps labels ("WALLACE:") at paragraph starts, by folded word.
  void CountLabels();

  // "One Club for Growth", "By the Associated Press": where a gazetteer name
  // ending the chunk [b, j) starts after sentence openers and function words
  // only, not after a connector ("University of Texas" stays whole); b when none.
  uint32_t GazetteerTail(uint32_t b, uint32_t j) const;

  // A sentence that is only an all-caps title and its period ("MR." of "MR. TRUMP:").
  bool LoneCapsTitle(const text::Sentence& s) const;

  uint32_t ChunkEnd(uint32_t i) const;

  // A name that opens with lower-case particles before the chunk [i, j) and after no
  // capitalized word: a gazetteer name ("al Qaeda", "bin Laden") or else a person
  // ("de Blasio", "Ms. de Lima"). Emits it and returns where the chunk goes on (i when
  // there is none); j grows when the gazetteer name runs past the chunk.
  uint32_t ParticleName(uint32_t i, uint32_t& j);

  // A country whose name is also a common word opens the sentence at k ("Turkey, a NATO member",
  // "Turkey on Sunday stormed", "US officials"), not a noun phrase ("Turkey sandwiches").
  bool CountryOpens(uint32_t k, const GazEntry& entry) const;

  // A lower-case particle at k before a capitalized word inside the chunk ending at j ("de Lima").
  bool ParticleBeforeName(uint32_t k, uint32_t j) const;

  // True when the token at k starts the sentence (only punctuation or quotes before it).
  bool AtSentenceStart(uint32_t k) const { return k == first_word_; }

  // A title run at k inside [k, limit): [Former] (modifier* title)+ or a courtesy.
  // Returns the end of the run (k when none); *role_b receives the role's first token.
  uint32_t TitleRun(uint32_t k, uint32_t limit, uint32_t* role_b, bool* courtesy) const;

  // A title run of any case at p ("top Democrat", "national chair"): its end, or p.
  // (country_inside: a country's name or demonym may stand inside the run, "chief US economist")
  uint32_t LooseTitleRun(uint32_t p, uint32_t limit, bool country_inside = true) const;

  // Roles stated after a person's name: an appositive ("Adam Schiff, the top
  // Democrat on ...") or "as" ("... Bill Bratton as commissioner", "X stepped
  // down as the party's national chair"), within the same sentence.
  void RolesAfter(std::vector<Mention>* mentions) const;
  // "Flint, Mich.", "HEMPSTEAD, N.Y.": the name that ends before token m (a comma) is followed by
  // a state's or country's name, and no person's title opens with it.
  bool BeforeRegion(uint32_t m) const;

  // Backward title search for a name starting at b: "press secretary Josh Earnest".
  void RoleBefore(Mention* m) const;

  void Emit(Mention m);

  bool IsCommonAt(uint32_t k) const { return tv_.info[k].common; }

  // The word at k is, alone, a title modifier ("Presidential", "National").
  bool IsTitleModifier(uint32_t k) const;

  // Tokens [b, e) name nothing; the model may not name them either.
  void Block(uint32_t b, uint32_t e);

  // Where a chunk [k, j) ending in a head word holds two names: the index of
  // the "and"/"of" between them, or k when it is one name.
  uint32_t SplitAt(uint32_t k, uint32_t j) const;

  // True when the word at k ends a full person name found shortly before (the
  // last 256 mentions: bounded work per sentence on long inputs).
  bool SurnameSeen(uint32_t k) const;

  // A word ending in a plural "s" ("Panthers", "Homeowners"), not "ss"/"us"/"is".
  bool LooksPlural(uint32_t k) const;
  // Does token k open the article's first lines before a dash and a word in mixed case
  // ("BRAINTREE - Residents")?
  bool DatelineWord(uint32_t k) const;
  // Is token k an "&" between two capitalized words ("Ernst & Young")?
  bool Ampersand(uint32_t k) const;
  // Does the "&" at k join two words of a firm's name ("Ernst & Young") whose name starts at
  // b, in a chunk ending at j: not two people's names, letters ("R & B") or a headline's words?
  bool FirmAmpersand(uint32_t b, uint32_t k, uint32_t j) const;
  // Is the place name [b, e) one side of a firm's name joined by "&" whose other side is no
  // gazetteer name ("Bradford & Bingley", "Alliance & Leicester")?
  bool PlaceInFirm(uint32_t b, uint32_t e) const;

  void Chunk(uint32_t i, uint32_t& j);
  // The steps of Chunk (entities_chunk.cc).
  bool HeadWordName(uint32_t& k, uint32_t j, bool person_next);
  void PersonAfterTitle(uint32_t& k, uint32_t j, const Mention& pending, bool& person_next);
  bool GazetteerName(uint32_t& k, uint32_t& j);

  // End of a person name starting at k inside a chunk ending at j: stops before
  // connectors (of/and), gazetteer-only words are allowed ("Marco Rubio").
  uint32_t PersonNameEnd(uint32_t k, uint32_t j) const;

  void Unknown(uint32_t k, uint32_t m);

  const TokenView& tv_;
  const text::Segmented& seg_;
  const Lexicon& lex_;
  std::vector<Mention> mentions_;
  // The full person names among mentions_ (a mention is never changed once found): each one's
  // index and last word, for SurnameSeen to scan instead of every mention.
  struct FullName {
    size_t index;
    std::string_view surname;
  };
  std::vector<FullName> full_names_;
  std::vector<SentenceShape> shapes_;  // Shapes()
  uint32_t sb_ = 0, se_ = 0, first_word_ = 0;
  bool caps_sentence_ = false;
  bool title_case_ = false;
  bool headline_paragraph_ = false;
  bool lede_paragraph_ = false;   // the sentence is in the article's first or second paragraph
  bool paragraph_start_ = false;  // the sentence opens its paragraph
  bool label_next_ = false;       // the sentence goes on a transcript label cut after its title
  std::unordered_map<std::string_view, int, WordHash> label_counts_;  // see CountLabels
};

}  // namespace claimgraph::extract
