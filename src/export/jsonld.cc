// JSON-LD with schema.org (claimgraph/export.h); the context is
// schema/context.jsonld, inlined so that the document reads offline.
#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <map>
#include <set>
#include <unordered_map>
#include <vector>

#include "claimgraph/export.h"
#include "common/schema_data.h"
#include "export/escape.h"
#include "export/view.h"

namespace claimgraph {
namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void Str(Writer& w, std::string_view s) {
  std::string v = exports::ValidUtf8(s);
  w.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
}

void Field(Writer& w, const char* key, std::string_view value) {
  if (value.empty()) return;
  w.Key(key);
  Str(w, value);
}

const char* SchemaType(NodeType t) {
  switch (t) {
    case NodeType::kPerson:
      return "Person";
    case NodeType::kCountry:
      return "Country";
    case NodeType::kOrganization:
      return "Organization";
    case NodeType::kPlace:
      return "Place";
    case NodeType::kEvent:
      return "Event";
    case NodeType::kClaim:
      return "Claim";
    case NodeType::kArticle:
      return "NewsArticle";
  }
  return "Thing";
}

// The context term of an edge that is a property of its source node; nullptr
// for those written otherwise (said: the claim's author; appears_in: its
// appearance).
const char* EdgeTerm(EdgeType t) {
  switch (t) {
    case EdgeType::kDenies:
      return "denies";
    case EdgeType::kProposed:
      return "proposed";
    case EdgeType::kOpposes:
      return "opposes";
    case EdgeType::kSupports:
      return "supports";
    case EdgeType::kSpokeTo:
      return "spokeTo";
    case EdgeType::kMet:
      return "met";
    case EdgeType::kMemberOf:
      return "memberOf";
    case EdgeType::kLeads:
      return "leads";
    case EdgeType::kMentions:
      return "mentions";
    case EdgeType::kSaid:
    case EdgeType::kAppearsIn:
      return nullptr;
  }
  return nullptr;
}

std::string ArticleNodeId(std::string_view article_id) { return "_:article-" + std::string(article_id); }

class JsonLdWriter {
 public:
  JsonLdWriter(const exports::View& v, Writer& w) : v_(v), w_(w) {
    for (size_t i = 0; i < v.nodes.size(); ++i) {
      const GraphNode& n = v.nodes[i];
      ids_[n.key] = n.type == NodeType::kArticle ? ArticleNodeId(n.key.substr(n.key.find(':') + 1))
                                                 : "_:n" + std::to_string(i + 1);
    }
    // Each edge under the one node it is a property of (WriteEdgeProperties), in edge order:
    // reading every edge for every node took 36% of an export of all of bbc (2,124 articles).
    for (size_t i = 0; i < v.edges.size(); ++i) {
      const GraphEdge& e = v.edges[i];
      if (EdgeTerm(e.type) == nullptr) continue;
      edges_of_[ThroughClaim(e) ? e.target : e.source].push_back(i);
    }
  }

  void WriteGraph() {
    std::map<std::string, const Appearance*> articles;  // @id -> the article (the first seen)
    std::set<std::string> article_nodes;
    for (const GraphNode& n : v_.nodes) {
      if (n.type == NodeType::kArticle) article_nodes.insert(ids_[n.key]);
      for (const Appearance& a : n.appearances) {
        if (!a.article_id.empty()) articles.emplace(ArticleNodeId(a.article_id), &a);
      }
    }
    for (const GraphNode& n : v_.nodes) {
      if (n.type == NodeType::kClaim) {
        WriteClaim(n);
      } else if (n.type == NodeType::kArticle) {
        auto it = articles.find(ids_[n.key]);
        WriteArticle(ids_[n.key], n.key, it == articles.end() ? nullptr : it->second, &n);
      } else {
        WriteEntity(n);
      }
    }
    for (const auto& [id, a] : articles) {
      if (!article_nodes.count(id)) WriteArticle(id, "article:" + a->article_id, a, nullptr);
    }
    for (const auto& [key, checks] : v_.checks) {
      for (const FactCheck* f : checks) WriteReview(*f, ids_[key]);
    }
    // Speakers outside the selection keep their claims' author.
    for (const auto& [key, id] : missing_speakers_) {
      w_.StartObject();
      Field(w_, "@id", id);
      Field(w_, "@type", key.rfind("organization:", 0) == 0 ? "Organization" : "Person");
      Field(w_, "identifier", key);
      Field(w_, "name", key.substr(key.find(':') + 1));
      w_.EndObject();
    }
  }

