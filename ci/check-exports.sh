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
# Usage: ci/check-exports.sh [DIR]
# DIR holds any of export.bmf.json export.github-smaller.json export.github-bigger.json
# export.openmetrics.txt export.csv gate.junit.xml gate.json; by default the golden files the Swift
# tests compare the encoders' output with (Tests/PerfBenchKitTests/Snapshots), so this checks
# exactly what the encoders write. The readers go into a virtualenv under .build.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-Tests/PerfBenchKitTests/Snapshots}
if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
    ci/install-deps.sh python3 python3-venv
fi
venv=.build/export-check-venv
[[ -x $venv/bin/python ]] || python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check 'prometheus-client==0.26.0' 'junitparser==5.0.3'
"$venv/bin/python" ci/check_exports.py "$dir"
