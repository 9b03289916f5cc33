#include <sqlite3.h>

#include <catch2/catch.hpp>

#include "claimgraph/store.h"
#include "store/claim_tracker.h"
#include "support/example_store.h"
#include "support/sqlite_query.h"

using namespace claimgraph;
using claimgraph::testing::ExecSql;
using claimgraph::testing::SqliteReader;
using claimgraph::testing::TempDir;

namespace {

// Everything version 1 holds, as one fingerprint per table.
std::vector<long long> V1Content(const std::string& db) {
  SqliteReader r(db);
  std::vector<long long> out;
  for (const char* sql :
       {"SELECT count(*) FROM articles", "SELECT sum(length(text)) FROM articles",
        "SELECT count(*) FROM entities", "SELECT count(*) FROM entity_aliases",
        "SELECT count(*) FROM entity_roles", "SELECT count(*) FROM article_entities",
        "SELECT sum(n) FROM entity_mentions", "SELECT count(*) FROM claims",
        "SELECT sum(length(text) + start * 7 + \"end\" * 13 + coalesce(speaker, 0)) FROM claims",
        "SELECT count(*) FROM all_relations",
        "SELECT sum(length(coalesce(evidence, '')) + start) FROM all_relations"}) {
    out.push_back(r.Int(sql));
  }
  return out;
}

// The mentions, one row each, in the order of the version 7 table, from either version.
const char* kMentionRowsV7 = "SELECT article, start, \"end\", entity FROM mentions ORDER BY 1, 2, 3, 4";
const char* kMentionRowsV8 =
    "SELECT m.article, json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'), m.entity"
    " FROM entity_mentions m, json_each(m.spans) j ORDER BY 1, 2, 3, 4";

// What version 17 changed, undone: sketch rows without a summary of their tracked claim.
const char* kBackToVersion16 = "ALTER TABLE claim_sketches DROP COLUMN summary; PRAGMA user_version = 16;";

// What version 16 changed, undone: every alias row in the index of aliases by key, none flagged.
const char* kBackToVersion15 =
    "DROP INDEX entity_aliases_key; ALTER TABLE entity_aliases DROP COLUMN self;"
    " CREATE INDEX entity_aliases_key ON entity_aliases(key); PRAGMA user_version = 15;";

// What version 15 changed, undone: entities indexed by key alone.
const char* kBackToVersion14 = "CREATE INDEX entities_key ON entities(key); PRAGMA user_version = 14;";

// What version 14 changed, undone: a row of article_entities per entity of an article, indexed
// by entity when dated.
const char* kBackToVersion13 =
    "CREATE TABLE article_entities_v13 (article INTEGER NOT NULL, local_id TEXT NOT NULL,"
    " entity INTEGER NOT NULL, name TEXT NOT NULL, country INTEGER, place TEXT, date TEXT,"
    " PRIMARY KEY (article, local_id)) WITHOUT ROWID;"
    " INSERT INTO article_entities_v13 SELECT article, local_id, entity, name, country, place, date"
    " FROM article_entities;"
    " DROP VIEW article_entities; ALTER TABLE article_entities_v13 RENAME TO article_entities;"
    " CREATE INDEX article_entities_entity ON article_entities(entity) WHERE date IS NOT NULL;"
    " DROP TABLE entity_dates; ALTER TABLE articles DROP COLUMN entities; PRAGMA user_version = 13;";

// What version 13 changed, undone: claims indexed by speaker.
const char* kBackToVersion12 = "CREATE INDEX claims_speaker ON claims(speaker); PRAGMA user_version = 12;";

// What version 12 changed, undone: claim sketches written with each batch.
const char* kBackToVersion11 = "DROP TABLE claim_sketches_state; PRAGMA user_version = 11;";

// What version 11 changed, undone: the said relations kept in their claims' rows are rows of
// `relations` again.
const char* kBackToVersion10 =
    "INSERT INTO relations (article, local_id, source, type, target, target_text, claim, evidence, start,"
    " \"end\") SELECT article, local_id, source, type, target, target_text, claim, evidence, start, \"end\""
    " FROM all_relations WHERE id IS NULL ORDER BY claim;"
    " DROP VIEW all_relations; ALTER TABLE claims DROP COLUMN said; ALTER TABLE claims DROP COLUMN "
    "said_evidence;"
    " PRAGMA user_version = 10;";

// What version 10 changed, undone: article entities indexed by entity, dated or not.
const char* kBackToVersion9 =
    "DROP INDEX article_entities_entity; CREATE INDEX article_entities_entity ON article_entities(entity);"
    " PRAGMA user_version = 9;";

// What version 9 changed, undone: the relation indexes hold every row.
const char* kBackToVersion8 =
    "DROP INDEX relations_source; CREATE INDEX relations_source ON relations(source);"
    " DROP INDEX relations_target; CREATE INDEX relations_target ON relations(target);"
    " DROP INDEX relations_type; CREATE INDEX relations_type ON relations(type, source, target, claim, "
    "article);"
    " PRAGMA user_version = 8;";

// What version 8 changed, undone: a mentions row per mention.
const char* kBackToVersion7 =
    "CREATE TABLE mentions (article INTEGER NOT NULL, start INTEGER NOT NULL, \"end\" INTEGER NOT NULL,"
    " entity INTEGER NOT NULL, PRIMARY KEY (article, start, \"end\", entity)) WITHOUT ROWID;"
    " CREATE INDEX mentions_entity ON mentions(entity);"
    " INSERT INTO mentions SELECT m.article, json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'),"
    " m.entity FROM entity_mentions m, json_each(m.spans) j;"
    " DROP TABLE entity_mentions; PRAGMA user_version = 7;";

// What version 7 changed, undone: the sketch rows keyed by MinHash key alone, the indexes
// it dropped made again.
const char* kBackToVersion6 =
    "CREATE TABLE sketches_v6 (key INTEGER NOT NULL, tracked INTEGER NOT NULL, PRIMARY KEY (key, tracked))"
    " WITHOUT ROWID; INSERT INTO sketches_v6 SELECT key, tracked FROM claim_sketches;"
    " DROP TABLE claim_sketches; ALTER TABLE sketches_v6 RENAME TO claim_sketches;"
    " CREATE INDEX claims_article ON claims(article); CREATE INDEX relations_article ON relations(article);"
    " CREATE INDEX tracked_claims_date ON tracked_claims(first_date);"
    " CREATE INDEX claim_entities_entity ON claim_entities(entity);"
    " CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE); PRAGMA user_version = 6;";

// Undoes the migrations above `version` (6 to 16), the newest first.
void BackTo(const std::string& db, int version) {
  const char* const steps[] = {kBackToVersion16, kBackToVersion15, kBackToVersion14, kBackToVersion13,
                               kBackToVersion12, kBackToVersion11, kBackToVersion10, kBackToVersion9,
                               kBackToVersion8,  kBackToVersion7,  kBackToVersion6};
  for (int v = 16; v >= version; --v) ExecSql(db, steps[16 - v]);
}

}  // namespace

