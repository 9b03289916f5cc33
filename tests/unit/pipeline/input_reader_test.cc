#include "pipeline/input_reader.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "support/test_support.h"

using claimgraph::pipeline::InputReader;
using claimgraph::testing::TempDir;
using claimgraph::testing::WriteFile;

namespace {

// Waits (at most 10 s) until `n` items wait in `reader`; false if they never do.
bool UntilItemsWait(InputReader& reader, size_t n) {
  const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (reader.Waiting() != n) {
    if (std::chrono::steady_clock::now() > end) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return true;
}

// The name of article i of NumberedInputs: "in/07.txt".
std::string ArticleName(int i) {
  char name[32];
  std::snprintf(name, sizeof name, "in/%02d.txt", i);
  return name;
}

// n articles in dir/in, "SpeakerI said <what>.", listed as an ingest lists them.
std::vector<claimgraph::ingest::InputFile> NumberedInputs(const TempDir& dir, int n,
                                                          const std::string& what) {
  for (int i = 0; i < n; ++i)
    WriteFile(dir / ArticleName(i), "Speaker" + std::to_string(i) + " said " + what + ".\n");
  std::vector<claimgraph::ingest::InputFile> inputs =
      claimgraph::ingest::ListInputs({dir / "in"}, [](const claimgraph::ReadProblem&) {});
  REQUIRE(inputs.size() == static_cast<size_t>(n));
  return inputs;
}

}  // namespace

TEST_CASE("The reading thread of an ingest, once its articles wait, reads on when half are taken",
          "[pipeline][ingest]") {
  // (not woken for each article taken: on a loaded machine each wakeup waited for a core)
  TempDir dir;
  std::vector<claimgraph::ingest::InputFile> inputs = NumberedInputs(dir, 40, "it");
  InputReader reader(std::move(inputs), 8, size_t{1} << 20);
  REQUIRE(UntilItemsWait(reader, 8));
  // (time for the reading thread to find them 8 and wait)
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  InputReader::Item item;
  REQUIRE(reader.TryNext(&item));
  CHECK(item.article.source == dir / ArticleName(0));
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  CHECK(reader.Waiting() == 7);  // one taken: not read again yet
  for (int i = 1; i < 4; ++i) REQUIRE(reader.TryNext(&item));
  CHECK(UntilItemsWait(reader, 8));  // half taken: reads on, up to 8 again
  // every article, in order
  for (int i = 4; i < 40; ++i) {
    REQUIRE(reader.Next(&item));
    CHECK(item.article.source == dir / ArticleName(i));
  }
  CHECK_FALSE(reader.Next(&item));
}

TEST_CASE("The reading thread of an ingest stops reading ahead at a number of bytes of long articles",
          "[pipeline][ingest]") {
  // 256 articles wait at most, but 256 long ones (up to 4 MiB each by default) would be 1 GiB
  TempDir dir;
  std::vector<claimgraph::ingest::InputFile> inputs = NumberedInputs(dir, 10, std::string(1000, 'x'));
  InputReader reader(std::move(inputs), 256, 2500);
  REQUIRE(UntilItemsWait(reader, 3));  // 3 articles of about 1,000 bytes reach 2,500
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  CHECK(reader.Waiting() == 3);
  InputReader::Item item;
  REQUIRE(reader.TryNext(&item));
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  CHECK(reader.Waiting() == 2);  // 2,000 bytes wait: more than half of 2,500
  REQUIRE(reader.TryNext(&item));
  CHECK(UntilItemsWait(reader, 3));  // 1,000 bytes: reads on
  for (int i = 2; i < 10; ++i) {
    REQUIRE(reader.Next(&item));
    CHECK(item.article.source == dir / ArticleName(i));
  }
  CHECK_FALSE(reader.Next(&item));
}

TEST_CASE("The reading of regular files is never taken for a stalled input however slow it is",
          "[pipeline][ingest]") {
  // A stall (stdin, a FIFO waiting on its writer) makes an ingest store and commit what it holds,
  // with the extraction threads idle meanwhile; a regular file read on a loaded machine only
  // seems to stall. Here no time at all counts as a stall: the reading thread has rarely read
  // the first article when the first Next is called.
  TempDir dir;
  std::vector<claimgraph::ingest::InputFile> inputs = NumberedInputs(dir, 20, "it");
  for (const auto& in : inputs) CHECK_FALSE(in.may_stall);
  int stalls = 0;
  InputReader reader(std::move(inputs), 4, size_t{1} << 20);
  InputReader::Item item;
  int read = 0;
  while (reader.Next(&item, std::chrono::milliseconds(0), [&] { return ++stalls > 0; })) ++read;
  CHECK(read == 20);
  CHECK(stalls == 0);
}

TEST_CASE("Inputs that may stall are stdin and files that are not regular", "[pipeline][ingest]") {
  TempDir dir;
  WriteFile(dir / "a.txt", "Ann said it.\n");
  const std::string fifo = dir / "feed.jsonl";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::vector<claimgraph::ingest::InputFile> inputs =
      claimgraph::ingest::ListInputs({dir / "a.txt", fifo, "-"}, [](const claimgraph::ReadProblem&) {});
  REQUIRE(inputs.size() == 3);
  CHECK_FALSE(inputs[0].may_stall);
  CHECK(inputs[1].may_stall);
  CHECK(inputs[2].may_stall);
}
