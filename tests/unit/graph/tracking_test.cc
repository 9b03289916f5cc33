// Claims tracked across articles, through the store.
#include <sqlite3.h>

#include <catch2/catch.hpp>

#include "claimgraph/graph.h"
#include "claimgraph/store.h"
#include "support/sqlite_query.h"
#include "support/test_support.h"

using namespace claimgraph;
using claimgraph::testing::ExecSql;
using claimgraph::testing::SqliteReader;
using claimgraph::testing::TempDir;

namespace {

// One article by `outlet` on `date` in which `speaker` (or nobody, when empty) says `quote`.
Extraction OneQuote(const std::string& outlet, const std::string& date, const std::string& speaker,
                    const std::string& quote) {
  Extraction x;
  x.article.text = speaker + " said: \"" + quote + "\" (" + outlet + ")";
  x.article.id = ArticleId(x.article.text);
  x.article.source = outlet + ".txt";
  x.article.outlet = outlet;
  x.article.date = date;
  if (!speaker.empty()) {
    Entity e;
    e.id = "e1";
    e.name = speaker;
    e.mentions = {{0, static_cast<uint32_t>(speaker.size())}};
    x.entities.push_back(e);
  }
  Claim c;
  c.id = "c1";
  c.speaker = speaker.empty() ? "" : "e1";
  c.text = quote;
  size_t at = x.article.text.find(quote);
  c.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + quote.size())};
  x.claims.push_back(c);
  return x;
}

// `quote` as OneQuote has it, denied by the speaker.
Extraction OneDenial(const std::string& outlet, const std::string& date, const std::string& speaker,
                     const std::string& quote) {
  Extraction x = OneQuote(outlet, date, speaker, quote);
  x.claims[0].polarity = ClaimPolarity::kDenied;
  return x;
}

// OneQuote's article with the speaker's `type` relation ("supports", "opposes") to the text `target`.
Extraction OneStance(const std::string& outlet, const std::string& speaker, const std::string& type,
                     const std::string& target) {
  Extraction x = OneQuote(outlet, "2024-03-01", speaker, "On " + target + ": " + type + ".");
  Relation r;
  r.id = "r1";
  r.source = "e1";
  r.type = type;
  r.target_text = target;
  r.claim = "c1";
  r.evidence = x.claims[0].text;
  x.relations.push_back(r);
  return x;
}

// Stores `batch` in a new store at `db`; every article must be added.
void StoreAll(const std::string& db, const std::vector<Extraction>& batch) {
  auto store = Store::Open(db);
  REQUIRE(store.ok());
  size_t added = 0;
  REQUIRE(store.value()->PutBatch(batch, &added).ok());
  REQUIRE(added == batch.size());
}

}  // namespace

TEST_CASE("tracking: near-duplicates of one speaker across outlets are one claim; others are not",
          "[graph][tracking]") {
  TempDir dir;
  std::string db = dir / "t.db";
  StoreAll(db, {
                   OneQuote("Wire A", "2024-03-02", "Ann Lee",
                            "We will build the bridge by next spring, whatever it costs."),
                   OneQuote("Wire B", "2024-03-01", "Ann Lee", "we will build the bridge by next spring"),
                   OneQuote("Wire C", "2024-03-03", "Bo Chan",
                            "We will build the bridge by next spring, whatever it costs."),
                   OneQuote("Wire D", "2024-03-03", "Ann Lee", "We will never build the bridge."),
                   OneQuote("Wire E", "2024-03-04", "", "It's incredible."),
                   OneQuote("Wire F", "2024-03-05", "", "It's incredible!"),
                   OneQuote("Wire G", "2024-03-04", "Ann Lee", "It's incredible."),
                   OneQuote("Wire H", "2024-03-05", "Ann Lee", "it's INCREDIBLE"),
               });
  SqliteReader r(db);
  CHECK(r.Int("SELECT count(*) FROM claims") == 8);
  // Ann Lee's bridge quote (A, B), Bo Chan's, Ann Lee's "never", two unresolved "It's incredible", Ann Lee's.
  CHECK(r.Int("SELECT count(*) FROM tracked_claims") == 6);
  CHECK(r.Int("SELECT appearances FROM tracked_claims WHERE text LIKE 'we will build%'") == 2);
  // The earliest appearance (Wire B, a day before A) is the claim's text and date.
  CHECK(r.Int("SELECT count(*) FROM tracked_claims WHERE text = 'we will build the bridge by next spring'"
              " AND first_date = '2024-03-01' AND appearances = 2") == 1);
  CHECK(r.Int("SELECT count(*) FROM tracked_claims WHERE text LIKE 'It%s incredible%' AND speaker IS NULL") ==
        2);
  CHECK(r.Int("SELECT max(appearances) FROM tracked_claims t JOIN entities e ON e.id = t.speaker"
              " WHERE e.name = 'Ann Lee' AND t.text LIKE 'It%s incredible%'") == 2);
}

