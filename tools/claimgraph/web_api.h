// The JSON API of `claimgraph serve`: GET /api/NAME?params. Each query endpoint makes the same
// library call as the CLI command of that name and writes the same rows with the same keys as its
// `--json`. Bad parameters answer 400 with a message, unknown names 404 with candidates. Nothing
// here writes to the store.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "claimgraph/store.h"

namespace claimgraph::cli {

struct ApiReply {
  int status = 200;
  std::string json;
};

using ApiParams = std::multimap<std::string, std::string>;

class WebApi {
 public:
  explicit WebApi(std::unique_ptr<Store> store);
  // Answers one request; safe to call from several threads (queries run one at a time).
  ApiReply Handle(std::string_view endpoint, const ApiParams& params);

 private:
  std::mutex mu_;
  std::unique_ptr<Store> store_;
};

}  // namespace claimgraph::cli
