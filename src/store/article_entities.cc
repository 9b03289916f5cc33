#include "store/article_entities.h"

#include <charconv>

namespace claimgraph::store {
namespace {

void AppendInt(std::string* out, int64_t v) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, end);
}

}  // namespace

void AppendJsonString(std::string* out, const std::string& s) {
  static const char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t plain = 0;  // s[plain, i) needs no escape
  for (size_t i = 0; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if (u >= 0x20 && u != '"' && u != '\\') continue;
    out->append(s, plain, i - plain);
    plain = i + 1;
    if (u >= 0x20) {
      out->push_back('\\');
      out->push_back(static_cast<char>(u));
    } else {
      out->append("\\u00");
      out->push_back(kHex[u >> 4]);
      out->push_back(kHex[u & 15]);
    }
  }
  out->append(s, plain, s.size() - plain);
  out->push_back('"');
}

std::string ArticleEntitiesJson(const Extraction& x, const std::vector<size_t>& rows,
                                const std::vector<int64_t>& ids,
                                const std::function<int64_t(const std::string&)>& global) {
  std::string out;
  out.reserve(rows.size() * 48 + 2);
  out += '[';
  auto optional_text = [&out](const std::string& s) {
    if (s.empty()) {
      out += "null";
    } else {
      AppendJsonString(&out, s);
    }
  };
  for (size_t k = 0; k < rows.size(); ++k) {
    const Entity& e = x.entities[rows[k]];
    if (k > 0) out += ',';
    out += '[';
    AppendJsonString(&out, e.id);
    out += ',';
    AppendInt(&out, ids[rows[k]]);
    out += ',';
    AppendJsonString(&out, e.name);
    out += ',';
    const int64_t country = e.country.empty() ? 0 : global(e.country);
    if (country == 0) {
      out += "null";
    } else {
      AppendInt(&out, country);
    }
    out += ',';
    optional_text(e.place);
    out += ',';
    optional_text(e.date);
    out += ']';
  }
  out += ']';
  return out;
}

}  // namespace claimgraph::store
