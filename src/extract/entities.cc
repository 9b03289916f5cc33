// Entity recognition (stage 1): finds name mentions with gazetteers, titles and
// name-shape rules, resolves them into entities, and adds events.
//
// Mention finding works on "chunks": maximal runs of capitalized words in a
// sentence, with lower-case connectors ("of") and particles ("de") inside when a
// capitalized word follows. Inside a chunk, left to right: a title run
// ("Defense Secretary") makes the following name a person; a chunk ending in an
// organization or place head word ("... Committee", "... Building") is one
// name; gazetteer names match longest first; the remaining unknown words are
// classified by shape (given name, acronym, "in X", "X, <state>").
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "extract/entities_internal.h"
#include "extract/ner_model.h"
#include "extract/stages.h"
#include "text/chars.h"

namespace claimgraph::extract {
namespace {

using text::Token;

bool IsContraction(std::string_view w);
bool IsPartyTag(std::string_view w);

// A capitalized word that can be part of a name: not "U.S.-made" or "Russian-born"
// (a hyphen before a lower-case part makes an adjective).
bool IsCapWordIn(std::string_view doc, const Token& t) {
  if (t.kind != text::kWord || !(t.capitalized || t.all_caps)) return false;
  std::string_view w = t.Text(doc);
  if (IsContraction(w) || IsPartyTag(w)) return false;
  for (size_t i = w.find('-'); i != std::string_view::npos && i + 1 < w.size(); i = w.find('-', i + 1)) {
    if (w[i + 1] >= 'a' && w[i + 1] <= 'z') return false;
  }
  return true;
}

bool IsCapWord(const TokenView& tv, const Token& t) { return IsCapWordIn(tv.text, t); }

struct SentenceShape {
  uint32_t first_word;  // index of the first word token (s.last when none)
  bool caps;            // an all-caps headline or table line
  bool title_case;      // a title-case headline ("Hillary Clinton Was Headed to ER")
};

SentenceShape ShapeOf(const TokenView& tv, const text::Sentence& s) {
  SentenceShape shape{s.last, false, false};
  int caps = 0, words = 0;
  for (uint32_t i = s.first; i < s.last; ++i) {
    const Token& t = tv.tok(i);
    if (t.kind != text::kWord) continue;
    if (shape.first_word == s.last) shape.first_word = i;
    ++words;
    if (t.all_caps) ++caps;
  }
  shape.caps = caps >= 3 && caps * 10 >= words * 6;
  // Title case: most words capitalized, function words among them; or the
  // article's first line (its title) when nearly every word is capitalized.
  int capitalized = 0, function_caps = 0;
  for (uint32_t i = shape.first_word; i < s.last; ++i) {
    const Token& t = tv.tok(i);
    if (t.kind != text::kWord) continue;
    if (t.capitalized && !t.all_caps) {
      ++capitalized;
      if (i != shape.first_word && (tv.info[i].classes & kFunction)) ++function_caps;
    }
  }
  bool title_line = s.paragraph == 0 && capitalized * 10 >= words * 8;
  shape.title_case =
      !shape.caps && words >= 4 && capitalized * 10 >= words * 6 && (function_caps >= 1 || title_line);
  return shape;
}

// "I'm", "You'd": a contraction is never part of a name.
bool IsContraction(std::string_view w) {
  size_t a = w.rfind('\'');
  size_t c = w.rfind("\xE2\x80\x99");
  size_t p =
      a != std::string_view::npos ? a + 1 : (c != std::string_view::npos ? c + 3 : std::string_view::npos);
  if (p == std::string_view::npos || p >= w.size() || w.size() - p > 2) return false;
  for (size_t i = p; i < w.size(); ++i) {
    if (!(w[i] >= 'a' && w[i] <= 'z')) return false;
  }
  return true;
}

// "R." or "D" in "(R., N.Y.)": the party of a member of Congress.
bool IsPartyLetter(std::string_view f) { return f == "r." || f == "d." || f == "i." || f == "r" || f == "d"; }

// "R-Utah", "D-Ohio": a party and state tag, not a name.
bool IsPartyTag(std::string_view w) {
  return w.size() >= 3 && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') && w[1] == '-';
}

class MentionFinder {
 public:
  MentionFinder(const TokenView& tv, const text::Segmented& seg) : tv_(tv), seg_(seg), lex_(Lexicon::Get()) {}

  std::vector<Mention> Run() {
    CountLabels();
    uint32_t paragraph = UINT32_MAX;
    for (const auto& s : seg_.sentences) {
      paragraph_start_ = s.paragraph != paragraph;
      paragraph = s.paragraph;
      Sentence(s);
    }
    RolesAfter();
    return std::move(mentions_);
  }

 private:
  void Sentence(const text::Sentence& s) {
    sb_ = s.first;
    se_ = s.last;
    SentenceShape shape = ShapeOf(tv_, s);
    first_word_ = shape.first_word;
    caps_sentence_ = shape.caps;
    title_case_ = shape.title_case;
    headline_paragraph_ = s.paragraph == 0;
    uint32_t i = sb_;
    bool label_here = paragraph_start_ || label_next_;
    label_next_ = false;
    if (label_here) {
      // "MR. TRUMP:" that the segmenter cut after "MR.": the label goes on in the next sentence.
      if (LoneCapsTitle(s)) {
        Block(first_word_, first_word_ + 1);
        label_next_ = true;
        return;
      }
      i = SpeakerLabel(i);
    }
    while (i < se_) {
      if (!IsCapWord(tv_, tv_.tok(i))) {
        ++i;
        continue;
      }
      uint32_t j = ChunkEnd(i);
      Chunk(i, j);  // may extend j
      i = j;
    }
  }

