// A `claimgraph serve` child process on a free loopback port, for the API tests.
#pragma once

#include <httplib.h>
#include <signal.h>

#include <chrono>
#include <regex>
#include <thread>

#include "support/test_support.h"

namespace claimgraph::testing {

class ServeProcess {
 public:
  // Starts `claimgraph serve --db DB --port 0` and waits (up to 20 s) for the URL it prints.
  ServeProcess(const std::string& db, const TempDir& dir, std::vector<std::string> extra = {}) : dir_(dir) {
    std::vector<std::string> args{"serve", "--db", db, "--port", "0"};
    args.insert(args.end(), extra.begin(), extra.end());
    pid_ = StartCli(args, dir);
    std::regex url(R"(http://127\.0\.0\.1:(\d+)/)");
    for (int i = 0; i < 400 && port_ == 0; ++i) {
      std::smatch m;
      std::string out = ReadFile(dir / ".stdout");
      if (std::regex_search(out, m, url)) port_ = std::stoi(m[1].str());
      int status = 0;
      if (port_ == 0 && waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        throw std::runtime_error("serve exited early: " + ReadFile(dir / ".stderr"));
      }
      if (port_ == 0) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    if (port_ == 0) throw std::runtime_error("serve printed no URL");
  }
  ~ServeProcess() {
    if (pid_ > 0) Stop(SIGKILL);
  }
  ServeProcess(const ServeProcess&) = delete;
  ServeProcess& operator=(const ServeProcess&) = delete;

  int port() const { return port_; }
  httplib::Client Client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_connection_timeout(5);
    c.set_read_timeout(20);
    return c;
  }
  // Sends `sig` and waits for the process to end.
  RunResult Stop(int sig) {
    kill(pid_, sig);
    RunResult r = WaitCli(pid_, dir_);
    pid_ = -1;
    return r;
  }

 private:
  const TempDir& dir_;
  pid_t pid_ = -1;
  int port_ = 0;
};

}  // namespace claimgraph::testing
