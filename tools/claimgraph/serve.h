// `claimgraph serve`: the web explorer, a read-only HTTP server on the store (see web_api.h and
// web/). Registered in main.cc with one line.
#pragma once

#include "query_common.h"

namespace claimgraph::cli {

// Adds the `serve` subcommand; its run serves until SIGINT or SIGTERM and returns the exit code.
Command AddServeCommand(CLI::App& app, const AddDb& add_db, const std::string& db);

}  // namespace claimgraph::cli