  // A transcript label at a paragraph start: one to three all-caps words and a colon,
  // after an optional title ("PENCE:", "JAKE TAPPER:", "PRESIDENT OBAMA:"). A one-word label is a surname: it
  // names the person the article names so (or a known person), else nothing ("UPDATE:"). A longer label is a
  // person when it reads as a name (a given name first, or no common word). Returns where mention finding
  // goes on (after the label when one was read).
  uint32_t SpeakerLabel(uint32_t i) {
    uint32_t b = first_word_;
    if (b >= se_ || caps_sentence_) return i;
    uint32_t c = b;
    while (c < se_ && c - b < 4 && tv_.tok(c).kind == text::kWord && tv_.tok(c).all_caps) ++c;
    if (c == b || c >= se_ || tv_.Text(c) != ":") return i;
    // "PRESIDENT OBAMA:": the title is not part of the name.
    uint32_t rb;
    bool courtesy;
    uint32_t te = TitleRun(b, c, &rb, &courtesy);
    if (te > b && te < c) {
      Block(b, te);
      b = te;
    }
    if (c - b > 3) return i;
    for (uint32_t t = b; t < c; ++t) {
      if (tv_.folded[t].size() < 2 || IsPartyTag(tv_.Text(t))) return i;
    }
    Mention m;
    m.b = b;
    m.e = c;
    m.type = EntityType::kPerson;
    if (c - b == 1) {
      // A transcript speaks in turns: a label used twice that is no common word
      // ("WALLACE:") is a person even when the article never gives the full name;
      // otherwise it must name a person the article names ("UPDATE:" names nobody).
      auto it = label_counts_.find(tv_.folded[b]);
      m.deferred = IsCommonAt(b) || it == label_counts_.end() || it->second < 2;
    } else {
      std::string given(tv_.Text(b));
      for (size_t x = 1; x < given.size(); ++x)
        given[x] = static_cast<char>(std::tolower(static_cast<unsigned char>(given[x])));
      bool name = lex_.IsFirstName(given);
      if (!name) {
        name = true;
        for (uint32_t t = b; t < c; ++t) name = name && !IsCommonAt(t);
      }
      if (!name) {
        Block(b, c);
        return c + 1;
      }
    }
    Emit(m);
    return c + 1;
  }

  // Counts one-word all-caps labels ("WALLACE:") at paragraph starts, by folded word.
  void CountLabels() {
    uint32_t paragraph = UINT32_MAX;
    for (const auto& s : seg_.sentences) {
      bool start = s.paragraph != paragraph;
      paragraph = s.paragraph;
      if (!start) continue;
      uint32_t b = s.first;
      while (b < s.last && tv_.tok(b).kind != text::kWord) ++b;
      if (b + 1 < s.last && tv_.tok(b).all_caps && tv_.Text(b + 1) == ":") ++label_counts_[tv_.folded[b]];
    }
  }

  // "One Club for Growth", "By the Associated Press": where a gazetteer name
  // ending the chunk [b, j) starts after sentence openers and function words
  // only, not after a connector ("University of Texas" stays whole); b when none.
  uint32_t GazetteerTail(uint32_t b, uint32_t j) const {
    uint32_t payload = 0;
    if (lex_.names().MatchesExactly(tv_, b, j, &payload)) return b;
    for (uint32_t s = b; s + 1 < j; ++s) {
      bool opener = (tv_.info[s].classes & kFunction) || text::IsSentenceStarter(tv_.Text(s));
      if (!opener || (tv_.info[s].classes & kConnector) || tv_.info[s].first_name) return b;
      if (lex_.names().MatchesExactly(tv_, s + 1, j, &payload)) return s + 1;
    }
    return b;
  }

  // A sentence that is only an all-caps title and its period ("MR." of "MR. TRUMP:").
  bool LoneCapsTitle(const text::Sentence& s) const {
    uint32_t b = first_word_;
    if (b + 2 != s.last || !tv_.tok(b).all_caps || tv_.Text(b + 1) != ".") return false;
    std::string folded(tv_.folded[b]);
    folded.push_back('.');
    return lex_.titles().BucketOf(folded) >= 0;
  }

  uint32_t ChunkEnd(uint32_t i) const {
    uint32_t j = i + 1;
    while (j < se_) {
      const Token& t = tv_.tok(j);
      if (IsCapWord(tv_, t)) {
        ++j;
        continue;
      }
      // An ordinal inside a street name: "West 23rd Street".
      if (t.kind == text::kNumber && j + 1 < se_ && IsCapWord(tv_, tv_.tok(j + 1))) {
        std::string_view n = t.Text(tv_.text);
        if (n.size() >= 3 &&
            (n.ends_with("st") || n.ends_with("nd") || n.ends_with("rd") || n.ends_with("th")) &&
            (tv_.info[j + 1].classes & kPlaceHead)) {
          j += 2;
          continue;
        }
      }
      uint16_t c = tv_.info[j].classes;
      if ((c & (kConnector | kParticle)) && j + 1 < se_ && IsCapWord(tv_, tv_.tok(j + 1)) &&
          !(tv_.info[j + 1].classes & kNotName)) {
        j += 2;
        continue;
      }
      break;
    }
    return j;
  }

  // True when the token at k starts the sentence (only punctuation or quotes before it).
  bool AtSentenceStart(uint32_t k) const { return k == first_word_; }

  // A title run at k inside [k, limit): [Former] (modifier* title)+ or a courtesy.
  // Returns the end of the run (k when none); *role_b receives the role's first token.
  uint32_t TitleRun(uint32_t k, uint32_t limit, uint32_t* role_b, bool* courtesy) const {
    uint32_t p = k;
    *courtesy = false;
    if (p < limit && (tv_.folded[p] == "former" || tv_.folded[p] == "ex-")) ++p;
    *role_b = p;
    uint32_t end = k;
    while (p < limit) {
      auto m = lex_.titles().LongestAt(tv_, p, limit);
      if (m.len == 0) break;
      auto kind = static_cast<TitleKind>(m.payload);
      p += m.len;
      if (kind == TitleKind::kCourtesy) {
        *courtesy = true;
        end = p;
        break;
      }
      if (kind == TitleKind::kTitle) end = p;
    }
    return end;
  }

  // A title run of any case at p ("top Democrat", "national chair"): its end, or p.
  uint32_t LooseTitleRun(uint32_t p, uint32_t limit) const {
    uint32_t end = p;
    while (p < limit) {
      auto m = lex_.titles().LongestAt(tv_, p, limit);
      if (m.len == 0) break;
      auto kind = static_cast<TitleKind>(m.payload);
      if (kind == TitleKind::kCourtesy) break;
      p += m.len;
      if (kind == TitleKind::kTitle) end = p;
    }
    return end;
  }

