#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
ci/install-deps.sh
# The flame graph tool from PyPI that FoldedConsumerTests checks perfbench's folded files against.
ci/folded-consumer.sh || echo "ci/test.sh: the folded-stack reference consumer could not be installed; FoldedConsumerTests will skip" >&2
swift build --build-tests
swift test --skip-build
