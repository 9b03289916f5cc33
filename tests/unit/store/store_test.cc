#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <sstream>

#include "claimgraph/graph.h"
#include "claimgraph/store.h"
#include "common/schema_data.h"
#include "store/commit_policy.h"
#include "store/key_filter.h"
#include "store/key_ids.h"
#include "store/name_key.h"
#include "support/sqlite_query.h"
#include "support/test_support.h"

using namespace claimgraph;
using claimgraph::testing::ExecSql;
using claimgraph::testing::SqliteReader;
using claimgraph::testing::TempDir;
using claimgraph::testing::WriteFile;

namespace {

// A hand-built extraction: one article whose text names each person once, and
// one direct claim per (speaker, words) pair.
struct PersonSpec {
  std::string name;
  std::vector<std::string> aliases;
  std::vector<std::string> roles;
};

Extraction MakeExtraction(const std::string& body, const std::vector<PersonSpec>& people,
                          const std::vector<std::pair<int, std::string>>& claims,
                          const std::string& date = "") {
  Extraction x;
  x.article.text = body;
  x.article.id = ArticleId(body);
  x.article.source = "test/" + x.article.id.substr(0, 6) + ".txt";
  x.article.date = date;
  x.article.outlet = "Test Wire";
  for (size_t i = 0; i < people.size(); ++i) {
    Entity e;
    e.id = "e" + std::to_string(i + 1);
    e.name = people[i].name;
    e.aliases = people[i].aliases;
    e.roles = people[i].roles;
    size_t at = body.find(people[i].name);
    if (at != std::string::npos) {
      e.mentions.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(at + people[i].name.size())});
    }
    x.entities.push_back(e);
  }
  int n = 0;
  for (const auto& [speaker, words] : claims) {
    Claim c;
    c.id = "c" + std::to_string(++n);
    c.speaker = speaker >= 0 ? "e" + std::to_string(speaker + 1) : "";
    c.kind = ClaimKind::kDirect;
    c.text = words;
    c.cue = "said";
    size_t at = body.find(words);
    c.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + words.size())};
    x.claims.push_back(c);
    if (speaker >= 0) {
      Relation r;
      r.id = "r" + std::to_string(n);
      r.source = c.speaker;
      r.type = "said";
      r.target_text = words;
      r.claim = c.id;
      r.evidence = words;
      r.evidence_span = c.span;
      x.relations.push_back(r);
    }
  }
  return x;
}

std::unique_ptr<Store> OpenOrFail(const std::string& path) {
  auto s = Store::Open(path);
  INFO(s.status().message());
  REQUIRE(s.ok());
  return std::move(s).value();
}

size_t Put(Store& store, const std::vector<Extraction>& batch) {
  size_t added = 99;
  Status s = store.PutBatch(batch, &added);
  INFO(s.message());
  REQUIRE(s.ok());
  return added;
}

}  // namespace

TEST_CASE("NameKey folds case, dots, accents, quotes, 'the' and possessives", "[store]") {
  using store::NameKey;
  CHECK(NameKey("U.S.") == NameKey("US"));
  CHECK(NameKey("The U.S.'s") == "us");
  CHECK(NameKey("J.D. Vance") == NameKey("JD Vance"));
  CHECK(NameKey("Volodymyr  Zelenskyy") == "volodymyr zelenskyy");
  CHECK(NameKey("Zelenskyy\xE2\x80\x99s") == "zelenskyy");
  CHECK(NameKey("S\xC3\xA3o Paulo") == "sao paulo");
  CHECK(NameKey("John Smith") != NameKey("Jane Smith"));
}

TEST_CASE("NameKey of an ASCII name is what the Unicode folding gives", "[store]") {
  using store::NameKey;
  // A name with one accented letter goes through the Unicode folding; the same name
  // without it takes the ASCII path: the keys differ by that letter only.
  std::string ascii;
  for (int c = 1; c < 0x80; ++c) ascii.push_back(static_cast<char>(c));
  for (const std::string& name : {ascii, std::string("Tony BLAIR"), std::string("St. Louis-Cardinals 2"),
                                  std::string("O'Neill & Sons"), std::string("\t X\x7f\x01Y ")}) {
    INFO(name);
    CHECK(NameKey(name + " \xC3\x89") == NameKey(name) + " e");  // É
  }
}

