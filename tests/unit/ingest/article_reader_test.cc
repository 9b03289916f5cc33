#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <random>
#include <set>
#include <utility>
#include <vector>

#include "claimgraph/article.h"
#include "ingest/article_reader.h"
#include "support/test_support.h"

using claimgraph::Article;
using claimgraph::ArticleId;
using claimgraph::ParseArticleText;
using claimgraph::ReadArticleFile;
using claimgraph::ReadArticles;
using claimgraph::ReadProblem;
using claimgraph::testing::TempDir;
using claimgraph::testing::WriteFile;

namespace {

struct Collected {
  std::vector<Article> articles;
  std::vector<ReadProblem> problems;
};

Collected ReadAll(const std::vector<std::string>& paths) {
  Collected c;
  ReadArticles(
      paths, [&](Article&& a) { c.articles.push_back(std::move(a)); },
      [&](const ReadProblem& p) { c.problems.push_back(p); });
  return c;
}

std::string Body(const Article& a) { return a.text.substr(a.body_start); }

}  // namespace

TEST_CASE("plain text without a header: the whole text is the body", "[ingest][reader]") {
  auto r = ParseArticleText("The minister said the talks would resume.\n", "a.txt");
  REQUIRE(r.ok());
  CHECK(r->body_start == 0);
  CHECK(r->title.empty());  // no header title: none is guessed
  CHECK(r->date.empty());
  CHECK(r->source == "a.txt");
  CHECK(r->text == "The minister said the talks would resume.\n");
  CHECK(r->id.size() == 32);
}

TEST_CASE("header lines fill the metadata and the body starts after them", "[ingest][reader]") {
  std::string text =
      "title: Talks resume\nDate: 2024-03-05\nurl: https://example.org/a\noutlet: Example News\n"
      "author: A. Writer\n\nThe minister said the talks would resume.\n";
  auto r = ParseArticleText(text, "a.txt");
  REQUIRE(r.ok());
  CHECK(r->title == "Talks resume");
  CHECK(r->date == "2024-03-05");
  CHECK(r->url == "https://example.org/a");
  CHECK(r->outlet == "Example News");
  CHECK(r->author == "A. Writer");
  CHECK(r->text == text);  // offsets refer to the bytes as read
  CHECK(Body(r.value()) == "The minister said the talks would resume.\n");
}

TEST_CASE("a leading 'date YYYY-MM-DD' token: the body goes on on the same line", "[ingest][reader]") {
  auto r =
      ParseArticleText(" date 2025-02-12 Pete Hegseth pauses to talk to reporters.\n\nMore text.", "h.txt");
  REQUIRE(r.ok());
  CHECK(r->date == "2025-02-12");
  CHECK(r->body_start == 17);
  CHECK(r->text.substr(r->body_start, 12) == "Pete Hegseth");
}

TEST_CASE("the shipped Hegseth example reads with its date and a body at 'Pete'", "[ingest][reader]") {
  auto r = ReadArticleFile(std::string(CLAIMGRAPH_SOURCE_DIR) + "/examples/oan-2025-02-12-hegseth-nato.txt");
  REQUIRE(r.ok());
  CHECK(r->date == "2025-02-12");
  CHECK(r->title.empty());
  CHECK(r->text.substr(r->body_start, 12) == "Pete Hegseth");
}

TEST_CASE("a first line that is not a header is body text", "[ingest][reader]") {
  auto r = ParseArticleText("Update: the minister said no.\n", "a.txt");
  REQUIRE(r.ok());
  CHECK(r->body_start == 0);
  auto d = ParseArticleText("date of the vote is unknown, officials said.\n", "b.txt");
  REQUIRE(d.ok());
  CHECK(d->date.empty());
  CHECK(d->body_start == 0);
}

TEST_CASE("the id folds white space and ignores the header", "[ingest][reader]") {
  auto a = ParseArticleText("title: One\n\nThe minister  said\n\nno.", "a.txt");
  auto b = ParseArticleText("The minister said\xC2\xA0no.\n", "b.txt");  // NBSP
  auto c = ParseArticleText("The minister said yes.", "c.txt");
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  REQUIRE(c.ok());
  CHECK(a->id == b->id);
  CHECK(a->id != c->id);
  CHECK(ArticleId("x y") == ArticleId(" x\t\ny "));
  CHECK(ArticleId("xy") != ArticleId("x y"));
}

TEST_CASE("Hash128Hex gives 32 hex digits that change with every byte and length", "[ingest][reader]") {
  using claimgraph::ingest::Hash128Hex;
  std::set<std::string> seen;
  std::string s;
  for (int i = 0; i < 40; ++i) {
    std::string h = Hash128Hex(s);
    CHECK(h.size() == 32);
    CHECK(h.find_first_not_of("0123456789abcdef") == std::string::npos);
    seen.insert(h);
    s.push_back('a');
  }
  CHECK(seen.size() == 40);
  CHECK(Hash128Hex("abcdefghijklmnopq") != Hash128Hex("abcdefghijklmnopr"));
}

