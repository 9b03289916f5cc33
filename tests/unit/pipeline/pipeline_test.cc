#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <catch2/catch.hpp>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <set>
#include <string>
#include <thread>

#include "claimgraph/export.h"
#include "claimgraph/pipeline.h"
#include "pipeline/worker_pool.h"
#include "support/test_support.h"

using namespace claimgraph;
using claimgraph::testing::TempDir;
using claimgraph::testing::WriteFile;

namespace {

// An extractor that finds one person per article: the first word.
class FirstWordExtractor final : public Extractor {
 public:
  Extraction Extract(const Article& article) const override {
    Extraction x;
    x.article = article;
    std::string_view body = std::string_view(article.text).substr(article.body_start);
    Entity e;
    e.id = "e1";
    e.name = std::string(body.substr(0, body.find(' ')));
    e.mentions = {{static_cast<uint32_t>(article.body_start),
                   static_cast<uint32_t>(article.body_start + e.name.size())}};
    x.entities = {e};
    std::lock_guard<std::mutex> lock(mu_);
    ++calls_;
    return x;
  }
  size_t calls() const {
    std::lock_guard<std::mutex> lock(mu_);
    return calls_;
  }

 private:
  mutable std::mutex mu_;
  mutable size_t calls_ = 0;
};

// Opened once; Wait waits for that, at most 10 s (false: it was not opened by then, and
// opens it, so that a failing test takes 10 s once).
class Gate {
 public:
  void Open() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      open_ = true;
    }
    opened_.notify_all();
  }
  bool IsOpen() {
    std::lock_guard<std::mutex> lock(mu_);
    return open_;
  }
  bool Wait() {
    std::unique_lock<std::mutex> lock(mu_);
    if (opened_.wait_for(lock, std::chrono::seconds(10), [this] { return open_; })) return true;
    open_ = true;
    return false;
  }

 private:
  std::mutex mu_;
  std::condition_variable opened_;
  bool open_ = false;
};

// FirstWordExtractor's extraction, but article "SpeakerN ..." with N >= `from` is extracted only
// once `gate` is open.
class GatedExtractor final : public Extractor {
 public:
  GatedExtractor(Gate* gate, int from) : gate_(gate), from_(from) {}
  Extraction Extract(const Article& article) const override {
    std::string_view body = std::string_view(article.text).substr(article.body_start);
    if (body.rfind("Speaker", 0) == 0 && std::stoi(std::string(body.substr(7))) >= from_ && !gate_->Wait()) {
      std::lock_guard<std::mutex> lock(mu_);
      timed_out_ = true;
    }
    return inner_.Extract(article);
  }
  bool timed_out() const {
    std::lock_guard<std::mutex> lock(mu_);
    return timed_out_;
  }

 private:
  Gate* gate_;
  int from_;
  FirstWordExtractor inner_;
  mutable std::mutex mu_;
  mutable bool timed_out_ = false;
};

// A store that remembers batches in memory, and can be told to fail, or to hold batches in
// one transaction (commit_every), which a failure rolls back.
class MemoryStore final : public Store {
 public:
  bool HasArticle(const std::string& id) override { return ids.count(id) > 0; }
  Status PutBatch(const std::vector<Extraction>& batch, size_t* added) override {
    ++batches;
    sizes.push_back(batch.size());
    if (before_batch) before_batch();
    if (on_batch) on_batch->Open();
    if (fail_from_batch > 0 && batches >= fail_from_batch) {
      for (const std::string& id : held) ids.erase(id);
      held.clear();
      held_batches = 0;
      return Status::DbError("test.db: disk full");
    }
    size_t n = 0;
    for (const Extraction& x : batch) {
      if (ids.insert(x.article.id).second) {
        ++n;
        held.push_back(x.article.id);
      }
    }
    *added = n;
    if (++held_batches >= commit_every) return Commit();
    return Status::Ok();
  }
  Status Commit() override {
    if (on_commit) on_commit->Open();
    held.clear();
    held_batches = 0;
    return Status::Ok();
  }
  size_t Uncommitted() const override { return held.size(); }
  Result<StoreStats> Stats() override { return StoreStats{static_cast<int64_t>(ids.size()), 0, 0, 0, 0}; }
  Result<std::vector<SaidRow>> Said(const std::optional<std::string>&, size_t) override {
    return std::vector<SaidRow>{};
  }

  std::set<std::string> ids;
  size_t batches = 0;
  std::vector<size_t> sizes;           // of each batch
  Gate* on_batch = nullptr;            // opened by each batch
  std::function<void()> before_batch;  // if set, called first by each batch
  Gate* on_commit = nullptr;           // opened by each commit
  size_t fail_from_batch = 0;          // 0: never
  size_t commit_every = 1;             // batches to a transaction
  std::vector<std::string> held;       // ids stored since the last commit
  size_t held_batches = 0;
};

