#include "export/view.h"

#include <algorithm>
#include <tuple>

namespace claimgraph::exports {
namespace {

// Byte length of the UTF-8 sequence starting with lead byte b.
size_t SeqLen(unsigned char b) {
  if (b < 0x80) return 1;
  if ((b >> 5) == 0x6) return 2;
  if ((b >> 4) == 0xE) return 3;
  if ((b >> 3) == 0x1E) return 4;
  return 1;
}

// Splits text into code points (as byte strings), white space runs folded.
std::vector<std::string> Chars(std::string_view text) {
  std::vector<std::string> out;
  bool space = false;
  for (size_t i = 0; i < text.size();) {
    size_t n = std::min(SeqLen(static_cast<unsigned char>(text[i])), text.size() - i);
    std::string_view c = text.substr(i, n);
    i += n;
    if (c == " " || c == "\n" || c == "\t" || c == "\r") {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.emplace_back(" ");
    space = false;
    out.emplace_back(c);
  }
  return out;
}

}  // namespace

const GraphNode* View::Find(const std::string& key) const {
  auto it = std::lower_bound(nodes.begin(), nodes.end(), key,
                             [](const GraphNode& n, const std::string& k) { return n.key < k; });
  return it != nodes.end() && it->key == key ? &*it : nullptr;
}

View MakeView(const ExportGraph& g) {
  View v;
  v.nodes = g.graph.nodes;
  v.edges = g.graph.edges;
  v.omitted = g.graph.omitted;
  std::sort(v.nodes.begin(), v.nodes.end(),
            [](const GraphNode& a, const GraphNode& b) { return a.key < b.key; });
  std::vector<GraphNode> extra;
  for (const FactCheck& f : g.fact_checks) {
    if (!f.claim_key.empty()) {
      if (v.Find(f.claim_key) != nullptr) v.checks[f.claim_key].push_back(&f);
      continue;
    }
    if (f.speaker_key.empty() || v.Find(f.speaker_key) == nullptr) continue;
    GraphNode n;
    n.type = NodeType::kClaim;
    n.key = "review:" + std::to_string(f.id);
    n.name = f.claim_text;
    n.kind = "indirect";
    n.date = f.claim_date;
    n.speaker_key = f.speaker_key;
    if (!f.appearance_url.empty() || !f.appearance_headline.empty()) {
      Appearance a;
      a.title = f.appearance_headline;
      a.url = f.appearance_url;
      a.date = f.claim_date;
      a.text = f.claim_text;
      n.appearances.push_back(a);
    }
    GraphEdge e;
    e.type = EdgeType::kSaid;
    e.source = f.speaker_key;
    e.target = n.key;
    Evidence ev;
    ev.title = f.appearance_headline;
    ev.url = f.appearance_url;
    ev.date = f.claim_date;
    ev.text = f.claim_text;
    e.evidence.push_back(ev);
    v.checks[n.key].push_back(&f);
    extra.push_back(std::move(n));
    v.edges.push_back(std::move(e));
  }
  for (GraphNode& n : extra) v.nodes.push_back(std::move(n));
  std::sort(v.nodes.begin(), v.nodes.end(),
            [](const GraphNode& a, const GraphNode& b) { return a.key < b.key; });
  std::stable_sort(v.edges.begin(), v.edges.end(), [](const GraphEdge& a, const GraphEdge& b) {
    return std::tie(a.source, a.type, a.target) < std::tie(b.source, b.type, b.target);
  });
  return v;
}

std::string VerdictText(const FactCheck& f) {
  std::string s = f.rating.empty() ? "reviewed" : f.rating;
  std::string by = f.reviewer;
  if (!f.date.empty()) by += (by.empty() ? "" : ", ") + f.date;
  if (!by.empty()) s += " (" + by + ")";
  return s;
}

std::string ShortLabel(std::string_view text, size_t max_chars, size_t line_chars) {
  std::vector<std::string> chars = Chars(text);
  bool cut = chars.size() > max_chars;
  if (cut) {
    size_t end = max_chars - 1;  // room for the ellipsis
    size_t space = end;
    while (space > end / 2 && chars[space] != " ") --space;
    if (chars[space] == " ") end = space;
    chars.resize(end);
    while (!chars.empty() && chars.back() == " ") chars.pop_back();
    chars.emplace_back("…");
  }
  std::string out;
  size_t line = 0;
  for (size_t i = 0; i < chars.size(); ++i) {
    if (chars[i] == " ") {
      // Break here when the next word would pass the line width.
      size_t next = i + 1;
      while (next < chars.size() && chars[next] != " ") ++next;
      if (line + (next - i) > line_chars && line > 0) {
        out += '\n';
        line = 0;
        continue;
      }
    }
    out += chars[i];
    ++line;
  }
  return out;
}

std::string EdgeLabel(EdgeType t) {
  std::string s(EdgeTypeName(t));
  std::replace(s.begin(), s.end(), '_', ' ');
  return s;
}

}  // namespace claimgraph::exports
