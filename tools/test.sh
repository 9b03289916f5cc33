#!/usr/bin/env bash
# Builds and runs every test: a normal build, then the same suite under
# AddressSanitizer and UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
# Each step's wall and CPU seconds (its processes' user + sys) on stderr: where CI's time goes.
phase() {
  local name=$1 TIMEFORMAT
  shift
  TIMEFORMAT="phase $name: %1R s wall, %1U s user + %1S s sys"
  time "$@"
}
start=$SECONDS
phase deps tools/install-deps.sh
phase npm tools/install-npm.sh
phase format tools/format.sh --check
jobs=$(nproc)
# build DIR CMAKE-ARGS... [-- TARGETS...]: configures DIR and builds it (the targets, or all).
build() {
  local dir=$1 args=() targets=()
  shift
  while [ $# -gt 0 ] && [ "$1" != -- ]; do args+=("$1"); shift; done
  [ $# -gt 0 ] && shift && targets=(--target "$@")
  cmake -S . -B "$dir" "${args[@]}" >/dev/null
  cmake --build "$dir" -j"$jobs" "${targets[@]}"
}
run_ctest() { (cd "$1" && ctest --output-on-failure -j"$jobs"); }
phase build build build -DCMAKE_BUILD_TYPE=RelWithDebInfo
# Where Debian's clang is installed, the fuzzing build (tools/fuzz.sh) compiles on one core
# while the suites run: ctest leaves a core idle much of its time.
fuzz_pid=""
if command -v clang++ >/dev/null; then
  CLAIMGRAPH_FUZZ_JOBS=1 phase fuzz-build tools/fuzz.sh --build-only &
  fuzz_pid=$!
fi
phase ctest run_ctest build
# The sanitizer build needs only what ctest runs: the suite and the CLI it drives.
phase asan-build build build-asan -DCMAKE_BUILD_TYPE=Debug -DCLAIMGRAPH_SANITIZE=ON -- claimgraph_tests claimgraph_cli
ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions="$PWD/tests/lsan.supp" UBSAN_OPTIONS=print_stacktrace=1 \
  phase asan-ctest run_ctest build-asan
# A minute of fuzzing of the readers and the extractor, alone on its core (a finding fails the run).
if [ -n "$fuzz_pid" ]; then
  wait "$fuzz_pid"
  phase fuzz tools/fuzz.sh 60
fi
echo "tools/test.sh: $((SECONDS - start)) s" >&2
