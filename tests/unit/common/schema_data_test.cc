#include <catch2/catch.hpp>

#include "common/schema_data.h"

using claimgraph::internal::ReadTsv;
using claimgraph::internal::SchemaFile;
using claimgraph::internal::SchemaFiles;

TEST_CASE("schema files are compiled in and found by name", "[schema]") {
  auto sql = SchemaFiles("sql/");
  REQUIRE_FALSE(sql.empty());
  auto first = SchemaFile(sql.front());
  REQUIRE(first.has_value());
  CHECK(first->find("CREATE TABLE") != std::string_view::npos);
  CHECK_FALSE(SchemaFile("no/such/file.tsv").has_value());
}

TEST_CASE("ReadTsv skips comments and blank lines and splits on tabs", "[schema]") {
  auto rows = ReadTsv("# comment\n\na\tb\tc\r\nd\n");
  REQUIRE(rows.size() == 2);
  CHECK(std::vector<std::string_view>(rows[0].begin(), rows[0].end()) ==
        std::vector<std::string_view>{"a", "b", "c"});
  CHECK(std::vector<std::string_view>(rows[1].begin(), rows[1].end()) == std::vector<std::string_view>{"d"});
  CHECK(rows[0].line == 3);
  CHECK(rows[1][1].empty());  // a field past the last is empty
}

TEST_CASE("ReadTsv's rows stay valid when the rows are moved", "[schema]") {
  claimgraph::internal::TsvRows moved;
  {
    auto rows = ReadTsv("one\ttwo\nthree\n# four\nfive\tsix\tseven\n");
    moved = std::move(rows);
  }
  REQUIRE(moved.size() == 3);
  CHECK(moved[0][1] == "two");
  CHECK(moved[1].size() == 1);
  CHECK(moved[2][2] == "seven");
  CHECK(moved[2].line == 4);
  size_t fields = 0;
  for (const auto& row : moved) fields += row.size();
  CHECK(fields == 6);
}
