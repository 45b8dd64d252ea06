// SPDX-License-Identifier: LGPL-2.1-or-later
import GLib from 'gi://GLib';
import Kommune from 'gi://Kommune?version=1';

import {test, assertEqual, assertThrows, done} from './tap.js';

const dataDir = GLib.build_filenamev([GLib.path_get_dirname(import.meta.url.replace('file://', '')), '..', 'data']);
const path = name => GLib.build_filenamev([dataDir, name]);
const OP = Kommune.BudgetType.OPERATING;
const INV = Kommune.BudgetType.INVESTMENT;

test('Drammen 2017 T1: 9,4 mill. operating and 1 mill. investment', () => {
    const document = Kommune.Document.load(path('drammen-2017-t1-programomrade-07.json'));
    const report = document.find_tertial_report(2017, Kommune.DocumentKind.TERTIAL_1);
    assertEqual(report.get_proposed_total('07', OP), 940000000);
    assertEqual(report.get_proposed_total('07', INV), 100000000);
    const plan = document.plan;
    const before = GLib.DateTime.new_utc(2017, 6, 29, 0, 0, 0);
    assertEqual(plan.get_frame_amount('07', 2017, OP, null) - plan.get_frame_amount('07', 2017, OP, before), 940000000);
});

test('documents save byte-identically and round-trip', () => {
    for (const name of ['kragero-2018-stab-og-stotte.json', 'drammen-2017-t1-programomrade-07.json',
        'drammen-2023-arsevaluering.json']) {
        const document = Kommune.Document.load(path(name));
        const [, original] = GLib.file_get_contents(path(name));
        const text = document.to_data()[0];
        assertEqual(text, new TextDecoder().decode(original), name);
        const copy = Kommune.Document.load_from_data(text, -1, name);
        assertEqual(document.equal(copy), true, name);
    }
});

test('an unbalanced transfer throws with the difference', () => {
    const plan = Kommune.EconomicPlan.new(2017);
    plan.set_frame_amount(Kommune.ProgrammeArea.new('07', 'Ledelse'), 2017, OP, 100);
    plan.add_area(Kommune.ProgrammeArea.new('04', 'Byutvikling'));
    plan.add_area(Kommune.ProgrammeArea.new('05', 'Kultur'));
    const date = GLib.DateTime.new_utc(2017, 3, 1, 0, 0, 0);
    const transfer = Kommune.Adjustment.new_transfer('t', date, '', Kommune.DocumentKind.ECONOMIC_PLAN,
        '07', '04', OP, 2017, 500, '');
    transfer.add_line('05', 100);
    assertThrows(() => plan.add_adjustment(transfer), e => {
        assertEqual(e.code, Kommune.Error.UNBALANCED_TRANSFER);
        if (!e.message.includes('difference 1 kr'))
            throw new Error(e.message);
    });
});

test('a corrupted document names its JSON path', () => {
    assertThrows(() => Kommune.Document.load_from_data('{"format_version": 1, "municipality": {"number": 3301}}',
        -1, 'x.json'), e => {
        assertEqual(e.code, Kommune.Error.INVALID_DOCUMENT);
        assertEqual(e.message, 'x.json: $.municipality.number: expected a string, found an integer');
    });
});

done();
