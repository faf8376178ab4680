#!/usr/bin/env bash
# The gate's mutation suite: applies each realistic source-level regression in ci/mutations/ to a
# scratch copy of this checkout, one at a time, builds it (release) and runs the quick gate against
# the committed baseline. Every mutation must be caught: a verdict other than pass, and the rule that
# fired. Prints one line per mutation and a table; exits 1 when any mutation went unnoticed.
#
#   ci/mutations.sh                 # every mutation (a rebuild and a gate over its cases each)
#   ci/mutations.sh 01 04           # only those whose file name starts with 01 or 04
#
# A mutation is a file ci/mutations/NN-name.mutation:
#   line 1: '# ' and one line saying what the regression is, as a reviewer would describe it
#   line 2 (optional): '# cases: PATTERN', the cases the gate runs (`check --cases`): the families
#     the mutated code runs in. A subset cannot hide a catch (the gate's verdict is its worst case)
#     and keeps a mutation to a minute or two instead of a full quick run.
#   then one or more blocks:  @@ FILE  /  <<< anchor text  /  === replacement  /  >>>
# The anchor must occur exactly once in FILE; the suite fails loudly when it does not (the code it
# mutates has changed: update the mutation, never drop it).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
ci/install-deps.sh
scratch=$(mktemp -d /tmp/perfbench-mutations.XXXXXX)
trap 'git -C "$root" worktree remove --force "$scratch/tree" >/dev/null 2>&1 || true; rm -rf "$scratch"' EXIT
git worktree add --detach -q "$scratch/tree" HEAD
# Reuse this checkout's release build products: each mutation then rebuilds only what it touched.
# Clang's module cache records its absolute path, so the copy drops it (it is rebuilt in place).
if [[ -d .build ]]; then
    cp -a .build "$scratch/tree/.build"
    rm -rf "$scratch"/tree/.build/*/*/ModuleCache
fi
results=()
missed=0
for mutation in ci/mutations/*.mutation; do
    name=$(basename "$mutation" .mutation)
    if (($# > 0)); then
        keep=no
        for prefix in "$@"; do [[ $name == "$prefix"* ]] && keep=yes; done
        [[ $keep == yes ]] || continue
    fi
    what=$(head -n 1 "$mutation" | sed 's/^# //')
    cases=()
    if sed -n 2p "$mutation" | grep -q '^# cases: '; then cases=(--cases "$(sed -n 2p "$mutation" | sed 's/^# cases: //')"); fi
    echo "mutations: $name: $what" >&2
    git -C "$scratch/tree" checkout -q -- .
    python3 ci/apply-mutation.py "$scratch/tree" "$mutation"
    (cd "$scratch/tree" && root=$PWD && source ci/release-flags.sh &&
        swift build "${release_flags[@]}" --product perfbench >&2)
    status=0
    (cd "$scratch/tree" && "$(swift build -c release --show-bin-path)/perfbench" check --quick "${cases[@]}" \
        --baseline "$root/results/baseline-quick.json" >"$scratch/$name.txt") || status=$?
    verdict=$(head -n 1 "$scratch/$name.txt")
    rules=$(grep -E '^    [a-z_]+\.[A-Za-z_:.]+ ' "$scratch/$name.txt" | awk '{print $1}' | sort | uniq -c |
        sort -rn | awk '{printf "%s%s×%s", sep, $2, $1; sep=", "}')
    if ((status == 0)); then missed=$((missed + 1)); caught="MISSED"; else caught="caught (exit $status)"; fi
    results+=("$name|$what|$caught|$rules")
    cp "$scratch/$name.txt" "results/tmp/mutation-$name.txt" 2>/dev/null || { mkdir -p results/tmp; cp "$scratch/$name.txt" "results/tmp/mutation-$name.txt"; }
    echo "mutations: $name: $caught: $verdict" >&2
done
printf '\n| mutation | regression | verdict | rules that fired (count of cases) |\n| --- | --- | --- | --- |\n'
for row in "${results[@]}"; do
    IFS='|' read -r name what caught rules <<<"$row"
    printf '| %s | %s | %s | %s |\n' "$name" "$what" "$caught" "$rules"
done
printf '\nFull gate outputs: results/tmp/mutation-*.txt\n'
((missed == 0))