TEST_CASE("store: a version 1 store migrates to the latest version with nothing lost, claims tracked",
          "[graph][store]") {
  TempDir dir;
  std::string db = claimgraph::testing::BuildStore(dir);
  std::vector<long long> before = V1Content(db);
  long long tracked_before = SqliteReader(db).Int("SELECT count(*) FROM tracked_claims");
  // Turn it back into a version 1 store: what 001_init.sql made, nothing more.
  BackTo(db, 7);
  ExecSql(
      db,
      "DROP TABLE claim_reviews; DROP TABLE tracked_claims; DROP TABLE claim_sketches; DROP TABLE "
      "claim_entities;"
      " DROP INDEX claims_tracked; DROP INDEX relations_claim; DROP INDEX relations_type;"
      " DROP INDEX entities_key; DROP INDEX articles_date; ALTER TABLE claims "
      "DROP COLUMN tracked; ALTER TABLE claims DROP COLUMN polarity; DROP TABLE entity_surnames;"
      " CREATE INDEX claims_article ON claims(article); CREATE INDEX relations_article ON relations(article);"
      " PRAGMA user_version = 1;");
  REQUIRE(SqliteReader(db).Int("PRAGMA user_version") == 1);

  // A query opens it: migrated forward, then read.
  auto g = Graph::Open(db);
  INFO(g.status().message());
  REQUIRE(g.ok());
  SqliteReader r(db);
  CHECK(r.Int("PRAGMA user_version") >= 2);  // and the later versions
  CHECK(V1Content(db) == before);
  CHECK(r.Int("SELECT count(*) FROM claims WHERE tracked IS NULL") == 0);
  CHECK(r.Int("SELECT count(*) FROM tracked_claims") == tracked_before);
  CHECK(r.Int("SELECT sum(appearances) FROM tracked_claims") == r.Int("SELECT count(*) FROM claims"));
  CHECK(r.Int("SELECT count(*) FROM claim_entities") > 0);
  // Version 4: claims stored without a polarity are assertions.
  CHECK(r.Int("SELECT count(*) FROM claims WHERE polarity != 'asserted'") == 0);
  // Version 5: the surnames of the persons already stored.
  CHECK(r.Int("SELECT count(*) FROM entity_surnames s JOIN entities e ON e.id = s.entity"
              " WHERE s.key = 'putin' AND e.name = 'Vladimir Putin'") == 1);
  auto said = g.value()->Said(SaidQuery{"Hegseth"});
  REQUIRE(said.ok());
  CHECK(said.value().size() == 7);
}

