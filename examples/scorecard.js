#!/usr/bin/gjs -m
// SPDX-License-Identifier: LGPL-2.1-or-later
// The traffic lights of a document's goals, with the gaps and overlaps of
// every indicator's bands.
//
// Usage: scorecard.js DOCUMENT.json [PERIOD]

import Kommune from 'gi://Kommune?version=1';
import System from 'system';

function* items(model) {
    for (let i = 0; i < model.get_n_items(); i++)
        yield model.get_item(i);
}

function* bandFindings(goal) {
    for (const indicator of items(goal.get_indicators())) {
        for (const finding of indicator.check_bands())
            yield `${indicator.name}: ${finding}`;
    }
    for (const child of items(goal.get_children()))
        yield* bandFindings(child);
}

if (ARGV.length < 1 || ARGV.length > 2) {
    printerr('usage: scorecard.js DOCUMENT.json [PERIOD]');
    System.exit(1);
}

let document;
try {
    document = Kommune.Document.load(ARGV[0]);
} catch (e) {
    printerr(`scorecard: ${e.message}`);
    System.exit(1);
}
if (document.get_goals().get_n_items() === 0) {
    printerr(`scorecard: ${ARGV[0]} has no goals`);
    System.exit(1);
}
for (const root of items(document.get_goals())) {
    const scorecard = Kommune.Scorecard.new(root, ARGV.length === 2 ? ARGV[1] : null);
    print(scorecard.format());
    print('Bands as written:');
    for (const finding of bandFindings(root))
        print(`  ${finding}`);
    print('');
}
