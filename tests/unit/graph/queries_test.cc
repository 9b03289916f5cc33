// The graph queries over a store built from examples/, asserting the rows a
// user would check.
#include <algorithm>
#include <catch2/catch.hpp>

#include "support/example_store.h"

using namespace claimgraph;
using claimgraph::testing::ExampleStore;
using claimgraph::testing::OpenGraph;

namespace {

std::vector<ClaimRow> Said(SaidQuery q) {
  auto rows = OpenGraph(ExampleStore())->Said(q);
  INFO(rows.status().message());
  REQUIRE(rows.ok());
  return rows.value();
}

bool AnyText(const std::vector<ClaimRow>& rows, const std::string& part) {
  return std::any_of(rows.begin(), rows.end(),
                     [&](const ClaimRow& r) { return r.text.find(part) != std::string::npos; });
}

const std::string kNatoQuote =
    "The United States does not believe that NATO membership for Ukraine is a realistic";

}  // namespace

TEST_CASE("said: --by resolves a name case- and accent-insensitively and gives one row per claim",
          "[graph][said]") {
  SaidQuery q;
  q.by = "HEGSETH";
  auto rows = Said(q);
  REQUIRE(rows.size() == 7);
  for (const ClaimRow& r : rows) {
    CHECK(r.speaker == "Pete Hegseth");
    CHECK(r.speaker_key == "person:pete hegseth");
  }
  // The quote carried by two articles is one row, seen twice, first in OAN's article.
  auto it = std::find_if(rows.begin(), rows.end(), [](const ClaimRow& r) { return r.appearances == 2; });
  REQUIRE(it != rows.end());
  CHECK(it->text.rfind(kNatoQuote, 0) == 0);
  CHECK(it->date == "2025-02-12");
  CHECK(it->first_article != "");
  CHECK(it->source.find("oan-2025-02-12-hegseth-nato.txt") != std::string::npos);
  CHECK(it->outlets == std::vector<std::string>{"Claimgraph Example Wire"});

  q.by = "Zelenský";
  rows = Said(q);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].speaker == "Volodymyr Zelensky");
}

TEST_CASE("said: --about an entity, or a text when no entity has that name", "[graph][said]") {
  SaidQuery q;
  q.about = "Zelensky";  // named in Trump's claims
  auto rows = Said(q);
  CHECK(AnyText(rows, "I just spoke to President Volodymyr Zelenskyy"));
  for (const ClaimRow& r : rows) CHECK(r.speaker != "");
  q.about = "rare earth";
  rows = Said(q);
  REQUIRE(rows.size() == 2);
  for (const ClaimRow& r : rows) CHECK(r.speaker == "Donald Trump");
  q.by = "Hegseth";
  q.about = "NATO";
  rows = Said(q);
  CHECK(rows.size() == 2);
  CHECK(AnyText(rows, "Ukraine joining NATO"));
}

TEST_CASE("said: --kind, --relation, --since, --until, --outlet and --limit", "[graph][said]") {
  SaidQuery q;
  q.by = "Hegseth";
  q.kind = "direct";
  auto rows = Said(q);
  CHECK(rows.size() == 4);
  for (const ClaimRow& r : rows) CHECK(r.kind == "direct");

  SaidQuery rel;
  rel.by = "Trump";
  rel.relation = "opposes";
  rows = Said(rel);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].text.rfind("It is time to stop this ridiculous War", 0) == 0);

  SaidQuery dates;
  dates.until = "2005-12-31";
  rows = Said(dates);
  REQUIRE(!rows.empty());
  for (const ClaimRow& r : rows) CHECK(r.speaker == "Hugo Chavez");
  dates.until = "";
  dates.since = "2025-02-13";
  rows = Said(dates);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].text.rfind(kNatoQuote, 0) == 0);
  CHECK(rows[0].date == "2025-02-12");  // said on the 12th; carried again on the 13th

  SaidQuery outlet;
  outlet.outlet = "claimgraph example WIRE";
  rows = Said(outlet);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].appearances == 2);

  SaidQuery limit;
  limit.limit = 3;
  CHECK(Said(limit).size() == 3);
  limit.limit = 0;
  CHECK(Said(limit).size() > 40);
}

