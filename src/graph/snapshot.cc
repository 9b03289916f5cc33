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
  if (id < 0 || static_cast<size_t>(id) >= m.size() || m[static_cast<size_t>(id)] == kNoVertex) return false;
  *v = m[static_cast<size_t>(id)];
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

// The vertex of a db id in an id -> vertex table, kNoVertex when absent.
Vertex At(const std::vector<Vertex>& m, int64_t id) {
  return id >= 0 && static_cast<size_t>(id) < m.size() ? m[static_cast<size_t>(id)] : kNoVertex;
}

void Put(std::vector<Vertex>* m, int64_t id, Vertex v) {
  if (static_cast<size_t>(id) >= m->size()) m->resize(static_cast<size_t>(id) + 1, kNoVertex);
  (*m)[static_cast<size_t>(id)] = v;
}

int64_t MaxId(SQLite::Database& db, const char* table, const char* column) {
  return db.execAndGet(std::string("SELECT COALESCE(max(") + column + "), 0) FROM " + table).getInt64();
}

}  // namespace

Snapshot Snapshot::Build(SQLite::Database& db) {
  Snapshot s;
  s.entity.assign(static_cast<size_t>(MaxId(db, "entities", "id")) + 1, kNoVertex);
  s.article.assign(static_cast<size_t>(MaxId(db, "articles", "seq")) + 1, kNoVertex);
  s.claim.assign(static_cast<size_t>(MaxId(db, "tracked_claims", "id")) + 1, kNoVertex);
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
      Put(&s.entity, id, add_vertex(t, id, 0));
    }
  }
  {
    Statement st(db, "SELECT seq, date FROM articles INDEXED BY articles_date");
    while (st.executeStep()) {
      int64_t id = st.getColumn(0).getInt64();
      Put(&s.article, id,
          add_vertex(static_cast<uint8_t>(NodeType::kArticle), id, DateNumber(st.getColumn(1).getText())));
    }
  }
  std::vector<RawEdge> edges;
  auto add_edge = [&](Vertex a, Vertex b, EdgeType t, uint32_t date, int64_t evidence) {
    bool by_claim = t == EdgeType::kSaid || t == EdgeType::kMentions || t == EdgeType::kAppearsIn;
    edges.push_back({a, b, {static_cast<uint8_t>(t), 0, by_claim, date, evidence}});
  };
  {
    std::vector<int64_t> denied;  // ids, ascending
    {
      Statement d(db,
                  "SELECT id FROM tracked_claims INDEXED BY tracked_claims_denied WHERE polarity = 'denied'");
      while (d.executeStep()) denied.push_back(d.getColumn(0).getInt64());
    }
    Statement st(
        db,
        "SELECT id, speaker, first_date, first_claim FROM tracked_claims INDEXED BY tracked_claims_speaker");
    while (st.executeStep()) {
      int64_t id = st.getColumn(0).getInt64();
      uint32_t date = DateNumber(st.getColumn(2).getText());
      Vertex v = add_vertex(static_cast<uint8_t>(NodeType::kClaim), id, date);
      Put(&s.claim, id, v);
      if (!st.getColumn(1).isNull()) {
        Vertex sp = At(s.entity, st.getColumn(1).getInt64());
        // A denied statement: the speaker -> claim edge is a denial, not a saying.
        bool is_denied = std::binary_search(denied.begin(), denied.end(), id);
        EdgeType type = is_denied ? EdgeType::kDenies : EdgeType::kSaid;
        if (sp != kNoVertex) {
          add_edge(sp, v, type, date, st.getColumn(3).getInt64());
          edges.back().data.by_claim = 1;
        }
      }
    }
  }
  // Appearances: claim -> article; and each claims row's tracked claim and
  // date, for the edges below (claims.id -> vertex, date).
  std::vector<Vertex> row_claim(static_cast<size_t>(MaxId(db, "claims", "id")) + 1, kNoVertex);
  std::vector<uint32_t> row_date(row_claim.size(), 0);
  {
    Statement st(db,
                 "SELECT id, tracked, article, date FROM claims INDEXED BY claims_tracked WHERE tracked > 0");
    while (st.executeStep()) {
      int64_t row = st.getColumn(0).getInt64();
      Vertex cv = At(s.claim, st.getColumn(1).getInt64());
      Vertex av = At(s.article, st.getColumn(2).getInt64());
      if (cv == kNoVertex || av == kNoVertex) continue;
      uint32_t date = st.getColumn(3).isNull() ? s.date[av] : DateNumber(st.getColumn(3).getText());
      row_claim[static_cast<size_t>(row)] = cv;
      row_date[static_cast<size_t>(row)] = date;
      add_edge(cv, av, EdgeType::kAppearsIn, date, row);
    }
  }
  {
    // One mentions edge per (claim, entity), whatever the number of appearances.
    std::vector<std::tuple<Vertex, Vertex, uint32_t, int64_t>> m;
    Statement st(db, "SELECT claim, entity FROM claim_entities");
    while (st.executeStep()) {
      int64_t row = st.getColumn(0).getInt64();
      Vertex cv = At(row_claim, row);
      Vertex ev = At(s.entity, st.getColumn(1).getInt64());
      if (cv == kNoVertex || ev == kNoVertex) continue;
      m.emplace_back(cv, ev, row_date[static_cast<size_t>(row)], row);
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
                 "SELECT id, source, type, target, claim, article FROM relations INDEXED BY relations_type"
                 " WHERE type != 'said' AND source IS NOT NULL");
    while (st.executeStep()) {
      EdgeType t;
      if (!ParseEdgeType(st.getColumn(2).getText(), &t)) continue;
      Vertex src = At(s.entity, st.getColumn(1).getInt64());
      Vertex art = At(s.article, st.getColumn(5).getInt64());
      if (src == kNoVertex) continue;
      uint32_t date = art == kNoVertex ? 0 : s.date[art];
      int64_t id = st.getColumn(0).getInt64();
      if (!st.getColumn(3).isNull()) {
        Vertex dst = At(s.entity, st.getColumn(3).getInt64());
        if (dst != kNoVertex && dst != src) add_edge(src, dst, t, date, id);
      } else if (!st.getColumn(4).isNull()) {
        Vertex cv = At(row_claim, st.getColumn(4).getInt64());
        if (cv != kNoVertex) add_edge(src, cv, t, date, id);
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
