#include "claimgraph/model.h"

namespace claimgraph {

std::string_view EntityTypeName(EntityType t) {
  switch (t) {
    case EntityType::kPerson:
      return "person";
    case EntityType::kCountry:
      return "country";
    case EntityType::kOrganization:
      return "organization";
    case EntityType::kPlace:
      return "place";
    case EntityType::kEvent:
      return "event";
  }
  return "person";
}

bool ParseEntityType(std::string_view s, EntityType* out) {
  for (EntityType t : {EntityType::kPerson, EntityType::kCountry, EntityType::kOrganization,
                       EntityType::kPlace, EntityType::kEvent}) {
    if (EntityTypeName(t) == s) {
      *out = t;
      return true;
    }
  }
  return false;
}

const Entity* Extraction::FindEntity(std::string_view id) const {
  for (const Entity& e : entities) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

}  // namespace claimgraph
