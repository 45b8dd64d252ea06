# SPDX-License-Identifier: LGPL-2.1-or-later
"""Every type of the library built bare, then handed to every function.

``Kommune.X()`` goes through ``g_object_new`` and skips the checks of
``X.new()``. Whatever such an object holds, no function may crash on it
or reach a ``g_return_if_fail``: each either works or raises. The calls
are generated from the introspection data, so a new type or method is
covered without editing this file.

Each type runs in a forked child with criticals and warnings fatal, so a
crash names the call that caused it instead of ending the whole run.
"""

import datetime
import os
import signal
import sys

import gi
import pytest

gi.require_version('Kommune', '1')
from gi.repository import Gio, GLib, GObject, Kommune  # noqa: E402

REPO = gi.Repository.get_default()
INFOS = REPO.get_infos('Kommune')
OBJECT_INFOS = sorted((i for i in INFOS if isinstance(i, gi._gi.ObjectInfo)),
                      key=lambda i: i.get_name())

# What a call may do with a bare object: work, or refuse.
REFUSALS = (GLib.Error, TypeError, ValueError, OverflowError)

INTEGER_TAGS = {'gint8', 'guint8', 'gint16', 'guint16', 'gint32', 'guint32',
                'gint64', 'guint64', 'gsize', 'gssize'}


class Unfillable(Exception):
    """An argument this generator does not know how to make."""


def bare(name):
    return getattr(Kommune, name)()


def sample(type_info, arg_name, bare_objects, tmp_dir):
    """A plausible value for one argument; objects of Kommune come bare."""
    tag = type_info.get_tag_as_string()
    if tag in INTEGER_TAGS:
        return 2024
    if tag == 'gboolean':
        return True
    if tag in ('gfloat', 'gdouble'):
        return 1.5
    if tag == 'utf8':
        return '01'
    if tag == 'filename':
        return os.path.join(tmp_dir, arg_name + '.json')
    if tag == 'array':
        element = type_info.get_param_type(0)
        if element.get_tag_as_string() == 'guint8':
            return b'{}'
        return [sample(element, arg_name, bare_objects, tmp_dir)]
    if tag == 'interface':
        iface = type_info.get_interface()
        if isinstance(iface, gi._gi.ObjectInfo) and iface.get_namespace() == 'Kommune':
            return bare_objects[iface.get_name()]
        if isinstance(iface, gi._gi.EnumInfo):
            cls = getattr(getattr(gi.repository, iface.get_namespace()), iface.get_name())
            values = iface.get_values()
            return cls(values[0].get_value())
        if iface.get_name() == 'DateTime':
            return GLib.DateTime.new_utc(2024, 5, 31, 0, 0, 0)
        if iface.get_name() == 'ListModel':
            return Gio.ListStore.new(GObject.Object)
        if iface.get_name() == 'Error':
            raise Unfillable(arg_name)
    raise Unfillable('%s: %s' % (arg_name, tag))


def in_arguments(function):
    return [a for a in function.get_arguments()
            if a.get_direction() != gi._gi.Direction.OUT]


def takes_kommune_object(function):
    for a in in_arguments(function):
        t = a.get_type()
        if t.get_tag_as_string() == 'array':
            t = t.get_param_type(0)
        iface = t.get_interface() if t.get_tag_as_string() == 'interface' else None
        if isinstance(iface, gi._gi.ObjectInfo) and iface.get_namespace() == 'Kommune':
            return True
    return False


def calls_for(info, bare_objects, tmp_dir):
    """(description, callable, args) for every method of @info and every
    namespace function that takes one of the library's objects."""
    name = info.get_name()
    cls = getattr(Kommune, name)
    for method in info.get_methods():
        if method.get_name() == 'get_type':
            continue
        try:
            args = [sample(a.get_type(), a.get_name(), bare_objects, tmp_dir)
                    for a in in_arguments(method)]
        except Unfillable:
            continue
        if method.is_method():
            target = getattr(bare_objects[name], method.get_name())
        else:
            if not takes_kommune_object(method) and not method.is_constructor():
                continue
            target = getattr(cls, method.get_name())
        yield '%s.%s' % (name, method.get_name()), target, args


def namespace_calls(bare_objects, tmp_dir):
    for info in INFOS:
        if not isinstance(info, gi._gi.FunctionInfo) or not takes_kommune_object(info):
            continue
        try:
            args = [sample(a.get_type(), a.get_name(), bare_objects, tmp_dir)
                    for a in in_arguments(info)]
        except Unfillable:
            continue
        yield 'Kommune.%s' % info.get_name(), getattr(Kommune, info.get_name()), args


