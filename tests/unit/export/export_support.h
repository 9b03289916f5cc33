// Helpers for the export tests: running the real tools that read the exports
// (dot, node with jsonld.js, python3 with networkx) and parsing what they print.
#pragma once

#include <rapidjson/document.h>
#include <spawn.h>
#include <sys/wait.h>

#include <string>
#include <vector>

#include "support/test_support.h"

extern char** environ;

namespace claimgraph::testing {

// Runs `argv` (argv[0] looked up in PATH), stdout and stderr to files in `dir`,
// with `env` entries ("NAME=value") added to the environment.
inline RunResult RunProgram(const std::vector<std::string>& args, const TempDir& dir,
                            const std::vector<std::string>& env = {}) {
  std::vector<std::string> argv_s = args;
  std::vector<char*> argv;
  for (auto& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::vector<std::string> env_s;
  for (char** e = environ; *e; ++e) env_s.emplace_back(*e);
  env_s.insert(env_s.end(), env.begin(), env.end());
  std::vector<char*> envp;
  for (auto& e : env_s) envp.push_back(e.data());
  envp.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  std::string out = dir / ".tool-stdout", err = dir / ".tool-stderr";
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&fa, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = 0;
  int rc = posix_spawnp(&pid, argv[0], &fa, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&fa);
  RunResult r;
  if (rc != 0) {
    r.err = "cannot start " + args.front();
    return r;
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
  }
  if (WIFEXITED(status)) r.exit_code = WEXITSTATUS(status);
  r.out = ReadFile(out);
  r.err = ReadFile(err);
  return r;
}

inline std::string SourcePath(const std::string& rel) {
  return std::string(CLAIMGRAPH_SOURCE_DIR) + "/" + rel;
}

// Debian's python3 (networkx is a Debian package), whatever python3 PATH has first.
inline const char* kPython = "/usr/bin/python3";

// jsonld.js reads `file`: see tests/tools/check_jsonld.js for what it prints.
inline RunResult CheckJsonLd(const std::string& file, const TempDir& dir) {
  return RunProgram({"node", SourcePath("tests/tools/check_jsonld.js"), file}, dir,
                    {"NODE_PATH=" + SourcePath("tools/js/node_modules")});
}
inline RunResult CheckGraphMl(const std::string& file, const TempDir& dir) {
  return RunProgram({kPython, SourcePath("tests/tools/check_graphml.py"), file}, dir);
}
inline RunResult CheckImage(const std::string& file, const TempDir& dir) {
  return RunProgram({kPython, SourcePath("tests/tools/check_image.py"), file}, dir);
}

inline rapidjson::Document ParseJson(const std::string& text) {
  rapidjson::Document d;
  d.Parse(text.data(), text.size());
  return d;
}

inline std::vector<std::string> Strings(const rapidjson::Value& array) {
  std::vector<std::string> out;
  for (const auto& v : array.GetArray()) out.emplace_back(v.GetString(), v.GetStringLength());
  return out;
}

}  // namespace claimgraph::testing
