#!/usr/bin/env bash
# The perf gate: builds release, runs the cases (quick by default) and judges them against the
# committed baseline. This is `perfbench check --quick` and nothing more: tolerances belong to the
# cases (`perfbench list` shows them), a too-noisy case is re-measured and pooled by check itself.
# Exit codes are perfbench check's: 0 pass, 1 regression, 2 inconclusive, 3 baseline moved.
# Extra flags go to `perfbench check` (e.g. ci/gate.sh --format markdown, --format junit, or --full
# for the full run). The judged (pooled) run is kept in results/tmp/gate-current.json.
#
# --history (or PERFBENCH_HISTORY=DIR, or --history=DIR) also adds the judged run to the history
# folder (results/history/quick, or results/history for --full; see ci/bench.sh) and prints
# `perfbench history` of it on stderr, so the gate's stdout stays the verdict in the chosen format.
# The exit status is then the gate's when it did not pass, else history's (1: the newest step of a
# series is a regression beyond the case's tolerance).
set -euo pipefail
cd "$(dirname "$0")/.."
history=${PERFBENCH_HISTORY:-}
mode=(--quick)
args=()
for arg in "$@"; do
    case $arg in
        --full) mode=() ;;
        --history) history=auto ;;
        --history=*) history=${arg#--history=} ;;
        *) args+=("$arg") ;;
    esac
done
if [[ $history == auto ]]; then
    if ((${#mode[@]})); then history=results/history/quick; else history=results/history; fi
fi
ci/install-deps.sh
# The same flags as ci/bench.sh, so the two share one release build.
root=$PWD
source ci/release-flags.sh
swift build "${release_flags[@]}" --product perfbench >&2
bin="$(swift build -c release --show-bin-path)/perfbench"
mkdir -p results/tmp
current=results/tmp/gate-current.json
if [[ -z $history ]]; then
    exec "$bin" check "${mode[@]}" --output "$current" "${args[@]}"
fi
status=0
"$bin" check "${mode[@]}" --output "$current" "${args[@]}" || status=$?
# Only a run that was measured and judged (pass, regression, inconclusive, moved) joins the history.
if ((status > 3)) || [[ ! -f $current ]]; then
    exit "$status"
fi
history_status=0
"$bin" history "$history" --add "$current" --output results/tmp/history >&2 || history_status=$?
if ((status != 0)); then exit "$status"; fi
exit "$history_status"
