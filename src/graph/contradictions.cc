// Contradictions: one speaker on both sides of one target, and two speakers
// on opposite sides of one target (supports / opposes; said / denies).
#include <algorithm>
#include <map>

#include "graph/graph_impl.h"
#include "store/name_key.h"
#include "store/near_duplicate.h"

namespace claimgraph::graph {

namespace {

struct Stance {
  int64_t speaker = 0;
  std::string side;      // "supports" | "opposes" | "said" | "denies"
  int64_t evidence = 0;  // relations.id, or claims.id for "said" and "denies"
  std::string date;
};

struct Target {
  std::string name, key;
  std::vector<Stance> stances;
};

constexpr size_t kPerSide = 10;  // newest stances per side and target that are paired
// Words a text target or a denied statement needs to be compared across articles; fewer, and a
// text target is compared within its article only, a denial not at all ("denied the charge").
constexpr size_t kSharedTextWords = 3;
// Words a denied statement needs to be matched inside a longer assertion: a short one
// ("being leaned on") sits inside statements that say the opposite ("not ... being leaned on").
constexpr size_t kFragmentWords = 4;

}  // namespace

Result<std::vector<ContradictionRow>> GraphImpl::Contradictions(const ContradictionsQuery& q) {
  try {
    SQLite::Database& db = reader_->db();
    std::map<std::string, Target> targets;
    {
      SQLite::Statement st(
          db,
          "SELECT r.id, r.source, r.type, t.type, t.key, t.name, r.target_text, a.date, r.article"
          " FROM relations r JOIN articles a ON a.seq = r.article"
          " LEFT JOIN entities t ON t.id = r.target"
          " WHERE r.type IN ('supports', 'opposes') AND r.source IS NOT NULL"
          // the term relations_type holds only rows of (schema 9): the index serves
          " AND r.type != 'said'");
      while (st.executeStep()) {
        std::string key, name;
        if (!st.getColumn(3).isNull()) {
          key = Text(st, 3) + ":" + Text(st, 4);
          name = Text(st, 5);
        } else {
          name = Text(st, 6);
          size_t words = store::StatementTokens(name).size();
          if (words < 2) continue;  // "this", "it": not a target to compare
          key = "text:" + store::NameKey(name);
          // A short description ("the move", "the charge", "the company") names something only
          // in its own article: it is the same target there and nowhere else.
          if (words < kSharedTextWords) key += "@" + std::to_string(st.getColumn(8).getInt64());
        }
        if (st.getColumn(1).getInt64() == 0) continue;
        Target& t = targets[key];
        t.key = key.rfind("text:", 0) == 0 ? "" : key;
        t.name = name;
        t.stances.push_back(
            {st.getColumn(1).getInt64(), Text(st, 2), st.getColumn(0).getInt64(), Text(st, 7)});
      }
    }
    {
      // A denied statement against every asserted statement with the same text
      // (a near-duplicate, or one containing it), by anyone.
      // (with where the first appearance stands: its article and span)
      SQLite::Statement st(db,
                           "SELECT t.id, t.speaker, t.text, t.first_date, t.first_claim, c.article, c.start,"
                           " c.\"end\" FROM tracked_claims t JOIN claims c ON c.id = t.first_claim"
                           " WHERE t.polarity = 'denied' AND t.speaker IS NOT NULL");
      struct Denial {
        int64_t tracked, speaker, claim;
        std::string text, date;
        int64_t article, start, end;
      };
      std::vector<Denial> denials;
      while (st.executeStep()) {
        denials.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getInt64(), st.getColumn(4).getInt64(),
                           Text(st, 2), Text(st, 3), st.getColumn(5).getInt64(), st.getColumn(6).getInt64(),
                           st.getColumn(7).getInt64()});
      }
      SQLite::Statement said(db,
                             "SELECT t.speaker, t.first_claim, t.first_date, t.text, c.article, c.start,"
                             " c.\"end\" FROM tracked_claims t JOIN claims c ON c.id = t.first_claim"
                             " WHERE t.id = ? AND t.speaker IS NOT NULL AND t.polarity = 'asserted'");
      std::vector<std::string> texts;
      for (const Denial& d : denials) texts.push_back(d.text);
      const std::vector<std::vector<int64_t>> matching = reader_->MatchingClaimsOfEach(texts);
      for (size_t k = 0; k < denials.size(); ++k) {
        const Denial& d = denials[k];
        std::vector<std::string> denied = store::StatementTokens(d.text);
        if (denied.size() < kSharedTextWords) continue;
        for (int64_t claim : matching[k]) {
          said.bind(1, claim);
          // "... but he did not think the trick would mean meltdown": a statement holding the
          // denial, in the words around it, is no other side of it
          auto holds_denial = [&] {
            return said.getColumn(4).getInt64() == d.article && said.getColumn(5).getInt64() <= d.start &&
                   d.end <= said.getColumn(6).getInt64();
          };
          if (said.executeStep() && !holds_denial() &&
              (denied.size() >= kFragmentWords ||
               store::SameStatement(denied, store::StatementTokens(Text(said, 3))))) {
            std::string key = "claim:" + std::to_string(claim);
            Target& t = targets[key];
            t.key = key;
            t.name = d.text;
            t.stances.push_back(
                {said.getColumn(0).getInt64(), "said", said.getColumn(1).getInt64(), Text(said, 2)});
            t.stances.push_back({d.speaker, "denies", d.claim, d.date});
          }
          said.reset();
        }
      }
    }
    auto opposite = [](const std::string& a, const std::string& b) {
      return (a == "supports" && b == "opposes") || (a == "said" && b == "denies");
    };
    struct Raw {
      std::string target, target_key;
      Stance a, b;
    };
    std::vector<Raw> raws;
    for (auto& [k, t] : targets) {
      std::sort(t.stances.begin(), t.stances.end(),
                [](const Stance& x, const Stance& y) { return x.date > y.date; });
      std::map<std::pair<int64_t, int64_t>, bool> seen;  // speaker pair already reported
      for (const std::string& side : {std::string("supports"), std::string("said")}) {
        std::vector<const Stance*> pro, con;
        for (const Stance& s : t.stances) {
          if (s.side == side && pro.size() < kPerSide) pro.push_back(&s);
          if (opposite(side, s.side) && con.size() < kPerSide) con.push_back(&s);
        }
        for (const Stance* p : pro) {
          for (const Stance* c : con) {
            if (seen[{p->speaker, c->speaker}]) continue;
            seen[{p->speaker, c->speaker}] = true;
            raws.push_back({t.name, t.key, *p, *c});
          }
        }
      }
    }
    std::stable_sort(raws.begin(), raws.end(), [](const Raw& x, const Raw& y) {
      return std::max(x.a.date, x.b.date) > std::max(y.a.date, y.b.date);
    });
    if (q.limit && raws.size() > q.limit) raws.resize(q.limit);
    std::vector<ContradictionRow> rows;
    for (const Raw& r : raws) {
      ContradictionRow row;
      row.kind = r.a.speaker == r.b.speaker ? "self" : "pair";
      row.target = r.target;
      row.target_key = r.target_key;
      EntityRef a = reader_->EntityById(r.a.speaker), b = reader_->EntityById(r.b.speaker);
      row.a = a.name;
      row.a_key = a.key;
      row.a_side = r.a.side;
      row.b = b.name;
      row.b_key = b.key;
      row.b_side = r.b.side;
      auto evidence = [&](const Stance& x) {
        return x.side == "said" || x.side == "denies" ? reader_->ClaimEvidence(x.evidence)
                                                      : reader_->RelationEvidence(x.evidence);
      };
      row.a_evidence = evidence(r.a);
      row.b_evidence = evidence(r.b);
      row.date = std::max(r.a.date, r.b.date);
      rows.push_back(std::move(row));
    }
    return rows;
  } catch (const std::exception& e) {
    return ReadError(reader_->path(), e);
  }
}

}  // namespace claimgraph::graph
