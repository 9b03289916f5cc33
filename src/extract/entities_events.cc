// Events: a noun phrase ending in an event head word ("peace talks", "2024
// presidential campaign", "Ukraine Defense Contact Group meeting"), with the
// place ("in Munich") and day ("on Friday", resolved from Article::date) that
// follow it in the sentence. Events with the same name are one entity; an event
// with a place also gets the alias "<place> <head>" ("Munich meeting").
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <string>
#include <unordered_map>

#include "common/lexicon_file.h"
#include "extract/entities_internal.h"

namespace claimgraph::extract {
namespace {

// 0 (Sunday) .. 6 (Saturday) for a folded weekday name (lexicons/day_words.tsv), else -1.
int WeekdayIndex(std::string_view folded) {
  static const auto* days = [] {
    auto* m = new std::unordered_map<std::string, int>;
    for (const auto& row : internal::ReadLexicon("lexicons/day_words.tsv", {3, 3, {"weekday", "reldate"}}))
      if (row[1] == "weekday") (*m)[std::string(row[0])] = std::atoi(std::string(row[2]).c_str());
    return m;
  }();
  auto it = days->find(std::string(folded));
  return it == days->end() ? -1 : it->second;
}

bool ParseDate(std::string_view d, int* y, int* m, int* day) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  return std::sscanf(std::string(d).c_str(), "%d-%d-%d", y, m, day) == 3;
}

// The date of `weekday` nearest to the article date: the same week's day, earlier
// unless `future` (then later). Empty when the article has no date.
std::string ResolveWeekday(std::string_view article_date, int weekday, bool future) {
  int y, m, d;
  if (!ParseDate(article_date, &y, &m, &d)) return "";
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = m - 1;
  tm.tm_mday = d;
  tm.tm_hour = 12;
  std::time_t t = timegm(&tm);
  std::tm cur{};
  gmtime_r(&t, &cur);
  int delta = weekday - cur.tm_wday;
  if (future) {
    if (delta < 0) delta += 7;
  } else {
    if (delta > 0) delta -= 7;
  }
  t += static_cast<std::time_t>(delta) * 86400;
  gmtime_r(&t, &cur);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", cur.tm_year + 1900, cur.tm_mon + 1, cur.tm_mday);
  return buf;
}

// Is the head at h a verb whose subject is the person named right before it, opening a clause
// (the sentence, or after "and", "but" or a comma)?
bool PersonsVerb(const TokenView& tv, uint32_t first, uint32_t h, const std::vector<int32_t>& covering,
                 const Extraction& out) {
  std::string_view f = tv.folded[h];
  if (h == first || tv.tok(h).capitalized || !f.ends_with("s") || f.ends_with("ss")) return false;
  int32_t who = covering[h - 1];
  if (who < 0 || out.entities[static_cast<size_t>(who)].type != EntityType::kPerson) return false;
  uint32_t b = h - 1;
  while (b > first && covering[b - 1] == who) --b;
  if (b == first) return true;
  std::string_view before = tv.folded[b - 1];
  return before == "," || before == "and" || before == "but" || before == ";";
}

}  // namespace

