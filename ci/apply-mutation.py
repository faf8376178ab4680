#!/usr/bin/env python3
"""Applies one ci/mutations/*.mutation file to a source tree; see ci/mutations.sh for the format."""
import pathlib
import sys


def blocks(text):
    """Yields (file, anchor, replacement) from the mutation's @@/<<</===/>>> blocks."""
    lines = text.splitlines(keepends=True)
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.startswith("@@ "):
            index += 1
            continue
        path = line[3:].strip()
        assert lines[index + 1].rstrip("\n") == "<<<", f"{path}: expected <<< after @@"
        index += 2
        anchor = []
        while lines[index].rstrip("\n") != "===":
            anchor.append(lines[index])
            index += 1
        index += 1
        replacement = []
        while lines[index].rstrip("\n") != ">>>":
            replacement.append(lines[index])
            index += 1
        index += 1
        yield path, "".join(anchor), "".join(replacement)


def main():
    tree, mutation = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    for path, anchor, replacement in blocks(mutation.read_text()):
        target = tree / path
        source = target.read_text()
        count = source.count(anchor)
        if count != 1:
            sys.exit(f"{mutation.name}: anchor found {count} times in {path} (expected once): update the mutation")
        target.write_text(source.replace(anchor, replacement))


if __name__ == "__main__":
    main()
