"""Reads a folded-stack file the way flameshow does and prints the tree it built.

One line per frame path, root first: `frame;frame<TAB>inclusive count`, sorted; the first line is
`<TAB>total`. Exit 3 when flameshow's parser does not take the file for a folded (stackcollapse) one.
"""
import sys

from flamegraph_textual.parsers import choose_parser
from flamegraph_textual.parsers.stackcollapse_parser import StackCollapseParser


def main(path):
    data = open(path, "rb").read()
    parser_class = choose_parser(data)
    if parser_class is not StackCollapseParser:
        print(f"{path}: flameshow reads it as {parser_class.__name__}, not as folded stacks", file=sys.stderr)
        return 3
    profile = parser_class(path).parse(data)
    lines = []
    pending = [(child, [child.name]) for child in profile.root_stack.children]
    while pending:
        frame, names = pending.pop()
        lines.append(";".join(names) + "\t" + str(frame.values[0]))
        pending.extend((child, names + [child.name]) for child in frame.children)
    print("\t" + str(profile.root_stack.values[0]))
    for line in sorted(lines):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
