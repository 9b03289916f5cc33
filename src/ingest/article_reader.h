// Internal side of the article readers (claimgraph/article.h): input listing
// and per-input reading with early stop, used by the pipeline for progress.
#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/article.h"

namespace claimgraph::ingest {

// One input to read: a regular file, or stdin ("-").
struct InputFile {
  std::string path;   // as given or as found under a directory; "-" for stdin
  uint64_t size = 0;  // bytes; 0 for stdin or when unknown
  bool json_lines = false;
  uint64_t max_bytes = kDefaultMaxArticleBytes;  // an article longer than this is skipped
  // stdin, a pipe, a FIFO, a device: its reading may wait on a writer between articles (a
  // regular file's is only slow, on a loaded machine)
  bool may_stall = false;
};

// Expands files, directories (recursively, entries sorted by name, hidden
// entries skipped) and "-" into inputs. Inside directories only files ending in
// .txt, .text, .jsonl or .ndjson (any case) are taken, and not those named
// README*, LICENSE*, NOTICE* or COPYING*, so that notes and .json files beside
// the articles are left alone; a path given by name is always taken. Paths that do not exist are reported as
// problems.
std::vector<InputFile> ListInputs(const std::vector<std::string>& paths,
                                  const std::function<void(const ReadProblem&)>& on_problem);

// Reads one input. on_article returns false to stop reading (the function
// then returns false too). `bytes` is the size of the input the article came
// from (the file, or the JSON line with its newline). With a `cancel_fd` (>= 0), an input
// that is not a regular file is read as OpenCancellable reads it (ingest/cancellable_file.h):
// once cancel_fd is readable, the read in hand ends in a read error.
using ArticleSink = std::function<bool(Article&&, size_t bytes)>;
bool ReadInput(const InputFile& input, const ArticleSink& on_article,
               const std::function<void(const ReadProblem&, size_t bytes)>& on_problem, int cancel_fd = -1);
// The same from an open stream (the fuzz target reads from memory); input.path names it.
bool ReadStream(const InputFile& input, std::FILE* f, const ArticleSink& on_article,
                const std::function<void(const ReadProblem&, size_t bytes)>& on_problem);

// True when `s` is valid UTF-8 (shortest forms, no surrogates, <= U+10FFFF);
// otherwise *bad_offset is the byte offset of the first bad sequence.
bool ValidUtf8(std::string_view s, size_t* bad_offset);

// Whitespace-folded form of `s`: every run of Unicode white space becomes one
// ASCII space, leading and trailing space removed.
std::string FoldWhitespace(std::string_view s);

// 128-bit MurmurHash3 (x64 variant) of `data`, as 32 lower-case hex digits.
std::string Hash128Hex(std::string_view data);

}  // namespace claimgraph::ingest
