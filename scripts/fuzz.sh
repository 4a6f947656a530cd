#!/usr/bin/env bash
# Fuzzes the session loader (`loader`: any bytes; `values`: real session files with odd
# values), the socket protocol and the deadline grammar for SECONDS each (default 600),
# seeded from the kept corpus in tests/corpus/TARGET. A failing input is
# saved under fuzz/artifacts/TARGET/; copy it into tests/corpus/TARGET/ once fixed, so
# `cargo test` checks it for good. Needs a nightly toolchain (installed if missing).
#
#   scripts/fuzz.sh            # 10 minutes per target
#   scripts/fuzz.sh 60 loader  # one target, one minute
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(loader values protocol deadline)

rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
cargo +nightly fuzz build -O

for target in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$target" fuzz/logs
  echo "== $target: ${seconds}s"
  # One job on purpose: the figures are per core, and the machine stays usable.
  cargo +nightly fuzz run -O "$target" "fuzz/corpus/$target" "tests/corpus/$target" -- \
    -max_total_time="$seconds" -dict=fuzz/json.dict -max_len=65536 -timeout=10 \
    -print_final_stats=1 >"fuzz/logs/$target.log" 2>&1 || {
      echo "$target FAILED: see fuzz/logs/$target.log and fuzz/artifacts/$target/"
      tail -40 "fuzz/logs/$target.log"
      exit 1
    }
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)|^#[0-9]+ *DONE' \
    "fuzz/logs/$target.log" || true
  echo "   corpus: $(ls "fuzz/corpus/$target" | wc -l) inputs"
done
