#!/usr/bin/env bash
# Extraction time and peak RSS of one article at 0.25, 1, 4 and 16 MB, for a repeated
# paragraph and for BBC text joined into one article (median of RUNS, default 3).
#   bench/size_bench.sh [BBC_DIR] [RUNS]     (default: ../shared/corpus/bbc)
# Exits 1 when seconds per MB grow past 2x the 0.25 MB figure or 16 MB needs over 300 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-../shared/corpus/bbc}
runs=${2:-3}
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2 --target claimgraph_size_bench >/dev/null
build/bench/claimgraph_size_bench "$dir" "$runs"