  // Roles stated after a person's name: an appositive ("Adam Schiff, the top
  // Democrat on ...") or "as" ("... Bill Bratton as commissioner", "X stepped
  // down as the party's national chair"), within the same sentence.
  void RolesAfter() {
    std::vector<uint32_t> sentence_end(tv_.tokens->size(), 0);
    for (const auto& s : seg_.sentences) {
      for (uint32_t t = s.first; t < s.last; ++t) sentence_end[t] = s.last;
    }
    for (size_t mi = 0; mi < mentions_.size(); ++mi) {
      Mention& m = mentions_[mi];
      if (m.type != EntityType::kPerson || m.blocked) continue;
      uint32_t end = sentence_end[m.b];
      uint32_t next_person = end;
      for (size_t nj = mi + 1; nj < mentions_.size(); ++nj) {
        if (mentions_[nj].b >= end) break;
        if (mentions_[nj].type == EntityType::kPerson && !mentions_[nj].blocked) {
          next_person = mentions_[nj].b;
          break;
        }
      }
      uint32_t p = m.e;
      auto skip_det = [&](uint32_t q) {
        while (q < next_person &&
               (tv_.folded[q] == "the" || tv_.folded[q] == "a" || tv_.folded[q] == "an" ||
                tv_.folded[q] == "former" || tv_.folded[q] == "its" || tv_.folded[q] == "his" ||
                tv_.folded[q] == "her" || tv_.folded[q] == "their")) {
          ++q;
        }
        // "the party's": an owner before the title
        if (q + 2 < next_person && tv_.tok(q).kind == text::kWord && (tv_.folded[q + 1] == "'s")) q += 2;
        return q;
      };
      uint32_t rb = 0, re = 0;
      if (p + 1 < next_person && tv_.Text(p) == ",") {
        uint32_t q = skip_det(p + 1);
        uint32_t te = LooseTitleRun(q, next_person);
        if (te > q && (te >= end || tv_.tok(te).kind != text::kWord || tv_.folded[te] == "of" ||
                       tv_.folded[te] == "on" || tv_.folded[te] == "at" || tv_.folded[te] == "for" ||
                       tv_.folded[te] == "in" || tv_.folded[te] == "and" || tv_.folded[te] == "who")) {
          rb = q;
          re = te;
        }
      }
      if (re == 0) {
        for (uint32_t q = p; q + 1 < next_person && q < p + 10; ++q) {
          if (tv_.folded[q] != "as") continue;
          uint32_t r = skip_det(q + 1);
          uint32_t te = LooseTitleRun(r, next_person);
          if (te > r) {
            rb = r;
            re = te;
          }
          break;
        }
      }
      if (re > rb) {
        m.role2_b = rb;
        m.role2_e = re;
      }
    }
  }

  // Backward title search for a name starting at b: "press secretary Josh Earnest".
  void RoleBefore(Mention* m) const {
    uint32_t b = m->b;
    uint32_t best_s = b;
    uint32_t payload = 0;
    for (uint32_t len = 4; len >= 1; --len) {
      if (b < sb_ + len) continue;
      uint32_t s = b - len;
      if (lex_.titles().MatchesExactly(tv_, s, b, &payload) &&
          static_cast<TitleKind>(payload) != TitleKind::kModifier) {
        best_s = s;
        break;
      }
    }
    if (best_s == b) return;
    if (static_cast<TitleKind>(payload) == TitleKind::kCourtesy) {
      m->titled = m->courtesy = true;
      return;
    }
    bool lower = !tv_.tok(best_s).capitalized;
    // Extend left over modifiers of the same case style.
    while (best_s > sb_) {
      uint32_t p = best_s - 1;
      const Token& t = tv_.tok(p);
      if (t.kind != text::kWord || t.capitalized != !lower) break;
      uint32_t pl = 0;
      if (!lex_.titles().MatchesExactly(tv_, p, p + 1, &pl) ||
          static_cast<TitleKind>(pl) != TitleKind::kModifier)
        break;
      best_s = p;
    }
    m->role_b = best_s;
    m->role_e = b;
    m->titled = true;
    if (best_s > sb_) {
      uint32_t d = 0;
      for (uint32_t len = 1; len <= 2 && best_s >= sb_ + len; ++len) {
        if (lex_.demonyms().MatchesExactly(tv_, best_s - len, best_s, &d)) {
          m->country_gaz = static_cast<int32_t>(d);
          break;
        }
      }
    }
  }

  void Emit(Mention m) {
    if (m.e <= m.b) return;
    m.headline = title_case_ || headline_paragraph_;
    if (m.type == EntityType::kPerson && m.role_e == 0 && !m.courtesy) RoleBefore(&m);
    mentions_.push_back(m);
  }

  bool IsCommonAt(uint32_t k) const { return tv_.info[k].common; }

  // The word at k is, alone, a title modifier ("Presidential", "National").
  bool IsTitleModifier(uint32_t k) const {
    uint32_t payload = 0;
    return lex_.titles().MatchesExactly(tv_, k, k + 1, &payload) &&
           static_cast<TitleKind>(payload) == TitleKind::kModifier;
  }

  // Tokens [b, e) name nothing; the model may not name them either.
  void Block(uint32_t b, uint32_t e) {
    Mention m;
    m.b = b;
    m.e = e;
    m.blocked = true;
    mentions_.push_back(m);
  }

  // Where a chunk [k, j) ending in a head word holds two names: the index of
  // the "and"/"of" between them, or k when it is one name.
  uint32_t SplitAt(uint32_t k, uint32_t j) const {
    uint16_t last = tv_.info[j - 1].classes;
    if (!(last & (kOrgHead | kPlaceHead))) return k;  // "Chelsea and Bill": no name ends in "Bill"
    bool place_end = (last & kPlaceHead) && !(last & (kOrgHead | kThingHead));
    for (uint32_t x = k + 1; x + 1 < j; ++x) {
      std::string_view f = tv_.folded[x];
      uint16_t before = tv_.info[x - 1].classes;
      if (f == "and") {
        if (before & (kOrgHead | kPlaceHead)) return x;
        // A whole gazetteer name, and no longer one across the "and" ("Trinidad and Tobago").
        uint32_t payload = 0;
        if (lex_.names().MatchesExactly(tv_, k, x, &payload) &&
            lex_.names().LongestAt(tv_, k, se_).len == x - k)
          return x;
      } else if (f == "of" && place_end && !(before & (kOrgHead | kPlaceHead | kThingHead)) && x - k >= 2 &&
                 tv_.info[k].first_name) {
        return x;
      }
    }
    return k;
  }

  // True when the word at k ends a full person name found shortly before (the
  // last 256 mentions: bounded work per sentence on long inputs).
  bool SurnameSeen(uint32_t k) const {
    size_t n = 0;
    for (auto it = mentions_.rbegin(); it != mentions_.rend() && n < 256; ++it, ++n) {
      if (it->type == EntityType::kPerson && !it->deferred && !it->blocked && it->e - it->b >= 2 &&
          tv_.folded[it->e - 1] == tv_.folded[k]) {
        return true;
      }
    }
    return false;
  }

