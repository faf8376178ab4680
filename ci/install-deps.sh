#!/usr/bin/env bash
# Installs the Debian packages perfbench builds and tests against, only when something is missing.
# Works on a fresh Debian machine with no apt lists (apt-get update runs before any install).
#   libpfm4-dev      libpfm4 headers + library (event name -> perf_event_attr)
#   libjemalloc-dev  jemalloc headers + library (process allocator, allocation counting)
#   libxxhash-dev    header-only XXH3 used by the runtimes
#   libdw-dev        elfutils libdw/libdwfl: symbols for the sampling profiler
#   valgrind         callgrind client-request headers, and the callgrind engine at run time
#   binutils         strip, used by the callgrind test (valgrind 3.19 cannot read DWARF 5)
#   git              HostProbe records the commit
# Arguments name extra packages a script needs on top (ci/check-exports.sh: python3 python3-venv).
set -euo pipefail
packages=(libpfm4-dev libjemalloc-dev libxxhash-dev libdw-dev valgrind binutils git "$@")
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "ci/install-deps.sh: installing ${missing[*]}"
    SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
