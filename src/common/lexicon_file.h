// Reading the lexicons and gazetteers of schema/ with checks: every loader of a
// word list goes through ReadLexicon, so a malformed row or an unknown class is
// a load error naming the file and line ("lexicons/claims_words.tsv:120:
// unknown class 'titel'"), never a row dropped in silence.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/status.h"
#include "common/schema_data.h"

namespace claimgraph::internal {

// A row of a lexicon: row[i] is field i (an empty view past the last), row.line its line.
using LexiconRow = TsvRow;
using LexiconRows = TsvRows;

struct LexiconSpec {
  size_t min_fields = 1;  // a row with fewer fields is malformed
  size_t max_fields = 0;  // a row with more is malformed (0: no limit)
  // The classes the second field may hold, where a row has one; empty: any.
  std::vector<std::string_view> classes;
  // The flags the third field may hold, where a row has one; empty: any.
  std::vector<std::string_view> flags = {};
};

// Reads `data`, the bytes of schema/<name>: one row per line, fields split at tabs,
// blank lines and '#' comments skipped. A row that breaks `spec` is left out and
// its problem ("name:line: ...") appended to *problems.
LexiconRows ReadLexicon(std::string_view name, std::string_view data, const LexiconSpec& spec,
                        std::vector<std::string>* problems);

// The same for the embedded file schema/<name>, its problems recorded for
// LexiconProblems / LexiconStatus; a missing file is a problem too.
LexiconRows ReadLexicon(std::string_view name, const LexiconSpec& spec);

// Records a problem found by a loader that reads a lexicon's bytes itself (the first form of
// ReadLexicon), so that LexiconStatus reports it.
void RecordLexiconProblem(std::string problem);

// Calls f(item) for each non-empty item of a list field, items separated by '|'
// ("UK|Britain|Great Britain"): the one reader of schema/'s alias and list columns.
template <typename F>
void ForEachListItem(std::string_view list, F&& f) {
  while (!list.empty()) {
    size_t bar = list.find('|');
    if (bar != 0) f(list.substr(0, bar));
    if (bar == std::string_view::npos) break;
    list.remove_prefix(bar + 1);
  }
}

// Every problem recorded so far by ReadLexicon, in the order found.
std::vector<std::string> LexiconProblems();

// Not ok, naming the first problem, when a loaded lexicon had any.
Status LexiconStatus();

}  // namespace claimgraph::internal
