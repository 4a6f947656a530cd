#!/usr/bin/env bash
# Issue 15's floors: `plenary report` over 1,000 sessions / 20,000 commitments (with
# follow-up history) under 300 ms, and `plenary remind` for 500 owners under 1 s without
# --send. Median of 7 runs after a warm-up, release build: wall time, and CPU time (user +
# system, all threads), which a machine busy with other work changes less.
# usage: scripts/report-perf.sh [N=1000]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
cargo build --release --quiet
bin=$(pwd)/target/release/plenary
[ -n "${CARGO_TARGET_DIR:-}" ] && bin=$CARGO_TARGET_DIR/release/plenary
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
PLENARY_GEN_FOLLOWUP=1 python3 scripts/gen-sessions.py "$dir/report" "$N" >/dev/null
PLENARY_GEN_OWNERS=500 PLENARY_GEN_FOLLOWUP=1 python3 scripts/gen-sessions.py "$dir/owners" "$N" >/dev/null
python3 - "$bin" "$dir" <<'PY'
import subprocess, sys, time, os, shutil, resource
bin_, d = sys.argv[1], sys.argv[2]
def cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime
def median(args, runs=7, before=None):
    subprocess.run(args, capture_output=True)  # warm the page cache
    times, cpus = [], []
    for _ in range(runs):
        if before: before()
        c0, t0 = cpu(), time.perf_counter()
        out = subprocess.run(args, capture_output=True)
        times.append((time.perf_counter() - t0) * 1000)
        cpus.append((cpu() - c0) * 1000)
        assert out.returncode in (0, 1), out.stderr.decode()
    times.sort(); cpus.sort()
    return times[len(times) // 2], times[-1], cpus[len(cpus) // 2]
# The same loading as `commitments`, timed alongside: on a busy machine the ratio still tells.
med, worst, cpu_ms = median([bin_, "commitments", "--dir", f"{d}/report", "--format", "json"])
print(f"baseline, commitments --format json on the same sessions: median {med:.0f} ms, max {worst:.0f} ms (CPU {cpu_ms:.0f} ms)")
for fmt in ("md", "html", "docx"):
    target = os.path.join(d, f"report.{fmt}")
    med, worst, cpu_ms = median([bin_, "report", "--dir", f"{d}/report", "--format", fmt, "-o", target])
    size = os.path.getsize(target) / 1024
    os.remove(target)
    print(f"report --format {fmt} over 1,000 sessions, 20,000 commitments: median {med:.0f} ms, max {worst:.0f} ms (CPU {cpu_ms:.0f} ms), {size:.0f} KiB")
out_dir = os.path.join(d, "eml")
med, worst, cpu_ms = median([bin_, "remind", "--dir", f"{d}/owners", "--out", out_dir],
                            before=lambda: shutil.rmtree(out_dir, ignore_errors=True))
n = len([f for f in os.listdir(out_dir) if f.endswith(".eml")])
print(f"remind for {n} owners (20,000 commitments, without --send): median {med:.0f} ms, max {worst:.0f} ms (CPU {cpu_ms:.0f} ms)")
PY
