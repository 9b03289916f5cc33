#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cstring>
#include <string_view>

#include "claimgraph/export.h"
#include "text/swar.h"

namespace claimgraph {
namespace {

// The escape of each byte in a JSON string as rapidjson's Writer writes it: '"' and '\\' after a
// backslash; a byte below 0x20 as \b \t \n \f \r, else as \u00XX ('u'); 0: the byte as it is.
constexpr struct JsonEscapes {
  char of[256] = {};
  constexpr JsonEscapes() {
    for (int b = 0; b < 0x20; ++b) of[b] = 'u';
    of['\b'] = 'b';
    of['\t'] = 't';
    of['\n'] = 'n';
    of['\f'] = 'f';
    of['\r'] = 'r';
    of['"'] = '"';
    of['\\'] = '\\';
  }
} kJsonEscapes;

// Does one of the eight bytes of x need an escape (kJsonEscapes)?
inline bool NeedsEscape8(uint64_t x) {
  const bool control = ((x - text::kOnes8 * 0x20) & ~x & text::kHigh8) != 0;  // a byte below 0x20
  return control || text::HasByte8(x, '"') || text::HasByte8(x, '\\');
}

// Writes s as a JSON string (in quotes) to *os, the same bytes as rapidjson's Writer::String from
// UTF-8 to UTF-8 without validation: the escapes of kJsonEscapes, every other byte as it is.
void WriteJsonString(std::string_view s, rapidjson::StringBuffer* os) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  const size_t room = 2 + s.size() * 6;  // (each byte escaped as \u00XX at most)
  char* const begin = os->Push(room);
  char* out = begin;
  *out++ = '"';
  const char* p = s.data();
  const char* const end = p + s.size();
  while (p != end) {
    // eight bytes at a time while none needs an escape (most of a text)
    while (end - p >= 8 && !NeedsEscape8(text::Load8(p))) {
      text::Store8(out, text::Load8(p));
      out += 8;
      p += 8;
    }
    if (p == end) break;
    // the last eight bytes, over some already written, when none of them needs an escape (then
    // those written are as they were too)
    if (s.size() >= 8 && end - p < 8 && !NeedsEscape8(text::Load8(end - 8))) {
      text::Store8(out - (8 - (end - p)), text::Load8(end - 8));
      out += end - p;
      break;
    }
    const unsigned char c = static_cast<unsigned char>(*p++);
    const char e = kJsonEscapes.of[c];
    if (e == 0) {
      *out++ = static_cast<char>(c);
      continue;
    }
    *out++ = '\\';
    *out++ = e;
    if (e == 'u') {
      *out++ = '0';
      *out++ = '0';
      *out++ = kHex[c >> 4];
      *out++ = kHex[c & 0xF];
    }
  }
  *out++ = '"';
  os->Pop(room - static_cast<size_t>(out - begin));
}

// The Writer of `extract --jsonl` lines, whose strings WriteJsonString writes: rapidjson's
// Writer::String escapes and copies them a byte at a time, which was a sixth of the command's
// instructions on bbc/politics (mostly the articles' text). The bytes written are the same.
class LineWriter : public rapidjson::Writer<rapidjson::StringBuffer> {
 public:
  explicit LineWriter(rapidjson::StringBuffer& os) : Writer(os) {}
  bool String(const char* str, rapidjson::SizeType length, bool = false) {
    Prefix(rapidjson::kStringType);
    WriteJsonString(std::string_view(str, length), os_);
    return EndValue(true);
  }
  // A key of WriteAll's, a literal that needs no escape ("article", "evidence"), as it is.
  template <size_t N>
  bool Key(const char (&key)[N]) {
    Prefix(rapidjson::kStringType);
    char* out = os_->Push(N + 1);
    out[0] = '"';
    std::memcpy(out + 1, key, N - 1);
    out[N] = '"';
    return EndValue(true);
  }
};

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
void WriteAll(W& w, const Extraction& x, bool with_text = false) {
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
  if (with_text) {
    w.Key("body_start");
    w.Uint64(x.article.body_start);
    w.Key("text");
    Str(w, x.article.text);
  }
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
    w.Key("polarity");
    Str(w, c.polarity == ClaimPolarity::kDenied ? "denied" : "asserted");
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

std::string ExtractionToJsonLine(const Extraction& x) {
  rapidjson::StringBuffer buf;
  LineWriter w(buf);
  WriteAll(w, x, /*with_text=*/true);
  return std::string(buf.GetString(), buf.GetSize());
}

namespace {

using Value = rapidjson::Value;

// Reads the member `key` of `obj` into *out: a string, or null / absent as "".
// `required`: absent or null is an error.
Status GetString(const Value& obj, const char* key, std::string* out, bool required = false) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || it->value.IsNull()) {
    if (required) return Status::InvalidInput(std::string("no \"") + key + "\"");
    out->clear();
    return Status::Ok();
  }
  if (!it->value.IsString()) return Status::InvalidInput(std::string("\"") + key + "\" is not a string");
  out->assign(it->value.GetString(), it->value.GetStringLength());
  return Status::Ok();
}

Status GetUint(const Value& obj, const char* key, uint64_t* out) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsUint64())
    return Status::InvalidInput(std::string("\"") + key + "\" is not a number");
  *out = it->value.GetUint64();
  return Status::Ok();
}

