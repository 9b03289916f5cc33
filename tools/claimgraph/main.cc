// claimgraph: the command-line front end. Each command lives in its own file
// (tools/claimgraph/*_command.cc) and is registered here with one line; they parse
// arguments, call the library and print.
//
// Exit codes: 0 ok, 1 failure (bad input skipped, database error), 2 usage.
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>

#include "claimgraph/claimgraph.h"
#include "query_common.h"
#include "serve.h"

int main(int argc, char** argv) {
  using namespace claimgraph;
  CLI::App app{"claimgraph: news articles into a graph of who said what"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "claimgraph 0.1.0");

  const char* env_db = std::getenv("CLAIMGRAPH_DB");
  std::string db = env_db && *env_db ? env_db : "claimgraph.db";
  auto add_db = [&](CLI::App* cmd) {
    cmd->add_option("--db", db, "SQLite database file (default: $CLAIMGRAPH_DB, else claimgraph.db)")
        ->capture_default_str();
  };

  std::vector<cli::Command> commands;
  // Articles in.
  commands.push_back(cli::AddIngestCommand(app, add_db, db));
  commands.push_back(cli::AddExtractCommand(app));
  // Queries.
  commands.push_back(cli::AddSaidCommand(app, add_db, db));
  commands.push_back(cli::AddEntityCommand(app, add_db, db));
  commands.push_back(cli::AddNeighborsCommand(app, add_db, db));
  commands.push_back(cli::AddPathCommand(app, add_db, db));
  commands.push_back(cli::AddRankCommand(app, add_db, db));
  commands.push_back(cli::AddContradictionsCommand(app, add_db, db));
  commands.push_back(cli::AddQuoteCommand(app, add_db, db));
  commands.push_back(cli::AddServeCommand(app, add_db, db));
  // Diagrams, exports and fact-checks in.
  commands.push_back(cli::AddRenderCommand(app, add_db, db));
  commands.push_back(cli::AddExportCommand(app, add_db, db));
  commands.push_back(cli::AddImportClaimReviewCommand(app, add_db, db));
  commands.push_back(cli::AddStatsCommand(app, add_db, db));

  // "claimgraph bogus": name the unknown command (CLI11 would only say one is required)
  if (argc > 1 && argv[1][0] != '-') {
    bool known = false;
    std::string names;
    for (const CLI::App* cmd : app.get_subcommands({})) {
      known |= cmd->get_name() == argv[1];
      names += (names.empty() ? "" : ", ") + cmd->get_name();
    }
    if (!known) {
      std::cerr << "claimgraph: unknown command '" << TerminalSafe(argv[1]) << "' (commands: " << names
                << "; see --help)\n";
      return cli::kUsage;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? cli::kOk : cli::kUsage;
  }
  for (const cli::Command& c : commands)
    if (*c.app) return c.run();
  return cli::kUsage;
}
