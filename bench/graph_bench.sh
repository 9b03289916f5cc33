#!/usr/bin/env bash
# The graph engine on a store of at least MIN_CLAIMS claims made from real
# extractions (bench/graph_bench.cc: bbc articles stored again and again with
# renamed people and organizations), in the library and as whole CLI runs.
#   bench/graph_bench.sh [DB] [CORPUS] [MIN_CLAIMS] [SAMPLES]
#   (default: /tmp/claimgraph-graph-bench.db, ../shared/corpus/bbc, 1000000, 200)
# The store is built once (minutes) and reused while DB exists.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-/tmp/claimgraph-graph-bench.db}
corpus=${2:-../shared/corpus/bbc}
min_claims=${3:-1000000}
samples=${4:-200}
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2 --target claimgraph_graph_bench claimgraph_cli >/dev/null
if [ ! -e "$db" ]; then
  build/bench/claimgraph_graph_bench build "$db" "$corpus" "$min_claims"
fi
echo "== in the library"
build/bench/claimgraph_graph_bench query "$db" "$samples"
echo "== whole CLI runs (build/claimgraph, one process per query; wall time)"
python3 - "$db" <<'PY'
import statistics, subprocess, sys, time
db = sys.argv[1]
names = [l.strip() for l in open(db + ".names") if l.strip()][:40]
def run(args):
    t = time.perf_counter()
    r = subprocess.run(["build/claimgraph"] + args + ["--db", db], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (time.perf_counter() - t) * 1000, r.returncode
def report(label, times, codes):
    times.sort()
    p99 = times[min(len(times) - 1, round(0.99 * (len(times) - 1)))]
    print(f"{label}: p50 {statistics.median(times):.1f} ms, p99 {p99:.1f} ms ({len(times)} runs, exit codes {sorted(set(codes))})")
for label, make in [("said --by", lambda n, m: ["said", "--by", n]),
                    ("neighbors --depth 2", lambda n, m: ["neighbors", n, "--depth", "2"]),
                    ("path", lambda n, m: ["path", n, m])]:
    times, codes = [], []
    for i in range(0, len(names) - 1):
        ms, code = run(make(names[i], names[i + 1]))
        times.append(ms); codes.append(code)
    report(label, times, codes)
times, codes = [], []
for _ in range(3):
    ms, code = run(["rank", "--by", "pagerank"])
    times.append(ms); codes.append(code)
report("rank --by pagerank", times, codes)
PY
