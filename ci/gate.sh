#!/usr/bin/env bash
# The perf gate: builds release, runs the cases (quick by default) and judges them against the
# committed baseline. Exit codes are perfbench check's: 0 pass, 1 regression, 2 inconclusive.
# Extra flags go to `perfbench check` (e.g. ci/gate.sh --format markdown, or --full for every round).
set -euo pipefail
cd "$(dirname "$0")/.."
ci/install-deps.sh
# The same flags as ci/bench.sh, so the two share one release build.
swift build -c release --product perfbench -Xswiftc -dwarf-version=4 -Xcc -gdwarf-4 >&2
bin="$(swift build -c release --show-bin-path)/perfbench"
# Like is judged against like: callgrind counts a quarter of the events in a quick run, so a quick
# gate reads the accepted quick run and a full gate the accepted full run.
mode=(--quick)
baseline=results/baseline-quick.json
args=()
for arg in "$@"; do
    if [[ $arg == --full ]]; then mode=(); baseline=results/baseline.json; else args+=("$arg"); fi
done
# Two cases measured on this 2-core VM move more than the defaults allow, run to run, with no code
# change (five quick gates of unchanged code, November 2026):
# - group.healthyCount.scan: the fixed side is a 1.7 ns read at the harness's floor; its speedup
#   swung 14x-23x. Its fix-holds floor (5x) still gates it.
# - lb.select.contended2: two threads on the guest's two vCPUs; how the hypervisor schedules them
#   moves its time up to 4.5x between runs of the same binary on an idle machine (63 -> 287 ns/event,
#   speedup 127x -> 41x). Drift is effectively not judged for it; its fix-holds floor (3x) and its
#   allocation ceiling (0) still are.
case_tolerances=(
    --tolerance 'group.healthyCount.*:speedup-drop=60%'
    --tolerance 'lb.select.contended2.*:time-growth=1000%'
    --tolerance 'lb.select.contended2.*:speedup-drop=90%'
)
mkdir -p results/tmp
gate() {
    "$bin" check --baseline "$baseline" "${mode[@]}" --output results/tmp/gate-current.json \
        "${case_tolerances[@]}" "${args[@]}"
}
# An inconclusive verdict (exit 2) means the run was too noisy to decide, e.g. a neighbour took a
# core: measure once more, and keep whatever the second run says.
status=0
gate || status=$?
if ((status == 2)); then
    echo "ci/gate.sh: the gate was inconclusive; measuring once more" >&2
    status=0
    gate || status=$?
fi
exit "$status"
