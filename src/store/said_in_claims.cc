#include "store/said_in_claims.h"

#include <string_view>
#include <unordered_map>

namespace claimgraph::store {
namespace {

// Whether a said relation (its source aside) is nothing but its claim: the claim's text as
// target, the claim's span as evidence span, some evidence, a local id "rn".
bool IsClaimsOwn(const Relation& r, const Claim& c) {
  return r.target.empty() && r.target_text == c.text && !c.text.empty() && !r.evidence.empty() &&
         r.evidence_span == c.span && LocalNumber(r.id) > 0;
}

}  // namespace

int64_t LocalNumber(const std::string& id) {
  if (id.size() < 2 || id.size() > 10 || id[0] != 'r' || id[1] == '0') return 0;
  int64_t n = 0;
  for (size_t i = 1; i < id.size(); ++i) {
    if (id[i] < '0' || id[i] > '9') return 0;
    n = n * 10 + (id[i] - '0');
  }
  return n;
}

SaidSplit SplitSaid(const Extraction& x, const std::function<int64_t(const std::string&)>& entity) {
  SaidSplit split;
  split.said_of.assign(x.claims.size(), kNoRelation);
  split.rows.reserve(x.relations.size());
  std::unordered_map<std::string_view, size_t> claim_index;
  for (size_t i = 0; i < x.claims.size(); ++i) claim_index[x.claims[i].id] = i;
  for (size_t k = 0; k < x.relations.size(); ++k) {
    const Relation& r = x.relations[k];
    auto c = r.type == "said" ? claim_index.find(std::string_view(r.claim)) : claim_index.end();
    if (c != claim_index.end() && split.said_of[c->second] == kNoRelation &&
        IsClaimsOwn(r, x.claims[c->second]) && entity(r.source) == entity(x.claims[c->second].speaker)) {
      split.said_of[c->second] = k;
    } else {
      split.rows.push_back(k);
    }
  }
  return split;
}

}  // namespace claimgraph::store
