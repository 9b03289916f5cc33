// Graph: the store seen as a graph of who said what, and the queries on it.
//
// A Graph is opened read-only on a store file. Local questions (said, entity,
// neighbors, quote) are answered from the store's indexes; whole-graph ones
// (path, rank, contradictions, Select) run on an in-memory snapshot built once
// on first use (Boost.Graph inside; no Boost type crosses this header).
//
// Nodes: entities (person, country, organization, place, event), claims (one
// per statement, however many articles carry it) and articles. Edges, with the
// entity or claim they come from as source:
//   said        speaker -> claim        the speaker made the claim
//   denies      speaker -> claim|entity the speaker denied it
//   proposed    speaker -> entity       (or a claim, when the target is text)
//   opposes     speaker -> entity       (idem)
//   supports    speaker -> entity       (idem)
//   spoke_to    person  -> entity
//   met         person  -> entity
//   member_of   person  -> organization|country
//   leads       person  -> organization|country
//   mentions    claim   -> entity       an entity named inside the claim
//   appears_in  claim   -> article      one per appearance
// Every edge carries its evidence: the article, its date, the sentence or quote
// that shows it and that text's byte span in the article.
//
// Stable keys (the same store gives the same keys, whatever else changes):
//   entity  "<type>:<name key>"   e.g. "person:pete hegseth" (the store's merge key)
//   claim   "claim:<id>"          the store's tracked-claim id
//   article "article:<id>"        the article id (hash of its normalized body)
//
// Names given to queries resolve through every alias, case- and
// accent-insensitively ("hegseth", "Zelenskyy", "ZELENSKY"). An unknown name is
// Status::kNotFound with "no entity named X; did you mean: A, B, C"; a name
// that fits several entities equally well is Status::kInvalidInput listing
// them with their types and claim/mention counts. The same text is in
// NameMatch for callers that want the candidates as data (Graph::Resolve).
//
// Every query returns rows (plain structs). The CLI prints them as a table or,
// with --json, one JSON object per row with the field names below as keys
// (RowJson in this header gives that exact JSON), so a server can reuse them.
//
// A Graph is used from one thread at a time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/model.h"
#include "claimgraph/status.h"

