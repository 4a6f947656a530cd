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
python3 - "$bin" "$dir" <<'PY'
# Launch to the board on screen, in a 120x40 pseudo-terminal, and peak memory.
import os, pty, select, sys, time
bin_, d = sys.argv[1], sys.argv[2]
samples, peak = [], 0
for _ in range(5):
    t0 = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        import fcntl, termios, struct
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        os.environ["TERM"] = "xterm-256color"
        os.execv(bin_, [bin_, "review", "--board", "--dir", d])
    seen = b""
    while b"of 20000" not in seen:
        r, _, _ = select.select([fd], [], [], 10)
        if not r: break
        seen += os.read(fd, 1 << 16)
    samples.append((time.perf_counter() - t0) * 1000)
    # Type a search to exercise the board, then read the peak resident size.
    os.write(fd, b"/ministry")
    time.sleep(0.3)
    with open(f"/proc/{pid}/status") as f:
        peak = max(peak, int(next(l for l in f if l.startswith("VmHWM")).split()[1]) / 1024)
    os.kill(pid, 15); os.waitpid(pid, 0); os.close(fd)
samples.sort()
print(f"plenary review --board: launch to board on screen: median {samples[2]:.0f} ms, max {samples[-1]:.0f} ms; peak RSS {peak:.1f} MiB")
PY
rm -rf "$dir"
