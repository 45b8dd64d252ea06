// SPDX-License-Identifier: LGPL-2.1-or-later
// bindings/gjs/kommune.js: for…of over every list, readable toString(),
// records for tables, calendar days.
import GLib from 'gi://GLib';
import Gio from 'gi://Gio';

import Kommune, {formatKroner, items, day, toJSDate} from '../../bindings/gjs/kommune.js';
import {test, assertEqual, done} from './tap.js';
import {buildFrame} from './kragero.js';

const dataDir = GLib.build_filenamev([GLib.path_get_dirname(import.meta.url.replace('file://', '')), '..', 'data']);
const load = name => Kommune.Document.load(GLib.build_filenamev([dataDir, name]));
const OP = Kommune.BudgetType.OPERATING;

function buildPlan() {
    const plan = Kommune.EconomicPlan.new(2017);
    const central = Kommune.ProgrammeArea.new('07', 'Sentraladministrasjonen');
    plan.add_area(central);
    plan.add_area(Kommune.ProgrammeArea.new('13', 'Byutvikling'));
    plan.set_frame_amount(central, 2017, OP, Kommune.amount_parse('100 mill.'));
    plan.add_adjustment(Kommune.Adjustment.new('2017-t1-07', day(2017, 6, 30), 'sak 53/17',
        Kommune.DocumentKind.TERTIAL_1, '07', OP, 2017, Kommune.amount_parse('1,5 mill.'), 'Kontrolltjenester'));
    plan.add_adjustment(Kommune.Adjustment.new_transfer('2017-t2-07-13', day(2017, 11, 1), 'sak 91/17',
        Kommune.DocumentKind.TERTIAL_2, '07', '13', OP, 2017, Kommune.amount_parse('250 000'), 'Byleksikon'));
    return plan;
}

test('the module is the Kommune namespace', () => {
    assertEqual(typeof Kommune.amount_parse, 'function');
    assertEqual(formatKroner(123450), '1 234,50 kr');
    assertEqual(formatKroner(3822873700), '38 228 737 kr');
});

test('a Distribution is iterable with for…of', () => {
    const byDepartment = buildFrame().get_distribution('department');
    const keys = [];
    for (const line of byDepartment)
        keys.push(line.key);
    assertEqual(keys, ['service', 'personal', 'okonomi', 'skatt', 'ikt', 'stab', 'felles']);
    assertEqual([...byDepartment].reduce((sum, line) => sum + line.amount, 0), 3822873700);
});

test('every list a getter returns is iterable', () => {
    const frame = buildFrame();
    assertEqual([...frame.get_distributions()].map(d => d.name), ['kostra-function-group', 'department']);
    assertEqual([...frame.get_area().get_departments()].length, 7);
    const plan = load('drammen-2017-t1-programomrade-07.json').plan;
    assertEqual([...plan.get_adjustments()].length, 6);
    assertEqual([...items(plan.get_adjustments())].length, 6);
    const store = new Gio.ListStore({item_type: Kommune.Note.$gtype});
    assertEqual([...store].length, 0);
});

test('objects print readably', () => {
    const frame = buildFrame();
    assertEqual(`${frame}`, "<Kommune.BudgetFrame 'stab' 2018 operating 38 228 737 kr distributions=2>");
    assertEqual(String(frame.get_distribution('department')),
        "<Kommune.Distribution 'department' lines=7 total=38 228 737 kr>");
    const plan = buildPlan();
    assertEqual(String(plan), '<Kommune.EconomicPlan 2017–2020 areas=2 adjustments=2>');
    assertEqual(String(plan.get_adjustments().get_item(1)),
        "<Kommune.Adjustment '2017-t2-07-13' tertial-2 07 → 13 operating 2017 250 000 kr 2017-11-01>");
    const report = load('drammen-2017-t1-programomrade-07.json').get_tertial_reports().get_item(0);
    assertEqual(String(report), '<Kommune.TertialReport tertial-1 2017 areas=1 proposals=6 adopted 2017-06-30>');
    assertEqual(String(report.get_area_reports().get_item(0)), "<Kommune.AreaReport '07' deviation=1 000 000 kr>");
    assertEqual(String(new Kommune.Note()), '<Kommune.Note null>');
});

test('every class prints readably, even bare', () => {
    const GObject = imports.gi.GObject;
    let classes = 0;
    for (const name of Object.keys(Kommune)) {
        const klass = Kommune[name];
        if (typeof klass !== 'function' || !(klass.prototype instanceof GObject.Object))
            continue;
        classes++;
        const text = String(new klass());
        if (!text.startsWith(`<Kommune.${name}`))
            throw new Error(`${name} prints as ${text}`);
    }
    if (classes < 25)
        throw new Error(`only ${classes} classes found`);
});

