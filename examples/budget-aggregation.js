#!/usr/bin/gjs -m
// SPDX-License-Identifier: LGPL-2.1-or-later
// Kragerø's 2018 "Stab og støtte" frame, distributed along KOSTRA function
// groups and departments, with both totals and the reconciliation.
//
// Source of the figures: Kragerø kommune, Handlingsplan 2018,
// kommunalområdet Stab og støtte, tables 2.0 and 2.0.1.

import GLib from 'gi://GLib';
import Kommune from 'gi://Kommune?version=1';
import System from 'system';

const FUNCTION_GROUPS = [
    ['120/180/190', 'Administrasjon, fellesutgifter kommunen og interne serviceenheter', '33 532 742'],
    ['20/21', 'Skole og barnehagetjenester', '835 972'],
    ['23/24', 'Helse- og omsorgsrelaterte funksjoner', '2 568 215'],
    ['283', 'Bistand til etablering av egen bolig', '1 451 004'],
    ['383', 'Musikk- og kulturskoler', '20 687'],
    ['870', 'Renter/utbytte og lån', '-179 883'],
];

const DEPARTMENTS = [
    ['service', 'Serviceavdelingen', '7 686 054'],
    ['personal', 'Personalavdelingen', '13 743 164'],
    ['okonomi', 'Økonomiavdelingen', '2 059 886'],
    ['skatt', 'Skatteoppkreverkontoret', '1 558 920'],
    ['ikt', 'IKT avdelingen', '6 644 259'],
    ['stab', 'Kommunalsjef og stabsfunksjon', '3 622 454'],
    ['felles', 'Felleskostnader (hele kommunen)', '2 914 000'],
];

const kroner = oere => Kommune.amount_format(oere, Kommune.AmountScale.KRONER, 0);

function printDistribution(distribution) {
    print(`\nBy ${distribution.name}`);
    for (let i = 0; i < distribution.get_n_items(); i++) {
        const line = distribution.get_item(i);
        print(`  ${line.key.padEnd(12)}${line.label.padEnd(66)}${kroner(line.amount).padStart(12)}`);
    }
    print(`  ${'Total'.padEnd(78)}${kroner(distribution.get_total()).padStart(12)}`);
}

const kragero = Kommune.Municipality.new('0815', 'Kragerø');  // its number in 2018
const area = Kommune.ProgrammeArea.new('stab', 'Stab og støtte');
kragero.add_area(area);
for (const [code, name] of DEPARTMENTS)
    area.add_department(Kommune.Department.new(code, name));

const frame = Kommune.BudgetFrame.new(area, 2018, Kommune.amount_parse('38 228 737 kr'));
for (const [name, lines] of [['kostra-function-group', FUNCTION_GROUPS], ['department', DEPARTMENTS]]) {
    const distribution = frame.add_distribution(name);
    for (const [key, label, amount] of lines)
        distribution.add(key, label, Kommune.amount_parse(amount));
}

const millions = Kommune.amount_format(frame.amount, Kommune.AmountScale.MILLIONS, 1);
print(`${kragero.name} kommune (${kragero.number}), ${area.name}: ` +
      `budget frame ${frame.year} = ${kroner(frame.amount)} kr (${millions} mill.)`);
const distributions = frame.get_distributions();
for (let i = 0; i < distributions.get_n_items(); i++)
    printDistribution(distributions.get_item(i));

try {
    frame.check();
    print(`\nReconciliation: both distributions add up to the frame of ${kroner(frame.amount)} kr.`);
} catch (e) {
    if (!(e instanceof GLib.Error))
        throw e;
    print(`\nReconciliation: FAILED: ${e.message}`);
    System.exit(1);
}
