// The claim tracker's tracked claims kept from batch to batch (store/claim_tracker.h).
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "claimgraph/store.h"
#include "store/claim_tracker.h"
#include "store/near_duplicate.h"
#include "support/test_support.h"

using claimgraph::store::ClaimTracker;
using claimgraph::store::PackedTokens;
using claimgraph::store::StatementTokens;
using claimgraph::testing::TempDir;

namespace {

// Tracks one appearance of an unresolved speaker's `text` in a batch (a transaction) of its own.
int64_t TrackInBatch(SQLite::Database& db, ClaimTracker& tracker, int64_t claim, const std::string& text,
                     const std::string& date) {
  SQLite::Transaction tx(db);
  tracker.Begin();
  const claimgraph::store::StatementSketch sketch = claimgraph::store::SketchStatement(text);
  claimgraph::store::Appearance a;
  a.claim = claim;
  a.text = &text;
  a.date = date;
  a.sketch = &sketch;
  a.keys = claimgraph::store::SaltedKeys(sketch.minima, 0);
  const int64_t tracked = tracker.Track(a);
  tracker.Flush();
  tx.commit();
  tracker.Committed();
  return tracked;
}

}  // namespace

TEST_CASE("tracking: a claim met again after a few others is not read again from the store",
          "[store][tracking]") {
  TempDir dir;
  const std::string path = dir / "t.db";
  REQUIRE(claimgraph::Store::Open(path).ok());  // the schema
  SQLite::Database db(path, SQLite::OPEN_READWRITE);
  ClaimTracker tracker(db, /*most_kept=*/4);
  const std::string first = "We will build the bridge by next spring, whatever it costs.";
  REQUIRE(TrackInBatch(db, tracker, 1, first, "2024-03-05") == 1);
  const std::vector<std::string> others = {
      "The harbour will reopen to fishing boats in the autumn.", "Nobody in this town wants a new motorway.",
      "Our schools need more teachers and smaller classes.", "Taxes on small shops are far too high today.",
      "The museum should stay open on Sundays for families."};
  for (size_t i = 0; i < others.size(); ++i)
    CHECK(TrackInBatch(db, tracker, static_cast<int64_t>(i) + 2, others[i], "2024-03-05") ==
          static_cast<int64_t>(i) + 2);
  // Five tracked claims came after it (more than the 4 of one generation): kept all the same,
  // without its text, which the store still has.
  CHECK(TrackInBatch(db, tracker, 7, "we will build the bridge by next spring", "2024-03-06") == 1);
  CHECK(tracker.RowsRead() == 0);
  auto row = [&db](const std::string& column) {
    return db.execAndGet("SELECT " + column + " FROM tracked_claims WHERE id = 1").getString();
  };
  CHECK(row("appearances") == "2");
  CHECK(row("text") == first);
  CHECK(row("first_date") == "2024-03-05");
  // An earlier appearance brings its own text and date.
  CHECK(TrackInBatch(db, tracker, 8, "We will build the bridge by next spring, whatever it costs!",
                     "2024-03-01") == 1);
  CHECK(row("appearances") == "3");
  CHECK(row("text") == "We will build the bridge by next spring, whatever it costs!");
  CHECK(row("first_date") == "2024-03-01");
  CHECK(row("first_claim") == "8");
  // Ten more: the first generation is forgotten, and the claim is read from the store again.
  for (int64_t i = 0; i < 10; ++i) {
    const std::string n = std::to_string(i);  // words of its own: no candidate of another
    TrackInBatch(db, tracker, 9 + i, "alpha" + n + " bravo" + n + " charlie" + n + " delta" + n + " echo" + n,
                 "2024-03-05");
  }
  CHECK(TrackInBatch(db, tracker, 19, "We will build the bridge by next spring, whatever it costs!",
                     "2024-03-09") == 1);
  CHECK(tracker.RowsRead() == 1);
  CHECK(row("appearances") == "4");
  CHECK(row("first_claim") == "8");
}