void AddEvents(const Article& article, const TokenView& tv, const text::Segmented& seg,
               const std::vector<SentenceShape>& shapes, Extraction* out) {
  // (the sentences with a word that may head an event, from ShapeOf: none in many articles)
  if (std::none_of(shapes.begin(), shapes.end(), [](const SentenceShape& s) { return s.event_head; })) return;
  // Token -> entity covering it (places, orgs, countries) to name places and modifiers.
  std::vector<int32_t> covering(tv.tokens->size(), -1);
  for (size_t ei = 0; ei < out->entities.size(); ++ei) {
    // Tokens are sorted, and so are an entity's spans (BuildEntities): the search for a span's
    // first token starts at the first token of the span before it.
    auto from = tv.tokens->begin();
    uint32_t from_start = 0;
    for (const Span& sp : out->entities[ei].mentions) {
      if (sp.start < from_start) from = tv.tokens->begin();
      auto it = std::lower_bound(from, tv.tokens->end(), sp.start,
                                 [](const text::Token& t, uint32_t s) { return t.start < s; });
      from = it;
      from_start = sp.start;
      for (; it != tv.tokens->end() && it->end <= sp.end; ++it)
        covering[it - tv.tokens->begin()] = static_cast<int32_t>(ei);
    }
  }
  std::unordered_map<std::string, size_t> by_name;
  std::vector<Entity> events;
  for (size_t si = 0; si < seg.sentences.size(); ++si) {
    if (!shapes[si].event_head) continue;
    const text::Sentence& s = seg.sentences[si];
    int future = -1;  // does a word of the sentence put its events ahead? (-1: not asked yet)
    for (uint32_t h = s.first; h < s.last; ++h) {
      const text::Token& t = tv.tok(h);
      if (t.kind != text::kWord) continue;
      if (!(tv.info[h].event_classes & kEventHead)) continue;
      // Skip a head that is a modifier of a following head ("campaign stop" names one event).
      if (h + 1 < s.last && (tv.info[h + 1].event_classes & kEventHead) &&
          (tv.info[h].event_classes & kEventModifier)) {
        continue;
      }
      // "Clare Short attacks US", "..., and Johnson talks about": a head in "-s" after a person's
      // name that opens a clause is the person's verb, not an event ("the prospect of Garland
      // hearings", "any Trump attacks on it", "the Trump address" are events)
      if (PersonsVerb(tv, s.first, h, covering, *out)) continue;
      uint32_t b = h;
      while (b > s.first && h - b < 5) {
        uint32_t p = b - 1;
        const text::Token& u = tv.tok(p);
        bool ok = false;
        if (u.kind == text::kNumber && tv.Text(p).size() == 4)
          ok = true;  // a year
        else if (u.kind == text::kWord && (u.capitalized || u.all_caps) && covering[p] >= 0)
          ok = true;
        else if (u.kind == text::kWord && (u.capitalized || u.all_caps) && !tv.info[p].common && p != s.first)
          ok = true;
        else if (u.kind == text::kWord && (tv.info[p].event_classes & kEventModifier))
          ok = true;
        else if (u.kind == text::kWord && u.capitalized && p > s.first &&
                 (tv.info[p].classes & kNotName) == 0 && tv.info[p].classes == 0 && !tv.info[p].common)
          ok = true;
        if (!ok) break;
        b = p;
      }
      // A bare head that is also a common verb or noun ("stop", "run") needs a modifier.
      if ((tv.info[h].event_classes & kEventNeedsModifier) && b == h) continue;
      std::string name = std::string(tv.text.substr(tv.tok(b).start, t.end - tv.tok(b).start));
      // Place and date after the head, within the sentence.
      std::string place, date;
      for (uint32_t p = h + 1; p < s.last && p < h + 14; ++p) {
        std::string_view f = tv.folded[p];
        // A clause break ends what the event's phrase can govern.
        if (f == "," || f == ";" || f == ":" || tv.tok(p).kind == text::kDash) break;
        if ((f == "in" || f == "at") && p + 1 < s.last && covering[p + 1] >= 0 && place.empty()) {
          const Entity& pe = out->entities[covering[p + 1]];
          if (pe.type == EntityType::kPlace || pe.type == EntityType::kCountry) place = pe.name;
        }
        if (f == "on" && p + 1 < s.last && date.empty()) {
          int wd = WeekdayIndex(tv.folded[p + 1]);
          if (wd >= 0 && future < 0) {
            future = 0;
            for (uint32_t q = s.first; q < s.last; ++q)
              future |= (tv.info[q].event_classes & kEventFuture) != 0;
          }
          if (wd >= 0) date = ResolveWeekday(article.date, wd, future == 1);
        }
      }
      std::string key = Fold(name);
      auto it = by_name.find(key);
      if (it == by_name.end()) {
        it = by_name.emplace(key, events.size()).first;
        Entity e;
        e.type = EntityType::kEvent;
        e.name = name;
        events.push_back(std::move(e));
      }
      Entity& e = events[it->second];
      e.mentions.push_back({tv.tok(b).start, t.end});
      if (!place.empty() && e.place.empty()) {
        e.place = place;
        std::string alias = place + " " + std::string(tv.Text(h));
        if (std::find(e.aliases.begin(), e.aliases.end(), alias) == e.aliases.end())
          e.aliases.push_back(alias);
      }
      if (!date.empty() && e.date.empty()) e.date = date;
    }
  }
  for (auto& e : events) {
    e.id = "v" + std::to_string(&e - events.data());
    out->entities.push_back(std::move(e));
  }
}

}  // namespace claimgraph::extract
