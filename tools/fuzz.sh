#!/usr/bin/env bash
# Fuzzes the article readers and the extractor with libFuzzer (Debian's clang) for SECONDS
# (default 60): builds build-fuzz/ (clang, ASan+UBSan, coverage), seeds the corpus
# build-fuzz/corpus from examples/ and tests/fixtures/, and runs on one core. Findings
# (crash-*, timeout-*, leak-*, oom-*) are written to build-fuzz/findings/ and make the
# script exit 1; turn each into a regression test (tests/unit/extract/fuzz_regression_test.cc).
#   tools/fuzz.sh [SECONDS]
#   tools/fuzz.sh --build-only   only the build (on CLAIMGRAPH_FUZZ_JOBS cores, default 2)
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
if ! command -v clang++ >/dev/null; then
  echo "fuzz: clang++ not found (apt-get install clang)" >&2
  exit 2
fi
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAIMGRAPH_FUZZ=ON \
  -DCLAIMGRAPH_BUILD_TESTS=OFF >/dev/null
cmake --build build-fuzz -j"${CLAIMGRAPH_FUZZ_JOBS:-2}" --target claimgraph_fuzz >/dev/null
[ "$secs" = --build-only ] && exit 0
mkdir -p build-fuzz/corpus build-fuzz/findings
cp -n examples/*.txt examples/*.jsonl tests/fixtures/* build-fuzz/corpus/ 2>/dev/null || true
before=$(ls build-fuzz/findings | wc -l)
# -timeout: one input may take at most 10 s; -rss_limit_mb: memory of one run.
build-fuzz/fuzz/claimgraph_fuzz build-fuzz/corpus -max_total_time="$secs" -max_len=65536 -timeout=10 \
  -rss_limit_mb=2048 -artifact_prefix=build-fuzz/findings/ -print_final_stats=1 2>build-fuzz/fuzz.log || true
if ! grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+ *DONE" build-fuzz/fuzz.log; then
  tail -20 build-fuzz/fuzz.log >&2
  echo "fuzz: the fuzzer did not run to the end (log: build-fuzz/fuzz.log)" >&2
  exit 1
fi
after=$(ls build-fuzz/findings | wc -l)
if [ "$after" -gt "$before" ]; then
  echo "fuzz: $((after - before)) new finding(s) in build-fuzz/findings/ (log: build-fuzz/fuzz.log)" >&2
  exit 1
fi
echo "fuzz: no findings in $secs s"