TEST_CASE("said: bad values are errors, not empty tables", "[graph][said]") {
  auto g = OpenGraph(ExampleStore());
  SaidQuery q;
  q.kind = "quoted";
  CHECK(g->Said(q).status().code() == Status::Code::kInvalidInput);
  SaidQuery d;
  d.since = "last week";
  CHECK(g->Said(d).status().code() == Status::Code::kInvalidInput);
  SaidQuery who;
  who.by = "Nobody Atall";
  CHECK(g->Said(who).status().code() == Status::Code::kNotFound);
}

TEST_CASE("said: a denial is shown as one, and --polarity selects denials", "[graph][said]") {
  // voa-rice-iran: "Tehran denies it is trying to build a nuclear weapon".
  SaidQuery by_iran;
  by_iran.by = "iran";
  auto rows = Said(by_iran);
  auto denial = std::find_if(rows.begin(), rows.end(), [](const ClaimRow& r) {
    return r.text == "it is trying to build a nuclear weapon";
  });
  REQUIRE(denial != rows.end());
  CHECK(denial->speaker == "Iran");
  CHECK(denial->polarity == "denied");
  SaidQuery denied;
  denied.polarity = "denied";
  denied.limit = 0;
  for (const ClaimRow& r : Said(denied)) CHECK(r.polarity == "denied");
  CHECK(AnyText(Said(denied), "nuclear weapon"));
  SaidQuery asserted;
  asserted.polarity = "asserted";
  asserted.limit = 0;
  CHECK_FALSE(AnyText(Said(asserted), "it is trying to build a nuclear weapon"));
  CHECK(AnyText(Said(asserted), kNatoQuote));
  SaidQuery bad;
  bad.polarity = "maybe";
  CHECK(OpenGraph(ExampleStore())->Said(bad).status().code() == Status::Code::kInvalidInput);
}

TEST_CASE("names: unknown gets suggestions, ambiguous lists candidates with types and counts",
          "[graph][names]") {
  auto g = OpenGraph(ExampleStore());
  auto unknown = g->Entity("Zelenskiy Volodimir");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.status().code() == Status::Code::kNotFound);
  CHECK(unknown.status().message().find("no entity named Zelenskiy Volodimir") == 0);

  auto typo = g->Entity("Hegseht");
  CHECK(typo.status().message() == "no entity named Hegseht; did you mean: Pete Hegseth (person)");

  auto ambiguous = g->Entity("johnson");
  REQUIRE_FALSE(ambiguous.ok());
  CHECK(ambiguous.status().code() == Status::Code::kInvalidInput);
  const std::string& m = ambiguous.status().message();
  CHECK(m.find("johnson names 2 entities") == 0);
  CHECK(m.find("person:boris johnson  Boris Johnson (person, 0 claims, 1 mentions)") != std::string::npos);
  CHECK(m.find("person:mike johnson  Mike Johnson (person, 0 claims, 1 mentions)") != std::string::npos);

  auto match = g->Resolve("johnson");
  REQUIRE(match.ok());
  CHECK(match.value().matches.size() == 2);
  // A full name or a key picks one.
  CHECK(g->Entity("Mike Johnson").ok());
  CHECK(g->Entity("person:boris johnson").ok());
}

