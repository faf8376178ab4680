#!/usr/bin/env bash
# The full before/after comparison: installs what is missing, builds release, runs every case.
# Flags pass through to `perfbench run` (e.g. ci/bench.sh --quick, --items 148,150, --engine wall).
set -euo pipefail
cd "$(dirname "$0")/.."
ci/install-deps.sh
# DWARF 4 so valgrind 3.19 reads the debug info quietly under the callgrind engine.
swift build -c release --product perfbench -Xswiftc -dwarf-version=4 -Xcc -gdwarf-4 >&2
exec "$(swift build -c release --show-bin-path)/perfbench" run "$@"