TEST_CASE("NameKey of an ASCII name, written in one pass, is the key byte by byte", "[store]") {
  // what NameKey did before its ASCII words were written in place: the name lower-cased, then a
  // byte at a time (words of letters, digits, apostrophes and '&'; dots dropped; anything else
  // a break), then "the ", "'s" and trailing apostrophes cut
  auto reference = [](std::string s) {
    for (char& c : s)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    std::string out;
    bool space = false;
    for (char c : s) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' || c == '&') {
        if (space && !out.empty()) out.push_back(' ');
        space = false;
        out.push_back(c);
      } else if (c != '.') {
        space = true;
      }
    }
    if (out.rfind("the ", 0) == 0) out.erase(0, 4);
    if (out.size() > 2 && out.compare(out.size() - 2, 2, "'s") == 0) out.resize(out.size() - 2);
    while (!out.empty() && out.back() == '\'') out.pop_back();
    return out;
  };
  const std::vector<std::string> pieces = {"The", "the ", "U.S.", "'s",    "'",       " ",   "  ",
                                           ".",   "-",    "&",    "Blair", "O'Neill", "st.", "2",
                                           "\t",  "\x01", ",",    "A",     "z",       "9",   "("};
  uint64_t x = 88172645463325252ull;  // xorshift64: the same names on every run
  size_t checked = 0;
  for (int n = 0; n < 3000; ++n) {
    std::string name;
    for (int k = static_cast<int>(x % 7); k >= 0; --k) {
      x ^= x << 13;
      x ^= x >> 7;
      x ^= x << 17;
      name += pieces[x % pieces.size()];
    }
    INFO("'" << name << "'");
    CHECK(store::NameKey(name) == reference(name));
    ++checked;
  }
  CHECK(checked == 3000);
}

TEST_CASE("a new store has every table and the latest schema version", "[store]") {
  TempDir dir;
  { auto store = OpenOrFail(dir / "g.db"); }
  SqliteReader db(dir / "g.db");
  CHECK(db.Int("PRAGMA user_version") >= 1);
  for (const char* table : {"articles", "entities", "entity_aliases", "entity_roles", "entity_mentions",
                            "claims", "relations", "entity_dates"}) {
    INFO(table);
    CHECK(db.Int(std::string("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='") + table +
                 "'") == 1);
  }
  // Kept in the articles' rows (schema 14), read as before.
  for (const char* view : {"article_entities", "all_relations"}) {
    INFO(view);
    CHECK(db.Int(std::string("SELECT count(*) FROM sqlite_master WHERE type='view' AND name='") + view +
                 "'") == 1);
  }
  auto again = OpenOrFail(dir / "g.db");  // reopening an up-to-date store changes nothing
  CHECK(again->Stats().value().articles == 0);
}

TEST_CASE("a new store is made in one step with the schema the migrations make", "[store]") {
  // schema/store.sql (tools/store/schema.sh writes it) against schema/sql/NNN_*.sql applied in
  // order to an empty database, as Migrate applies them to an older store.
  TempDir dir;
  { auto store = OpenOrFail(dir / "new.db"); }
  int latest = 0;
  for (std::string_view name : internal::SchemaFiles("sql/")) {
    INFO(name);
    ExecSql(dir / "migrated.db", std::string(*internal::SchemaFile(name)));
    latest = std::max(latest, std::atoi(std::string(name.substr(name.rfind('/') + 1)).c_str()));
  }
  SqliteReader made(dir / "new.db"), migrated(dir / "migrated.db");
  CHECK(made.Int("PRAGMA user_version") == latest);
  const std::string schema = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name";
  INFO("after a new migration, run tools/store/schema.sh");
  CHECK(made.Rows(schema) == migrated.Rows(schema));
  CHECK(migrated.Rows(schema).find("CREATE TABLE claims") != std::string::npos);
  // The rows the migrations write into an empty store.
  std::istringstream tables(migrated.Rows("SELECT name FROM sqlite_master WHERE type = 'table'"));
  for (std::string table; std::getline(tables, table);) {
    INFO(table);
    CHECK(made.Rows("SELECT * FROM \"" + table + "\"") == migrated.Rows("SELECT * FROM \"" + table + "\""));
  }
  CHECK(made.Rows("SELECT through FROM claim_sketches_state") == "0\n");
}

TEST_CASE("an article's entities read back as written, whatever their names hold", "[store]") {
  // Kept as JSON in the article's row (schema 14), read through the view article_entities.
  TempDir dir;
  auto store = OpenOrFail(dir / "g.db");
  const std::vector<std::string> names = {"Say \"Hi\" Ltd", "Back\\slash Group", "Tab\tand\nline",
                                          "Zo\xC3\xAB M\xC3\xBCller \xE2\x80\x9CQ\xE2\x80\x9D"};
  std::string body;
  for (const std::string& n : names) body += n + " spoke. ";
  Extraction x = MakeExtraction(
      body, {{names[0], {}, {}}, {names[1], {}, {}}, {names[2], {}, {}}, {names[3], {}, {}}}, {});
  x.entities[0].type = EntityType::kOrganization;
  x.entities[1].place = "Caf\xC3\xA9 \"Nord\"";
  x.entities[1].date = "2024-05-06";
  x.entities[2].country = "e1";
  REQUIRE(Put(*store, {x}) == 1);
  SqliteReader db(dir / "g.db");
  std::string expected;
  for (const Entity& e : x.entities)
    expected += e.id + "\t" + e.name + "\t" + (e.place.empty() ? "\\N" : e.place) + "\t" +
                (e.date.empty() ? "\\N" : e.date) + "\n";
  CHECK(db.Rows("SELECT local_id, name, place, date FROM article_entities ORDER BY local_id") == expected);
  CHECK(
      db.Int(
          "SELECT count(*) FROM article_entities a JOIN entities e ON e.id = a.entity AND e.name = a.name") ==
      4);
  CHECK(db.Int("SELECT count(*) FROM article_entities a JOIN entities c ON c.id = a.country"
               " WHERE a.local_id = 'e3' AND c.name = 'Say \"Hi\" Ltd'") == 1);
  CHECK(db.Rows("SELECT e.name, d.date FROM entity_dates d JOIN entities e ON e.id = d.entity") ==
        "Back\\slash Group\t2024-05-06\n");
}

