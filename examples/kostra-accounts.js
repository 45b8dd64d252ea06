#!/usr/bin/gjs -m
// SPDX-License-Identifier: LGPL-2.1-or-later
// A KOSTRA accounts file read record by record.
//
// Run in examples/data (meson test does): it reads SSB's sample file
// 0A_V2019_K4_R040200_OK.dat there.

import Kommune from 'gi://Kommune?version=1';

const accounts = Kommune.AccountsFile.load('0A_V2019_K4_R040200_OK.dat');
const records = accounts.get_records();
let drift = 0n;
for (let i = 0; i < records.get_n_items(); i++) {
    const record = records.get_item(i);
    if (record.get_account_class() === '1')
        drift += BigInt(record.get_amount());
}
print(`${accounts.get_n_records()} records, drift ${drift} øre`);

if (accounts.get_n_records() !== 1644)
    throw new Error(`expected 1644 records, found ${accounts.get_n_records()}`);
