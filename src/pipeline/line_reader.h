// Reading `claimgraph extract --jsonl` lines for ingest --extracted, as they come.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace claimgraph::pipeline {

// Calls on_line(line, number) for each non-blank line of `path` ("-": stdin), without its
// "\n" or "\r\n", as soon as the line is read (from a pipe, a line that came is not held back
// until a buffer fills); `number` counts blank lines too, from 1. When `path` is not a
// regular file (a FIFO, a pipe) and nothing arrives for `stall`, calls on_stall, once for each
// stall. A FIFO is opened without waiting for its writer, so that a wait for the writer is a
// stall too. on_line and on_stall return false to stop reading. Returns false with *error
// ("PATH: cannot open", "PATH: read error") when `path` cannot be read.
bool ForEachLine(const std::string& path, std::chrono::milliseconds stall,
                 const std::function<bool(std::string_view, size_t)>& on_line,
                 const std::function<bool()>& on_stall, std::string* error);

}  // namespace claimgraph::pipeline
