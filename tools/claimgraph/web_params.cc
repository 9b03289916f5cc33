#include "web_params.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <charconv>

namespace claimgraph::cli {

Params::Params(const ApiParams& raw, std::initializer_list<std::string_view> known) : raw_(raw) {
  for (const auto& [key, value] : raw) {
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      std::string list;
      for (auto k : known) list += (list.empty() ? "" : ", ") + std::string(k);
      Fail("unknown parameter '" + key + "'" +
           (list.empty() ? " (this endpoint takes none)" : " (this endpoint takes: " + list + ")"));
    } else if (raw.count(key) > 1) {
      Fail("parameter '" + key + "' given more than once");
    }
  }
}

void Params::Fail(std::string message) {
  if (!error_) error_ = std::move(message);
}

std::optional<std::string> Params::Text(const std::string& key) {
  auto it = raw_.find(key);
  if (it == raw_.end()) return std::nullopt;
  if (it->second.empty()) Fail("parameter '" + key + "' is empty");
  return it->second;
}

std::string Params::Required(const std::string& key) {
  auto v = Text(key);
  if (!v) Fail("parameter '" + key + "' is required");
  return v.value_or("");
}

std::optional<std::string> Params::OneOf(const std::string& key,
                                         std::initializer_list<std::string_view> allowed) {
  auto v = Text(key);
  if (!v || std::find(allowed.begin(), allowed.end(), *v) != allowed.end()) return v;
  std::string list;
  for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
  Fail("parameter '" + key + "' must be one of " + list + ", not '" + *v + "'");
  return std::nullopt;
}

std::string Params::Date(const std::string& key) {
  auto v = Text(key);
  if (!v) return "";
  const std::string& d = *v;
  bool ok = d.size() == 10 && d[4] == '-' && d[7] == '-';
  for (size_t i = 0; ok && i < d.size(); ++i) {
    if (i != 4 && i != 7 && (d[i] < '0' || d[i] > '9')) ok = false;
  }
  if (ok) {
    int month = std::stoi(d.substr(5, 2)), day = std::stoi(d.substr(8, 2));
    ok = month >= 1 && month <= 12 && day >= 1 && day <= 31;
  }
  if (!ok) Fail("parameter '" + key + "' must be a date YYYY-MM-DD, not '" + d + "'");
  return ok ? d : "";
}

size_t Params::Count(const std::string& key, size_t fallback, size_t lo, size_t hi) {
  auto it = raw_.find(key);
  if (it == raw_.end()) return fallback;
  const std::string& v = it->second;
  size_t n = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc() || end != v.data() + v.size() || n < lo || n > hi) {
    Fail("parameter '" + key + "' must be a whole number from " + std::to_string(lo) + " to " +
         std::to_string(hi) + ", not '" + v + "'");
    return fallback;
  }
  return n;
}

std::vector<EdgeType> Params::EdgeTypes(const std::string& key) {
  auto v = Text(key);
  if (!v) return {};
  auto types = ParseEdgeTypes(*v);
  if (!types.ok()) Fail("parameter '" + key + "': " + types.status().message());
  return types.ok() ? types.value() : std::vector<EdgeType>{};
}

std::vector<NodeType> Params::NodeTypes(const std::string& key) {
  auto v = Text(key);
  if (!v) return {};
  auto types = ParseNodeTypes(*v);
  if (!types.ok()) Fail("parameter '" + key + "': " + types.status().message());
  return types.ok() ? types.value() : std::vector<NodeType>{};
}

ApiReply ErrorReply(int status, const std::string& message, const std::vector<NameCandidate>& candidates) {
  using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;
  auto str = [](JsonWriter& w, const std::string& s) {
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  };
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartObject();
  w.Key("error");
  str(w, message);
  if (status == 404 || !candidates.empty()) {
    w.Key("candidates");
    w.StartArray();
    for (const auto& c : candidates) {
      w.StartObject();
      w.Key("key");
      str(w, c.key);
      w.Key("name");
      str(w, c.name);
      w.Key("type");
      str(w, c.type);
      w.Key("claims");
      w.Int64(c.claims);
      w.Key("mentions");
      w.Int64(c.mentions);
      w.EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
  return {status, buf.GetString(), {}};
}

ApiReply FailedReply(Graph& g, const Status& s, const std::vector<std::string>& names) {
  if (s.code() == Status::Code::kNotFound || s.code() == Status::Code::kInvalidInput) {
    for (const std::string& name : names) {
      if (name.empty()) continue;
      auto m = g.Resolve(name);
      if (!m.ok()) break;
      if (m.value().matches.empty()) return ErrorReply(404, s.message(), m.value().suggestions);
      if (m.value().matches.size() > 1) return ErrorReply(400, s.message(), m.value().matches);
    }
    return ErrorReply(s.code() == Status::Code::kNotFound ? 404 : 400, s.message());
  }
  return ErrorReply(500, s.message());
}

}  // namespace claimgraph::cli
