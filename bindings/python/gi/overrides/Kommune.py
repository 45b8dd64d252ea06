# SPDX-License-Identifier: LGPL-2.1-or-later
"""PyGObject override for libkommune.

It only adds what makes the introspected API read naturally and safely in
Python; no class is subclassed and no signature changes:

- Integer arguments are guarded. PyGObject would truncate a ``float``
  passed for an integer (``1234.56`` øre becomes ``1234``); every
  introspected function, method and constructor of the namespace whose
  arguments include integers (øre, years, counts), enums or integer arrays
  refuses a ``float``, a ``decimal.Decimal``, a ``bool`` or anything else
  that is not an exact integer with a ``TypeError`` naming the function
  and the argument. Integer and enum properties are guarded the same way,
  whether given as keywords to a constructor
  (``Kommune.BudgetFrame(year=2024.5)``), through ``obj.props`` or
  ``obj.set_property()``; a value outside a property's range or enum is a
  ``ValueError``, and a read-only or construct-only property a
  ``TypeError`` (GObject would warn and keep its default, or abort on a
  critical). ``GObject.Object.set_property(obj, …)`` and ``GObject.new()``
  go around these guards, as they go around every override.
  ``kroner()`` turns text, ``Decimal`` or ``int`` kroner into exact øre.
- Dates: wherever a ``GLib.DateTime`` is expected, a ``datetime.date``
  (the calendar day, as midnight UTC, which is how the library keeps
  decision dates), a naive ``datetime.datetime`` (in the local time zone)
  or an aware one (keeping its UTC offset) is accepted. ``to_date()`` and
  ``to_datetime()`` turn a returned ``GLib.DateTime`` into Python values.
- Every type has a readable ``repr()`` with codes, years and amounts in
  kroner; enum values print by their short names
  (``Kommune.BudgetType.OPERATING`` prints as ``OPERATING``).
- ``EconomicPlan.to_records()`` and ``Scorecard.to_records()`` give lists of
  plain dicts, ready for ``pandas.DataFrame``.

Lists (``len()``, indexing, iteration) come from PyGObject's own
``Gio.ListModel`` support, and errors are ``GLib.Error`` exceptions.
"""

import datetime
import decimal
import functools
import inspect
import operator
import os

from gi.repository import GLib, GObject

from .._gi import ArgInfo, EnumInfo, FunctionInfo, ObjectInfo, Repository, StructInfo
from ..module import get_introspection_module

Kommune = get_introspection_module('Kommune')

__all__ = ['format_kroner', 'kroner', 'to_date', 'to_datetime']

_GINT64_MIN = -(1 << 63)
_GINT64_MAX = (1 << 63) - 1


def format_kroner(oere):
    """Formats an amount in øre exactly, in kroner with a unit.

    Whole kroner show no decimals (``'38 228 737 kr'``), anything else
    shows øre (``'1 234,50 kr'``); nothing is rounded.
    """
    decimals = 0 if oere % 100 == 0 else 2
    return Kommune.amount_format(oere, Kommune.AmountScale.KRONER, decimals) + ' kr'


def kroner(value):
    """Converts kroner to an exact number of øre.

    - ``str``: read by :func:`Kommune.amount_parse` with the grammar of
      municipal documents (``'1 234,50'``, ``'kr. 7.185,-'``, ``'9,4 mill.'``);
      bad text raises ``GLib.Error``.
    - ``decimal.Decimal``: exact (``Decimal('1234.50')`` is 123450 øre); a
      fraction of an øre or a value that is not finite raises ``ValueError``.
    - ``int``: whole kroner (``1234`` is 123400 øre).

    A ``float`` or ``bool`` raises ``TypeError``: a float cannot hold most
    amounts exactly. A result outside the 64-bit range raises
    ``OverflowError``.
    """
    if isinstance(value, str):
        return Kommune.amount_parse(value)
    if isinstance(value, bool) or isinstance(value, float):
        raise TypeError('kroner() takes a str, a decimal.Decimal or an int, not {} ({!r}): '
                        'a {} cannot hold an amount exactly'.format(
                            type(value).__name__, value, type(value).__name__))
    if isinstance(value, decimal.Decimal):
        if not value.is_finite():
            raise ValueError('kroner(): {} is not an amount'.format(value))
        sign, digits, exponent = value.as_tuple()
        scale = exponent + 2
        number = int(''.join(map(str, digits)) or '0')
        # Trailing zeros first, so that no power of ten is computed from a
        # huge exponent (Decimal('1E-999999999') answers at once).
        while number != 0 and scale < 0 and number % 10 == 0:
            number //= 10
            scale += 1
        if number == 0:
            oere = 0
        elif scale < 0:
            raise ValueError('kroner(): {} kr has a fraction of an øre'.format(value))
        elif len(str(number)) + scale > 20:
            raise OverflowError('kroner(): {} kr is beyond the range of an amount'.format(value))
        else:
            oere = number * 10 ** scale
        oere = -oere if sign else oere
    else:
        try:
            oere = operator.index(value) * 100
        except TypeError:
            raise TypeError('kroner() takes a str, a decimal.Decimal or an int, not {}'.format(
                type(value).__name__)) from None
    if not _GINT64_MIN <= oere <= _GINT64_MAX:
        raise OverflowError('kroner(): {} kr is beyond the range of an amount'.format(value))
    return oere