TEST_CASE("entity: type, aliases, roles, affiliations, claims, claims about it, relations, articles",
          "[graph][entity]") {
  auto r = OpenGraph(ExampleStore())->Entity("zelenskyy");
  INFO(r.status().message());
  REQUIRE(r.ok());
  const EntityReport& e = r.value();
  CHECK(e.name == "Volodymyr Zelensky");
  CHECK(e.type == "person");
  CHECK(std::count(e.aliases.begin(), e.aliases.end(), "Volodymyr Zelenskyy") == 1);
  CHECK(std::count(e.roles.begin(), e.roles.end(), "President") == 1);
  REQUIRE(e.affiliations.size() == 1);
  CHECK(e.affiliations[0].type == "leads");
  CHECK(e.affiliations[0].other == "Ukraine");
  CHECK(e.claim_count == 1);
  REQUIRE(e.said.size() == 1);
  CHECK(e.said[0].text.find("only America can offer security guarantees") != std::string::npos);
  CHECK(AnyText(e.said_about, "I just spoke to President Volodymyr Zelenskyy"));
  bool spoke = false, supports = false;
  for (const RelationCount& c : e.relations) {
    spoke |= c.type == "spoke_to" && c.direction == "in" && c.other == "Donald Trump";
    supports |=
        c.type == "supports" && c.direction == "out" && c.other == "North Atlantic Treaty Organization";
  }
  CHECK(spoke);
  CHECK(supports);
  CHECK(e.articles.size() == 2);
}

TEST_CASE("neighbors: depth and relation types", "[graph][neighbors]") {
  auto g = OpenGraph(ExampleStore());
  NeighborsQuery q;
  q.name = "Trump";
  q.types = {EdgeType::kSpokeTo};
  auto rows = g->Neighbors(q);
  REQUIRE(rows.ok());
  REQUIRE(rows.value().size() == 2);
  std::vector<std::string> names;
  for (const NeighborRow& r : rows.value()) {
    names.push_back(r.name);
    CHECK(r.distance == 1);
    CHECK(r.via == "spoke_to");
    CHECK(r.direction == "out");
    CHECK(r.from == "person:donald trump");
    CHECK(r.evidence.text.find("he spoke to both Putin and Zelensky") != std::string::npos);
  }
  std::sort(names.begin(), names.end());
  CHECK(names == std::vector<std::string>{"Vladimir Putin", "Volodymyr Zelensky"});

  q.depth = 2;
  q.types = {EdgeType::kSpokeTo, EdgeType::kLeads};
  rows = g->Neighbors(q);
  REQUIRE(rows.ok());
  auto ukraine = std::find_if(rows.value().begin(), rows.value().end(),
                              [](const NeighborRow& r) { return r.name == "Ukraine"; });
  REQUIRE(ukraine != rows.value().end());
  CHECK(ukraine->distance == 2);
  CHECK(ukraine->from == "person:volodymyr zelensky");

  NeighborsQuery all;
  all.name = "Hegseth";
  auto said = g->Neighbors(all);
  REQUIRE(said.ok());
  CHECK(std::count_if(said.value().begin(), said.value().end(),
                      [](const NeighborRow& r) { return r.via == "said"; }) == 7);
  all.limit = 3;
  CHECK(g->Neighbors(all).value().size() == 3);
}

TEST_CASE("path: with --type limits, unconnected, and unknown names", "[graph][path]") {
  auto g = OpenGraph(ExampleStore());
  auto none = g->Path(PathQuery{"Putin", "Zelensky", {EdgeType::kSaid}});
  REQUIRE(none.ok());
  CHECK(none.value().empty());
  auto via_claims = g->Path(PathQuery{"Hegseth", "Crimea", {}});
  REQUIRE(via_claims.ok());
  REQUIRE(via_claims.value().size() == 2);
  CHECK(via_claims.value()[0].edge == "said");
  CHECK(via_claims.value()[1].edge == "mentions");
  CHECK(via_claims.value()[1].evidence.text.find("such as Crimea") != std::string::npos);
  CHECK(g->Path(PathQuery{"Putin", "Nobody Atall", {}}).status().code() == Status::Code::kNotFound);
}