TEST_CASE("tracking: a denial never joins the assertion of the same text", "[graph][tracking]") {
  TempDir dir;
  std::string db = dir / "t.db";
  StoreAll(db, {
                   OneQuote("Wire A", "2024-03-01", "Ann Lee", "the ministry is building a new bridge"),
                   OneDenial("Wire B", "2024-03-02", "Ann Lee", "the ministry is building a new bridge"),
                   OneDenial("Wire C", "2024-03-03", "Ann Lee", "The ministry is building a new bridge."),
               });
  SqliteReader r(db);
  // One assertion, one denial carried twice.
  CHECK(r.Int("SELECT count(*) FROM tracked_claims") == 2);
  CHECK(r.Int("SELECT appearances FROM tracked_claims WHERE polarity = 'asserted'") == 1);
  CHECK(r.Int("SELECT appearances FROM tracked_claims WHERE polarity = 'denied'") == 2);
  CHECK(r.Int("SELECT count(*) FROM claims WHERE polarity = 'denied'") == 2);
}

TEST_CASE("contradictions: a statement said by one speaker and denied by another",
          "[graph][contradictions]") {
  TempDir dir;
  std::string db = dir / "t.db";
  StoreAll(db, {
                   OneQuote("Wire A", "2024-03-01", "Ann Lee", "the ministry is building a new bridge"),
                   OneDenial("Wire B", "2024-03-02", "Bo Chan", "The ministry is building a new bridge."),
               });
  auto g = Graph::Open(db);
  REQUIRE(g.ok());
  auto rows = g.value()->Contradictions(ContradictionsQuery{});
  REQUIRE(rows.ok());
  REQUIRE(rows.value().size() == 1);
  const ContradictionRow& r = rows.value()[0];
  CHECK(r.kind == "pair");
  CHECK(r.a == "Ann Lee");
  CHECK(r.a_side == "said");
  CHECK(r.b == "Bo Chan");
  CHECK(r.b_side == "denies");
  CHECK(r.date == "2024-03-02");
  CHECK(r.a_evidence.outlet == "Wire A");
  CHECK(r.b_evidence.outlet == "Wire B");
  CHECK(r.b_evidence.text == "The ministry is building a new bridge.");
  // The denial is a denies edge, not a said edge, in the graph.
  auto sub = g.value()->Select(SelectFilter{});
  REQUIRE(sub.ok());
  int said = 0, denies = 0;
  for (const GraphEdge& e : sub.value().edges) {
    said += e.type == EdgeType::kSaid;
    denies += e.type == EdgeType::kDenies;
  }
  CHECK(said == 1);
  CHECK(denies == 1);
}

TEST_CASE("contradictions: a short denial or description is compared within its own article only",
          "[graph][contradictions]") {
  // Seen on BBC: "Vivendi said 'the charge'" against "James Ford denies 'the charge'" (two
  // articles, two charges); "the move" backed in one article and opposed in another; a
  // three-word denial inside a longer statement that says the same ("It was not a view I
  // expressed as a result of being leaned on").
  TempDir dir;
  std::string db = dir / "t.db";
  Extraction both = OneStance("Wire E", "Di Roy", "opposes", "the move");
  Extraction other = OneStance("Wire E", "Ed Kay", "supports", "the move");
  both.article.text += " Ed Kay said: \"On the move: supports.\"";
  both.article.id = ArticleId(both.article.text);
  Entity ed = other.entities[0];
  ed.id = "e2";
  both.entities.push_back(ed);
  Relation r = other.relations[0];
  r.id = "r2";
  r.source = "e2";
  r.claim = "";
  both.relations.push_back(r);
  StoreAll(db, {
                   OneQuote("Wire A", "2024-03-01", "Ann Lee", "the charge"),
                   OneDenial("Wire B", "2024-03-02", "Bo Chan", "the charge"),
                   OneQuote("Wire C", "2024-03-01", "Cy Dale",
                            "It was not a view I expressed as a result of being leaned on"),
                   OneDenial("Wire D", "2024-03-02", "Bo Chan", "being leaned on"),
                   OneStance("Wire F", "Fay Orr", "supports", "the move"),
                   OneStance("Wire G", "Gil Poe", "opposes", "the move"),
                   both,
               });
  auto g = Graph::Open(db);
  REQUIRE(g.ok());
  auto rows = g.value()->Contradictions(ContradictionsQuery{});
  REQUIRE(rows.ok());
  // Only the two sides of "the move" in one article (Wire E) are a contradiction.
  REQUIRE(rows.value().size() == 1);
  CHECK(rows.value()[0].target == "the move");
  CHECK(rows.value()[0].a == "Ed Kay");
  CHECK(rows.value()[0].b == "Di Roy");
}

