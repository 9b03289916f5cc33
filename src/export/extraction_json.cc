#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "claimgraph/export.h"

namespace claimgraph {
namespace {

template <typename W>
void StringOrNull(W& w, const std::string& s) {
  if (s.empty()) {
    w.Null();
  } else {
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  }
}

template <typename W>
void Str(W& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

template <typename W>
void WriteAll(W& w, const Extraction& x) {
  w.StartObject();
  w.Key("article");
  w.StartObject();
  w.Key("id");
  Str(w, x.article.id);
  w.Key("source");
  Str(w, x.article.source);
  w.Key("title");
  StringOrNull(w, x.article.title);
  w.Key("date");
  StringOrNull(w, x.article.date);
  w.Key("outlet");
  StringOrNull(w, x.article.outlet);
  w.Key("author");
  StringOrNull(w, x.article.author);
  w.Key("url");
  StringOrNull(w, x.article.url);
  w.EndObject();

  w.Key("entities");
  w.StartArray();
  for (const Entity& e : x.entities) {
    w.StartObject();
    w.Key("id");
    Str(w, e.id);
    w.Key("name");
    Str(w, e.name);
    w.Key("type");
    Str(w, EntityTypeName(e.type));
    w.Key("aliases");
    w.StartArray();
    for (const auto& a : e.aliases) Str(w, a);
    w.EndArray();
    w.Key("roles");
    w.StartArray();
    for (const auto& r : e.roles) Str(w, r);
    w.EndArray();
    if (!e.country.empty()) {
      w.Key("country");
      Str(w, e.country);
    }
    if (!e.place.empty()) {
      w.Key("place");
      Str(w, e.place);
    }
    if (!e.date.empty()) {
      w.Key("date");
      Str(w, e.date);
    }
    w.Key("mentions");
    w.StartArray();
    for (const Span& m : e.mentions) {
      w.StartObject();
      w.Key("start");
      w.Uint(m.start);
      w.Key("end");
      w.Uint(m.end);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();

  w.Key("claims");
  w.StartArray();
  for (const Claim& c : x.claims) {
    w.StartObject();
    w.Key("id");
    Str(w, c.id);
    w.Key("speaker");
    StringOrNull(w, c.speaker);
    w.Key("kind");
    Str(w, c.kind == ClaimKind::kDirect ? "direct" : "indirect");
    w.Key("text");
    Str(w, c.text);
    w.Key("cue");
    StringOrNull(w, c.cue);
    w.Key("start");
    w.Uint(c.span.start);
    w.Key("end");
    w.Uint(c.span.end);
    w.Key("date");
    StringOrNull(w, c.date);
    w.EndObject();
  }
  w.EndArray();

  w.Key("relations");
  w.StartArray();
  for (const Relation& r : x.relations) {
    w.StartObject();
    w.Key("id");
    Str(w, r.id);
    w.Key("source");
    Str(w, r.source);
    w.Key("type");
    Str(w, r.type);
    w.Key("target");
    Str(w, r.target.empty() ? r.target_text : r.target);
    if (!r.target.empty() && !r.target_text.empty()) {
      w.Key("target_text");
      Str(w, r.target_text);
    }
    w.Key("claim");
    StringOrNull(w, r.claim);
    w.Key("evidence");
    Str(w, r.evidence);
    w.Key("start");
    w.Uint(r.evidence_span.start);
    w.Key("end");
    w.Uint(r.evidence_span.end);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

std::string ExtractionToJson(const Extraction& x, bool pretty) {
  rapidjson::StringBuffer buf;
  if (pretty) {
    rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buf);
    w.SetIndent(' ', 1);
    WriteAll(w, x);
  } else {
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    WriteAll(w, x);
  }
  return std::string(buf.GetString(), buf.GetSize());
}

}  // namespace claimgraph
