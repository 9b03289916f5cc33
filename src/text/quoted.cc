// The quote view of an article (text/quoted.h): tokens and paired quote marks.
#include "text/quoted.h"

#include "text/quoted_impl.h"

namespace claimgraph::text {

QuotedText TokenizeQuoted(std::string_view text, size_t body_start, TakesDotFn takes_dot) {
  QuotedText doc;
  TokenizeQuotedInto(text, body_start, takes_dot, &doc);
  return doc;
}

}  // namespace claimgraph::text
