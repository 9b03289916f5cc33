// Resolution within one article: mentions -> entities.
//
// Gazetteer names group by their entry (so "U.S.", "America" and "the United
// States" are one entity). Other organizations and places group by folded text,
// then an acronym joins the name it abbreviates and a shorter name joins the
// longer one it ends ("Intelligence Committee" -> "House Intelligence Committee").
// People: full names first, in text order; a full name joins an earlier one with
// the same (or near-identical) surname and a compatible given name; a lone
// surname or given name joins the most recent compatible person before it (or
// the first after it). Canonical name = the fullest name used.
#include <algorithm>
#include <memory_resource>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "common/scratch_arena.h"
#include "extract/entities_internal.h"

namespace claimgraph::extract {
namespace {

// Appends s without its dots to *out (the keys of names are built in one string, not of
// temporaries).
void AppendStripped(std::string_view s, std::string* out) {
  // most names hold no dot: copied at once, not byte by byte
  if (s.find('.') == std::string_view::npos) {
    out->append(s);
    return;
  }
  for (char c : s) {
    if (c != '.') out->push_back(c);
  }
}

std::string StripDots(std::string_view s) {
  std::string out;
  AppendStripped(s, &out);
  return out;
}

// Edit distance bounded by 2 (returns 3 for "more").
int BoundedEdit(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 2) return 3;
  std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = static_cast<int>(i);
    int row_min = cur[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > 2) return 3;
    std::swap(prev, cur);
  }
  return std::min(prev[b.size()], 3);
}

// Surnames that are the same name spelled slightly differently ("Zelensky"/"Zelenskyy").
bool SameSurname(const std::string& a, const std::string& b) {
  if (a == b) return true;
  if (a.size() < 5 || b.size() < 5) return false;
  if (a.compare(0, 3, b, 0, 3) != 0) return false;
  return BoundedEdit(a, b) <= 1;
}

// True when every word of `small` is a word of `big` ("pena" in "enrique pena").
bool WordsWithin(const std::string& small, const std::string& big) {
  size_t i = 0;
  while (i < small.size()) {
    size_t j = small.find(' ', i);
    if (j == std::string::npos) j = small.size();
    std::string w = small.substr(i, j - i);
    bool found = false;
    size_t k = 0;
    while (k < big.size() && !found) {
      size_t l = big.find(' ', k);
      if (l == std::string::npos) l = big.size();
      found = big.compare(k, l - k, w) == 0;
      k = l + 1;
    }
    if (!found) return false;
    i = j + 1;
  }
  return true;
}

bool CompatibleGiven(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty() || a == b) return true;
  // "Pena Nieto" and "Enrique Pena Nieto": the shorter given part is inside the longer.
  if (a.find(' ') != std::string::npos || b.find(' ') != std::string::npos) {
    if (a.size() < b.size() ? WordsWithin(a, b) : WordsWithin(b, a)) return true;
  }
  // An initial: "j" vs "john".
  std::string fa = a.substr(0, a.find(' ')), fb = b.substr(0, b.find(' '));
  if (fa == fb) return true;
  if (fa.size() == 1 && fb[0] == fa[0]) return true;
  if (fb.size() == 1 && fa[0] == fb[0]) return true;
  return false;
}

struct PersonName {
  std::string given;    // folded, dots removed, space-joined
  std::string surname;  // folded, particles included ("de blasio")
  std::string suffix;   // folded, dots removed: "jr", "sr", "iii" (empty: none written)
  uint32_t tokens = 0;
};

PersonName ParseName(const TokenView& tv, uint32_t b, uint32_t e) {
  PersonName n;
  n.tokens = e - b;
  uint32_t s = e - 1;
  // "Jr." / "III" after the surname.
  if (s > b && Lexicon::Get().IsNameSuffix(tv.folded[s])) n.suffix = StripDots(tv.folded[s--]);
  uint32_t sb = s;
  while (sb > b && (tv.info[sb - 1].classes & kParticle)) --sb;
  // "Wasserman Schultz": a given name is only the first token.
  for (uint32_t i = sb; i <= s; ++i) {
    if (!n.surname.empty()) n.surname.push_back(' ');
    n.surname += tv.folded[i];
  }
  for (uint32_t i = b; i < sb; ++i) {
    if (!n.given.empty()) n.given.push_back(' ');
    AppendStripped(tv.folded[i], &n.given);
  }
  return n;
}

struct Cluster {
  EntityType type;
  int32_t gaz = -1;
  std::pmr::vector<uint32_t> mentions;  // indices into the mention list (in the resolution's arena)
  // person
  std::string given, surname;
  bool dropped = false;
  std::string suffix;  // a person's generational suffix, once a full name wrote one
  char courtesy_gender =
      0;  // a person named by surname only: the gender of the courtesy title ("Mrs Howard")
};

