#include "graph/snapshot.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <tuple>

namespace claimgraph::graph {

using SQLite::Statement;

uint32_t DateNumber(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return 0;
  uint32_t n = 0;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[i] < '0' || d[i] > '9') return 0;
    n = n * 10 + static_cast<uint32_t>(d[i] - '0');
  }
  uint32_t month = n / 100 % 100, day = n % 100;
  if (month < 1 || month > 12 || day < 1 || day > 31) return 0;
  return n;
}

std::string DateText(uint32_t n) {
  if (n == 0) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04u-%02u-%02u", n / 10000, n / 100 % 100, n % 100);
  return buf;
}

bool Snapshot::Find(NodeType t, int64_t id, Vertex* v) const {
  const auto& m = t == NodeType::kClaim ? claim : t == NodeType::kArticle ? article : entity;
  auto it = m.find(id);
  if (it == m.end()) return false;
  *v = it->second;
  return true;
}

namespace {

bool EntityNodeType(std::string_view s, uint8_t* out) {
  NodeType t;
  if (!ParseNodeType(s, &t) || t == NodeType::kClaim || t == NodeType::kArticle) return false;
  *out = static_cast<uint8_t>(t);
  return true;
}

struct RawEdge {
  Vertex from, to;
  EdgeData data;
};

}  // namespace

Snapshot Snapshot::Build(SQLite::Database& db) {
  Snapshot s;
  auto add_vertex = [&](uint8_t type, int64_t id, uint32_t date) {
    Vertex v = static_cast<Vertex>(s.type.size());
    s.type.push_back(type);
    s.db_id.push_back(id);
    s.date.push_back(date);
    return v;
  };
  {
    Statement st(db, "SELECT id, type FROM entities");
    while (st.executeStep()) {
      uint8_t t;
      if (!EntityNodeType(st.getColumn(1).getText(), &t)) continue;
      int64_t id = st.getColumn(0).getInt64();
      s.entity.emplace(id, add_vertex(t, id, 0));
    }
  }
  {
    Statement st(db, "SELECT seq, date FROM articles");
    while (st.executeStep()) {
      int64_t id = st.getColumn(0).getInt64();
      s.article.emplace(id, add_vertex(static_cast<uint8_t>(NodeType::kArticle), id,
                                       DateNumber(st.getColumn(1).getText())));
    }
  }
  std::vector<RawEdge> edges;
  auto add_edge = [&](Vertex a, Vertex b, EdgeType t, uint32_t date, int64_t evidence) {
    edges.push_back({a, b, {static_cast<uint8_t>(t), 0, date, evidence}});
  };
  {
    Statement st(db, "SELECT id, speaker, first_date, first_claim FROM tracked_claims");
    while (st.executeStep()) {
      int64_t id = st.getColumn(0).getInt64();
      uint32_t date = DateNumber(st.getColumn(2).getText());
      Vertex v = add_vertex(static_cast<uint8_t>(NodeType::kClaim), id, date);
      s.claim.emplace(id, v);
      if (!st.getColumn(1).isNull()) {
        auto sp = s.entity.find(st.getColumn(1).getInt64());
        if (sp != s.entity.end()) add_edge(sp->second, v, EdgeType::kSaid, date, st.getColumn(3).getInt64());
      }
    }
  }
  // Appearances: claim -> article; and each claims row's tracked claim, for the edges below.
  std::unordered_map<int64_t, std::pair<Vertex, uint32_t>> row_claim;  // claims.id -> (vertex, date)
  {
    Statement st(db,
                 "SELECT c.id, c.tracked, c.article, COALESCE(c.date, a.date) FROM claims c"
                 " JOIN articles a ON a.seq = c.article WHERE c.tracked IS NOT NULL");
    while (st.executeStep()) {
      int64_t row = st.getColumn(0).getInt64();
      auto cv = s.claim.find(st.getColumn(1).getInt64());
      auto av = s.article.find(st.getColumn(2).getInt64());
      if (cv == s.claim.end() || av == s.article.end()) continue;
      uint32_t date = DateNumber(st.getColumn(3).getText());
      row_claim.emplace(row, std::make_pair(cv->second, date));
      add_edge(cv->second, av->second, EdgeType::kAppearsIn, date, row);
    }
  }
  {
    // One mentions edge per (claim, entity), whatever the number of appearances.
    std::vector<std::tuple<Vertex, Vertex, uint32_t, int64_t>> m;
    Statement st(db, "SELECT claim, entity FROM claim_entities");
    while (st.executeStep()) {
      auto cv = row_claim.find(st.getColumn(0).getInt64());
      auto ev = s.entity.find(st.getColumn(1).getInt64());
      if (cv == row_claim.end() || ev == s.entity.end()) continue;
      m.emplace_back(cv->second.first, ev->second, cv->second.second, st.getColumn(0).getInt64());
    }
    std::sort(m.begin(), m.end());
    for (size_t i = 0; i < m.size(); ++i) {
      if (i > 0 && std::get<0>(m[i]) == std::get<0>(m[i - 1]) && std::get<1>(m[i]) == std::get<1>(m[i - 1]))
        continue;
      add_edge(std::get<0>(m[i]), std::get<1>(m[i]), EdgeType::kMentions, std::get<2>(m[i]),
               std::get<3>(m[i]));
    }
  }
  {
    // Relations: to an entity, else to the claim they come from.
    Statement st(db,
                 "SELECT r.id, r.source, r.type, r.target, r.claim, a.date FROM relations r"
                 " JOIN articles a ON a.seq = r.article WHERE r.type != 'said' AND r.source IS NOT NULL");
    while (st.executeStep()) {
      EdgeType t;
      if (!ParseEdgeType(st.getColumn(2).getText(), &t)) continue;
      auto src = s.entity.find(st.getColumn(1).getInt64());
      if (src == s.entity.end()) continue;
      uint32_t date = DateNumber(st.getColumn(5).getText());
      int64_t id = st.getColumn(0).getInt64();
      if (!st.getColumn(3).isNull()) {
        auto dst = s.entity.find(st.getColumn(3).getInt64());
        if (dst != s.entity.end() && dst->second != src->second)
          add_edge(src->second, dst->second, t, date, id);
      } else if (!st.getColumn(4).isNull()) {
        auto cv = row_claim.find(st.getColumn(4).getInt64());
        if (cv != row_claim.end()) add_edge(src->second, cv->second.first, t, date, id);
      }
    }
  }
  s.edge_count = edges.size();
  s.degree.assign(s.type.size(), 0);
  std::vector<std::pair<Vertex, Vertex>> ends;
  std::vector<EdgeData> props;
  ends.reserve(edges.size() * 2);
  props.reserve(edges.size() * 2);
  for (const RawEdge& e : edges) {
    ends.emplace_back(e.from, e.to);
    props.push_back(e.data);
    EdgeData back = e.data;
    back.reverse = 1;
    ends.emplace_back(e.to, e.from);
    props.push_back(back);
    if (e.data.type != static_cast<uint8_t>(EdgeType::kAppearsIn)) {
      ++s.degree[e.from];
      ++s.degree[e.to];
    }
  }
  edges.clear();
  edges.shrink_to_fit();
  s.g = Csr(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(), props.begin(),
            static_cast<Vertex>(s.type.size()));
  return s;
}

}  // namespace claimgraph::graph
