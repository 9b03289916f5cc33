#include "web_api.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <charconv>
#include <initializer_list>
#include <optional>
#include <vector>

namespace claimgraph::cli {

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void Str(JsonWriter& w, const std::string& s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

ApiReply Error(int status, const std::string& message, const std::vector<std::string>& candidates = {}) {
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartObject();
  w.Key("error");
  Str(w, message);
  if (status == 404) {
    w.Key("candidates");
    w.StartArray();
    for (const auto& c : candidates) Str(w, c);
    w.EndArray();
  }
  w.EndObject();
  return {status, buf.GetString()};
}

// A request's parameters, checked: only the names an endpoint knows, each at most once.
class Params {
 public:
  Params(const ApiParams& raw, std::initializer_list<std::string_view> known) : raw_(raw) {
    for (const auto& [key, value] : raw) {
      if (std::find(known.begin(), known.end(), key) == known.end()) {
        std::string list;
        for (auto k : known) list += (list.empty() ? "" : ", ") + std::string(k);
        error_ = "unknown parameter '" + key + "'" + (list.empty() ? "" : " (this endpoint takes: " + list + ")");
        return;
      }
      if (raw.count(key) > 1) {
        error_ = "parameter '" + key + "' given more than once";
        return;
      }
    }
  }
  const std::optional<std::string>& error() const { return error_; }

  std::optional<std::string> Text(const std::string& key) {
    auto it = raw_.find(key);
    if (it == raw_.end()) return std::nullopt;
    if (it->second.empty()) Fail("parameter '" + key + "' is empty");
    return it->second;
  }
  // A whole number in [lo, hi], or `fallback` when absent.
  size_t Count(const std::string& key, size_t fallback, size_t lo, size_t hi) {
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
  void Fail(std::string message) {
    if (!error_) error_ = std::move(message);
  }

 private:
  const ApiParams& raw_;
  std::optional<std::string> error_;
};

ApiReply StatsReply(Store& store) {
  auto s = store.Stats();
  if (!s.ok()) return Error(500, s.status().message());
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartObject();
  w.Key("articles");
  w.Int64(s.value().articles);
  w.Key("entities");
  w.Int64(s.value().entities);
  w.Key("mentions");
  w.Int64(s.value().mentions);
  w.Key("claims");
  w.Int64(s.value().claims);
  w.Key("relations");
  w.Int64(s.value().relations);
  w.EndObject();
  return {200, buf.GetString()};
}

ApiReply SaidReply(Store& store, const ApiParams& raw) {
  Params p(raw, {"by", "limit"});
  auto by = p.Text("by");
  size_t limit = p.Count("limit", 50, 0, 1000000);
  if (p.error()) return Error(400, *p.error());
  auto rows = store.Said(by, limit);
  if (!rows.ok()) return Error(500, rows.status().message());
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartArray();
  for (const SaidRow& r : rows.value()) {
    w.StartObject();
    w.Key("speaker");
    Str(w, r.speaker);
    w.Key("kind");
    Str(w, r.kind);
    w.Key("cue");
    Str(w, r.cue);
    w.Key("text");
    Str(w, r.text);
    w.Key("date");
    Str(w, r.date);
    w.Key("article_id");
    Str(w, r.article_id);
    w.Key("source");
    Str(w, r.source);
    w.Key("outlet");
    Str(w, r.outlet);
    w.EndObject();
  }
  w.EndArray();
  return {200, buf.GetString()};
}

}  // namespace

WebApi::WebApi(std::unique_ptr<Store> store) : store_(std::move(store)) {}

ApiReply WebApi::Handle(std::string_view endpoint, const ApiParams& params) {
  std::lock_guard<std::mutex> lock(mu_);
  if (endpoint == "stats") {
    Params p(params, {});
    if (p.error()) return Error(400, *p.error());
    return StatsReply(*store_);
  }
  if (endpoint == "said") return SaidReply(*store_, params);
  return Error(404, "no endpoint /api/" + std::string(endpoint));
}

}  // namespace claimgraph::cli