def to_datetime(value):
    """Converts a ``GLib.DateTime`` to an aware ``datetime.datetime``.

    The result keeps the value's UTC offset (a decision date the library
    returns is midnight UTC). ``None`` gives ``None``.
    """
    if value is None:
        return None
    offset = datetime.timedelta(microseconds=value.get_utc_offset())
    return datetime.datetime(value.get_year(), value.get_month(), value.get_day_of_month(),
                             value.get_hour(), value.get_minute(), value.get_second(),
                             value.get_microsecond(), datetime.timezone(offset))


def to_date(value):
    """Converts a ``GLib.DateTime`` to the ``datetime.date`` of its calendar day.

    The day is taken in the value's own time zone, as the library reads
    decision dates. ``None`` gives ``None``.
    """
    if value is None:
        return None
    return datetime.date(*value.get_ymd())


# -- argument guards ----------------------------------------------------------

_INTEGER_TAGS = frozenset(['gint8', 'guint8', 'gint16', 'guint16', 'gint32', 'guint32',
                           'gint64', 'guint64', 'gunichar'])
_DIRECTION_OUT = 1


def _check_integer(where, name, ctype, value, what='argument'):
    if not isinstance(value, bool):
        try:
            operator.index(value)
            return value
        except TypeError:
            pass
    hint = ''
    if ctype == 'gint64' and '[' not in name and isinstance(value, (float, decimal.Decimal)):
        hint = '; write amounts in øre, or convert kroner with Kommune.kroner()'
    raise TypeError('{}: {} {!r} ({}) must be an int, not {} ({!r}){}'.format(
        where, what, name, ctype, type(value).__name__, value, hint))


def _check_integers(where, name, ctype, values):
    if values is None or isinstance(values, (str, bytes)):
        return values
    values = list(values)
    for i, value in enumerate(values):
        _check_integer(where, '{}[{}]'.format(name, i), ctype, value)
    return values


def _to_gdatetime(where, name, value):
    if isinstance(value, datetime.datetime):
        offset = value.utcoffset()
        if offset is None:
            zone = GLib.TimeZone.new_local()
        else:
            zone = GLib.TimeZone.new_offset(int(offset.total_seconds()))
        result = GLib.DateTime.new(zone, value.year, value.month, value.day, value.hour,
                                   value.minute, value.second)
        if result is not None and value.microsecond:
            result = result.add(value.microsecond)   # exactly, not through a double
        if result is None:
            raise ValueError('{}: argument {!r}: {} does not exist in its time zone'.format(
                where, name, value))
        return result
    if isinstance(value, datetime.date):
        return GLib.DateTime.new_utc(value.year, value.month, value.day, 0, 0, 0)
    return value


def _argument_kind(type_info):
    """Tells how a Python value for an argument of this type is guarded."""
    tag = type_info.get_tag_as_string()
    if tag in _INTEGER_TAGS:
        return 'integer', tag
    if tag == 'interface':
        interface = type_info.get_interface()
        if isinstance(interface, EnumInfo):
            return 'enum', interface
        if (isinstance(interface, StructInfo) and interface.get_namespace() == 'GLib'
                and interface.get_name() == 'DateTime'):
            return 'datetime', None
    if tag == 'filename':
        return 'filename', None
    if tag == 'array':
        element = type_info.get_param_type(0)
        if element is not None and element.get_tag_as_string() in _INTEGER_TAGS:
            return 'integers', element.get_tag_as_string()
        if element is not None and element.get_tag_as_string() in ('utf8', 'filename'):
            return 'strings', element.get_tag_as_string()
    return None, None


def _check_strings(where, name, ctype, values):
    """A list of strings: a str would be split into its characters, and a
    None inside would end the C array early, so both are TypeErrors; paths
    may be os.PathLike."""
    if values is None:
        return values
    if isinstance(values, (str, bytes)):
        raise TypeError('{}: argument {!r} must be a list of strings, not a {} ({!r})'.format(
            where, name, type(values).__name__, values))
    checked = []
    for i, value in enumerate(values):
        if value is None:
            raise TypeError('{}: argument \'{}[{}]\' is None, not a string'.format(where, name, i))
        if ctype == 'filename' and isinstance(value, os.PathLike):
            value = os.fspath(value)
        checked.append(value)
    return checked


def _python_arguments(info):
    """The arguments Python callers pass, in order, with how to guard each."""
    arguments = info.get_arguments()
    hidden = set()
    return_length = info.get_return_type().get_array_length()
    if return_length >= 0:
        hidden.add(return_length)
    for argument in arguments:
        type_info = argument.get_type()
        if type_info.get_tag_as_string() == 'array' and type_info.get_array_length() >= 0:
            hidden.add(type_info.get_array_length())
        for index in (argument.get_closure(), argument.get_destroy()):
            if index >= 0:
                hidden.add(index)
    visible = []
    for index, argument in enumerate(arguments):
        if index in hidden or argument.get_direction() == _DIRECTION_OUT:
            continue
        kind, ctype = _argument_kind(argument.get_type())
        visible.append((argument.get_name(), kind, ctype))
    return visible