void WriteArticles(const TempDir& dir, int n) {
  for (int i = 0; i < n; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "in/%03d.txt", i);
    WriteFile(dir / name, "Speaker" + std::to_string(i) + " said something new.\n");
  }
}

// Writes each group of lines into the FIFO at `path` once it is opened, each group after the
// first once `gate` is open (each wait at most 10 s), then closes it.
class FifoWriter {
 public:
  FifoWriter(const std::string& path, std::vector<std::string> groups, Gate* gate)
      : groups_(std::move(groups)), thread_([this, path, gate] {
          const int fd = open(path.c_str(), O_WRONLY);  // waits for the reader
          for (size_t i = 0; i < groups_.size(); ++i) {
            if (i > 0 && !gate->Wait()) timed_out_ = true;
            const std::string& g = groups_[i];
            if (fd < 0 || write(fd, g.data(), g.size()) != static_cast<ssize_t>(g.size())) timed_out_ = true;
          }
          if (fd >= 0) close(fd);
        }) {}
  // Joins the thread; true when every gate opened in time.
  bool Join() {
    thread_.join();
    return !timed_out_;
  }

 private:
  const std::vector<std::string> groups_;
  bool timed_out_ = false;
  std::thread thread_;
};

std::string MakeFifo(const TempDir& dir, const std::string& name) {
  const std::string path = dir / name;
  REQUIRE(mkfifo(path.c_str(), 0600) == 0);
  return path;
}

// `claimgraph extract --jsonl` lines of FirstWordExtractor's extractions of "SpeakerI said it."
// for I in [from, to), read from "a.txt".
std::string ExtractionLines(int from, int to) {
  FirstWordExtractor extractor;
  std::string lines;
  for (int i = from; i < to; ++i) {
    Result<Article> a = ParseArticleText("Speaker" + std::to_string(i) + " said it.\n", "a.txt");
    REQUIRE(a.ok());
    lines += ExtractionToJsonLine(extractor.Extract(a.value())) + "\n";
  }
  return lines;
}

}  // namespace

TEST_CASE("Ingest commits the batches it holds when its input stalls, and counts them as stored",
          "[ingest][pipeline]") {
  // A store that holds every batch in one transaction (a large store: store/commit_policy.h)
  // keeps other writers out until it commits: while the next article is slow to come (a FIFO
  // here), what was stored is committed, and a later failure does not take it back.
  TempDir dir;
  WriteArticles(dir, 12);
  const std::string fifo = MakeFifo(dir, "feed.jsonl");
  Gate committed;
  FifoWriter writer(fifo, {"", "{\"text\": \"Stalled said nothing.\"}\n"}, &committed);
  FirstWordExtractor extractor;
  MemoryStore store;
  store.commit_every = 1000;
  store.on_commit = &committed;
  store.fail_from_batch = 4;  // 5, 5 and 2 articles from in/, then the FIFO's
  IngestOptions options;
  options.batch_size = 5;
  IngestReport r = Ingest({dir / "in", fifo}, extractor, store, options);
  CHECK(writer.Join());  // committed before the FIFO's article came
  CHECK(r.read == 13);
  CHECK(r.status.message() == "test.db: disk full");
  CHECK(store.ids.size() == 12);
  CHECK(r.added == 12);
  CHECK(r.stopped_at == fifo + ":1");
}

TEST_CASE("Ingest stops at a store failure while its input stalls, without waiting for more input",
          "[ingest][pipeline]") {
  // Review finding 7: the stall's store failed, and Ingest then waited on the FIFO (in the
  // reading thread's read()) until its writer wrote another line or closed it.
  TempDir dir;
  const std::string fifo = MakeFifo(dir, "feed.jsonl");
  Gate returned;
  FifoWriter writer(fifo, {"{\"text\": \"Speaker1 said one.\"}\n{\"text\": \"Speaker2 said two.\"}\n", ""},
                    &returned);
  FirstWordExtractor extractor;
  MemoryStore store;
  store.fail_from_batch = 1;
  IngestReport r = Ingest({fifo}, extractor, store, IngestOptions());
  returned.Open();
  CHECK(writer.Join());  // Ingest returned while the writer still held the FIFO open
  CHECK(r.status.message() == "test.db: disk full");
  CHECK(r.read == 2);
  CHECK(r.added == 0);
  CHECK(store.ids.empty());
  CHECK(store.batches == 1);
  CHECK(r.stopped_at == fifo + ":1");
}

