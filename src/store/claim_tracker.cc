#include "store/claim_tracker.h"

#include <algorithm>
#include <vector>

#include "store/near_duplicate.h"

namespace claimgraph::store {

using SQLite::Statement;

ClaimTracker::ClaimTracker(SQLite::Database& db) : db_(db) {
  std::string in = "(?";
  for (int k = 1; k < kSketchKeys; ++k) in += ",?";
  in += ")";
  candidates_ = std::make_unique<Statement>(
      db_, "SELECT DISTINCT tracked FROM claim_sketches WHERE key IN " + in + " ORDER BY tracked");
  tracked_text_ = std::make_unique<Statement>(
      db_, "SELECT text, COALESCE(speaker, 0), first_date, polarity FROM tracked_claims WHERE id = ?");
  insert_tracked_ = std::make_unique<Statement>(
      db_,
      "INSERT INTO tracked_claims (speaker, kind, text, first_date, first_claim, appearances, polarity)"
      " VALUES (?,?,?,?,?,1,?)");
  update_first_ = std::make_unique<Statement>(
      db_,
      "UPDATE tracked_claims SET first_date = ?2, first_claim = ?3, kind = ?4, text = ?5,"
      " appearances = appearances + 1 WHERE id = ?1");
  bump_count_ = std::make_unique<Statement>(
      db_, "UPDATE tracked_claims SET appearances = appearances + 1 WHERE id = ?");
  set_tracked_ = std::make_unique<Statement>(db_, "UPDATE claims SET tracked = ?2 WHERE id = ?1");
  insert_sketch_ =
      std::make_unique<Statement>(db_, "INSERT OR IGNORE INTO claim_sketches (key, tracked) VALUES (?,?)");
}

namespace {
void Done(Statement& st) {
  st.reset();
  st.clearBindings();
}
void Exec(Statement& st) {
  st.exec();
  Done(st);
}
}  // namespace

int64_t ClaimTracker::Track(int64_t claim, int64_t speaker, const std::string& kind,
                            const std::string& polarity, const std::string& text, const std::string& date) {
  std::vector<std::string> tokens = StatementTokens(text);
  std::vector<int64_t> keys = SketchKeys(Shingles(tokens), speaker);

  int64_t tracked = 0;
  std::string tracked_date;
  bool tracked_dated = false;
  // An unresolved speaker's short text ("It's incredible") is said by too many
  // people to be one statement: it stays on its own.
  bool may_merge = speaker != 0 || tokens.size() >= kMinWords;
  if (!keys.empty() && may_merge) {
    Statement& cand = *candidates_;
    for (int k = 0; k < kSketchKeys; ++k) cand.bind(k + 1, keys[static_cast<size_t>(k)]);
    std::vector<int64_t> ids;
    while (cand.executeStep()) ids.push_back(cand.getColumn(0).getInt64());
    Done(cand);
    // The oldest candidate (lowest id) that is the same statement by the same speaker.
    for (int64_t id : ids) {
      Statement& t = *tracked_text_;
      t.bind(1, id);
      bool same = false;
      if (t.executeStep() && t.getColumn(1).getInt64() == speaker && t.getColumn(3).getString() == polarity) {
        same = SameStatement(tokens, StatementTokens(t.getColumn(0).getString()));
        if (same) {
          tracked_dated = !t.getColumn(2).isNull();
          tracked_date = tracked_dated ? t.getColumn(2).getString() : std::string();
        }
      }
      Done(t);
      if (same) {
        tracked = id;
        break;
      }
    }
  }

  if (tracked == 0) {
    Statement& ins = *insert_tracked_;
    if (speaker == 0) {
      ins.bind(1);
    } else {
      ins.bind(1, speaker);
    }
    ins.bind(2, kind);
    ins.bind(3, text);
    if (date.empty()) {
      ins.bind(4);
    } else {
      ins.bind(4, date);
    }
    ins.bind(5, claim);
    ins.bind(6, polarity);
    Exec(ins);
    tracked = db_.getLastInsertRowid();
  } else if (!date.empty() && (!tracked_dated || date < tracked_date)) {
    Statement& up = *update_first_;
    up.bind(1, tracked);
    up.bind(2, date);
    up.bind(3, claim);
    up.bind(4, kind);
    up.bind(5, text);
    Exec(up);
  } else {
    Statement& up = *bump_count_;
    up.bind(1, tracked);
    Exec(up);
  }

  Statement& set = *set_tracked_;
  set.bind(1, claim);
  set.bind(2, tracked);
  Exec(set);
  for (int64_t key : keys) {
    Statement& sk = *insert_sketch_;
    sk.bind(1, key);
    sk.bind(2, tracked);
    Exec(sk);
  }
  return tracked;
}

int64_t ClaimTracker::TrackUntracked() {
  struct Row {
    int64_t id, speaker;
    std::string kind, polarity, text, date;
  };
  std::vector<Row> rows;
  {
    Statement st(
        db_,
        "SELECT c.id, COALESCE(c.speaker, 0), c.kind, c.polarity, c.text, COALESCE(c.date, a.date, '')"
        " FROM claims c JOIN articles a ON a.seq = c.article WHERE c.tracked IS NULL ORDER BY c.id");
    while (st.executeStep()) {
      rows.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getInt64(), st.getColumn(2).getString(),
                      st.getColumn(3).getString(), st.getColumn(4).getString(), st.getColumn(5).getString()});
    }
  }
  for (const Row& r : rows) Track(r.id, r.speaker, r.kind, r.polarity, r.text, r.date);
  return static_cast<int64_t>(rows.size());
}

}  // namespace claimgraph::store
