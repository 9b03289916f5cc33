// Organizations that name shapes alone miss (entity recognition, after the model):
// - acronyms an article defines: "the Committee to Protect Journalists (CPJ)" is one
//   organization, and every later "CPJ" is it;
// - names a word around them makes an organization (schema/gazetteers/org_context.tsv):
//   "the band Coldplay", "carmaker Kia", "a Scotland Yard spokesman";
// - a name with a digit in it is no person's ("O2", "3M");
// - teams in results tables and score lines ("Shrewsbury 4 2 1 1 6 6", "Fulham 1 Carlisle 0").
#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "common/schema_data.h"
#include "extract/entities_internal.h"

namespace claimgraph::extract {
namespace {

using text::Token;

struct OrgContext {
  std::unordered_set<std::string_view, WordHash> before, after;

  static const OrgContext& Get() {
    static const OrgContext* context = [] {
      auto* c = new OrgContext();
      if (auto data = internal::SchemaFile("gazetteers/org_context.tsv")) {
        for (const auto& row : internal::ReadTsv(*data)) {
          if (row.size() < 2) continue;
          (row[1] == "before" ? c->before : c->after).insert(row[0]);
        }
      }
      return c;
    }();
    return *context;
  }
};

bool IsWord(const TokenView& tv, uint32_t t) { return tv.tok(t).kind == text::kWord; }
bool IsCapital(const TokenView& tv, uint32_t t) {
  return IsWord(tv, t) && (tv.tok(t).capitalized || tv.tok(t).all_caps);
}

// People the rules are sure of: a title, Mr./Ms., a gazetteer entry or a given name made them
// persons; a lone word is one when it ends such a name in the article ("Putin spokesman").
class SurePeople {
 public:
  SurePeople(const TokenView& tv, const std::vector<Mention>& mentions) : tv_(tv) {
    for (const Mention& m : mentions) {
      if (m.type == EntityType::kPerson && Sure(m)) surnames_.insert(tv.folded[m.e - 1]);
    }
  }
  bool operator()(const Mention& m) const {
    if (m.type != EntityType::kPerson) return false;
    return Sure(m) || (m.e - m.b == 1 && surnames_.count(tv_.folded[m.b]) > 0) ||
           Lexicon::Get().PersonBySurname(tv_.folded[m.e - 1]) >= 0;
  }

