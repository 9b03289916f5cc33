// Rows kept until the end of a batch, then written in multi-row INSERTs, in the order they
// were added: an article has few rows of each table (a dozen claims, fifteen entities), so
// written article by article they went one statement per row, and each statement has a
// cost of its own (run, halt, reset) on top of its rows.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "store/row_insert.h"

namespace claimgraph::store {

class RowBuffer {
  // A column's value; a text is not copied (it lives in the caller's data or in owned_).
  struct Value {
    enum Kind { kNull, kInt, kText, kCText } kind = kNull;
    int64_t i = 0;
    const std::string* s = nullptr;
    const char* c = nullptr;
  };

 public:
  RowBuffer() = default;
  // head: "INSERT INTO t (c1, ..., cn)" with n = columns.
  RowBuffer(SQLite::Database& db, const std::string& head, int columns, int rows_per_statement)
      : insert_(db, head, columns, rows_per_statement), columns_(columns) {}

  // One row's columns, bound as on a Statement (index from 1).
  class Row {
   public:
    void bind(int index) { At(index) = Value{}; }
    void bind(int index, int64_t v) { At(index) = Value{Value::kInt, v, nullptr, nullptr}; }
    // Copied.
    void bind(int index, const std::string& s) {
      buffer_->owned_.push_back(s);
      At(index) = Value{Value::kText, 0, &buffer_->owned_.back(), nullptr};
    }
    // Not copied: s must live until Flush.
    void bindNoCopy(int index, const std::string& s) { At(index) = Value{Value::kText, 0, &s, nullptr}; }
    void bindNoCopy(int index, const char* s) { At(index) = Value{Value::kCText, 0, nullptr, s}; }

   private:
    friend class RowBuffer;
    Row(RowBuffer* buffer, size_t first) : buffer_(buffer), first_(first) {}
    Value& At(int index) { return buffer_->values_[first_ + static_cast<size_t>(index - 1)]; }
    RowBuffer* buffer_;
    size_t first_;
  };

  // Adds n rows; bind_row(row, first, i) binds row i's columns to first, first + 1, ...
  template <typename BindRow>
  void Add(size_t n, BindRow bind_row) {
    for (size_t i = 0; i < n; ++i) {
      size_t first = values_.size();
      values_.resize(first + static_cast<size_t>(columns_));
      Row row(this, first);
      bind_row(row, 1, i);
    }
  }

  // Writes the rows added since the last Flush, in order.
  void Flush() {
    const size_t columns = static_cast<size_t>(columns_);
    insert_.Insert(values_.size() / columns, [&](RowBinder& st, int p, size_t i) {
      for (size_t c = 0; c < columns; ++c) {
        const Value& v = values_[i * columns + c];
        const int index = p + static_cast<int>(c);
        switch (v.kind) {
          case Value::kNull:
            st.bind(index);
            break;
          case Value::kInt:
            st.bind(index, v.i);
            break;
          case Value::kText:
            st.bindNoCopy(index, *v.s);
            break;
          case Value::kCText:
            st.bindNoCopy(index, v.c);
            break;
        }
      }
    });
    Clear();
  }
  // Forgets the rows (their transaction was rolled back).
  void Clear() {
    values_.clear();
    owned_.clear();
  }

 private:
  RowInsert insert_;
  int columns_ = 1;
  std::vector<Value> values_;
  std::deque<std::string> owned_;  // copied texts (a deque: their addresses stay)
};

}  // namespace claimgraph::store
