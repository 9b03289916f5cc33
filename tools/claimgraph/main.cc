// claimgraph: the command-line front end. Parses arguments, calls the library, prints.
#include <CLI/CLI.hpp>
#include <iostream>

#include "claimgraph/claimgraph.h"

int main(int argc, char** argv) {
  CLI::App app{"claimgraph: news articles into a graph of who said what"};
  app.require_subcommand(1);
  auto* extract = app.add_subcommand("extract", "Extract one article and print its extraction JSON");
  std::string file;
  bool json = false;
  extract->add_option("FILE", file, "article file, or - for stdin")->required();
  extract->add_flag("--json", json, "print the extraction JSON");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  auto article = claimgraph::ReadArticleFile(file);
  if (!article.ok()) {
    std::cerr << "claimgraph: " << article.status().message() << "\n";
    return 1;
  }
  auto extractor = claimgraph::Extractor::Open();
  claimgraph::Extraction x = extractor.value()->Extract(article.value());
  std::cout << claimgraph::ExtractionToJson(x) << "\n";
  return 0;
}
