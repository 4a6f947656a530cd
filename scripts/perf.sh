#!/usr/bin/env bash
# Reproduces the performance figures of the presentations screen (issue: live console).
# usage: scripts/perf.sh [SECONDS=20]
# Builds a release binary, writes a session that is on the report-back with a presenter
# timer running, and measures it with ../shared/tools/term-measure.sh at 120x40 and 80x24.
set -euo pipefail
cd "$(dirname "$0")/.."
D=${1:-20}
MEASURE=${MEASURE:-../shared/tools/term-measure.sh}
cargo build --release --quiet
work=$(mktemp -d)
python3 - "$work/live.json" <<'PY'
import json, sys, datetime
s = json.load(open("sessions/monitoring-results-workshop.json"))
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
s["live"] = {
    "id": "perf", "created_at": now, "started_at": now,
    "current_item": 3, "current_group": 0,
    "items": [{"spans": [{"start": now, "end": now}]} for _ in range(3)] + [{"spans": [{"start": now}]}] + [{} for _ in range(2)],
    "presentations": [{"timer": {"running_since": now, "first_started": now}}, {"timer": {}}, {"timer": {}}],
    "notes": [], "commitments": [], "revision": 1,
}
json.dump(s, open(sys.argv[1], "w"), indent=1)
PY
bin=${CARGO_TARGET_DIR:-$(pwd)/target}/release/plenary
for size in 120x40 80x24; do
  cp "$work/live.json" "$work/live-$size.json"
  echo "== presentations screen, timer running, $size, ${D}s =="
  COLS=${size%x*} ROWS=${size#*x} bash "$MEASURE" "$D" "$bin run $work/live-$size.json"
done
echo "== start to first frame (release) =="
python3 - "$bin" "$work/live.json" <<'PY'
import os, pty, sys, time, select
bin_, path = sys.argv[1], sys.argv[2]
samples = []
for _ in range(10):
    t0 = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        import fcntl, termios, struct
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        os.environ["TERM"] = "xterm-256color"
        os.execv(bin_, [bin_, "run", path])
    seen = b""
    while b"Presenter" not in seen:
        r, _, _ = select.select([fd], [], [], 5)
        if not r: break
        try: seen += os.read(fd, 65536)
        except OSError: break
    samples.append((time.perf_counter() - t0) * 1000)
    os.kill(pid, 15); os.waitpid(pid, 0); os.close(fd)
samples.sort()
print(f"start to first frame: median {samples[len(samples)//2]:.1f} ms, max {samples[-1]:.1f} ms (10 runs)")

# Keypress to drawn frame: toggle between the stage (1) and commitments (2) screens and
# time from writing the key to reading the new screen's text back.
pid, fd = pty.fork()
if pid == 0:
    import fcntl, termios, struct
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    os.environ["TERM"] = "xterm-256color"
    os.execv(bin_, [bin_, "run", path])
def read_until(marker, limit=5):
    seen = b""
    end = time.perf_counter() + limit
    while marker not in seen and time.perf_counter() < end:
        r, _, _ = select.select([fd], [], [], 0.5)
        if r: seen += os.read(fd, 65536)
    return marker in seen
read_until(b"Presenter")
time.sleep(0.3)
# The app writes only when the screen changed, in one write per frame, so the first
# bytes after a view-switching key are that key's frame.
lat = []
for i in range(40):
    while select.select([fd], [], [], 0)[0]:
        os.read(fd, 65536)
    key = b"2" if i % 2 == 0 else b"1"
    t0 = time.perf_counter()
    os.write(fd, key)
    r, _, _ = select.select([fd], [], [], 2)
    if r and os.read(fd, 65536):
        lat.append((time.perf_counter() - t0) * 1000)
    time.sleep(0.05)
os.kill(pid, 15); os.waitpid(pid, 0)
lat.sort()
print(f"keypress to frame: median {lat[len(lat)//2]:.2f} ms, p99 {lat[-1]:.2f} ms ({len(lat)} presses)")
PY
