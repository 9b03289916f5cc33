// The query commands as a user runs them: tables by default, --json rows, exit codes.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <sstream>

#include "support/example_store.h"

using namespace claimgraph;
using claimgraph::testing::Contains;
using claimgraph::testing::ExampleStore;
using claimgraph::testing::RunCli;
using claimgraph::testing::RunResult;
using claimgraph::testing::TempDir;

namespace {

size_t Occurrences(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

RunResult Query(std::vector<std::string> args) {
  static TempDir dir;
  args.push_back("--db");
  args.push_back(ExampleStore());
  return RunCli(args, dir);
}

// Every line of --json output parsed; each must be one object.
std::vector<rapidjson::Document> JsonRows(const std::string& out) {
  std::vector<rapidjson::Document> rows;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) {
    rapidjson::Document d;
    d.Parse(line.c_str());
    INFO(line);
    REQUIRE_FALSE(d.HasParseError());
    REQUIRE(d.IsObject());
    rows.push_back(std::move(d));
  }
  return rows;
}

}  // namespace

TEST_CASE("cli said: filters and the SEEN column; --json rows with stable keys", "[cli][graph]") {
  RunResult r = Query({"said", "--by", "hegseth", "--outlet", "Claimgraph Example Wire", "--width", "0"});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(Contains(r.out,
                 "SPEAKER       KIND    DATE        SOURCE                           SEEN  CUE     TEXT\n"));
  // the cue as written: how it was said
  CHECK(
      Contains(r.out,
               "Pete Hegseth  direct  2025-02-12  oan-2025-02-12-hegseth-nato.txt  2     stated  \xE2\x80\x9C"
               "The United States does not believe that NATO membership for Ukraine is a realistic "
               "outcome of a negotiated settlement\xE2\x80\x9D\n"));

  RunResult j = Query({"said", "--about", "rare earth", "--kind", "direct", "--json"});
  CHECK(j.exit_code == 0);
  auto rows = JsonRows(j.out);
  REQUIRE(rows.size() == 2);
  for (const char* key : {"claim", "speaker", "speaker_key", "kind", "polarity", "cue", "text", "date",
                          "first_outlet", "first_article", "source", "outlets", "appearances"}) {
    INFO(key);
    CHECK(rows[0].HasMember(key));
  }
  CHECK(std::string(rows[0]["speaker"].GetString()) == "Donald Trump");
  CHECK(std::string(rows[0]["kind"].GetString()) == "direct");

  RunResult dated =
      Query({"said", "--since", "2005-01-01", "--until", "2005-12-31", "--relation", "opposes"});
  CHECK(dated.exit_code == 0);
  CHECK(Contains(dated.out, "Hugo Chavez"));
  CHECK_FALSE(Contains(dated.out, "Hegseth"));

  RunResult limited = Query({"said", "--limit", "2", "--json"});
  CHECK(JsonRows(limited.out).size() == 2);

  // A denial reads as one: "Tehran denies it is trying to build a nuclear weapon".
  RunResult iran = Query({"said", "--by", "Iran", "--width", "0"});
  CHECK(iran.exit_code == 0);
  CHECK(Contains(iran.out,
                 "Iran     indirect  -     VOA     1     denies  it is trying to build a nuclear weapon\n"));
  RunResult denied = Query({"said", "--polarity", "denied", "--json"});
  auto denials = JsonRows(denied.out);
  REQUIRE(denials.size() >= 1);
  for (const auto& d : denials) CHECK(std::string(d["polarity"].GetString()) == "denied");
}

TEST_CASE("cli: unknown names exit 1 with suggestions, ambiguous ones list candidates", "[cli][graph]") {
  RunResult unknown = Query({"entity", "hegseht"});
  CHECK(unknown.exit_code == 1);
  CHECK(unknown.err == "claimgraph: no entity named hegseht; did you mean: Pete Hegseth (person)\n");
  CHECK(unknown.out.empty());
  RunResult ambiguous = Query({"said", "--by", "Johnson"});
  CHECK(ambiguous.exit_code == 1);
  CHECK(Contains(ambiguous.err, "Johnson names 2 entities; say which:\n"));
  CHECK(Contains(ambiguous.err, "person:boris johnson  Boris Johnson (person, 0 claims, 1 mentions)"));
  RunResult path = Query({"path", "Putin", "Johnson"});
  CHECK(path.exit_code == 1);
  RunResult bad_type = Query({"neighbors", "Trump", "--type", "said,likes"});
  CHECK(bad_type.exit_code == 2);
  CHECK(Contains(bad_type.err, "unknown relation type 'likes'"));
  RunResult bad_date = Query({"said", "--since", "yesterday"});
  CHECK(bad_date.exit_code == 1);
  CHECK(Contains(bad_date.err, "dates are YYYY-MM-DD, not 'yesterday'"));
  RunResult bad_kind = Query({"said", "--kind", "quoted"});
  CHECK(bad_kind.exit_code == 2);
}