  // A word ending in a plural "s" ("Panthers", "Homeowners"), not "ss"/"us"/"is".
  bool LooksPlural(uint32_t k) const {
    std::string_view f = tv_.folded[k];
    if (f.size() < 4 || f.back() != 's') return false;
    char c = f[f.size() - 2];
    return c != 's' && c != 'u' && c != 'i' && c != '\'';
  }

  void Chunk(uint32_t i, uint32_t& j) {
    uint32_t k = i;
    bool person_next = false;
    Mention pending;  // role and country for the next person name
    while (k < j) {
      const Token& t = tv_.tok(k);
      std::string_view w = t.Text(tv_.text);
      uint16_t cls = tv_.info[k].classes;
      if (!IsCapWord(tv_, t)) {  // a connector or particle that no name claimed
        ++k;
        continue;
      }
      if (w == "The" || w == "THE") {
        ++k;
        continue;
      }
      // "Department of Justice", "Roper Center for Public Opinion Research": an
      // organization head before "of"/"for" makes the whole chunk one name.
      if (!person_next && !title_case_ && j - k >= 3) {
        uint32_t h = k;
        // Not "and": "Fox News and MSNBC" are two names ("News & World Report" is one).
        while (h + 2 < j && !((tv_.info[h].classes & kOrgHead) && (tv_.info[h + 1].classes & kConnector) &&
                              !IsCapWord(tv_, tv_.tok(h + 1)) && tv_.folded[h + 1] != "and")) {
          ++h;
        }
        if (h + 2 < j && lex_.titles().LongestAt(tv_, k, j).len == 0) {
          Mention m;
          m.b = GazetteerTail(k, j);
          m.e = j;
          m.type = EntityType::kOrganization;
          auto g = lex_.names().LongestAt(tv_, m.b, j);
          if (g.len == j - m.b) {
            m.gaz = static_cast<int32_t>(g.payload);
            m.type = lex_.entries()[g.payload].type;
          }
          Emit(m);
          k = j;
          continue;
        }
      }
      // A chunk ending in a head word is one organization or place name, unless it is a
      // given name and a surname that happens to be a head word ("Vincent Cable", "Tony Banks").
      bool given_and_surname = j - k == 2 && tv_.info[k].first_name && !tv_.info[k].common &&
                               tv_.info[k].bucket[0] < 0 && !(tv_.info[k].classes & (kOrgHead | kPlaceHead));
      if (!person_next && j - k >= 2 && !given_and_surname) {
        uint16_t last = tv_.info[j - 1].classes;
        if (last & (kOrgHead | kPlaceHead | kThingHead)) {
          uint32_t start = k;
          // Two names in one chunk: "Warner Bros. Theater Ventures and Langley Park
          // Productions", "Albany and New York City" (a head word or a whole
          // gazetteer name before "and"); "Henry Siegel of New York City" (a
          // place after "of" a name that is no head). The left part is read as a
          // chunk of its own.
          uint32_t split = SplitAt(k, j);
          if (split > k && !title_case_) {
            uint32_t left_end = split;
            Chunk(k, left_end);
            k = split + 1;
            continue;
          }
          if (title_case_) {
            start = j >= k + 3 ? j - 3 : k;  // j - 3 would wrap below zero for a short chunk
            while (start + 1 < j && tv_.info[start].common && !(tv_.info[start].classes & kOrgHead) &&
                   tv_.info[start].bucket[0] < 0) {
              ++start;
            }
          }
          // "Despite ..." at the sentence start is not part of the name.
          if (AtSentenceStart(start) && j - start > 2 && text::IsSentenceStarter(tv_.Text(start))) {
            ++start;
            while (start + 1 < j && !IsCapWord(tv_, tv_.tok(start))) ++start;  // "But the ..."
          }
          start = GazetteerTail(start, j);
          Mention m;
          m.b = start;
          m.e = j;
          auto g = lex_.names().LongestAt(tv_, start, j);
          if (g.len == j - start) {
            m.gaz = static_cast<int32_t>(g.payload);
            m.type = lex_.entries()[g.payload].type;
            Emit(m);
          } else if (!(last & kThingHead)) {
            m.type = (last & kOrgHead) ? EntityType::kOrganization : EntityType::kPlace;
            Emit(m);
          }
          k = j;
          continue;
        }
      }
      // Title run.
      uint32_t role_b = k;
      bool courtesy = false;
      uint32_t te = TitleRun(k, j, &role_b, &courtesy);
      // "Republican National Committee Chairman X": a longer gazetteer name ending in a
      // head word wins over the title.
      if (te > k) {
        auto g = lex_.names().LongestAt(tv_, k, j);
        if (g.len > te - k && (tv_.info[k + g.len - 1].classes & (kOrgHead | kPlaceHead))) te = k;
      }
      if (te > k && te < j && IsCapWord(tv_, tv_.tok(te))) {
        pending = Mention();
        pending.titled = true;
        pending.courtesy = courtesy;
        if (!courtesy) {
          pending.role_b = role_b;
          pending.role_e = te;
        }
        if (k > i) {  // a demonym right before the title
          uint32_t d = 0;
          if (lex_.demonyms().MatchesExactly(tv_, k - 1, k, &d))
            pending.country_gaz = static_cast<int32_t>(d);
        }
        person_next = true;
        k = te;
        continue;
      }
      // Demonym before a title: not an entity.
      auto dm = lex_.demonyms().LongestAt(tv_, k, j);
      if (dm.len > 0) {
        uint32_t rb;
        bool c;
        uint32_t after = k + dm.len;
        if (after < j && TitleRun(after, j, &rb, &c) > after) {
          k = after;
          continue;
        }
        // A region's demonym names the region ("European troops" -> Europe); a
        // country's demonym names no entity.
        if (lex_.entries()[dm.payload].type == EntityType::kPlace && !person_next && !caps_sentence_) {
          Mention m;
          m.b = k;
          m.e = after;
          m.gaz = static_cast<int32_t>(dm.payload);
          m.type = EntityType::kPlace;
          Emit(m);
          k = after;
          continue;
        }
      }
      if (person_next) {
        uint32_t m_end = PersonNameEnd(k, j);
        // "Republican Indiana Gov. Mike Pence": a place between two titles is no name.
        if (m_end < j) {
          auto g = lex_.names().LongestAt(tv_, k, j);
          uint32_t rb3;
          bool c3;
          if (g.len == m_end - k && lex_.entries()[g.payload].type != EntityType::kPerson &&
              TitleRun(m_end, j, &rb3, &c3) > m_end) {
            person_next = false;
            continue;
          }
        }
        uint32_t rb2;
        bool c2;
        // "Mr. President"; "General Election": a title before a word that names an event or a thing.
        bool thing = m_end == k + 1 &&
                     ((tv_.info[k].event_classes & kEventHead) || (tv_.info[k].classes & kThingHead));
        // "Republican Presidential candidate": a lone title modifier is no name.
        if (m_end == k + 1 && IsTitleModifier(k)) thing = true;
        if (thing || TitleRun(k, m_end, &rb2, &c2) >= m_end) {
          person_next = false;
          k = m_end;
          continue;
        }
        Mention m = pending;
        m.b = k;
        m.e = m_end;
        m.type = EntityType::kPerson;
        Emit(m);
        person_next = false;
        k = m_end;
        continue;
      }
      // Gazetteer; a name may run past the chunk ("Washington, D.C.").
      auto g = lex_.names().LongestAt(tv_, k, se_);
      if (k + g.len > j) j = k + g.len;
      if (g.len > 0) {
        const GazEntry& entry = lex_.entries()[g.payload];
        bool skip = false;
        if (g.len == 1 && IsCommonAt(k) && (AtSentenceStart(k) || caps_sentence_)) skip = true;
        // "(R., N.Y.)": the state in a party label is the member's seat, not a place the text is about.
        if (k >= sb_ + 3 && tv_.Text(k - 1) == "," && tv_.Text(k - 3) == "(" &&
            IsPartyLetter(tv_.folded[k - 2])) {
          Block(k, k + g.len);
          k += g.len;
          continue;
        }
        // "Chelsea Clinton", "Chad Bown": a place that is also a given name, before a
        // surname-like word (capitalized, no common word, no head, title or demonym,
        // no plural: "Dallas Cowboys" is a team; a surname in -s is lost).
        if (g.len == 1 && entry.type != EntityType::kPerson && tv_.info[k].first_name && k + 1 < j &&
            IsCapWord(tv_, tv_.tok(k + 1)) && !tv_.tok(k + 1).all_caps &&
            lex_.names().LongestAt(tv_, k + 1, j).len == 0 && !IsCommonAt(k + 1) &&
            !(tv_.info[k + 1].classes & (kOrgHead | kPlaceHead | kThingHead | kNotName)) &&
            tv_.info[k + 1].bucket[1] < 0 && tv_.info[k + 1].bucket[2] < 0 && !LooksPlural(k + 1)) {
          uint32_t m_end = PersonNameEnd(k, j);
          Mention m;
          m.b = k;
          m.e = m_end;
          m.type = EntityType::kPerson;
          Emit(m);
          k = m_end;
          continue;
        }
        if (!skip) {
          Mention m;
          m.b = k;
          m.e = k + g.len;
          m.gaz = static_cast<int32_t>(g.payload);
          m.type = entry.type;
          // "Obama administration"
          Emit(m);
          k += g.len;
          continue;
        }
        ++k;
        continue;
      }
      if ((cls & kNotName) || (title_case_ && tv_.info[k].common && !tv_.info[k].first_name)) {
        ++k;
        continue;
      }
      // Unknown words: up to the next gazetteer name, title or not-name word.
      uint32_t m_end = k + 1;
      while (m_end < j) {
        const Token& u = tv_.tok(m_end);
        if (!IsCapWord(tv_, u)) {
          if ((tv_.info[m_end].classes & kParticle) && m_end + 1 < j) {
            ++m_end;
            continue;
          }
          break;
        }
        if ((tv_.info[m_end].classes & kNotName) && !(m_end == k + 1 && tv_.info[k].first_name)) break;
        if (title_case_ && tv_.info[m_end].common && !tv_.info[m_end].first_name) break;
        if (lex_.names().LongestAt(tv_, m_end, j).len > 0 && !tv_.info[k].first_name) break;
        uint32_t rb;
        bool c;
        if (TitleRun(m_end, j, &rb, &c) > m_end) break;
        ++m_end;
      }
      Unknown(k, m_end);
      k = m_end;
    }
  }

