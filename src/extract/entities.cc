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

#include "extract/entities_finder.h"
#include "extract/entities_internal.h"
#include "extract/ner_model.h"
#include "extract/stages.h"
#include "text/ascii.h"
#include "text/chars.h"

namespace claimgraph::extract {

// IsCapWordIn of a capitalized word that is not plain: not "U.S.-made" or "Russian-born" (a
// hyphen before a lower-case part makes an adjective), nor a contraction or a party tag.
bool IsCapWordSlow(std::string_view doc, const Token& t) {
  std::string_view w = t.Text(doc);
  // most are ASCII letters and digits only (plain, as Segment found them, which IsCapWordIn
  // took): no contraction, party tag or hyphen to read
  if (std::all_of(w.begin(), w.end(), text::IsAsciiAlnumByte)) return true;
  if (IsContraction(w) || IsPartyTag(w)) return false;
  for (size_t i = w.find('-'); i != std::string_view::npos && i + 1 < w.size(); i = w.find('-', i + 1)) {
    if (w[i + 1] >= 'a' && w[i + 1] <= 'z') return false;
  }
  return true;
}

SentenceShape ShapeOf(const TokenView& tv, const text::Sentence& s) {
  SentenceShape shape{s.last, false, false};
  // one pass over the tokens: the words in capitals; and for title case, the capitalized ones
  // and the function words among them after the first word; the numbers; an event's head
  int caps = 0, words = 0, capitalized = 0, function_caps = 0;
  for (uint32_t i = s.first; i < s.last; ++i) {
    const Token& t = tv.tok(i);
    if (t.kind != text::kWord) {
      shape.numbers += t.kind == text::kNumber;
      continue;
    }
    if (shape.first_word == s.last) shape.first_word = i;
    shape.event_head |= (tv.info[i].event_classes & kEventHead) != 0;
    ++words;
    if (t.all_caps) {
      ++caps;
    } else if (t.capitalized) {
      ++capitalized;
      if (i != shape.first_word && (tv.info[i].classes & kFunction)) ++function_caps;
    }
  }
  shape.caps = caps >= 3 && caps * 10 >= words * 6;
  // Title case: most words capitalized, function words among them; or the
  // article's first line (its title) when nearly every word is capitalized.
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

std::vector<Mention> MentionFinder::Run() {
  CountLabels();
  shapes_.reserve(seg_.sentences.size());
  uint32_t paragraph = UINT32_MAX;
  for (const auto& s : seg_.sentences) {
    paragraph_start_ = s.paragraph != paragraph;
    paragraph = s.paragraph;
    Sentence(s);
  }
  return std::move(mentions_);
}

void MentionFinder::Roles(std::vector<Mention>* mentions) {
  for (Mention& m : *mentions) {
    if (!m.from_model || m.type != EntityType::kPerson || m.blocked || m.role_e != 0 || m.courtesy) continue;
    sb_ = seg_.sentences[SentenceOf(seg_, m.b)].first;
    RoleBefore(&m);  // "BoE governor Mervyn King"
  }
  RolesAfter(mentions);
}

void MentionFinder::Sentence(const text::Sentence& s) {
  sb_ = s.first;
  se_ = s.last;
  shapes_.push_back(ShapeOf(tv_, s));
  const SentenceShape& shape = shapes_.back();
  first_word_ = shape.first_word;
  caps_sentence_ = shape.caps;
  title_case_ = shape.title_case;
  headline_paragraph_ = s.paragraph == 0;
  lede_paragraph_ = s.paragraph <= 1;
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
    uint32_t k = ParticleName(i, j);  // may extend j
    if (k < j) Chunk(k, j);           // may extend j
    i = j;
  }
}

uint32_t MentionFinder::ParticleName(uint32_t i, uint32_t& j) {
  uint32_t p = i;
  while (p > sb_ && (tv_.info[p - 1].classes & kParticle) && tv_.tok(p - 1).kind == text::kWord &&
         !tv_.tok(p - 1).capitalized && !tv_.tok(p - 1).all_caps)
    --p;
  if (p == i || (p > sb_ && IsCapWord(tv_, tv_.tok(p - 1)))) return i;
  Mention m;
  m.b = p;
  auto g = lex_.names().LongestAt(tv_, p, se_);
  if (g.len > i - p) {  // "al Qaeda", "bin Laden"
    m.e = p + g.len;
    m.gaz = static_cast<int32_t>(g.payload);
    m.type = lex_.entries()[g.payload].type;
    if (m.e > j) j = m.e;
  } else {  // "de Blasio", "van Nistelrooy": a person's name
    if (tv_.info[i].common || (tv_.info[i].classes & (kNotName | kOrgHead | kPlaceHead | kThingHead)) ||
        lex_.IsNameArticle(tv_.folded[p]))
      return i;
    m.e = PersonNameEnd(i, j);
    m.type = EntityType::kPerson;
  }
  Emit(m);
  return m.e;
}

uint32_t MentionFinder::SpeakerLabel(uint32_t i) {
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

void MentionFinder::CountLabels() {
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

uint32_t MentionFinder::GazetteerTail(uint32_t b, uint32_t j) const {
  uint32_t payload = 0;
  if (lex_.names().MatchesExactly(tv_, b, j, &payload)) return b;
  for (uint32_t s = b; s + 1 < j; ++s) {
    bool opener = (tv_.info[s].classes & kFunction) || text::IsSentenceStarter(tv_.Text(s));
    if (!opener || (tv_.info[s].classes & kConnector) || tv_.info[s].first_name) return b;
    if (lex_.names().MatchesExactly(tv_, s + 1, j, &payload)) return s + 1;
  }
  return b;
}

bool MentionFinder::LoneCapsTitle(const text::Sentence& s) const {
  uint32_t b = first_word_;
  if (b + 2 != s.last || !tv_.tok(b).all_caps || tv_.Text(b + 1) != ".") return false;
  std::string folded(tv_.folded[b]);
  folded.push_back('.');
  return lex_.titles().BucketOf(folded) >= 0;
}

uint32_t MentionFinder::ChunkEnd(uint32_t i) const {
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
    // an article inside an organization's name after its head and "for": "Committee for a
    // Responsible Federal Budget", "Institute for the Study of War" (after "of" it is rather a
    // place: "Dow Chemical Co of the United States")
    if ((c & kConnector) && tv_.folded[j] == "for" && (tv_.info[j - 1].classes & kOrgHead) &&
        IsCapWord(tv_, tv_.tok(j - 1)) && j + 2 < se_ && !IsCapWord(tv_, tv_.tok(j + 1)) &&
        (tv_.info[j + 1].classes & (kConnector | kFunction)) && IsCapWord(tv_, tv_.tok(j + 2)) &&
        !(tv_.info[j + 2].classes & kNotName)) {
      j += 3;
      continue;
    }
    break;
  }
  return j;
}

uint32_t MentionFinder::TitleRun(uint32_t k, uint32_t limit, uint32_t* role_b, bool* courtesy) const {
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

uint32_t MentionFinder::LooseTitleRun(uint32_t p, uint32_t limit, bool country_inside) const {
  uint32_t end = p;
  while (p < limit) {
    auto m = lex_.titles().LongestAt(tv_, p, limit, PhraseSet::Case::kAny);
    uint32_t country = 0;
    // "chief US economist", "UK economist": a country's name or demonym inside the run (kept
    // only with a title after it)
    if (m.len == 0 && country_inside &&
        (lex_.demonyms().MatchesExactly(tv_, p, p + 1, &country) ||
         (lex_.names().MatchesExactly(tv_, p, p + 1, &country) &&
          lex_.entries()[country].type == EntityType::kCountry))) {
      ++p;
      continue;
    }
    if (m.len == 0) break;
    auto kind = static_cast<TitleKind>(m.payload);
    if (kind == TitleKind::kCourtesy) break;
    p += m.len;
    if (kind == TitleKind::kTitle) end = p;
  }
  return end;
}

void MentionFinder::RolesAfter(std::vector<Mention>* mentions) const {
  std::vector<Mention>& ms = *mentions;
  for (size_t mi = 0; mi < ms.size(); ++mi) {
    Mention& m = ms[mi];
    if (m.type != EntityType::kPerson || m.blocked) continue;
    uint32_t end = seg_.sentences[SentenceOf(seg_, m.b)].last;
    uint32_t next_person = end;
    for (size_t nj = mi + 1; nj < ms.size(); ++nj) {
      if (ms[nj].b >= end) break;
      if (ms[nj].type == EntityType::kPerson && !ms[nj].blocked) {
        next_person = ms[nj].b;
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
        // (no country inside: "if she is elected as US president" is no role of hers)
        uint32_t te = LooseTitleRun(r, next_person, /*country_inside=*/false);
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

void MentionFinder::RoleBefore(Mention* m) const {
  uint32_t b = m->b;
  uint32_t best_s = b;
  uint32_t payload = 0;
  for (uint32_t len = 4; len >= 1; --len) {
    if (b < sb_ + len) continue;
    uint32_t s = b - len;
    if (lex_.titles().MatchesExactly(tv_, s, b, &payload, PhraseSet::Case::kAny) &&
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
    // (the sentence's first word is capitalized whatever its style: "Shadow foreign secretary X")
    if (t.kind != text::kWord || (t.capitalized != !lower && p != sb_)) break;
    uint32_t pl = 0;
    if (!lex_.titles().MatchesExactly(tv_, p, p + 1, &pl,
                                      lower ? PhraseSet::Case::kAny : PhraseSet::Case::kAsListed) ||
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

void MentionFinder::Emit(Mention m) {
  if (m.e <= m.b) return;
  m.headline = title_case_ || headline_paragraph_;
  if (m.type == EntityType::kPerson && m.role_e == 0 && !m.courtesy) RoleBefore(&m);
  if (m.type == EntityType::kPerson && !m.deferred && !m.blocked && m.e - m.b >= 2)
    full_names_.push_back({mentions_.size(), tv_.folded[m.e - 1]});
  mentions_.push_back(m);
}

bool MentionFinder::IsTitleModifier(uint32_t k) const {
  uint32_t payload = 0;
  return lex_.titles().MatchesExactly(tv_, k, k + 1, &payload) &&
         static_cast<TitleKind>(payload) == TitleKind::kModifier;
}

void MentionFinder::Block(uint32_t b, uint32_t e) {
  Mention m;
  m.b = b;
  m.e = e;
  m.blocked = true;
  mentions_.push_back(m);
}

uint32_t MentionFinder::SplitAt(uint32_t k, uint32_t j) const {
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

bool MentionFinder::SurnameSeen(uint32_t k) const {
  // (among the last 256 mentions; Block and Unknown's lone words add no full names)
  const size_t oldest = mentions_.size() > 256 ? mentions_.size() - 256 : 0;
  const std::string_view word = tv_.folded[k];
  for (auto it = full_names_.rbegin(); it != full_names_.rend() && it->index >= oldest; ++it) {
    if (it->surname == word) return true;
  }
  return false;
}

}  // namespace claimgraph::extract
