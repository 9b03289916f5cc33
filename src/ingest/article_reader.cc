// Placeholder reader: plain text files only (issue 2 completes it).
#include <fstream>
#include <sstream>

#include "claimgraph/article.h"

namespace claimgraph {

std::string ArticleId(std::string_view body) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : body) { h ^= c; h *= 1099511628211ull; }
  char buf[17];
  snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

Result<Article> ParseArticleText(std::string text, const std::string& source) {
  Article a;
  a.source = source;
  a.text = std::move(text);
  a.id = ArticleId(a.text);
  return a;
}

Result<Article> ReadArticleFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  return ParseArticleText(ss.str(), path);
}

void ReadArticles(const std::vector<std::string>& paths, const std::function<void(Article&&)>& on_article,
                  const std::function<void(const ReadProblem&)>& on_problem) {
  for (const auto& p : paths) {
    auto r = ReadArticleFile(p);
    if (r.ok()) on_article(std::move(r).value());
    else on_problem({p, 0, r.status().message()});
  }
}

}  // namespace claimgraph
