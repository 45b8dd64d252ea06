// SPDX-License-Identifier: LGPL-2.1-or-later
import GLib from 'gi://GLib';
import Kommune from 'gi://Kommune?version=1';

import {test, assertEqual, assertThrows, done} from './tap.js';
import {buildFrame, FUNCTION_GROUPS} from './kragero.js';

function items(model) {
    const out = [];
    for (let i = 0; i < model.get_n_items(); i++)
        out.push(model.get_item(i));
    return out;
}

test('the Kragerø frame reconciles', () => {
    const frame = buildFrame();
    assertEqual(frame.amount, 3822873700);
    assertEqual(frame.year, 2018);
    const byFunction = frame.get_distribution('kostra-function-group');
    const byDepartment = frame.get_distribution('department');
    assertEqual(byFunction.get_total(), 3822873700);
    assertEqual(byDepartment.get_total(), 3822873700);
    assertEqual(items(byFunction).map(l => l.key), FUNCTION_GROUPS.map(([k]) => k));
    assertEqual(byDepartment.get_n_items(), 7);
    assertEqual(frame.check(), true);
});

test('a wrong copy throws with the exact difference', () => {
    const frame = buildFrame(-100);
    assertThrows(() => frame.check(), e => {
        if (!(e instanceof GLib.Error))
            throw new Error(`not a GLib.Error: ${e}`);
        assertEqual(e.code, Kommune.Error.NOT_RECONCILED);
        if (!e.message.includes('difference -1 kr') || !e.message.includes('“department”'))
            throw new Error(`message lacks the difference: ${e.message}`);
    });
});

test('duplicates are refused', () => {
    const frame = buildFrame();
    assertThrows(() => frame.add_distribution('department'),
        e => assertEqual(e.code, Kommune.Error.DUPLICATE));
    assertThrows(() => Kommune.Municipality.new('330', 'Drammen'),
        e => assertEqual(e.code, Kommune.Error.INVALID_CODE));
});

test('organisation as list models', () => {
    const kommune = Kommune.Municipality.new('4014', 'Kragerø');
    const frame = buildFrame();
    kommune.add_area(frame.get_area());
    assertEqual(items(kommune.get_areas()).map(a => a.code), ['stab']);
    assertEqual(kommune.find_area('stab').get_departments().get_n_items(), 7);
    assertEqual(kommune.find_area('helse'), null);
});

done();