 private:
  bool Sure(const Mention& m) const {
    return m.titled || m.courtesy || m.gaz >= 0 ||
           (m.e - m.b >= 2 && (tv_.info[m.b].first_name || Initial(m.b)));
  }
  bool Initial(uint32_t t) const {  // "C." of "C. Lewis"
    std::string_view w = tv_.Text(t);
    return w.size() == 2 && w[1] == '.';
  }
  const TokenView& tv_;
  std::unordered_set<std::string_view, WordHash> surnames_;
};

// Index of the mention covering token t in `mentions`, or -1.
std::vector<int32_t> CoverMap(const TokenView& tv, const std::vector<Mention>& mentions) {
  std::vector<int32_t> at(tv.tokens->size(), -1);
  for (size_t i = 0; i < mentions.size(); ++i) {
    for (uint32_t t = mentions[i].b; t < mentions[i].e; ++t) at[t] = static_cast<int32_t>(i);
  }
  return at;
}

void MakeOrganization(Mention* m) {
  m->type = EntityType::kOrganization;
  m->gaz = -1;
  m->deferred = m->guessed = m->has_fallback = false;
  m->role_b = m->role_e = m->role2_b = m->role2_e = 0;
  m->country_gaz = -1;
}

Mention NewOrganization(uint32_t b, uint32_t e) {
  Mention m;
  m.b = b;
  m.e = e;
  m.type = EntityType::kOrganization;
  return m;
}

// Lower-case words an acronym skips ("Committee to Protect Journalists", "Bank of England").
bool Skippable(const TokenView& tv, uint32_t t) {
  return IsWord(tv, t) && !tv.tok(t).capitalized && (tv.info[t].classes & (kConnector | kFunction));
}

// "Long Name (ACR)": the first token of the long name whose capitalized words' initials spell
// the acronym, or `open` when none does.
uint32_t DefinedBy(const TokenView& tv, uint32_t open, std::string_view acronym) {
  std::string letters;
  for (char c : acronym) {
    if (c >= 'a' && c <= 'z') letters.push_back(c);
  }
  if (letters.size() < 2 || letters.size() > 8) return open;
  size_t need = letters.size();
  uint32_t t = open;
  while (t > 0 && need > 0) {
    uint32_t p = t - 1;
    if (IsWord(tv, p) && tv.tok(p).capitalized && !tv.tok(p).all_caps) {
      if (tv.folded[p][0] != letters[need - 1]) return open;
      --need;
      t = p;
    } else if (Skippable(tv, p) && need < letters.size()) {
      t = p;
    } else {
      return open;
    }
  }
  return need == 0 ? t : open;
}

void DefinedAcronyms(const TokenView& tv, std::vector<Mention>* mentions) {
  const auto& toks = *tv.tokens;
  struct Definition {
    uint32_t b, e, acronym;
  };
  std::vector<Definition> defs;
  for (uint32_t i = 1; i + 2 < toks.size(); ++i) {
    if (tv.Text(i) != "(" || tv.Text(i + 2) != ")" || !IsWord(tv, i + 1) || !toks[i + 1].all_caps) continue;
    uint32_t b = DefinedBy(tv, i, tv.folded[i + 1]);
    if (b == i || (tv.info[i - 1].classes & kThingHead)) continue;
    defs.push_back({b, i, i + 1});
  }
  if (defs.empty()) return;
  for (const Definition& d : defs) {
    std::vector<int32_t> at = CoverMap(tv, *mentions);
    // The long name as one mention: kept when it is one already, else an organization over
    // whatever pieces were found inside it ("Protect Journalists").
    EntityType type = EntityType::kOrganization;
    int32_t whole = at[d.b];
    if (whole >= 0 && (*mentions)[whole].b == d.b && (*mentions)[whole].e == d.e) {
      type = (*mentions)[whole].type;
      if (type == EntityType::kPerson) continue;
    } else {
      SurePeople sure(tv, *mentions);
      bool sure_person = false;
      for (uint32_t t = d.b; t < d.e; ++t)
        sure_person = sure_person || (at[t] >= 0 && sure((*mentions)[at[t]]));
      if (sure_person) continue;
      std::vector<Mention> kept;
      for (const Mention& m : *mentions) {
        if (m.e <= d.b || m.b >= d.e) kept.push_back(m);
      }
      kept.push_back(NewOrganization(d.b, d.e));
      *mentions = std::move(kept);
    }
    // The acronym, there and wherever else the article writes it, is the same thing.
    std::string_view folded = tv.folded[d.acronym];
    at = CoverMap(tv, *mentions);
    for (uint32_t t = d.acronym; t < tv.tokens->size(); ++t) {
      if (tv.folded[t] != folded || !toks[t].all_caps) continue;
      if (at[t] < 0) {
        Mention m = NewOrganization(t, t + 1);
        m.type = type;
        mentions->push_back(m);
      } else if (Mention& m = (*mentions)[at[t]]; m.b == t && m.e == t + 1 && m.type != type) {
        MakeOrganization(&m);
        m.type = type;
      }
    }
  }
}

// A name the rules typed by shape or the model, that a word around it makes an organization.
void ContextOrganizations(const TokenView& tv, const text::Segmented& seg, std::vector<Mention>* mentions) {
  const OrgContext& cx = OrgContext::Get();
  const auto& toks = *tv.tokens;
  SurePeople sure(tv, *mentions);
  for (Mention& m : *mentions) {
    if (m.type == EntityType::kOrganization || m.type == EntityType::kCountry || sure(m)) continue;
    if (m.e - m.b == 1 && tv.Text(m.b).size() < 2) continue;  // "N" of "N / A"
    // "O2", "3M": letters and digits in one word, no hyphen (not "Under-21", "4-0-18-0").
    bool digit = false;
    for (uint32_t t = m.b; t < m.e; ++t) {
      std::string_view w = tv.Text(t);
      if (!IsWord(tv, t) || w.find('-') != std::string_view::npos) {
        digit = false;
        break;
      }
      digit = digit || std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    }
    bool before = m.b > 0 && IsWord(tv, m.b - 1) && !toks[m.b - 1].capitalized &&
                  cx.before.count(tv.folded[m.b - 1]) > 0 && !(m.b > 1 && tv.Text(m.b - 2) == "'s");
    bool after =
        m.e < toks.size() && IsWord(tv, m.e) && !toks[m.e].capitalized && cx.after.count(tv.folded[m.e]) > 0;
    if ((digit && m.type == EntityType::kPerson) || before || after) MakeOrganization(&m);
  }
  (void)seg;
}

// Results tables and score lines: a capitalized name right before a score (a whole number
// of at most three digits) in a sentence of several numbers, opening its line or following
// a score, is a team.
void TableTeams(const TokenView& tv, const text::Segmented& seg, std::vector<Mention>* mentions) {
  const auto& toks = *tv.tokens;
  // A score: a whole number of at most three digits, or two joined by a hyphen ("3-1", "108-3").
  auto score = [&](uint32_t t) {
    if (t >= toks.size() || toks[t].kind != text::kNumber) return false;
    std::string_view n = tv.Text(t);
    size_t dash = n.find('-');
    std::string_view a = n.substr(0, dash), b = dash == std::string_view::npos ? "0" : n.substr(dash + 1);
    auto digits = [](std::string_view d) {
      return !d.empty() && d.size() <= 3 &&
             std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    return digits(a) && digits(b);
  };
  auto line_start = [&](uint32_t t) {
    if (t == 0) return true;
    std::string_view gap = tv.text.substr(toks[t - 1].end, toks[t].start - toks[t - 1].end);
    return gap.find('\n') != std::string_view::npos;
  };
  std::vector<int32_t> at = CoverMap(tv, *mentions);
  SurePeople sure(tv, *mentions);
  std::vector<Mention> added;
  for (const auto& s : seg.sentences) {
    int numbers = 0;
    for (uint32_t t = s.first; t < s.last; ++t) numbers += toks[t].kind == text::kNumber;
    if (numbers < 2) continue;
    for (uint32_t i = s.first; i < s.last;) {
      if (!IsCapital(tv, i)) {
        ++i;
        continue;
      }
      uint32_t j = i + 1;
      while (j < s.last && (IsCapital(tv, j) || (Skippable(tv, j) && j + 1 < s.last && IsCapital(tv, j + 1))))
        ++j;
      // After the score: the line's end, another score or team, a bracket, comma or "and"
      // ("Sussex 363 ( W. Athey 111", "Worcestershire 238 and 133-5").
      const uint32_t k = j + 1;
      std::string_view next = k < s.last ? tv.Text(k) : std::string_view();
      bool after = k >= s.last || line_start(k) || toks[k].kind == text::kNumber || IsCapital(tv, k) ||
                   next == "(" || next == "," || next == "." || next == ";" || next == "and";
      std::string_view first = tv.Text(i);
      bool initial = first.size() == 2 && first[1] == '.';  // a player: "C. Lewis 94"
      if (!score(j) || !after || initial) {
        i = j;
        continue;
      }
      bool ok = true, covered = false;
      for (uint32_t t = i; t < j; ++t) {
        ok = ok && !(tv.info[t].classes & kNotName) && !toks[t].all_caps == !toks[i].all_caps &&
             tv.Text(t).size() >= 2;
        if (at[t] < 0) continue;
        covered = true;
        const Mention& m = (*mentions)[at[t]];
        ok = ok && m.b >= i && m.e <= j && !sure(m) && m.type != EntityType::kCountry;
      }
      if (j - i == 1 && !covered && (tv.info[i].common || tv.info[i].first_name))
        ok = ok && score(j + 1) && score(j + 2);
      if (ok) {
        for (uint32_t t = i; t < j; ++t) {
          if (at[t] >= 0) (*mentions)[at[t]].blocked = true;  // pieces of the team's name
        }
        added.push_back(NewOrganization(i, j));
      }
      i = j;
    }
  }
  mentions->insert(mentions->end(), added.begin(), added.end());
}

}  // namespace

void FindOrganizations(const TokenView& tv, const text::Segmented& seg, std::vector<Mention>* mentions) {
  DefinedAcronyms(tv, mentions);
  ContextOrganizations(tv, seg, mentions);
  TableTeams(tv, seg, mentions);
  std::stable_sort(mentions->begin(), mentions->end(),
                   [](const Mention& a, const Mention& b) { return a.b < b.b; });
}

}  // namespace claimgraph::extract
