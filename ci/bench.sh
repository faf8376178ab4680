#!/usr/bin/env bash
# The full before/after comparison: installs what is missing, builds release, runs every case.
# Flags pass through to `perfbench run` (e.g. ci/bench.sh --quick, --items 148,150, --engine wall).
#
# History: --history (or PERFBENCH_HISTORY=DIR, or --history=DIR) also adds the run to a history
# folder, slimmed (raw rounds dropped), as <yyyy-mm-dd>-<short commit>.json (a commit measured again
# replaces its file), then prints `perfbench history` of the folder: per case the trends across
# commits and the steps found, with HISTORY.md and a chart per case in results/tmp/history. The folder
# is results/history for full runs and results/history/quick for --quick runs, so quick and full runs
# (different rounds and batches) never mix. A run that fails is not added. With --history the exit
# status is history's once the run passed: 1 when the newest step of a series is a regression beyond
# the case's tolerance.
set -euo pipefail
cd "$(dirname "$0")/.."
history=${PERFBENCH_HISTORY:-}
output=results/latest.json
quick=false
args=()
next_is_output=false
for arg in "$@"; do
    if $next_is_output; then
        output=$arg
        next_is_output=false
        args+=("$arg")
        continue
    fi
    case $arg in
        --history) history=auto ;;
        --history=*) history=${arg#--history=} ;;
        --output) next_is_output=true; args+=("$arg") ;;
        --output=*) output=${arg#--output=}; args+=("$arg") ;;
        --quick) quick=true; args+=("$arg") ;;
        *) args+=("$arg") ;;
    esac
done
if [[ $history == auto ]]; then
    if $quick; then history=results/history/quick; else history=results/history; fi
fi
ci/install-deps.sh
# The release flags every measuring script shares (DWARF 4 for valgrind, path-independent bytes).
root=$PWD
source ci/release-flags.sh
swift build "${release_flags[@]}" --product perfbench >&2
bin="$(swift build -c release --show-bin-path)/perfbench"
if [[ -z $history ]]; then
    exec "$bin" run "${args[@]}"
fi
"$bin" run "${args[@]}"
exec "$bin" history "$history" --add "$output" --output results/tmp/history