namespace claimgraph {

enum class NodeType { kPerson, kCountry, kOrganization, kPlace, kEvent, kClaim, kArticle };
inline constexpr int kNodeTypeCount = 7;
std::string_view NodeTypeName(NodeType t);  // "person", ..., "claim", "article"
bool ParseNodeType(std::string_view s, NodeType* out);

enum class EdgeType {
  kSaid,
  kDenies,
  kProposed,
  kOpposes,
  kSupports,
  kSpokeTo,
  kMet,
  kMemberOf,
  kLeads,
  kMentions,
  kAppearsIn
};
inline constexpr int kEdgeTypeCount = 11;
std::string_view EdgeTypeName(EdgeType t);  // "said", "denies", ..., "appears_in"
bool ParseEdgeType(std::string_view s, EdgeType* out);

// Comma-separated lists ("said,opposes"); an unknown name is kInvalidInput
// naming it and the valid names.
Result<std::vector<EdgeType>> ParseEdgeTypes(std::string_view list);
Result<std::vector<NodeType>> ParseNodeTypes(std::string_view list);

// One place where a claim (or an edge's evidence) is found in an article.
struct Appearance {
  std::string article_id;  // the article's id (hex)
  std::string title;
  std::string outlet;  // "" when unknown
  std::string date;    // YYYY-MM-DD: the article's date (else the claim's stated day), "" when unknown
  std::string source;  // the article's source path
  std::string url;
  std::string text;  // the claim's text as this article has it, or the evidence sentence
  Span span;         // text's byte span in the article
};

using Evidence = Appearance;

struct GraphNode {
  NodeType type = NodeType::kPerson;
  std::string key;                   // stable key (see above)
  std::string name;                  // entity: canonical name; claim: its text; article: title (else source)
  std::string kind;                  // claim: "direct" | "indirect"; else ""
  std::string polarity;              // claim: "asserted" | "denied" (its text is what was denied); else ""
  std::string date;                  // claim: first appearance; article: its date; event: its date; else ""
  std::string speaker_key;           // claim: its speaker's key, "" when unresolved
  std::vector<std::string> outlets;  // claim/article: distinct outlets, sorted
  std::vector<Appearance> appearances;  // claim: every appearance, oldest first
  std::vector<std::string> roles;       // person: roles as written
  size_t degree = 0;                    // edges in the whole snapshot
};

struct GraphEdge {
  EdgeType type = EdgeType::kSaid;
  std::string source;              // node key
  std::string target;              // node key
  std::string target_text;         // stance edges: the target as written
  std::vector<Evidence> evidence;  // at least one; oldest first
};

// A part of the graph, as value types, for the exporters and renderers.
struct Subgraph {
  std::vector<GraphNode> nodes;  // most connected first, then by key
  std::vector<GraphEdge> edges;  // both ends in nodes; sorted by (source, type, target)
  size_t omitted = 0;            // nodes that matched but were cut by max_nodes
};

struct SelectFilter {
  std::optional<std::string> focus;  // a name (resolved as above); none: the whole graph
  int depth = 1;                     // hops from the focus (any direction)
  std::string since;                 // YYYY-MM-DD, inclusive; "" for no bound
  std::string until;                 // YYYY-MM-DD, inclusive; "" for no bound
  std::vector<EdgeType> edge_types;  // empty: all but appears_in
  std::vector<NodeType> node_types;  // empty: all but article
  size_t max_nodes = 0;              // 0: no cap; else keep the most connected (the focus always)
};

// Name resolution, as data.
struct NameCandidate {
  std::string key;
  std::string name;
  std::string type;  // "person", ...
  int64_t claims = 0;
  int64_t mentions = 0;
};
struct NameMatch {
  std::vector<NameCandidate> matches;      // one: resolved; several: ambiguous; none: unknown
  std::vector<NameCandidate> suggestions;  // when none matched: the closest names
};

// ---- Query rows -----------------------------------------------------------------

// said: one row per claim (however many articles carry it).
struct SaidQuery {
  std::optional<std::string> by;        // speaker name
  std::optional<std::string> about;     // an entity the claim names or targets, else words of its text
  std::optional<std::string> kind;      // "direct" | "indirect"
  std::optional<std::string> polarity;  // "asserted" | "denied"
  std::optional<std::string> relation;  // claims behind a relation of this type ("opposes", ...)
  std::string since, until;             // YYYY-MM-DD, inclusive: said (by any appearance's date) in range
  std::optional<std::string> outlet;    // carried by this outlet (case-insensitive)
  size_t limit = 50;                    // 0: all
};
// JSON keys: claim, speaker, speaker_key, kind, polarity, cue, text, date, first_outlet,
// first_article, outlets (array), appearances (count), source, verdict (null when none)
struct ClaimRow {
  std::string claim;        // claim key
  std::string speaker;      // canonical name, "" when unresolved
  std::string speaker_key;  // "" when unresolved
  std::string kind;
  std::string polarity;  // "asserted" | "denied" (text is what the speaker denied)
  std::string cue;
  std::string text;
  std::string date;                  // first appearance
  std::string first_outlet;          // outlet of the first appearance
  std::string first_article;         // article id of the first appearance
  std::string source;                // first appearance's source path
  std::vector<std::string> outlets;  // distinct, sorted
  int64_t appearances = 0;
  // Its fact-checks (claimgraph import-claimreview): "False (PolitiFact, 2014-07-23)",
  // several joined with "; "; "" when none.
  std::string verdict;
};

// entity: one report.
struct RelationCount {
  std::string type;       // edge type
  std::string direction;  // "out" | "in"
  std::string other;      // the other end's name (or target text)
  std::string other_key;  // "" when the other end is text
  int64_t count = 0;
};
struct ArticleRef {
  std::string article_id, title, date, outlet, source;
};
// JSON keys: key, name, type, aliases, roles, affiliations, claims (count),
// mentions (count), said (rows), said_about (rows), relations (rows), articles (rows)
struct EntityReport {
  std::string key, name, type;
  std::vector<std::string> aliases, roles;
  std::vector<RelationCount> affiliations;  // member_of / leads, out and in
  int64_t claim_count = 0, mention_count = 0;
  std::vector<ClaimRow> said;        // its claims (first 20 by date)
  std::vector<ClaimRow> said_about;  // others' claims naming or targeting it (first 20)
  std::vector<RelationCount> relations;
  std::vector<ArticleRef> articles;
};

// neighbors: one row per node reached, nearest first, then most connected.
struct NeighborsQuery {
  std::string name;
  int depth = 1;
  std::vector<EdgeType> types;  // empty: all but appears_in
  size_t limit = 100;           // 0: all
};
// JSON keys: key, name, type, distance, via (edge type of the last step),
// direction ("out"|"in"), from (key of the node before), evidence (object:
// article, title, outlet, date, source, url, text, start, end)
struct NeighborRow {
  std::string key, name, type;
  int distance = 0;
  std::string via;        // edge type
  std::string direction;  // "out": from -> this node; "in": this node -> from
  std::string from;       // key of the node one step closer
  Evidence evidence;
};

// path: one row per step.
struct PathQuery {
  std::string from, to;
  std::vector<EdgeType> types;  // empty: all but appears_in
};
// JSON keys: step, from, from_key, edge, direction, to, to_key, article, date,
// outlet, sentence, start, end (the sentence's byte span in the article)
struct PathStep {
  int step = 0;  // 1-based
  std::string from, from_key;
  std::string edge;       // edge type
  std::string direction;  // "out": from -edge-> to; "in": to -edge-> from
  std::string to, to_key;
  Evidence evidence;  // evidence.text is the sentence
};

// rank: one row per entity.
enum class RankBy { kQuoted, kMentioned, kPagerank, kBetweenness };
bool ParseRankBy(std::string_view s, RankBy* out);
struct RankQuery {
  RankBy by = RankBy::kQuoted;
  std::vector<NodeType> types;  // empty: every entity type
  size_t limit = 20;            // 0: all
};
// JSON keys: rank, key, name, type, score
struct RankRow {
  int rank = 0;
  std::string key, name, type;
  double score = 0;  // quoted/mentioned: a count; pagerank, betweenness: the measure
};
struct RankResult {
  std::vector<RankRow> rows;
  std::string method;  // e.g. "pagerank, damping 0.85, 50 iterations" or
                       // "betweenness, sampled from 64 of 1204311 sources (approximate)"
  bool approximate = false;
};

// contradictions: one row per conflict, newest first.
struct ContradictionsQuery {
  size_t limit = 50;  // 0: all
};
// JSON keys: kind ("self"|"pair"), target, target_key, a, a_key, a_side, b, b_key,
// b_side, date, a_evidence, b_evidence (objects: article, title, outlet, date,
// source, url, text, start, end)
struct ContradictionRow {
  std::string kind;  // "self": one speaker on both sides; "pair": two speakers on opposite sides
  std::string target, target_key;  // the entity or claim both are about
  std::string a, a_key, a_side;    // side: "supports" | "opposes" | "said" | "denies"
  std::string b, b_key, b_side;
  Evidence a_evidence, b_evidence;
  std::string date;  // the newer of the two
};

// quote: one row per appearance of a claim whose text matches (the same or a
// near-duplicate statement, or containing the text), oldest first.
struct QuoteQuery {
  std::string text;
  size_t limit = 50;  // 0: all
};
// JSON keys: claim, speaker, speaker_key, kind, polarity, first, article, title, outlet,
// date, source, url, text, start, end
struct QuoteRow {
  std::string claim, speaker, speaker_key, kind, polarity;
  std::string text;    // as this article has it
  bool first = false;  // the first appearance of that claim
  Appearance appearance;
};

// Completion of a name as it is typed (the web explorer's search box): entities
// whose name or an alias starts with the prefix, folded as names are.
// JSON keys: key, name, type, alias (the alias that matched), claims
struct NameCompletion {
  std::string key, name, type;
  std::string alias;
  int64_t claims = 0;
};

// The sentence(s) of an article that hold a span, cut into the text before
// the span, the span and the text after it (all three from the article).
// JSON keys: article, title, outlet, date, source, url, before, highlight,
// after, start, end (the span's bytes in the article)
struct Passage {
  std::string article_id, title, outlet, date, source, url;
  std::string before, highlight, after;
  Span span;
};

class Graph {
 public:
  // Opens the store read-only (it must exist and be migrated: open it once with
  // Store::Open to migrate an older one).
  static Result<std::unique_ptr<Graph>> Open(const std::string& db_path);
  virtual ~Graph() = default;

