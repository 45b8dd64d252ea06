// SPDX-License-Identifier: LGPL-2.1-or-later
// The ledger from JavaScript: loading CSV and accounts files, progress,
// and errors as GLib.Error.
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Kommune from 'gi://Kommune?version=1';

import {test, assertEqual, assertThrows, done} from './tap.js';

const here = GLib.path_get_dirname(GLib.filename_from_uri(import.meta.url)[0]);
const data = GLib.build_filenamev([here, '..', 'data']);
const header = 'year,municipality,account_class,function,art,amount\n';

test('load_csv_from_bytes reads lines as written, amounts in øre', () => {
    const text = `${header}2015,0301,0,121,020,2623771\n2024,5618,1,899,990,-17\n`;
    const ledger = Kommune.Ledger.load_csv_from_bytes(new GLib.Bytes(new TextEncoder().encode(text)), 'js');
    assertEqual(ledger.get_n_lines(), 2);
    assertEqual(ledger.get_line(0), [true, 2015, '0301', '0', '121', '020', 262377100]);
    assertEqual(ledger.get_line(1), [true, 2024, '5618', '1', '899', '990', -1700]);
});

test('load_csv throws a GLib.Error with the line', () => {
    assertThrows(() => Kommune.Ledger.load_csv(`${data}/bad/ledger-missing-column.csv`), e => {
        if (!(e instanceof GLib.Error) || !e.matches(Kommune.error_quark(), Kommune.Error.INVALID_ARGUMENT))
            throw new Error(`wrong error: ${e}`);
        assertEqual(e.message.endsWith(': line 3: art: missing: the line has 4 of the 6 columns'), true);
    });
});

test('load_accounts reads every record of SSB\'s file', () => {
    const path = `${data}/kostra/0A_V2019_K4_R040200_OK.dat`;
    const ledger = Kommune.Ledger.load_accounts([path]);
    assertEqual(ledger.get_line(0), [true, 2019, '040200', '1', '120', '010', 3632800000]);
    const text = new TextDecoder('latin1').decode(GLib.file_get_contents(path)[1]);
    const records = text.split('\n').map(l => l.replace(/\r$/, '')).filter(l => l.length === 48);
    assertEqual(ledger.get_n_lines(), records.length);
});

test('load_csv_full reports progress and can be cancelled', () => {
    const path = GLib.build_filenamev([GLib.get_tmp_dir(), `ledger-js-${GLib.random_int()}.csv`]);
    GLib.file_set_contents(path, header + '2015,0301,0,121,020,1\n'.repeat(200000));
    const seen = [];
    const ledger = Kommune.Ledger.load_csv_full(path, null, (current, total) => seen.push([current, total]));
    assertEqual(ledger.get_n_lines(), 200000);
    assertEqual(seen[seen.length - 1][0], seen[seen.length - 1][1]);
    const cancellable = new Gio.Cancellable();
    cancellable.cancel();
    assertThrows(() => Kommune.Ledger.load_csv_full(path, cancellable, null),
        e => assertEqual(e.matches(Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED), true));
    GLib.unlink(path);
});

done();