TEST_CASE("bad plain text is refused with a message naming the file", "[ingest][reader]") {
  SECTION("invalid UTF-8") {
    auto r = ParseArticleText("caf\xE9 au lait", "bad.txt");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message() == "bad.txt: invalid UTF-8 at line 1, byte 3");
  }
  SECTION("invalid UTF-8 on a later line names the line") {
    auto r = ParseArticleText("Title\n\nfirst line\ncaf\xE9 au lait\n", "later.txt");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message() == "later.txt: invalid UTF-8 at line 4, byte 21");
  }
  SECTION("overlong and surrogate forms are invalid too") {
    CHECK_FALSE(ParseArticleText("a\xC0\xAF", "x").ok());
    CHECK_FALSE(ParseArticleText("a\xED\xA0\x80", "x").ok());
    CHECK(ParseArticleText("caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D \xF0\x9F\x98\x80", "x").ok());
  }
  SECTION("binary") {
    auto r = ParseArticleText(std::string("ab\0cd", 5), "bin.txt");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message() == "bin.txt: binary file (NUL byte at offset 2)");
  }
  SECTION("empty") {
    auto r = ParseArticleText("", "empty.txt");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message() == "empty.txt: empty file");
    CHECK_FALSE(ParseArticleText(" \n\t\n", "blank.txt").ok());
  }
  SECTION("a header and no body") {
    auto r = ParseArticleText("title: Nothing here\n\n", "h.txt");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message() == "h.txt: no article text after the header lines");
  }
}

TEST_CASE("unreadable files are reported by name", "[ingest][reader]") {
  TempDir dir;
  auto r = ReadArticleFile(dir / "missing.txt");
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().message().find("missing.txt: cannot open") != std::string::npos);
  if (geteuid() != 0) {  // root reads anything
    WriteFile(dir / "locked.txt", "text");
    std::filesystem::permissions(dir / "locked.txt", std::filesystem::perms::none);
    auto l = ReadArticleFile(dir / "locked.txt");
    REQUIRE_FALSE(l.ok());
    CHECK(l.status().message().find("locked.txt: cannot open") != std::string::npos);
  }
}

TEST_CASE("JSON Lines: one article per line, with metadata and a line-numbered source", "[ingest][reader]") {
  TempDir dir;
  WriteFile(dir / "a.jsonl",
            "{\"text\": \"The minister said no.\", \"title\": \"No\", \"date\": \"2024-01-02T10:00:00Z\","
            " \"url\": \"https://example.org/1\", \"outlet\": \"Wire\", \"author\": null}\n"
            "\n"
            "{\"text\": \"  The leader said yes.\", \"title\": \"Yes\"}\r\n");
  auto c = ReadAll({dir / "a.jsonl"});
  CHECK(c.problems.empty());
  REQUIRE(c.articles.size() == 2);
  const Article& a = c.articles[0];
  CHECK(a.source == dir / "a.jsonl" + ":1");
  CHECK(a.text == "The minister said no.");
  CHECK(a.title == "No");
  CHECK(a.date == "2024-01-02");
  CHECK(a.url == "https://example.org/1");
  CHECK(a.outlet == "Wire");
  CHECK(a.author.empty());
  const Article& b = c.articles[1];
  CHECK(b.source == dir / "a.jsonl" + ":3");
  CHECK(b.text.substr(b.body_start) == "The leader said yes.");
  CHECK(b.id == ArticleId("The leader said yes."));
}

TEST_CASE("JSON Lines: bad lines are reported with file and line, the rest is read", "[ingest][reader]") {
  TempDir dir;
  WriteFile(dir / "b.ndjson",
            "{\"text\": \"First article.\"}\n"
            "{\"text\": \"unterminated\n"
            "{\"title\": \"no text here\"}\n"
            "[1, 2]\n"
            "{\"text\": 42}\n"
            "{\"text\": \"bad \\u0000 nul\"}\n"
            "{\"text\": \"   \"}\n"
            "{\"text\": \"Last article.\", \"title\": 7}\n"
            "{\"text\": \"Really the last article.\"}\n");
  auto c = ReadAll({dir / "b.ndjson"});
  REQUIRE(c.articles.size() == 2);
  CHECK(c.articles[0].text == "First article.");
  CHECK(c.articles[1].text == "Really the last article.");
  REQUIRE(c.problems.size() == 7);
  std::vector<size_t> lines;
  for (const auto& p : c.problems) {
    CHECK(p.source == dir / "b.ndjson");
    lines.push_back(p.line);
  }
  CHECK(lines == std::vector<size_t>{2, 3, 4, 5, 6, 7, 8});
  CHECK(c.problems[0].message.find("malformed JSON") != std::string::npos);
  CHECK(c.problems[1].message == "no \"text\" field");
}