TEST_CASE("contradictions: a statement that holds a denial in its own words is no other side of it",
          "[graph][contradictions]") {
  // Seen on BBC tech/026: "The amount of spam was still growing but he did not think the
  // appearance of this trick would mean e-mail meltdown" against the denial inside it.
  TempDir dir;
  std::string db = dir / "t.db";
  const std::string denied = "the appearance of this trick would mean e-mail meltdown";
  const std::string whole = "The amount of spam was still growing but he did not think " + denied;
  Extraction x = OneQuote("Wire A", "2024-03-01", "Dan Stone", whole);
  Claim c = x.claims[0];
  c.id = "c2";
  c.text = denied;
  c.polarity = ClaimPolarity::kDenied;
  size_t at = x.article.text.find(denied);
  c.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + denied.size())};
  x.claims.push_back(c);
  StoreAll(db, {x});
  auto g = Graph::Open(db);
  REQUIRE(g.ok());
  auto rows = g.value()->Contradictions(ContradictionsQuery{});
  REQUIRE(rows.ok());
  CHECK(rows.value().empty());
  // the same speaker denying it in another article still contradicts the whole statement
  std::string db2 = dir / "t2.db";
  StoreAll(db2, {x, OneDenial("Wire B", "2024-03-05", "Dan Stone", "spam was still growing")});
  auto g2 = Graph::Open(db2);
  REQUIRE(g2.ok());
  auto rows2 = g2.value()->Contradictions(ContradictionsQuery{});
  REQUIRE(rows2.ok());
  REQUIRE(rows2.value().size() == 1);
  CHECK(rows2.value()[0].a_side == "said");
  CHECK(rows2.value()[0].b_evidence.outlet == "Wire B");
}

TEST_CASE("tracking: a later batch joins a speaker's stored claim whether the speaker has few or many",
          "[graph][tracking]") {
  // The store reads a speaker's stored sketch rows whole when there are few (Ann Lee: one
  // claim, 6 rows) and key by key when there are many (Bo Chan: 20 claims, 120 rows); a
  // near-duplicate in a later batch joins the stored claim either way.
  TempDir dir;
  std::string db = dir / "t.db";
  std::vector<Extraction> first = {OneQuote("Wire A", "2024-03-01", "Ann Lee",
                                            "We will build the bridge by next spring, whatever it costs.")};
  for (int i = 0; i < 20; ++i) {
    first.push_back(
        OneQuote("Wire B" + std::to_string(i), "2024-03-01", "Bo Chan",
                 "Statement number " + std::to_string(i) + " about the harbour and its many boats."));
  }
  StoreAll(db, first);
  SqliteReader r(db);
  REQUIRE(r.Int("SELECT count(*) FROM claim_sketches s JOIN entities e ON e.id = s.speaker"
                " WHERE e.name = 'Bo Chan'") > 64);
  {
    auto store = Store::Open(db);
    REQUIRE(store.ok());
    size_t added = 0;
    REQUIRE(store.value()
                ->PutBatch(
                    {OneQuote("Wire C", "2024-03-02", "Ann Lee", "we will build the bridge by next spring"),
                     OneQuote("Wire D", "2024-03-02", "Bo Chan",
                              "Statement number 7 about the harbour and its many boats!"),
                     OneQuote("Wire E", "2024-03-02", "Bo Chan", "Something else entirely, said only once.")},
                    &added)
                .ok());
    REQUIRE(added == 3);
  }
  CHECK(r.Int("SELECT count(*) FROM tracked_claims") == 22);
  CHECK(r.Int("SELECT appearances FROM tracked_claims WHERE text LIKE 'We will build%'") == 2);
  CHECK(r.Int("SELECT appearances FROM tracked_claims WHERE text LIKE 'Statement number 7 %'") == 2);
  CHECK(r.Int("SELECT appearances FROM tracked_claims WHERE text LIKE 'Statement number 8 %'") == 1);
}