TEST_CASE("store: a query brings a store of any older version up to date, not only version 1",
          "[graph][store]") {
  TempDir dir;
  std::string db = claimgraph::testing::BuildStore(dir);
  long long latest = SqliteReader(db).Int("PRAGMA user_version");
  // Back to version 3: what versions 4 to 8 added, removed.
  BackTo(db, 6);
  ExecSql(
      db,
      "DROP INDEX tracked_claims_denied; DROP TABLE entity_surnames; ALTER TABLE claims DROP COLUMN polarity;"
      " ALTER TABLE tracked_claims DROP COLUMN polarity; PRAGMA user_version = 3;");
  auto g = Graph::Open(db);
  INFO(g.status().message());
  REQUIRE(g.ok());
  CHECK(SqliteReader(db).Int("PRAGMA user_version") == latest);
  auto said = g.value()->Said(SaidQuery{"Hegseth"});
  REQUIRE(said.ok());
  CHECK(said.value().size() == 7);
  CHECK(said.value()[0].polarity == "asserted");
  auto sub = g.value()->Select(SelectFilter{});
  CHECK(sub.ok());
}

TEST_CASE("store: a version 6 store keeps every claim sketch, now under its speaker, and loses 5 indexes",
          "[graph][store]") {
  TempDir dir;
  std::string db = claimgraph::testing::BuildStore(dir);
  const std::string rows = "SELECT speaker, key, tracked FROM claim_sketches ORDER BY 1, 2, 3";
  const std::string indexes = "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY 1";
  std::string sketches = SqliteReader(db).Rows(rows);
  std::string latest_indexes = SqliteReader(db).Rows(indexes);
  REQUIRE(SqliteReader(db).Int("SELECT count(*) FROM claim_sketches WHERE speaker > 0") > 0);
  BackTo(db, 6);
  REQUIRE(SqliteReader(db).Rows(indexes) != latest_indexes);

  auto g = Graph::Open(db);
  INFO(g.status().message());
  REQUIRE(g.ok());
  SqliteReader r(db);
  CHECK(r.Int("PRAGMA user_version") >= 7);
  CHECK(r.Rows(rows) == sketches);
  CHECK(r.Rows(indexes) == latest_indexes);
  auto said = g.value()->Said(SaidQuery{"Hegseth"});
  REQUIRE(said.ok());
  CHECK(said.value().size() == 7);
}

