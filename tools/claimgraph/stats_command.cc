// claimgraph stats: how many articles, entities, mentions, claims and relations a database holds.
#include <filesystem>
#include <iostream>

#include "claimgraph/claimgraph.h"
#include "query_common.h"

namespace claimgraph::cli {
namespace {

// The database must already exist and is opened read-only: stats creates no database and
// writes nothing into a file that is not one.
Result<std::unique_ptr<Store>> OpenExistingStore(const std::string& db) {
  std::error_code ec;
  if (!std::filesystem::exists(db, ec)) {
    return Status::NotFound(db + ": no such database (create it with `claimgraph ingest --db " + db +
                            " PATH`)");
  }
  return Store::OpenReadOnly(db);
}

}  // namespace

Command AddStatsCommand(CLI::App& app, const AddDb& add_db, const std::string& db) {
  auto* cmd = app.add_subcommand("stats", "Print how many articles, entities, mentions, claims, relations");
  add_db(cmd);
  Command c;
  c.app = cmd;
  c.run = [&db]() {
    auto store = OpenExistingStore(db);
    if (!store.ok()) return Report(store.status());
    auto s = store.value()->Stats();
    if (!s.ok()) return Report(s.status());
    const StoreStats& v = s.value();
    std::cout << "articles   " << v.articles << "\n"
              << "entities   " << v.entities << "\n"
              << "mentions   " << v.mentions << "\n"
              << "claims     " << v.claims << "\n"
              << "relations  " << v.relations << "\n";
    return kOk;
  };
  return c;
}

}  // namespace claimgraph::cli
