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
  // ids are "e1", "e2", ... in order: look there first
  if (id.size() > 1 && id.size() < 12 && id[0] == 'e') {
    size_t n = 0;
    bool digits = true;
    for (char c : id.substr(1)) {
      digits &= c >= '0' && c <= '9';
      n = n * 10 + static_cast<size_t>(c - '0');
    }
    if (digits && n >= 1 && n <= entities.size() && entities[n - 1].id == id) return &entities[n - 1];
  }
  for (const Entity& e : entities) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

}  // namespace claimgraph
