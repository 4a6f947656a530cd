#!/usr/bin/env bash
# From Enter to "recorded ✓" on the facilitator's screen, which appears only once the
# change is durable on disk (issue 10, item 3), on sessions of about 1 MB and 5 MB; and the
# keypress-to-frame time on the same sessions, to show saving never holds up the screen.
# usage: scripts/save-perf.sh [COMMITMENTS=40]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-40}
cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin=$(pwd)/target/release/plenary
for mb in 1 5; do
python3 - "$bin" "$work" "$mb" "$N" <<'PY'
import datetime, json, os, pty, select, statistics, sys, time
bin_, work, mb, n = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
s = json.load(open("sessions/monitoring-results-workshop.json"))
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
words = "district data on aid flows and budget execution " * 20
notes = [{"text": f"Earlier note {i}: {words}", "author": {"name": "note-taker"}, "at": now,
          "anchor": {"item": 0}} for i in range(mb * 1024)]
s["live"] = {"id": f"save-perf-{mb}", "created_at": now, "started_at": now, "current_item": 4,
             "current_group": 0, "items": [{"spans": [{"start": now, "end": now}]}] * 4 + [{"spans": [{"start": now}]}, {}],
             "presentations": [{"timer": {}}] * 3, "notes": notes, "commitments": [], "revision": len(notes) + 5}
dirs = {k: os.path.join(work, f"{k}-{mb}") for k in ("s", "run", "state")}
for d in dirs.values():
    os.makedirs(d, exist_ok=True)
os.chmod(dirs["run"], 0o700)
path = os.path.join(dirs["s"], "big.json")
json.dump(s, open(path, "w"), indent=2)
size = os.path.getsize(path)
pid, fd = pty.fork()
if pid == 0:
    import fcntl, termios, struct
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    os.environ.update(TERM="xterm-256color", PLENARY_DIR=dirs["s"], PLENARY_RUNTIME_DIR=dirs["run"],
                      PLENARY_STATE_DIR=dirs["state"])
    os.execv(bin_, [bin_, "run", path])
def drain():
    while select.select([fd], [], [], 0)[0]:
        os.read(fd, 65536)
def until(marker, limit=10):
    seen, end = b"", time.perf_counter() + limit
    while marker not in seen and time.perf_counter() < end:
        if select.select([fd], [], [], 0.5)[0]:
            seen += os.read(fd, 65536)
    return marker in seen
until(b"ACTION PLANNING")
time.sleep(1.5)  # let the first rewrite of the whole file finish: measure the steady state
said, keys = [], []
for i in range(n):
    drain()
    os.write(fd, b"c")
    until(b"New commitment")
    os.write(fd, f"Commitment number {i} from the save benchmark\tMinistry of Planning\t+3w".encode())
    until(b"+3w")
    drain()
    t0 = time.perf_counter()
    os.write(fd, b"\r")
    # Only the cells that change are written ("recorded", a skipped blank, "✓"), and
    # "saving…" never says recorded.
    if until(b" recorded"):
        said.append((time.perf_counter() - t0) * 1000)
    # Keypress to frame meanwhile: switch views and time the first bytes back.
    drain()
    t0 = time.perf_counter()
    os.write(fd, b"2" if i % 2 == 0 else b"1")
    if select.select([fd], [], [], 2)[0] and os.read(fd, 65536):
        keys.append((time.perf_counter() - t0) * 1000)
    # Every other commitment comes about a second after the last one, when the writer
    # starts rewriting the whole file: those Enters land in the middle of that rewrite.
    time.sleep(0.05 if i % 2 else 0.96 + 0.01 * (i % 8))
os.write(fd, b"q")
until(b"Session saved", 15)
os.waitpid(pid, 0)
said.sort(); keys.sort()
q = lambda xs, p: xs[min(len(xs) - 1, int(len(xs) * p))]
print(f"{size / 1048576:.1f} MB session: Enter to durable and said 'recorded ✓': median {statistics.median(said):.1f} ms, "
      f"p90 {q(said, 0.9):.1f} ms, max {said[-1]:.1f} ms ({len(said)} of {n}); keypress to frame meanwhile: "
      f"median {statistics.median(keys):.2f} ms, p99 {q(keys, 0.99):.2f} ms")
PY
done
