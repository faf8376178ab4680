#!/usr/bin/env bash
# Builds Examples/SortingBench (another package's paired cases, through perfbench's public API and
# its CLI entry point) against this checkout and runs its verbs once each: list, a quick wall-clock
# run, the gate on that run against itself, a callgrind run (the hidden child re-runs the example's
# own executable, so it must find the example's catalog), and the report. What it writes stays in
# the example's folder, Examples/SortingBench/.build/ci (gitignored).
# Release, with DWARF 4 for valgrind 3.19: a debug build is inconclusive at the gate (exit 2). The
# build shares the repository's own scratch folder and flags with ci/gate.sh, so perfbench's targets
# and dependencies compile once for both (only the example's executable is its own).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root/Examples/SortingBench"
source "$root/ci/release-flags.sh"
flags=("${release_flags[@]}" --scratch-path "$root/.build")
swift build "${flags[@]}"
bench="$(swift build "${flags[@]}" --show-bin-path)/sorting-bench"
out=.build/ci
rm -rf "$out"
mkdir -p "$out"
"$bench" list
"$bench" run --engine wall --quick --output "$out/run.json"
"$bench" check --current "$out/run.json" --baseline "$out/run.json"
"$bench" run --engine callgrind --quick --cases overhead --output "$out/overhead.json"
"$bench" report "$out/run.json" --output "$out/report"
