//! Runs the real `plenary` binary in a pseudo-terminal and reads its screen.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

pub mod cli;
pub mod console;
pub mod editor;
pub mod mistakes;
pub mod serial;
pub mod words;

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};

/// A running program, its keyboard, and the screen a terminal would show.
pub struct Term {
    /// The runtime and state directories of a test that named none.
    _scratch: tempfile::TempDir,
    child: Box<dyn Child + Send + Sync>,
    /// The terminal's side, kept to read its settings (raw mode or not) after the program.
    master: Box<dyn portable_pty::MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    screen: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    /// How many bytes a second the terminal reads of the program's output (0: none).
    read_rate: Arc<std::sync::atomic::AtomicU64>,
    /// Counts the chunks of output read, and wakes whoever waits for the screen to change.
    output: Arc<(Mutex<u64>, Condvar)>,
}

impl Term {
    /// Starts `plenary ARGS` in a `cols`x`rows` terminal with extra environment variables.
    pub fn spawn(args: &[&str], env: &[(&str, &Path)], cols: u16, rows: u16) -> Term {
        Term::spawn_under(&[], args, env, cols, rows)
    }

    /// Starts `WRAPPER... plenary ARGS`: plenary run by another program (`prlimit`, `setpriv`)
    /// that sets up its process and then executes it.
    pub fn spawn_under(
        wrapper: &[&str],
        args: &[&str],
        env: &[(&str, &Path)],
        cols: u16,
        rows: u16,
    ) -> Term {
        Term::spawn_full(
            wrapper,
            Path::new(env!("CARGO_MANIFEST_DIR")),
            args,
            env,
            cols,
            rows,
        )
    }

    /// Starts `plenary ARGS` in the folder `cwd` (not the repository): what a user who has
    /// only the binary sees.
    pub fn spawn_in(
        cwd: &Path,
        args: &[&str],
        env: &[(&str, &Path)],
        cols: u16,
        rows: u16,
    ) -> Term {
        Term::spawn_full(&[], cwd, args, env, cols, rows)
    }

    /// Starts `WRAPPER... PROGRAM ARGS`, where `PROGRAM` is a copy of plenary somewhere
    /// else (for `ssh -t user@localhost /copy/of/plenary join`, say).
    pub fn spawn_remote(
        wrapper: &[&str],
        program: &str,
        args: &[&str],
        cols: u16,
        rows: u16,
    ) -> Term {
        let cwd = Path::new(env!("CARGO_MANIFEST_DIR"));
        Term::spawn_with(wrapper, program, cwd, args, &[], cols, rows)
    }

    fn spawn_full(
        wrapper: &[&str],
        cwd: &Path,
        args: &[&str],
        env: &[(&str, &Path)],
        cols: u16,
        rows: u16,
    ) -> Term {
        let program = env!("CARGO_BIN_EXE_plenary");
        Term::spawn_with(wrapper, program, cwd, args, env, cols, rows)
    }

