// Reads the inputs of an ingest on a thread of its own, in order (files, UTF-8 checks,
// white-space folding and the hash that is the article id), so that the one thread that
// writes the store does not: it takes the articles and problems one at a time, as the
// inputs give them.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "ingest/article_reader.h"

namespace claimgraph::pipeline {

class InputReader {
 public:
  // An article read, or a problem; bytes: what ReadInput reported with it.
  struct Item {
    bool is_article = true;
    Article article;
    ReadProblem problem;
    size_t bytes = 0;
  };

  // Starts reading; at most `ahead` items, and articles of at most `ahead_bytes` bytes of text
  // in all (one article beyond, so that a long one is still read), wait to be taken. Once
  // either bound is reached, the reading goes on when no more than half of each waits.
  InputReader(std::vector<ingest::InputFile> inputs, size_t ahead, size_t ahead_bytes);
  // Stops reading (the input in hand is left unread) and waits for the thread: a read that
  // waits on a pipe or a FIFO is called off (ingest/cancellable_file.h), so this does not wait
  // for the input's writer.
  ~InputReader();
  InputReader(const InputReader&) = delete;
  InputReader& operator=(const InputReader&) = delete;

  // The next item in input order; false when every input has been read. When none comes
  // within `stall` while the input being read is one that may stall between articles (stdin,
  // a pipe, a FIFO: not a regular file, whose reading is only slow on a loaded machine), calls
  // on_stall once, then waits on; when on_stall returns false, returns false at once instead
  // (the caller takes no more).
  bool Next(Item* item, std::chrono::milliseconds stall, const std::function<bool()>& on_stall);
  bool Next(Item* item) { return Next(item, std::chrono::milliseconds(0), {}); }
  // The next item if one is read already; false without waiting otherwise.
  bool TryNext(Item* item);
  // Items read and not taken yet (for tests).
  size_t Waiting();

 private:
  void Read();
  bool Put(Item&& item);  // false once stopped
  // Takes the first item (REQUIRES: there is one; `lock` holds mu_, and is released).
  void Pop(Item* item, std::unique_lock<std::mutex>* lock);
  // Whether the reading thread waits before it adds an item (REQUIRES: mu_ held).
  bool Full() const { return items_.size() >= ahead_ || (!items_.empty() && bytes_ >= ahead_bytes_); }
  // Once full, whether few enough wait that the reading thread reads on (REQUIRES: mu_ held).
  bool LowEnough() const { return items_.size() <= ahead_ / 2 && bytes_ <= ahead_bytes_ / 2; }

  const std::vector<ingest::InputFile> inputs_;
  const size_t ahead_;
  const size_t ahead_bytes_;
  std::mutex mu_;
  std::condition_variable taken_, added_;
  std::deque<Item> items_;
  size_t bytes_ = 0;           // of the text of the articles in items_
  bool done_ = false;          // the thread has read everything
  bool reader_waits_ = false;  // for the items to fall to LowEnough()
  bool stop_ = false;
  bool may_stall_ = false;    // the input being read is not a regular file
  int cancel_[2] = {-1, -1};  // a pipe: written to once the reading is to stop
  std::thread thread_;
};

}  // namespace claimgraph::pipeline
