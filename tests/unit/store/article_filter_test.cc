// The writer's filter of stored article ids (sqlite_store.cc, articles_): once an ingest has asked
// for many articles, HasArticle and PutBatch answer "not stored" from memory. Nothing stored may
// be missed: this connection's articles, another connection's, and those of a rolled-back batch.
#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include "claimgraph/store.h"
#include "store/key_filter.h"
#include "support/sqlite_query.h"
#include "support/test_support.h"

using namespace claimgraph;
using claimgraph::testing::ExecSql;
using claimgraph::testing::SqliteReader;
using claimgraph::testing::TempDir;

namespace {

// An article with no entities nor claims, its id from its text.
Extraction BareArticle(const std::string& text) {
  Extraction x;
  x.article.text = text;
  x.article.id = ArticleId(text);
  x.article.source = "filter/" + x.article.id.substr(0, 8) + ".txt";
  return x;
}

std::unique_ptr<Store> OpenStoreOrFail(const std::string& path) {
  auto s = Store::Open(path);
  INFO(s.status().message());
  REQUIRE(s.ok());
  return std::move(s).value();
}

size_t PutArticles(Store& store, const std::vector<Extraction>& batch) {
  size_t added = 99;
  Status s = store.PutBatch(batch, &added);
  INFO(s.message());
  REQUIRE(s.ok());
  return added;
}

// More than the lookups after which the writer keeps the ids in memory (256).
std::vector<Extraction> ManyArticles(const std::string& tag, int n) {
  std::vector<Extraction> out;
  for (int i = 0; i < n; ++i) out.push_back(BareArticle(tag + " article number " + std::to_string(i) + "."));
  return out;
}

}  // namespace

TEST_CASE("a writer that has asked for many articles still finds every stored one, and another's",
          "[store]") {
  TempDir dir;
  const std::string db = dir / "articles.db";
  auto first = OpenStoreOrFail(db);
  auto second = OpenStoreOrFail(db);
  const std::vector<Extraction> many = ManyArticles("first", 300);
  for (const Extraction& x : many) CHECK_FALSE(first->HasArticle(x.article.id));
  CHECK(PutArticles(*first, many) == many.size());
  for (const Extraction& x : many) CHECK(first->HasArticle(x.article.id));
  // The same texts again, in a later batch: all duplicates.
  CHECK(PutArticles(*first, {many[0], many[299]}) == 0);

  const Extraction own = BareArticle("One more of the first writer.");
  CHECK_FALSE(first->HasArticle(own.article.id));
  CHECK(PutArticles(*first, {own}) == 1);
  CHECK(first->HasArticle(own.article.id));

  // Another connection stores an article: the first one's next batch skips it, and from then on
  // knows it.
  const Extraction other = BareArticle("Stored by the second writer.");
  CHECK(PutArticles(*second, {other}) == 1);
  CHECK(PutArticles(*first, {other, BareArticle("A new one.")}) == 1);
  CHECK(first->HasArticle(other.article.id));
  CHECK(second->HasArticle(many[7].article.id));
  CHECK(SqliteReader(db).Int("SELECT count(*) FROM articles") == 303);
}

TEST_CASE(
    "a writer that has asked for many articles finds again those of a rolled-back batch only once stored",
    "[store]") {
  TempDir dir;
  const std::string db = dir / "rolled.db";
  auto store = OpenStoreOrFail(db);
  const std::vector<Extraction> many = ManyArticles("rolled", 300);
  for (const Extraction& x : many) CHECK_FALSE(store->HasArticle(x.article.id));
  CHECK(PutArticles(*store, {many.begin(), many.begin() + 100}) == 100);
  ExecSql(db,
          "CREATE TRIGGER fail_bad BEFORE INSERT ON articles WHEN NEW.source = 'bad.txt'"
          " BEGIN SELECT RAISE(FAIL, 'injected failure'); END");
  Extraction bad = BareArticle("This one fails.");
  bad.article.source = "bad.txt";
  size_t added = 0;
  CHECK_FALSE(store->PutBatch({many[100], many[101], bad}, &added).ok());
  CHECK_FALSE(store->HasArticle(many[100].article.id));
  CHECK_FALSE(store->HasArticle(bad.article.id));
  ExecSql(db, "DROP TRIGGER fail_bad");
  CHECK(PutArticles(*store, {many.begin() + 100, many.end()}) == 200);
  CHECK(PutArticles(*store, {bad, many[100]}) == 1);
  CHECK(store->HasArticle(bad.article.id));
  CHECK(SqliteReader(db).Int("SELECT count(*) FROM articles") == 301);
}

TEST_CASE("the article filter read from a store has every article id", "[store]") {
  TempDir dir;
  const std::string db = dir / "ids.db";
  const std::vector<Extraction> many = ManyArticles("ids", 50);
  {
    auto store = OpenStoreOrFail(db);
    PutArticles(*store, many);
  }
  SQLite::Database sql(db, SQLite::OPEN_READONLY);
  const store::KeyFilter f = store::ReadArticleFilter(sql);
  CHECK(f.added() == many.size());
  for (const Extraction& x : many) CHECK(f.MayHave(x.article.id));
  CHECK(f.capacity() >= 2 * many.size());
}