  // End of a person name starting at k inside a chunk ending at j: stops before
  // connectors (of/and), gazetteer-only words are allowed ("Marco Rubio").
  uint32_t PersonNameEnd(uint32_t k, uint32_t j) const {
    uint32_t e = k + 1;
    while (e < j) {
      const Token& u = tv_.tok(e);
      uint16_t c = tv_.info[e].classes;
      if (!IsCapWord(tv_, u)) {
        if ((c & kParticle) && e + 1 < j) {
          ++e;
          continue;
        }
        break;
      }
      if ((c & kOrgHead) || ((c & kNotName) && !(e == k + 1 && tv_.info[k].first_name))) break;
      if (e - k >= 4) break;
      uint32_t rb;
      bool courtesy;
      uint32_t te = TitleRun(e, j, &rb, &courtesy);
      if (te > e && te < j && IsCapWord(tv_, tv_.tok(te))) break;  // "Indiana Gov. Mike Pence": a new title
      ++e;
    }
    return e;
  }

  void Unknown(uint32_t k, uint32_t m) {
    // Sentence-initial common words are not names ("Despite", "Additionally").
    // A common word that is the surname of a person named before stays ("Pence said").
    while (k < m && AtSentenceStart(k) && IsCommonAt(k) && !tv_.info[k].first_name && !SurnameSeen(k)) ++k;
    if (k >= m) return;
    if (caps_sentence_) return;
    // "Staff Blake Wolf": common words before a given name are not part of the name.
    for (uint32_t p = k + 1; p + 1 < m; ++p) {
      if (tv_.info[p].first_name && IsCommonAt(k)) {
        bool all_common = true;
        for (uint32_t x = k; x < p; ++x) all_common = all_common && IsCommonAt(x) && !tv_.info[x].first_name;
        if (all_common) {
          k = p;
          break;
        }
      }
    }
    const Token& t = tv_.tok(k);
    uint32_t n = m - k;
    // A lone title or title modifier ("General" after "the Attorney") names nobody by
    // itself, unless it is the surname of a person named before ("Judge" after "Patty Judge").
    if (n == 1 && !SurnameSeen(k)) {
      uint32_t rb;
      bool c;
      if (TitleRun(k, m, &rb, &c) >= m || IsTitleModifier(k)) {
        // Only a surname of someone named later ("Pope" before "Amy Pope"): never
        // titled by the title before it, and the model may still read a longer name.
        Mention lone;
        lone.b = k;
        lone.e = m;
        lone.deferred = true;
        lone.headline = title_case_ || headline_paragraph_;
        mentions_.push_back(lone);
        return;
      }
    }
    // A lone initial ("D." in "(D., Va.)") or a name suffix ("Jr." after "Buckley,") names nothing alone.
    if (n == 1) {
      std::string_view f = tv_.folded[k];
      if ((f.size() == 2 && f[1] == '.') || f == "jr." || f == "sr." || f == "jr" || f == "sr") {
        Block(k, m);
        return;
      }
    }
    Mention mm;
    mm.b = k;
    mm.e = m;
    // "NBC's Dante Chinni": a name owned by an organization just before it is a
    // person (a reporter, an official), never the organization or a place.
    bool org_owner = false;
    if (k >= sb_ + 2 && (tv_.folded[k - 1] == "'s" || tv_.folded[k - 1] == "'") &&
        !mentions_.empty()) {  // "Reuters' X"
      const Mention& owner = mentions_.back();
      org_owner = owner.e == k - 1 && owner.type == EntityType::kOrganization;
    }
    // "Obama administration"
    if (m < se_ && (tv_.info[m].classes & kOrgSuffix)) {
      Mention org;
      org.b = k;
      org.e = m + 1;
      org.type = EntityType::kOrganization;
      Emit(org);
      mm.type = EntityType::kPerson;
      mm.deferred = true;
      Emit(mm);
      return;
    }
    bool locative = k > sb_ && (tv_.info[k - 1].classes & kLocative);
    // "Port St. Lucie", "Fort Wayne"
    if (n >= 2 && (tv_.info[k].classes & kPlacePrefix) && !tv_.info[k + 1].common) {
      mm.type = EntityType::kPlace;
      Emit(mm);
      return;
    }
    // "Flint, Mich." / "HEMPSTEAD, N.Y.": a name before a comma and a state or country.
    bool before_region = false;
    if (m + 1 < se_ && tv_.Text(m) == ",") {
      auto g = lex_.names().LongestAt(tv_, m + 1, se_);
      if (g.len > 0) {
        auto type = lex_.entries()[g.payload].type;
        before_region = type == EntityType::kPlace || type == EntityType::kCountry;
      }
    }
    if (n >= 2) {
      bool all_uncommon = true;
      for (uint32_t x = k; x < m; ++x) {
        if (IsCommonAt(x) || lex_.demonyms().LongestAt(tv_, x, x + 1).len) all_uncommon = false;
      }
      if (tv_.info[k].first_name || all_uncommon) {
        if ((before_region || locative) && !tv_.info[k].first_name) {
          mm.type = EntityType::kPlace;
        } else {
          mm.type = EntityType::kPerson;
          mm.guessed = !tv_.info[k].first_name && !org_owner;
        }
        Emit(mm);
      }
      return;
    }
    bool common = IsCommonAt(k);
    if (before_region && !common) {
      mm.type = EntityType::kPlace;
      Emit(mm);
      return;
    }
    if (t.all_caps && !common) {
      size_t letters = 0;
      for (char c : t.Text(tv_.text)) letters += (c >= 'A' && c <= 'Z');
      bool hyphen = t.Text(tv_.text).find('-') != std::string_view::npos;  // "R-IN"
      if (letters >= 3 && letters <= 6 && !hyphen) {
        mm.type = EntityType::kOrganization;
        Emit(mm);
        return;
      }
    }
    if (locative && !common) {  // "in Flint", unless it names a person ("in Machado's case")
      mm.type = EntityType::kPerson;
      mm.deferred = true;
      mm.has_fallback = true;
      mm.fallback = EntityType::kPlace;
      Emit(mm);
      return;
    }
    mm.type = EntityType::kPerson;
    // "Dole said": a lone name before a verb of saying is a person even when
    // no fuller name was seen.
    mm.deferred =
        !(m < se_ && (tv_.info[m].classes & kSpeech) && !common && !(tv_.info[k].classes & kNotName));
    Emit(mm);
  }

