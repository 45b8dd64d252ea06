#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The plan's frames per area and year, as adopted and as revised, with
totals, for each document given on the command line."""

import sys

import gi

gi.require_version('Kommune', '1')
from gi.repository import GLib, Kommune  # noqa: E402


def kroner(oere):
    return Kommune.amount_format(oere, Kommune.AmountScale.KRONER, 0)


def print_plan(document):
    municipality = document.props.municipality
    print(f'{municipality.props.name} kommune ({municipality.props.number})')
    plan = document.props.plan
    if plan is None:
        print('  no economic plan in this document\n')
        return
    print(f'  Economic plan {plan.props.first_year}–{plan.props.last_year}, '
          f'{len(plan.get_adjustments())} adjustments in the log')
    print(f'  {"area":<6} {"year":<6} {"budget":<11} {"adopted":>16} {"revised":>16} {"change":>16}')
    for year in range(plan.props.first_year, plan.props.last_year + 1):
        for budget in (Kommune.BudgetType.OPERATING, Kommune.BudgetType.INVESTMENT):
            name = Kommune.budget_type_to_string(budget)
            for area in plan.get_areas():
                code = area.props.code
                adopted = plan.get_original_frame_amount(code, year, budget)
                revised = plan.get_frame_amount(code, year, budget, None)
                if adopted == 0 and revised == 0:
                    continue
                print(f'  {code:<6} {year:<6} {name:<11} {kroner(adopted):>16} {kroner(revised):>16} '
                      f'{kroner(revised - adopted):>16}')
            total = plan.get_total(year, budget, None)
            if total:
                print(f'  {"total":<6} {year:<6} {name:<11} {"":>16} {kroner(total):>16}')
    print()


def main(paths):
    if not paths:
        print(f'usage: {sys.argv[0]} DOCUMENT.json...', file=sys.stderr)
        return 1
    for path in paths:
        try:
            print_plan(Kommune.Document.load(path))
        except GLib.Error as error:
            print(f'plan_totals: {error.message}', file=sys.stderr)
            return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
