// The extraction stages, in the order Extractor runs them. Private to the library.
//
// Each stage reads the article and the segmentation, and adds to the
// Extraction. Entity ids are "e<N>" in order of first mention; claim and
// relation ids are assigned by the stage that makes them.
#pragma once

#include "claimgraph/model.h"
#include "text/segment.h"

namespace claimgraph::extract {

// Stage 1: recognize entity mentions (person, country, organization, place,
// event) and resolve them within the article: one Entity per real thing,
// with aliases, roles, mentions. Fills out->entities.
void RecognizeEntities(const Article& article, const text::Segmented& seg, bool use_model, Extraction* out);
// The same, keeping the tokens folded in seg->folded (text::Segmented), which the claim and
// affiliation stages then read.
void RecognizeEntities(const Article& article, text::Segmented* seg, bool use_model, Extraction* out);

// Stage 2: claims (direct quotes, reported speech) with their speakers, and the
// relations they carry (said, proposed, opposes, supports, spoke_to, met).
// May add entities (a speaker the recognizer missed). Fills out->claims and
// out->relations. Reads the text through its own view (text/quoted.h), not the
// segmentation, which a long article frees meanwhile (`seg` nullptr); when it is there, the
// view takes its tokens' word ids (text::Segment with word_ids) instead of looking them up.
void ExtractClaims(const Article& article, const text::Segmented* seg, Extraction* out);

// Stage 3: affiliations a person's title or description states: `leads` and
// `member_of` relations to an organization, a country or a party ("NYPD
// Commissioner James O'Neill", ", a professor at Princeton University"), each
// with the phrase as evidence. Appends to out->relations.
void FindAffiliations(const Article& article, const text::Segmented& seg, Extraction* out);

// Loads every lexicon and gazetteer of schema/ that the stages read (each is
// loaded once per process); not ok, naming file and line, when one has a
// malformed row or an unknown class.
Status LoadLexicons();
// The affiliation words (lexicons/affiliations.tsv); called by LoadLexicons.
void LoadAffiliationLexicon();
// The gazetteers the entity and claim stages read lazily (gazetteers/seats.tsv,
// gazetteers/org_context.tsv, lexicons/offices.tsv), read by LoadLexicons so that a bad row is
// reported at load.
void LoadSeatLexicon();
void LoadOrgContextLexicon();
void LoadOfficeLexicon();
// "former", "ex": a word of affiliations.tsv that puts an office in the past (lower case).
bool IsPastOfficeWord(std::string_view lower);

}  // namespace claimgraph::extract
