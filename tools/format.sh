#!/usr/bin/env bash
# Formats every C++ file of the project with clang-format (.clang-format at the top).
#   tools/format.sh          rewrite the files in place
#   tools/format.sh --check  list the files that are not formatted; exit 1 if any
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cc' '*.h' 2>/dev/null || find src include tools tests bench -name '*.cc' -o -name '*.h')
if [ "${1:-}" = "--check" ]; then
  present=()
  for f in "${files[@]}"; do
    [ -f "$f" ] && present+=("$f")
  done
  # One clang-format for all the files (one each took 6 s of CPU and, on a loaded machine, 40 s).
  if out=$(clang-format --style=file --dry-run -Werror "${present[@]}" 2>&1); then
    exit 0
  fi
  bad=$(sed -n 's/^\(.*\):[0-9]*:[0-9]*: error: code should be clang-formatted.*/\1/p' <<<"$out" | sort -u)
  if [ -z "$bad" ]; then
    echo "$out" >&2
  else
    sed 's/.*/not formatted: & (run tools\/format.sh)/' <<<"$bad"
  fi
  exit 1
fi
clang-format --style=file -i "${files[@]}"
