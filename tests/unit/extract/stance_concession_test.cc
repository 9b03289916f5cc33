// What a claim's content concedes or supposes takes no stance (issue 13): InConcession, the span
// a concessive word, a condition word or a clause-opening "without" holds up to its clause's end.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

#include "extract/claims/stance.h"
#include "extract/claims/view.h"
#include "support/extract_support.h"

using namespace claimgraph::extract::claims;

namespace {

// The index of the first token whose lower case is `w` (the tokens' count when there is none).
uint32_t TokenOf(const Doc& doc, const std::string& w) {
  uint32_t k = 0;
  while (k < doc.toks.size() && doc.toks[k].lower != w) ++k;
  return k;
}

}  // namespace

TEST_CASE("a concession holds to its clause's end", "[claims][stance]") {
  Doc doc = BuildDoc("Although the plan is terrible, the minister is wonderful.\n", 0);
  CHECK(InConcession(doc, 0, TokenOf(doc, "terrible")));
  CHECK_FALSE(InConcession(doc, 0, TokenOf(doc, "wonderful")));
  Doc d2 = BuildDoc("The firm grew despite a dreadful winter.\n", 0);
  CHECK(InConcession(d2, 0, TokenOf(d2, "dreadful")));
  CHECK_FALSE(InConcession(d2, 0, TokenOf(d2, "grew")));
}

TEST_CASE("a condition and a clause-opening 'without' hold what follows them", "[claims][stance]") {
  Doc doc = BuildDoc("If the talks fail, the deal is dead.\n", 0);
  CHECK(InConcession(doc, 0, TokenOf(doc, "fail")));
  CHECK_FALSE(InConcession(doc, 0, TokenOf(doc, "dead")));
  Doc d2 = BuildDoc("Without reform, the system will collapse.\n", 0);
  CHECK(InConcession(d2, 0, TokenOf(d2, "reform")));
  CHECK_FALSE(InConcession(d2, 0, TokenOf(d2, "collapse")));
  // ("without" inside a clause is no condition of the clause: "they left without a fight")
  Doc d3 = BuildDoc("They left without a terrible fight.\n", 0);
  CHECK_FALSE(InConcession(d3, 0, TokenOf(d3, "terrible")));
}