  const TokenView& tv_;
  const text::Segmented& seg_;
  const Lexicon& lex_;
  std::vector<Mention> mentions_;
  uint32_t sb_ = 0, se_ = 0, first_word_ = 0;
  bool caps_sentence_ = false;
  bool title_case_ = false;
  bool headline_paragraph_ = false;
  bool paragraph_start_ = false;  // the sentence opens its paragraph
  bool label_next_ = false;       // the sentence goes on a transcript label cut after its title
  std::unordered_map<std::string_view, int, WordHash> label_counts_;  // see CountLabels
};

}  // namespace

namespace {

bool IsCommonWord(const Lexicon& lex, const TokenView& tv, uint32_t t) { return tv.info[t].common; }

// Adds the model's names where the rules found nothing: a model span that
// overlaps no rule mention becomes a mention (PER -> person, ORG ->
// organization, LOC -> place, or country when the gazetteer says so).
void AddModelMentions(const TokenView& tv, const text::Segmented& seg, std::vector<Mention>* mentions) {
  const NerModel* model = NerModel::Get();
  if (model == nullptr) return;
  const Lexicon& lex = Lexicon::Get();
  // covered: 1 = a rule mention, 2 + index = a deferred lone word the model may confirm or retype.
  std::vector<uint32_t> covered(tv.tokens->size(), 0);
  std::vector<int32_t> guessed_at(tv.tokens->size(), -1);  // first token of a guessed person -> mention
  for (size_t mi = 0; mi < mentions->size(); ++mi) {
    const Mention& m = (*mentions)[mi];
    if (m.guessed) guessed_at[m.b] = static_cast<int32_t>(mi);
    for (uint32_t t = m.b; t < m.e; ++t) covered[t] = m.deferred ? static_cast<uint32_t>(2 + mi) : 1;
    for (uint32_t t = m.role_b; t < m.role_e; ++t) covered[t] = 1;
  }
  std::vector<uint8_t> drop(mentions->size(), 0);
  // Words that name a person the rules found ("Putin" after "President Putin"):
  // the model may not retype them.
  std::unordered_set<std::string_view> person_words;
  for (const Mention& m : *mentions) {
    if (m.type == EntityType::kPerson && !m.deferred && !m.blocked) {
      for (uint32_t t = m.b; t < m.e; ++t) person_words.insert(tv.folded[t]);
    }
  }
  auto names_person = [&](uint32_t t) { return person_words.count(tv.folded[t]) > 0; };
  std::vector<std::string_view> words;
  std::vector<Mention> added;
  for (const auto& s : seg.sentences) {
    // The model is slow next to the rules: run it only on sentences with a
    // capitalized word the rules left unexplained.
    bool open = false;
    uint32_t first_word = s.last;
    for (uint32_t i = s.first; i < s.last && !open; ++i) {
      const text::Token& t = tv.tok(i);
      if (t.kind != text::kWord) continue;
      if (first_word == s.last) first_word = i;
      if (!(t.capitalized || t.all_caps) || covered[i] == 1) continue;
      const TokenInfo& info = tv.info[i];
      if (info.classes & kNotName) continue;
      if (i == first_word && info.common) continue;
      if (info.bucket[1] >= 0) continue;  // a title word
      open = true;
    }
    if (!open || ShapeOf(tv, s).title_case) continue;
    words.clear();
    for (uint32_t i = s.first; i < s.last; ++i) words.push_back(tv.Text(i));
    std::vector<NerLabel> labels = model->Tag(words);
    for (uint32_t i = 0; i < labels.size();) {
      NerLabel l = labels[i];
      if (l != NerLabel::kBPer && l != NerLabel::kBOrg && l != NerLabel::kBLoc) {
        ++i;
        continue;
      }
      uint32_t j = i + 1;
      while (j < labels.size() && labels[j] == static_cast<NerLabel>(static_cast<int>(l) + 1)) ++j;
      uint32_t b = s.first + i, e = s.first + j;
      i = j;
      // A name the rules called a person by shape alone, that the model calls an
      // organization or place with the same span ("Wells Fargo").
      if (guessed_at[b] >= 0 && l != NerLabel::kBPer) {
        Mention& gm = (*mentions)[guessed_at[b]];
        if (gm.e == e) {
          gm.type = l == NerLabel::kBOrg ? EntityType::kOrganization : EntityType::kPlace;
          gm.guessed = false;
          gm.role_b = gm.role_e = gm.role2_b = gm.role2_e = 0;
          continue;
        }
      }
      bool overlap = false;
      std::vector<uint32_t> deferred;
      for (uint32_t t = b; t < e; ++t) {
        if (covered[t] == 1)
          overlap = true;
        else if (covered[t] >= 2)
          deferred.push_back(covered[t] - 2);
      }
      if (overlap) continue;
      // A lone word the model tags alone: confirmed, typed as the model says.
      if (deferred.size() == 1 && e - b == 1) {
        Mention& dm = (*mentions)[deferred[0]];
        if (dm.b == b && dm.e == e) {
          if (IsCommonWord(lex, tv, b) || names_person(b)) continue;
          if (l != NerLabel::kBPer && tv.info[b].first_name) continue;
          if (l == NerLabel::kBPer && !(e < s.last && (tv.info[e].classes & kSpeech))) continue;
          dm.deferred = false;
          dm.from_model = true;
          dm.type = l == NerLabel::kBPer   ? EntityType::kPerson
                    : l == NerLabel::kBOrg ? EntityType::kOrganization
                                           : EntityType::kPlace;
          continue;
        }
      }
      for (uint32_t d : deferred) drop[d] = 1;
      // Not names: lower-case starts, months and weekdays.
      if (!tv.tok(b).capitalized && !tv.tok(b).all_caps) continue;
      if (e - b == 1 && (tv.info[b].classes & kNotName)) continue;
      if (tv.info[e - 1].classes & kThingHead) continue;  // "Affordable Care Act"
      if (e - b == 1 && (IsCommonWord(lex, tv, b) || names_person(b))) continue;
      if (e - b == 1 && l != NerLabel::kBPer && tv.info[b].first_name)
        continue;  // "Sandra" is no organization
      uint32_t dem = 0;
      if (lex.demonyms().MatchesExactly(tv, b, e, &dem)) continue;  // "Russian"
      // A lone word the model alone calls a person is too often a thing ("Obamacare").
      bool speaks = e < s.last && (tv.info[e].classes & kSpeech);
      if (e - b == 1 && l == NerLabel::kBPer && !speaks) continue;
      bool letters_ok = true;  // table headers: "W L PCT"; lower-case words inside ("Hofstra wasn't Stein")
      for (uint32_t t = b; t < e; ++t) {
        const text::Token& u = tv.tok(t);
        letters_ok =
            letters_ok && tv.Text(t).size() >= 2 && !IsContraction(tv.Text(t)) && !IsPartyTag(tv.Text(t));
        if (u.kind == text::kWord && !u.capitalized && !u.all_caps &&
            !(tv.info[t].classes & (kConnector | kParticle))) {
          letters_ok = false;
        }
        if (u.kind != text::kWord && u.kind != text::kNumber && tv.Text(t) != "&" && tv.Text(t) != ".")
          letters_ok = false;
      }
      if (!letters_ok) continue;
      // "Sanders Has Advantage", "Who Called For Internment": a function word is in no
      // person's name, except as a given name before a surname ("Will Doyle").
      if (l == NerLabel::kBPer) {
        bool function_word = e - b != 2 && (tv.info[b].classes & kFunction);
        for (uint32_t t = b + 1; t < e; ++t)
          function_word = function_word || (tv.info[t].classes & kFunction);
        if (function_word) continue;
      }
      Mention m;
      m.b = b;
      m.e = e;
      m.from_model = true;
      if (l == NerLabel::kBPer) {
        m.type = EntityType::kPerson;
      } else if (l == NerLabel::kBOrg) {
        m.type = EntityType::kOrganization;
      } else {
        m.type = EntityType::kPlace;
      }
      added.push_back(m);
    }
  }
  size_t w = 0;
  for (size_t mi = 0; mi < mentions->size(); ++mi) {
    if (!drop[mi]) (*mentions)[w++] = (*mentions)[mi];
  }
  mentions->resize(w);
  if (added.empty()) return;
  mentions->insert(mentions->end(), added.begin(), added.end());
  std::stable_sort(mentions->begin(), mentions->end(),
                   [](const Mention& a, const Mention& b) { return a.b < b.b; });
}

}  // namespace

// Results tables and score lines ("Chicago 75 61 .551", "Surrey 310 , Kent 250"):
// a place right before a score is a team, an organization.
void RetypeTeams(const TokenView& tv, const text::Segmented& seg, std::vector<Mention>* mentions) {
  std::vector<uint16_t> numbers_in(seg.sentences.size(), 0);
  std::vector<uint32_t> sentence_of(tv.tokens->size(), 0);
  for (size_t si = 0; si < seg.sentences.size(); ++si) {
    const auto& s = seg.sentences[si];
    for (uint32_t t = s.first; t < s.last; ++t) {
      sentence_of[t] = static_cast<uint32_t>(si);
      if (tv.tok(t).kind == text::kNumber) ++numbers_in[si];
    }
  }
  for (Mention& m : *mentions) {
    if (m.type != EntityType::kPlace && m.type != EntityType::kCountry) continue;
    uint32_t si = sentence_of[m.b];
    if (numbers_in[si] < 2 || m.e >= seg.sentences[si].last) continue;
    const text::Token& next = tv.tok(m.e);
    if (next.kind != text::kNumber) continue;
    std::string_view n = tv.Text(m.e);
    if (n.find('-') != std::string_view::npos || n.size() > 4) continue;  // a date, not a score
    m.type = EntityType::kOrganization;
    m.gaz = -1;
  }
}

// A person name read in a title-case headline often carries headline words
// ("Mike Pence Calls for ...", "Says Clinton Is In"): when the article names
// the person outside its headline, the headline mention is cut to that name
// (the longest full name the body uses inside it, else the body's surname with
// the given names before it).
void TrimHeadlineNames(const TokenView& tv, std::vector<Mention>* mentions) {
  std::unordered_set<std::string> full_names;               // folded, space-joined, two words or more
  std::unordered_set<std::string_view, WordHash> surnames;  // folded last words
  for (const Mention& m : *mentions) {
    if (m.type != EntityType::kPerson || m.headline || m.blocked || m.deferred || m.guessed || m.e - m.b < 2)
      continue;
    std::string full;
    for (uint32_t t = m.b; t < m.e; ++t) {
      if (t > m.b) full += ' ';
      full += tv.folded[t];
    }
    full_names.insert(std::move(full));
    surnames.insert(tv.folded[m.e - 1]);
  }
  if (surnames.empty()) return;
  for (Mention& m : *mentions) {
    if (m.type != EntityType::kPerson || !m.headline || m.blocked || m.gaz >= 0 || m.e - m.b < 2) continue;
    uint32_t best_b = 0, best_e = 0;
    for (uint32_t b = m.b; b < m.e; ++b) {
      std::string span;
      for (uint32_t e = b; e < m.e; ++e) {
        if (e > b) span += ' ';
        span += tv.folded[e];
        if (e > b && e + 1 - b > best_e - best_b && full_names.count(span)) {
          best_b = b;
          best_e = e + 1;
        }
      }
    }
    if (best_e == 0) {
      for (uint32_t p = m.b; p < m.e && best_e == 0; ++p) {
        if (!surnames.count(tv.folded[p])) continue;
        uint32_t b = p;
        while (b > m.b && tv.info[b - 1].first_name) --b;
        best_b = b;
        best_e = p + 1;
      }
    }
    if (best_e == 0 || (best_b == m.b && best_e == m.e)) continue;
    // A role read next to the cut words is not this person's ("Senator Endorsed Trump").
    if (best_b != m.b) {
      m.role_b = m.role_e = 0;
      m.titled = m.courtesy = false;
      m.country_gaz = -1;
    }
    if (best_e != m.e) m.role2_b = m.role2_e = 0;
    m.b = best_b;
    m.e = best_e;
    m.guessed = false;
  }
}

// "Fox" after "Fox News": a lone uncommon word read as a person, organization
// or place by shape or by the model, that opens a gazetteer organization named in the article, and ends no
// person's name there, is that organization.
void LoneWordsOfOrganizations(const TokenView& tv, std::vector<Mention>* mentions) {
  std::unordered_map<std::string_view, int32_t, WordHash> org_first;  // folded first word -> first such entry
  std::unordered_set<std::string_view, WordHash> person_last;
  for (const Mention& m : *mentions) {
    if (m.blocked || m.e - m.b < 2) continue;
    if (m.type == EntityType::kOrganization && m.gaz >= 0) org_first.emplace(tv.folded[m.b], m.gaz);
    if (m.type == EntityType::kPerson) person_last.insert(tv.folded[m.e - 1]);
  }
  if (org_first.empty()) return;
  for (Mention& m : *mentions) {
    if (m.blocked || m.e - m.b != 1 || m.titled || m.courtesy || m.gaz >= 0) continue;
    if (m.type != EntityType::kPerson && m.type != EntityType::kOrganization && m.type != EntityType::kPlace)
      continue;
    // Not a common word, demonym or never-name word ("State", "American", "Department").
    const TokenInfo& info = tv.info[m.b];
    if (info.common || info.bucket[2] >= 0 || (info.classes & kNotName)) continue;
    std::string_view w = tv.folded[m.b];
    if (person_last.count(w)) continue;
    auto it = org_first.find(w);
    if (it == org_first.end()) continue;
    m.type = EntityType::kOrganization;
    m.gaz = it->second;
    m.deferred = m.guessed = m.has_fallback = false;
  }
}

std::vector<Mention> FindMentions(const TokenView& tv, const text::Segmented& seg, bool use_model) {
  std::vector<Mention> mentions = MentionFinder(tv, seg).Run();
  // CLAIMGRAPH_NO_MODEL=1 turns the model off without a rebuild, to measure what it adds.
  static const bool model_off = std::getenv("CLAIMGRAPH_NO_MODEL") != nullptr;
  if (use_model && !model_off) AddModelMentions(tv, seg, &mentions);
  RetypeTeams(tv, seg, &mentions);
  FindOrganizations(tv, seg, &mentions);
  SeatsAsGovernments(tv, seg, &mentions);
  TrimHeadlineNames(tv, &mentions);
  LoneWordsOfOrganizations(tv, &mentions);
  mentions.erase(std::remove_if(mentions.begin(), mentions.end(), [](const Mention& m) { return m.blocked; }),
                 mentions.end());
  return mentions;
}

void RecognizeEntities(const Article& article, const text::Segmented& seg, bool use_model, Extraction* out) {
  TokenView tv = MakeTokenView(article.text, seg.tokens);
  std::vector<Mention> mentions = FindMentions(tv, seg, use_model);
  ResolveMentions(tv, mentions, out);
  AddEvents(article, tv, seg, out);
  // Ids in order of first mention.
  std::stable_sort(out->entities.begin(), out->entities.end(), [](const Entity& a, const Entity& b) {
    uint32_t sa = a.mentions.empty() ? UINT32_MAX : a.mentions.front().start;
    uint32_t sb = b.mentions.empty() ? UINT32_MAX : b.mentions.front().start;
    return sa < sb;
  });
  std::unordered_map<std::string, std::string> renames;  // the first entity with an id gets it
  for (size_t i = 0; i < out->entities.size(); ++i) {
    std::string id = "e" + std::to_string(i + 1);
    renames.emplace(out->entities[i].id, id);
    out->entities[i].id = id;
  }
  for (auto& e : out->entities) {
    if (e.country.empty()) continue;
    if (auto it = renames.find(e.country); it != renames.end()) e.country = it->second;
  }
}

}  // namespace claimgraph::extract
