// A lone title word is the surname of a person named shortly before ("Judge" after "Patty Judge"),
// and only shortly before: the full names of the last 256 mentions (MentionFinder::SurnameSeen).
#include <catch2/catch.hpp>

#include <string>

#include "extract/stages.h"
#include "text/segment.h"

using claimgraph::Article;
using claimgraph::Entity;
using claimgraph::EntityType;
using claimgraph::Extraction;

namespace {

Extraction RecognizeSurnames(const std::string& text) {
  Article a;
  a.text = text;
  auto seg = claimgraph::text::Segment(a.text, 0);
  Extraction x;
  x.article = a;
  claimgraph::extract::RecognizeEntities(a, seg, false, &x);
  return x;
}

const Entity* PersonNamed(const Extraction& x, const std::string& name) {
  for (const Entity& e : x.entities)
    if (e.type == EntityType::kPerson && e.name == name) return &e;
  return nullptr;
}

// n lines, each naming four places (four mentions)
std::string Places(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += "Officials met in Paris and Berlin and Madrid and Rome.\n";
  return s;
}

}  // namespace

TEST_CASE("a lone title word after a full name ending in it is that person", "[entities]") {
  auto x = RecognizeSurnames("Senator Patty Judge said it.\n\nJudge said the race was close.\n");
  const Entity* p = PersonNamed(x, "Patty Judge");
  REQUIRE(p != nullptr);
  CHECK(p->mentions.size() == 2);
}

TEST_CASE("a lone title word is a surname only of a person named within the last 256 mentions",
          "[entities]") {
  // 4 mentions a line: 63 lines keep "Patty Judge" among the last 256 mentions, 64 do not
  for (int lines : {10, 63}) {
    auto near = RecognizeSurnames("Senator Patty Judge said it.\n\n" + Places(lines) +
                                  "\nJudge said the race was close.\n");
    const Entity* p = PersonNamed(near, "Patty Judge");
    REQUIRE(p != nullptr);
    CHECK(p->mentions.size() == 2);
  }
  for (int lines : {64, 100}) {
    auto far = RecognizeSurnames("Senator Patty Judge said it.\n\n" + Places(lines) +
                                 "\nJudge said the race was close.\n");
    const Entity* q = PersonNamed(far, "Patty Judge");
    REQUIRE(q != nullptr);
    CHECK(q->mentions.size() == 1);
  }
}