def _guard(info, where):
    """Wraps a FunctionInfo so its integer and date arguments are checked.

    Returns None when no argument needs it.
    """
    arguments = _python_arguments(info)
    guarded = [(position, name, kind, ctype)
               for position, (name, kind, ctype) in enumerate(arguments) if kind is not None]
    if not guarded:
        return None
    offset = 1 if info.is_method() else 0

    # A function that takes an error refuses an unknown enum value with a
    # GLib.Error of its own, and a *_to_string() gives None for it; the
    # others would hit a critical.
    throws = info.can_throw_gerror() or info.get_name().endswith('_to_string')
    enum_numbers = {name: frozenset(v.get_value() for v in ctype.get_values())
                    for _, name, kind, ctype in guarded if kind == 'enum' and not ctype.is_flags()}

    def convert(name, kind, ctype, value):
        if kind == 'integer':
            return _check_integer(where, name, ctype, value)
        if kind == 'enum':
            value = _check_integer(where, name, ctype.get_name(), value)
            if not throws and name in enum_numbers and int(value) not in enum_numbers[name]:
                raise ValueError('{}: argument {!r}: {} is not a {}'.format(
                    where, name, int(value), ctype.get_name()))
            return value
        if kind == 'integers':
            return _check_integers(where, name, ctype, value)
        if kind == 'strings':
            return _check_strings(where, name, ctype, value)
        if kind == 'filename':
            return os.fspath(value) if isinstance(value, os.PathLike) else value
        return _to_gdatetime(where, name, value)

    @functools.wraps(info, assigned=('__name__', '__doc__'), updated=())
    def wrapper(*args, **kwargs):
        args = list(args)
        for position, name, kind, ctype in guarded:
            index = position + offset
            if index < len(args):
                args[index] = convert(name, kind, ctype, args[index])
            elif name in kwargs:
                kwargs[name] = convert(name, kind, ctype, kwargs[name])
        return info(*args, **kwargs)

    if info.is_constructor():
        # PyGObject passes the class first to a constructor it binds.
        call = wrapper

        @functools.wraps(wrapper)
        def wrapper(cls, *args, **kwargs):
            return call(cls, *args, **kwargs)

        offset = 1
    wrapper.__wrapped__ = info
    wrapper.__qualname__ = where
    return wrapper


_INTEGER_GTYPES = frozenset((GObject.TYPE_CHAR, GObject.TYPE_UCHAR, GObject.TYPE_INT,
                             GObject.TYPE_UINT, GObject.TYPE_LONG, GObject.TYPE_ULONG,
                             GObject.TYPE_INT64, GObject.TYPE_UINT64))


class _GuardedProps:
    """An object's ``props`` that checks a value before setting it."""

    __slots__ = ('_props', '_check')

    def __init__(self, props, check):
        object.__setattr__(self, '_props', props)
        object.__setattr__(self, '_check', check)

    def __getattr__(self, name):
        return getattr(self._props, name)

    def __setattr__(self, name, value):
        setattr(self._props, name, self._check(name, value))

    def __dir__(self):
        return dir(self._props)

    def __iter__(self):
        return iter(self._props)

    def __len__(self):
        return len(self._props)


class _GuardedPropsDescriptor:
    """``cls.props`` as before; ``obj.props`` guarded."""

    def __init__(self, original, check):
        self._original = original
        self._check = check

    def __get__(self, obj, objtype=None):
        props = self._original.__get__(obj, objtype)
        return props if obj is None else _GuardedProps(props, self._check)


def _check_range(where, name, pspec, value):
    """A value outside a property's range or enum is a ValueError: GObject
    would warn and keep the default instead."""
    enum_values = getattr(pspec.value_type.pytype, '__enum_values__', None)
    if enum_values is not None and pspec.value_type.fundamental == GObject.TYPE_ENUM:
        if int(value) not in enum_values:
            raise ValueError('{}: property {!r}: {} is not a {}'.format(
                where, name, int(value), pspec.value_type.pytype.__name__))
        return
    low, high = getattr(pspec, 'minimum', None), getattr(pspec, 'maximum', None)
    if low is not None and high is not None and not low <= value <= high:
        raise ValueError('{}: property {!r} must be {}–{}, not {}'.format(where, name, low, high, value))


