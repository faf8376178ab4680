#!/usr/bin/env bash
# Installs what is missing, checks formatting, builds, runs every test, then reads the export and
# gate formats back with independent readers (ci/check-exports.sh): the encoders' golden files, and a
# real results file (the committed quick baseline) exported in every format by the CLI. Last, builds
# and runs the example package that declares cases of its own (ci/example.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
ci/install-deps.sh
# Style first: it is the cheapest check. `.swift-format` states the style the sources keep
# (4-space indent, 120 columns); --strict turns every finding into a failure.
swift format lint --strict --configuration .swift-format --recursive Sources Tests Examples
# Tests reach internals through `package` access, never @testable: release builds are not compiled
# for testing, and `swift build -c release --build-tests` must keep working.
if grep -rn --include='*.swift' '@testable' Tests Examples 2>/dev/null; then
    echo "ci/test.sh: @testable imports break release test builds; use package access instead" >&2
    exit 1
fi
# The flame graph tool from PyPI that FoldedConsumerTests checks perfbench's folded files against.
ci/folded-consumer.sh || echo "ci/test.sh: the folded-stack reference consumer could not be installed; FoldedConsumerTests will skip" >&2
swift build --build-tests
swift test --skip-build
ci/check-exports.sh
PERFBENCH="$(swift build --show-bin-path)/perfbench" ci/check-exports.sh results/baseline-quick.json
# Another package's cases through the public API and the same CLI verbs (Examples/SortingBench):
# a cold release build of the example, then one run of each verb.
ci/example.sh