using Mentions = std::pmr::vector<uint32_t>;
using GazClusters = std::pmr::unordered_map<int32_t, size_t>;  // gazetteer entry -> cluster

// The text of tokens [b, e) as written (a view of the article).
std::string_view SurfaceView(const TokenView& tv, uint32_t b, uint32_t e) {
  const auto& toks = *tv.tokens;
  return tv.text.substr(toks[b].start, toks[e - 1].end - toks[b].start);
}

// Appends s to names unless it is `except` or already there (no string is made for a name the
// entity has: most of an entity's mentions repeat one).
void AddName(std::vector<std::string>* names, std::string_view s, const std::string* except = nullptr) {
  if ((except == nullptr || s != *except) && std::find(names->begin(), names->end(), s) == names->end())
    names->emplace_back(s);
}

// The folded words of tokens [b, e), each with its length, as one key.
std::string WordsKey(const TokenView& tv, uint32_t b, uint32_t e) {
  std::string k;
  for (uint32_t t = b; t < e; ++t) {
    k += std::to_string(tv.folded[t].size());
    k.push_back(':');
    k += tv.folded[t];
  }
  return k;
}

using Index = ScratchTextMap<std::pmr::vector<size_t>>;

const std::pmr::vector<size_t>* Lookup(const Index& index, std::string_view key) {
  auto it = index.find(key);
  return it == index.end() ? nullptr : &it->second;
}

// The entry of `key`, added empty when there is none.
std::pmr::vector<size_t>& Slot(Index& index, std::string_view key) {
  auto it = index.find(key);
  if (it == index.end()) {
    std::pmr::memory_resource* arena = index.get_allocator().resource();
    it = index.emplace(Keep(arena, key), std::pmr::vector<size_t>(arena)).first;
  }
  return it->second;
}

// Acronyms and shorter forms join longer names of the same type: the first cluster (in
// order) whose first mention the acronym spells or the shorter form ends.
void JoinShortForms(const TokenView& tv, const std::vector<Mention>& mentions, std::vector<Cluster>& clusters,
                    std::pmr::memory_resource* arena) {
  // (with small words too, for an acronym that spells them: "TfL" is "Transport for London")
  auto initials = [&](const Mention& m, bool small_words) {
    std::string s;
    for (uint32_t t = m.b; t < m.e; ++t) {
      if (!tv.tok(t).capitalized && !(small_words && tv.tok(t).kind == text::kWord)) continue;
      s.push_back(tv.folded[t][0]);
    }
    return s;
  };
  // clusters by their first mention's initials, by its last 2.. words, and a firm's name of two
  // joined by "&" by its first word ("Marsh" is "Marsh & McLennan", as "Procter" is P&G)
  Index by_initials(arena), by_tail(arena), by_partner(arena);
  for (size_t b = 0; b < clusters.size(); ++b) {
    const Mention& mb = mentions[clusters[b].mentions[0]];
    uint32_t lb = mb.e - mb.b;
    if (lb >= 2) {
      std::string caps = initials(mb, false), all = initials(mb, true);
      Slot(by_initials, caps).push_back(b);
      if (all != caps) Slot(by_initials, all).push_back(b);
    }
    for (uint32_t la = 2; la < lb; ++la) Slot(by_tail, WordsKey(tv, mb.e - la, mb.e)).push_back(b);
    if (lb >= 3 && tv.Text(mb.b + 1) == "&") Slot(by_partner, WordsKey(tv, mb.b, mb.b + 1)).push_back(b);
  }
  for (size_t a = 0; a < clusters.size(); ++a) {
    Cluster& ca = clusters[a];
    if (ca.dropped || ca.type == EntityType::kPerson) continue;
    const Mention& ma = mentions[ca.mentions[0]];
    const std::pmr::vector<size_t>* cands = nullptr;
    // ("Sepa", as British papers write acronyms)
    if (ca.gaz < 0 && ma.e - ma.b == 1 &&
        (tv.tok(ma.b).all_caps || (tv.tok(ma.b).capitalized && tv.folded[ma.b].size() >= 3)))
      cands = Lookup(by_initials, StripDots(tv.folded[ma.b]));
    else if (ca.gaz < 0 && ma.e - ma.b >= 2)
      cands = Lookup(by_tail, WordsKey(tv, ma.b, ma.e));
    if (!cands && ca.gaz < 0 && ma.e - ma.b == 1) cands = Lookup(by_partner, WordsKey(tv, ma.b, ma.e));
    if (!cands) continue;
    for (size_t b : *cands) {
      if (a == b || clusters[b].dropped || clusters[b].type != ca.type) continue;
      auto& dst = clusters[b].mentions;
      dst.insert(dst.end(), ca.mentions.begin(), ca.mentions.end());
      ca.dropped = true;
      break;
    }
  }
}

