# SPDX-License-Identifier: LGPL-2.1-or-later
"""The ledger's aggregation and key figures from Python."""

import os

import pytest
from gi.repository import GLib, Kommune

REAL = os.path.join(os.path.dirname(__file__), '..', 'data', 'kostra',
                    '0A_V2019_K4_R040200_OK.dat')


@pytest.fixture(scope='module')
def ledger():
    ledger = Kommune.Ledger.new()
    for record in Kommune.AccountsFile.load(REAL).get_records():
        if record.has_amount():
            ledger.append(record.get_year(), record.get_region(), record.get_account_class(),
                          record.get_function(), record.get_art(), record.get_amount())
    return ledger


def test_aggregate_names(ledger):
    table = ledger.aggregate(['account_class', 'function'], None)
    assert isinstance(table, Kommune.LedgerTable)
    assert len(table) == table.get_n_rows() > 0
    assert sum(row.get_amount() for row in table) == table.get_total()
    first = table[0]
    assert first.get_key('account_class') == '0'
    assert first.get_key('year') is None


def test_filter(ledger):
    f = Kommune.LedgerFilter.new()
    f.set_account_classes(['1'])
    f.set_functions(['201', '211', '221'])
    f.set_art_range(600, 999)
    table = ledger.aggregate(['function'], f)
    assert [row.get_key('function') for row in table] == ['201', '211', '221']
    assert table.get_total() < 0


def test_to_numpy_totals(ledger):
    numpy = pytest.importorskip('numpy')
    table = ledger.aggregate_full(['year', 'function', 'art'], None,
                                  Kommune.LedgerAggregateFlags.SPLIT)
    columns = table.to_numpy()
    assert columns['amount'].dtype == numpy.int64
    assert len(columns['amount']) == len(table)
    assert int(columns['amount'].sum()) == table.get_total()
    assert int(columns['amount'].sum()) == sum(row.get_amount() for row in table)
    assert list(columns['function'][:3]) == [table[i].get_key('function') for i in range(3)]
    assert (columns['expenses'] + columns['revenues'] == columns['amount']).all()


def test_to_pandas_rollup(ledger):
    pytest.importorskip('pandas')
    table = ledger.aggregate_full(['account_class', 'function'], None,
                                  Kommune.LedgerAggregateFlags.ROLLUP)
    frame = table.to_pandas()
    assert list(frame.columns[:2]) == ['account_class', 'function']
    total = frame[frame['level'] == 0]
    assert len(total) == 1 and int(total['amount'].iloc[0]) == table.get_total()


def test_errors(ledger):
    with pytest.raises(GLib.Error) as info:
        ledger.aggregate(['kommune'], None)
    assert info.value.matches(Kommune.error_quark(), Kommune.Error.INVALID_ARGUMENT)
    with pytest.raises(TypeError):
        ledger.aggregate('year', None)
    with pytest.raises(TypeError):
        ledger.aggregate([2019], None)
    with pytest.raises(GLib.Error):
        ledger.key_figures('0403', 2019)


def test_key_figures(ledger):
    figures = ledger.key_figures('0402', 2019)
    assert isinstance(figures, Kommune.KostraFigures)
    assert figures.props.gross_operating_revenue == 143798900000
    assert figures.props.net_operating_result == (figures.props.gross_operating_result
                                                  + figures.props.net_financial_result
                                                  + figures.props.depreciation_offset)
    assert ledger.key_figures('040200', 2019).props.net_operating_result == \
        figures.props.net_operating_result
    assert figures.net_operating_expenses('barnehage') == \
        figures.net_operating_expenses(['201', '211', '221'])
    assert figures.net_operating_expenses(['202']) > 0


def test_function_groups_are_their_functions():
    # SSB's 2016 function hierarchy, as the data files hold it; each group's
    # net operating expenses are those of its functions, recomputed from the
    # accounts file's own text.
    groups = {
        'barnehage': ['201', '211', '221'],
        'barnevern': ['244', '251', '252'],
        'administrasjon': ['120', '121', '130'],
    }
    ledger = Kommune.Ledger.load_accounts([REAL])
    figures = ledger.key_figures('040200', 2019)
    with open(REAL, 'rb') as f:
        lines = [line.decode('latin-1') for line in f.read().split(b'\n') if line]

    def arts_in(art):
        a = int(art)
        return 10 <= a <= 480 or a == 590 or 600 <= a <= 780 or 800 <= a <= 895

    for group, functions in groups.items():
        assert Kommune.kostra_function_group_dup_functions(group, 2019) == functions
        expected = sum(int(line[39:48]) * 100000 for line in lines
                       if line[31] == '1' and line[32:36].strip() in functions and arts_in(line[36:39]))
        assert figures.net_operating_expenses(group) == expected
        assert figures.net_operating_expenses(functions) == expected


def test_net_operating_expenses_refuse_what_is_no_function():
    figures = Kommune.Ledger.load_accounts([REAL]).key_figures('0402', 2019)
    for code in ('abc', '2020', ''):
        with pytest.raises(GLib.Error) as info:
            figures.net_operating_expenses([code])
        assert info.value.matches(Kommune.error_quark(), Kommune.Error.INVALID_CODE)
        assert info.value.message == '“{}” is not a function code (up to 3 digits)'.format(code)
