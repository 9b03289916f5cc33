// Golden test: the entities of the project's example article (the Hegseth
// article, tests/data/) as the full extractor sees them. The golden file comes
// from a real run and was reviewed by hand; to regenerate after a reviewed
// change: CLAIMGRAPH_UPDATE_GOLDEN=1 build/tests/claimgraph_tests "[golden]".
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "claimgraph/article.h"
#include "extract/stages.h"
#include "text/segment.h"

namespace {

std::string Render(const claimgraph::Extraction& x) {
  std::ostringstream out;
  for (const auto& e : x.entities) {
    out << e.id << "\t" << claimgraph::EntityTypeName(e.type) << "\t" << e.name << "\taliases=";
    for (size_t i = 0; i < e.aliases.size(); ++i) out << (i ? "|" : "") << e.aliases[i];
    out << "\troles=";
    for (size_t i = 0; i < e.roles.size(); ++i) out << (i ? "|" : "") << e.roles[i];
    out << "\tcountry=" << e.country << "\tplace=" << e.place << "\tdate=" << e.date << "\tmentions=";
    for (size_t i = 0; i < e.mentions.size(); ++i)
      out << (i ? "," : "") << e.mentions[i].start << "-" << e.mentions[i].end;
    out << "\n";
  }
  return out.str();
}

}  // namespace

TEST_CASE("entities of the Hegseth example article match the reviewed golden file", "[golden][entities]") {
  std::string dir = std::string(CLAIMGRAPH_SOURCE_DIR) + "/tests/data/";
  auto article = claimgraph::ReadArticleFile(dir + "oan-2025-02-12-hegseth-nato.txt");
  REQUIRE(article.ok());
  const claimgraph::Article& a = article.value();
  auto seg = claimgraph::text::Segment(a.text, a.body_start);
  claimgraph::Extraction x;
  x.article = a;
  claimgraph::extract::RecognizeEntities(a, seg, /*use_model=*/true, &x);
  std::string got = Render(x);
  std::string golden_path = dir + "oan-2025-02-12-hegseth-nato.entities.golden";
  if (std::getenv("CLAIMGRAPH_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(golden_path, std::ios::binary) << got;
  }
  std::ifstream in(golden_path, std::ios::binary);
  REQUIRE(in.good());
  std::stringstream want;
  want << in.rdbuf();
  CHECK(got == want.str());
}
