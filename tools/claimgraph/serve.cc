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
  res.set_content(reply.json, reply.content_type);
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

struct ServeOptions {
  std::string host = "127.0.0.1";
  int port = 8080;
};

int Serve(const std::string& db, const ServeOptions& o) {
  std::error_code ec;
  if (!std::filesystem::exists(db, ec)) {
    std::cerr << "claimgraph: " << db << ": no such database (create it with `claimgraph ingest --db " << db
              << " PATH`)\n";
    return kFailure;
  }
  auto graph = Graph::Open(db);  // read-only
  if (!graph.ok()) return Report(graph.status());
  WebApi api(std::move(graph.value()), db);

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
  // A browser's idle keep-alive connection holds a worker until it times out: keep that short, so
  // that Ctrl-C ends the server at once.
  server.set_keep_alive_timeout(1);
  Route(server, api, IsLoopback(o.host));
  int port =
      o.port == 0 ? server.bind_to_any_port(o.host) : (server.bind_to_port(o.host, o.port) ? o.port : -1);
  if (port < 0) {
    std::cerr << "claimgraph: cannot listen on " << o.host << ":" << o.port
              << " (in use, or not an address here)\n";
    return kFailure;
  }
  std::string shown = o.host.find(':') != std::string::npos ? "[" + o.host + "]" : o.host;
  std::cout << "claimgraph: serving " << db << " at http://" << shown << ":" << port << "/ (Ctrl-C stops)"
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
  return ok ? kOk : kFailure;
}

}  // namespace

Command AddServeCommand(CLI::App& app, const AddDb& add_db, const std::string& db) {
  auto* cmd =
      app.add_subcommand("serve", "Explore the graph in a browser: a read-only web server on the database");
  auto o = std::make_shared<ServeOptions>();
  add_db(cmd);
  cmd->add_option("--port", o->port, "TCP port (0: any free port)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--host", o->host, "address to listen on (loopback unless you mean to share the store)")
      ->capture_default_str();
  Command c;
  c.app = cmd;
  c.run = [o, &db]() { return Serve(db, *o); };
  return c;
}

}  // namespace claimgraph::cli
