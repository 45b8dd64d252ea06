// SPDX-License-Identifier: LGPL-2.1-or-later
import GLib from 'gi://GLib';
import Kommune from 'gi://Kommune?version=1';

import {test, assertEqual, assertThrows, done} from './tap.js';

test('amount_parse reads document forms', () => {
    assertEqual(Kommune.amount_parse('9,4 mill'), 940000000);
    assertEqual(Kommune.amount_parse('−179 883'), -17988300);
    assertEqual(Kommune.amount_parse('0,15 millioner kroner'), 15000000);
    assertEqual(Kommune.amount_parse('kr. 7.185,-'), 718500);
    assertEqual(Kommune.amount_parse('38\u00a0228\u00a0737'), 3822873700);
});

test('amount_parse throws a GLib.Error naming the text', () => {
    assertThrows(() => Kommune.amount_parse('12,3,4'), e => {
        if (!(e instanceof GLib.Error))
            throw new Error(`not a GLib.Error: ${e}`);
        if (!e.matches(Kommune.error_quark(), Kommune.Error.INVALID_AMOUNT))
            throw new Error(`wrong error: ${e.message}`);
        assertEqual(e.message, '“12,3,4” is not an amount: unexpected “,4” after the number');
    });
});

test('amount_allocate splits exactly', () => {
    assertEqual(Kommune.amount_allocate(10000000, [1, 1, 1]), [3333334, 3333333, 3333333]);
    assertEqual(Kommune.amount_allocate(-11, [1, 1, 1]), [-4, -4, -3]);
    assertThrows(() => Kommune.amount_allocate(100, [0, 0]),
        e => assertEqual(e.code, Kommune.Error.INVALID_ARGUMENT));
});

test('amount_format rounds half away from zero', () => {
    assertEqual(Kommune.amount_format(3822873700, Kommune.AmountScale.MILLIONS, 1), '38,2');
    assertEqual(Kommune.amount_format(3822873700, Kommune.AmountScale.THOUSANDS, 0), '38 229');
    assertEqual(Kommune.amount_format(3822873700, Kommune.AmountScale.KRONER, 0), '38 228 737');
    assertEqual(Kommune.amount_format(-150, Kommune.AmountScale.KRONER, 0), '-2');
});

test('checked arithmetic', () => {
    assertEqual(Kommune.amount_add(3353274200, 83597200), 3436871400);
    assertEqual(Kommune.amount_sum([100, -250, 50]), -100);
});

done();