// Person clusters by what a name can match them on: the surname (exactly, or by its first
// three letters for near-identical ones), the first given name, a trailing part of the surname.
class PersonIndex {
 public:
  explicit PersonIndex(std::pmr::memory_resource* arena)
      : surname_(arena), prefix_(arena), given_(arena), tail_(arena), out_(arena) {}
  std::pmr::memory_resource* arena() const { return out_.get_allocator().resource(); }
  void AddSurname(size_t c, std::string_view surname) {
    Slot(surname_, surname).push_back(c);
    if (surname.size() >= 5) Slot(prefix_, surname.substr(0, 3)).push_back(c);
  }
  void AddLoneKeys(size_t c, const Cluster& cl) {
    const std::string_view given = cl.given, surname = cl.surname;
    if (!given.empty()) Slot(given_, given.substr(0, given.find(' '))).push_back(c);
    for (size_t p = surname.find(' '); p != std::string_view::npos; p = surname.find(' ', p + 1))
      Slot(tail_, surname.substr(p + 1)).push_back(c);
  }
  // Clusters that may match surname `s` (and, for a lone name, given name or surname tail
  // `lone`), in cluster order; callers check each. Valid until the next call.
  const std::pmr::vector<size_t>& Candidates(std::string_view s, const std::string* lone) {
    out_.clear();
    auto add = [&](const Index& index, std::string_view key) {
      if (const std::pmr::vector<size_t>* v = Lookup(index, key))
        out_.insert(out_.end(), v->begin(), v->end());
    };
    add(surname_, s);
    if (s.size() >= 5) add(prefix_, s.substr(0, 3));
    if (lone) {
      add(given_, *lone);
      add(tail_, s);
    }
    std::sort(out_.begin(), out_.end());
    out_.erase(std::unique(out_.begin(), out_.end()), out_.end());
    return out_;
  }

 private:
  Index surname_, prefix_, given_, tail_;
  std::pmr::vector<size_t> out_;
};

// The cluster of the non-person mentions of `type` written as tokens [b, e) (folded, without
// dots), opened when there is none.
size_t TextCluster(const TokenView& tv, EntityType type, uint32_t b, uint32_t e,
                   ScratchTextMap<size_t>& by_text, std::vector<Cluster>& clusters) {
  thread_local std::string key;
  key = std::to_string(static_cast<int>(type));
  key += ':';
  for (uint32_t t = b; t < e; ++t) {
    AppendStripped(tv.folded[t], &key);
    key += ' ';
  }
  auto it = by_text.find(key);
  if (it == by_text.end()) {
    std::pmr::memory_resource* arena = by_text.get_allocator().resource();
    it = by_text.emplace(Keep(arena, key), clusters.size()).first;
    clusters.push_back({type, -1, Mentions(arena), {}, {}, false, {}});
  }
  return it->second;
}

// The steps of ResolveMentions, in order.

// Non-person mentions: one cluster per gazetteer entry, else per type and folded text.
void ClusterNonPersons(const TokenView& tv, std::vector<Mention>& mentions, std::vector<Cluster>& clusters,
                       GazClusters& by_gaz, ScratchTextMap<size_t>& by_text) {
  for (uint32_t i = 0; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    if (m.type == EntityType::kPerson) continue;
    if (m.gaz >= 0) {
      auto it = by_gaz.find(m.gaz);
      if (it == by_gaz.end()) {
        it = by_gaz.emplace(m.gaz, clusters.size()).first;
        clusters.push_back({m.type, m.gaz, Mentions(by_gaz.get_allocator().resource()), {}, {}, false, {}});
      }
      clusters[it->second].mentions.push_back(i);
      continue;
    }
    clusters[TextCluster(tv, m.type, m.b, m.e, by_text, clusters)].mentions.push_back(i);
  }
}

void DropLoneAcronyms(const TokenView& tv, std::vector<Mention>& mentions, std::vector<Cluster>& clusters,
                      std::pmr::memory_resource* arena) {
  // An acronym spelling the initials of a capitalized phrase that is not an
  // organization ("ACA" after "Affordable Care Act") is not one either.
  auto lone_acronym = [&](const Cluster& cl) {
    if (cl.dropped || cl.gaz >= 0 || cl.type != EntityType::kOrganization) return false;
    const Mention& m = mentions[cl.mentions[0]];
    return m.e - m.b == 1 && tv.tok(m.b).all_caps;
  };
  if (std::any_of(clusters.begin(), clusters.end(), lone_acronym)) {  // else nothing to test: skip the scan
    ScratchTextSet phrase_initials(arena);
    const auto& toks = *tv.tokens;
    for (uint32_t i = 0; i < toks.size();) {
      if (!(toks[i].kind == text::kWord && toks[i].capitalized && !toks[i].all_caps)) {
        ++i;
        continue;
      }
      uint32_t j = i;
      std::string ini;
      while (j < toks.size() && toks[j].kind == text::kWord &&
             (toks[j].capitalized ||
              ((tv.info[j].classes & kConnector) && j + 1 < toks.size() && toks[j + 1].capitalized))) {
        if (toks[j].capitalized) ini.push_back(tv.folded[j][0]);
        ++j;
      }
      if (ini.size() >= 2 && !phrase_initials.count(ini)) phrase_initials.insert(Keep(arena, ini));
      i = j;
    }
    for (auto& cl : clusters) {
      if (!lone_acronym(cl)) continue;
      const Mention& m = mentions[cl.mentions[0]];
      std::string a = StripDots(tv.folded[m.b]);
      if (phrase_initials.count(a)) cl.dropped = true;
    }
  }
}

