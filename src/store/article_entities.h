// An article's entities as the store keeps them in the article's row (schema 14): a JSON array
// with one [local_id, entity, name, country, place, date] per local id, which the view
// article_entities reads back as rows.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "claimgraph/model.h"

namespace claimgraph::store {

// The JSON array of the entities x.entities[rows[k]], each the last of its local id, whose
// store ids are ids[rows[k]]; global(local id) is the store's id of a local entity, 0 when there
// is none (country: null). Empty place and date are null.
std::string ArticleEntitiesJson(const Extraction& x, const std::vector<size_t>& rows,
                                const std::vector<int64_t>& ids,
                                const std::function<int64_t(const std::string&)>& global);

// Appends s to out as a JSON string (quoted; s is UTF-8).
void AppendJsonString(std::string* out, const std::string& s);

}  // namespace claimgraph::store
