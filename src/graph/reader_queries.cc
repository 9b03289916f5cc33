// The queries answered from the store's indexes: said, entity, quote.
#include <algorithm>
#include <functional>
#include <map>

#include "graph/reader.h"
#include "graph/word_finder.h"
#include "store/near_duplicate.h"

namespace claimgraph::graph {

using SQLite::Statement;

namespace {

constexpr const char* kClaimColumns =
    "SELECT t.id, e.name, e.type, e.key, t.kind, fc.cue, t.text, t.first_date, fa.outlet, fa.id, fa.source,"
    " t.appearances,"
    // The fact-checks of the claim (schema 3), as VerdictText in src/export/view.cc writes them.
    " (SELECT group_concat(coalesce(r.rating, 'reviewed') ||"
    "   CASE WHEN r.reviewer IS NULL AND r.date IS NULL THEN '' ELSE ' (' || coalesce(r.reviewer, '') ||"
    "   CASE WHEN r.reviewer IS NOT NULL AND r.date IS NOT NULL THEN ', ' ELSE '' END ||"
    "   coalesce(r.date, '') || ')' END, '; ') FROM claim_reviews r WHERE r.tracked = t.id),"
    " t.polarity"
    " FROM tracked_claims t JOIN claims fc ON fc.id = t.first_claim"
    " JOIN articles fa ON fa.seq = fc.article LEFT JOIN entities e ON e.id = t.speaker";

ClaimRow ReadClaimRow(Statement& st) {
  ClaimRow r;
  r.claim = "claim:" + std::to_string(st.getColumn(0).getInt64());
  r.speaker = Text(st, 1);
  if (!st.getColumn(2).isNull()) r.speaker_key = Text(st, 2) + ":" + Text(st, 3);
  r.kind = Text(st, 4);
  r.cue = Text(st, 5);
  r.text = Text(st, 6);
  r.date = Text(st, 7);
  r.first_outlet = Text(st, 8);
  r.first_article = Text(st, 9);
  r.source = Text(st, 10);
  r.appearances = st.getColumn(11).getInt64();
  r.verdict = Text(st, 12);
  r.polarity = Text(st, 13);
  return r;
}

std::string IdList(size_t n) {
  std::string s = "(";
  for (size_t i = 0; i < n; ++i) s += i ? ",?" : "?";
  return s + ")";
}

}  // namespace

std::vector<std::string> Reader::Outlets(int64_t tracked) {
  StatementLease lease = Cached(
      "SELECT DISTINCT a.outlet FROM claims c JOIN articles a ON a.seq = c.article"
      " WHERE c.tracked = ? AND a.outlet IS NOT NULL ORDER BY 1");
  Statement& st = *lease;
  st.bind(1, tracked);
  std::vector<std::string> out;
  while (st.executeStep()) out.push_back(Text(st, 0));
  return out;
}

void Reader::FillOutlets(std::vector<ClaimRow>* rows) {
  for (ClaimRow& r : *rows) r.outlets = Outlets(std::stoll(r.claim.substr(6)));
}

std::vector<ClaimRow> Reader::Said(const SaidFilter& f) {
  std::string sql = kClaimColumns;
  sql += " WHERE 1";
  std::vector<std::function<void(Statement&, int&)>> binds;
  if (!f.speakers.empty()) {
    sql += " AND t.speaker IN " + IdList(f.speakers.size());
    binds.push_back([&](Statement& st, int& i) {
      for (int64_t id : f.speakers) st.bind(i++, id);
    });
  }
  if (f.not_speaker) {
    sql += " AND t.speaker IS NOT ?";
    binds.push_back([&](Statement& st, int& i) { st.bind(i++, *f.not_speaker); });
  }
  if (f.kind) {
    sql += " AND t.kind = ?";
    binds.push_back([&](Statement& st, int& i) { st.bind(i++, *f.kind); });
  }
  if (f.polarity) {
    sql += " AND t.polarity = ?";
    binds.push_back([&](Statement& st, int& i) { st.bind(i++, *f.polarity); });
  }
  if (!f.about_entities.empty()) {
    std::string ids = IdList(f.about_entities.size());
    sql +=
        " AND (EXISTS (SELECT 1 FROM claims c JOIN claim_entities ce ON ce.claim = c.id WHERE c.tracked = "
        "t.id"
        " AND ce.entity IN " +
        ids +
        ") OR EXISTS (SELECT 1 FROM claims c JOIN relations r ON r.claim = c.id"
        " WHERE c.tracked = t.id AND r.target IN " +
        ids + "))";
    binds.push_back([&](Statement& st, int& i) {
      for (int round = 0; round < 2; ++round)
        for (int64_t id : f.about_entities) st.bind(i++, id);
    });
  }
  if (f.about_text) {
    sql +=
        " AND (instr(lower(t.text), lower(?)) > 0 OR EXISTS (SELECT 1 FROM claims c JOIN relations r"
        " ON r.claim = c.id WHERE c.tracked = t.id AND instr(lower(r.target_text), lower(?)) > 0)"
        // a said relation kept in its claim's row has the claim's text as target (schema 11)
        " OR EXISTS (SELECT 1 FROM claims c WHERE c.tracked = t.id AND c.said IS NOT NULL"
        " AND instr(lower(c.text), lower(?)) > 0))";
    binds.push_back([&](Statement& st, int& i) {
      for (int k = 0; k < 3; ++k) st.bind(i++, *f.about_text);
    });
  }
  if (f.relation) {
    sql +=
        " AND (EXISTS (SELECT 1 FROM claims c JOIN relations r ON r.claim = c.id WHERE c.tracked = t.id"
        " AND r.type = ?)"
        // said relations kept in their claims' rows (schema 11)
        " OR (? = 'said' AND EXISTS (SELECT 1 FROM claims c WHERE c.tracked = t.id AND c.said IS NOT NULL)))";
    binds.push_back([&](Statement& st, int& i) {
      st.bind(i++, *f.relation);
      st.bind(i++, *f.relation);
    });
  }
  if (!f.since.empty() || !f.until.empty()) {
    sql +=
        " AND EXISTS (SELECT 1 FROM claims c JOIN articles a ON a.seq = c.article WHERE c.tracked = t.id"
        " AND COALESCE(c.date, a.date) BETWEEN ? AND ?)";
    binds.push_back([&](Statement& st, int& i) {
      st.bind(i++, f.since.empty() ? std::string("0000") : f.since);
      st.bind(i++, f.until.empty() ? std::string("9999") : f.until);
    });
  }
  if (f.outlet) {
    sql +=
        " AND EXISTS (SELECT 1 FROM claims c JOIN articles a ON a.seq = c.article WHERE c.tracked = t.id"
        " AND a.outlet = ? COLLATE NOCASE)";
    binds.push_back([&](Statement& st, int& i) { st.bind(i++, *f.outlet); });
  }
  // Oldest first, undated last; within an article in text order.
  sql += " ORDER BY t.first_date IS NULL, t.first_date, fc.article, fc.start LIMIT ?";
  Statement st(*db_, sql);
  int i = 1;
  for (auto& b : binds) b(st, i);
  st.bind(i, f.limit == 0 ? int64_t{-1} : static_cast<int64_t>(f.limit));
  std::vector<ClaimRow> rows;
  while (st.executeStep()) rows.push_back(ReadClaimRow(st));
  FillOutlets(&rows);
  return rows;
}

ClaimRow Reader::TrackedClaim(int64_t tracked) {
  static const std::string kById = std::string(kClaimColumns) + " WHERE t.id = ?";
  ClaimRow r;
  {
    StatementLease st = Cached(kById);
    st->bind(1, tracked);
    if (st->executeStep()) r = ReadClaimRow(*st);
  }
  r.outlets = Outlets(tracked);
  return r;
}

std::vector<Appearance> Reader::Appearances(int64_t tracked) {
  std::vector<int64_t> ids;
  {
    StatementLease st = Cached(
        "SELECT c.id FROM claims c JOIN articles a ON a.seq = c.article WHERE c.tracked = ?"
        " ORDER BY COALESCE(a.date, c.date) IS NULL, COALESCE(a.date, c.date), c.id");
    st->bind(1, tracked);
    while (st->executeStep()) ids.push_back(st->getColumn(0).getInt64());
  }
  std::vector<Appearance> out;
  for (int64_t id : ids) out.push_back(ClaimEvidence(id));
  return out;
}

Result<EntityReport> Reader::Entity(const std::string& name) {
  auto ent = ResolveOne(name);
  if (!ent.ok()) return ent.status();
  const EntityRef& e = ent.value();
  try {
    EntityReport r;
    r.key = e.key;
    r.name = e.name;
    r.type = e.type;
    Statement aliases(*db_, "SELECT alias FROM entity_aliases WHERE entity = ? ORDER BY alias");
    aliases.bind(1, e.id);
    while (aliases.executeStep())
      if (Text(aliases, 0) != e.name) r.aliases.push_back(Text(aliases, 0));
    Statement roles(*db_, "SELECT role FROM entity_roles WHERE entity = ? ORDER BY role");
    roles.bind(1, e.id);
    while (roles.executeStep()) r.roles.push_back(Text(roles, 0));
    // The id is bound, not joined into the SQL text: one statement, whatever the entity.
    Statement claims(*db_, "SELECT count(*) FROM tracked_claims WHERE speaker = ?");
    claims.bind(1, e.id);
    claims.executeStep();
    r.claim_count = claims.getColumn(0).getInt64();
    Statement mentions(*db_, "SELECT COALESCE(sum(n), 0) FROM entity_mentions WHERE entity = ?");
    mentions.bind(1, e.id);
    mentions.executeStep();
    r.mention_count = mentions.getColumn(0).getInt64();
    // Relations out and in, counted by type and other end (said edges are the claims).
    for (int dir = 0; dir < 2; ++dir) {
      Statement st(*db_, dir == 0 ? "SELECT r.type, COALESCE(o.name, r.target_text), o.type, o.key, count(*)"
                                    " FROM relations r LEFT JOIN entities o ON o.id = r.target"
                                    " WHERE r.source = ? AND r.type != 'said' GROUP BY 1, 2, 3, 4"
                                    " ORDER BY 5 DESC, 1, 2"
                                  : "SELECT r.type, o.name, o.type, o.key, count(*)"
                                    " FROM relations r JOIN entities o ON o.id = r.source"
                                    " WHERE r.target = ? AND r.type != 'said' GROUP BY 1, 2, 3, 4"
                                    " ORDER BY 5 DESC, 1, 2");
      st.bind(1, e.id);
      while (st.executeStep()) {
        RelationCount c;
        c.type = Text(st, 0);
        c.direction = dir == 0 ? "out" : "in";
        c.other = Text(st, 1);
        if (!st.getColumn(2).isNull()) c.other_key = Text(st, 2) + ":" + Text(st, 3);
        c.count = st.getColumn(4).getInt64();
        if (c.type == "member_of" || c.type == "leads") r.affiliations.push_back(c);
        r.relations.push_back(std::move(c));
      }
    }
    SaidFilter own;
    own.speakers = {e.id};
    own.limit = 20;
    r.said = Said(own);
    SaidFilter about;
    about.about_entities = {e.id};
    about.not_speaker = e.id;
    about.limit = 20;
    r.said_about = Said(about);
    Statement arts(*db_,
                   "SELECT a.id, a.title, a.date, a.outlet, a.source FROM articles a WHERE a.seq IN"
                   " (SELECT article FROM entity_mentions WHERE entity = ?)"
                   " ORDER BY a.date IS NULL, a.date, a.seq LIMIT 50");
    arts.bind(1, e.id);
    while (arts.executeStep()) {
      r.articles.push_back({Text(arts, 0), Text(arts, 1), Text(arts, 2), Text(arts, 3), Text(arts, 4)});
    }
    return r;
  } catch (const std::exception& ex) {
    return ReadError(path_, ex);
  }
}

std::vector<int64_t> Reader::MatchingClaims(const std::string& text) {
  return std::move(MatchingClaimsOfEach({text})[0]);
}

std::vector<std::vector<int64_t>> Reader::MatchingClaimsOfEach(const std::vector<std::string>& texts) {
  // Candidates hold one of a text's two longest ASCII words, anywhere, in any case (as
  // `text LIKE '%word%'` does: each text used to scan the table with LIKE, a pass each, which
  // made `contradictions` quadratic); then the words are compared. One pass over the table
  // for every text, with the words of all of them in one WordFinder.
  std::vector<std::vector<int64_t>> matched(texts.size());
  std::vector<std::vector<std::string>> queries(texts.size());
  std::vector<std::string> words;  // of every text
  std::vector<size_t> word_query;  // words[i] is of texts[word_query[i]]
  std::vector<size_t> every_row;   // texts without an ASCII word: every row is a candidate
  for (size_t i = 0; i < texts.size(); ++i) {
    std::vector<std::string>& q = queries[i] = store::StatementTokens(texts[i]);
    if (q.empty()) continue;
    std::vector<std::string> ascii;
    for (const std::string& w : q)
      if (std::all_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        ascii.push_back(w);
    std::sort(ascii.begin(), ascii.end(), [](const std::string& a, const std::string& b) {
      return a.size() > b.size() || (a.size() == b.size() && a < b);
    });
    ascii.resize(std::min<size_t>(ascii.size(), 2));
    if (ascii.empty()) every_row.push_back(i);
    for (std::string& w : ascii) {
      words.push_back(std::move(w));
      word_query.push_back(i);
    }
  }
  if (words.empty() && every_row.empty()) return matched;
  const WordFinder finder(words);
  std::vector<char> is_candidate(texts.size(), 0);
  std::vector<size_t> candidates;
  Statement st(*db_, "SELECT id, text FROM tracked_claims ORDER BY id");
  while (st.executeStep()) {
    const std::string_view text(st.getColumn(1).getText(), static_cast<size_t>(st.getColumn(1).getBytes()));
    candidates = every_row;
    finder.Find(text, [&](int32_t w) {
      const size_t i = word_query[static_cast<size_t>(w)];
      if (!is_candidate[i]) {
        is_candidate[i] = 1;
        candidates.push_back(i);
      }
    });
    if (candidates.empty()) continue;
    const std::vector<std::string> t = store::StatementTokens(text);
    const int64_t id = st.getColumn(0).getInt64();
    for (size_t i : candidates) {
      is_candidate[i] = 0;
      const std::vector<std::string>& q = queries[i];
      bool fragment = q.size() >= 3 && q.size() <= t.size() && store::Containment(q, t) >= 0.8;
      if (store::SameStatement(q, t) || fragment) matched[i].push_back(id);
    }
  }
  return matched;
}

std::vector<QuoteRow> Reader::Quote(const std::string& text, size_t limit) {
  std::vector<QuoteRow> rows;
  std::vector<int64_t> matched = MatchingClaims(text);
  for (int64_t id : matched) {
    ClaimRow c = TrackedClaim(id);
    bool first = true;
    for (Appearance& a : Appearances(id)) {
      QuoteRow r;
      r.claim = c.claim;
      r.speaker = c.speaker;
      r.speaker_key = c.speaker_key;
      r.kind = c.kind;
      r.polarity = c.polarity;
      r.text = a.text;
      r.first = first;
      first = false;
      r.appearance = std::move(a);
      rows.push_back(std::move(r));
    }
  }
  std::stable_sort(rows.begin(), rows.end(), [](const QuoteRow& a, const QuoteRow& b) {
    auto key = [](const QuoteRow& r) { return std::make_pair(r.appearance.date.empty(), r.appearance.date); };
    return key(a) < key(b);
  });
  if (limit && rows.size() > limit) rows.resize(limit);
  return rows;
}

}  // namespace claimgraph::graph
