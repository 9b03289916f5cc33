// Multi-row INSERTs: one prepared statement of one row and one of kRows rows,
// so that a table that takes many rows at a time takes them in few statements.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

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

class RowInsert {
 public:
  RowInsert() = default;
  // head: "INSERT INTO t (c1, ..., cn)" with n = columns.
  RowInsert(SQLite::Database& db, const std::string& head, int columns, int rows)
      : columns_(columns), rows_(rows) {
    std::string row = "(?";
    for (int c = 1; c < columns; ++c) row += ",?";
    row += ')';
    std::string many = head + " VALUES " + row;
    for (int r = 1; r < rows; ++r) many += "," + row;
    one_ = std::make_unique<SQLite::Statement>(db, head + " VALUES " + row);
    many_ = std::make_unique<SQLite::Statement>(db, many);
  }

  // Inserts n rows, in order; bind_row(st, first, i) binds row i's columns to
  // parameters first, first + 1, ... of st: every column of the row, as the bindings are
  // not cleared between statements (each one binds all of its parameters anew).
  template <typename BindRow>
  void Insert(size_t n, BindRow bind_row) {
    size_t i = 0;
    const size_t rows = static_cast<size_t>(rows_);
    for (; i + rows <= n; i += rows) {
      for (int r = 0; r < rows_; ++r) bind_row(*many_, 1 + r * columns_, i + static_cast<size_t>(r));
      Exec(*many_);
    }
    for (; i < n; ++i) {
      bind_row(*one_, 1, i);
      Exec(*one_);
    }
  }

 private:
  std::unique_ptr<SQLite::Statement> one_, many_;
  int columns_ = 0;
  int rows_ = 0;
};

}  // namespace claimgraph::store