void JoinWrittenLikeOthers(const TokenView& tv, std::vector<Mention>& mentions,
                           std::vector<Cluster>& clusters, std::pmr::memory_resource* arena) {
  // A person mention that is written exactly like a place, country or organization
  // named elsewhere in the article ("BOCA RATON" in the dateline, then "a Boca Raton
  // lawyer") is that entity, unless a title or Mr./Ms. marks it as a person.
  {
    ScratchTextMap<size_t> by_words(arena);
    std::string key;
    for (size_t c = 0; c < clusters.size(); ++c)
      for (uint32_t mi : clusters[c].mentions) {
        key.clear();
        for (uint32_t t = mentions[mi].b; t < mentions[mi].e; ++t) {
          AppendStripped(tv.folded[t], &key);
          key += ' ';
        }
        if (!by_words.count(key)) by_words.emplace(Keep(arena, key), c);
      }
    for (uint32_t i = 0; i < mentions.size(); ++i) {
      Mention& m = mentions[i];
      if (m.type != EntityType::kPerson || m.titled || m.courtesy) continue;
      key.clear();
      for (uint32_t t = m.b; t < m.e; ++t) {
        AppendStripped(tv.folded[t], &key);
        key += ' ';
      }
      auto it = by_words.find(key);
      if (it == by_words.end()) continue;
      m.type = clusters[it->second].type;
      clusters[it->second].mentions.push_back(i);
    }
  }
}

void TrimHeadlineWords(const TokenView& tv, std::vector<Mention>& mentions,
                       std::pmr::memory_resource* arena) {
  // A name guessed by shape that ends in a known person's name is that name with a headline
  // word before it ("Exploits Trump" -> "Trump"), a word that is no given name. Most articles
  // have no such name: then no known names are gathered.
  auto may_trim = [&](const Mention& m) {
    return m.guessed && m.headline && m.type == EntityType::kPerson && m.e - m.b >= 2 &&
           !tv.info[m.b].first_name;
  };
  if (std::none_of(mentions.begin(), mentions.end(), may_trim)) return;
  const Lexicon& lex = Lexicon::Get();
  ScratchTextSet known(arena);  // folded surnames and full names of sure people
  for (const Mention& m : mentions) {
    if (m.type != EntityType::kPerson || m.guessed || m.deferred || m.e - m.b < 2) continue;
    known.emplace(tv.folded[SurnameToken(tv, m.b, m.e)]);
    std::string full;
    for (uint32_t t = m.b; t < m.e; ++t) (full += t > m.b ? " " : "") += tv.folded[t];
    if (!known.count(full)) known.insert(Keep(arena, full));
  }
  for (Mention& m : mentions) {
    // never from a name that is itself known ("Wasim Akram")
    if (!may_trim(m)) continue;
    std::string whole;
    for (uint32_t t = m.b; t < m.e; ++t) (whole += t > m.b ? " " : "") += tv.folded[t];
    if (known.count(whole)) continue;
    for (uint32_t b = m.b + 1; b < m.e && !lex.IsNameSuffix(tv.folded[b]); ++b) {
      std::string tail;
      for (uint32_t t = b; t < m.e; ++t) (tail += t > b ? " " : "") += tv.folded[t];
      if (known.count(tail)) {
        m.b = b;
        break;
      }
    }
  }
}

// People with a given name: one cluster per compatible full name.
void ClusterFullNames(const TokenView& tv, std::vector<Mention>& mentions, std::vector<Cluster>& clusters,
                      std::vector<PersonName>& names, std::vector<int32_t>& person_cluster,
                      PersonIndex& people) {
  for (uint32_t i = 0; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    if (m.type != EntityType::kPerson) continue;
    names[i] = ParseName(tv, m.b, m.e);
    if (names[i].given.empty()) continue;
    int32_t found = -1;
    for (size_t c : people.Candidates(names[i].surname, nullptr)) {
      Cluster& cl = clusters[c];
      if (cl.type != EntityType::kPerson || cl.dropped) continue;
      // "Douglas Fairbanks Jr" and "Douglas Fairbanks Sr" are father and son
      const bool other_generation =
          !cl.suffix.empty() && !names[i].suffix.empty() && cl.suffix != names[i].suffix;
      if (SameSurname(cl.surname, names[i].surname) && CompatibleGiven(cl.given, names[i].given) &&
          !other_generation) {
        found = static_cast<int32_t>(c);
        break;
      }
    }
    if (found < 0) {
      found = static_cast<int32_t>(clusters.size());
      clusters.push_back({EntityType::kPerson,
                          m.gaz,
                          Mentions(people.arena()),
                          names[i].given,
                          names[i].surname,
                          false,
                          {}});
      people.AddSurname(clusters.size() - 1, names[i].surname);
    }
    Cluster& cl = clusters[found];
    cl.mentions.push_back(i);
    if (cl.given.size() < names[i].given.size()) cl.given = names[i].given;
    if (cl.suffix.empty()) cl.suffix = names[i].suffix;
    person_cluster[i] = found;
  }
}

