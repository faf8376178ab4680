#!/usr/bin/env bash
# The perf gate: builds release, runs the cases (quick by default) and judges them against the
# committed baseline. This is `perfbench check --quick` and nothing more: tolerances belong to the
# cases (`perfbench list` shows them), a too-noisy case is re-measured and pooled by check itself.
# Exit codes are perfbench check's: 0 pass, 1 regression, 2 inconclusive, 3 baseline moved.
# Extra flags go to `perfbench check` (e.g. ci/gate.sh --format markdown, or --full for the full run).
set -euo pipefail
cd "$(dirname "$0")/.."
ci/install-deps.sh
# The same flags as ci/bench.sh, so the two share one release build.
swift build -c release --product perfbench -Xswiftc -dwarf-version=4 -Xcc -gdwarf-4 >&2
bin="$(swift build -c release --show-bin-path)/perfbench"
mode=(--quick)
args=()
for arg in "$@"; do
    if [[ $arg == --full ]]; then mode=(); else args+=("$arg"); fi
done
mkdir -p results/tmp
exec "$bin" check "${mode[@]}" --output results/tmp/gate-current.json "${args[@]}"
