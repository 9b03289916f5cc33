#!/usr/bin/env bash
# Builds and runs every test: a normal build, then the same suite under
# AddressSanitizer and UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
tools/install-npm.sh
tools/format.sh --check
jobs=$(nproc)
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$jobs"
(cd build && ctest --output-on-failure -j"$jobs")
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DCLAIMGRAPH_SANITIZE=ON >/dev/null
# The sanitizer build needs only what ctest runs: the suite and the CLI it drives.
cmake --build build-asan -j"$jobs" --target claimgraph_tests claimgraph_cli
(cd build-asan && ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions="$PWD/../tests/lsan.supp" UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j"$jobs")
# Where Debian's clang is installed: a minute of fuzzing of the readers and the extractor
# (tools/fuzz.sh; a finding fails the run).
if command -v clang++ >/dev/null; then
  tools/fuzz.sh 60
fi
