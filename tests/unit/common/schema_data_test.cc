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
  CHECK(rows[0] == std::vector<std::string_view>{"a", "b", "c"});
  CHECK(rows[1] == std::vector<std::string_view>{"d"});
}