TEST_CASE("store: a version 7 store keeps every mention, now one row per entity and article",
          "[graph][store]") {
  TempDir dir;
  std::string db = claimgraph::testing::BuildStore(dir);
  std::string written = SqliteReader(db).Rows(kMentionRowsV8);
  const std::string by_entity = "SELECT entity, article, n, spans FROM entity_mentions ORDER BY 1, 2";
  std::string grouped = SqliteReader(db).Rows(by_entity);
  REQUIRE(SqliteReader(db).Int("SELECT count(*) FROM entity_mentions WHERE n > 1") > 0);
  BackTo(db, 7);
  std::string v7 = SqliteReader(db).Rows(kMentionRowsV7);
  REQUIRE(v7 == written);

  auto g = Graph::Open(db);
  INFO(g.status().message());
  REQUIRE(g.ok());
  SqliteReader r(db);
  CHECK(r.Int("PRAGMA user_version") >= 8);
  CHECK(r.Int("SELECT count(*) FROM sqlite_master WHERE name IN ('mentions', 'mentions_entity')") == 0);
  CHECK(r.Rows(kMentionRowsV8) == v7);
  // The same rows as a store written at version 8: spans in text order, n their number.
  CHECK(r.Rows(by_entity) == grouped);
  CHECK(r.Int("SELECT count(*) FROM entity_mentions WHERE n != json_array_length(spans)") == 0);
  CHECK(r.Int("SELECT sum(n) FROM entity_mentions") == r.Int("SELECT sum(n_mentions) FROM articles"));
}

TEST_CASE("store: a version 8 store's relation indexes leave out said rows and rows with no target",
          "[graph][store]") {
  TempDir dir;
  std::string db = claimgraph::testing::BuildStore(dir);
  // What the queries that read through these indexes return: every entity's relations in and
  // out (`entity`), and the contradictions.
  auto answers = [&db] {
    std::string out;
    auto g = Graph::Open(db);
    REQUIRE(g.ok());
    SqliteReader r(db);
    for (const std::string& name : {"Pete Hegseth", "Donald Trump", "Pentagon", "Anthropic"}) {
      auto e = g.value()->Entity(name);
      if (!e.ok()) continue;
      for (const RelationCount& c : e.value().relations)
        out += name + " " + c.type + " " + c.direction + " " + c.other + " " + std::to_string(c.count) + "\n";
    }
    auto rows = g.value()->Contradictions(ContradictionsQuery{});
    REQUIRE(rows.ok());
    for (const ContradictionRow& c : rows.value())
      out += c.kind + " " + c.target + " " + c.a + " " + c.b + "\n";
    return out;
  };
  std::string latest = answers();
  REQUIRE(latest.find(" out ") != std::string::npos);
  REQUIRE(latest.find(" in ") != std::string::npos);
  REQUIRE(SqliteReader(db).Int("SELECT count(*) FROM all_relations WHERE type = 'said'") > 0);
  BackTo(db, 8);

  auto g = Graph::Open(db);
  INFO(g.status().message());
  REQUIRE(g.ok());
  SqliteReader r(db);
  CHECK(r.Int("PRAGMA user_version") >= 9);
  CHECK(r.Int("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN"
              " ('relations_source', 'relations_target', 'relations_type') AND sql LIKE '% WHERE %'") == 3);
  CHECK(answers() == latest);
}

// An event with a date in one article and none in another, as rows of a version 9 to 13 store.
const char* kDatedEvent =
    "INSERT INTO entities (id, type, name, key) VALUES (9001, 'event', 'Test Summit', 'test summit');"
    " INSERT INTO article_entities (article, local_id, entity, name, date)"
    " VALUES (1, 'e901', 9001, 'Test Summit', '2024-05-06'), (2, 'e901', 9001, 'Test Summit', NULL);";