// A name typed a place only by a preposition before it or by the model ("shares in Saab") that the
// article also names as an organization ("Saab's factory") is that organization: a place the
// gazetteers do not know is the weaker guess, and one name should be one node.
void JoinPlacesNamedAsOrganizations(const TokenView& tv, std::vector<Mention>& mentions,
                                    std::vector<Cluster>& clusters, std::pmr::memory_resource* arena) {
  // A place that may join: not dropped, of no gazetteer entry, each mention typed a place by a
  // preposition or by the model ("ESCHEN, Liechtenstein" is a place whatever else the article
  // calls it). Most articles have none: then no organization's words are keyed.
  auto may_join = [&](const Cluster& cl) {
    return !cl.dropped && cl.type == EntityType::kPlace && cl.gaz < 0 &&
           std::all_of(cl.mentions.begin(), cl.mentions.end(),
                       [&](uint32_t mi) { return mentions[mi].has_fallback || mentions[mi].from_model; });
  };
  if (std::none_of(clusters.begin(), clusters.end(), may_join)) return;
  ScratchTextMap<size_t> organization_by_words(arena);
  for (size_t c = 0; c < clusters.size(); ++c) {
    const Cluster& cl = clusters[c];
    // an organization by the model's guess alone is no surer than the place
    if (cl.dropped || cl.type != EntityType::kOrganization ||
        std::all_of(cl.mentions.begin(), cl.mentions.end(),
                    [&](uint32_t mi) { return mentions[mi].from_model && !mentions[mi].org_by_rule; }))
      continue;
    for (uint32_t mi : cl.mentions)
      if (std::string key = WordsKey(tv, mentions[mi].b, mentions[mi].e); !organization_by_words.count(key))
        organization_by_words.emplace(Keep(arena, key), c);
  }
  if (organization_by_words.empty()) return;
  for (Cluster& cl : clusters) {
    if (!may_join(cl)) continue;
    auto it = organization_by_words.end();
    for (uint32_t mi : cl.mentions) {
      it = organization_by_words.find(WordsKey(tv, mentions[mi].b, mentions[mi].e));
      if (it != organization_by_words.end()) break;
    }
    if (it == organization_by_words.end()) continue;
    // "prosecutors in Parma" after "football club Parma": a town may share a name with what a
    // descriptor calls a club or a firm. A place the preposition makes (not the possessor of
    // "in Northampton's defeat") joins only an organization the article also names as itself
    // ("Parma's shares", "a Parma spokesman", "Parma said"), not by a descriptor alone.
    const Cluster& org = clusters[it->second];
    bool by_preposition = std::any_of(cl.mentions.begin(), cl.mentions.end(), [&](uint32_t mi) {
      const Mention& m = mentions[mi];
      return m.has_fallback &&
             !(m.e < tv.tokens->size() && (tv.folded[m.e] == "'s" || tv.folded[m.e] == "'"));
    });
    if (by_preposition && std::all_of(org.mentions.begin(), org.mentions.end(),
                                      [&](uint32_t mi) { return mentions[mi].org_described; }))
      continue;
    for (uint32_t mi : cl.mentions) {
      mentions[mi].type = EntityType::kOrganization;
      clusters[it->second].mentions.push_back(mi);
    }
    cl.mentions.clear();
    cl.dropped = true;
  }
}

