#include "pipeline/input_reader.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace claimgraph::pipeline {

InputReader::InputReader(std::vector<ingest::InputFile> inputs, size_t ahead)
    : inputs_(std::move(inputs)), ahead_(std::max<size_t>(1, ahead)) {
  // Without the pipe (out of descriptors), reads are not cancellable and the destructor
  // waits for the input as before.
  if (::pipe2(cancel_, O_CLOEXEC) != 0) cancel_[0] = cancel_[1] = -1;
  thread_ = std::thread([this] { Read(); });
}

InputReader::~InputReader() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  taken_.notify_all();
  if (cancel_[1] >= 0) {
    const char stop = 1;
    while (::write(cancel_[1], &stop, 1) < 0 && errno == EINTR) {
    }
  }
  thread_.join();
  for (int fd : cancel_)
    if (fd >= 0) ::close(fd);
}

bool InputReader::Put(Item&& item) {
  std::unique_lock<std::mutex> lock(mu_);
  taken_.wait(lock, [this] { return stop_ || items_.size() < ahead_; });
  if (stop_) return false;
  items_.push_back(std::move(item));
  lock.unlock();
  added_.notify_one();
  return true;
}

void InputReader::Read() {
  for (const ingest::InputFile& input : inputs_) {
    bool go_on = ingest::ReadInput(
        input,
        [this](Article&& a, size_t bytes) {
          Item item;
          item.article = std::move(a);
          item.bytes = bytes;
          return Put(std::move(item));
        },
        [this](const ReadProblem& p, size_t bytes) {
          Item item;
          item.is_article = false;
          item.problem = p;
          item.bytes = bytes;
          Put(std::move(item));
        },
        cancel_[0]);
    if (!go_on) break;
    std::lock_guard<std::mutex> lock(mu_);
    if (stop_) break;
  }
  {
    std::lock_guard<std::mutex> lock(mu_);
    done_ = true;
  }
  added_.notify_all();
}

bool InputReader::Next(Item* item, std::chrono::milliseconds stall, const std::function<bool()>& on_stall) {
  std::unique_lock<std::mutex> lock(mu_);
  auto ready = [this] { return done_ || !items_.empty(); };
  if (on_stall && !added_.wait_for(lock, stall, ready)) {
    lock.unlock();
    if (!on_stall()) return false;
    lock.lock();
  }
  added_.wait(lock, ready);
  if (items_.empty()) return false;
  *item = std::move(items_.front());
  items_.pop_front();
  lock.unlock();
  taken_.notify_one();
  return true;
}

bool InputReader::TryNext(Item* item) {
  std::unique_lock<std::mutex> lock(mu_);
  if (items_.empty()) return false;
  *item = std::move(items_.front());
  items_.pop_front();
  lock.unlock();
  taken_.notify_one();
  return true;
}

}  // namespace claimgraph::pipeline
