#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Writes the C test of the public API's argument guards from the GIR.
#
#   gen-guard-test.py GIR FIXTURES.c ANSWERS.txt HEADER-DIR OUTPUT.c
#
# For every function, method and constructor of the GIR: one call with
# NULL in each pointer argument that is not nullable (self first), one
# with an out-of-range value in each enumeration and flags argument, and
# for a function that throws one with *error already set; every other
# argument valid. Each call expects exactly one critical "assertion …
# failed" from the domain Kommune, raised by the function itself. Valid instances of the library's types
# come from FIXTURES.c, whose table of names this script reads. The public
# functions of the headers that the GIR lacks, and the functions that have
# nothing to guard, are listed as skipped tests with the reason.
#
# Standard library only: it runs with the build's python.

import os
import re
import sys
import xml.etree.ElementTree as ET

CORE = '{http://www.gtk.org/introspection/core/1.0}'
C = '{http://www.gtk.org/introspection/c/1.0}'
GLIB = '{http://www.gtk.org/introspection/glib/1.0}'

INTEGERS = {'gint', 'guint', 'gint8', 'guint8', 'gint16', 'guint16', 'gint32', 'guint32',
            'gint64', 'guint64', 'glong', 'gulong', 'gsize', 'gssize', 'gchar', 'guchar',
            'gunichar', 'goffset', 'gshort', 'gushort'}
FLOATS = {'gdouble', 'gfloat'}

# Valid values of arguments by name, where a plain one would be refused
# before the argument under test is reached; (function, argument) first.
VALUES = {
    ('kommune_municipality_new', 'number'): '"0815"',
    ('kommune_accounts_record_new', 'amount'): '100000000',
    'skjema': '"0A"',
    'region': '"040200"',
    'account_class': '"1"',
    'function': '"120"',
    'art': '"010"',
}


def c_string(text):
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"') + '"'


class Param:
    def __init__(self, el, instance=False):
        self.name = el.get('name')
        self.instance = instance
        self.nullable = (el.get('nullable') == '1' or el.get('allow-none') == '1'
                         or el.get('optional') == '1')
        self.direction = el.get('direction', 'in')
        self.closure = el.get('closure')
        self.array = el.find(CORE + 'array')
        self.varargs = el.find(CORE + 'varargs') is not None
        if self.array is not None:
            self.ctype = self.array.get(C + 'type')
            inner = self.array.find(CORE + 'type')
            self.elem = inner.get('name') if inner is not None else None
            self.type = None
        else:
            t = el.find(CORE + 'type')
            self.type = t.get('name') if t is not None else None
            self.ctype = t.get(C + 'type') if t is not None else None
            self.elem = None
        self.length_of = None      # set on the length argument of an array


class Callable:
    def __init__(self, el, owner):
        self.el = el
        self.ident = el.get(C + 'identifier')
        self.owner = owner
        self.throws = el.get('throws') == '1'
        self.params = []
        ps = el.find(CORE + 'parameters')
        if ps is not None:
            for p in ps:
                if p.tag == CORE + 'instance-parameter':
                    self.params.append(Param(p, instance=True))
                elif p.tag == CORE + 'parameter':
                    self.params.append(Param(p))
        rv = el.find(CORE + 'return-value')
        t = rv.find(CORE + 'type') if rv is not None else None
        a = rv.find(CORE + 'array') if rv is not None else None
        self.rtype = (t.get(C + 'type') if t is not None else
                      a.get(C + 'type') if a is not None else 'void')
        if t is not None and t.get('name') == 'none':
            self.rtype = 'void'
        # Array lengths index the parameters without the instance.
        plain = [p for p in self.params if not p.instance]
        for p in self.params:
            if p.array is not None and p.array.get('length') is not None:
                plain[int(p.array.get('length'))].length_of = p


