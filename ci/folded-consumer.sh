#!/usr/bin/env bash
# Installs the reference consumer of perfbench's folded stacks: flameshow, the terminal flame graph
# viewer from PyPI, whose parser (flamegraph-textual's stackcollapse parser) reads the `a;b;c count`
# format as flamegraph.pl does. It goes into a virtualenv under .build/ so nothing system-wide changes.
# FoldedConsumerTests (swift test) runs ci/folded_consumer.py with that interpreter and checks that
# the tree it builds from a folded file perfbench wrote is perfbench's own, frame by frame.
# With a folded file as argument, prints that tree instead: ci/folded-consumer.sh profiles/x/legacy.folded
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.build/folded-consumer
if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
    ci/install-deps.sh python3 python3-venv
fi
if [[ ! -x $venv/bin/python ]] || ! "$venv/bin/python" -c 'import flamegraph_textual' 2>/dev/null; then
    echo "ci/folded-consumer.sh: installing flameshow 1.1.5 into $venv" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check 'flameshow==1.1.5' 'flamegraph-textual==0.1.2'
fi
if (($#)); then
    exec "$venv/bin/python" ci/folded_consumer.py "$@"
fi