 private:
  void Ids(const char* key, const std::vector<std::string>& ids) {
    if (ids.empty()) return;
    w_.Key(key);
    w_.StartArray();
    for (const std::string& id : ids) Str(w_, id);
    w_.EndArray();
  }

  // A stance taken through a claim (speaker -opposes-> the claim that says it,
  // with the target as text): a property of that claim, whose value is the
  // topic it is about ("Ukraine joining NATO").
  bool ThroughClaim(const GraphEdge& e) const {
    return e.target_text.size() > 0 && e.target.rfind("claim:", 0) == 0 && e.type != EdgeType::kMentions;
  }

  // The node's edges that are properties of it, by term: its own edges, and
  // for a claim the stances taken through it.
  void WriteEdgeProperties(const GraphNode& n) {
    std::map<std::string, std::vector<std::string>> props;
    std::map<std::string, std::vector<std::string>> topics;
    auto of = edges_of_.find(n.key);
    if (of == edges_of_.end()) return;
    for (size_t i : of->second) {
      const GraphEdge& e = v_.edges[i];
      const char* term = EdgeTerm(e.type);
      if (ThroughClaim(e)) {
        if (e.target == n.key) topics[term].push_back(e.target_text);
        continue;
      }
      if (e.source != n.key) continue;
      auto it = ids_.find(e.target);
      if (it != ids_.end()) props[term].push_back(it->second);
    }
    std::set<std::string> terms;
    for (const auto& [term, ids] : props) terms.insert(term);
    for (const auto& [term, texts] : topics) terms.insert(term);
    for (const std::string& term : terms) {
      w_.Key(term.c_str());
      w_.StartArray();
      for (const std::string& id : props[term]) Str(w_, id);
      for (const std::string& text : topics[term]) {
        w_.StartObject();
        Field(w_, "@type", "Topic");
        Field(w_, "name", text);
        w_.EndObject();
      }
      w_.EndArray();
    }
  }

  void WriteEntity(const GraphNode& n) {
    w_.StartObject();
    Field(w_, "@id", ids_[n.key]);
    Field(w_, "@type", SchemaType(n.type));
    Field(w_, "identifier", n.key);
    Field(w_, "name", n.name);
    if (n.type == NodeType::kPerson && !n.roles.empty()) {
      w_.Key("jobTitle");
      w_.StartArray();
      for (const std::string& r : n.roles) Str(w_, r);
      w_.EndArray();
    }
    if (n.type == NodeType::kEvent) Field(w_, "startDate", n.date);
    WriteEdgeProperties(n);
    w_.EndObject();
  }