def exercise(calls, report):
    for description, target, args in calls:
        report.write(description + '\n')
        report.flush()
        try:
            target(*args)
        except REFUSALS:
            pass


def exercise_object(name, bare_objects, tmp_dir, report):
    obj = bare_objects[name]
    for pspec in obj.list_properties():
        report.write('%s:%s\n' % (name, pspec.name))
        report.flush()
        if pspec.flags & GObject.ParamFlags.READABLE:
            obj.get_property(pspec.name)
    report.write('repr(%s)\n' % name)
    report.flush()
    repr(obj)
    str(obj)
    if isinstance(obj, Gio.ListModel):
        len(obj)
        list(obj)
    exercise(calls_for(REPO.find_by_name('Kommune', name), bare_objects, tmp_dir), report)


def run_in_child(body, tmp_path):
    """Runs @body in a forked child with criticals fatal; returns the last
    call it started and how it ended."""
    log_path = tmp_path / 'calls.log'
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        status = 0
        try:
            GLib.log_set_always_fatal(GLib.LogLevelFlags.LEVEL_CRITICAL |
                                      GLib.LogLevelFlags.LEVEL_WARNING |
                                      GLib.LogLevelFlags.LEVEL_ERROR)
            os.chdir(tmp_path)
            with open(log_path, 'w', encoding='utf-8') as report:
                body(report)
        except BaseException as e:  # an unexpected exception is a failure too
            with open(log_path, 'a', encoding='utf-8') as report:
                report.write('raised %s: %s\n' % (type(e).__name__, e))
            status = 3
        os._exit(status)
    _, status = os.waitpid(pid, 0)
    lines = log_path.read_text(encoding='utf-8').splitlines() if log_path.exists() else []
    return lines, status


def describe(status):
    if os.WIFSIGNALED(status):
        return 'killed by %s' % signal.Signals(os.WTERMSIG(status)).name
    return 'exited with %d' % os.WEXITSTATUS(status)


@pytest.mark.parametrize('name', [i.get_name() for i in OBJECT_INFOS])
def test_bare_object_survives_every_call(name, tmp_path):
    def body(report):
        bare_objects = {i.get_name(): bare(i.get_name()) for i in OBJECT_INFOS}
        exercise_object(name, bare_objects, str(tmp_path), report)

    lines, status = run_in_child(body, tmp_path)
    assert status == 0, 'a bare Kommune.%s: %s after %s' % (
        name, describe(status), ' / '.join(lines[-2:]) or 'no call')
    # The generator really ran the methods (the log names each call).
    assert any(line.startswith(name + '.') for line in lines) or \
        not REPO.find_by_name('Kommune', name).get_methods()


def test_bare_objects_in_namespace_functions(tmp_path):
    def body(report):
        bare_objects = {i.get_name(): bare(i.get_name()) for i in OBJECT_INFOS}
        exercise(namespace_calls(bare_objects, str(tmp_path)), report)

    lines, status = run_in_child(body, tmp_path)
    assert status == 0, '%s after %s' % (describe(status), ' / '.join(lines[-2:]))


POINTER_TAGS = {'utf8', 'filename', 'interface', 'array', 'glist', 'gslist', 'ghash', 'error'}


@pytest.mark.parametrize('name', [i.get_name() for i in OBJECT_INFOS])
def test_getters_that_give_none_on_a_bare_object_say_nullable(name):
    # The introspection data must not promise a value the library does not
    # give: a bare object's getter that returns None is (nullable).
    info = REPO.find_by_name('Kommune', name)
    obj = bare(name)
    wrong = []
    for method in info.get_methods():
        if not method.is_method() or method.get_arguments() or method.may_return_null():
            continue
        if method.get_return_type().get_tag_as_string() not in POINTER_TAGS:
            continue
        try:
            value = getattr(obj, method.get_name())()
        except REFUSALS:
            continue
        if value is None:
            wrong.append(method.get_symbol())
    assert wrong == []


def test_generator_covers_the_library():
    # Every object type is built; the harness is only useful while it
    # still finds the types and their methods.
    assert len(OBJECT_INFOS) >= 25
    methods = sum(len(i.get_methods()) for i in OBJECT_INFOS)
    assert methods >= 200
