// The parameters of one API request, checked: only the names an endpoint takes, each at most
// once, each value of its kind. The first problem becomes the 400 message.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/graph.h"
#include "web_api.h"

namespace claimgraph::cli {

class Params {
 public:
  Params(const ApiParams& raw, std::initializer_list<std::string_view> known);
  const std::optional<std::string>& error() const { return error_; }

  // A non-empty text, or nullopt when absent.
  std::optional<std::string> Text(const std::string& key);
  // A non-empty text that must be there.
  std::string Required(const std::string& key);
  // One of `allowed`, or nullopt when absent.
  std::optional<std::string> OneOf(const std::string& key, std::initializer_list<std::string_view> allowed);
  // YYYY-MM-DD, or "" when absent.
  std::string Date(const std::string& key);
  // A whole number in [lo, hi], or `fallback` when absent.
  size_t Count(const std::string& key, size_t fallback, size_t lo, size_t hi);
  // Comma-separated type names (graph.h); empty when absent.
  std::vector<EdgeType> EdgeTypes(const std::string& key);
  std::vector<NodeType> NodeTypes(const std::string& key);
  void Fail(std::string message);

 private:
  const ApiParams& raw_;
  std::optional<std::string> error_;
};

// {"error": message, "candidates": [...]} (candidates: always on a 404, else when given).
ApiReply ErrorReply(int status, const std::string& message,
                    const std::vector<NameCandidate>& candidates = {});
// The reply for a failed query: an unknown name among `names` is 404 with the closest names, an
// ambiguous one 400 with the names it fits, any other bad value 400, a database error 500.
ApiReply FailedReply(Graph& g, const Status& s, const std::vector<std::string>& names);

}  // namespace claimgraph::cli
