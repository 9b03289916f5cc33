#include "store/read_only.h"

namespace claimgraph::store {
namespace {

// `path` as an SQLite URI ("file:" and the path, percent-encoded) with `query`.
std::string FileUri(const std::string& path, const std::string& query) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string uri = "file:";
  for (unsigned char c : path) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
        c == '_' || c == '~' || c == '/') {
      uri.push_back(static_cast<char>(c));
    } else {
      uri.push_back('%');
      uri.push_back(kHex[c >> 4]);
      uri.push_back(kHex[c & 15]);
    }
  }
  return uri + "?" + query;
}

}  // namespace

std::unique_ptr<SQLite::Database> OpenReadOnlyDatabase(const std::string& path) {
  std::string first_error;
  for (const char* query : {"mode=ro", "immutable=1"}) {
    try {
      auto db = std::make_unique<SQLite::Database>(
          FileUri(path, query), SQLite::OPEN_READONLY | SQLite::OPEN_URI | SQLite::OPEN_NOMUTEX);
      db->setBusyTimeout(10000);
      db->execAndGet("SELECT count(*) FROM sqlite_master");  // reads the file: fails here if it cannot
      return db;
    } catch (const std::exception& e) {
      std::string what = e.what();
      if (what.find("not a database") != std::string::npos || !first_error.empty()) throw;
      first_error = what;
    }
  }
  throw std::runtime_error(first_error);
}

}  // namespace claimgraph::store
