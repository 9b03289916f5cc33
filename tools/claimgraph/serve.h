// `claimgraph serve`: the web explorer, a read-only HTTP server on the store (see web_api.h and
// web/). Registered in main.cc with one line.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace claimgraph::cli {

class ServeCommand {
 public:
  // Adds the `serve` subcommand to `app`; `db` is the shared --db value.
  ServeCommand(CLI::App& app, std::string& db);
  bool parsed() const { return cmd_->parsed(); }
  // Serves until SIGINT or SIGTERM; returns the exit code.
  int Run();

 private:
  CLI::App* cmd_;
  std::string& db_;
  std::string host_ = "127.0.0.1";
  int port_ = 8080;
};

}  // namespace claimgraph::cli