TEST_CASE("store: a version 9 store's dated article entities are found by entity through an index",
          "[graph][store]") {
  TempDir dir;
  std::string db = claimgraph::testing::BuildStore(dir);
  BackTo(db, 9);
  ExecSql(db, kDatedEvent);

  auto g = Graph::Open(db);
  INFO(g.status().message());
  REQUIRE(g.ok());
  SqliteReader r(db);
  CHECK(r.Int("PRAGMA user_version") >= 10);
  // Version 10 indexed the dated rows; version 14 keeps them apart, in entity_dates.
  const char* plan = "EXPLAIN QUERY PLAN SELECT min(date) FROM entity_dates WHERE entity = 9001";
  CHECK(r.Rows(plan).find("SEARCH entity_dates USING PRIMARY KEY (entity=?)") != std::string::npos);
  CHECK(r.Int("SELECT min(date) = '2024-05-06' FROM entity_dates WHERE entity = 9001") == 1);
  CHECK(r.Int("SELECT count(*) FROM article_entities WHERE entity = 9001") == 2);
}

TEST_CASE("store: a version 13 store's article entities move into the articles' rows and read back the same",
          "[graph][store]") {
  TempDir dir;
  std::string db = claimgraph::testing::BuildStore(dir);
  const std::string rows =
      "SELECT article, local_id, entity, name, country, place, date FROM article_entities ORDER BY 1, 2";
  const std::string written = SqliteReader(db).Rows(rows);
  REQUIRE(SqliteReader(db).Int("SELECT count(*) FROM article_entities WHERE country IS NOT NULL") > 0);
  const std::string dated =
      "SELECT entity, date, article FROM entity_dates WHERE entity != 9001 ORDER BY 1, 2, 3";
  const std::string dated_rows = SqliteReader(db).Rows(dated);
  REQUIRE(!dated_rows.empty());
  BackTo(db, 13);
  REQUIRE(SqliteReader(db).Int("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                               "'article_entities'") == 1);
  REQUIRE(SqliteReader(db).Rows(rows) == written);
  ExecSql(db, kDatedEvent);

  auto g = Graph::Open(db);
  INFO(g.status().message());
  REQUIRE(g.ok());
  SqliteReader r(db);
  CHECK(r.Int("PRAGMA user_version") >= 14);
  CHECK(r.Int("SELECT count(*) FROM sqlite_master WHERE name IN ('article_entities_entity')") == 0);
  CHECK(r.Int("SELECT count(*) FROM sqlite_master WHERE type = 'view' AND name = 'article_entities'") == 1);
  CHECK(r.Rows("SELECT article, local_id, entity, name, country, place, date FROM article_entities"
               " WHERE entity != 9001 ORDER BY 1, 2") == written);
  CHECK(r.Int("SELECT count(*) FROM articles WHERE json_array_length(entities) = 0") ==
        r.Int("SELECT count(*) FROM articles WHERE seq NOT IN (SELECT article FROM article_entities)"));
  CHECK(r.Rows(dated) == dated_rows);
  CHECK(r.Rows("SELECT entity, date, article FROM entity_dates WHERE entity = 9001") ==
        "9001\t2024-05-06\t1\n");
  // An event's date as the graph reads it.
  CHECK(r.Int("SELECT min(date) = '2024-05-06' FROM entity_dates WHERE entity = 9001") == 1);
}

TEST_CASE("store: a version 10 store's said relations move into their claims' rows and read back the same",
          "[graph][store]") {
  TempDir dir;
  std::string db = claimgraph::testing::BuildStore(dir);
  // Every relation as it was extracted (the local id, its ends, texts, claim and span).
  const std::string every =
      "SELECT a.id, r.local_id, r.source, r.type, r.target, r.target_text, c.local_id, r.evidence, r.start,"
      " r.\"end\" FROM all_relations r JOIN articles a ON a.seq = r.article LEFT JOIN claims c ON c.id = "
      "r.claim"
      " ORDER BY 1, 2";
  // What the queries that read said relations print: the count, said --about and --relation.
  auto answers = [&db] {
    std::string out;
    auto g = Graph::Open(db);
    REQUIRE(g.ok());
    auto store = Store::OpenReadOnly(db);
    REQUIRE(store.ok());
    auto stats = store.value()->Stats();
    REQUIRE(stats.ok());
    out += "relations " + std::to_string(stats.value().relations) + "\n";
    // words of claim texts (not entity names, which are looked up as entities)
    for (const char* about : {"troops", "we will", "war"}) {
      SaidQuery q;
      q.about = about;
      auto rows = g.value()->Said(q);
      REQUIRE(rows.ok());
      for (const ClaimRow& c : rows.value()) out += std::string(about) + ": " + c.text + "\n";
    }
    for (const char* type : {"said", "opposes"}) {
      SaidQuery q;
      q.relation = type;
      auto rows = g.value()->Said(q);
      REQUIRE(rows.ok());
      out += std::string(type) + " " + std::to_string(rows.value().size()) + "\n";
    }
    return out;
  };
  std::string relations = SqliteReader(db).Rows(every);
  std::string latest = answers();
  SqliteReader fresh(db);
  REQUIRE(fresh.Int("SELECT count(*) FROM claims WHERE said IS NOT NULL") > 0);
  REQUIRE(fresh.Int("SELECT count(*) FROM claims WHERE said_evidence IS NOT NULL") > 0);
  CHECK(fresh.Int("SELECT count(*) FROM relations WHERE type = 'said'") == 0);
  BackTo(db, 10);
  REQUIRE(SqliteReader(db).Int("SELECT count(*) FROM relations WHERE type = 'said'") > 0);

  auto g = Graph::Open(db);
  INFO(g.status().message());
  REQUIRE(g.ok());
  SqliteReader r(db);
  CHECK(r.Int("PRAGMA user_version") >= 11);
  CHECK(r.Int("SELECT count(*) FROM relations WHERE type = 'said'") == 0);
  CHECK(r.Rows(every) == relations);
  CHECK(answers() == latest);
}

TEST_CASE("store: a version 12 store loses the index of claims by speaker; said by a speaker reads the same",
          "[graph][store]") {
  TempDir dir;
  std::string db = claimgraph::testing::BuildStore(dir);
  const char* index = "SELECT count(*) FROM sqlite_master WHERE name = 'claims_speaker'";
  REQUIRE(SqliteReader(db).Int(index) == 0);
  auto said_by = [&](const std::string& name) {
    auto store = Store::Open(db);
    REQUIRE(store.ok());
    auto rows = store.value()->Said(name, 0);
    REQUIRE(rows.ok());
    std::string out;
    for (const SaidRow& row : rows.value()) out += row.speaker + " | " + row.text + " | " + row.date + "\n";
    return out;
  };
  const std::string latest = said_by("Hegseth");
  REQUIRE(!latest.empty());
  BackTo(db, 12);
  REQUIRE(SqliteReader(db).Int(index) == 1);
  REQUIRE(SqliteReader(db).Int("PRAGMA user_version") == 12);

  CHECK(said_by("Hegseth") == latest);
  SqliteReader r(db);
  CHECK(r.Int("PRAGMA user_version") >= 13);
  CHECK(r.Int(index) == 0);
}

TEST_CASE("store: a version 14 store loses the index of entities by key; a name finds the same entities",
          "[graph][store]") {
  TempDir dir;
  std::string db = claimgraph::testing::BuildStore(dir);
  const char* index = "SELECT count(*) FROM sqlite_master WHERE name = 'entities_key'";
  REQUIRE(SqliteReader(db).Int(index) == 0);
  // What a name as the user types it finds (the lookup by key alone), with the plan of that lookup.
  auto found = [&db] {
    auto g = Graph::Open(db);
    REQUIRE(g.ok());
    std::string out;
    for (const char* name : {"Pete Hegseth", "hegseth", "Pentagon", "Ukraine", "nobody at all"}) {
      auto e = g.value()->Entity(name);
      out += std::string(name) + ": " + (e.ok() ? e.value().key : e.status().message()) + "\n";
    }
    return out;
  };
  const std::string latest = found();
  REQUIRE(latest.find("person:pete hegseth") != std::string::npos);
  const char* plan =
      "EXPLAIN QUERY PLAN SELECT id FROM entities WHERE type IN ('person', 'country', 'organization',"
      " 'place', 'event') AND key = 'pete hegseth' ORDER BY id";
  CHECK(SqliteReader(db).Rows(plan).find("INDEX sqlite_autoindex_entities_1 (type=? AND key=?)") !=
        std::string::npos);
  BackTo(db, 14);
  REQUIRE(SqliteReader(db).Int(index) == 1);

  CHECK(found() == latest);
  SqliteReader r(db);
  CHECK(r.Int("PRAGMA user_version") >= 15);
  CHECK(r.Int(index) == 0);
}

namespace {

// What the readers of aliases by key answer on `db` (said_query.cc, reader.cc, fact_checks.cc,
// explore.cc): entities by name, said by a speaker's name or surname, name completion, and the
// speakers fact-checks are attached to (which writes to the store: the last).
std::string AliasAnswers(const std::string& db) {
  std::string out;
  {
    auto g = Graph::Open(db);
    REQUIRE(g.ok());
    for (const char* name :
         {"Pete Hegseth", "Hegseth", "Secretary Hegseth", "Zelensky", "Zelenskyy", "Putin", "Trump",
          "Pentagon", "NATO", "Ukraine", "Rutte", "Somodevilla", "Wolf", "nobody at all"}) {
      auto e = g.value()->Entity(name);
      out += std::string(name) + ": " + (e.ok() ? e.value().key : e.status().message()) + "\n";
      SaidQuery q;
      q.by = name;
      q.limit = 0;
      auto said = g.value()->Said(q);
      if (!said.ok()) out += "  said: " + said.status().message() + "\n";
      if (said.ok())
        for (const ClaimRow& c : said.value()) out += "  said " + c.claim + " " + c.speaker_key + "\n";
    }
    for (const char* prefix : {"he", "ze", "pe", "n", "u"}) {
      auto c = g.value()->Complete(prefix, 0);
      REQUIRE(c.ok());
      for (const NameCompletion& n : c.value())
        out += std::string("  ") + prefix + ": " + n.key + " " + n.alias + "\n";
    }
  }
  auto reviews =
      ReadClaimReviews(std::string(CLAIMGRAPH_SOURCE_DIR) + "/tests/data/claimreview/hegseth-nato.jsonld");
  REQUIRE(reviews.ok());
  auto store = Store::Open(db);
  REQUIRE(store.ok());
  for (const char* name :
       {"Hegseth", "Pete Hegseth", "Zelensky", "Putin", "Trump", "Bush", "Blair", "Somodevilla", "Rutte"}) {
    auto said = store.value()->Said(std::string(name), 0);
    REQUIRE(said.ok());
    out += std::string(name) + ": " + std::to_string(said.value().size()) + " said (store)\n";
    for (const SaidRow& row : said.value()) out += "  " + row.speaker + ": " + row.text + "\n";
  }
  auto put = store.value()->PutFactChecks(&reviews.value());
  REQUIRE(put.ok());
  out += "fact-checks matched " + std::to_string(put.value().matched) + "\n";
  auto checks = ReadFactChecks(db);
  REQUIRE(checks.ok());
  for (const FactCheck& f : checks.value()) out += "  " + f.speaker_key + " " + f.claim_key + "\n";
  return out;
}

}  // namespace

TEST_CASE("store: a version 15 store flags the aliases with their entity's key; the readers answer the same",
          "[graph][store]") {
  // Version 16 leaves the alias rows whose key is their entity's own out of entity_aliases_key:
  // the readers find those entities in `entities`. Answers are the same whether the writer
  // flagged the rows (a new store), the migration did (all of them), or none is flagged (every
  // row in the index, as before version 16).
  const char* flagged = "SELECT count(*) FROM entity_aliases WHERE self = 1";
  const char* own_key =
      "SELECT count(*) FROM entity_aliases a JOIN entities e ON e.id = a.entity WHERE a.key = e.key";
  TempDir fresh_dir, none_dir, migrated_dir;
  const std::string fresh = claimgraph::testing::BuildStore(fresh_dir);
  const std::string none = claimgraph::testing::BuildStore(none_dir);
  const std::string migrated = claimgraph::testing::BuildStore(migrated_dir);
  {
    SqliteReader r(fresh);
    REQUIRE(r.Int(flagged) > 0);
    CHECK(r.Int(flagged + std::string(" AND key != (SELECT key FROM entities WHERE id = entity)")) == 0);
    CHECK(r.Rows("SELECT sql FROM sqlite_master WHERE name = 'entity_aliases_key'")
              .find("WHERE self IS NULL") != std::string::npos);
  }
  ExecSql(none, "UPDATE entity_aliases SET self = NULL");
  BackTo(migrated, 15);
  REQUIRE(SqliteReader(migrated).Int("PRAGMA user_version") == 15);

  const std::string answers = AliasAnswers(fresh);
  CHECK(answers.find("Hegseth: person:pete hegseth") != std::string::npos);
  CHECK(answers.find("said") != std::string::npos);
  CHECK(AliasAnswers(none) == answers);
  CHECK(AliasAnswers(migrated) == answers);
  SqliteReader r(migrated);
  CHECK(r.Int("PRAGMA user_version") >= 16);
  CHECK(r.Int(flagged) == r.Int(own_key));
  CHECK(r.Int(flagged) >= SqliteReader(fresh).Int(flagged));
}

TEST_CASE(
    "store: a version 16 store's claim sketches keep their rows, with no summary, and still find claims",
    "[graph][store]") {
  TempDir dir;
  std::string db = claimgraph::testing::BuildStore(dir);
  const std::string rows = "SELECT speaker, key, tracked FROM claim_sketches ORDER BY 1, 2, 3";
  std::string sketches = SqliteReader(db).Rows(rows);
  // A new store's rows all carry their tracked claim's summary.
  REQUIRE(SqliteReader(db).Int("SELECT count(*) FROM claim_sketches WHERE summary IS NULL") == 0);
  BackTo(db, 16);
  {
    auto g = Graph::Open(db);
    INFO(g.status().message());
    REQUIRE(g.ok());
  }
  SqliteReader r(db);
  CHECK(r.Int("PRAGMA user_version") >= 17);
  CHECK(r.Rows(rows) == sketches);
  CHECK(r.Int("SELECT count(*) FROM claim_sketches WHERE summary IS NOT NULL") == 0);
  // A claim repeating a stored one joins its tracked claim, read from the store (no summary).
  SQLite::Database sql(db, SQLite::OPEN_READWRITE);
  SQLite::Statement pick(sql,
                         "SELECT id, speaker, text FROM tracked_claims WHERE speaker IS NOT NULL"
                         " AND polarity = 'asserted' AND length(text) > 60 ORDER BY id LIMIT 1");
  REQUIRE(pick.executeStep());
  const int64_t id = pick.getColumn(0).getInt64();
  const std::string text = pick.getColumn(2).getString();
  store::Appearance a;
  a.claim = r.Int("SELECT max(id) FROM claims") + 1;
  a.speaker = pick.getColumn(1).getInt64();
  a.text = &text;
  const store::StatementSketch sketch = store::SketchStatement(text);
  a.sketch = &sketch;
  a.keys = store::SaltedKeys(sketch.minima, a.speaker);
  SQLite::Transaction tx(sql);
  store::ClaimTracker tracker(sql);
  tracker.Begin();
  CHECK(tracker.Track(a) == id);
  CHECK(tracker.RowsRead() >= 1);
  CHECK(tracker.Dropped() == 0);
}