def _guard_properties(cls):
    """Guards the values given to the properties of a class.

    Keywords to a constructor (``Kommune.X(year=…)``), ``obj.props.x = …``
    and ``obj.set_property('x', …)``: a float for an integer or enum
    property is refused as for arguments, and a ``datetime.date`` or
    ``datetime.datetime`` for a ``GLib.DateTime`` property is converted.
    """
    integer_properties = {}
    date_properties = set()
    pspecs = {}
    for pspec in cls.list_properties():
        value_type = pspec.value_type
        names = {pspec.name, pspec.name.replace('-', '_')}
        for name in names:
            pspecs[name] = pspec
        if value_type in _INTEGER_GTYPES or value_type.fundamental in (
                GObject.TYPE_ENUM, GObject.TYPE_FLAGS):
            for name in names:
                integer_properties[name] = value_type.name
        elif value_type == GLib.DateTime.__gtype__:
            date_properties |= names
    where = 'Kommune.{}'.format(cls.__name__)

    def check(name, value, where=where, constructing=False):
        pspec = pspecs.get(name)
        if pspec is not None:
            # GObject answers these with a critical, fatal in tests: refuse
            # them as Python errors instead.
            if not pspec.flags & GObject.ParamFlags.WRITABLE or (
                    pspec.flags & GObject.ParamFlags.CONSTRUCT_ONLY and not constructing):
                raise TypeError('{}: property {!r} cannot be set{}; use {}.new()'.format(
                    where, name, '' if pspec.flags & GObject.ParamFlags.CONSTRUCT_ONLY else ' (it is read-only)',
                    'Kommune.' + cls.__name__))
        if name in integer_properties:
            value = _check_integer(where, name, integer_properties[name], value, 'property')
            _check_range(where, name, pspec, value)
            return value
        if name in date_properties:
            return _to_gdatetime(where, name, value)
        return value

    original_init = cls.__init__

    @functools.wraps(original_init)
    def __init__(self, *args, **kwargs):
        for name, value in kwargs.items():
            kwargs[name] = check(name, value, where + '()', constructing=True)
        original_init(self, *args, **kwargs)

    original_set_property = cls.set_property

    @functools.wraps(original_set_property)
    def set_property(self, name, value):
        return original_set_property(self, name, check(name, value, where + '.set_property()'))

    cls.__init__ = __init__
    cls.set_property = set_property
    cls.props = _GuardedPropsDescriptor(inspect.getattr_static(cls, 'props'),
                                        lambda name, value: check(name, value, where + '.props'))


def _install_guards():
    for info in Repository.get_default().get_infos('Kommune'):
        if isinstance(info, FunctionInfo):
            wrapper = _guard(info, 'Kommune.{}()'.format(info.get_name()))
            if wrapper is not None:
                setattr(Kommune, info.get_name(), wrapper)
        elif isinstance(info, (ObjectInfo, StructInfo, EnumInfo)):
            if isinstance(info, StructInfo) and info.is_gtype_struct():
                continue
            cls = getattr(Kommune, info.get_name(), None)
            if cls is None:
                continue
            for method in info.get_methods():
                where = 'Kommune.{}.{}()'.format(info.get_name(), method.get_name())
                wrapper = _guard(method, where)
                if wrapper is None:
                    continue
                if method.is_constructor():
                    wrapper = classmethod(wrapper)
                elif not method.is_method():
                    wrapper = staticmethod(wrapper)
                setattr(cls, method.get_name(), wrapper)
            if isinstance(info, ObjectInfo):
                _guard_properties(cls)


_install_guards()


# Names of earlier releases: a function that gives the caller a new value is
# now called dup_, and a frame that is an amount says so. The old names stay
# for code written against them.
_EARLIER_NAMES = [
    (Kommune.EconomicPlan, 'set_frame', 'set_frame_amount'),
    (Kommune.EconomicPlan, 'get_frame', 'get_frame_amount'),
    (Kommune.EconomicPlan, 'get_original_frame', 'get_original_frame_amount'),
    (Kommune.EconomicPlan, 'get_frame_after', 'get_frame_amount_after'),
    (Kommune.WorkforceFigures, 'get_sick_leave', 'dup_sick_leave'),
    (Kommune.WorkforceFigures, 'get_turnover', 'dup_turnover'),
    (Kommune.AnnualEvaluation, 'get_financial_figures', 'dup_financial_figures'),
    (Kommune.AnnualEvaluation, 'get_result_share', 'dup_result_share'),
    (Kommune.Indicator, 'get_band', 'dup_band'),
    (Kommune.InvestmentProject, 'get_years', 'dup_years'),
    (Kommune.FinancialRule, 'get_threshold', 'dup_threshold'),
]


def _earlier_name(target, old, where):
    """The function under its earlier name: guarded, and named, as it was."""
    info = getattr(target, '__wrapped__', target)
    alias = _guard(info, where)
    if alias is None:
        def alias(*args, **kwargs):
            return info(*args, **kwargs)
        alias.__qualname__ = where
    alias.__name__ = old
    alias.__doc__ = (info.__doc__ or '').replace(info.get_name(), old, 1)
    return alias


for _cls, _old, _new in _EARLIER_NAMES:
    setattr(_cls, _old, _earlier_name(getattr(_cls, _new), _old,
                                      'Kommune.{}.{}()'.format(_cls.__name__, _old)))
Kommune.calendar_get_period = _earlier_name(Kommune.calendar_dup_period, 'calendar_get_period',
                                            'Kommune.calendar_get_period()')


