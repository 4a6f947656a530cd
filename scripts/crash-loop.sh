#!/usr/bin/env bash
# The host SIGKILLed KILLS times (default 500, the floor) while three note-takers write to
# it; after each restart every acknowledged operation must be in the file exactly once.
# Then a note-taker's `plenary join` SIGKILLed KILLS/2 times while typing: what its screen
# showed comes back, and every note it submitted lands once. Then the facilitator's console
# SIGKILLed KILLS times the instant its screen says a commitment or note is recorded.
# `cargo test` runs the same loops with 30 and 12 kills.
#
#   scripts/crash-loop.sh          # 500 host kills, 250 note-taker kills
#   scripts/crash-loop.sh 2000 42  # 2,000 and 1,000, from seed 42
set -euo pipefail
cd "$(dirname "$0")/.."
export PLENARY_CRASH_KILLS=${1:-500}
export PLENARY_JOIN_KILLS=$((PLENARY_CRASH_KILLS / 2))
export PLENARY_RECORDED_KILLS=$PLENARY_CRASH_KILLS
[ -z "${2:-}" ] || export PLENARY_CRASH_SEED=$2
cargo test --release --test crash_loop --test join_kill_loop --test recorded_kill_loop -- --nocapture 2>&1 \
  | grep -E 'SIGKILL|kills of|kills the instant|panicked|kill [0-9]|test result'
