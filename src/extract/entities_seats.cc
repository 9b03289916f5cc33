// Metonymy (entity recognition, after organizations): a capital or seat of government that
// speaks or acts stands for its government: "Tehran denies ...", "Washington wants ...", "the
// Elysee said ...". Its mention becomes one of the country or office it stands for
// (schema/gazetteers/seats.tsv), the city's name kept as the mention's text; elsewhere ("in
// Tehran", "Tehran's streets") the city stays a place.
//
// Speaking or acting: a verb of the cue lexicon (lexicons/claims_cues.tsv: "denies", "said",
// "accused", "wants" ...) follows, after at most two auxiliaries or "-ly" adverbs ("has
// repeatedly denied"), and no preposition comes before ("officials in Tehran said").
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "common/lexicon_file.h"
#include "common/schema_data.h"
#include "extract/entities_internal.h"
#include "extract/stages.h"

namespace claimgraph::extract {
namespace {

struct Seats {
  PhraseSet phrases;                // seat names and spellings; payload = index into stands_for
  std::vector<int32_t> stands_for;  // gazetteer entry of the country or organization
  PhraseSet verbs;                  // the cue lexicon's phrases ("denies", "has called for")

  static const Seats& Get() {
    static const Seats* seats = [] {
      auto* s = new Seats();
      const Lexicon& lex = Lexicon::Get();
      std::unordered_map<std::string_view, int32_t, WordHash> by_name;
      for (size_t i = 0; i < lex.entries().size(); ++i) {
        const GazEntry& e = lex.entries()[i];
        if (e.type == EntityType::kCountry || e.type == EntityType::kOrganization)
          by_name.emplace(e.name, static_cast<int32_t>(i));
      }
      for (const auto& row : internal::ReadLexicon("gazetteers/seats.tsv", {2, 3, {}})) {
        // what the seat stands for must be a country or organization the gazetteers name
        auto it = by_name.find(row[1]);
        if (it == by_name.end()) {
          internal::RecordLexiconProblem("gazetteers/seats.tsv:" + std::to_string(row.line) + ": '" +
                                         std::string(row[1]) +
                                         "' is no country or organization of the gazetteers");
          continue;
        }
        const uint32_t index = static_cast<uint32_t>(s->stands_for.size());
        s->stands_for.push_back(it->second);
        s->phrases.Add(row[0], index);
        internal::ForEachListItem(row[2], [&](std::string_view p) { s->phrases.Add(p, index); });
      }
      if (auto data = internal::SchemaFile("lexicons/claims_cues.tsv")) {
        for (const auto& row : internal::ReadTsv(*data)) {
          if (row.size() < 2) continue;
          s->verbs.Add(row[0], 0);
        }
      }
      return s;
    }();
    return *seats;
  }
};

bool LowerWord(const TokenView& tv, uint32_t t) {
  return tv.tok(t).kind == text::kWord && !tv.tok(t).capitalized && !tv.tok(t).all_caps;
}

// The seat at [b, e) is the subject of a verb of the cue lexicon.
bool Acts(const TokenView& tv, const Seats& seats, uint32_t b, uint32_t e, const text::Sentence& s) {
  const uint32_t sentence_last = s.last;
  uint32_t p = b;
  if (p > s.first && tv.folded[p - 1] == "the") --p;
  if (p > s.first && LowerWord(tv, p - 1) && tv.folded[p - 1] != "that") return false;  // "in Tehran"
  // The verb, after at most two auxiliaries or adverbs; never after a form of "be" ("Beijing
  // has been threatened", "Lisbon is about ...") unless the cue itself starts so.
  uint32_t k = e;
  for (int skipped = 0; k < sentence_last && LowerWord(tv, k); ++skipped, ++k) {
    if (seats.verbs.LongestAt(tv, k, sentence_last).len > 0) return true;
    const std::string_view w = tv.folded[k];
    const bool be = w == "is" || w == "was" || w == "are" || w == "were" || w == "be" || w == "been";
    const bool adverb = w.size() > 4 && w.substr(w.size() - 2) == "ly";
    if (skipped == 2 || be || !(adverb || (tv.info[k].classes & kFunction))) return false;
  }
  return false;
}

}  // namespace

void LoadSeatLexicon() { Seats::Get(); }

bool IsSeatAt(const TokenView& tv, uint32_t b, uint32_t e) {
  uint32_t payload = 0;
  return Seats::Get().phrases.MatchesExactly(tv, b, e, &payload);
}

void SeatsAsGovernments(const TokenView& tv, const text::Segmented& seg, std::vector<Mention>* mentions) {
  const Seats& seats = Seats::Get();
  const Lexicon& lex = Lexicon::Get();
  // token -> the mention covering it, made when a seat first matches (few articles name one; the
  // mentions' spans stay as they are until `added` joins them at the end): SeatsAsGovernments
  // 18.5 M -> 16.8 M instructions on bbc/politics, two runs
  std::vector<int32_t> at;
  auto mention_at = [&](uint32_t t) {
    if (at.empty()) {
      at.assign(tv.tokens->size(), -1);
      for (size_t i = 0; i < mentions->size(); ++i) {
        for (uint32_t k = (*mentions)[i].b; k < (*mentions)[i].e; ++k) at[k] = static_cast<int32_t>(i);
      }
    }
    return at[t];
  };
  std::vector<Mention> added;
  for (const auto& s : seg.sentences) {
    for (uint32_t i = s.first; i < s.last; ++i) {
      if (!(tv.tok(i).capitalized || tv.tok(i).all_caps)) continue;
      PhraseSet::Match match = seats.phrases.LongestAt(tv, i, s.last);
      if (match.len == 0) continue;
      const uint32_t e = i + match.len;
      const int32_t target = seats.stands_for[match.payload];
      if ((e < s.last && (tv.tok(e).capitalized || tv.tok(e).all_caps)) || !Acts(tv, seats, i, e, s)) {
        i = e - 1;
        continue;
      }
      const EntityType type = lex.entries()[target].type;
      if (mention_at(i) < 0) {
        Mention m;
        m.b = i;
        m.e = e;
        m.type = type;
        m.gaz = target;
        added.push_back(m);
      } else if (Mention& m = (*mentions)[mention_at(i)];
                 m.b == i && m.e == e && !m.titled && !m.courtesy && !tv.info[i].first_name) {
        m.type = type;
        m.gaz = target;
        m.deferred = m.guessed = m.has_fallback = false;
      }
      i = e - 1;
    }
  }
  if (added.empty()) return;
  mentions->insert(mentions->end(), added.begin(), added.end());
  std::stable_sort(mentions->begin(), mentions->end(),
                   [](const Mention& a, const Mention& b) { return a.b < b.b; });
}

}  // namespace claimgraph::extract