def _guard_decimals(name, position, most):
    """Formatters that take no error: a count of decimals beyond what they
    write is a ValueError here, not a critical in C."""
    function = getattr(Kommune, name)

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        decimals = kwargs['decimals'] if 'decimals' in kwargs else (
            args[position] if len(args) > position else None)
        if isinstance(decimals, int) and decimals > most:
            raise ValueError('Kommune.{}(): decimals must be at most {}, not {}'.format(
                name, most, decimals))
        return function(*args, **kwargs)

    setattr(Kommune, name, wrapper)


_guard_decimals('decimal_format', 1, 3)
_guard_decimals('amount_format', 2, 12)


# -- enums --------------------------------------------------------------------

def _install_enum_names():
    for info in Repository.get_default().get_infos('Kommune'):
        if not isinstance(info, EnumInfo):
            continue
        cls = getattr(Kommune, info.get_name(), None)
        if cls is None:
            continue
        names = {}
        for attribute, value in vars(cls).items():
            if attribute.isupper() and isinstance(value, cls):
                names.setdefault(int(value), attribute)
        qualified = 'Kommune.' + info.get_name()

        def short_name(self, names=names):
            return names.get(int(self), str(int(self)))

        def enum_repr(self, names=names, qualified=qualified):
            return '<{}.{}: {}>'.format(qualified, names.get(int(self), '?'), int(self))

        def enum_format(self, spec, short_name=short_name):
            # Numeric format specs ('d', 'x', …) still format the number.
            if spec and spec[-1] in 'bcdoxXn':
                return format(int(self), spec)
            return format(short_name(self), spec)

        cls.__str__ = short_name
        cls.__repr__ = enum_repr
        cls.__format__ = enum_format


_install_enum_names()


# -- records ------------------------------------------------------------------

def _nick(value):
    return value.value_nick if value is not None else None


def _plan_to_records(self, as_of=None):
    """Lists the plan's frames as plain dicts, one per area, year and budget type.

    Each dict holds ``area`` (the code), ``year``, ``budget_type``
    (``'operating'`` or ``'investment'``), ``original`` (as adopted),
    ``revised`` (with every adjustment up to ``as_of``, a date, datetime or
    ``GLib.DateTime``; all of them when ``None``) and ``change`` (revised
    minus original), amounts in øre as ``int``. A row is given for every
    frame the plan holds or an adjustment touches, ordered by area (as the
    plan knows them), year and budget type (operating first).
    """
    keys = set()
    for frame in self.list_budget_frames():
        keys.add((frame.get_area().get_code(), frame.get_year(), int(frame.get_budget_type())))
    for adjustment in self.get_adjustments():
        # A rolled plan keeps the adjustments of the years it has left.
        if not self.covers_year(adjustment.get_year()):
            continue
        for line in adjustment.get_lines():
            keys.add((line.get_key(), adjustment.get_year(), int(adjustment.get_budget_type())))
    order = {area.get_code(): i for i, area in enumerate(self.get_areas())}
    records = []
    for code, year, budget_type in sorted(keys, key=lambda k: (order.get(k[0], len(order)), k[0], k[1], k[2])):
        budget_type = Kommune.BudgetType(budget_type)
        original = self.get_original_frame_amount(code, year, budget_type)
        revised = self.get_frame_amount(code, year, budget_type, as_of)
        records.append({
            'area': code,
            'year': year,
            'budget_type': Kommune.budget_type_to_string(budget_type),
            'original': original,
            'revised': revised,
            'change': revised - original,
        })
    return records


def _walk_goals(goal):
    yield goal
    for child in goal.get_children():
        yield from _walk_goals(child)


def _scorecard_to_records(self):
    """Lists the scorecard's indicators as plain dicts, one per indicator.

    Each dict holds ``goal`` (its id), ``goal_level``, ``goal_text``,
    ``indicator`` (its name), ``unit``, ``period`` (of the measurement
    used, ``None`` when there is none), ``value`` (an exact
    ``decimal.Decimal``, ``None`` when not measured), ``value_text`` (as
    the library writes it, or the missing symbol) and ``status`` (the
    status's short name, such as ``'desired'``). Goals come depth first
    from the root, indicators in their goal's order.
    """
    records = []
    for goal in _walk_goals(self.get_root()):
        for indicator in goal.get_indicators():
            measurement = self.get_measurement(indicator)
            value = None
            if measurement is not None and measurement.has_value():
                value = decimal.Decimal(measurement.get_value()).scaleb(-3)
                value = value.quantize(decimal.Decimal(1)) if value == value.to_integral_value() \
                    else value.normalize()
            records.append({
                'goal': goal.get_id(),
                'goal_level': Kommune.goal_level_to_string(goal.get_level()),
                'goal_text': goal.get_text(),
                'indicator': indicator.get_name(),
                'unit': _nick(indicator.get_unit()),
                'period': measurement.get_period() if measurement is not None else None,
                'value': value,
                'value_text': measurement.format() if measurement is not None else None,
                'status': Kommune.status_to_string(self.get_indicator_status(indicator)),
            })
    return records


