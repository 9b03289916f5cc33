// Fact-checks: schema.org ClaimReview records (the JSON-LD that fact-checkers
// publish and Google's Fact Check Tools serve), read from files and attached to
// the claims in the store.
//
// A review is attached to the tracked claim of the same speaker whose text is
// the same statement (store/near_duplicate.h: case, punctuation, a few words, a
// trimmed or extended version). When there is none it is kept as an unmatched
// claim of that speaker (the speaker entity is created when the store has no
// entity of that name), and is shown as a claim of its own in the exports.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "claimgraph/status.h"

namespace claimgraph {

struct FactCheck {
  // From the ClaimReview.
  std::string source;        // the file it was read from
  std::string url;           // the review's url
  std::string date;          // the review's datePublished
  std::string reviewer;      // author.name, else author.url
  std::string reviewer_url;  // author.url
  std::string rating;        // reviewRating.alternateName ("False", "Mostly true"), else ratingValue
  std::string rating_value, best_rating, worst_rating;  // as written ("" when absent)
  std::string claim_text;                               // claimReviewed
  std::string speaker;                                  // itemReviewed.author.name
  std::string speaker_type;                         // "person" | "organization" (itemReviewed.author's @type)
  std::string claim_date;                           // itemReviewed.datePublished
  std::string appearance_url, appearance_headline;  // itemReviewed.(first)appearance, when given

  // From the store (empty before it is stored).
  int64_t id = 0;           // its row in the store; an unmatched one is node "review:<id>"
  std::string claim_key;    // "claim:<id>" of the tracked claim it reviews; "" when unmatched
  std::string speaker_key;  // the speaker entity's key ("person:rick perry")
};

// Reads the ClaimReview records of a JSON-LD file: one ClaimReview object, an
// array of them, or an object whose "@graph" holds them. Other objects
// (MediaReview, ...) are skipped. A file that cannot be read, is not JSON, has
// no ClaimReview, or has one without claimReviewed or without a speaker
// (itemReviewed.author.name) is kInvalidInput naming the file and the record.
Result<std::vector<FactCheck>> ReadClaimReviews(const std::string& path);

}  // namespace claimgraph