void BuildEntities(const TokenView& tv, std::vector<Mention>& mentions, std::vector<Cluster>& clusters,
                   GazClusters& by_gaz, Extraction* out) {
  const Lexicon& lex = Lexicon::Get();
  // the names of organizations, countries and places by the token they end before: "FBI" in
  // "FBI director James Comey", "Russian" in "Russian President Vladimir Putin"
  std::pmr::unordered_map<uint32_t, uint32_t> body_before(by_gaz.get_allocator().resource());
  for (uint32_t mi = 0; mi < mentions.size(); ++mi) {
    EntityType t = mentions[mi].type;
    if (t != EntityType::kPerson && t != EntityType::kEvent && mentions[mi].e > mentions[mi].b)
      body_before.emplace(mentions[mi].e, mi);
  }
  // Build entities (room for the events and the speakers the claim stages add, so that the
  // vector is not moved as they come)
  size_t base = out->entities.size();
  out->entities.reserve(base + clusters.size() + 16);
  for (size_t c = 0; c < clusters.size(); ++c) {
    Cluster& cl = clusters[c];
    if (cl.dropped || cl.mentions.empty()) continue;
    std::sort(cl.mentions.begin(), cl.mentions.end(),
              [&](uint32_t a, uint32_t b) { return mentions[a].b < mentions[b].b; });
    Entity e;
    e.type = cl.type;
    e.id = "t" + std::to_string(c);
    e.mentions.reserve(cl.mentions.size());
    // Canonical: the gazetteer name, else the mention with the most tokens.
    uint32_t best = cl.mentions.front();
    for (uint32_t mi : cl.mentions) {
      if (mentions[mi].e - mentions[mi].b > mentions[best].e - mentions[best].b) best = mi;
    }
    if (cl.gaz >= 0 && cl.type != EntityType::kPerson) {
      const GazEntry& g = lex.entries()[cl.gaz];
      e.name = std::string(g.name);
      for (auto a : g.aliases) e.aliases.emplace_back(a);
    } else {
      e.name = std::string(SurfaceView(tv, mentions[best].b, mentions[best].e));
    }
    for (uint32_t mi : cl.mentions) {
      const Mention& m = mentions[mi];
      AddName(&e.aliases, SurfaceView(tv, m.b, m.e), &e.name);
      // "Mr Trump", "Mrs. Clinton": the name as written with its courtesy title is a surface form too
      uint32_t courtesy = 0;
      if (m.courtesy && m.b > 0 && lex.titles().MatchesExactly(tv, m.b - 1, m.b, &courtesy) &&
          static_cast<TitleKind>(courtesy) == TitleKind::kCourtesy) {
        AddName(&e.aliases, SurfaceView(tv, m.b - 1, m.e), &e.name);
      }
      Span sp{tv.tok(m.b).start, tv.tok(m.e - 1).end};
      if (e.mentions.empty() || !(e.mentions.back() == sp)) e.mentions.push_back(sp);
      for (auto [rb, re] : {std::pair{m.role_b, m.role_e}, std::pair{m.role2_b, m.role2_e}}) {
        if (re <= rb) continue;
        AddName(&e.roles, SurfaceView(tv, rb, re));
        // the name as written with its title ("Defense Secretary Pete Hegseth", "Republican
        // Senator Susan Collins") is a surface form of the entity too
        if (re != m.b) continue;
        AddName(&e.aliases, SurfaceView(tv, rb, m.e));
        // and with the demonym of the country the title is of ("Turkish President Tayyip
        // Erdogan", "North Korean leader Kim Jong Un"), as written
        if (m.country_gaz >= 0) {
          uint32_t d = 0;
          for (uint32_t len = 1; len <= 2 && rb >= len; ++len) {
            if (!lex.demonyms().MatchesExactly(tv, rb - len, rb, &d)) continue;
            AddName(&e.aliases, SurfaceView(tv, rb - len, m.e));
            break;
          }
        }
        // and with the body the title is of, when it is named right before ("FBI director
        // James Comey", "Florida Rep. Debbie Wasserman Schultz")
        auto body = body_before.find(rb);
        if (body == body_before.end()) continue;
        AddName(&e.aliases, SurfaceView(tv, mentions[body->second].b, m.e));
      }
      if (m.country_gaz >= 0 && e.country.empty()) {
        auto it = by_gaz.find(m.country_gaz);
        if (it != by_gaz.end() && !clusters[it->second].dropped) e.country = "t" + std::to_string(it->second);
      }
    }
    // "Vann R. Newkirk II", "James B. Comey Jr.": the name without its generational suffix is one
    // of the person's names too (the surname is the word before the suffix)
    if (cl.type == EntityType::kPerson) {
      const Mention& m = mentions[best];
      if (m.e - m.b >= 3 && lex.IsNameSuffix(tv.folded[m.e - 1]) && tv.tok(m.e - 2).kind == text::kWord) {
        AddName(&e.aliases, SurfaceView(tv, m.b, m.e - 1), &e.name);
      }
    }
    std::sort(e.mentions.begin(), e.mentions.end(),
              [](const Span& a, const Span& b) { return a.start < b.start; });
    out->entities.push_back(std::move(e));
  }
  (void)base;
}

