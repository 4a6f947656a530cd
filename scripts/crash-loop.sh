#!/usr/bin/env bash
# The host SIGKILLed KILLS times (default 500, the floor) while three note-takers write to
# it; after each restart every acknowledged operation must be in the file exactly once.
# `cargo test` runs the same loop with 30 kills.
#
#   scripts/crash-loop.sh          # 500 kills
#   scripts/crash-loop.sh 2000 42  # 2,000 kills from seed 42
set -euo pipefail
cd "$(dirname "$0")/.."
export PLENARY_CRASH_KILLS=${1:-500}
[ -z "${2:-}" ] || export PLENARY_CRASH_SEED=$2
cargo test --release --test crash_loop -- --nocapture 2>&1 | grep -E 'SIGKILL|panicked|kill [0-9]|test result'
