#!/usr/bin/env bash
# First command on a fresh Debian 12 machine: installs what is missing, builds
# claimgraph (build/claimgraph), ingests the example articles in examples/ into
# build/example.db and prints who said what.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
tools/install-npm.sh
jobs=$(nproc)
[ "$jobs" -gt 2 ] && jobs=2
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$jobs"
rm -f build/example.db build/example.db-wal build/example.db-shm
echo
echo "== build/claimgraph ingest --db build/example.db examples/"
build/claimgraph ingest --db build/example.db examples/
echo
echo "== build/claimgraph stats --db build/example.db"
build/claimgraph stats --db build/example.db
echo
echo "== build/claimgraph said --db build/example.db"
build/claimgraph said --db build/example.db
