#include "serve.h"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <thread>

#include "claimgraph/graph.h"
#include "web_api.h"
#include "web_assets.h"

namespace claimgraph::cli {

namespace {

// The page may load only its own scripts, styles and images; names and quotes from articles are
// inserted as text, and this stops any script an injected tag could carry all the same.
constexpr const char* kCsp =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

bool IsLoopback(const std::string& host) {
  return host == "127.0.0.1" || host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

// The host part of a Host header ("127.0.0.1:8080", "[::1]:80", "localhost").
std::string HostName(const std::string& header) {
  if (!header.empty() && header.front() == '[') return header.substr(1, header.find(']') - 1);
  return header.substr(0, header.find(':'));
}

void SetJson(httplib::Response& res, const ApiReply& reply) {
  res.status = reply.status;
  for (const auto& [name, value] : reply.headers) res.set_header(name.c_str(), value);
  res.set_content(reply.json, "application/json; charset=utf-8");
  res.set_header("Cache-Control", "no-store");
}

void Route(httplib::Server& server, WebApi& api, bool loopback) {
  server.set_default_headers({{"Content-Security-Policy", kCsp},
                              {"X-Content-Type-Options", "nosniff"},
                              {"Referrer-Policy", "no-referrer"},
                              {"X-Frame-Options", "DENY"}});
  // On loopback, only pages of this server may talk to it: a request naming another host (a
  // DNS-rebinding page) is refused.
  server.set_pre_routing_handler([loopback](const httplib::Request& req, httplib::Response& res) {
    std::string host = HostName(req.get_header_value("Host"));
    if (loopback && !IsLoopback(host)) {
      res.status = 403;
      res.set_content("claimgraph serve answers only requests for its loopback address\n", "text/plain");
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  server.Get(R"(/api/([a-z-]+))", [&api](const httplib::Request& req, httplib::Response& res) {
    SetJson(res, api.Handle(req.matches[1].str(), req.params));
  });
  server.Get(R"(/api/.*)", [](const httplib::Request&, httplib::Response& res) {
    SetJson(res, {404, R"({"error":"no such endpoint","candidates":[]})", {}});
  });
  server.Get(R"(/.*)", [](const httplib::Request& req, httplib::Response& res) {
    auto asset = FindWebAsset(req.path);
    if (!asset) {
      res.status = 404;
      res.set_content("not found\n", "text/plain; charset=utf-8");
      return;
    }
    res.set_content(asset->bytes.data(), asset->bytes.size(), std::string(asset->content_type));
  });
  // Read-only: every other method is refused.
  auto refuse = [](const httplib::Request&, httplib::Response& res) {
    res.status = 405;
    res.set_header("Allow", "GET, HEAD");
    res.set_content("claimgraph serve is read-only: GET and HEAD only\n", "text/plain");
  };
  server.Post(R"(/.*)", refuse);
  server.Put(R"(/.*)", refuse);
  server.Patch(R"(/.*)", refuse);
  server.Delete(R"(/.*)", refuse);
  server.Options(R"(/.*)", refuse);
}

}  // namespace

ServeCommand::ServeCommand(CLI::App& app, std::string& db) : db_(db) {
  cmd_ =
      app.add_subcommand("serve", "Explore the graph in a browser: a read-only web server on the database");
  cmd_->add_option("--db", db_, "SQLite database file (default: $CLAIMGRAPH_DB, else claimgraph.db)")
      ->capture_default_str();
  cmd_->add_option("--port", port_, "TCP port (0: any free port)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  cmd_->add_option("--host", host_, "address to listen on (loopback unless you mean to share the store)")
      ->capture_default_str();
}

int ServeCommand::Run() {
  std::error_code ec;
  if (!std::filesystem::exists(db_, ec)) {
    std::cerr << "claimgraph: " << db_ << ": no such database (create it with `claimgraph ingest --db " << db_
              << " PATH`)\n";
    return 1;
  }
  auto graph = Graph::Open(db_);  // read-only
  if (!graph.ok()) {
    std::cerr << "claimgraph: " << graph.status().message() << "\n";
    return 1;
  }
  WebApi api(std::move(graph.value()), db_);

  // SIGINT and SIGTERM are taken by one thread (sigwait), which stops the server; every other
  // thread, the server's pool included, starts with them blocked.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  httplib::Server server;
  // SO_REUSEADDR (a restart finds its port free at once), not httplib's default SO_REUSEPORT: a
  // second server on a port in use must fail, not share it.
  server.set_socket_options([](int sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
  });
  Route(server, api, IsLoopback(host_));
  int port = port_ == 0 ? server.bind_to_any_port(host_) : (server.bind_to_port(host_, port_) ? port_ : -1);
  if (port < 0) {
    std::cerr << "claimgraph: cannot listen on " << host_ << ":" << port_
              << " (in use, or not an address here)\n";
    return 1;
  }
  std::string shown = host_.find(':') != std::string::npos ? "[" + host_ + "]" : host_;
  std::cout << "claimgraph: serving " << db_ << " at http://" << shown << ":" << port << "/ (Ctrl-C stops)"
            << std::endl;

  std::atomic<bool> done{false};
  std::thread waiter([&] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    // A signal that comes before the accept loop has started is not lost: stop until it ends.
    while (!done) {
      server.stop();
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  });
  bool ok = server.listen_after_bind();
  done = true;
  pthread_kill(waiter.native_handle(), SIGTERM);  // wakes the waiter when listening ended on its own
  waiter.join();
  std::cout << "claimgraph: stopped" << std::endl;
  return ok ? 0 : 1;
}

}  // namespace claimgraph::cli