  virtual Result<NameMatch> Resolve(const std::string& name) = 0;

  virtual Result<std::vector<ClaimRow>> Said(const SaidQuery& q) = 0;
  virtual Result<EntityReport> Entity(const std::string& name) = 0;
  virtual Result<std::vector<NeighborRow>> Neighbors(const NeighborsQuery& q) = 0;
  // Shortest path over entities and claims (articles are not steps), edges taken
  // in either direction; empty when not connected.
  virtual Result<std::vector<PathStep>> Path(const PathQuery& q) = 0;
  virtual Result<RankResult> Rank(const RankQuery& q) = 0;
  virtual Result<std::vector<ContradictionRow>> Contradictions(const ContradictionsQuery& q) = 0;
  virtual Result<std::vector<QuoteRow>> Quote(const QuoteQuery& q) = 0;

  virtual Result<Subgraph> Select(const SelectFilter& filter) = 0;

  // Entities whose name or alias starts with `prefix`, most quoted first.
  virtual Result<std::vector<NameCompletion>> Complete(const std::string& prefix, size_t limit) = 0;
  // The passage of article `article_id` around `span`; kNotFound for an unknown
  // article, kInvalidInput for a span outside it.
  virtual Result<Passage> PassageOf(const std::string& article_id, Span span) = 0;

  // Builds the snapshot now (it is otherwise built on first use); for timing.
  virtual Status BuildSnapshot() = 0;
};

// The JSON object of one row, as the CLI prints with --json (keys as listed above).
std::string RowJson(const ClaimRow& r);
std::string RowJson(const NeighborRow& r);
std::string RowJson(const PathStep& r);
std::string RowJson(const RankRow& r);
std::string RowJson(const ContradictionRow& r);
std::string RowJson(const QuoteRow& r);
std::string RowJson(const EntityReport& r);
std::string RowJson(const NameCompletion& r);
std::string RowJson(const Passage& r);

}  // namespace claimgraph