Status GetSpan(const Value& obj, Span* span) {
  uint64_t s = 0, e = 0;
  if (Status st = GetUint(obj, "start", &s); !st.ok()) return st;
  if (Status st = GetUint(obj, "end", &e); !st.ok()) return st;
  span->start = static_cast<uint32_t>(s);
  span->end = static_cast<uint32_t>(e);
  return Status::Ok();
}

const Value* GetArray(const Value& obj, const char* key) {
  auto it = obj.FindMember(key);
  return it != obj.MemberEnd() && it->value.IsArray() ? &it->value : nullptr;
}

Status GetStrings(const Value& obj, const char* key, std::vector<std::string>* out) {
  const Value* a = GetArray(obj, key);
  if (!a) return Status::InvalidInput(std::string("\"") + key + "\" is not an array");
  for (const Value& v : a->GetArray()) {
    if (!v.IsString()) return Status::InvalidInput(std::string("\"") + key + "\" holds a non-string");
    out->emplace_back(v.GetString(), v.GetStringLength());
  }
  return Status::Ok();
}

#define CG_TRY(expr)                             \
  do {                                           \
    if (Status s_ = (expr); !s_.ok()) return s_; \
  } while (0)

Status ReadArticle(const Value& a, Article* out) {
  if (!a.IsObject()) return Status::InvalidInput("\"article\" is not an object");
  CG_TRY(GetString(a, "id", &out->id, true));
  CG_TRY(GetString(a, "source", &out->source));
  CG_TRY(GetString(a, "title", &out->title));
  CG_TRY(GetString(a, "date", &out->date));
  CG_TRY(GetString(a, "outlet", &out->outlet));
  CG_TRY(GetString(a, "author", &out->author));
  CG_TRY(GetString(a, "url", &out->url));
  CG_TRY(GetString(a, "text", &out->text, true));
  uint64_t body_start = 0;
  CG_TRY(GetUint(a, "body_start", &body_start));
  if (body_start > out->text.size()) return Status::InvalidInput("\"body_start\" is past the text");
  out->body_start = static_cast<size_t>(body_start);
  return Status::Ok();
}

Status ReadEntity(const Value& v, Entity* e) {
  if (!v.IsObject()) return Status::InvalidInput("an entity is not an object");
  CG_TRY(GetString(v, "id", &e->id, true));
  CG_TRY(GetString(v, "name", &e->name, true));
  std::string type;
  CG_TRY(GetString(v, "type", &type, true));
  if (!ParseEntityType(type, &e->type)) return Status::InvalidInput("unknown entity type \"" + type + "\"");
  CG_TRY(GetStrings(v, "aliases", &e->aliases));
  CG_TRY(GetStrings(v, "roles", &e->roles));
  CG_TRY(GetString(v, "country", &e->country));
  CG_TRY(GetString(v, "place", &e->place));
  CG_TRY(GetString(v, "date", &e->date));
  const Value* mentions = GetArray(v, "mentions");
  if (!mentions) return Status::InvalidInput("\"mentions\" is not an array");
  for (const Value& m : mentions->GetArray()) {
    if (!m.IsObject()) return Status::InvalidInput("a mention is not an object");
    CG_TRY(GetSpan(m, &e->mentions.emplace_back()));
  }
  return Status::Ok();
}

