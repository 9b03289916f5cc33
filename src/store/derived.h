// What the store derives from one extraction alone, without the database: the
// name keys of its entities and aliases, the words and MinHash minima of each
// claim. Computed on the extraction threads (Store::Prepare), so that the one
// thread that writes the store does not.
#pragma once

#include <string>
#include <vector>

#include "claimgraph/model.h"
#include "store/near_duplicate.h"

namespace claimgraph::store {

struct Derived {
  // Per entity of the extraction, in order: the key of its name, and of each alias
  // (NameKey; a name whose key is empty is its own key).
  std::vector<std::string> name_keys;
  std::vector<std::vector<std::string>> alias_keys;
  // Per claim, in order: SketchStatement(text).
  std::vector<StatementSketch> claims;
};

Derived Derive(const Extraction& x);

// NameKey(name), or the name itself when its key is empty.
std::string StoreKey(const std::string& name);

}  // namespace claimgraph::store