TEST_CASE("IngestExtracted commits each batch from a FIFO, and counts it as stored", "[ingest][pipeline]") {
  FirstWordExtractor extractor;
  std::vector<std::string> lines(2);
  for (int i = 0; i < 4; ++i) {
    Result<Article> a = ParseArticleText("Speaker" + std::to_string(i) + " said it.\n", "a.txt");
    REQUIRE(a.ok());
    lines[static_cast<size_t>(i / 2)] += ExtractionToJsonLine(extractor.Extract(a.value())) + "\n";
  }
  TempDir dir;
  const std::string fifo = MakeFifo(dir, "extracted.jsonl");
  Gate committed;
  FifoWriter writer(fifo, lines, &committed);
  MemoryStore store;
  store.commit_every = 1000;
  store.on_commit = &committed;
  store.fail_from_batch = 2;
  IngestOptions options;
  options.batch_size = 2;
  IngestReport r = IngestExtracted({fifo}, store, options);
  CHECK(writer.Join());  // the first batch was committed before the second came
  CHECK(r.status.message() == "test.db: disk full");
  CHECK(store.ids.size() == 2);
  CHECK(r.added == 2);
}

TEST_CASE("IngestExtracted stores and commits what it has read when its FIFO stalls", "[ingest][pipeline]") {
  // Review finding 8: lines from a stalled FIFO were parsed at once but stored only once a
  // batch (256) was full, or at the end of the input; Ingest commits on a stall.
  TempDir dir;
  const std::string fifo = MakeFifo(dir, "extracted.jsonl");
  Gate committed;
  FifoWriter writer(fifo, {ExtractionLines(0, 3), ""}, &committed);
  MemoryStore store;
  store.commit_every = 1000;
  store.on_commit = &committed;
  IngestReport r = IngestExtracted({fifo}, store, IngestOptions());
  CHECK(writer.Join());  // committed before the writer closed the FIFO
  CHECK(r.status.ok());
  CHECK(r.added == 3);
  CHECK(store.sizes == std::vector<size_t>{3});
}

TEST_CASE("IngestExtracted stops at a store failure while its FIFO stalls, without waiting for more",
          "[ingest][pipeline]") {
  TempDir dir;
  const std::string fifo = MakeFifo(dir, "extracted.jsonl");
  Gate returned;
  FifoWriter writer(fifo, {ExtractionLines(0, 2), ""}, &returned);
  MemoryStore store;
  store.fail_from_batch = 1;
  IngestReport r = IngestExtracted({fifo}, store, IngestOptions());
  returned.Open();
  CHECK(writer.Join());  // IngestExtracted returned while the writer still held the FIFO open
  CHECK(r.status.message() == "test.db: disk full");
  CHECK(r.read == 2);
  CHECK(r.added == 0);
  CHECK(store.batches == 1);
  CHECK(r.stopped_at == "a.txt");
}

TEST_CASE("Ingest reads, extracts and stores in batches, and reports progress", "[ingest][pipeline]") {
  TempDir dir;
  WriteArticles(dir, 10);
  WriteFile(dir / "in/copy.txt", "Speaker3   said something new.");  // same text as 003.txt
  WriteFile(dir / "in/empty.txt", "");
  FirstWordExtractor extractor;
  MemoryStore store;
  IngestOptions options;
  options.batch_size = 4;
  std::vector<IngestProgress> seen;
  std::vector<ReadProblem> problems;
  options.on_progress = [&](const IngestProgress& p) { seen.push_back(p); };
  options.on_problem = [&](const ReadProblem& p) { problems.push_back(p); };
  IngestReport r = Ingest({dir / "in"}, extractor, store, options);
  CHECK(r.status.ok());
  CHECK(r.read == 11);
  CHECK(r.added == 10);
  CHECK(r.duplicates == 1);
  CHECK(r.skipped == 1);
  CHECK(extractor.calls() == 10);  // the duplicate is not extracted
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].source == dir / "in/empty.txt");
  CHECK(store.batches == 3);  // 4 + 4 + 2
  REQUIRE_FALSE(seen.empty());
  for (size_t i = 1; i < seen.size(); ++i) CHECK(seen[i].bytes_done >= seen[i - 1].bytes_done);
  CHECK(seen.back().bytes_done == seen.back().bytes_total);
  CHECK(seen.back().articles_done == 11);

  // The same ingest again: everything is already there, nothing is extracted.
  IngestReport again = Ingest({dir / "in"}, extractor, store, options);
  CHECK(again.added == 0);
  CHECK(again.duplicates == 11);
  CHECK(extractor.calls() == 10);
}

TEST_CASE("Ingest stops at the first store failure and says why", "[ingest][pipeline]") {
  TempDir dir;
  WriteArticles(dir, 60);
  FirstWordExtractor extractor;
  MemoryStore store;
  store.fail_from_batch = 2;
  IngestOptions options;
  options.batch_size = 5;
  IngestReport r = Ingest({dir / "in"}, extractor, store, options);
  CHECK_FALSE(r.status.ok());
  CHECK(r.status.message() == "test.db: disk full");
  CHECK(r.added == 5);
  CHECK(store.batches == 2);                  // no batch after the failed one
  CHECK(r.stopped_at == dir / "in/005.txt");  // the failed batch's first article
  // Extraction runs ahead of the store by a few batches, no more: reading stops.
  CHECK(r.read < 60);
}

