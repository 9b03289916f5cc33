// Multi-row INSERTs: one prepared statement of one row and one of kRows rows,
// so that a table that takes many rows at a time takes them in few statements.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>

namespace claimgraph::store {

// Runs a statement that returns no rows and resets it, also when it fails: a statement an
// error halted refuses every binding until it is reset (SQLITE_MISUSE, "bad parameter or other
// API misuse"), so the next batch after a failed one failed too.
inline void Exec(SQLite::Statement& st) {
  try {
    st.exec();
  } catch (...) {
    st.tryReset();
    throw;
  }
  st.reset();
}

// Runs a statement that returns no rows and clears it for the next use.
inline void Run(SQLite::Statement& st) {
  Exec(st);
  st.clearBindings();
}

// The parameters of one row of a RowInsert's statement, bound with SQLite's own calls: through
// SQLiteCpp's Statement, each of the ~1 M values an ingest of all bbc binds also went through
// its handle lookup and checks (the writer: 1,593 M -> 1,573 M instructions, all bbc, callgrind).
// Throws SQLite::Exception as the wrapper does.
class RowBinder {
 public:
  RowBinder(sqlite3* db, sqlite3_stmt* st) : db_(db), st_(st) {}
  void bind(int index) { Check(sqlite3_bind_null(st_, index)); }
  void bind(int index, int64_t v) { Check(sqlite3_bind_int64(st_, index, v)); }
  // Not copied: s must live until the statement has run.
  void bindNoCopy(int index, const std::string& s) {
    Check(sqlite3_bind_text(st_, index, s.data(), static_cast<int>(s.size()), SQLITE_STATIC));
  }
  void bindNoCopy(int index, const char* s) { Check(sqlite3_bind_text(st_, index, s, -1, SQLITE_STATIC)); }

 private:
  void Check(int rc) {
    if (rc != SQLITE_OK) throw SQLite::Exception(db_, rc);
  }
  sqlite3* db_;
  sqlite3_stmt* st_;
};

class RowInsert {
 public:
  RowInsert() = default;
  // head: "INSERT INTO t (c1, ..., cn)" with n = columns.
  RowInsert(SQLite::Database& db, const std::string& head, int columns, int rows)
      : db_(db.getHandle()), columns_(columns), rows_(rows) {
    std::string row = "(?";
    for (int c = 1; c < columns; ++c) row += ",?";
    row += ')';
    std::string many = head + " VALUES " + row;
    for (int r = 1; r < rows; ++r) many += "," + row;
    one_ = Prepare(head + " VALUES " + row);
    many_ = Prepare(many);
  }

  // Inserts n rows, in order; bind_row(binder, first, i) binds row i's columns to
  // parameters first, first + 1, ... of the statement (a RowBinder): every column of the row, as
  // the bindings are not cleared between statements (each one binds all of its parameters anew).
  template <typename BindRow>
  void Insert(size_t n, BindRow bind_row) {
    size_t i = 0;
    const size_t rows = static_cast<size_t>(rows_);
    RowBinder many(db_, many_.get()), one(db_, one_.get());
    for (; i + rows <= n; i += rows) {
      for (int r = 0; r < rows_; ++r) bind_row(many, 1 + r * columns_, i + static_cast<size_t>(r));
      Run(many_.get());
    }
    for (; i < n; ++i) {
      bind_row(one, 1, i);
      Run(one_.get());
    }
  }

 private:
  struct Finalize {
    void operator()(sqlite3_stmt* st) const { sqlite3_finalize(st); }
  };
  using StatementPtr = std::unique_ptr<sqlite3_stmt, Finalize>;

  StatementPtr Prepare(const std::string& sql) {
    sqlite3_stmt* st = nullptr;
    const int rc = sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()), &st, nullptr);
    if (rc != SQLITE_OK) {
      sqlite3_finalize(st);
      throw SQLite::Exception(db_, rc);
    }
    return StatementPtr(st);
  }
  // Runs the statement (it returns no rows) and resets it, also when it fails (as Exec).
  void Run(sqlite3_stmt* st) {
    const int rc = sqlite3_step(st);
    if (rc != SQLITE_DONE) {
      SQLite::Exception e(db_, rc == SQLITE_ROW ? SQLITE_MISUSE : rc);
      sqlite3_reset(st);
      throw e;
    }
    sqlite3_reset(st);
  }

  sqlite3* db_ = nullptr;
  StatementPtr one_, many_;
  int columns_ = 0;
  int rows_ = 0;
};

}  // namespace claimgraph::store
