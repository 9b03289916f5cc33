#include "pipeline/line_reader.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace claimgraph::pipeline {

bool ForEachLine(const std::string& path, std::chrono::milliseconds stall,
                 const std::function<bool(std::string_view, size_t)>& on_line,
                 const std::function<bool()>& on_stall, std::string* error) {
  const bool is_stdin = path == "-";
  // O_NONBLOCK: open() of a FIFO would otherwise wait for a writer, where no stall is seen
  const int fd = is_stdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    *error = path + ": cannot open";
    return false;
  }
  struct stat st;
  const bool regular = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
  size_t number = 0;
  auto line = [&](std::string_view s) {
    ++number;
    if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
    return s.find_first_not_of(" \t") == std::string_view::npos || on_line(s, number);
  };
  std::string buf;  // read, not yet handed on: the start of a line
  char chunk[1 << 16];
  bool ok = true;
  bool stalled = false;  // on_stall was called, and nothing has come since
  bool go_on = true;
  while (go_on) {
    if (!regular) {
      pollfd p{fd, POLLIN, 0};
      const int r = ::poll(&p, 1, stalled ? -1 : static_cast<int>(stall.count()));
      if (r < 0 && errno == EINTR) continue;
      if (r == 0) {
        stalled = true;
        go_on = on_stall();
        continue;
      }
    }
    const ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n < 0) {
      if (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK) continue;
      *error = path + ": read error";
      ok = false;
      break;
    }
    if (n == 0) {
      if (!buf.empty()) line(buf);  // the last line, without its "\n"
      break;
    }
    stalled = false;
    const size_t old = buf.size();  // holds no "\n": a long line is scanned once
    buf.append(chunk, static_cast<size_t>(n));
    size_t begin = 0;
    for (size_t end = buf.find('\n', old); go_on && end != std::string::npos; end = buf.find('\n', begin)) {
      go_on = line(std::string_view(buf).substr(begin, end - begin));
      begin = end + 1;
    }
    buf.erase(0, begin);
  }
  if (!is_stdin) ::close(fd);
  return ok;
}

}  // namespace claimgraph::pipeline
