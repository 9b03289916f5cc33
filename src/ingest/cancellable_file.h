// Opening an input whose reads can be called off from another thread: a pipe, a FIFO or a
// terminal may have nothing to read for as long as its writer likes, and a thread blocked in
// read() on it cannot be joined. Regular files are opened as usual (a read of one never waits
// on another process).
#pragma once

#include <cstdio>
#include <memory>
#include <string>

namespace claimgraph::ingest {

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

// Opens `path` ("-": stdin, whose descriptor is then left open when the stream is closed). When it is
// not a regular file, each read waits (poll) for the input or for `cancel_fd` to become
// readable, whichever comes first; once `cancel_fd` is readable, reads fail with ECANCELED
// (std::ferror is set) and no more is read. A FIFO is opened without waiting for its writer.
// Returns null with errno set when the path cannot be opened.
// REQUIRES: cancel_fd is open for as long as the stream is.
FilePtr OpenCancellable(const std::string& path, int cancel_fd);

}  // namespace claimgraph::ingest
