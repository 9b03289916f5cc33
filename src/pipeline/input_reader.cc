#include "pipeline/input_reader.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace claimgraph::pipeline {

InputReader::InputReader(std::vector<ingest::InputFile> inputs, size_t ahead, size_t ahead_bytes)
    : inputs_(std::move(inputs)), ahead_(std::max<size_t>(1, ahead)), ahead_bytes_(ahead_bytes) {
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
  // Full: waits until half of what waits is taken, not just one, so that this thread reads
  // the next articles in a run instead of being woken for each one the ingest takes (on a
  // loaded machine each wakeup waited for a core, and the reading fell behind the extraction).
  if (Full()) {
    reader_waits_ = true;
    taken_.wait(lock, [this] { return stop_ || LowEnough(); });
    reader_waits_ = false;
  }
  if (stop_) return false;
  bytes_ += item.article.text.size();
  items_.push_back(std::move(item));
  lock.unlock();
  added_.notify_one();
  return true;
}

void InputReader::Read() {
  for (const ingest::InputFile& input : inputs_) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      may_stall_ = input.may_stall;
    }
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
  if (on_stall) {
    while (!added_.wait_for(lock, stall, ready)) {
      if (!may_stall_) continue;  // a regular file read on a loaded machine: only slow
      lock.unlock();
      if (!on_stall()) return false;
      lock.lock();
      break;
    }
  }
  added_.wait(lock, ready);
  if (items_.empty()) return false;
  Pop(item, &lock);
  return true;
}

void InputReader::Pop(Item* item, std::unique_lock<std::mutex>* lock) {
  *item = std::move(items_.front());
  items_.pop_front();
  bytes_ -= item->article.text.size();
  const bool wake = reader_waits_ && LowEnough();
  lock->unlock();
  if (wake) taken_.notify_one();
}

bool InputReader::TryNext(Item* item) {
  std::unique_lock<std::mutex> lock(mu_);
  if (items_.empty()) return false;
  Pop(item, &lock);
  return true;
}

size_t InputReader::Waiting() {
  std::lock_guard<std::mutex> lock(mu_);
  return items_.size();
}

}  // namespace claimgraph::pipeline
