#!/usr/bin/gjs -m
// SPDX-License-Identifier: LGPL-2.1-or-later
// SSB's key figures of Kongsvinger's 2019 accounts.
//
// Usage: gjs -m kostra-figures.js 0A_V2019_K4_R040200_OK.dat

import Kommune from 'gi://Kommune?version=1';
import System from 'system';

const ledger = Kommune.Ledger.load_accounts([System.programArgs[0]]);

const figures = ledger.key_figures('0402', 2019);
const thousands = ore => String(Math.trunc(ore / 100000)).padStart(12);
for (const name of ['gross-operating-revenue', 'gross-operating-expenses', 'gross-operating-result',
    'net-financial-result', 'net-operating-result'])
    print(`${name.padEnd(40)} ${thousands(figures[name.replace(/-/g, '_')])}`);
print(`${'  in % of gross operating revenue'.padEnd(40)} ` +
    `${Kommune.decimal_format(figures.net_operating_result_percent, 1).padStart(12)}`);
print(`${'net operating expenses, function 202'.padEnd(40)} ` +
    `${thousands(figures.net_operating_expenses(['202']))}`);
print(`${'net operating expenses, barnehage'.padEnd(40)} ` +
    `${thousands(figures.net_operating_expenses_for_group('barnehage'))}`);

if (figures.net_operating_result !== -3358500000)
    throw new Error(`net operating result ${figures.net_operating_result}`);
