// SPDX-License-Identifier: LGPL-2.1-or-later
import GLib from 'gi://GLib';
import Kommune from 'gi://Kommune?version=1';

import {test, assertEqual, assertThrows, done} from './tap.js';

const S = Kommune.Status;
const dataDir = GLib.build_filenamev([GLib.path_get_dirname(import.meta.url.replace('file://', '')), '..', 'data']);

function introduction() {
    const indicator = Kommune.Indicator.new('I arbeid eller utdanning', Kommune.IndicatorUnit.PERCENT,
        Kommune.Direction.HIGHER_IS_BETTER);
    indicator.set_band(S.DESIRED, '55', false, null, false);
    indicator.set_band(S.ACCEPTABLE, '50', true, '54', true);
    indicator.set_band(S.NOT_APPROVED, null, false, '50', false);
    return indicator;
}

test('bands evaluate exactly and report their gap', () => {
    const indicator = introduction();
    assertEqual([61, 55, 54.5, 50, 49.9].map(v => indicator.evaluate(v)),
        [S.DESIRED, S.OUTSIDE_BANDS, S.OUTSIDE_BANDS, S.ACCEPTABLE, S.NOT_APPROVED]);
    assertEqual(indicator.evaluate_missing(), S.NOT_MEASURED);
    assertEqual(indicator.check_bands(), ['gap: values > 54 and ≤ 55 are in no band']);
    assertThrows(() => indicator.evaluate_text('55 %'),
        e => assertEqual(e.code, Kommune.Error.INVALID_ARGUMENT));
});

test('percent change and the conditional rule', () => {
    assertEqual(Kommune.percent_change(6159, 6268, 1), '1,8');
    assertEqual(Kommune.percent_change(5427, 5529, 1), '1,9');
    const F = Kommune.FinancialFigure;
    const fund = Kommune.FinancialRule.new('fond', F.DISPOSITION_FUND_CLOSING, F.GROSS_OPERATING_REVENUE,
        Kommune.Comparison.GREATER_OR_EQUAL, '5');
    const result = Kommune.FinancialRule.new('resultat', F.NET_OPERATING_RESULT, F.GROSS_OPERATING_REVENUE,
        Kommune.Comparison.GREATER_OR_EQUAL, '1,75');
    result.set_until(fund);
    const figures = Kommune.FinancialFigures.new(2023);
    figures.set(F.NET_OPERATING_RESULT, Kommune.amount_parse('78,3 mill'));
    figures.set(F.GROSS_OPERATING_REVENUE, Kommune.amount_parse('8 700 mill'));
    figures.set(F.DISPOSITION_FUND_CLOSING, Kommune.amount_parse('605 mill'));
    const [status, , ratio] = result.evaluate(figures);
    assertEqual(status, Kommune.RuleStatus.NOT_APPLICABLE);
    assertEqual(ratio, '0,90');
});

test('the bundled scorecard', () => {
    const document = Kommune.Document.load(GLib.build_filenamev([dataDir, 'drammen-2014-sosiale-tjenester.json']));
    const scorecard = Kommune.Scorecard.new(document.get_goals().get_item(0), '2013');
    assertEqual(scorecard.get_count(S.DESIRED), 2);
    assertEqual(scorecard.get_count(S.NOT_MEASURED), 9);
    if (!scorecard.format().startsWith('Scorecard 2013\n'))
        throw new Error(scorecard.format());
});

done();
