#!/usr/bin/env bash
# Reads perfbench's export and gate files back with independent readers and checks them against
# each format's published shape:
#   OpenMetrics text   prometheus_client.openmetrics.parser (PyPI prometheus-client), the strict
#                      OpenMetrics 1.0 parser (TYPE/UNIT/HELP, unit suffixes, escaping, # EOF)
#   JUnit XML          junitparser (PyPI), plus the standard library's XML parser
#   CSV                Python's csv module (RFC 4180 quoting, CRLF)
#   BMF, github-action-benchmark and gate JSON   Python's json module and structural checks
# and cross-checks that every figure reads back the same from CSV, OpenMetrics, BMF and the
# github-action-benchmark files.
#
# Usage: ci/check-exports.sh [DIR | RESULTS.json]
# DIR holds any of export.bmf.json export.github-smaller.json export.github-bigger.json
# export.openmetrics.txt export.csv gate.junit.xml gate.json; by default the golden files the Swift
# tests compare the encoders' output with (Tests/PerfBenchKitTests/Snapshots), so this checks
# exactly what the encoders write. Given a results file instead, it exports that run in every
# format with `perfbench export` and judges it against itself with `perfbench check --format junit`
# and `--format json` (binary: $PERFBENCH, default .build/debug/perfbench), then checks those files.
# The readers go into a virtualenv under .build; pip needs PyPI (or a mirror) the first time.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-Tests/PerfBenchKitTests/Snapshots}
if [[ -f $target ]]; then
    perfbench=${PERFBENCH:-.build/debug/perfbench}
    dir=$(mktemp -d)
    trap 'rm -rf "$dir"' EXIT
    for format in bmf github-smaller github-bigger openmetrics csv; do
        case $format in
            openmetrics) name=export.openmetrics.txt ;;
            csv) name=export.csv ;;
            *) name=export.$format.json ;;
        esac
        "$perfbench" export "$target" --format "$format" --output "$dir/$name"
    done
    for format in junit json; do
        name=gate.$format; [[ $format == junit ]] && name=gate.junit.xml
        # The verdict (0 pass ... 3 moved) does not matter here, only that the file is written.
        status=0
        "$perfbench" check --current "$target" --baseline "$target" --format "$format" >"$dir/$name" || status=$?
        if ((status > 3)); then
            echo "check-exports: perfbench check --format $format failed with exit $status" >&2
            exit 1
        fi
    done
    echo "check-exports: $target exported to every format"
else
    dir=$target
fi
if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
    ci/install-deps.sh python3 python3-venv
fi
venv=.build/export-check-venv
[[ -x $venv/bin/python ]] || python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check 'prometheus-client==0.26.0' 'junitparser==5.0.3'
"$venv/bin/python" ci/check_exports.py "$dir"