TEST_CASE("PutBatch stores an article with its rows once and the same text again is skipped", "[store]") {
  TempDir dir;
  auto store = OpenOrFail(dir / "g.db");
  std::string body = "Pete Hegseth said \"we will stay\" on Tuesday.";
  Extraction x = MakeExtraction(body, {{"Pete Hegseth", {"Hegseth"}, {"Defense Secretary"}}},
                                {{0, "we will stay"}}, "2025-02-12");
  CHECK_FALSE(store->HasArticle(x.article.id));
  CHECK(Put(*store, {x}) == 1);
  CHECK(store->HasArticle(x.article.id));

  Extraction renamed = x;  // same text under another file name
  renamed.article.source = "elsewhere/other-name.txt";
  CHECK(Put(*store, {renamed, x}) == 0);

  StoreStats s = store->Stats().value();
  CHECK(s.articles == 1);
  CHECK(s.entities == 1);
  CHECK(s.mentions == 1);
  CHECK(s.claims == 1);
  CHECK(s.relations == 1);

  auto rows = store->Said(std::nullopt, 10).value();
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].speaker == "Pete Hegseth");
  CHECK(rows[0].kind == "direct");
  CHECK(rows[0].text == "we will stay");
  CHECK(rows[0].cue == "said");
  CHECK(rows[0].date == "2025-02-12");
  CHECK(rows[0].outlet == "Test Wire");
  CHECK(rows[0].article_id == x.article.id);
}

TEST_CASE("a batch with the same article twice stores it once", "[store]") {
  TempDir dir;
  auto store = OpenOrFail(dir / "g.db");
  Extraction x = MakeExtraction("Someone spoke.", {}, {});
  CHECK(Put(*store, {x, x}) == 1);
  CHECK(store->Stats().value().articles == 1);
}

TEST_CASE("the same person in two articles is one entity with every alias and role", "[store]") {
  TempDir dir;
  auto store = OpenOrFail(dir / "g.db");
  Extraction a = MakeExtraction("Defense Secretary Pete Hegseth said \"no\" in Brussels.",
                                {{"Pete Hegseth", {"Hegseth"}, {"Defense Secretary"}}}, {{0, "no"}});
  Extraction b =
      MakeExtraction("Pete Hegseth, the Pentagon chief, said \"maybe\" later.",
                     {{"Pete Hegseth", {"Secretary Hegseth"}, {"Pentagon chief"}}}, {{0, "maybe"}});
  CHECK(Put(*store, {a}) == 1);
  CHECK(Put(*store, {b}) == 1);
  CHECK(store->Stats().value().entities == 1);
  CHECK(store->Said(std::string("Pete Hegseth"), 0).value().size() == 2);

  SqliteReader db(dir / "g.db");
  CHECK(db.Int("SELECT count(*) FROM entity_aliases") == 3);  // Pete Hegseth, Hegseth, Secretary Hegseth
  CHECK(db.Int("SELECT count(*) FROM entity_roles") == 2);
  CHECK(db.Int("SELECT count(DISTINCT entity) FROM entity_mentions") == 1);
}