Kommune.EconomicPlan.to_records = _plan_to_records
Kommune.Scorecard.to_records = _scorecard_to_records


# -- reprs --------------------------------------------------------------------

def _kr(oere):
    return format_kroner(oere)


def _short(text, length=40):
    if text is not None and len(text) > length:
        return text[:length - 1] + '…'
    return text


def _day(date):
    return date.format('%Y-%m-%d') if date is not None else 'undated'


def _municipality_repr(self):
    return '<Kommune.Municipality {} {!r} areas={}>'.format(
        self.get_number(), self.get_name(), len(self.get_areas()))


def _programme_area_repr(self):
    return '<Kommune.ProgrammeArea {!r} {!r} departments={}>'.format(
        self.get_code(), self.get_name(), len(self.get_departments()))


def _department_repr(self):
    return '<Kommune.Department {!r} {!r}>'.format(self.get_code(), self.get_name())


def _budget_frame_repr(self):
    area = self.get_area()
    return '<Kommune.BudgetFrame {!r} {} {} {} distributions={}>'.format(
        area.get_code() if area is not None else None, self.get_year(),
        Kommune.budget_type_to_string(self.get_budget_type()),
        _kr(self.get_amount()), len(self.get_distributions()))


def _distribution_repr(self):
    return '<Kommune.Distribution {!r} lines={} total={}>'.format(
        self.get_name(), len(self), _kr(self.get_total()))


def _distribution_line_repr(self):
    return '<Kommune.DistributionLine {!r} {!r} {}>'.format(
        self.get_key(), self.get_label(), _kr(self.get_amount()))


def _adjustment_repr(self):
    where = str(self.get_area_code())
    if self.is_transfer():
        where += ' → ' + str(self.get_to_area_code())
    return '<Kommune.Adjustment {!r} {} {} {} {} {} {}>'.format(
        self.get_id(), Kommune.document_kind_to_string(self.get_document()), where,
        Kommune.budget_type_to_string(self.get_budget_type()), self.get_year(),
        _kr(self.get_amount()), _day(self.get_date()))


def _economic_plan_repr(self):
    return '<Kommune.EconomicPlan {}–{} areas={} adjustments={}>'.format(
        self.get_first_year(), self.get_last_year(), len(self.get_areas()), len(self.get_adjustments()))


def _tertial_report_repr(self):
    adopted = self.get_adopted()
    return '<Kommune.TertialReport {} {} areas={} proposals={} {}>'.format(
        Kommune.document_kind_to_string(self.get_period()), self.get_year(),
        len(self.get_area_reports()), len(self.get_proposals()),
        'adopted ' + _day(adopted) if adopted else 'proposed')


def _area_report_repr(self):
    parts = []
    if self.has_accounted():
        parts.append('accounted=' + _kr(self.get_accounted()))
    if self.has_forecast():
        parts.append('forecast=' + _kr(self.get_forecast()))
    if self.has_reported_deviation():
        parts.append('deviation=' + _kr(self.get_reported_deviation()))
    return '<Kommune.AreaReport {!r}{}>'.format(
        self.get_area_code(), ''.join(' ' + part for part in parts))


def _document_repr(self):
    municipality = self.get_municipality()
    number, name = (municipality.get_number(), municipality.get_name()) if municipality else (None, None)
    return '<Kommune.Document {} {!r} plan={} reports={}>'.format(
        number, name, 'yes' if self.get_plan() else 'no', len(self.get_tertial_reports()))


def _investment_project_repr(self):
    return '<Kommune.InvestmentProject {} {!r}>'.format(self.get_number(), self.get_name())


def _verbal_proposal_repr(self):
    status = self.get_status()
    return '<Kommune.VerbalProposal {} {!r}{}>'.format(
        self.get_number(), _short(self.get_text()), ' ' + status if status else '')


def _annual_evaluation_repr(self):
    figures = [figure for figure in Kommune.FinancialFigure.__enum_values__.values()
               if self.has_figure(figure)]
    result = Kommune.FinancialFigure.NET_OPERATING_RESULT
    text = ' net-operating-result=' + _kr(self.get_figure(result)) if self.has_figure(result) else ''
    return '<Kommune.AnnualEvaluation {} figures={}{}>'.format(self.get_year(), len(figures), text)


def _financial_figures_repr(self):
    figures = ' '.join('{}={}'.format(Kommune.financial_figure_to_string(figure), _kr(self.get(figure)))
                       for figure in Kommune.FinancialFigure.__enum_values__.values()
                       if self.has(figure))
    return '<Kommune.FinancialFigures {}{}>'.format(self.get_year(), ' ' + figures if figures else '')


def _note_repr(self):
    return '<Kommune.Note {!r} {!r}>'.format(self.get_title(), _short(self.get_body() or ''))


def _measure_repr(self):
    return '<Kommune.Measure {} {!r} {}>'.format(
        self.get_number(), self.get_text(), Kommune.measure_status_to_string(self.get_status()))


def _key_figure_repr(self):
    unit = (' ' + self.get_unit()) if self.get_unit() else ''
    return '<Kommune.KeyFigure {!r} {} {}{}>'.format(self.get_name(), self.get_year(), self.get_value(), unit)


