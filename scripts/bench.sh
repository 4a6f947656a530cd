#!/usr/bin/env bash
# Every performance figure in one run, written to docs/performance.md.
# usage: scripts/bench.sh        (about 8 minutes on 2 cores)
# Runs, each with a release build:
#   scripts/perf.sh 30           presentations screen: bytes, writes, CPU, memory, start, keys
#   termdown / tty-clock         the same harness on them, when installed
#   scripts/save-perf.sh 40      Enter to 'recorded ✓' (durable) on 1 MB and 5 MB sessions
#   scripts/review-perf.sh       1,000 sessions: board, filters, commitments --overdue
#   scripts/live-perf.sh 60 20   20 note-takers on one account: joining 1 MB, a note to the others, keys
#   scripts/report-perf.sh       1,000 sessions: report (md, html, docx); remind for 500 owners
#   tests/slow_links.rs          a flood of 20,000 notes: the facilitator's keys meanwhile
#   cargo bench                  render and review micro-benchmarks
set -euo pipefail
cd "$(dirname "$0")/.."
MEASURE=${MEASURE:-../shared/tools/term-measure.sh}
out=$(mktemp -d)
echo "== presentations screen" >&2
scripts/perf.sh 30 > "$out/console.txt" 2>&1
for other in "termdown 5m" "tty-clock -c"; do
  name=${other%% *}
  if command -v "$name" >/dev/null && [ -f "$MEASURE" ]; then
    echo "== $name" >&2
    COLS=120 ROWS=40 bash "$MEASURE" 30 "$other" > "$out/$name.txt" 2>&1 || true
  fi
done
echo "== saving" >&2
scripts/save-perf.sh 40 > "$out/save.txt" 2>&1
echo "== review" >&2
scripts/review-perf.sh > "$out/review.txt" 2>&1
echo "== report and remind" >&2
scripts/report-perf.sh > "$out/report.txt" 2>&1
echo "== live" >&2
scripts/live-perf.sh 60 20 > "$out/live.txt" 2>&1
echo "== flood" >&2
PLENARY_FLOOD_NOTES=20000 cargo test --release --quiet --test slow_links -- --nocapture 2>/dev/null \
  | grep "notes acknowledged" > "$out/flood.txt" || true
echo "== micro-benchmarks" >&2
cargo bench --bench render 2>/dev/null | tail -1 > "$out/render.txt"
cargo bench --bench review 2>/dev/null | tail -1 > "$out/review-bench.txt"

python3 scripts/perf-report.py "$out" > docs/performance.md
echo "wrote docs/performance.md" >&2
