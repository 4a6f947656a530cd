#!/usr/bin/env bash
# Reproduces the scale figures of review and follow-up: 1,000 session files with 20,000
# commitments; times `plenary commitments --overdue --format json` and reports its memory.
# usage: scripts/review-perf.sh [N=1000]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
cargo build --release --quiet
dir=$(mktemp -d)
python3 scripts/gen-sessions.py "$dir" "$N"
bin=$(pwd)/target/release/plenary
"$bin" commitments --dir "$dir" --overdue --format json >/dev/null  # warm the page cache
python3 - "$bin" "$dir" <<'PY'
import subprocess, sys, time, resource
bin_, d = sys.argv[1], sys.argv[2]
times = []
for _ in range(7):
    t0 = time.perf_counter()
    out = subprocess.run([bin_, "commitments", "--dir", d, "--overdue", "--format", "json"], capture_output=True, check=True)
    times.append((time.perf_counter() - t0) * 1000)
times.sort()
import json
count = json.loads(out.stdout)["count"]
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"commitments --overdue --format json: median {times[3]:.0f} ms, max {times[-1]:.0f} ms, {count} overdue listed, peak RSS {rss:.1f} MiB")
PY
rm -rf "$dir"
