#!/usr/bin/gjs -m
// SPDX-License-Identifier: LGPL-2.1-or-later
// A document as one HTML file for the council, with the KOSTRA key figures
// of an accounts file beside the budget.
//
// Usage: report.js DOCUMENT.json OUTPUT.html [ACCOUNTS.dat] [en]

import Kommune from 'gi://Kommune?version=1';
import System from 'system';

if (ARGV.length < 2 || ARGV.length > 4) {
    printerr('usage: report.js DOCUMENT.json OUTPUT.html [ACCOUNTS.dat] [en]');
    System.exit(1);
}

try {
    const document = Kommune.Document.load(ARGV[0]);
    const report = Kommune.Report.new(document);
    if (ARGV[3] === 'en')
        report.language = Kommune.ReportLanguage.EN;
    if (ARGV.length >= 3) {
        const ledger = Kommune.Ledger.load_accounts([ARGV[2]]);
        report.set_accounts(ledger, null, 0);
    }
    report.save(ARGV[1]);
    print(ARGV[1]);
} catch (error) {
    printerr(`report: ${error.message}`);
    System.exit(1);
}
