// Read-only queries on a claimgraph database, for tests that check what the
// store wrote without going through it; and ExecSql, for tests that change it behind the store's
// back (a killed ingest, an older schema).
#pragma once

#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <sstream>
#include <stdexcept>
#include <string>

namespace claimgraph::testing {

class SqliteReader {
 public:
  explicit SqliteReader(const std::string& path) {
    if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
      std::string msg = sqlite3_errmsg(db_);
      sqlite3_close(db_);
      throw std::runtime_error(path + ": " + msg);
    }
    sqlite3_busy_timeout(db_, 5000);
  }
  ~SqliteReader() { sqlite3_close(db_); }
  SqliteReader(const SqliteReader&) = delete;
  SqliteReader& operator=(const SqliteReader&) = delete;

  // The first column of the first row, as an integer; throws on SQL errors.
  long long Int(const std::string& sql) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
      throw std::runtime_error(std::string(sqlite3_errmsg(db_)) + ": " + sql);
    }
    long long v = 0;
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
      throw std::runtime_error(std::string(sqlite3_errstr(rc)) + ": " + sql);
    return v;
  }

  // Every row of a query, one line each, columns separated by tabs (NULL as \N).
  std::string Rows(const std::string& sql) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
      throw std::runtime_error(std::string(sqlite3_errmsg(db_)) + ": " + sql);
    }
    std::string out;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      for (int c = 0; c < sqlite3_column_count(st); ++c) {
        if (c > 0) out += '\t';
        const unsigned char* v = sqlite3_column_text(st, c);
        out += v ? reinterpret_cast<const char*>(v) : "\\N";
      }
      out += '\n';
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) throw std::runtime_error(std::string(sqlite3_errstr(rc)) + ": " + sql);
    return out;
  }

  // Every row of every table, sorted, but the time of ingest (articles.ingested_at).
  std::string Dump() {
    std::string out;
    std::istringstream tables(Rows(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    for (std::string table; std::getline(tables, table);) {
      std::string cols;
      std::istringstream names(
          Rows("SELECT name FROM pragma_table_info('" + table + "') WHERE name != 'ingested_at'"));
      for (std::string c; std::getline(names, c);) cols += (cols.empty() ? "\"" : ", \"") + c + "\"";
      out += "== " + table + "\n" + Rows("SELECT " + cols + " FROM \"" + table + "\" ORDER BY " + cols);
    }
    return out;
  }

 private:
  sqlite3* db_ = nullptr;
};

// Runs SQL on the database at `db`; the test stops when it fails, with SQLite's message.
inline void ExecSql(const std::string& db, const std::string& sql) {
  sqlite3* h = nullptr;
  REQUIRE(sqlite3_open(db.c_str(), &h) == SQLITE_OK);
  char* err = nullptr;
  int rc = sqlite3_exec(h, sql.c_str(), nullptr, nullptr, &err);
  INFO((err ? err : ""));
  sqlite3_free(err);
  sqlite3_close(h);
  REQUIRE(rc == SQLITE_OK);
}

}  // namespace claimgraph::testing
