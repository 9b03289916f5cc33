#include "ingest/cancellable_file.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace claimgraph::ingest {
namespace {

struct CancellableFd {
  int fd;
  int cancel_fd;
  bool owned;  // closed with the stream (not stdin)
};

ssize_t CancellableRead(void* cookie, char* buf, size_t size) {
  auto* c = static_cast<CancellableFd*>(cookie);
  pollfd fds[2] = {{c->fd, POLLIN, 0}, {c->cancel_fd, POLLIN, 0}};
  while (true) {
    if (::poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    if (fds[1].revents != 0) {
      errno = ECANCELED;
      return -1;
    }
    if (fds[0].revents == 0) continue;
    // POLLHUP or POLLERR too: read() then says which (0 at the end, -1 on an error)
    ssize_t n = ::read(c->fd, buf, size);
    // a FIFO opened O_NONBLOCK: another reader may have taken what poll saw
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) continue;
    return n;
  }
}

int CancellableClose(void* cookie) {
  auto* c = static_cast<CancellableFd*>(cookie);
  int r = c->owned ? ::close(c->fd) : 0;
  delete c;
  return r;
}

bool IsRegularFd(int fd) {
  struct stat st;
  return ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
}

}  // namespace

FilePtr OpenCancellable(const std::string& path, int cancel_fd) {
  const bool is_stdin = path == "-";
  int fd = STDIN_FILENO;
  if (!is_stdin) {
    // O_NONBLOCK: opening a FIFO otherwise waits for a writer, in open(), which poll cannot
    // call off. poll on such a FIFO then waits for the writer's first bytes or its close.
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return nullptr;
    if (IsRegularFd(fd)) {
      // (O_NONBLOCK stays: Linux ignores it for regular files, open(2); clearing it took two
      // more system calls per article)
      FilePtr f(::fdopen(fd, "rb"));
      if (!f) {
        const int err = errno;
        ::close(fd);
        errno = err;
      }
      return f;
    }
  }
  auto* cookie = new CancellableFd{fd, cancel_fd, !is_stdin};
  FilePtr f(::fopencookie(cookie, "rb",
                          cookie_io_functions_t{CancellableRead, nullptr, nullptr, CancellableClose}));
  if (!f) {
    const int err = errno;
    CancellableClose(cookie);
    errno = err;
  }
  return f;
}

}  // namespace claimgraph::ingest