TEST_CASE("two people who share a surname stay apart and a bare surname joins only an unambiguous one",
          "[store]") {
  TempDir dir;
  auto store = OpenOrFail(dir / "g.db");
  Put(*store, {MakeExtraction("John Smith said \"yes\".", {{"John Smith", {"Smith"}, {}}}, {{0, "yes"}})});
  Put(*store, {MakeExtraction("Jane Smith said \"no\".", {{"Jane Smith", {"Smith"}, {}}}, {{0, "no"}})});
  CHECK(store->Stats().value().entities == 2);
  CHECK(store->Said(std::string("john smith"), 0).value().size() == 1);
  CHECK(store->Said(std::string("JANE SMITH"), 0).value().size() == 1);
  CHECK(store->Said(std::string("Smith"), 0).value().size() == 2);  // a surname matches both

  // "Smith" alone could be either: a third entity rather than a wrong merge.
  Put(*store, {MakeExtraction("Smith said \"perhaps\".", {{"Smith", {}, {}}}, {{0, "perhaps"}})});
  CHECK(store->Stats().value().entities == 3);

  // "Hegseth" alone, with one Hegseth known, is that Hegseth.
  Put(*store, {MakeExtraction("Pete Hegseth said \"a\".", {{"Pete Hegseth", {"Hegseth"}, {}}}, {{0, "a"}})});
  Put(*store, {MakeExtraction("Hegseth said \"b\".", {{"Hegseth", {}, {}}}, {{0, "b"}})});
  CHECK(store->Stats().value().entities == 4);
  CHECK(store->Said(std::string("Pete Hegseth"), 0).value().size() == 2);

  // Named by surname alone in an article that never gives the full name, when
  // one known person has it: that person ("Putin" after "Vladimir Putin").
  Put(*store, {MakeExtraction("Vladimir Putin said \"c\".", {{"Vladimir Putin", {}, {}}}, {{0, "c"}})});
  Put(*store, {MakeExtraction("Putin said \"d\".", {{"Putin", {}, {}}}, {{0, "d"}})});
  CHECK(store->Stats().value().entities == 5);
  CHECK(store->Said(std::string("Vladimir Putin"), 0).value().size() == 2);
  // A surname of several words too ("de Blasio" after "Bill de Blasio"), never part of a word.
  Put(*store, {MakeExtraction("Bill de Blasio said \"e\".", {{"Bill de Blasio", {}, {}}}, {{0, "e"}})});
  Put(*store, {MakeExtraction("de Blasio said \"f\".", {{"de Blasio", {}, {}}}, {{0, "f"}})});
  Put(*store, {MakeExtraction("Lasio said \"g\".", {{"Lasio", {}, {}}}, {{0, "g"}})});
  CHECK(store->Stats().value().entities == 7);
  CHECK(store->Said(std::string("Bill de Blasio"), 0).value().size() == 2);
}

TEST_CASE("entities of different types with one name stay apart", "[store]") {
  TempDir dir;
  auto store = OpenOrFail(dir / "g.db");
  Extraction x =
      MakeExtraction("Georgia said it would vote; Georgia Smith agreed.", {{"Georgia", {}, {}}}, {});
  Extraction y = MakeExtraction("Georgia is a country.", {{"Georgia", {}, {}}}, {});
  y.entities[0].type = EntityType::kCountry;
  Put(*store, {x, y});
  CHECK(store->Stats().value().entities == 2);
}

TEST_CASE("Said lists unresolved speakers and honours the limit", "[store]") {
  TempDir dir;
  auto store = OpenOrFail(dir / "g.db");
  Put(*store, {MakeExtraction("Officials said \"later\" and \"sooner\" and \"never\".", {},
                              {{-1, "later"}, {-1, "sooner"}, {-1, "never"}})});
  auto all = store->Said(std::nullopt, 0).value();
  REQUIRE(all.size() == 3);
  CHECK(all[0].speaker.empty());
  CHECK(all[0].text == "later");  // in text order within an article
  CHECK(store->Said(std::nullopt, 2).value().size() == 2);
  CHECK(store->Said(std::string("nobody"), 0).value().empty());
}

TEST_CASE("Said orders claims by date, undated ones last", "[store]") {
  TempDir dir;
  auto store = OpenOrFail(dir / "g.db");
  Put(*store,
      {MakeExtraction("Ann Lee said \"undated\".", {{"Ann Lee", {}, {}}}, {{0, "undated"}}),
       MakeExtraction("Ann Lee said \"second\".", {{"Ann Lee", {}, {}}}, {{0, "second"}}, "2024-05-02"),
       MakeExtraction("Ann Lee said \"first\".", {{"Ann Lee", {}, {}}}, {{0, "first"}}, "2024-05-01")});
  auto rows = store->Said(std::string("Lee"), 0).value();
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].text == "first");
  CHECK(rows[1].text == "second");
  CHECK(rows[2].text == "undated");
}

TEST_CASE("a store that cannot be opened gives an error naming the file", "[store]") {
  TempDir dir;
  SECTION("missing folder") {
    auto s = Store::Open(dir / "no/such/dir/g.db");
    REQUIRE_FALSE(s.ok());
    CHECK(s.status().code() == Status::Code::kDbError);
    CHECK(s.status().message().find("no/such/dir/g.db") != std::string::npos);
  }
  SECTION("not a database") {
    WriteFile(dir / "text.db", std::string(4096, 'x'));
    auto s = Store::Open(dir / "text.db");
    REQUIRE_FALSE(s.ok());
    CHECK(s.status().message().find("text.db") != std::string::npos);
  }
  SECTION("a folder") {
    auto s = Store::Open(dir.path().string());
    REQUIRE_FALSE(s.ok());
  }
}

