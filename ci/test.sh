#!/usr/bin/env bash
# Installs what is missing, builds, runs every test, then reads the export and gate formats back
# with independent readers (ci/check-exports.sh): the encoders' golden files, and a real results
# file (the committed quick baseline) exported in every format by the CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
ci/install-deps.sh
# The flame graph tool from PyPI that FoldedConsumerTests checks perfbench's folded files against.
ci/folded-consumer.sh || echo "ci/test.sh: the folded-stack reference consumer could not be installed; FoldedConsumerTests will skip" >&2
swift build --build-tests
swift test --skip-build
ci/check-exports.sh
PERFBENCH="$(swift build --show-bin-path)/perfbench" ci/check-exports.sh results/baseline-quick.json