TEST_CASE("A store failure takes the batches the store held uncommitted with it, and Ingest says so",
          "[ingest][pipeline]") {
  TempDir dir;
  WriteArticles(dir, 60);
  FirstWordExtractor extractor;
  MemoryStore store;
  store.commit_every = 2;  // batches 1 and 2 in one transaction, 3 and 4 in the next
  store.fail_from_batch = 4;
  IngestOptions options;
  options.batch_size = 5;
  IngestReport r = Ingest({dir / "in"}, extractor, store, options);
  CHECK(r.status.message() == "test.db: disk full");
  CHECK(store.ids.size() == 10);
  CHECK(r.added == 10);                       // not batch 3's, rolled back with batch 4
  CHECK(r.stopped_at == dir / "in/010.txt");  // batch 3's first article: nothing from there on
}

TEST_CASE("Ingest stores the last articles as they are extracted, not all after the last",
          "[ingest][pipeline]") {
  TempDir dir;
  WriteArticles(dir, 40);  // fewer than a transaction's least (64): the last articles
  Gate gate;
  GatedExtractor extractor(&gate, 16);  // the articles after the first chunk (16) wait for a transaction
  MemoryStore store;
  store.on_batch = &gate;
  IngestOptions options;
  // One extraction thread, which waits at article 16 (on one core it would wait with the one
  // CPU slot, which the store's thread needs: pipeline/cpu_slots.h).
  options.jobs = 1;
  if (claimgraph::pipeline::CoreCount() < 2) {
    WARN("skipped: this machine has 1 core, the test needs 2 (one for the store's thread)");
    return;
  }
  IngestReport r = Ingest({dir / "in"}, extractor, store, options);
  CHECK(r.status.ok());
  CHECK(r.added == 40);
  CHECK_FALSE(extractor.timed_out());  // the first chunk was stored without them
  REQUIRE_FALSE(store.sizes.empty());
  CHECK(store.sizes[0] == 16);
}

// FirstWordExtractor's extraction, but "Speaker0 ..." waits for `start` and 300 ms more (so that
// the reading thread reads ahead meanwhile), and "SpeakerN ..." with N >= `opens_from` opens `reached`.
class ReadAheadExtractor final : public Extractor {
 public:
  ReadAheadExtractor(Gate* start, Gate* reached, int opens_from)
      : start_(start), reached_(reached), opens_from_(opens_from) {}
  Extraction Extract(const Article& article) const override {
    const int n = std::stoi(article.text.substr(article.body_start + 7));
    if (n == 0) {
      start_->Wait();
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
    }
    if (n >= opens_from_) reached_->Open();
    return inner_.Extract(article);
  }

 private:
  Gate* start_;
  Gate* reached_;
  int opens_from_;
  FirstWordExtractor inner_;
};

TEST_CASE(
    "Ingest hands the extraction threads the articles read before a transaction, to extract while it is "
    "written",
    "[ingest][pipeline]") {
  // Transactions of 32, chunks of 16, at most 96 articles in flight. Article 0 waits until
  // this thread has taken 112 articles (in flight: 112, more than 96), so the first transaction
  // waits for it; the reading thread reads on meanwhile. That transaction is
  // written only once article 112, read but not handed to the extraction thread when it
  // began, is extracted: before, the extraction threads had nothing to do while a transaction
  // was written but the articles handed before it (80 here).
  if (claimgraph::pipeline::CoreCount() < 2) {
    WARN("skipped: this machine has 1 core, the test needs 2 (one for the store's thread)");
    return;
  }
  TempDir dir;
  WriteArticles(dir, 160);
  Gate start, reached;
  ReadAheadExtractor extractor(&start, &reached, 112);
  MemoryStore store;
  // (a batch before `start`: the reading thread was so slow that the input seemed stalled)
  bool waited = false, timed_out = false;
  store.before_batch = [&] {
    if (waited || !start.IsOpen()) return;
    waited = true;
    timed_out = !reached.Wait();
  };
  IngestOptions options;
  options.batch_size = 32;
  options.jobs = 1;
  options.on_progress = [&](const IngestProgress& p) {
    if (p.articles_done >= 112) start.Open();
  };
  IngestReport r = Ingest({dir / "in"}, extractor, store, options);
  CHECK(r.status.ok());
  CHECK(r.added == 160);
  CHECK(waited);
  CHECK_FALSE(timed_out);
}
