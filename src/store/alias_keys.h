// Looking entities up by the keys of their aliases. Since schema 16 the alias rows whose key is
// their entity's own key may be flagged (entity_aliases.self = 1), and those are not in the
// index of aliases by key (entity_aliases_key); their entities are found in `entities`, by key.
#pragma once

#include <string>
#include <string_view>

namespace claimgraph::store {

// A SELECT of one column: the ids of the entities (each once) that have an alias whose key
// meets `condition`, an SQL condition in which "$key" stands for the key column, such as
// "$key = ?1" or "$key LIKE ?2 ESCAPE '\\'". The condition is used twice: use numbered
// parameters (?1). Whether a row is flagged does not change the answer.
std::string EntitiesWithAliasKey(std::string_view condition);

// The entity types as an SQL list ('person', 'country', ...): `type IN (...)` of every type lets
// the unique index of entities on (type, key) answer a lookup by key alone.
std::string EntityTypeList();

}  // namespace claimgraph::store
