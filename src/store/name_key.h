// Name keys: the normalized form under which the store merges entities and
// looks names up.
#pragma once

#include <string>
#include <string_view>

namespace claimgraph::store {

// Folds a name for comparison: Unicode compatibility forms and case folded,
// accents stripped, dots removed ("U.S." = "US", "J.D." = "JD"), curly
// apostrophes made straight, other punctuation and white space runs turned
// into one space, a leading "the " and a trailing "'s" dropped, trimmed.
// "The U.S.'s" -> "us"; "Volodymyr  Zelenskyy" -> "volodymyr zelenskyy".
std::string NameKey(std::string_view name);

}  // namespace claimgraph::store