TEST_CASE("folders are read recursively in sorted order and other files are left alone", "[ingest][reader]") {
  TempDir dir;
  WriteFile(dir / "corpus/b.txt", "Article B.");
  WriteFile(dir / "corpus/a.txt", "Article A.");
  WriteFile(dir / "corpus/sub/c.TXT", "Article C.");
  WriteFile(dir / "corpus/sub/d.jsonl", "{\"text\": \"Article D.\"}\n");
  WriteFile(dir / "corpus/NOTICE", "Not an article.");
  WriteFile(dir / "corpus/README.TXT", "Not an article either.");
  WriteFile(dir / "corpus/gold.json", "{}");
  WriteFile(dir / "corpus/.hidden.txt", "Hidden.");
  auto c = ReadAll({dir / "corpus"});
  CHECK(c.problems.empty());
  std::vector<std::string> bodies;
  for (const auto& a : c.articles) bodies.push_back(Body(a));
  CHECK(bodies == std::vector<std::string>{"Article A.", "Article B.", "Article C.", "Article D."});
}

TEST_CASE("in a folder, a linked file is read, a linked folder and a dangling link are not",
          "[ingest][reader]") {
  TempDir dir;
  WriteFile(dir / "elsewhere/e.txt", "Article E.");
  WriteFile(dir / "elsewhere/deep/f.txt", "Article F.");
  WriteFile(dir / "corpus/a.txt", "Article A.");
  std::filesystem::create_symlink(dir / "elsewhere/e.txt", dir / "corpus/b.txt");
  std::filesystem::create_directory_symlink(dir / "elsewhere/deep", dir / "corpus/c");
  std::filesystem::create_symlink(dir / "nowhere.txt", dir / "corpus/d.txt");
  std::filesystem::create_directory_symlink(dir / "corpus", dir / "corpus/loop");
  auto c = ReadAll({dir / "corpus"});
  CHECK(c.problems.empty());
  std::vector<std::string> bodies, sources;
  for (const auto& a : c.articles) {
    bodies.push_back(Body(a));
    sources.push_back(a.source);
  }
  CHECK(bodies == std::vector<std::string>{"Article A.", "Article E."});
  CHECK(sources == std::vector<std::string>{dir / "corpus/a.txt", dir / "corpus/b.txt"});
}

TEST_CASE("a batch goes on past bad files and names each one", "[ingest][reader]") {
  TempDir dir;
  WriteFile(dir / "good.txt", "A good article.");
  WriteFile(dir / "empty.txt", "");
  WriteFile(dir / "bin.txt", std::string("\x7f"
                                         "ELF\0\0",
                                         6));
  auto c = ReadAll({dir / "empty.txt", dir / "missing.txt", dir / "bin.txt", dir / "good.txt"});
  REQUIRE(c.articles.size() == 1);
  REQUIRE(c.problems.size() == 3);
  std::vector<std::string> sources;
  for (const auto& p : c.problems) sources.push_back(p.source);
  std::sort(sources.begin(), sources.end());
  CHECK(sources == std::vector<std::string>{dir / "bin.txt", dir / "empty.txt", dir / "missing.txt"});
}

TEST_CASE("FoldWhitespace folds Unicode spaces and trims", "[ingest][reader]") {
  using claimgraph::ingest::FoldWhitespace;
  CHECK(FoldWhitespace("  a\t\tb\n\nc  ") == "a b c");
  CHECK(FoldWhitespace("a\xE2\x80\x83"
                       "b\xE3\x80\x80"
                       "c") == "a b c");  // em space, ideographic space
  CHECK(FoldWhitespace("caf\xC3\xA9") == "caf\xC3\xA9");
}

TEST_CASE("FoldWhitespace folds every mix of words, spaces and line breaks alike", "[ingest][reader]") {
  // Texts of pieces (eight bytes at a time go another way than single ones: runs of every
  // length, at every offset), and what they fold to, written from the pieces.
  const std::vector<std::pair<std::string, bool>> pieces = {
      // (bytes, white space)
      {"a", false}, {"said", false}, {".", false}, {"\xE2\x80\x9C", false}, {"\x01", false},
      {" ", true},  {"\t", true},    {"\n", true}, {"\r\n", true},          {"\xC2\xA0", true}};
  std::mt19937 random(12);
  for (int n = 0; n < 3000; ++n) {
    std::string text, folded;
    bool space = false;
    for (int k = static_cast<int>(random() % 40); k > 0; --k) {
      const auto& [bytes, white] = pieces[random() % (random() % 2 ? 5 : pieces.size())];
      text += bytes;
      if (white) {
        space = !folded.empty();
        continue;
      }
      if (space) folded += ' ';
      space = false;
      folded += bytes;
    }
    INFO(text);
    CHECK(claimgraph::ingest::FoldWhitespace(text) == folded);
  }
}