TEST_CASE("tracking: the sketches a killed ingest did not write are computed by the next one",
          "[graph][tracking]") {
  // Sketch rows wait in memory until the store closes (schema 12): an ingest killed before
  // that leaves claims without them, which the next writer finds after
  // claim_sketches_state.through and sketches from their text.
  TempDir dir;
  std::string whole = dir / "whole.db", killed = dir / "killed.db";
  std::vector<Extraction> first = {
      OneQuote("Wire A", "2024-03-01", "Ann Lee",
               "We will build the bridge by next spring, whatever it costs."),
      OneQuote("Wire B", "2024-03-01", "", "The harbour will close for the winter months this year.")};
  std::vector<Extraction> second = {
      OneQuote("Wire C", "2024-03-02", "Ann Lee", "we will build the bridge by next spring"),
      OneQuote("Wire D", "2024-03-02", "", "The harbour will close for the winter months this year!")};
  StoreAll(whole, first);
  StoreAll(killed, first);
  const std::string rows = "SELECT speaker, key, tracked FROM claim_sketches ORDER BY 1, 2, 3";
  std::string sketches = SqliteReader(whole).Rows(rows);
  REQUIRE(SqliteReader(whole).Int("SELECT count(*) FROM claim_sketches") == 12);
  REQUIRE(SqliteReader(whole).Int("SELECT through FROM claim_sketches_state") == 2);
  ExecSql(killed, "DELETE FROM claim_sketches; UPDATE claim_sketches_state SET through = 0");
  REQUIRE(SqliteReader(killed).Int("SELECT count(*) FROM claim_sketches") == 0);
  StoreAll(whole, second);
  StoreAll(killed, second);
  for (const std::string& db : {whole, killed}) {
    INFO(db);
    SqliteReader r(db);
    CHECK(r.Int("SELECT count(*) FROM tracked_claims") == 2);
    CHECK(r.Int("SELECT min(appearances) FROM tracked_claims") == 2);
    CHECK(r.Int("SELECT through FROM claim_sketches_state") == 4);
  }
  CHECK(SqliteReader(killed).Rows(rows) == SqliteReader(whole).Rows(rows));
  CHECK(SqliteReader(whole).Rows(rows).size() >= sketches.size());
}

TEST_CASE("tracking: two stores open on one file join each other's claims", "[graph][tracking]") {
  // Each keeps its sketch rows in memory; a writer that sees another's claims after
  // claim_sketches_state.through sketches them itself.
  TempDir dir;
  std::string db = dir / "t.db";
  auto a = Store::Open(db);
  auto b = Store::Open(db);
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  size_t added = 0;
  REQUIRE(a.value()
              ->PutBatch({OneQuote("Wire A", "2024-03-01", "Ann Lee",
                                   "We will build the bridge by next spring, whatever it costs.")},
                         &added)
              .ok());
  REQUIRE(
      b.value()
          ->PutBatch({OneQuote("Wire B", "2024-03-02", "Ann Lee", "we will build the bridge by next spring")},
                     &added)
          .ok());
  REQUIRE(a.value()
              ->PutBatch({OneQuote("Wire C", "2024-03-03", "Ann Lee",
                                   "We will build the bridge by next spring, whatever it costs!")},
                         &added)
              .ok());
  a.value().reset();
  b.value().reset();
  SqliteReader r(db);
  CHECK(r.Int("SELECT count(*) FROM tracked_claims") == 1);
  CHECK(r.Int("SELECT appearances FROM tracked_claims") == 3);
  CHECK(r.Int("SELECT through FROM claim_sketches_state") == 3);
}

TEST_CASE("tracking: a graph kept open (as serve keeps it) sees articles stored after its queries",
          "[graph][tracking]") {
  // The per-row lookups reuse their prepared statements; none may keep the store's old state.
  TempDir dir;
  std::string db = dir / "t.db";
  const std::string quote = "the bridge will open in May";
  StoreAll(db, {OneQuote("Wire A", "2024-03-01", "Ann Lee", quote)});
  auto g = Graph::Open(db);
  REQUIRE(g.ok());
  SaidQuery said;
  said.by = "Ann Lee";
  auto before = g.value()->Said(said);
  REQUIRE(before.ok());
  REQUIRE(before.value().size() == 1);
  CHECK(before.value()[0].appearances == 1);
  auto quoted = g.value()->Quote(QuoteQuery{quote, 0});
  REQUIRE(quoted.ok());
  CHECK(quoted.value().size() == 1);
  StoreAll(db, {OneQuote("Wire B", "2024-03-02", "Ann Lee", quote)});
  auto after = g.value()->Said(said);
  REQUIRE(after.ok());
  REQUIRE(after.value().size() == 1);
  CHECK(after.value()[0].appearances == 2);
  CHECK(after.value()[0].outlets == std::vector<std::string>{"Wire A", "Wire B"});
  quoted = g.value()->Quote(QuoteQuery{quote, 0});
  REQUIRE(quoted.ok());
  REQUIRE(quoted.value().size() == 2);
  CHECK(quoted.value()[1].appearance.outlet == "Wire B");
}
