#!/usr/bin/env bash
# Measures extract, store and ingest (1 and 2 jobs) MB/s over a folder of articles (median of RUNS).
#   bench/ingest_bench.sh [DIR] [RUNS] [PHASES]   (default: ../shared/corpus/bbc, 5 runs, extract,store,ingest)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-../shared/corpus/bbc}
runs=${2:-5}
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2 --target claimgraph_bench >/dev/null
build/bench/claimgraph_bench "$dir" "$runs" ${3:-extract,store,ingest}