Status ReadClaim(const Value& v, Claim* c) {
  if (!v.IsObject()) return Status::InvalidInput("a claim is not an object");
  CG_TRY(GetString(v, "id", &c->id, true));
  CG_TRY(GetString(v, "speaker", &c->speaker));
  std::string kind;
  CG_TRY(GetString(v, "kind", &kind, true));
  if (kind != "direct" && kind != "indirect")
    return Status::InvalidInput("unknown claim kind \"" + kind + "\"");
  c->kind = kind == "direct" ? ClaimKind::kDirect : ClaimKind::kIndirect;
  std::string polarity;
  CG_TRY(GetString(v, "polarity", &polarity));
  if (!polarity.empty() && polarity != "asserted" && polarity != "denied")
    return Status::InvalidInput("unknown claim polarity \"" + polarity + "\"");
  c->polarity = polarity == "denied" ? ClaimPolarity::kDenied : ClaimPolarity::kAsserted;
  CG_TRY(GetString(v, "text", &c->text, true));
  CG_TRY(GetString(v, "cue", &c->cue));
  CG_TRY(GetSpan(v, &c->span));
  CG_TRY(GetString(v, "date", &c->date));
  return Status::Ok();
}

// "target" is an entity id when one of the article's entities has it (then
// "target_text" may follow), else the target as text.
Status ReadRelation(const Value& v, const Extraction& x, Relation* r) {
  if (!v.IsObject()) return Status::InvalidInput("a relation is not an object");
  CG_TRY(GetString(v, "id", &r->id, true));
  CG_TRY(GetString(v, "source", &r->source, true));
  CG_TRY(GetString(v, "type", &r->type, true));
  std::string target;
  CG_TRY(GetString(v, "target", &target));
  if (x.FindEntity(target) != nullptr) {
    r->target = target;
    CG_TRY(GetString(v, "target_text", &r->target_text));
  } else {
    r->target_text = target;
  }
  CG_TRY(GetString(v, "claim", &r->claim));
  CG_TRY(GetString(v, "evidence", &r->evidence));
  CG_TRY(GetSpan(v, &r->evidence_span));
  return Status::Ok();
}

#undef CG_TRY

}  // namespace

Result<Extraction> ExtractionFromJsonLine(std::string_view line) {
  rapidjson::Document d;
  d.Parse(line.data(), line.size());
  if (d.HasParseError())
    return Status::InvalidInput(std::string("malformed JSON: ") +
                                rapidjson::GetParseError_En(d.GetParseError()));
  if (!d.IsObject()) return Status::InvalidInput("not a JSON object");
  Extraction x;
  auto art = d.FindMember("article");
  if (art == d.MemberEnd()) return Status::InvalidInput("no \"article\"");
  if (Status s = ReadArticle(art->value, &x.article); !s.ok()) return s;
  const Value* entities = GetArray(d, "entities");
  const Value* claims = GetArray(d, "claims");
  const Value* relations = GetArray(d, "relations");
  if (!entities || !claims || !relations)
    return Status::InvalidInput("no \"entities\", \"claims\" or \"relations\" array");
  for (const Value& v : entities->GetArray())
    if (Status s = ReadEntity(v, &x.entities.emplace_back()); !s.ok()) return s;
  for (const Value& v : claims->GetArray())
    if (Status s = ReadClaim(v, &x.claims.emplace_back()); !s.ok()) return s;
  for (const Value& v : relations->GetArray())
    if (Status s = ReadRelation(v, x, &x.relations.emplace_back()); !s.ok()) return s;
  return x;
}

}  // namespace claimgraph