TEST_CASE("rank: quoted, mentioned, pagerank, betweenness, by type", "[graph][rank]") {
  auto g = OpenGraph(ExampleStore());
  RankQuery q;
  auto quoted = g->Rank(q);
  REQUIRE(quoted.ok());
  REQUIRE(quoted.value().rows.size() >= 3);
  CHECK(quoted.value().rows[0].name == "Donald Trump");
  CHECK(quoted.value().rows[0].score == 10);
  CHECK(quoted.value().rows[1].name == "Pete Hegseth");
  CHECK(quoted.value().rows[1].score == 7);  // the quote in two articles counts once

  q.by = RankBy::kMentioned;
  q.types = {NodeType::kCountry};
  auto mentioned = g->Rank(q);
  REQUIRE(mentioned.ok());
  for (const RankRow& r : mentioned.value().rows) CHECK(r.type == "country");
  CHECK(mentioned.value().rows[0].name == "United States");
  CHECK(mentioned.value().rows[0].score == 21);
  CHECK(mentioned.value().rows[1].name == "Ukraine");

  q.by = RankBy::kPagerank;
  q.types = {NodeType::kPerson};
  auto pr = g->Rank(q);
  REQUIRE(pr.ok());
  CHECK(pr.value().rows[0].name == "Donald Trump");
  CHECK(pr.value().method.find("pagerank") == 0);
  CHECK_FALSE(pr.value().approximate);

  q.by = RankBy::kBetweenness;
  auto bc = g->Rank(q);
  REQUIRE(bc.ok());
  CHECK(bc.value().method.find("betweenness, exact") == 0);
  CHECK(bc.value().rows[0].name == "Donald Trump");
  CHECK(bc.value().rows[0].score > bc.value().rows[1].score);

  q.types = {NodeType::kClaim};
  CHECK(g->Rank(q).status().code() == Status::Code::kInvalidInput);
}

TEST_CASE("contradictions: one speaker on both sides, and pairs, with the claims as evidence",
          "[graph][contradictions]") {
  auto rows = OpenGraph(ExampleStore())->Contradictions(ContradictionsQuery{});
  REQUIRE(rows.ok());
  const auto& v = rows.value();
  auto self = std::find_if(v.begin(), v.end(), [](const ContradictionRow& r) { return r.kind == "self"; });
  REQUIRE(self != v.end());
  CHECK(self->a == "Donald Trump");
  CHECK(self->b == "Donald Trump");
  CHECK(self->target == "North Atlantic Treaty Organization");
  CHECK(self->a_side == "supports");
  CHECK(self->b_side == "opposes");
  CHECK(self->b_evidence.text == "critical of NATO in the past");
  auto pair = std::find_if(v.begin(), v.end(), [](const ContradictionRow& r) {
    return r.kind == "pair" && r.a == "Volodymyr Zelensky" && r.b == "Vladimir Putin";
  });
  REQUIRE(pair != v.end());
  CHECK(pair->date == "2025-02-13");
  CHECK(pair->a_evidence.text.find("in favor of NATO membership") != std::string::npos);
  // Newest first.
  for (size_t i = 1; i < v.size(); ++i) CHECK(v[i - 1].date >= v[i].date);
}

TEST_CASE("quote: a near-duplicate quote carried by two articles is one claim with two appearances",
          "[graph][quote]") {
  auto g = OpenGraph(ExampleStore());
  auto rows = g->Quote(QuoteQuery{"nato membership for ukraine is a REALISTIC outcome!", 50});
  REQUIRE(rows.ok());
  const auto& v = rows.value();
  REQUIRE(v.size() == 2);
  CHECK(v[0].claim == v[1].claim);
  CHECK(v[0].speaker == "Pete Hegseth");
  CHECK(v[0].first);
  CHECK_FALSE(v[1].first);
  CHECK(v[0].appearance.date == "2025-02-12");
  CHECK(v[0].appearance.source.find("oan-2025-02-12-hegseth-nato.txt") != std::string::npos);
  CHECK(v[0].text.find("of a negotiated settlement") != std::string::npos);
  CHECK(v[1].appearance.date == "2025-02-13");
  CHECK(v[1].appearance.outlet == "Claimgraph Example Wire");
  CHECK(v[1].text ==
        "The United States does not believe that NATO membership for Ukraine is a realistic outcome");
  CHECK(v[1].appearance.span.end - v[1].appearance.span.start == v[1].text.size());
  CHECK(g->Quote(QuoteQuery{"words nobody ever said", 50}).value().empty());
}
