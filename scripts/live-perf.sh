#!/usr/bin/env bash
# Live sharing under load (issue 14: note-takers over SSH, "never wonder"). Runs the real
# facilitator in a pseudo-terminal, then:
#   1. joining a 1 MB session: `plenary join` in a pseudo-terminal, from start to "● live"
#      on its screen (the whole session received, applied and drawn), 10 times;
#   2. an idle client for 30 s: bytes the host sends it (reported per minute);
#   3. NOTE_TAKERS note-takers on one Unix account (default 20): one real `plenary join` in
#      a pseudo-terminal (another note-taker's screen), a listener reading its socket, a
#      probe writing a note every 2 s, the rest each adding a note every second, for
#      SECONDS (default 60). The probe's note is timed until its text is drawn on the other
#      note-taker's screen, until it reaches the listener's socket, and until it is drawn on
#      the facilitator's screen; host CPU over the window; the facilitator's keypress to
#      frame meanwhile;
#   4. the saved file: every note exactly once.
# usage: scripts/live-perf.sh [SECONDS=60] [NOTE_TAKERS=20]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
target=${CARGO_TARGET_DIR:-target}
case "$target" in /*) ;; *) target="$(pwd)/$target" ;; esac
python3 - "$target/release/plenary" "${1:-60}" "${2:-20}" <<'PY'
import datetime, fcntl, glob, json, os, pty, select, signal, socket, statistics, struct, sys, tempfile, termios, threading, time

bin_, seconds, takers = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
work = tempfile.mkdtemp()
env = dict(os.environ, TERM="xterm-256color", PLENARY_DIR=f"{work}/s", PLENARY_RUNTIME_DIR=f"{work}/run",
           PLENARY_STATE_DIR=f"{work}/state")
p99 = lambda xs: sorted(xs)[min(len(xs) - 1, int(len(xs) * 0.99))]

class Pty:
    """A program in a pseudo-terminal, its output collected by a thread."""
    def __init__(self, args, cols, rows):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
            os.execve(bin_, [bin_] + args, env)
        self.out, self.lock = bytearray(), threading.Lock()
        threading.Thread(target=self.pump, daemon=True).start()
    def pump(self):
        while True:
            try:
                data = os.read(self.fd, 65536)
            except OSError:
                return
            if not data:
                return
            with self.lock:
                self.out.extend(data)
    def mark(self):
        with self.lock:
            return len(self.out)
    def seen(self, token, since=0):
        with self.lock:
            return token in bytes(self.out[since:])
    def wait(self, token, since=0, limit=10.0):
        end = time.perf_counter() + limit
        while time.perf_counter() < end:
            if self.seen(token, since):
                return True
            time.sleep(0.0005)
        return False
    def send(self, keys):
        os.write(self.fd, keys)
    def close(self):
        try:
            os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass

def wait_socket():
    for _ in range(200):
        socks = glob.glob(f"{work}/run/*.sock")
        if socks:
            return socks[0]
        time.sleep(0.05)
    sys.exit("the facilitator never opened its socket")

# The session: the monitoring workshop, on the first group's report-back, with about 1 MB of
# notes from earlier in the day.
s = json.load(open("sessions/monitoring-results-workshop.json"))
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
words = "district data on aid flows and budget execution " * 20
earlier = [{"text": f"Earlier note {i}: {words}", "author": {"name": "note-taker"}, "at": now,
            "anchor": {"item": 0}} for i in range(1024)]
s["live"] = {"id": "live-perf", "created_at": now, "started_at": now, "current_item": 3,
             "current_group": 0, "items": [{"spans": [{"start": now, "end": now}]}] * 3 + [{"spans": [{"start": now}]}, {}, {}],
             "presentations": [{"timer": {}}] * 3, "notes": earlier, "commitments": [], "revision": len(earlier) + 4}
os.makedirs(f"{work}/s"); os.makedirs(f"{work}/state"); os.makedirs(f"{work}/run", mode=0o700)
path = f"{work}/s/live-perf.json"
json.dump(s, open(path, "w"), indent=2)
size_mb = os.path.getsize(path) / 1e6
host = Pty(["run", path], 120, 40)
sock_path = wait_socket()
host.wait(b"REFLECTION")
host.send(b" ")
time.sleep(0.5)

# 1. Joining the 1 MB session.
joins = []
for i in range(10):
    t0 = time.perf_counter()
    j = Pty(["join", "--name", f"Joiner{i}"], 80, 24)
    if not j.wait(b"live", limit=10):
        sys.exit("a join never said it was live")
    joins.append((time.perf_counter() - t0) * 1000)
    j.send(b"q"); j.close()
print(f"joining a {size_mb:.1f} MB session: start of plenary join to '● live' on its screen: median {statistics.median(joins):.0f} ms, max {max(joins):.0f} ms (10 joins)")

class Client:
    def __init__(self, name):
        self.s = socket.socket(socket.AF_UNIX); self.s.connect(sock_path)
        self.name, self.seq, self.bytes = name, 0, 0
        self.send({"type": "hello", "version": 1, "name": name, "role": "note_taker", "client": name, "secret": f"bench-secret-{name}-0123456789"})
        # In before the next connects: the host lets only 8 of one account wait for hello.
        first = b""
        while b"\n" not in first:
            d = self.s.recv(1 << 20)
            if not d:
                sys.exit(f"{name} was not let in")
            first += d
        if b'"welcome"' not in first.split(b"\n")[0][:100]:
            sys.exit(f"{name} was not let in: {first[:200]!r}")
    def send(self, msg):
        self.s.sendall((json.dumps(msg) + "\n").encode())
    def note(self, text):
        self.seq += 1
        self.send({"type": "op", "seq": self.seq, "op": {"op": "add_note", "text": text, "anchor": {"item": 3, "group": 0}}})
    def drain(self):
        self.s.setblocking(False)
        try:
            while True:
                d = self.s.recv(1 << 20)
                if not d: break
                self.bytes += len(d)
        except BlockingIOError:
            pass
        self.s.setblocking(True)

# 2. An idle client while the timer runs.
idle = Client("idle"); time.sleep(1); idle.drain(); start_bytes = idle.bytes
time.sleep(30); idle.drain()
idle_per_min = (idle.bytes - start_bytes) * 2

# 3. The load: the facilitator on the notes (3), a note-taker's screen, a listener, a probe.
host.send(b"3"); time.sleep(0.3)
screen = Pty(["join", "--name", "Observer"], 80, 24)
screen.wait(b"live")
# Its notes view: 20 notes in sight, as a note-taker following the discussion keeps it.
screen.send(b"3")
screen.wait(b"NOTES")
listener = Client("listener")
heard, heard_lock = {}, threading.Lock()
def listen():
    buf = b""
    while True:
        try:
            d = listener.s.recv(1 << 20)
        except OSError:
            return
        if not d:
            return
        at = time.perf_counter()
        buf += d
        *lines, buf = buf.split(b"\n")
        for line in lines:
            if b"Probe-note-" in line:
                k = line.find(b"Probe-note-")
                with heard_lock:
                    heard.setdefault(line[k:k + 15], at)
threading.Thread(target=listen, daemon=True).start()
writers = [Client(f"taker{i:02d}") for i in range(takers - 3)]
probe = Client("probe")
time.sleep(1)
def cpu():
    f = open(f"/proc/{host.pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")
cpu0, t0 = cpu(), time.time()
on_screen, on_socket, on_host, keys = [], [], [], []
missed_screen = missed_host = 0
stop = time.time() + seconds
tick = 0
while time.time() < stop:
    tick += 1
    for c in writers:
        c.note(f"{c.name} note {c.seq + 1}")
    if tick % 2 == 0:
        # No spaces: the screen diff skips blank cells, so only a solid token arrives whole.
        token = f"Probe-note-{tick:04d}".encode()
        m_screen, m_host = screen.mark(), host.mark()
        sent = time.perf_counter()
        probe.note(token.decode())
        done_screen = done_host = None
        while time.perf_counter() - sent < 2 and (done_screen is None or done_host is None):
            if done_screen is None and screen.seen(token, m_screen):
                done_screen = time.perf_counter()
            if done_host is None and host.seen(token, m_host):
                done_host = time.perf_counter()
            time.sleep(0.0005)
        # A note not seen within 2 s counts as 2 s (at 18 notes a second it may scroll by
        # between two frames: counted, not hidden).
        on_screen.append(((done_screen or time.perf_counter()) - sent) * 1000)
        on_host.append(((done_host or time.perf_counter()) - sent) * 1000)
        missed_screen += done_screen is None
        missed_host += done_host is None
        with heard_lock:
            if token in heard:
                on_socket.append((heard[token] - sent) * 1000)
    if tick % 5 == 1:
        # The facilitator's keypress under load: to the people view and back to the notes,
        # each timed to the first bytes of its frame.
        # Timed to the new view's heading, not to whatever frame a note brought meanwhile.
        for key, heading in ((b"4", b"PEOPLE"), (b"3", b"NOTES")):
            mark = host.mark()
            pressed = time.perf_counter()
            host.send(key)
            host.wait(heading, mark, limit=1)
            keys.append((time.perf_counter() - pressed) * 1000)
    for c in writers + [probe, idle]:
        c.drain()
    time.sleep(max(0, tick - (time.time() - t0)))
cpu_pct = (cpu() - cpu0) / (time.time() - t0) * 100
time.sleep(1.5)

# 4. Quit and check the file.
screen.send(b"q"); screen.close()
host.send(b"q"); time.sleep(0.3); host.send(b"y")
host.close()
saved = json.load(open(path))
notes = [n["text"] for n in saved["live"]["notes"]][len(earlier):]
expected = {f"{c.name} note {k}" for c in writers for k in range(1, c.seq + 1)}
expected |= {f"Probe-note-{t:04d}" for t in range(2, tick + 1, 2)}
dupes = len(notes) - len(set(notes))
missing = len(expected - set(notes))
print(f"idle client: {idle_per_min} bytes/minute received while the presenter timer ran")
print(f"{takers} note-takers on one account ({len(writers)} writing a note a second, a probe every 2 s, a listener, one plenary join on screen) for {seconds}s: {len(notes)} notes saved, {dupes} duplicated, {missing} missing")
print(f"a note on another note-taker's screen (plenary join, 80x24, notes view): median {statistics.median(on_screen):.1f} ms, p99 {p99(on_screen):.1f} ms ({len(on_screen)} notes, {missed_screen} not seen within 2 s)")
if on_socket:
    print(f"a note at another note-taker's socket: median {statistics.median(on_socket):.1f} ms, p99 {p99(on_socket):.1f} ms ({len(on_socket)} notes)")
print(f"a note-taker's note on the facilitator's screen: median {statistics.median(on_host):.1f} ms, p99 {p99(on_host):.1f} ms ({len(on_host)} notes, {missed_host} not seen within 2 s)")
print(f"facilitator keypress to frame under load: median {statistics.median(keys):.2f} ms, p99 {p99(keys):.2f} ms ({len(keys)} presses)")
print(f"host CPU during the load: {cpu_pct:.2f}% of a core")
PY
