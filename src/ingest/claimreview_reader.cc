// ClaimReview JSON-LD files into FactCheck records (claimgraph/factcheck.h).
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "claimgraph/factcheck.h"

namespace claimgraph {
namespace {

using Value = rapidjson::Value;

// @type as a list (it may be a string or an array of strings).
bool HasType(const Value& v, std::string_view type) {
  if (!v.IsObject()) return false;
  auto it = v.FindMember("@type");
  if (it == v.MemberEnd()) return false;
  auto is = [&](const Value& t) {
    if (!t.IsString()) return false;
    std::string_view s(t.GetString(), t.GetStringLength());
    // "ClaimReview", "schema:ClaimReview", "https://schema.org/ClaimReview"
    return s == type || (s.size() > type.size() && s.substr(s.size() - type.size()) == type &&
                         (s[s.size() - type.size() - 1] == '/' || s[s.size() - type.size() - 1] == ':'));
  };
  if (it->value.IsArray()) {
    return std::any_of(it->value.Begin(), it->value.End(), is);
  }
  return is(it->value);
}

// The first object of a value that is an object or an array of objects.
const Value* FirstObject(const Value* v) {
  if (v == nullptr) return nullptr;
  if (v->IsObject()) return v;
  if (v->IsArray()) {
    for (const Value& e : v->GetArray()) {
      if (e.IsObject()) return &e;
    }
  }
  return nullptr;
}

const Value* Member(const Value* obj, const char* name) {
  if (obj == nullptr || !obj->IsObject()) return nullptr;
  auto it = obj->FindMember(name);
  return it == obj->MemberEnd() ? nullptr : &it->value;
}

// A string or number member as text ("" when absent or of another kind); the
// first element of an array.
std::string Text(const Value* obj, const char* name) {
  const Value* v = Member(obj, name);
  if (v != nullptr && v->IsArray() && !v->Empty()) v = &(*v)[0];
  if (v == nullptr) return "";
  if (v->IsString()) return std::string(v->GetString(), v->GetStringLength());
  if (v->IsInt64()) return std::to_string(v->GetInt64());
  if (v->IsNumber()) {
    std::ostringstream out;
    out << v->GetDouble();
    return out.str();
  }
  return "";
}

std::string Trimmed(std::string s) {
  const char* ws = " \t\r\n";
  size_t b = s.find_first_not_of(ws);
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(ws);
  return s.substr(b, e - b + 1);
}

size_t LineOf(const std::string& text, size_t offset) {
  return 1 +
         static_cast<size_t>(std::count(
             text.begin(), text.begin() + static_cast<std::ptrdiff_t>(std::min(offset, text.size())), '\n'));
}

Result<FactCheck> ReadOne(const Value& review, const std::string& where) {
  FactCheck f;
  f.url = Text(&review, "url");
  f.date = Text(&review, "datePublished");
  const Value* author = FirstObject(Member(&review, "author"));
  f.reviewer = Trimmed(Text(author, "name"));
  f.reviewer_url = Text(author, "url");
  if (f.reviewer.empty()) f.reviewer = f.reviewer_url;
  const Value* rating = FirstObject(Member(&review, "reviewRating"));
  f.rating_value = Text(rating, "ratingValue");
  f.best_rating = Text(rating, "bestRating");
  f.worst_rating = Text(rating, "worstRating");
  f.rating = Trimmed(Text(rating, "alternateName"));
  if (f.rating.empty()) f.rating = Trimmed(Text(rating, "name"));
  if (f.rating.empty() && !f.rating_value.empty()) {
    f.rating = f.rating_value + (f.best_rating.empty() ? "" : "/" + f.best_rating);
  }
  f.claim_text = Trimmed(Text(&review, "claimReviewed"));
  if (f.claim_text.empty()) return Status::InvalidInput(where + ": no claimReviewed (the text of the claim)");
  const Value* item = FirstObject(Member(&review, "itemReviewed"));
  if (item == nullptr) return Status::InvalidInput(where + ": no itemReviewed (the claim and who made it)");
  const Value* speaker = FirstObject(Member(item, "author"));
  if (speaker == nullptr) speaker = FirstObject(Member(item, "creator"));
  f.speaker = Trimmed(Text(speaker, "name"));
  if (f.speaker.empty()) {
    return Status::InvalidInput(where + ": itemReviewed has no author name (who made the claim)");
  }
  f.speaker_type = HasType(*speaker, "Organization") ? "organization" : "person";
  f.claim_date = Text(item, "datePublished");
  const Value* appearance = FirstObject(Member(item, "firstAppearance"));
  if (appearance == nullptr) appearance = FirstObject(Member(item, "appearance"));
  f.appearance_url = Text(appearance, "url");
  f.appearance_headline = Trimmed(Text(appearance, "headline"));
  if (f.appearance_headline.empty()) f.appearance_headline = Trimmed(Text(appearance, "name"));
  return f;
}

}  // namespace

Result<std::vector<FactCheck>> ReadClaimReviews(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot read");
  std::stringstream buf;
  buf << in.rdbuf();
  std::string text = buf.str();
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(text.data(), text.size());
  if (doc.HasParseError()) {
    return Status::InvalidInput(path + ":" + std::to_string(LineOf(text, doc.GetErrorOffset())) +
                                ": not JSON: " + rapidjson::GetParseError_En(doc.GetParseError()));
  }
  // The candidates: the document, the elements of a top-level array, or of "@graph".
  std::vector<const Value*> items;
  auto add_all = [&](const Value& v) {
    if (v.IsArray()) {
      for (const Value& e : v.GetArray()) items.push_back(&e);
    } else {
      items.push_back(&v);
    }
  };
  add_all(doc);
  if (const Value* graph = Member(&doc, "@graph")) add_all(*graph);
  std::vector<FactCheck> out;
  for (const Value* v : items) {
    if (!HasType(*v, "ClaimReview")) continue;
    std::string where = path + ": ClaimReview " + std::to_string(out.size() + 1);
    std::string url = Text(v, "url");
    if (!url.empty()) where += " (" + url + ")";
    auto one = ReadOne(*v, where);
    if (!one.ok()) return one.status();
    one.value().source = path;
    out.push_back(std::move(one).value());
  }
  if (out.empty()) {
    std::string type = Text(&doc, "@type");
    return Status::InvalidInput(path + ": no ClaimReview in this file" +
                                (type.empty() ? std::string() : " (its @type is " + type + ")"));
  }
  return out;
}

}  // namespace claimgraph
