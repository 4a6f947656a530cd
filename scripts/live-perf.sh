#!/usr/bin/env bash
# Live sharing under load (issue: note-takers over SSH). Runs the real facilitator in a
# pseudo-terminal with the report-back timer running, then:
#   1. an idle client for 30 s: bytes the host sends it (reported per minute);
#   2. 50 clients each adding a note every second for SECONDS (default 60), while a probe
#      client records a commitment every 2 s and the time until its text is drawn on the
#      facilitator's screen is measured; host CPU over the window; the facilitator's
#      keypress-to-frame time under the load;
#   3. the saved file: every note exactly once.
# usage: scripts/live-perf.sh [SECONDS=60] [CLIENTS=50]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
python3 - "$(pwd)/target/release/plenary" "${1:-60}" "${2:-50}" <<'PY'
import fcntl, glob, json, os, pty, select, socket, statistics, struct, sys, tempfile, termios, threading, time

bin_, seconds, n_clients = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
work = tempfile.mkdtemp()
env = dict(os.environ, TERM="xterm-256color", PLENARY_DIR=f"{work}/s", PLENARY_RUNTIME_DIR=f"{work}/run")
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    os.execve(bin_, [bin_, "run", "sessions/monitoring-results-workshop.json"], env)

screen = bytearray()
lock = threading.Lock()
def pump():
    while True:
        try:
            data = os.read(fd, 65536)
        except OSError:
            return
        if not data:
            return
        with lock:
            screen.extend(data)
threading.Thread(target=pump, daemon=True).start()
def wait_socket():
    for _ in range(100):
        socks = glob.glob(f"{work}/run/*.sock")
        if socks:
            return socks[0]
        time.sleep(0.05)
    sys.exit("the facilitator never opened its socket")
sock_path = wait_socket()
time.sleep(0.3)
os.write(fd, b"\r"); time.sleep(0.2); os.write(fd, b"]]]"); time.sleep(0.2); os.write(fd, b" ")
time.sleep(0.5)

class Client:
    def __init__(self, name):
        self.s = socket.socket(socket.AF_UNIX); self.s.connect(sock_path)
        self.name, self.seq, self.buf, self.bytes = name, 0, b"", 0
        self.send({"type": "hello", "version": 1, "name": name, "role": "note_taker", "client": name, "secret": f"bench-secret-{name}-0123456789"})
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

# 1. Idle client while the timer runs.
idle = Client("idle"); time.sleep(1); idle.drain(); start_bytes = idle.bytes
time.sleep(30); idle.drain()
idle_per_min = (idle.bytes - start_bytes) * 2

# 2. Load.
os.write(fd, b"2"); time.sleep(0.3)
clients = [Client(f"taker{i:02d}") for i in range(n_clients)]
probe = Client("probe")
time.sleep(1)
def cpu():
    f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")
cpu0, t0 = cpu(), time.time()
latencies, keys = [], []
stop = time.time() + seconds
tick = 0
while time.time() < stop:
    tick += 1
    for c in clients:
        c.note(f"{c.name} note {c.seq + 1}")
    if tick % 2 == 0:
        # No spaces: the screen diff skips blank cells, so only a solid token arrives whole.
        text = f"Probe-commitment-{tick:04d}"
        with lock: mark = len(screen)
        probe.seq += 1
        sent = time.perf_counter()
        probe.send({"type": "op", "seq": probe.seq, "op": {"op": "add_commitment", "draft": {
            "what": text, "owner": "UN system", "deadline": "2027-06-30", "anchor": {"item": 3}}}})
        while time.perf_counter() - sent < 2:
            with lock:
                if text.encode() in bytes(screen[mark:]): break
            time.sleep(0.0005)
        latencies.append((time.perf_counter() - sent) * 1000)
    if tick % 5 == 1:
        # Facilitator keypress under load: to the people view and straight back, each timed
        # to the first bytes of its frame.
        for key in (b"4", b"2"):
            with lock: mark = len(screen)
            pressed = time.perf_counter()
            os.write(fd, key)
            while time.perf_counter() - pressed < 1:
                with lock:
                    if len(screen) > mark: break
                time.sleep(0.0002)
            keys.append((time.perf_counter() - pressed) * 1000)
    for c in clients + [probe, idle]:
        c.drain()
    time.sleep(max(0, tick - (time.time() - t0)))
cpu_pct = (cpu() - cpu0) / (time.time() - t0) * 100
time.sleep(1.5)

# 3. Quit and check the file.
os.write(fd, b"q"); time.sleep(0.3); os.write(fd, b"y")
os.waitpid(pid, 0)
saved = json.load(open(glob.glob(f"{work}/s/*.json")[0]))
notes = [n["text"] for n in saved["live"]["notes"]]
expected = {f"{c.name} note {k}" for c in clients for k in range(1, c.seq + 1)}
dupes = len(notes) - len(set(notes))
missing = len(expected - set(notes))
latencies.sort(); keys.sort()
p99 = lambda xs: xs[min(len(xs) - 1, int(len(xs) * 0.99))]
print(f"idle client: {idle_per_min} bytes/minute received while the presenter timer ran")
print(f"{n_clients} clients x 1 note/s for {seconds}s: {len(notes)} notes saved, {dupes} duplicated, {missing} missing")
print(f"note-taker's commitment drawn on the facilitator's screen: median {statistics.median(latencies):.1f} ms, p99 {p99(latencies):.1f} ms ({len(latencies)} samples)")
print(f"facilitator keypress to frame under load: median {statistics.median(keys):.2f} ms, p99 {p99(keys):.2f} ms ({len(keys)} presses)")
print(f"host CPU during the load: {cpu_pct:.2f}% of a core")
PY
