#!/usr/bin/env bash
# Whole `claimgraph ingest` runs over growing corpora: BBC articles copied with their people
# renamed (bench/scale_corpus.py) to at least each size, ingested into a fresh database; prints
# per size the articles, wall seconds, MB/s, CPU seconds per MB (and per quarter of the input),
# wall seconds per MB over the first size's, the process's
# peak RSS and the database's size.
#   bench/scale_bench.sh [BBC_DIR] [WORK_DIR] [SIZE_MB...]
#   (default: ../shared/corpus/bbc, /tmp/claimgraph-scale, 250 500 1000)
# The corpus (about the largest size) stays in WORK_DIR/corpus for the next run; the database
# is deleted after each size.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-../shared/corpus/bbc}
work=${2:-/tmp/claimgraph-scale}
shift $(($# < 2 ? $# : 2))
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(250 500 1000)
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2 --target claimgraph_cli >/dev/null
mkdir -p "$work"
bin="$work/claimgraph"  # a copy: a rebuild during the run does not change what is measured
cp build/claimgraph "$bin"
max=0
for s in "${sizes[@]}"; do max=$(python3 -c "print(max($max, $s))"); done
read -r copies copy_bytes < <(python3 bench/scale_corpus.py "$bin" "$dir" "$work/corpus" "$max")
echo "corpus: $work/corpus, $copies copies of $(python3 -c "print(f'{$copy_bytes/1000000:.2f}')") MB (people renamed in each)"
printf '%-8s %6s %9s %9s %8s %9s %7s %9s %9s\n' SIZE COPIES ARTICLES SECONDS "MB/S" "CPU S/MB" "S/MB x" "PEAK RSS" "DB"
base=""
for s in "${sizes[@]}"; do
  k=$(python3 -c "import math; print(math.ceil($s * 1000000 / $copy_bytes))")
  paths=()
  for i in $(seq 1 "$k"); do paths+=("$work/corpus/c$(printf %03d "$i").jsonl"); done
  db="$work/ingest.db"
  rm -f "$db" "$db-wal" "$db-shm"
  # wall and CPU seconds and the child's peak RSS (KB), measured by a fresh python per run,
  # which also samples every 2 s how far the ingest has read and the CPU time it has used, and
  # prints the CPU seconds per MB of each quarter of the input (the cost of the last quarter
  # against the first shows whether it grows with the database)
  read -r secs cpu rss quarters < <(python3 - "$db" "$work/ingest.log" "$bin" ingest --db "$db" "${paths[@]}" <<'PY'
import os, resource, subprocess, sys, time
db, log, cmd = sys.argv[1], sys.argv[2], sys.argv[3:]
files = [a for a in cmd if a.endswith(".jsonl")]
sizes = {f: os.path.getsize(f) for f in files}
before = {}
total = 0
for f in files:
    before[os.path.realpath(f)] = total
    total += sizes[f]
samples = [(0, 0.0)]  # (input bytes read, CPU seconds)
t0 = time.monotonic()
with open(log, "w") as out:
    p = subprocess.Popen(cmd, stderr=out)
    tick = os.sysconf("SC_CLK_TCK")
    while p.poll() is None:
        time.sleep(2)
        try:
            stat = open(f"/proc/{p.pid}/stat").read().rsplit(")", 1)[1].split()
            cpu = (int(stat[11]) + int(stat[12])) / tick
            done = None
            for fd in os.listdir(f"/proc/{p.pid}/fd"):
                target = os.readlink(f"/proc/{p.pid}/fd/{fd}")
                if target in before:
                    pos = int(open(f"/proc/{p.pid}/fdinfo/{fd}").read().split()[1])
                    done = before[target] + pos
            if done is not None:
                samples.append((done, cpu))
        except (OSError, IndexError, ValueError):
            pass
wall = time.monotonic() - t0
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
samples.append((total, ru.ru_utime + ru.ru_stime))
quarters = []
for q in range(4):
    lo, hi = total * q / 4, total * (q + 1) / 4
    inside = [s for s in samples if lo <= s[0] <= hi]
    if len(inside) >= 2 and inside[-1][0] > inside[0][0]:
        quarters.append(f"{(inside[-1][1] - inside[0][1]) / ((inside[-1][0] - inside[0][0]) / 1e6):.3f}")
    else:
        quarters.append("-")
print(f"{wall:.2f} {ru.ru_utime + ru.ru_stime:.2f} {ru.ru_maxrss} {','.join(quarters)}")
PY
  )
  summary=$(tail -n 1 "$work/ingest.log")
  mb=$(python3 -c "print($k * $copy_bytes / 1000000)")
  dbsize=$(du -m "$db" | cut -f1)
  rm -f "$db" "$db-wal" "$db-shm"
  read -r articles < <(echo "$summary" | sed -n 's/^ingest: read \([0-9]*\),.*/\1/p')
  [ -n "$base" ] || base=$(python3 -c "print($secs / $mb)")
  printf '%-8s %6s %9s %9.1f %8.2f %9.3f %7.2f %6.0f MB %6s MB\n' "$(python3 -c "print(f'{$mb:.0f}MB')")" "$k" \
    "$articles" "$secs" "$(python3 -c "print($mb / $secs)")" "$(python3 -c "print($cpu / $mb)")" \
    "$(python3 -c "print($secs / $mb / $base)")" "$(python3 -c "print($rss / 1024)")" "$dbsize"
  echo "  CPU seconds per MB by quarter of the input: $quarters"
  echo "  $summary"
done