def _indicator_repr(self):
    return '<Kommune.Indicator {!r} {} measurements={}>'.format(
        self.get_name(), self.get_direction().value_nick, len(self.get_measurements()))


def _measurement_repr(self):
    return '<Kommune.Measurement {} {}>'.format(self.get_period(), self.format())


def _goal_repr(self):
    return '<Kommune.Goal {!r} {} {!r} children={} indicators={} measures={}>'.format(
        self.get_id(), Kommune.goal_level_to_string(self.get_level()), self.get_text(),
        len(self.get_children()), len(self.get_indicators()), len(self.get_measures()))


def _scorecard_repr(self):
    counts = ', '.join('{}={}'.format(Kommune.status_to_string(s), self.get_count(s))
                       for s in (Kommune.Status.DESIRED, Kommune.Status.ACCEPTABLE,
                                 Kommune.Status.NOT_APPROVED, Kommune.Status.OUTSIDE_BANDS,
                                 Kommune.Status.NOT_MEASURED))
    return '<Kommune.Scorecard {} {}>'.format(self.get_period() or 'latest', counts)


def _financial_rule_repr(self):
    comparison = '≥' if self.get_comparison() == Kommune.Comparison.GREATER_OR_EQUAL else '≤'
    return '<Kommune.FinancialRule {!r} {} {} %>'.format(self.get_name(), comparison, self.dup_threshold())


def _workforce_figures_repr(self):
    figures = ''.join(' {}={}'.format(Kommune.workforce_figure_to_string(figure),
                                      Kommune.decimal_to_string(self.get(figure)))
                      for figure in Kommune.WorkforceFigure.__enum_values__.values() if self.has(figure))
    return '<Kommune.WorkforceFigures {!r} {}{}>'.format(self.get_unit(), self.get_period(), figures)


def _strategy_repr(self):
    return '<Kommune.Strategy {!r} {}–{} focus_areas={} goals={}>'.format(
        self.get_name(), self.get_first_year(), self.get_last_year(),
        len(self.get_focus_areas()), self.count_goals())


Kommune.AreaReport.__repr__ = _area_report_repr
Kommune.AnnualEvaluation.__repr__ = _annual_evaluation_repr
Kommune.VerbalProposal.__repr__ = _verbal_proposal_repr
Kommune.Note.__repr__ = _note_repr
Kommune.Measure.__repr__ = _measure_repr
Kommune.FinancialFigures.__repr__ = _financial_figures_repr
Kommune.Indicator.__repr__ = _indicator_repr
Kommune.Measurement.__repr__ = _measurement_repr
Kommune.Goal.__repr__ = _goal_repr
Kommune.Scorecard.__repr__ = _scorecard_repr
Kommune.FinancialRule.__repr__ = _financial_rule_repr
Kommune.WorkforceFigures.__repr__ = _workforce_figures_repr
Kommune.Strategy.__repr__ = _strategy_repr
Kommune.Adjustment.__repr__ = _adjustment_repr
Kommune.EconomicPlan.__repr__ = _economic_plan_repr
Kommune.TertialReport.__repr__ = _tertial_report_repr
Kommune.Document.__repr__ = _document_repr
Kommune.InvestmentProject.__repr__ = _investment_project_repr
Kommune.KeyFigure.__repr__ = _key_figure_repr
Kommune.Municipality.__repr__ = _municipality_repr
Kommune.ProgrammeArea.__repr__ = _programme_area_repr
Kommune.Department.__repr__ = _department_repr
Kommune.BudgetFrame.__repr__ = _budget_frame_repr
Kommune.Distribution.__repr__ = _distribution_repr
Kommune.DistributionLine.__repr__ = _distribution_line_repr


def _accounts_record_repr(self):
    if not self.get_text():
        return '<Kommune.AccountsRecord (no line)>'
    return '<Kommune.AccountsRecord line {} {!r}>'.format(self.get_line(), self.get_text())


def _accounts_file_repr(self):
    return '<Kommune.AccountsFile {!r} records={} lines={}>'.format(
        self.get_name(), self.get_n_records(), self.get_n_lines())


Kommune.AccountsRecord.__repr__ = _accounts_record_repr
Kommune.AccountsFile.__repr__ = _accounts_file_repr

def _validation_entry_repr(self):
    lines = list(self.get_line_numbers() or [])
    return '<Kommune.ValidationEntry {} {} {!r} lines={}>'.format(
        self.get_rule_id() or '-', self.get_severity().value_nick.upper(),
        _short(self.get_message()), lines)


def _validation_report_repr(self):
    return '<Kommune.ValidationReport {} {} {} controls={} entries={} {}>'.format(
        self.get_skjema(), self.get_year(), self.get_region(), self.get_n_controls(),
        len(self.get_entries()), self.get_severity().value_nick.upper())


Kommune.ValidationEntry.__repr__ = _validation_entry_repr
Kommune.ValidationReport.__repr__ = _validation_report_repr


_accounts_file_validate = Kommune.AccountsFile.validate


