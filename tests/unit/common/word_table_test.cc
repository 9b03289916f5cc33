#include "common/word_table.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using claimgraph::internal::WordTable;

TEST_CASE("WordTable finds exactly the words put in, of every length", "[word_table]") {
  // Words of 1..20 bytes that share prefixes and suffixes, so that the packed
  // forms of different lengths overlap in their bytes.
  std::vector<std::string> words;
  for (size_t n = 1; n <= 20; ++n) {
    words.push_back(std::string(n, 'a'));
    words.push_back(std::string(n - 1, 'a') + "b");
    if (n >= 2) words.push_back("b" + std::string(n - 1, 'a'));
    if (n >= 3) words.push_back("a" + std::string(n - 2, 'c') + "a");
  }
  words.push_back(std::string("a\0b", 3));
  WordTable<int> table;
  for (size_t i = 0; i < words.size(); ++i) table[words[i]] = static_cast<int>(i) + 1;
  REQUIRE(table.size() == words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    const int* v = table.Find(words[i]);
    REQUIRE(v != nullptr);
    CHECK(*v == static_cast<int>(i) + 1);
  }
  for (const char* absent :
       {"", "bb", "aba", "abc", "acba", "aaaaaaaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaaX", "ac"}) {
    CHECK(table.Find(absent) == nullptr);
  }
  CHECK(table.Find(std::string("a\0c", 3)) == nullptr);
  CHECK(table.Find(std::string("a\0", 2)) == nullptr);
}

TEST_CASE("WordTable keeps values while it grows and on repeated insertion", "[word_table]") {
  WordTable<std::string> table;
  for (int i = 0; i < 5000; ++i) table["w" + std::to_string(i)] = std::to_string(i);
  table["w7"] += "!";
  REQUIRE(table.size() == 5000);
  CHECK(*table.Find("w7") == "7!");
  CHECK(*table.Find("w4999") == "4999");
  CHECK(table.Find("w5000") == nullptr);
  WordTable<int> empty;
  CHECK(empty.Find("w") == nullptr);
  CHECK(empty.size() == 0);
}

TEST_CASE("WordTable's lookup in two steps finds what Find finds, with insertions in between",
          "[word_table]") {
  WordTable<int> table;
  std::vector<std::string> words;
  for (int i = 0; i < 300; ++i) words.push_back("w" + std::to_string(i));
  // begun on the empty table; the table then grows several times before each lookup ends
  std::vector<WordTable<int>::Begun> begun(words.size());
  for (size_t i = 0; i < words.size(); ++i) table.Begin(words[i], &begun[i]);
  for (size_t i = 0; i < words.size(); ++i) {
    CHECK(table.FindBegun(begun[i]) == nullptr);
    table[words[i]] = static_cast<int>(i);
    const int* v = table.FindBegun(begun[i]);
    REQUIRE(v != nullptr);
    CHECK(*v == static_cast<int>(i));
  }
  // begun a few words ahead, as a loop over tokens does, on a table that does not grow
  for (size_t i = 0; i < words.size(); ++i) table.Begin(words[i], &begun[i]);
  for (size_t i = 0; i < words.size(); ++i) CHECK(table.FindBegun(begun[i]) == table.Find(words[i]));
  WordTable<int>::Begun absent;
  table.Begin("absent", &absent);
  CHECK(table.FindBegun(absent) == nullptr);
}

TEST_CASE("WordTable::Reserve keeps what is in the table and finds what comes after", "[word_table]") {
  WordTable<int> t;
  t["before"] = 1;
  t["a key longer than sixteen bytes"] = 2;
  t.Reserve(5000);
  for (int i = 0; i < 5000; ++i) t["w" + std::to_string(i)] = i;
  CHECK(*t.Find("before") == 1);
  CHECK(*t.Find("a key longer than sixteen bytes") == 2);
  for (int i = 0; i < 5000; ++i) REQUIRE(*t.Find("w" + std::to_string(i)) == i);
  CHECK(t.Find("w5000") == nullptr);
  CHECK(t.size() == 5002);
  t.Reserve(10);  // never shrinks
  CHECK(*t.Find("w4999") == 4999);
}
