// The JSON object of each query row (graph.h lists the keys).
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "claimgraph/graph.h"

namespace claimgraph {
namespace {

using W = rapidjson::Writer<rapidjson::StringBuffer>;

void Str(W& w, const char* key, const std::string& v) {
  w.Key(key);
  w.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
}
void StrOrNull(W& w, const char* key, const std::string& v) {
  w.Key(key);
  if (v.empty()) {
    w.Null();
  } else {
    w.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
  }
}
void Int(W& w, const char* key, int64_t v) {
  w.Key(key);
  w.Int64(v);
}
void Strings(W& w, const char* key, const std::vector<std::string>& v) {
  w.Key(key);
  w.StartArray();
  for (const std::string& s : v) w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  w.EndArray();
}

// article, title, outlet, date, source, url, text, start, end
void EvidenceFields(W& w, const Evidence& e) {
  Str(w, "article", e.article_id);
  StrOrNull(w, "title", e.title);
  StrOrNull(w, "outlet", e.outlet);
  StrOrNull(w, "date", e.date);
  Str(w, "source", e.source);
  StrOrNull(w, "url", e.url);
  Str(w, "text", e.text);
  Int(w, "start", e.span.start);
  Int(w, "end", e.span.end);
}
void EvidenceObject(W& w, const char* key, const Evidence& e) {
  w.Key(key);
  w.StartObject();
  EvidenceFields(w, e);
  w.EndObject();
}

void ClaimFields(W& w, const ClaimRow& r) {
  Str(w, "claim", r.claim);
  StrOrNull(w, "speaker", r.speaker);
  StrOrNull(w, "speaker_key", r.speaker_key);
  Str(w, "kind", r.kind);
  Str(w, "polarity", r.polarity);
  StrOrNull(w, "cue", r.cue);
  Str(w, "text", r.text);
  StrOrNull(w, "date", r.date);
  StrOrNull(w, "first_outlet", r.first_outlet);
  Str(w, "first_article", r.first_article);
  Str(w, "source", r.source);
  Strings(w, "outlets", r.outlets);
  Int(w, "appearances", r.appearances);
  StrOrNull(w, "verdict", r.verdict);
}

template <typename F>
std::string Object(F fill) {
  rapidjson::StringBuffer buf;
  W w(buf);
  w.StartObject();
  fill(w);
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
}

void RelationCounts(W& w, const char* key, const std::vector<RelationCount>& v) {
  w.Key(key);
  w.StartArray();
  for (const RelationCount& c : v) {
    w.StartObject();
    Str(w, "type", c.type);
    Str(w, "direction", c.direction);
    Str(w, "other", c.other);
    StrOrNull(w, "other_key", c.other_key);
    Int(w, "count", c.count);
    w.EndObject();
  }
  w.EndArray();
}

void ClaimArray(W& w, const char* key, const std::vector<ClaimRow>& v) {
  w.Key(key);
  w.StartArray();
  for (const ClaimRow& c : v) {
    w.StartObject();
    ClaimFields(w, c);
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

std::string RowJson(const ClaimRow& r) {
  return Object([&](W& w) { ClaimFields(w, r); });
}

std::string RowJson(const NeighborRow& r) {
  return Object([&](W& w) {
    Str(w, "key", r.key);
    Str(w, "name", r.name);
    Str(w, "type", r.type);
    Int(w, "distance", r.distance);
    Str(w, "via", r.via);
    Str(w, "direction", r.direction);
    Str(w, "from", r.from);
    EvidenceObject(w, "evidence", r.evidence);
  });
}

std::string RowJson(const PathStep& r) {
  return Object([&](W& w) {
    Int(w, "step", r.step);
    Str(w, "from", r.from);
    Str(w, "from_key", r.from_key);
    Str(w, "edge", r.edge);
    Str(w, "direction", r.direction);
    Str(w, "to", r.to);
    Str(w, "to_key", r.to_key);
    Str(w, "article", r.evidence.article_id);
    StrOrNull(w, "date", r.evidence.date);
    StrOrNull(w, "outlet", r.evidence.outlet);
    Str(w, "sentence", r.evidence.text);
    Int(w, "start", r.evidence.span.start);
    Int(w, "end", r.evidence.span.end);
  });
}

std::string RowJson(const RankRow& r) {
  return Object([&](W& w) {
    Int(w, "rank", r.rank);
    Str(w, "key", r.key);
    Str(w, "name", r.name);
    Str(w, "type", r.type);
    w.Key("score");
    w.Double(r.score);
  });
}

std::string RowJson(const ContradictionRow& r) {
  return Object([&](W& w) {
    Str(w, "kind", r.kind);
    Str(w, "target", r.target);
    StrOrNull(w, "target_key", r.target_key);
    Str(w, "a", r.a);
    Str(w, "a_key", r.a_key);
    Str(w, "a_side", r.a_side);
    Str(w, "b", r.b);
    Str(w, "b_key", r.b_key);
    Str(w, "b_side", r.b_side);
    StrOrNull(w, "date", r.date);
    EvidenceObject(w, "a_evidence", r.a_evidence);
    EvidenceObject(w, "b_evidence", r.b_evidence);
  });
}

std::string RowJson(const QuoteRow& r) {
  return Object([&](W& w) {
    Str(w, "claim", r.claim);
    StrOrNull(w, "speaker", r.speaker);
    StrOrNull(w, "speaker_key", r.speaker_key);
    Str(w, "kind", r.kind);
    Str(w, "polarity", r.polarity);
    w.Key("first");
    w.Bool(r.first);
    EvidenceFields(w, r.appearance);
  });
}

std::string RowJson(const EntityReport& r) {
  return Object([&](W& w) {
    Str(w, "key", r.key);
    Str(w, "name", r.name);
    Str(w, "type", r.type);
    Strings(w, "aliases", r.aliases);
    Strings(w, "roles", r.roles);
    RelationCounts(w, "affiliations", r.affiliations);
    Int(w, "claims", r.claim_count);
    Int(w, "mentions", r.mention_count);
    ClaimArray(w, "said", r.said);
    ClaimArray(w, "said_about", r.said_about);
    RelationCounts(w, "relations", r.relations);
    w.Key("articles");
    w.StartArray();
    for (const ArticleRef& a : r.articles) {
      w.StartObject();
      Str(w, "article", a.article_id);
      StrOrNull(w, "title", a.title);
      StrOrNull(w, "date", a.date);
      StrOrNull(w, "outlet", a.outlet);
      Str(w, "source", a.source);
      w.EndObject();
    }
    w.EndArray();
  });
}

std::string RowJson(const NameCompletion& r) {
  return Object([&](W& w) {
    Str(w, "key", r.key);
    Str(w, "name", r.name);
    Str(w, "type", r.type);
    Str(w, "alias", r.alias);
    Int(w, "claims", r.claims);
  });
}

std::string RowJson(const Passage& r) {
  return Object([&](W& w) {
    Str(w, "article", r.article_id);
    StrOrNull(w, "title", r.title);
    StrOrNull(w, "outlet", r.outlet);
    StrOrNull(w, "date", r.date);
    StrOrNull(w, "source", r.source);
    StrOrNull(w, "url", r.url);
    Str(w, "before", r.before);
    Str(w, "highlight", r.highlight);
    Str(w, "after", r.after);
    Int(w, "start", r.span.start);
    Int(w, "end", r.span.end);
  });
}

}  // namespace claimgraph
