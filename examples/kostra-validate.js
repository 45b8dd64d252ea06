#!/usr/bin/gjs -m
// SPDX-License-Identifier: LGPL-2.1-or-later
// SSB's controls over a KOSTRA accounts file, printed as SSB's control
// program reports them: the counts per severity, then each finding, with
// the exit code SSB's program would give: 0 (OK, INFO), 1 (WARNING), 2
// (ERROR, FATAL).
//
// Usage: kostra-validate.js FILE SKJEMA YEAR QUARTER REGION [ORGNR]

import Kommune from 'gi://Kommune?version=1';
import System from 'system';

const S = Kommune.Severity;
const severityName = Object.fromEntries(
    Object.entries(S).filter(([, v]) => typeof v === 'number').map(([k, v]) => [v, k]));

function* items(model) {
    for (let i = 0; i < model.get_n_items(); i++)
        yield model.get_item(i);
}

function printReport(report) {
    print(`Skjema ${report.get_skjema()}, årgang ${report.get_year()}, region ${report.get_region()}`);
    print(`Antall kontroller: ${report.get_n_controls()}`);
    print(`Fatal: ${report.get_count(S.FATAL)}  Feil: ${report.get_count(S.ERROR)}  ` +
          `Advarsel: ${report.get_count(S.WARNING)}  Info: ${report.get_count(S.INFO)}`);
    print(`Resultat: ${severityName[report.get_severity()]} (exit code ${report.get_exit_code()})`);
    print('');
    for (const entry of items(report.get_entries())) {
        print(`${severityName[entry.severity].padEnd(8)} ${entry.rule_name}`);
        print(`         ${entry.message}`);
        const lines = entry.get_line_numbers();
        if (lines.length > 0)
            print(`         linje ${lines.join(', ')}`);
    }
}

if (ARGV.length < 5 || ARGV.length > 6 || !['0', '1', '2', '3', '4'].includes(ARGV[3])) {
    printerr('usage: kostra-validate.js FILE SKJEMA YEAR QUARTER REGION [ORGNR]');
    System.exit(1);
}

const [path, skjema, year, quarter, region] = ARGV;
let accounts, report;
try {
    accounts = Kommune.AccountsFile.load(path);
    report = accounts.validate(skjema, year, Number(quarter), region, ARGV[5] ?? null);
} catch (e) {
    printerr(`kostra-validate: ${e.message}`);
    System.exit(1);
}
print(`Kontrollrapport for ${path}: ${accounts.get_n_records()} poster`);
printReport(report);
