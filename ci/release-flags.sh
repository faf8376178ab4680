# Sourced (with `root` set to the checkout to build) by every script that builds perfbench to measure:
# ci/gate.sh, ci/bench.sh, ci/mutations.sh, ci/example.sh. One set of flags, so they share one build,
# and so any checkout path builds the same loaded bytes:
# - DWARF 4: valgrind 3.19 reads the debug info quietly under the callgrind engine.
# - -fmacro-prefix-map: swift-crypto's BoringSSL keeps __FILE__ in loaded read-only data. With the
#   checkout path in it, a checkout elsewhere shifted the data segment, the heap with it, and exact
#   legacy counts by 0.9 instructions per event (sched.placeWithLocality.drained.n100: 107 105.81
#   against 107 104.89), which the gate reports as "legacy changed".
release_flags=(
    -c release -Xswiftc -dwarf-version=4 -Xcc -gdwarf-4
    -Xcc "-fmacro-prefix-map=$root/=" -Xcxx "-fmacro-prefix-map=$root/="
)