@functools.wraps(_accounts_file_validate, assigned=('__name__', '__doc__'), updated=())
def _validate(self, skjema, year, quarter, region, orgnr=None):
    """The year may be given as an int (2019) or as SSB's text ("2019")."""
    if isinstance(year, int) and not isinstance(year, bool):
        if not 0 <= year <= 9999:
            raise ValueError('Kommune.AccountsFile.validate(): argument \'year\': '
                             '{} is not a year of four digits'.format(year))
        year = '{:04d}'.format(year)
    return _accounts_file_validate(self, skjema, year, quarter, region, orgnr)


Kommune.AccountsFile.validate = _validate


def _ledger_repr(self):
    return '<Kommune.Ledger lines={}>'.format(self.get_n_lines())


Kommune.Ledger.__repr__ = _ledger_repr
Kommune.Ledger.__len__ = Kommune.Ledger.get_n_lines


# An accounts file is a sequence of its records, and a report of its entries.
Kommune.AccountsFile.__len__ = Kommune.AccountsFile.get_n_records
Kommune.AccountsFile.__iter__ = lambda self: iter(self.get_records())
Kommune.ValidationReport.__len__ = lambda self: len(self.get_entries())
Kommune.ValidationReport.__iter__ = lambda self: iter(self.get_entries())


def _table_column(self, bytes_, dtype):
    import numpy
    data = bytes_.get_data() if bytes_ is not None else None
    return numpy.frombuffer(data or b'', dtype=dtype)


def _ledger_table_to_numpy(self):
    """The table's columns as numpy arrays, in a dict by name.

    Keys are arrays of their codes (``None`` in a subtotal that sums over
    the column), ``amount`` (and ``expenses``, ``revenues`` when split)
    ``int64`` øre, ``level`` the rollup level. The arrays are built from
    whole columns, without a call per row. numpy is imported here.
    """
    import numpy
    out = {}
    for name in self.get_columns():
        ids = _table_column(self, self.get_key_ids(name), numpy.uint32)
        codes = numpy.array(list(self.get_key_codes(name)) + [None], dtype=object)
        out[name] = codes[numpy.where(ids == 0xFFFFFFFF, len(codes) - 1, ids)]
    out['amount'] = _table_column(self, self.get_amounts(), numpy.int64)
    if self.is_split():
        out['expenses'] = _table_column(self, self.get_expenses(), numpy.int64)
        out['revenues'] = _table_column(self, self.get_revenues(), numpy.int64)
    out['level'] = _table_column(self, self.get_levels(), numpy.uint8)
    return out


def _ledger_table_to_pandas(self):
    """The table as a pandas DataFrame (pandas is imported here)."""
    import pandas
    return pandas.DataFrame(_ledger_table_to_numpy(self))


def _ledger_table_repr(self):
    return '<Kommune.LedgerTable columns={} rows={} total={}>'.format(
        list(self.get_columns()), self.get_n_rows(), self.get_total())


def _ledger_row_repr(self):
    return '<Kommune.LedgerRow level={} amount={}>'.format(self.get_level(), self.get_amount())


Kommune.LedgerTable.to_numpy = _ledger_table_to_numpy
Kommune.LedgerTable.to_pandas = _ledger_table_to_pandas
Kommune.LedgerTable.__len__ = Kommune.LedgerTable.get_n_rows
Kommune.LedgerTable.__repr__ = _ledger_table_repr
Kommune.LedgerRow.__repr__ = _ledger_row_repr

_ledger_aggregate = Kommune.Ledger.aggregate


@functools.wraps(_ledger_aggregate, assigned=('__name__', '__doc__'), updated=())
def _aggregate(self, columns, filter=None):
    """Columns are names (year, region, account_class, function, art)."""
    if isinstance(columns, str):
        raise TypeError('Kommune.Ledger.aggregate(): argument \'columns\': '
                        'a list of column names, not a str')
    return _ledger_aggregate(self, columns, filter)


Kommune.Ledger.aggregate = _aggregate


def _net_operating_expenses(self, functions):
    """Net operating expenses (øre) of function codes or a group name."""
    if isinstance(functions, str):
        return self.net_operating_expenses_for_group(functions)
    return Kommune.KostraFigures._net_operating_expenses_of(self, list(functions))


def _kostra_figures_repr(self):
    return '<Kommune.KostraFigures {} {} net-operating-result={}>'.format(
        self.get_region(), self.get_year(), self.get_net_operating_result())


Kommune.KostraFigures._net_operating_expenses_of = Kommune.KostraFigures.net_operating_expenses
Kommune.KostraFigures.net_operating_expenses = _net_operating_expenses
Kommune.KostraFigures.__repr__ = _kostra_figures_repr


def _report_repr(self):
    document = self.get_document()
    municipality = document.get_municipality() if document is not None else None
    shown = ('{} {!r}'.format(municipality.get_number(), municipality.get_name())
             if municipality is not None else '(no document)')
    return '<Kommune.Report {} {}>'.format(shown, self.props.language.value_nick)


Kommune.Report.__repr__ = _report_repr
