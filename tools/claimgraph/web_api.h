// The JSON API of `claimgraph serve`: GET /api/NAME?params. Each query endpoint (said, entity,
// neighbors, path, rank, contradictions, quote) makes the same Graph call as the CLI command of
// that name, its parameters named as the command's options (positional ones: name, from, to,
// text), and answers the rows as a JSON array of the objects `--json` prints one per line (entity:
// the one object). Beside them: complete (name completion), passage (the sentence around a claim)
// and graph (the Select subgraph the page draws). Bad parameters answer 400 with a message,
// unknown names 404 with candidates. Nothing here writes to the store.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/graph.h"

namespace claimgraph::cli {

struct ApiReply {
  int status = 200;
  std::string json;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string content_type = "application/json; charset=utf-8";
};

using ApiParams = std::multimap<std::string, std::string>;

class WebApi {
 public:
  WebApi(std::unique_ptr<Graph> graph, std::string db_path);
  // Answers one request; safe to call from several threads (queries run one at a time).
  ApiReply Handle(std::string_view endpoint, const ApiParams& params);

 private:
  std::mutex mu_;
  std::unique_ptr<Graph> graph_;
  std::string db_path_;
};

}  // namespace claimgraph::cli