    fn spawn_with(
        wrapper: &[&str],
        program: &str,
        cwd: &Path,
        args: &[&str],
        env: &[(&str, &Path)],
        cols: u16,
        rows: u16,
    ) -> Term {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pseudo-terminal");
        let mut cmd = match wrapper.split_first() {
            Some((first, rest)) => {
                let mut cmd = CommandBuilder::new(first);
                cmd.args(rest);
                cmd.arg(program);
                cmd
            }
            None => CommandBuilder::new(program),
        };
        cmd.args(args);
        cmd.cwd(cwd);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        // Screens in English unless a test asks for a language (issue 16): a developer's own
        // locale does not change what the tests read.
        for k in ["LC_ALL", "LC_MESSAGES"] {
            cmd.env_remove(k);
        }
        cmd.env("LANG", "C.UTF-8");
        for (k, v) in env {
            // An empty value unsets the variable, as a user who never exported it.
            if v.as_os_str().is_empty() {
                cmd.env_remove(k);
            } else {
                cmd.env(k, v);
            }
        }
        // Sockets and drafts never land in the real runtime or state directory: a test that
        // names none gets its own, removed with the `Term`.
        let scratch = tempfile::tempdir().expect("a scratch directory");
        for (k, sub) in [
            ("PLENARY_RUNTIME_DIR", "run"),
            ("PLENARY_STATE_DIR", "state"),
        ] {
            if !env.iter().any(|(name, _)| *name == k) {
                cmd.env(k, scratch.path().join(sub));
            }
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn plenary");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            rows.try_into().unwrap(),
            cols.try_into().unwrap(),
            0,
        )));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let read_rate = Arc::new(std::sync::atomic::AtomicU64::new(u64::MAX));
        let output = Arc::new((Mutex::new(0u64), Condvar::new()));
        let (s, r, rate, out) = (
            Arc::clone(&screen),
            Arc::clone(&raw),
            Arc::clone(&read_rate),
            Arc::clone(&output),
        );
        std::thread::spawn(move || {
            let mut chunk = [0u8; 8192];
            loop {
                // A throttled terminal reads a tenth of its rate every tenth of a second.
                let limit = match rate.load(std::sync::atomic::Ordering::Relaxed) {
                    0 => {
                        std::thread::sleep(Duration::from_millis(20));
                        continue;
                    }
                    u64::MAX => chunk.len(),
                    bytes => {
                        std::thread::sleep(Duration::from_millis(100));
                        (bytes / 10).clamp(1, chunk.len() as u64) as usize
                    }
                };
                let n = match reader.read(&mut chunk[..limit]) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => n,
                };
                s.lock().unwrap().process(&chunk[..n]);
                r.lock().unwrap().extend_from_slice(&chunk[..n]);
                *out.0.lock().unwrap() += 1;
                out.1.notify_all();
            }
            // The program and every process holding its terminal are gone: all it wrote
            // has been read.
            *out.0.lock().unwrap() = u64::MAX;
            out.1.notify_all();
        });
        Term {
            _scratch: scratch,
            child,
            master: pair.master,
            writer,
            screen,
            raw,
            read_rate,
            output,
        }
    }

    /// Waits up to `limit` for more output than `seen` chunks; returns the count now.
    fn wait_output(&self, seen: u64, limit: Duration) -> u64 {
        let (count, more) = &*self.output;
        let guard = count.lock().unwrap();
        *more
            .wait_timeout_while(guard, limit, |n| *n == seen)
            .unwrap()
            .0
    }

    /// Chunks of output read so far.
    fn output_count(&self) -> u64 {
        *self.output.0.lock().unwrap()
    }

    /// How the first cell of `text` on screen is drawn: (reverse video, bold, underlined);
    /// none when the text is not there.
    pub fn attributes_of(&self, text: &str) -> Option<(bool, bool, bool)> {
        let parser = self.screen.lock().unwrap();
        let screen = parser.screen();
        let (rows, cols) = screen.size();
        let want: Vec<String> = text.chars().map(String::from).collect();
        (0..rows.get()).find_map(|row| {
            let cells: Vec<String> = (0..cols.get())
                .map(|col| match screen.cell(row, col).map(|c| c.contents()) {
                    // A cell never written is blank, as a space is.
                    Some("") | None => " ".to_string(),
                    Some(text) => text.to_string(),
                })
                .collect();
            let x = cells
                .windows(want.len())
                .position(|w| w == want.as_slice())?;
            let cell = screen.cell(row, x as u16)?;
            Some((cell.inverse(), cell.bold(), cell.underline()))
        })
    }

    /// The screen's text now.
    pub fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Everything the program wrote, escape sequences included.
    pub fn raw(&self) -> Vec<u8> {
        self.raw.lock().unwrap().clone()
    }

    /// Waits until `text` is on screen; panics with the screen if it never appears.
    pub fn wait_for(&self, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut seen = self.output_count();
        loop {
            let now = self.contents();
            if now.contains(text) {
                return now;
            }
            if Instant::now() > deadline {
                panic!("never saw {text:?}; the screen was:\n{now}");
            }
            // Look again as soon as the program writes, so timings are not rounded up.
            seen = self.wait_output(seen, Duration::from_millis(50));
        }
    }

    /// Waits until the screen satisfies `ok` (`what` names it for the failure): for a
    /// screen drawn in several writes, where one word may show before the line it is in.
    pub fn wait_until(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut seen = self.output_count();
        loop {
            let now = self.contents();
            if ok(&now) {
                return now;
            }
            if Instant::now() > deadline {
                panic!("never saw {what}; the screen was:\n{now}");
            }
            seen = self.wait_output(seen, Duration::from_millis(50));
        }
    }

    /// Quits a console with `q`, saying yes when it asks first (an agenda item's clock or
    /// a presenter's timer counting: recheck NEW-14).
    pub fn quit_console(&mut self) {
        let before = self.raw().len();
        self.send("q");
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut seen = self.output_count();
        while Instant::now() < deadline {
            // The question wraps where the box is narrow: its title says it is one.
            let now = self.contents();
            if now.contains("Quit anyway?") || now.contains("Confirm") {
                self.send("y");
                return;
            }
            // Left its screen: quit without a question (the exit is for the caller to see).
            let raw = self.raw();
            if raw.len() > before && String::from_utf8_lossy(&raw[before..]).contains("\x1b[?1049l")
            {
                return;
            }
            seen = self.wait_output(seen, Duration::from_millis(50));
        }
    }

    /// Waits until one of `texts` is on screen, and returns the screen.
    pub fn wait_for_any(&self, texts: &[&str]) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut seen = self.output_count();
        loop {
            let now = self.contents();
            if texts.iter().any(|t| now.contains(t)) {
                return now;
            }
            if Instant::now() > deadline {
                panic!(
                    "never saw any of {texts:?}; the screen was:\n{now}\nraw: {:?}",
                    String::from_utf8_lossy(&self.raw())
                );
            }
            seen = self.wait_output(seen, Duration::from_millis(50));
        }
    }

    /// Makes the terminal read the program's output at `bytes_per_second` (0: not at all,
    /// `u64::MAX`: as fast as it comes), like a slow or frozen link.
    pub fn set_read_rate(&self, bytes_per_second: u64) {
        self.read_rate
            .store(bytes_per_second, std::sync::atomic::Ordering::Relaxed);
    }

    /// Waits until `text` is no longer on screen.
    pub fn wait_gone(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut seen = self.output_count();
        while self.contents().contains(text) {
            assert!(Instant::now() < deadline, "{text:?} stayed on screen");
            seen = self.wait_output(seen, Duration::from_millis(50));
        }
    }

    /// Types keys without the pause `send` leaves for the program, to time its answer.
    pub fn send_now(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Types keys as a person would.
    pub fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        std::thread::sleep(Duration::from_millis(30));
    }

    /// Whether the terminal is back to how a shell expects it: raw mode off (line editing
    /// and echo on), the alternate screen left and the cursor shown after the program's
    /// last entry into them.
    pub fn restored(&self) -> Result<(), String> {
        use nix::sys::termios::LocalFlags;
        let termios = self.master.get_termios().ok_or("no terminal settings")?;
        if !termios
            .local_flags
            .contains(LocalFlags::ICANON | LocalFlags::ECHO)
        {
            return Err(format!("still in raw mode: {:?}", termios.local_flags));
        }
        let raw = String::from_utf8_lossy(&self.raw()).into_owned();
        let after = raw.rsplit("\x1b[?1049h").next().unwrap_or(&raw);
        if !after.contains("\x1b[?1049l") {
            return Err("the alternate screen was not left".into());
        }
        if !after.contains("\x1b[?25h") {
            return Err("the cursor was not shown again".into());
        }
        Ok(())
    }

    /// Puts the terminal in cooked mode (line editing and echo on), as a shell does when
    /// a job it runs is stopped (nc14 #13).
    pub fn cook(&self) {
        use nix::sys::termios::{LocalFlags, SetArg, tcsetattr};
        use std::os::fd::BorrowedFd;
        let mut termios = self.master.get_termios().expect("terminal settings");
        termios.local_flags |= LocalFlags::ICANON | LocalFlags::ECHO;
        let fd = self.master.as_raw_fd().expect("the terminal's descriptor");
        // SAFETY: the descriptor is the master's, open while `self` lives.
        let fd = unsafe { BorrowedFd::borrow_raw(fd) };
        tcsetattr(fd, SetArg::TCSANOW, &termios).expect("set the terminal's settings");
    }

    /// Whether the terminal is in raw mode (no line editing).
    pub fn is_raw(&self) -> bool {
        use nix::sys::termios::LocalFlags;
        self.master
            .get_termios()
            .is_some_and(|t| !t.local_flags.contains(LocalFlags::ICANON))
    }

    /// Writes `bytes` on the screen as if something else (a shell) had printed them.
    pub fn scribble(&self, bytes: &[u8]) {
        self.screen.lock().unwrap().process(bytes);
    }

    /// The program's process id.
    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("a running child has a pid")
    }

    /// Waits until everything the exited program wrote has been read (its last words after
    /// the screen is restored), or two seconds for a terminal that has stopped reading.
    fn wait_output_end(&self) {
        let (count, changed) = &*self.output;
        let deadline = Instant::now() + Duration::from_secs(2);
        let mut n = count.lock().unwrap();
        while *n != u64::MAX {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return;
            }
            n = changed.wait_timeout(n, left).unwrap().0;
        }
    }

    /// Waits for the program to exit and returns its exit code.
    pub fn wait_exit_code(&mut self) -> u32 {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                self.wait_output_end();
                return status.exit_code();
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("plenary did not exit; the screen was:\n{}", self.contents());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits for the program to exit and returns whether it succeeded.
    pub fn wait_exit(&mut self) -> bool {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                self.wait_output_end();
                return status.success();
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("plenary did not exit; the screen was:\n{}", self.contents());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Term {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

/// The `*.json` files in `dir`.
pub fn json_files(dir: &Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect()
}

/// Connects to a live session's socket as note-taker `name` (also its client id), the way
/// `plenary join` does, for tests that speak the protocol themselves.
pub fn protocol_client(
    socket: &Path,
    name: &str,
) -> std::io::Result<std::os::unix::net::UnixStream> {
    use plenary::live::protocol::{ClientMsg, PROTOCOL_VERSION, Role, encode};
    let mut stream = std::os::unix::net::UnixStream::connect(socket)?;
    let hello = ClientMsg::Hello {
        version: PROTOCOL_VERSION,
        name: name.into(),
        role: Role::NoteTaker,
        client: name.into(),
        secret: format!("secret-of-{name}-0123456789abcdef"),
    };
    stream.write_all(&encode(&hello))?;
    Ok(stream)
}

/// The one session file plenary created in `dir`.
pub fn session_file(dir: &Path) -> std::path::PathBuf {
    // The keeper creates the file on its own thread: the screen may be drawn before it is.
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut files = json_files(dir);
    while files.is_empty() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(10));
        files = json_files(dir);
    }
    assert_eq!(
        files.len(),
        1,
        "expected one session file in {}: {files:?}",
        dir.display()
    );
    files[0].clone()
}

/// Waits until some file under `dir` (at any depth) holds `text`: a write made by
/// another process's background thread.
pub fn wait_for_file_text(dir: &Path, text: &str) {
    fn any_holds(dir: &Path, text: &str) -> bool {
        std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .any(|e| {
                let path = e.path();
                if path.is_dir() {
                    any_holds(&path, text)
                } else {
                    std::fs::read(&path).is_ok_and(|b| String::from_utf8_lossy(&b).contains(text))
                }
            })
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    while !any_holds(dir, text) {
        assert!(
            Instant::now() < deadline,
            "no file under {} ever held {text:?}",
            dir.display()
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Waits until a file with extension `ext` is in `dir` (made by another process) and
/// returns it.
pub fn wait_for_path(dir: &Path, ext: &str) -> std::path::PathBuf {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let found = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|x| x == ext));
        if let Some(path) = found {
            return path;
        }
        assert!(
            Instant::now() < deadline,
            "no .{ext} file ever in {}",
            dir.display()
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// The directories a live session's processes share in a test: sessions, sockets, drafts.
pub struct LiveDirs {
    pub sessions: std::path::PathBuf,
    pub run: std::path::PathBuf,
    pub state: std::path::PathBuf,
}

impl LiveDirs {
    /// The three directories under `dir`.
    pub fn new(dir: &Path) -> LiveDirs {
        LiveDirs {
            sessions: dir.join("s"),
            run: dir.join("run"),
            state: dir.join("state"),
        }
    }

    /// Sessions saved straight into `dir`, sockets and drafts in hidden folders inside it:
    /// a test's live session never meets another test's.
    pub fn within(dir: &Path) -> LiveDirs {
        LiveDirs {
            sessions: dir.to_path_buf(),
            run: dir.join(".run"),
            state: dir.join(".state"),
        }
    }

    /// The environment that points plenary at them.
    pub fn env(&self) -> [(&'static str, &Path); 3] {
        [
            ("PLENARY_DIR", self.sessions.as_path()),
            ("PLENARY_RUNTIME_DIR", self.run.as_path()),
            ("PLENARY_STATE_DIR", self.state.as_path()),
        ]
    }
}

/// A small generator, so a failing run can be replayed from its seed (never 0).
pub struct Rng(pub u64);

impl Rng {
    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

/// `plenary run` of the short example agenda in a `cols`x`rows` terminal, with the session
/// begun: live clients can join it.
pub fn begun_session(env: &[(&str, &Path)], cols: u16, rows: u16) -> Term {
    let mut host = Term::spawn(&["run", "sessions/short-plenary.json"], env, cols, rows);
    host.wait_for("Press Enter to begin");
    host.send("\r");
    host.wait_for("OPENING");
    host
}
