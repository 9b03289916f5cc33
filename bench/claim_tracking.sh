#!/usr/bin/env bash
# Measures claim tracking on a corpus: claims (appearances) before merging,
# tracked claims after, and 20 merged groups whose appearances differ in text,
# spread evenly over all such groups (ordered by id), for checking by eye.
#   bench/claim_tracking.sh [DIR] [DB]   (default: ../shared/corpus/bbc, /tmp/claimgraph-tracking.db)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-../shared/corpus/bbc}
db=${2:-/tmp/claimgraph-tracking.db}
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2 --target claimgraph_cli >/dev/null
rm -f "$db" "$db-wal" "$db-shm"
build/claimgraph ingest --db "$db" "$dir" 2>&1 | tail -1 || true
python3 - "$db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
one = lambda sql: db.execute(sql).fetchone()[0]
print("claims before merging (appearances):", one("SELECT count(*) FROM claims"))
print("claims after merging (tracked):     ", one("SELECT count(*) FROM tracked_claims"))
print("tracked claims with 2+ appearances: ", one("SELECT count(*) FROM tracked_claims WHERE appearances > 1"))
differ = [r[0] for r in db.execute(
    "SELECT t.id FROM tracked_claims t WHERE (SELECT count(DISTINCT text) FROM claims c WHERE c.tracked = t.id) > 1"
    " ORDER BY t.id")]
print("of which with appearances that differ in text:", len(differ))
pick = [differ[i * len(differ) // 20] for i in range(min(20, len(differ)))]
for n, t in enumerate(pick, 1):
    speaker = one(f"SELECT COALESCE(e.name, '(unresolved)') FROM tracked_claims t LEFT JOIN entities e ON e.id = t.speaker WHERE t.id = {t}")
    print(f"\n{n:2}. claim:{t}  {speaker}")
    for text, source in db.execute(
            "SELECT c.text, a.source FROM claims c JOIN articles a ON a.seq = c.article WHERE c.tracked = ? ORDER BY c.id", (t,)):
        print(f"    {source.split('/')[-2] + '/' + source.split('/')[-1]:22} {text}")
PY
