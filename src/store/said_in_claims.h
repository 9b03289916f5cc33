// Schema 11: a `said` relation that is nothing but its claim (the claim's speaker as source,
// its text as target, its span as evidence span) is kept in the claim's row, as the number
// of its local id and its evidence when that differs from the claim's text; the view
// `all_relations` reads it back. Migration 011 applies the same test to older rows.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "claimgraph/model.h"

namespace claimgraph::store {

inline constexpr size_t kNoRelation = static_cast<size_t>(-1);

// n of a local id "rn" written as SQLite writes an integer (1 to 9 digits, no leading
// zero), else 0.
int64_t LocalNumber(const std::string& id);

// An extraction's relations split between its claims' rows and the relations table.
struct SaidSplit {
  std::vector<size_t> said_of;  // per claim: the index of the said relation its row keeps, or kNoRelation
  std::vector<size_t> rows;     // the relations that are rows of their own, in order
};
// entity(local id): the global id of an entity of x, 0 when none (as the store writes
// sources and speakers). A relation names its claim by local id; when two claims share
// one, the last (as the store links relations to claims).
SaidSplit SplitSaid(const Extraction& x, const std::function<int64_t(const std::string&)>& entity);

}  // namespace claimgraph::store