test('plan records', () => {
    assertEqual(buildPlan().toRecords(), [
        {area: '07', year: 2017, budget_type: 'operating', original: 10000000000, revised: 10125000000, change: 125000000},
        {area: '13', year: 2017, budget_type: 'operating', original: 0, revised: 25000000, change: 25000000},
    ]);
    assertEqual(buildPlan().toRecords(day(2017, 6, 30)).map(r => r.revised), [10150000000, 0]);
});

test('scorecard records', () => {
    const root = load('drammen-2014-sosiale-tjenester.json').get_goals().get_item(0);
    const records = Kommune.Scorecard.new(root, '2013').toRecords();
    assertEqual(records.length, 12);
    assertEqual(records[4], {
        goal: 'o2', goal_level: 'plan',
        goal_text: 'Flere av kommunens innbyggere tar ansvar for egen økonomi, egen helse og eget liv',
        indicator: 'Sosialhjelpsmottakere i prosent av befolkningen', unit: 'percent', period: '2013',
        value_thousandths: 3200, value_text: '3,2', status: 'desired',
    });
    assertEqual(records[1].value_thousandths, null);
    assertEqual(records[9].value_thousandths, 3000000);
    assertEqual(records[9].status, 'not-approved');
});

test('a fraction or a boolean is refused where an integer is expected', () => {
    const area = Kommune.ProgrammeArea.new('07', 'Sentraladministrasjonen');
    const message = f => {
        try {
            f();
        } catch (e) {
            if (!(e instanceof TypeError))
                throw e;
            return e.message;
        }
        throw new Error('nothing was thrown');
    };
    assertEqual(message(() => Kommune.BudgetFrame.new(area, 2024, 1234.56)),
        "Kommune.BudgetFrame.new(): argument 'amount' (gint64) must be an integer, not 1234.56");
    assertEqual(message(() => Kommune.BudgetFrame.new(area, 2024.5, 100)),
        "Kommune.BudgetFrame.new(): argument 'year' (guint32) must be an integer, not 2024.5");
    assertEqual(message(() => Kommune.BudgetFrame.new(area, 2024, true)),
        "Kommune.BudgetFrame.new(): argument 'amount' (gint64) must be an integer, not true");
    assertEqual(message(() => Kommune.amount_allocate(100, [1, 1.5])),
        "Kommune.amount_allocate(): argument 'weights[1]' (gint64) must be an integer, not 1.5");
    assertEqual(message(() => Kommune.amount_format(100, 1.5, 2)),
        "Kommune.amount_format(): argument 'scale' (AmountScale) must be an integer, not 1.5");
    const plan = Kommune.EconomicPlan.new(2024);
    plan.add_area(area);
    assertEqual(message(() => plan.set_frame_amount(area, 2024, OP, 0.5)),
        "Kommune.EconomicPlan.set_frame_amount(): argument 'amount' (gint64) must be an integer, not 0.5");
    assertEqual(message(() => new Kommune.BudgetFrame({year: 2024.5})),
        "Kommune.BudgetFrame(): property 'year' (guint) must be an integer, not 2024.5");
    const report = new Kommune.TertialReport({materiality_threshold: 500000});
    assertEqual(message(() => {
        report.materiality_threshold = 1.5;
    }), "Kommune.TertialReport: property 'materiality_threshold' (gint64) must be an integer, not 1.5");
    assertEqual(message(() => {
        report.materialityThreshold = true;
    }), "Kommune.TertialReport: property 'materialityThreshold' (gint64) must be an integer, not true");
    report.materiality_threshold = 700000;
    assertEqual(report.get_materiality_threshold(), 700000);
    assertEqual(Kommune.BudgetFrame.new(area, 2024, 123456).get_amount(), 123456);
    assertEqual(Kommune.amount_allocate(100, [1, 1]), [50, 50]);
});

test('a JavaScript Date where a GLib.DateTime is expected', () => {
    const plan = buildPlan();
    assertEqual(plan.get_frame_amount('07', 2017, OP, new Date(2017, 5, 29, 12)), 10000000000);
    assertEqual(plan.get_frame_amount('07', 2017, OP, new Date(2017, 5, 30, 12)), 10150000000);
    assertEqual(Kommune.calendar_next(new Date(2025, 0, 15)), Kommune.calendar_next(day(2025, 1, 15)));
});

test('calendar days', () => {
    assertEqual(day(2017, 6, 30).format('%F %T %z'), '2017-06-30 00:00:00 +0000');
    assertEqual(toJSDate(day(2017, 6, 30)).toISOString(), '2017-06-30T00:00:00.000Z');
    assertEqual(toJSDate(null), null);
});

done();