TEST_CASE("near-duplicates: packed tokens give the answers of their words", "[graph][tracking]") {
  const std::vector<std::string> texts = {
      "The United States does not believe that NATO membership for Ukraine is a realistic outcome",
      "The United States does not believe NATO membership for Ukraine is a realistic outcome",
      "does not believe that NATO membership for Ukraine is a realistic outcome, he said",
      "The economy will grow by 3% next year",
      "The economy will shrink by 3% next year in Europe",
      "great mistake",
      "Great mistake!",
      "",
      "We needed to cut expenses.",
      "We needed to cut a lot more than coffee expenses."};
  for (const std::string& a : texts) {
    for (const std::string& b : texts) {
      INFO(a << " | " << b);
      const std::vector<std::string> x = StatementTokens(a), y = StatementTokens(b);
      const PackedTokens packed(y);
      REQUIRE(packed.size() == y.size());
      for (size_t i = 0; i < y.size(); ++i) CHECK(packed[i] == y[i]);
      CHECK(claimgraph::store::SameStatement(x, packed) == claimgraph::store::SameStatement(x, y));
    }
  }
}

namespace {

// The summaries stored with the sketch rows of the tracked claim (one distinct value expected).
std::string StoredSummaries(SQLite::Database& db, int64_t tracked) {
  SQLite::Statement st(db,
                       "SELECT DISTINCT COALESCE(summary, 'none') FROM claim_sketches"
                       " WHERE tracked = ?");
  st.bind(1, tracked);
  std::string out;
  while (st.executeStep()) out += (out.empty() ? "" : " ") + st.getColumn(0).getString();
  return out;
}

std::string SummaryText(const std::string& text) {
  return std::to_string(*claimgraph::store::PackSummary(claimgraph::store::Summarize(StatementTokens(text))));
}

}  // namespace

TEST_CASE("tracking: a candidate whose summary shows another statement is not read from the store",
          "[store][tracking]") {
  TempDir dir;
  const std::string path = dir / "t.db";
  REQUIRE(claimgraph::Store::Open(path).ok());
  SQLite::Database db(path, SQLite::OPEN_READWRITE);
  const std::string first = "We will build the bridge by next spring, whatever it costs the city.";
  {
    ClaimTracker tracker(db);
    REQUIRE(TrackInBatch(db, tracker, 1, first, "2024-03-05") == 1);
    tracker.WriteWaitingSketches();
  }
  CHECK(StoredSummaries(db, 1) == SummaryText(first));
  // Another tracker (nothing kept): the same statement is read and joins it; another one by
  // the same speaker, sharing its first words, is dropped by the summary of its sketch rows.
  ClaimTracker tracker(db);
  CHECK(TrackInBatch(db, tracker, 2, "We will build the bridge by next spring, whatever it costs the city!",
                     "2024-03-05") == 1);
  CHECK(tracker.RowsRead() == 1);
  CHECK(tracker.Dropped() == 0);
  ClaimTracker other(db);
  CHECK(TrackInBatch(db, other, 3, "We will build the bridge by next spring, and a school for every village.",
                     "2024-03-05") == 2);
  CHECK(other.RowsRead() == 0);
  CHECK(other.Dropped() == 1);
}

TEST_CASE("tracking: an earlier appearance's text brings its summary to the stored sketch rows",
          "[store][tracking]") {
  TempDir dir;
  const std::string path = dir / "t.db";
  REQUIRE(claimgraph::Store::Open(path).ok());
  SQLite::Database db(path, SQLite::OPEN_READWRITE);
  const std::string x = "alpha bravo charlie delta echo foxtrot golf hotel india juliet";
  const std::string y = x + " kilo lima mike";
  const std::string z = "charlie delta echo foxtrot golf hotel india juliet kilo lima mike";
  REQUIRE(claimgraph::store::SameStatement(StatementTokens(y), StatementTokens(z)));
  REQUIRE_FALSE(claimgraph::store::SameStatement(StatementTokens(x), StatementTokens(z)));
  {
    ClaimTracker tracker(db);
    REQUIRE(TrackInBatch(db, tracker, 1, x, "2024-03-05") == 1);
    tracker.WriteWaitingSketches();
  }
  {
    ClaimTracker tracker(db);  // reads it from the store, moves it to y's text
    REQUIRE(TrackInBatch(db, tracker, 2, y, "2024-03-01") == 1);
    tracker.WriteWaitingSketches();
  }
  CHECK(db.execAndGet("SELECT text FROM tracked_claims WHERE id = 1").getString() == y);
  CHECK(StoredSummaries(db, 1) == SummaryText(y));
  // z is y's statement, not x's: with x's summary left in the rows it would be dropped.
  ClaimTracker tracker(db);
  CHECK(TrackInBatch(db, tracker, 3, z, "2024-03-05") == 1);
  CHECK(tracker.Dropped() == 0);
}
