// Helpers for the extraction tests: a short text through the whole extractor
// (or through entity recognition alone), and the lookups their checks share.
#pragma once

#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "claimgraph/extractor.h"
#include "claimgraph/model.h"
#include "extract/stages.h"
#include "text/segment.h"

namespace claimgraph::testing {

// `text` as one article (no header, dated `date`) through the extractor, which
// is opened once for all tests.
inline Extraction ExtractText(const std::string& text, const std::string& date = "2025-02-12") {
  static const std::shared_ptr<const Extractor> extractor = [] {
    auto ex = Extractor::Open();
    REQUIRE(ex.ok());
    return ex.value();
  }();
  Article a;
  a.text = text;
  a.body_start = 0;
  a.date = date;
  a.source = "test.txt";
  return extractor->Extract(a);
}

// Entity recognition alone (the first stage), with the tagger.
inline Extraction RecognizeText(const std::string& text) {
  Article a;
  a.text = text;
  auto seg = text::Segment(a.text, 0);
  Extraction x;
  x.article = a;
  extract::RecognizeEntities(a, seg, true, &x);
  return x;
}

// The claim whose text is exactly `text`, or nullptr.
inline const Claim* ClaimWithText(const Extraction& x, const std::string& text) {
  for (const Claim& c : x.claims)
    if (c.text == text) return &c;
  return nullptr;
}

// The canonical name of entity `id` ("e3"), "" when there is none.
inline std::string EntityName(const Extraction& x, const std::string& id) {
  const Entity* e = id.empty() ? nullptr : x.FindEntity(id);
  return e ? e->name : "";
}

// The type of the entity with a mention spelled exactly `name`; "none" when no entity has one.
inline std::string TypeOf(const Extraction& x, const std::string& name) {
  for (const Entity& e : x.entities) {
    for (const auto& m : e.mentions) {
      if (x.article.text.substr(m.start, m.end - m.start) == name) {
        switch (e.type) {
          case EntityType::kPerson:
            return "person";
          case EntityType::kOrganization:
            return "organization";
          case EntityType::kCountry:
            return "country";
          case EntityType::kPlace:
            return "place";
          default:
            return "other";
        }
      }
    }
  }
  return "none";
}

// The first claim whose text starts with `prefix`, or nullptr.
inline const Claim* ClaimStarting(const Extraction& x, const std::string& prefix) {
  for (const Claim& c : x.claims)
    if (c.text.compare(0, prefix.size(), prefix) == 0) return &c;
  return nullptr;
}

// The speaker's name of the claim starting with `prefix`: "(no claim)" or "(unresolved)" when
// there is no such claim or no speaker.
inline std::string SpeakerOf(const Extraction& x, const std::string& prefix) {
  const Claim* c = ClaimStarting(x, prefix);
  if (!c) return "(no claim)";
  std::string name = EntityName(x, c->speaker);
  return name.empty() ? "(unresolved)" : name;
}

// "source type target" lines of every opposes / supports edge, the target an entity's name or,
// when it is no entity, its text.
inline std::string StanceEdges(const Extraction& x) {
  std::string out;
  for (const auto& r : x.relations) {
    if (r.type != "opposes" && r.type != "supports") continue;
    out += EntityName(x, r.source) + " " + r.type + " " +
           (r.target.empty() ? r.target_text : EntityName(x, r.target)) + "\n";
  }
  return out;
}

// The stance edges (opposes / supports / proposed) of the source named, as "type:target" lines
// (the target's name, or its text when it is no entity).
inline std::string Stances(const Extraction& x, const std::string& source) {
  std::string out;
  for (const Relation& r : x.relations) {
    if (r.type != "opposes" && r.type != "supports" && r.type != "proposed") continue;
    if (EntityName(x, r.source) != source) continue;
    out += r.type + ":" + r.target_text + "\n";
  }
  return out;
}

}  // namespace claimgraph::testing
