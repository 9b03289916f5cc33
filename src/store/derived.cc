#include "store/derived.h"

#include "claimgraph/store.h"
#include "store/name_key.h"

namespace claimgraph::store {

std::string StoreKey(const std::string& name) {
  std::string key = NameKey(name);
  return key.empty() ? name : key;
}

Derived Derive(const Extraction& x) {
  Derived d;
  d.name_keys.reserve(x.entities.size());
  d.alias_keys.resize(x.entities.size());
  for (size_t i = 0; i < x.entities.size(); ++i) {
    const Entity& e = x.entities[i];
    d.name_keys.push_back(StoreKey(e.name));
    d.alias_keys[i].reserve(e.aliases.size());
    for (const std::string& alias : e.aliases) d.alias_keys[i].push_back(StoreKey(alias));
  }
  d.claims.reserve(x.claims.size());
  for (const Claim& c : x.claims) d.claims.push_back(SketchStatement(c.text));
  return d;
}

}  // namespace claimgraph::store

namespace claimgraph {

PreparedExtraction Store::Prepare(Extraction x) {
  PreparedExtraction p;
  p.derived = std::make_shared<const store::Derived>(store::Derive(x));
  p.extraction = std::move(x);
  return p;
}

Status Store::PutPrepared(const std::vector<PreparedExtraction>& batch, size_t* added) {
  std::vector<Extraction> extractions;
  extractions.reserve(batch.size());
  for (const PreparedExtraction& p : batch) extractions.push_back(p.extraction);
  return PutBatch(extractions, added);
}

}  // namespace claimgraph
