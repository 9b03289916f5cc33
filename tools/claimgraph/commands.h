// Commands that live in their own files: each adds its subcommand to the app
// and returns what runs it, registered with one line in main.cc.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

namespace claimgraph::cli {

// What the commands share: the database path (set by --db, the environment or
// the default) and the function that adds --db to a command.
struct CommandContext {
  const std::string* db;
  std::function<void(CLI::App*)> add_db;
};

// Runs the command after parsing; returns the exit code.
using CommandRun = std::function<int()>;

CommandRun AddRenderCommand(CLI::App& app, const CommandContext& ctx);
CommandRun AddExportCommand(CLI::App& app, const CommandContext& ctx);
CommandRun AddImportClaimReviewCommand(CLI::App& app, const CommandContext& ctx);

}  // namespace claimgraph::cli
