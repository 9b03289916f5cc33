// The extraction model: what an article yields, before it reaches the store.
//
// Ids ("e1", "c1", "r1") are local to one Extraction; the store assigns its
// own global ids. Spans are half-open UTF-8 byte offsets into Article::text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/article.h"

namespace claimgraph {

struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  bool operator==(const Span&) const = default;
};

enum class EntityType { kPerson, kCountry, kOrganization, kPlace, kEvent };
std::string_view EntityTypeName(EntityType t);  // "person", "country", ...
bool ParseEntityType(std::string_view s, EntityType* out);

struct Entity {
  std::string id;    // "e1", "e2", ... in order of first mention
  std::string name;  // canonical (fullest) name
  EntityType type = EntityType::kPerson;
  std::vector<std::string> aliases;  // other surface forms used in the article
  std::vector<std::string> roles;    // titles as written: "Defense Secretary"
  std::vector<Span> mentions;        // every mention, sorted by start
  std::string country;               // person: id of a linked country entity ("Ukrainian President")
  std::string place;                 // event: where (free text or entity name)
  std::string date;                  // event: YYYY-MM-DD when the article fixes it
};

enum class ClaimKind { kDirect, kIndirect };
// Asserted: the speaker states the text. Denied: the speaker denies it, rejects it or refuses to
// confirm it ("Tehran denies it is trying to build ...": the text is what was denied).
enum class ClaimPolarity { kAsserted, kDenied };

struct Claim {
  std::string id;       // "c1", ...
  std::string speaker;  // entity id, or empty when unresolved
  ClaimKind kind = ClaimKind::kDirect;
  ClaimPolarity polarity = ClaimPolarity::kAsserted;
  std::string text;  // the content only: no quote marks, cue or speaker
  std::string cue;   // the cue verb or phrase as written ("stated", "according to")
  Span span;         // the content in Article::text
  std::string date;  // YYYY-MM-DD: the article's date or a day stated relative to it
};

struct Relation {
  std::string id;           // "r1", ...
  std::string source;       // entity id
  std::string type;         // "said", "opposes", "supports", "proposed", "spoke_to", "met", ...
  std::string target;       // entity id when the target is an entity, else empty
  std::string target_text;  // the target as text (the entity's name, or a noun phrase)
  std::string claim;        // claim id, when the relation comes from a claim
  std::string evidence;     // the text that shows it
  Span evidence_span;
};

struct Extraction {
  Article article;
  std::vector<Entity> entities;
  std::vector<Claim> claims;
  std::vector<Relation> relations;

  const Entity* FindEntity(std::string_view id) const;
};

}  // namespace claimgraph
