# SPDX-License-Identifier: LGPL-2.1-or-later
"""PyGObject override for libkommune.

It only adds what makes the introspected API read naturally in Python:
readable ``repr()`` for the entity types, ``str()`` of an amount-bearing
object in Norwegian notation, and ``int()`` of a frame or line. Lists
(``len()``, indexing, iteration) come from PyGObject's own
``Gio.ListModel`` support, and errors are ``GLib.Error`` exceptions.
"""

from ..module import get_introspection_module

Kommune = get_introspection_module('Kommune')

__all__ = ['format_kroner']


def format_kroner(oere):
    """Formats an amount in øre exactly, in kroner with a unit.

    Whole kroner show no decimals (``'38 228 737 kr'``), anything else
    shows øre (``'1 234,50 kr'``); nothing is rounded.
    """
    decimals = 0 if oere % 100 == 0 else 2
    return Kommune.amount_format(oere, Kommune.AmountScale.KRONER, decimals) + ' kr'


def _municipality_repr(self):
    return '<Kommune.Municipality {} {!r} areas={}>'.format(
        self.get_number(), self.get_name(), len(self.get_areas()))


def _programme_area_repr(self):
    return '<Kommune.ProgrammeArea {!r} {!r} departments={}>'.format(
        self.get_code(), self.get_name(), len(self.get_departments()))


def _department_repr(self):
    return '<Kommune.Department {!r} {!r}>'.format(self.get_code(), self.get_name())


def _budget_frame_repr(self):
    return '<Kommune.BudgetFrame {!r} {} {} distributions={}>'.format(
        self.get_area().get_code(), self.get_year(),
        format_kroner(self.get_amount()), len(self.get_distributions()))


def _distribution_repr(self):
    return '<Kommune.Distribution {!r} lines={} total={}>'.format(
        self.get_name(), len(self), format_kroner(self.get_total()))


def _distribution_line_repr(self):
    return '<Kommune.DistributionLine {!r} {!r} {}>'.format(
        self.get_key(), self.get_label(), format_kroner(self.get_amount()))


Kommune.Municipality.__repr__ = _municipality_repr
Kommune.ProgrammeArea.__repr__ = _programme_area_repr
Kommune.Department.__repr__ = _department_repr
Kommune.BudgetFrame.__repr__ = _budget_frame_repr
Kommune.Distribution.__repr__ = _distribution_repr
Kommune.DistributionLine.__repr__ = _distribution_line_repr