TEST_CASE("cli entity, neighbors, path, rank, contradictions, quote: tables and --json", "[cli][graph]") {
  RunResult e = Query({"entity", "ZELENSKY", "--width", "0"});
  CHECK(e.exit_code == 0);
  CHECK(Contains(e.out, "name          Volodymyr Zelensky\n"));
  CHECK(Contains(e.out, "affiliations  leads Ukraine\n"));
  CHECK(Contains(e.out, "SAID ABOUT IT (2)\n"));
  auto ej = JsonRows(Query({"entity", "zelensky", "--json"}).out);
  REQUIRE(ej.size() == 1);
  CHECK(std::string(ej[0]["key"].GetString()) == "person:volodymyr zelensky");
  CHECK(ej[0]["said_about"].Size() == 2);

  RunResult n = Query({"neighbors", "Trump", "--type", "spoke_to", "--width", "0"});
  CHECK(n.exit_code == 0);
  CHECK(Contains(n.out, "HOP  VIA"));
  CHECK(Contains(n.out, "spoke_to ->"));
  CHECK(Contains(n.out, "Putin"));
  auto nj = JsonRows(Query({"neighbors", "Trump", "--depth", "2", "--type", "spoke_to,leads", "--json"}).out);
  REQUIRE(nj.size() == 3);
  CHECK(nj[2]["distance"].GetInt() == 2);
  CHECK(std::string(nj[2]["name"].GetString()) == "Ukraine");

  RunResult p = Query({"path", "Putin", "Zelensky", "--width", "0"});
  CHECK(p.exit_code == 0);
  CHECK(
      Contains(p.out,
               "1. Vladimir Putin  <-spoke_to-  Donald Trump  (2025-02-12, oan-2025-02-12-hegseth-nato.txt)\n"
               "   \xE2\x80\x9C"
               "Additionally, Trump wrote"));
  CHECK(Contains(p.out, "saying that he spoke to both Putin and Zelensky"));
  auto pj = JsonRows(Query({"path", "Putin", "Zelensky", "--json"}).out);
  REQUIRE(pj.size() == 2);
  CHECK(std::string(pj[0]["to"].GetString()) == "Donald Trump");
  CHECK(std::string(pj[1]["sentence"].GetString()).find("I just") == std::string::npos);
  CHECK(std::string(pj[1]["date"].GetString()) == "2025-02-12");
  RunResult nopath = Query({"path", "Putin", "Zelensky", "--type", "said"});
  CHECK(nopath.exit_code == 0);
  CHECK(nopath.err == "no path between Putin and Zelensky\n");

  RunResult r = Query({"rank", "--by", "betweenness", "--type", "person", "--limit", "3"});
  CHECK(r.exit_code == 0);
  CHECK(Contains(r.out, "ranked by betweenness, exact over "));
  CHECK(Contains(r.out, "1     "));
  auto rj = JsonRows(Query({"rank", "--by", "quoted", "--json", "--limit", "2"}).out);
  REQUIRE(rj.size() == 2);
  CHECK(std::string(rj[0]["name"].GetString()) == "Donald Trump");
  CHECK(rj[0]["score"].GetDouble() == 10);

  RunResult c = Query({"contradictions", "--width", "0"});
  CHECK(c.exit_code == 0);
  CHECK(Contains(c.out,
                 "one speaker on both sides of North Atlantic Treaty Organization  (2025-02-13)\n"
                 "   Donald Trump supports (2025-02-13, Claimgraph Example Wire): \xE2\x80\x9C"
                 "a supporter of NATO"));
  // one block per target: three pairs on NATO, each speaker's side printed once
  CHECK(Contains(c.out, "opposite sides of North Atlantic Treaty Organization  (2025-02-13; 3 pairs)\n"));
  CHECK(Occurrences(c.out, "opposite sides of North Atlantic Treaty Organization") == 1);
  CHECK(Occurrences(c.out, "Volodymyr Zelensky supports") == 1);
  auto cj = JsonRows(Query({"contradictions", "--json", "--limit", "1"}).out);
  REQUIRE(cj.size() == 1);
  CHECK(cj[0]["a_evidence"].HasMember("text"));

  RunResult q = Query({"quote", "NATO membership for Ukraine is a realistic outcome", "--width", "0"});
  CHECK(q.exit_code == 0);
  CHECK(Contains(q.out, "2025-02-12  first"));
  CHECK(Contains(q.out, "2025-02-13         Claimgraph Example Wire"));
  auto qj = JsonRows(Query({"quote", "NATO membership for Ukraine is a realistic outcome", "--json"}).out);
  REQUIRE(qj.size() == 2);
  CHECK(qj[0]["first"].GetBool());
  CHECK(std::string(qj[1]["outlet"].GetString()) == "Claimgraph Example Wire");
}
