// Metonymy: capitals and seats of government that speak or act stand for their government
// (src/extract/entities_seats.cc, schema/gazetteers/seats.tsv).
#include <catch2/catch.hpp>

#include <string>

#include "support/extract_support.h"

using claimgraph::Entity;
using claimgraph::EntityType;
using claimgraph::Extraction;

using claimgraph::testing::RecognizeText;

namespace {

// The entity that holds the n-th (0-based) mention spelled `surface`.
const Entity* Holder(const Extraction& x, const std::string& surface, int n = 0) {
  size_t from = 0;
  size_t at = std::string::npos;
  for (int i = 0; i <= n; ++i) {
    at = x.article.text.find(surface, from);
    if (at == std::string::npos) return nullptr;
    from = at + 1;
  }
  for (const Entity& e : x.entities) {
    for (const auto& m : e.mentions) {
      if (m.start == at && m.end == at + surface.size()) return &e;
    }
  }
  return nullptr;
}

}  // namespace

TEST_CASE("a capital that speaks or acts is its country, the city kept as the mention", "[entities][seats]") {
  auto x = RecognizeText(
      "Tehran denies it is trying to build a nuclear weapon. Washington has repeatedly accused Beijing of "
      "dumping steel.");
  const Entity* iran = Holder(x, "Tehran");
  REQUIRE(iran != nullptr);
  CHECK(iran->name == "Iran");
  CHECK(iran->type == EntityType::kCountry);
  const Entity* us = Holder(x, "Washington");
  REQUIRE(us != nullptr);
  CHECK(us->name == "United States");
  // Beijing is the object here, not the agent: it stays a place.
  const Entity* beijing = Holder(x, "Beijing");
  REQUIRE(beijing != nullptr);
  CHECK(beijing->type == EntityType::kPlace);
}

TEST_CASE("a capital where things happen stays a place", "[entities][seats]") {
  auto x = RecognizeText(
      "Officials in Tehran said the talks would go on. Tehran's streets were quiet. Moscow has been "
      "threatened with sanctions.");
  for (int n : {0, 1}) {
    const Entity* tehran = Holder(x, "Tehran", n);
    REQUIRE(tehran != nullptr);
    CHECK(tehran->type == EntityType::kPlace);
  }
  const Entity* moscow = Holder(x, "Moscow");
  REQUIRE(moscow != nullptr);
  CHECK(moscow->type == EntityType::kPlace);  // a passive: Moscow is acted upon
}

TEST_CASE("a seat of government that speaks is its country or office", "[entities][seats]") {
  auto x = RecognizeText("The Elysee said the president would travel. Whitehall insists the plan is sound.");
  const Entity* elysee = Holder(x, "Elysee");
  REQUIRE(elysee != nullptr);
  CHECK(elysee->name == "France");
  const Entity* whitehall = Holder(x, "Whitehall");
  REQUIRE(whitehall != nullptr);
  CHECK(whitehall->name == "Britain");
}