  void WriteClaim(const GraphNode& n) {
    w_.StartObject();
    Field(w_, "@id", ids_[n.key]);
    w_.Key("@type");
    if (n.kind == "direct") {
      w_.StartArray();
      w_.String("Claim");
      w_.String("Quotation");
      w_.EndArray();
    } else {
      w_.String("Claim");
    }
    Field(w_, "identifier", n.key);
    Field(w_, "text", n.name);
    // A denied statement is not its speaker's claim: the speaker `denies` it
    // (an edge property of the speaker) and the claim says so.
    if (n.polarity == "denied") Field(w_, "polarity", "denied");
    if (!n.speaker_key.empty() && n.polarity != "denied") {
      auto it = ids_.find(n.speaker_key);
      std::string id;
      if (it != ids_.end()) {
        id = it->second;
      } else {
        auto& missing = missing_speakers_[n.speaker_key];
        if (missing.empty()) missing = "_:speaker" + std::to_string(missing_speakers_.size());
        id = missing;
      }
      Field(w_, "author", id);
    }
    Field(w_, "datePublished", n.date);
    std::vector<std::string> appearances;
    std::vector<const Appearance*> embedded;  // appearances with no article in the store
    for (const Appearance& a : n.appearances) {
      if (!a.article_id.empty()) {
        std::string id = ArticleNodeId(a.article_id);
        if (appearances.empty() || appearances.back() != id) appearances.push_back(id);
      } else {
        embedded.push_back(&a);
      }
    }
    if (!appearances.empty()) {
      Ids("appearance", appearances);
      Field(w_, "firstAppearance", appearances.front());
    } else if (!embedded.empty()) {
      w_.Key("firstAppearance");
      WriteArticle("", "", embedded.front(), nullptr);
    }
    WriteEdgeProperties(n);
    w_.EndObject();
  }

  // An article: from an appearance of a claim, else (an article node of the
  // selection with no claim) from the node.
  void WriteArticle(const std::string& id, const std::string& key, const Appearance* a, const GraphNode* n) {
    w_.StartObject();
    Field(w_, "@id", id);
    Field(w_, "@type", "NewsArticle");
    Field(w_, "identifier", key);
    Field(w_, "headline", a != nullptr ? a->title : n->name);
    Field(w_, "datePublished", a != nullptr ? a->date : n->date);
    std::string outlet = a != nullptr ? a->outlet : (n->outlets.empty() ? "" : n->outlets.front());
    if (!outlet.empty()) {
      w_.Key("publisher");
      w_.StartObject();
      Field(w_, "@type", "Organization");
      Field(w_, "name", outlet);
      w_.EndObject();
    }
    if (a != nullptr) Field(w_, "url", a->url);
    w_.EndObject();
  }

  void WriteReview(const FactCheck& f, const std::string& claim_id) {
    w_.StartObject();
    Field(w_, "@type", "ClaimReview");
    Field(w_, "url", f.url);
    Field(w_, "datePublished", f.date);
    Field(w_, "claimReviewed", f.claim_text);
    Field(w_, "itemReviewed", claim_id);
    if (!f.reviewer.empty() || !f.reviewer_url.empty()) {
      w_.Key("author");
      w_.StartObject();
      Field(w_, "@type", "Organization");
      Field(w_, "name", f.reviewer);
      Field(w_, "url", f.reviewer_url);
      w_.EndObject();
    }
    w_.Key("reviewRating");
    w_.StartObject();
    Field(w_, "@type", "Rating");
    Field(w_, "alternateName", f.rating);
    Field(w_, "ratingValue", f.rating_value);
    Field(w_, "bestRating", f.best_rating);
    Field(w_, "worstRating", f.worst_rating);
    w_.EndObject();
    w_.EndObject();
  }

  const exports::View& v_;
  Writer& w_;
  std::map<std::string, std::string> ids_;                         // node key -> @id
  std::map<std::string, std::string> missing_speakers_;            // speaker key -> @id
  std::unordered_map<std::string, std::vector<size_t>> edges_of_;  // node key -> its property edges
};

}  // namespace

std::string ToJsonLd(const ExportGraph& g) {
  exports::View v = exports::MakeView(g);
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.SetIndent(' ', 2);
  w.StartObject();
  auto context_text = internal::SchemaFile("context.jsonld");
  rapidjson::Document context;
  if (context_text) context.Parse(context_text->data(), context_text->size());
  w.Key("@context");
  if (context.IsObject() && context.HasMember("@context")) {
    context["@context"].Accept(w);
  } else {
    w.String("https://schema.org/");  // not reached: the file is compiled in and tested
  }
  w.Key("@graph");
  w.StartArray();
  JsonLdWriter(v, w).WriteGraph();
  w.EndArray();
  w.EndObject();
  return exports::JsonForHtml(std::string_view(buf.GetString(), buf.GetSize())) + "\n";
}

}  // namespace claimgraph
