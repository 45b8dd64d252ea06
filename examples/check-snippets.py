#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Checks that the guides show only code that runs.

Every fenced C, Python or JavaScript block in the guides given on the
command line must follow a line

    <!-- example: NAME -->

naming a program in examples/ (which meson test runs), and its lines must
appear in that program in a row, as they are (indentation relative to the
block's first line included). Exits non-zero naming each block that does
not.
"""

import os
import re
import sys
import textwrap

EXAMPLES = os.path.dirname(os.path.abspath(__file__))
LANGUAGES = {'c', 'python', 'js', 'javascript'}
MARKER = re.compile(r'^<!-- example: (\S+) -->$')
FENCE = re.compile(r'^```(\w*)\s*$')


def blocks(path):
    """Yields (line number, language, marker or None, lines) of each fenced block."""
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    previous = None
    i = 0
    while i < len(lines):
        match = FENCE.match(lines[i])
        if not match:
            if lines[i].strip():
                previous = lines[i].strip()
            i += 1
            continue
        start = i
        i += 1
        body = []
        while i < len(lines) and not lines[i].startswith('```'):
            body.append(lines[i])
            i += 1
        marker = MARKER.match(previous or '')
        yield start + 1, match.group(1), marker.group(1) if marker else None, body
        previous = None
        i += 1


def normalized(lines):
    return textwrap.dedent('\n'.join(line.rstrip() for line in lines)).strip('\n').split('\n')


def contains(program, block):
    block = normalized(block)
    for start in range(len(program) - len(block) + 1):
        if normalized(program[start:start + len(block)]) == block:
            return True
    return False


def main(paths):
    problems = []
    checked = 0
    for path in paths:
        for line, language, example, body in blocks(path):
            if language not in LANGUAGES:
                continue
            where = '{}:{}'.format(os.path.basename(path), line)
            if example is None:
                problems.append('{}: a {} block without an <!-- example: … --> line'.format(where, language))
                continue
            program_path = os.path.join(EXAMPLES, example)
            if not os.path.isfile(program_path):
                problems.append('{}: no program examples/{}'.format(where, example))
                continue
            with open(program_path, encoding='utf-8') as f:
                program = f.read().split('\n')
            if not contains(program, body):
                problems.append('{}: the block is not in examples/{} as written'.format(where, example))
                continue
            checked += 1
    for problem in problems:
        print(problem)
    print('{} blocks checked, {} problems'.format(checked, len(problems)))
    return 1 if problems or checked == 0 else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