// Organizations by the first word of their first name ("Cadbury" of "Cadbury Schweppes"), for a
// lone word no person bears: "Cadbury said" is the firm (not "Bush" of "the Bush administration",
// whose last word makes it the person's); -1 for a word two firms open.
std::unordered_map<std::string_view, int32_t> OrganizationsByFirstWord(const TokenView& tv,
                                                                       const std::vector<Mention>& mentions,
                                                                       const std::vector<Cluster>& clusters) {
  std::unordered_map<std::string_view, int32_t> org_by_first;
  for (size_t c = 0; c < clusters.size(); ++c) {
    if (clusters[c].type != EntityType::kOrganization || clusters[c].dropped || clusters[c].mentions.empty())
      continue;
    const Mention& f = mentions[clusters[c].mentions.front()];
    bool joined = false;  // ("Thanou and Kenteris": two names read as one)
    for (uint32_t t = f.b; t < f.e; ++t) joined |= (tv.info[t].classes & kConnector) != 0;
    if (f.e - f.b < 2 || joined || !tv.tok(f.b).capitalized || (tv.info[f.e - 1].classes & kOrgSuffix) ||
        tv.info[f.b].first_name || tv.info[f.b].common || tv.info[f.b].bucket[0] >= 0)
      continue;
    auto [it, fresh] = org_by_first.emplace(tv.folded[f.b], static_cast<int32_t>(c));
    if (!fresh && it->second != static_cast<int32_t>(c)) it->second = -1;
  }
  return org_by_first;
}

// The organization cluster a lone one-word name `m` that matched no person opens the name of, or -1;
// not a word before a noun it modifies ("a new breed of Commodore computers").
int32_t FirmOfLoneWord(const TokenView& tv, const Mention& m,
                       const std::unordered_map<std::string_view, int32_t>& org_by_first) {
  const auto& toks = *tv.tokens;
  if (m.e != m.b + 1 || m.titled || m.courtesy || m.gaz >= 0) return -1;
  bool modifier = m.e < toks.size() && m.b > 0 && toks[m.e].kind == text::kWord && !toks[m.e].capitalized &&
                  !(tv.info[m.e].classes & (kSpeech | kFunction)) &&
                  (tv.folded[m.b - 1] == "of" || tv.folded[m.b - 1] == "the" || tv.folded[m.b - 1] == "a");
  if (modifier) return -1;
  auto it = org_by_first.find(tv.folded[m.b]);
  return it == org_by_first.end() ? -1 : it->second;
}

}  // namespace