def read_answers(path):
    """The calls the library answers otherwise than with a critical, by design."""
    answers = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            call, kind, text = line.split('\t')
            if kind not in ('error', 'allowed'):
                sys.exit('%s: unknown kind %r for %s' % (path, kind, call))
            answers[call] = (kind, text)
    return answers


def main(gir_path, fixtures_path, answers_path, header_dir, out_path):
    answers = read_answers(answers_path)
    used = set()
    root = ET.parse(gir_path).getroot()
    ns = root.find(CORE + 'namespace')
    c_prefix = ns.get(C + 'symbol-prefixes', 'kommune')

    with open(fixtures_path, encoding='utf-8') as f:
        fixtures = set(re.findall(r'^\s*\{\s*"([A-Za-z.]+)",', f.read(), re.M))

    enums = {}      # GIR name -> (c type, first member, is flags)
    classes = set()
    callables = []
    get_types = []
    for el in ns:
        tag = el.tag[len(CORE):]
        if tag in ('enumeration', 'bitfield'):
            members = el.findall(CORE + 'member')
            enums[el.get('name')] = (el.get(C + 'type'), members[0].get(C + 'identifier'),
                                     tag == 'bitfield')
        if tag == 'class':
            classes.add(el.get('name'))
        if el.get(GLIB + 'get-type') and el.get(GLIB + 'get-type') != 'intern':
            get_types.append(el.get(GLIB + 'get-type'))
        if tag in ('class', 'record', 'enumeration', 'bitfield', 'interface'):
            for sub in el:
                if sub.tag in (CORE + 'constructor', CORE + 'method', CORE + 'function'):
                    callables.append(Callable(sub, el.get('name')))
        elif tag == 'function':
            callables.append(Callable(el, None))

    skipped = {}    # identifier -> reason
    for name in get_types:
        skipped[name] = 'the GType of a type: takes nothing, guards nothing'

    known = {c.ident for c in callables} | set(skipped)
    # Public functions of the headers the GIR does not describe.
    declared = set()
    for name in sorted(os.listdir(header_dir)):
        if name.endswith('.h'):
            with open(os.path.join(header_dir, name), encoding='utf-8') as f:
                text = f.read()
            declared |= set(re.findall(r'\b(%s_[a-z0-9_]+)\s*\(' % c_prefix, text))
            for m in re.finditer(r'G_DECLARE_(?:FINAL|DERIVABLE)_TYPE\s*\(\s*\w+\s*,\s*(\w+)', text):
                skipped.setdefault(m.group(1) + '_get_type',
                                   'the GType of a type: takes nothing, guards nothing')
    for name in sorted(declared - known):
        if name.endswith('_get_type'):
            skipped[name] = 'the GType of a type: takes nothing, guards nothing'
        elif name.endswith('_quark'):
            skipped[name] = 'an error quark: takes nothing, guards nothing'
        elif name not in skipped:
            skipped[name] = 'not in the GIR (a macro, or not introspectable)'

    tests = []      # (path, body lines)

    def needs_fixture(p):
        if p.array is not None:
            return p.elem in fixtures or p.elem in classes
        return p.type in classes or p.type in fixtures

    def valid_value(c, p, decls, frees):
        """C expression of a valid value for @p, or None when none can be made."""
        var = 'a_' + p.name
        if p.length_of is not None:
            return '1'
        if p.direction in ('out', 'inout'):
            target = p.ctype[:-1].rstrip() if p.ctype and p.ctype.endswith('*') else None
            if target is None:
                return None
            decls.append('%s %s = 0;' % (target, var))
            return '&' + var
        if p.array is not None:
            ctype = p.ctype
            if p.elem in ('utf8', 'filename'):
                decls.append('static const char *%s[] = { "function", NULL };' % var)
                return '(%s) %s' % (ctype, var)
            if p.elem in INTEGERS or p.elem == 'gboolean':
                # A value that fits every integer type, bytes included.
                first = '1' if p.elem in ('gint8', 'guint8') else '2019'
                decls.append('static %s %s[] = { %s, 0 };' % (p.elem, var, first))
                return '(%s) %s' % (ctype, var)
            if p.elem in fixtures:
                decls.append('gpointer %s_item = guard_fixture_new ("%s");' % (var, p.elem))
                decls.append('gpointer %s[] = { %s_item, NULL };' % (var, var))
                frees.append('guard_fixture_free ("%s", %s_item);' % (p.elem, var))
                return '(%s) %s' % (ctype, var)
            return None
        t = p.type
        if (c.ident, p.name) in VALUES:
            return VALUES[(c.ident, p.name)]
        if p.name in VALUES and t in ('utf8', 'filename'):
            return VALUES[p.name]
        if t in enums:
            return enums[t][1]
        if t in ('utf8', 'filename'):
            if t == 'filename' or 'path' in p.name or 'file' in p.name:
                return '"/nonexistent/guard-test"'
            if 'year' in p.name:
                return '"2019"'
            return '"stab"'
        if t in INTEGERS:
            if 'year' in p.name:
                return '2018'
            if p.name == 'quarter':
                return '4'
            if p.name in ('index', 'position'):
                return '0'
            return '1'
        if t in FLOATS:
            return '1.0'
        if t == 'gboolean':
            return 'FALSE'
        if t == 'gpointer':
            return 'NULL'
        if t == 'Gio.AsyncReadyCallback':
            return 'guard_async_ready_noop'
        if t == 'Gio.FileProgressCallback':
            return 'guard_file_progress_noop'
        if t in fixtures:
            decls.append('gpointer %s = guard_fixture_new ("%s");' % (var, t))
            frees.append('guard_fixture_free ("%s", %s);' % (t, var))
            return '(%s) %s' % (p.ctype, var)
        return None

    def emit(c, which, bad, tag, preset_error=False):
        """One test: @which (an index in c.params, or None) gets @bad."""
        decls, frees, args = [], [], []
        for i, p in enumerate(c.params):
            if i == which:
                args.append(bad)
                continue
            v = valid_value(c, p, decls, frees)
            if v is None:
                return 'no valid %s for %s' % (p.type or p.ctype, p.name)
            args.append(v)
        if c.throws:
            if preset_error:
                decls.append('GError *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "set");')
                frees.append('g_clear_error (&error);')
            else:
                decls.append('GError *error = NULL;')
                frees.append('g_clear_error (&error);')
            args.append('&error')
        if c.rtype != 'void':
            decls.append('%s result;' % c.rtype)
        body = decls[:]
        key = '%s/%s' % (c.ident, tag)
        if key in answers and answers[key][0] == 'error':
            used.add(key)
            body.append('%s%s (%s);' % ('' if c.rtype == 'void' else 'result = ', c.ident, ', '.join(args)))
            if c.rtype != 'void':
                body.append('(void) result;')
            body.append('g_assert_nonnull (error);')
            body.append('g_assert_true (error->domain == KOMMUNE_ERROR);')
            body.append('g_assert_nonnull (strstr (error->message, %s));' % c_string(answers[key][1]))
            body += frees
            tests.append(('/guards/%s/%s' % (c.ident, tag), body))
            return None
        # The function's own guard, not one of a function it calls.
        body.append('g_test_expect_message ("Kommune", G_LOG_LEVEL_CRITICAL, "%s: assertion*failed*");' % c.ident)
        call = '%s (%s)' % (c.ident, ', '.join(args))
        if c.rtype == 'void':
            body.append(call + ';')
        else:
            body.append('result = %s;' % call)
            body.append('(void) result;')
        if c.throws and not preset_error:
            body.append('if (error != NULL) g_test_message ("answered with an error: %s", error->message);')
        body.append('g_test_assert_expected_messages ();')
        body += frees
        tests.append(('/guards/%s/%s' % (c.ident, tag), body))
        return None

    n_functions = 0
    seen = set()
    for c in callables:
        if c.ident in skipped or c.ident in seen:
            continue
        seen.add(c.ident)
        if any(p.varargs for p in c.params):
            skipped[c.ident] = 'takes variable arguments'
            continue
        n_functions += 1
        planned = []
        for i, p in enumerate(c.params):
            if p.length_of is not None or p.closure is not None and p.type == 'gpointer':
                continue
            pointer = p.ctype is not None and p.ctype.endswith('*')
            if pointer and not p.nullable and p.type != 'gpointer':
                planned.append((i, 'NULL', p.name + '-null'))
            elif p.direction == 'in' and p.type in enums:
                ctype, _, flags = enums[p.type]
                bad = '(%s) %s' % (ctype, '(1u << 30)' if flags else '9999')
                planned.append((i, bad, p.name + '-out-of-range'))
        if c.throws:
            planned.append((None, None, 'error-set'))
        if not planned:
            skipped[c.ident] = ('takes no arguments: nothing to guard' if not c.params else
                                'takes only numbers and booleans, all valid: nothing to guard')
            n_functions -= 1
            continue
        for which, bad, tag in planned:
            key = '%s/%s' % (c.ident, tag)
            if key in answers and answers[key][0] == 'allowed':
                used.add(key)
                skipped[key] = answers[key][1]
                continue
            why = emit(c, which, bad, tag, preset_error=(which is None))
            if why is not None:
                skipped['%s (%s)' % (c.ident, tag)] = why

    n_error = sum(1 for key in used if answers[key][0] == 'error')
    n_public = len(declared | known)
    n_functions = len({path.split('/')[2] for path, _ in tests})
    for key in sorted(set(answers) - used):
        sys.exit('%s: %s names no call of the GIR' % (answers_path, key))

    out = ['/* Generated by build-aux/gen-guard-test.py from %s: do not edit.' % os.path.basename(gir_path),
           ' *',
           ' * %d public functions, %d of them called, %d calls (%d answered with a critical, %d with an error);' % (
               n_public, n_functions, len(tests), len(tests) - n_error, n_error),
           ' * %d skipped: see the skipped/ tests for why.' % len(skipped),
           ' */',
           '',
           '#include <string.h>',
           '',
           '#include <libkommune.h>',
           '',
           '#include "guard-fixtures.h"',
           '',
           '#pragma GCC diagnostic ignored "-Wdeprecated-declarations"',
           '']
    for n, (path, body) in enumerate(tests):
        out.append('static void')
        out.append('guard_%d (void)' % n)
        out.append('{')
        out += ['  ' + line for line in body]
        out.append('}')
        out.append('')
    out.append('static void')
    out.append('skipped (gconstpointer reason)')
    out.append('{')
    out.append('  g_test_skip (reason);')
    out.append('}')
    out.append('')
    out.append('int')
    out.append('main (int argc, char **argv)')
    out.append('{')
    out.append('  g_test_init (&argc, &argv, NULL);')
    for n, (path, body) in enumerate(tests):
        out.append('  g_test_add_func (%s, guard_%d);' % (c_string(path), n))
    for name in sorted(skipped):
        path = '/guards/skipped/' + re.sub(r'[^a-z0-9_-]+', '-', name).strip('-')
        out.append('  g_test_add_data_func (%s, %s, skipped);' % (c_string(path), c_string(skipped[name])))
    out.append('  return g_test_run ();')
    out.append('}')
    with open(out_path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    print('%d public functions, %d called, %d calls (%d critical, %d error), %d skipped' % (
        n_public, n_functions, len(tests), len(tests) - n_error, n_error, len(skipped)))


if __name__ == '__main__':
    if len(sys.argv) != 6:
        sys.exit('usage: gen-guard-test.py GIR FIXTURES.c ANSWERS.txt HEADER-DIR OUTPUT.c')
    main(*sys.argv[1:])