TEST_CASE("a store from a newer claimgraph is refused", "[store]") {
  TempDir dir;
  { auto store = OpenOrFail(dir / "g.db"); }
  // Bump the version behind the store's back.
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(std::string(dir / "g.db").c_str(), &db) == SQLITE_OK);
  REQUIRE(sqlite3_exec(db, "PRAGMA user_version = 999", nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
  auto s = Store::Open(dir / "g.db");
  REQUIRE_FALSE(s.ok());
  CHECK(s.status().message().find("newer") != std::string::npos);
}

TEST_CASE("every stored article has exactly the rows it announced", "[store]") {
  TempDir dir;
  auto store = OpenOrFail(dir / "g.db");
  std::vector<Extraction> batch;
  for (int i = 0; i < 20; ++i) {
    std::string name = "Person Number" + std::to_string(i % 3);
    batch.push_back(MakeExtraction(name + " said \"item " + std::to_string(i) + "\".", {{name, {}, {}}},
                                   {{0, "item " + std::to_string(i)}}));
  }
  CHECK(Put(*store, batch) == 20);
  SqliteReader db(dir / "g.db");
  CHECK(db.Int("SELECT count(*) FROM articles a WHERE n_mentions != (SELECT COALESCE(sum(n), 0) FROM "
               "entity_mentions"
               " WHERE article = a.seq)"
               " OR n_claims != (SELECT count(*) FROM claims WHERE article = a.seq)"
               " OR n_relations != (SELECT count(*) FROM all_relations WHERE article = a.seq)"
               " OR n_entities != (SELECT count(*) FROM article_entities WHERE article = a.seq)") == 0);
  CHECK(db.Int("SELECT count(*) FROM entities") == 3);
  CHECK(
      db.Int(
          "SELECT count(*) FROM relations r JOIN claims c ON c.id = r.claim WHERE c.article != r.article") ==
      0);
}

TEST_CASE("said relations read back from the store exactly as they were written", "[store]") {
  TempDir dir;
  auto store = OpenOrFail(dir / "g.db");
  Extraction x = MakeExtraction("Ann Lee said \"we stay\". Bob Kay said \"we go\". Cy Dee said \"no\".",
                                {{"Ann Lee", {}, {}}, {"Bob Kay", {}, {}}, {"Cy Dee", {}, {}}},
                                {{0, "we stay"}, {1, "we go"}, {2, "no"}});
  // r1: the claim's own (kept in its row); r2: its own too, but its evidence keeps the quotation
  // marks; r3: not its claim's own (another target text), so a row of its own; r4: another
  // type; r5: a second said relation of claim c1, a row of its own.
  x.relations[1].evidence = "\"we go\"";
  x.relations[2].target_text = "no way";
  Relation opposes;
  opposes.id = "r4";
  opposes.source = "e1";
  opposes.type = "opposes";
  opposes.target = "e2";
  opposes.target_text = "Bob Kay";
  opposes.evidence = "Ann Lee said";
  opposes.evidence_span = {0, 12};
  x.relations.push_back(opposes);
  Relation twice = x.relations[0];
  twice.id = "r5";
  x.relations.push_back(twice);
  REQUIRE(Put(*store, {x}) == 1);

  SqliteReader db(dir / "g.db");
  std::string expected;
  for (const Relation& r : x.relations) {
    for (const std::string& field : {r.id, r.type, r.source, r.target, r.target_text, r.claim, r.evidence,
                                     std::to_string(r.evidence_span.start)})
      expected += field + "\t";
    expected += std::to_string(r.evidence_span.end) + "\n";
  }
  std::string read = db.Rows(
      "SELECT r.local_id, r.type, COALESCE(s.local_id, ''), COALESCE(t.local_id, ''), r.target_text,"
      " COALESCE(c.local_id, ''), r.evidence, r.start, r.\"end\" FROM all_relations r"
      " LEFT JOIN article_entities s ON s.article = r.article AND s.entity = r.source"
      " LEFT JOIN article_entities t ON t.article = r.article AND t.entity = r.target"
      " LEFT JOIN claims c ON c.id = r.claim ORDER BY CAST(substr(r.local_id, 2) AS INTEGER)");
  CHECK(read == expected);
  // Only r1 and r2 are kept in their claims' rows.
  CHECK(db.Rows("SELECT local_id FROM relations ORDER BY id") == "r3\nr4\nr5\n");
  CHECK(db.Rows("SELECT local_id, said, COALESCE(said_evidence, '-') FROM claims WHERE said IS NOT NULL"
                " ORDER BY id") == "c1\t1\t-\nc2\t2\t\"we go\"\n");
  CHECK(store->Stats().value().relations == 5);
}

TEST_CASE("said --about and --relation said find a claim through the said relation of a later appearance",
          "[store]") {
  TempDir dir;
  {
    auto store = OpenOrFail(dir / "g.db");
    // One statement in two articles; only the second appearance's text (and so its said
    // relation's target) has the word "harbour".
    Put(*store, {MakeExtraction("Ann Lee said \"we will stay in the region for many years\".",
                                {{"Ann Lee", {}, {}}}, {{0, "we will stay in the region for many years"}})});
    Put(*store,
        {MakeExtraction("Ann Lee said \"we will stay in the region for many years harbour\".",
                        {{"Ann Lee", {}, {}}}, {{0, "we will stay in the region for many years harbour"}})});
  }
  REQUIRE(SqliteReader(dir / "g.db").Int("SELECT count(*) FROM tracked_claims") == 1);
  auto g = Graph::Open(dir / "g.db");
  REQUIRE(g.ok());
  SaidQuery about;
  about.about = "harbour";
  auto rows = g.value()->Said(about);
  REQUIRE(rows.ok());
  REQUIRE(rows.value().size() == 1);
  CHECK(rows.value()[0].text == "we will stay in the region for many years");
  SaidQuery said;
  said.relation = "said";
  CHECK(g.value()->Said(said).value().size() == 1);
  said.relation = "opposes";
  CHECK(g.value()->Said(said).value().empty());
}

TEST_CASE("a statement stored through another connection between two batches is still found", "[store]") {
  // Each connection keeps a filter of the stored sketch keys; a batch written by another
  // connection (another process) must not be missed because of it.
  TempDir dir;
  std::string db = dir / "two.db";
  auto first = OpenOrFail(db);
  auto second = OpenOrFail(db);
  const std::string words = "We will cut taxes for every working family in the country";
  const std::string trimmed = "We will cut taxes for every working family";
  const std::string other = "The budget will be balanced by the end of the decade";
  Put(*first, {MakeExtraction("Ann Lee said: " + other, {{"Ann Lee"}}, {{0, other}}, "2024-01-01")});
  Put(*second, {MakeExtraction("Ann Lee said: " + words, {{"Ann Lee"}}, {{0, words}}, "2024-01-02")});
  // The first connection's filter was built before the second one wrote this statement.
  Put(*first, {MakeExtraction("Ann Lee said this: " + trimmed, {{"Ann Lee"}}, {{0, trimmed}}, "2024-01-03")});
  first.reset();
  second.reset();
  SqliteReader q(db);
  CHECK(q.Int("SELECT count(*) FROM claims") == 3);
  CHECK(q.Int("SELECT count(*) FROM tracked_claims") == 2);
  CHECK(q.Int("SELECT appearances FROM tracked_claims WHERE text = '" + words + "'") == 2);
}

TEST_CASE("a statement a connection keeps in memory counts what another connection added since", "[store]") {
  // The claim tracker keeps its own committed statements between batches; a batch of another
  // connection that finds the same statement must not be lost when the first one finds it again.
  TempDir dir;
  std::string db = dir / "kept.db";
  auto first = OpenOrFail(db);
  auto second = OpenOrFail(db);
  const std::string words = "We will cut taxes for every working family in the country";
  const std::string trimmed = "We will cut taxes for every working family";
  Put(*first, {MakeExtraction("Ann Lee said: " + words, {{"Ann Lee"}}, {{0, words}}, "2024-01-01")});
  Put(*second,
      {MakeExtraction("Ann Lee said this: " + trimmed, {{"Ann Lee"}}, {{0, trimmed}}, "2024-01-02")});
  Put(*first, {MakeExtraction("Ann Lee said again: " + words, {{"Ann Lee"}}, {{0, words}}, "2024-01-03")});
  first.reset();
  second.reset();
  SqliteReader q(db);
  CHECK(q.Int("SELECT count(*) FROM claims") == 3);
  CHECK(q.Int("SELECT count(*) FROM tracked_claims") == 1);
  CHECK(q.Int("SELECT appearances FROM tracked_claims") == 3);
}

TEST_CASE("a store that holds batches in one transaction writes the same rows, seen once committed",
          "[store]") {
  // store/commit_policy.h: a large store commits a transaction of several batches. Here every
  // store is large: a transaction holds as many articles as the store has, at most 4 (for an
  // hour at most).
  const std::string words = "We will cut taxes for every working family in the country";
  const std::string trimmed = "We will cut taxes for every working family";
  std::vector<std::vector<Extraction>> batches;
  for (int b = 0; b < 4; ++b) {
    std::vector<Extraction> batch;
    for (int i = 0; i < 2; ++i) {
      const std::string n = std::to_string(2 * b + i);
      const std::string& said = i == 0 ? words : trimmed;
      batch.push_back(MakeExtraction("Ann Lee said " + n + ": " + said + ". Bo Park " + n + " agreed.",
                                     {{"Ann Lee", {"Lee"}}, {"Bo Park " + n}}, {{0, said}},
                                     "2024-01-0" + std::to_string(1 + b)));
    }
    batches.push_back(batch);
  }
  TempDir dir;
  {
    auto store = OpenOrFail(dir / "each.db");
    for (const auto& batch : batches) Put(*store, batch);
  }
  store::CommitPolicy& policy = store::DefaultCommitPolicy();
  const store::CommitPolicy saved = policy;
  policy = store::CommitPolicy{/*divisor=*/1, /*least=*/1, /*most=*/4, /*most_seconds=*/3600};
  auto held = OpenOrFail(dir / "held.db");
  // A transaction open for its longest (here 0 s) commits, whatever it holds.
  policy.most_seconds = 0;
  auto brief = OpenOrFail(dir / "brief.db");
  policy = saved;
  Put(*brief, batches[0]);
  Put(*brief, batches[1]);
  CHECK(brief->Uncommitted() == 0);
  CHECK(SqliteReader(dir / "brief.db").Int("SELECT count(*) FROM articles") == 4);
  auto committed = [&] { return SqliteReader(dir / "held.db").Int("SELECT count(*) FROM articles"); };
  Put(*held, batches[0]);  // 2 articles in a store of 2: committed
  CHECK(held->Uncommitted() == 0);
  CHECK(committed() == 2);
  Put(*held, batches[1]);  // 2 in a store of 4: held
  CHECK(held->Uncommitted() == 2);
  CHECK(committed() == 2);
  CHECK(held->HasArticle(batches[1][0].article.id));
  Put(*held, batches[2]);  // 4 held: committed
  CHECK(held->Uncommitted() == 0);
  CHECK(committed() == 6);
  Put(*held, batches[3]);
  CHECK(committed() == 6);
  REQUIRE(held->Commit().ok());
  CHECK(held->Uncommitted() == 0);
  CHECK(committed() == 8);
  held.reset();
  const std::string each = SqliteReader(dir / "each.db").Dump();
  CHECK(SqliteReader(dir / "held.db").Dump() == each);
  CHECK(SqliteReader(dir / "each.db")
            .Int("SELECT appearances FROM tracked_claims WHERE text = '" + words + "'") == 8);
}

TEST_CASE("KeyIds keeps each key's tracked ids, in order, across growth and clears", "[store]") {
  store::KeyIds m;
  auto ids = [&m](const store::KeyIds::Key& k) {
    std::vector<int64_t> out;
    m.ForEach(k, [&out](int64_t id) { out.push_back(id); });
    return out;
  };
  CHECK(m.Insert({1, 10}));
  CHECK_FALSE(m.Insert({1, 10}));
  CHECK(ids({1, 10}).empty());
  CHECK(m.Add({1, 10}, 7, /*unique=*/true));
  CHECK_FALSE(m.Add({1, 10}, 7, /*unique=*/true));
  CHECK(m.Add({1, 10}, 7, /*unique=*/false));
  CHECK(m.Add({2, 10}, 8, /*unique=*/true));  // another speaker, the same key: another entry
  // Enough keys to grow the table several times; every key keeps its ids.
  for (int64_t k = 0; k < 5000; ++k) m.Add({3, k * 7919}, k, /*unique=*/true);
  for (int64_t k = 0; k < 5000; k += 997) CHECK(ids({3, k * 7919}) == std::vector<int64_t>{k});
  CHECK(ids({1, 10}) == std::vector<int64_t>{7, 7});
  CHECK(ids({2, 10}) == std::vector<int64_t>{8});
  CHECK(ids({2, 11}).empty());
  m.Clear();
  CHECK(ids({1, 10}).empty());
  CHECK(m.Insert({1, 10}));
}

TEST_CASE("a person another connection stores is found by a connection that has seen many new names",
          "[store]") {
  // After many names the database did not have, a connection keeps a filter of the stored name
  // keys (store/key_filter.h) instead of asking for each new name; a person another connection
  // (another process) stores since must not become a second entity.
  TempDir dir;
  std::string db = dir / "names.db";
  auto first = OpenOrFail(db);
  auto second = OpenOrFail(db);
  std::vector<PersonSpec> many;
  std::string body;
  for (char a = 'a'; a <= 'z'; ++a) {
    for (char b = 'a'; b <= 'l'; ++b) {
      many.push_back({std::string("Ann") + a + b + " Lee" + a, {}, {}});
      body += many.back().name + " and ";
    }
  }
  Put(*first, {MakeExtraction(body + "others met.", many, {})});
  Put(*first, {MakeExtraction("Bo Tan said \"a\".", {{"Bo Tan", {}, {}}}, {{0, "a"}})});
  Put(*second, {MakeExtraction("Zora Quill said \"b\".", {{"Zora Quill", {"Ms Quill"}, {}}}, {{0, "b"}})});
  Put(*first, {MakeExtraction("Zora Quill said \"c\".", {{"Zora Quill", {}, {}}}, {{0, "c"}})});
  Put(*first, {MakeExtraction("Ms Quill said \"d\".", {{"Ms Quill", {}, {}}}, {{0, "d"}})});
  Put(*first, {MakeExtraction("Quill said \"e\".", {{"Quill", {}, {}}}, {{0, "e"}})});
  CHECK(first->Stats().value().entities == static_cast<int64_t>(many.size()) + 2);
  CHECK(first->Said(std::string("Zora Quill"), 0).value().size() == 4);
}

TEST_CASE("the key filter read from a store has every name key once, not the aliases' own keys again",
          "[store]") {
  // An alias row with its entity's own key (flagged self) adds nothing the entity's row does not.
  TempDir dir;
  std::string db = dir / "filter.db";
  {
    auto store = OpenOrFail(db);
    Put(*store, {MakeExtraction("Ann Lee and Bo Tan met.",
                                {{"Ann Lee", {"Ms Lee", "Annie"}, {}}, {"Bo Tan", {}, {}}}, {})});
  }
  SqliteReader r(db);
  const int64_t self = r.Int("SELECT count(*) FROM entity_aliases WHERE self = 1");
  const int64_t others = r.Int("SELECT count(*) FROM entity_aliases WHERE self IS NULL");
  const int64_t keys =
      r.Int("SELECT count(*) FROM entities") + others + r.Int("SELECT count(*) FROM entity_surnames");
  CHECK(self == 2);
  CHECK(others == 2);
  SQLite::Database sql(db, SQLite::OPEN_READONLY);
  const store::KeyFilter f = store::ReadKeyFilter(sql);
  CHECK(f.added() == static_cast<size_t>(keys));
  SQLite::Statement all(sql, "SELECT key FROM entity_aliases UNION ALL SELECT key FROM entity_surnames");
  while (all.executeStep()) CHECK(f.MayHave(all.getColumn(0).getString()));
}

TEST_CASE("the key filter has every key added and few others", "[store]") {
  store::KeyFilter f(1000);
  for (int i = 0; i < 1000; ++i) f.Add("name " + std::to_string(i));
  int others = 0;
  for (int i = 0; i < 1000; ++i) {
    CHECK(f.MayHave("name " + std::to_string(i)));
    others += f.MayHave("other " + std::to_string(i));
  }
  CHECK(others < 20);  // about 0.5% at capacity
  CHECK(f.added() == 1000);
}

TEST_CASE(
    "a batch that fails rolls back the batches held with it, and the claims are tracked as if they never "
    "were",
    "[store]") {
  // store/commit_policy.h: here every store is large, and every batch after the first is held.
  // A failed batch (a trigger fails one article) rolls back the held ones too; the writer's claim
  // tracker took them as done and must forget them: the tracked claims they made are gone, and
  // their ids go to the next batches' claims.
  const std::string words = "We will cut taxes for every working family in the country";
  const std::string trimmed = "We will cut taxes for every working family";
  const std::string other = "The budget will be balanced by the end of the decade next year";
  auto article = [](const std::string& tag, const std::string& said, const std::string& date) {
    return MakeExtraction("Ann Lee said " + tag + ": " + said + ".", {{"Ann Lee", {"Lee"}}}, {{0, said}},
                          date);
  };
  const std::vector<Extraction> first = {article("first", other, "2024-01-01")};
  const std::vector<Extraction> held = {article("held", words, "2024-01-02")};
  std::vector<Extraction> failing = {article("failing", other, "2024-01-03")};
  failing[0].article.source = "bad.txt";
  const std::vector<Extraction> replaced = {article("replaced", other + " again", "2024-01-04")};
  const std::vector<Extraction> later = {article("later", trimmed, "2024-01-05")};
  store::CommitPolicy& policy = store::DefaultCommitPolicy();
  const store::CommitPolicy saved = policy;
  policy = store::CommitPolicy{/*divisor=*/1, /*least=*/1, /*most=*/4096, /*most_seconds=*/3600};
  TempDir dir;
  {
    auto store = OpenOrFail(dir / "clean.db");
    for (const auto* batch : {&first, &replaced, &later}) Put(*store, *batch);
  }
  auto store = OpenOrFail(dir / "failed.db");
  policy = saved;
  Put(*store, first);
  ExecSql(dir / "failed.db",
          "CREATE TRIGGER fail_bad BEFORE INSERT ON articles WHEN NEW.source = 'bad.txt'"
          " BEGIN SELECT RAISE(FAIL, 'injected failure'); END");
  Put(*store, held);
  CHECK(store->Uncommitted() == 1);
  size_t added = 0;
  Status s = store->PutBatch(failing, &added);
  CHECK_FALSE(s.ok());
  CHECK(s.message().find("injected failure") != std::string::npos);
  CHECK(store->Uncommitted() == 0);
  CHECK_FALSE(store->HasArticle(held[0].article.id));
  Put(*store, replaced);
  Put(*store, later);
  REQUIRE(store->Commit().ok());
  store.reset();
  ExecSql(dir / "failed.db", "DROP TRIGGER fail_bad");
  CHECK(SqliteReader(dir / "failed.db").Dump() == SqliteReader(dir / "clean.db").Dump());
}