void ResolveMentions(const TokenView& tv, std::vector<Mention>& mentions, Extraction* out) {
  const Lexicon& lex = Lexicon::Get();
  // the clusters' mention lists and every index below: scratch of this article
  ScratchArena scratch;
  std::pmr::memory_resource* arena = scratch.resource();
  std::vector<Cluster> clusters;
  clusters.reserve(mentions.size());  // (most mentions open a cluster: none moved as it grows)
  GazClusters by_gaz(arena);
  ScratchTextMap<size_t> by_text(arena);

  ClusterNonPersons(tv, mentions, clusters, by_gaz, by_text);
  JoinShortForms(tv, mentions, clusters, arena);

  DropLoneAcronyms(tv, mentions, clusters, arena);
  JoinWrittenLikeOthers(tv, mentions, clusters, arena);
  TrimHeadlineWords(tv, mentions, arena);
  // People: full names first.
  std::vector<PersonName> names(mentions.size());
  std::vector<int32_t> person_cluster(mentions.size(), -1);
  PersonIndex people(arena);
  ClusterFullNames(tv, mentions, clusters, names, person_cluster, people);
  // Then lone names. Each person's mention starts in order, and its first sure full name
  // (no headline, not guessed by shape); lone names add no full names.
  std::pmr::vector<std::pmr::vector<uint32_t>> starts(clusters.size(), arena);
  std::vector<uint32_t> sure_first(clusters.size(), UINT32_MAX);
  for (size_t c = 0; c < clusters.size(); ++c) {
    if (clusters[c].type != EntityType::kPerson) continue;
    starts[c].reserve(clusters[c].mentions.size());
    for (uint32_t mi : clusters[c].mentions) {
      starts[c].push_back(mentions[mi].b);
      const Mention& cm = mentions[mi];
      if (!names[mi].given.empty() && !cm.guessed && !cm.headline)
        sure_first[c] = std::min(sure_first[c], cm.b);
    }
    std::sort(starts[c].begin(), starts[c].end());
    people.AddLoneKeys(c, clusters[c]);
  }
  const auto org_by_first = OrganizationsByFirstWord(tv, mentions, clusters);
  auto last_before = [&](size_t c, uint32_t tok) {
    const auto& v = starts[c];
    auto it = std::lower_bound(v.begin(), v.end(), tok);
    return it == v.begin() ? int64_t{-1} : static_cast<int64_t>(*(it - 1));
  };
  for (uint32_t i = 0; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    if (m.type != EntityType::kPerson || !names[i].given.empty()) continue;
    const std::string& s = names[i].surname;
    const std::string s_nodots = StripDots(s);  // once per mention, not per cluster
    int32_t best = -1;
    int64_t best_pos = -2;
    uint32_t best_after = UINT32_MAX;
    // Several people named before with this surname ("Hillary Clinton ... Bill
    // Clinton and Chelsea Clinton"): outside the paragraph of the last one named,
    // the lone surname is the one introduced first; relatives named later keep
    // their full names.
    int32_t first_named = -1;
    uint32_t first_named_at = UINT32_MAX;
    int bearers = 0;
    // "Mr. Clinton" / "Mrs. Clinton": the courtesy title tells which bearer, by the gender of the given name.
    char wanted = m.courtesy && m.b > 0 ? lex.GenderOf(tv.folded[m.b - 1]) : 0;  // titles.tsv's gender
    int32_t gender_match = -1;
    int gender_matches = 0;
    for (size_t c : people.Candidates(s, &s_nodots)) {
      Cluster& cl = clusters[c];
      if (cl.type != EntityType::kPerson || cl.dropped) continue;
      // "Mrs Howard" after "Michael Howard" (his wife) or "Mr Howard" after "Mrs Howard": a courtesy
      // title of the other gender names another person
      if (wanted != 0) {
        char has = cl.given.empty() ? cl.courtesy_gender
                                    : lex.GenderOf(std::string_view(cl.given).substr(0, cl.given.find(' ')));
        if (has != 0 && has != wanted) continue;
      }
      bool same_surname = SameSurname(cl.surname, s);
      bool match = same_surname ||
                   (!cl.given.empty() && cl.given.compare(0, cl.given.find(' '), s_nodots) == 0) ||
                   (cl.surname.size() > s.size() &&
                    cl.surname.compare(cl.surname.size() - s.size(), s.size(), s) == 0 &&
                    cl.surname[cl.surname.size() - s.size() - 1] == ' ');
      if (!match) continue;
      int64_t pos = last_before(c, m.b);
      if (pos >= 0 && same_surname && !cl.given.empty()) {
        // Its first full name read as a sure name (no headline, not guessed by shape).
        uint32_t first = sure_first[c] < m.b ? sure_first[c] : UINT32_MAX;
        if (first != UINT32_MAX) ++bearers;
        if (wanted != 0 && lex.GenderOf(std::string_view(cl.given).substr(0, cl.given.find(' '))) == wanted) {
          gender_match = static_cast<int32_t>(c);
          ++gender_matches;
        }
        if (first < first_named_at) {
          first_named_at = first;
          first_named = static_cast<int32_t>(c);
        }
      }
      if (pos >= 0) {
        if (pos > best_pos) {
          best_pos = pos;
          best = static_cast<int32_t>(c);
        }
      } else if (best_pos < 0) {
        uint32_t first = mentions[cl.mentions.front()].b;
        if (first < best_after) {
          best_after = first;
          best = static_cast<int32_t>(c);
        }
      }
    }
    if (bearers >= 2 && gender_matches == 1) {
      best = gender_match;
    } else if (bearers >= 2 && best != first_named) {
      uint32_t from = tv.tok(static_cast<uint32_t>(best_pos)).end, to = tv.tok(m.b).start;
      if (tv.text.substr(from, to - from).find('\n') != std::string_view::npos) best = first_named;
    }
    if (int32_t firm = best < 0 ? FirmOfLoneWord(tv, m, org_by_first) : -1;
        firm >= 0 && lex.PersonBySurname(s) < 0) {
      m.type = EntityType::kOrganization;  // ("Cairn said" after "Cairn Energy")
      clusters[static_cast<size_t>(firm)].mentions.push_back(i);
      continue;
    }
    if (best < 0) {
      bool known = m.titled || m.gaz >= 0 || lex.PersonBySurname(s) >= 0;
      if (m.deferred && !known && m.has_fallback) {
        // Names no person: it is the place (or organization) its context says.
        const size_t c = TextCluster(tv, m.fallback, m.b, m.b + 1, by_text, clusters);
        m.type = m.fallback;
        clusters[c].mentions.push_back(i);
        continue;
      }
      if (m.deferred && !known) continue;
      if (tv.info[m.b].classes & kNotName && !m.courtesy) continue;
      best = static_cast<int32_t>(clusters.size());
      clusters.push_back({EntityType::kPerson, -1, Mentions(arena), {}, s, false, {}, wanted});
      people.AddSurname(clusters.size() - 1, s);
      people.AddLoneKeys(clusters.size() - 1, clusters.back());
    }
    clusters[best].mentions.push_back(i);
    if (starts.size() < clusters.size()) {
      starts.resize(clusters.size());
      sure_first.resize(clusters.size(), UINT32_MAX);
    }
    auto& st = starts[static_cast<size_t>(best)];
    st.insert(std::upper_bound(st.begin(), st.end(), m.b), m.b);
    person_cluster[i] = best;
  }

  JoinPlacesNamedAsOrganizations(tv, mentions, clusters, arena);
  BuildEntities(tv, mentions, clusters, by_gaz, out);
}

}  // namespace claimgraph::extract
