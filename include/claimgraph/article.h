// Article: one news article as read, and the readers that make them.
//
// Offsets everywhere in claimgraph are half-open UTF-8 byte offsets into
// Article::text, which is the article exactly as read (for a plain-text file,
// the file's bytes; for a JSON Lines record, its "text" field).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "claimgraph/status.h"

namespace claimgraph {

struct Article {
  std::string id;      // hex digest of the normalized body: same text => same id
  std::string source;  // where it came from: a path, "-" for stdin, "path:LINE" for JSON Lines
  std::string title;   // empty when unknown
  std::string date;    // YYYY-MM-DD, empty when unknown
  std::string outlet;
  std::string author;
  std::string url;
  std::string text;       // the whole text as read; header lines included
  size_t body_start = 0;  // byte offset where the body begins (after any header lines)
};

// Readers skip an article longer than this many bytes (4 MiB) with an error naming it;
// the limit is theirs to change (ReadArticleFile, ReadArticles, IngestOptions,
// --max-article-bytes). Extraction needs memory and time in proportion to the article.
constexpr uint64_t kDefaultMaxArticleBytes = uint64_t{4} << 20;

// Parses plain UTF-8 text with optional header lines at the top. Fails on
// invalid UTF-8, binary data or an empty body; the message names `source`.
Result<Article> ParseArticleText(std::string text, const std::string& source);

// Reads one file (plain text; a single-record .jsonl is not accepted here).
Result<Article> ReadArticleFile(const std::string& path,
                                uint64_t max_article_bytes = kDefaultMaxArticleBytes);

// One problem met while reading a batch; the batch goes on past it.
struct ReadProblem {
  std::string source;  // the file
  size_t line = 0;     // 1-based line for JSON Lines, 0 otherwise
  std::string message;
};

// Walks files, directories (recursively, in sorted order) and "-" (stdin),
// calling on_article for each readable article and on_problem for each bad one.
// Files ending in .jsonl or .ndjson are JSON Lines; everything else is plain text.
void ReadArticles(const std::vector<std::string>& paths, const std::function<void(Article&&)>& on_article,
                  const std::function<void(const ReadProblem&)>& on_problem,
                  uint64_t max_article_bytes = kDefaultMaxArticleBytes);

// The stable id of a text: a hash of its normalized form (Unicode whitespace
// folded, trimmed), so reformatting or renaming a file does not change it.
std::string ArticleId(std::string_view body);

}  // namespace claimgraph
