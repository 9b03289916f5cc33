#include "store/alias_keys.h"

#include "claimgraph/model.h"

namespace claimgraph::store {
namespace {

// `condition` with each "$key" replaced by `column`.
std::string OnColumn(std::string_view condition, std::string_view column) {
  std::string out;
  for (size_t i = 0; i < condition.size();) {
    if (condition.compare(i, 4, "$key") == 0) {
      out += column;
      i += 4;
    } else {
      out += condition[i++];
    }
  }
  return out;
}

}  // namespace

std::string EntityTypeList() {
  std::string types;
  for (EntityType type : {EntityType::kPerson, EntityType::kCountry, EntityType::kOrganization,
                          EntityType::kPlace, EntityType::kEvent})
    types += std::string(types.empty() ? "'" : ", '") + std::string(EntityTypeName(type)) + "'";
  return types;
}

std::string EntitiesWithAliasKey(std::string_view condition) {
  // The rows not flagged, through the partial index; then the entities whose own key meets the
  // condition and that have an alias of that key (flagged or not: a row with its entity's key
  // may be unflagged, and then both halves find it).
  return "SELECT entity FROM entity_aliases WHERE (" + OnColumn(condition, "key") +
         ") AND self IS NULL UNION SELECT e.id FROM entities e WHERE e.type IN (" + EntityTypeList() +
         ") AND (" + OnColumn(condition, "e.key") +
         ") AND EXISTS (SELECT 1 FROM entity_aliases s WHERE s.entity = e.id AND s.key = e.key)";
}

}  // namespace claimgraph::store
