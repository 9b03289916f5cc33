// What the web explorer asks beside the queries: name completion and the
// passage of an article around a claim.
#include "graph/graph_impl.h"
#include "store/name_key.h"
#include "text/segment.h"

namespace claimgraph {
namespace graph {

using SQLite::Statement;

Result<std::vector<NameCompletion>> GraphImpl::Complete(const std::string& prefix, size_t limit) {
  std::string key = store::NameKey(prefix);
  std::vector<NameCompletion> out;
  if (key.empty()) return out;
  // A name or alias that starts with the prefix (the index answers: keys are UTF-8, so every key
  // that starts with `key` sorts before key + 0xFF), or a word of it that does ("zelenskyy" in
  // "volodymyr zelenskyy").
  std::string upper = key + '\xff';
  try {
    Statement st(reader_->db(),
                 "SELECT e.type, e.key, e.name, m.alias,"
                 " (SELECT count(*) FROM tracked_claims t WHERE t.speaker = e.id) AS n"
                 " FROM (SELECT entity, MIN(alias) AS alias FROM entity_aliases"
                 "       WHERE (key >= ?1 AND key < ?2) OR instr(key, ' ' || ?1) > 0 GROUP BY entity) m"
                 " JOIN entities e ON e.id = m.entity"
                 " ORDER BY n DESC, length(e.name), e.name LIMIT ?3");
    st.bind(1, key);
    st.bind(2, upper);
    st.bind(3, static_cast<int64_t>(limit == 0 ? 1000000 : limit));
    while (st.executeStep()) {
      NameCompletion c;
      c.type = Text(st, 0);
      c.key = c.type + ":" + Text(st, 1);
      c.name = Text(st, 2);
      c.alias = Text(st, 3);
      c.claims = st.getColumn(4).getInt64();
      out.push_back(std::move(c));
    }
  } catch (const std::exception& e) {
    return ReadError(reader_->path(), e);
  }
  return out;
}

Result<Passage> GraphImpl::PassageOf(const std::string& article_id, Span span) {
  Passage p;
  std::string text;
  size_t body_start = 0;
  try {
    Statement st(reader_->db(),
                 "SELECT id, title, outlet, date, source, url, text, body_start FROM articles WHERE id = ?");
    st.bind(1, article_id);
    if (!st.executeStep()) return Status::NotFound("no article with id " + article_id);
    p.article_id = Text(st, 0);
    p.title = Text(st, 1);
    p.outlet = Text(st, 2);
    p.date = Text(st, 3);
    p.source = Text(st, 4);
    p.url = Text(st, 5);
    text = Text(st, 6);
    body_start = static_cast<size_t>(st.getColumn(7).getInt64());
  } catch (const std::exception& e) {
    return ReadError(reader_->path(), e);
  }
  if (span.start > span.end || span.end > text.size()) {
    return Status::InvalidInput("span " + std::to_string(span.start) + "-" + std::to_string(span.end) +
                                " is outside article " + article_id + " (" + std::to_string(text.size()) +
                                " bytes)");
  }
  // The sentences that overlap the span (a span in the header keeps its own bounds).
  size_t from = span.start, to = span.end;
  text::Segmented seg = text::Segment(text, body_start);
  for (const text::Sentence& s : seg.sentences) {
    bool overlaps = s.start < span.end && span.start < s.end;
    bool holds_empty = span.start == span.end && s.start <= span.start && span.start <= s.end;
    if (!overlaps && !holds_empty) continue;
    from = std::min<size_t>(from, s.start);
    to = std::max<size_t>(to, s.end);
  }
  p.span = span;
  p.before = text.substr(from, span.start - from);
  p.highlight = text.substr(span.start, span.end - span.start);
  p.after = text.substr(span.end, to - span.end);
  return p;
}

}  // namespace graph
}  // namespace claimgraph
