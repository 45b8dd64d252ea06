// SPDX-License-Identifier: LGPL-2.1-or-later
//
// libkommune for GJS: the introspected namespace with readable strings,
// for…of over every list, and records for tables.
//
//     import Kommune from 'file:///usr/share/libkommune-1/gjs/kommune.js';
//
// (or a relative path to bindings/gjs/kommune.js in a source tree). The
// default export is the same object as `gi://Kommune?version=1`; importing
// this module patches its prototypes once:
//
// - every list the library hands out (a Distribution, and the read-only
//   list models its getters return) is iterable with for…of; GJS 1.74
//   gives for…of only to Gio.ListStore;
// - every object has a readable toString(), such as
//   `<Kommune.BudgetFrame '07' 2017 operating 9 400 000 kr distributions=0>`;
// - EconomicPlan.prototype.toRecords() and Scorecard.prototype.toRecords()
//   give arrays of plain objects;
// - a number with a fraction (or a boolean) passed where an integer (øre,
//   a year, an enum) is expected, as an argument or a property, throws a
//   TypeError naming it, instead of being truncated; a JavaScript Date is accepted where a
//   GLib.DateTime is expected (the same instant, in the local time zone).
//
// Named exports: formatKroner(oere), items(model), day(year, month, day),
// toJSDate(dateTime).

import GIRepository from 'gi://GIRepository?version=2.0';
import GLib from 'gi://GLib';
import GObject from 'gi://GObject';
import Gio from 'gi://Gio';
import Kommune from 'gi://Kommune?version=1';

/**
 * Formats an amount in øre exactly, in kroner with a unit: whole kroner
 * show no decimals (`38 228 737 kr`), anything else shows øre
 * (`1 234,50 kr`); nothing is rounded.
 *
 * @param {number} oere an amount in øre
 * @returns {string} the amount in kroner with `kr`
 */
export function formatKroner(oere) {
    const decimals = oere % 100 === 0 ? 0 : 2;
    return `${Kommune.amount_format(oere, Kommune.AmountScale.KRONER, decimals)} kr`;
}

/**
 * Iterates any Gio.ListModel, whatever its implementation.
 *
 * @param {Gio.ListModel} model a list model
 * @yields {GObject.Object} its items in order
 */
export function* items(model) {
    const n = model.get_n_items();
    for (let i = 0; i < n; i++)
        yield model.get_item(i);
}

/**
 * The GLib.DateTime the library uses for a calendar day: midnight UTC.
 *
 * @param {number} year the year
 * @param {number} month the month, 1–12
 * @param {number} dayOfMonth the day of the month
 * @returns {GLib.DateTime} the day
 */
export function day(year, month, dayOfMonth) {
    const date = GLib.DateTime.new_utc(year, month, dayOfMonth, 0, 0, 0);
    if (date === null)
        throw new RangeError(`${year}-${month}-${dayOfMonth} is not a date`);
    return date;
}

/**
 * Converts a GLib.DateTime to a JavaScript Date (the same instant).
 *
 * @param {GLib.DateTime|null} dateTime a date and time, or null
 * @returns {Date|null} the Date, or null
 */
export function toJSDate(dateTime) {
    if (dateTime === null)
        return null;
    return new Date(dateTime.to_unix() * 1000 + Math.trunc(dateTime.get_microsecond() / 1000));
}

// -- argument guards ---------------------------------------------------------

const GI = GIRepository;
const INTEGER_TAGS = new Set(['gint8', 'guint8', 'gint16', 'guint16', 'gint32', 'guint32',
    'gint64', 'guint64', 'gunichar']);

function argumentKind(typeInfo) {
    const tag = GI.type_tag_to_string(GI.type_info_get_tag(typeInfo));
    if (INTEGER_TAGS.has(tag))
        return ['integer', tag];
    if (tag === 'interface') {
        const iface = GI.type_info_get_interface(typeInfo);
        const type = iface.get_type();
        if (type === GI.InfoType.ENUM || type === GI.InfoType.FLAGS)
            return ['integer', iface.get_name()];
        if (type === GI.InfoType.STRUCT && iface.get_namespace() === 'GLib' && iface.get_name() === 'DateTime')
            return ['datetime', 'GLib.DateTime'];
    }
    if (tag === 'array') {
        const element = GI.type_info_get_param_type(typeInfo, 0);
        const elementTag = element ? GI.type_tag_to_string(GI.type_info_get_tag(element)) : null;
        if (INTEGER_TAGS.has(elementTag))
            return ['integers', elementTag];
    }
    return [null, null];
}

// The arguments a JavaScript caller passes, with how to guard each.
function javascriptArguments(callable) {
    const n = GI.callable_info_get_n_args(callable);
    const hidden = new Set();
    const returnLength = GI.type_info_get_array_length(GI.callable_info_get_return_type(callable));
    if (returnLength >= 0)
        hidden.add(returnLength);
    const args = [];
    for (let i = 0; i < n; i++) {
        const arg = GI.callable_info_get_arg(callable, i);
        const type = GI.arg_info_get_type(arg);
        if (GI.type_info_get_tag(type) === GI.TypeTag.ARRAY && GI.type_info_get_array_length(type) >= 0)
            hidden.add(GI.type_info_get_array_length(type));
        for (const index of [GI.arg_info_get_closure(arg), GI.arg_info_get_destroy(arg)]) {
            if (index >= 0)
                hidden.add(index);
        }
        args.push(arg);
    }
    return args.filter((arg, i) => !hidden.has(i) && GI.arg_info_get_direction(arg) !== GI.Direction.OUT)
        .map(arg => [arg.get_name(), ...argumentKind(GI.arg_info_get_type(arg))]);
}

function checkInteger(where, name, ctype, value, what = 'argument') {
    if (typeof value === 'boolean' || (typeof value === 'number' && !Number.isInteger(value)))
        throw new TypeError(`${where}: ${what} '${name}' (${ctype}) must be an integer, not ${value}`);
}

function convert(where, name, kind, ctype, value, what = 'argument') {
    if (kind === 'integer') {
        checkInteger(where, name, ctype, value, what);
    } else if (kind === 'integers') {
        if (Array.isArray(value))
            value.forEach((element, i) => checkInteger(where, `${name}[${i}]`, ctype, element));
    } else if (value instanceof Date) {
        const ms = value.getTime();
        if (Number.isNaN(ms))
            throw new RangeError(`${where}: argument '${name}' is an invalid Date`);
        return GLib.DateTime.new_from_unix_local(Math.floor(ms / 1000)).add(((ms % 1000) + 1000) % 1000 * 1000);
    }
    return value;
}

function returnsListModel(callable) {
    const type = GI.callable_info_get_return_type(callable);
    if (GI.type_info_get_tag(type) !== GI.TypeTag.INTERFACE)
        return false;
    const iface = GI.type_info_get_interface(type);
    return iface.get_namespace() === 'Gio' && iface.get_name() === 'ListModel';
}

// Wraps a function so its integer and date arguments are checked and a
// list model it returns is iterable; null when there is nothing to do.
function guard(callable, where, original) {
    const guarded = javascriptArguments(callable)
        .map(([name, kind, ctype], position) => [position, name, kind, ctype])
        .filter(([, , kind]) => kind !== null);
    const lists = returnsListModel(callable);
    if ((guarded.length === 0 && !lists) || typeof original !== 'function')
        return null;
    return function (...args) {
        for (const [position, name, kind, ctype] of guarded) {
            if (position < args.length)
                args[position] = convert(where, name, kind, ctype, args[position]);
        }
        const result = original.apply(this, args);
        if (lists && result)
            patchIterable(Object.getPrototypeOf(result));
        return result;
    };
}

function methodsOf(info) {
    const type = info.get_type();
    const count = {
        [GI.InfoType.OBJECT]: [GI.object_info_get_n_methods, GI.object_info_get_method],
        [GI.InfoType.STRUCT]: [GI.struct_info_get_n_methods, GI.struct_info_get_method],
        [GI.InfoType.ENUM]: [GI.enum_info_get_n_methods, GI.enum_info_get_method],
        [GI.InfoType.FLAGS]: [GI.enum_info_get_n_methods, GI.enum_info_get_method],
    }[type];
    if (!count)
        return [];
    const methods = [];
    for (let i = 0; i < count[0](info); i++)
        methods.push(count[1](info, i));
    return methods;
}

const INTEGER_TYPES = new Set(['gchar', 'guchar', 'gint', 'guint', 'glong', 'gulong', 'gint64', 'guint64']);

// Properties: the object given to a constructor (`new Kommune.X({year: …})`)
// and the setters of writable properties (`report.materiality_threshold = …`).
function guardProperties(name, klass) {
    const checks = new Map();
    const writable = [];
    for (const pspec of GObject.Object.list_properties.call(klass)) {
        const typeName = GObject.type_name(pspec.value_type);
        const fundamental = GObject.type_name(GObject.type_fundamental(pspec.value_type));
        let kind = null;
        if (INTEGER_TYPES.has(typeName) || fundamental === 'GEnum' || fundamental === 'GFlags')
            kind = 'integer';
        else if (typeName === 'GDateTime')
            kind = 'datetime';
        if (kind === null)
            continue;
        const names = new Set([pspec.name, pspec.name.replace(/-/g, '_'),
            pspec.name.replace(/-(.)/g, (_, c) => c.toUpperCase())]);
        for (const jsName of names)
            checks.set(jsName, [kind, typeName]);
        if ((pspec.flags & GObject.ParamFlags.WRITABLE) && !(pspec.flags & GObject.ParamFlags.CONSTRUCT_ONLY))
            writable.push(...names);
    }
    if (checks.size === 0)
        return;
    const where = `Kommune.${name}`;
    const prototype = klass.prototype;
    const init = prototype._init;
    prototype._init = function (props, ...rest) {
        if (props && typeof props === 'object') {
            props = {...props};
            for (const [key, value] of Object.entries(props)) {
                const check = checks.get(key);
                if (check)
                    props[key] = convert(`${where}()`, key, check[0], check[1], value, 'property');
            }
        }
        return init.call(this, props, ...rest);
    };
    for (const jsName of writable) {
        if (!(jsName in prototype))   // makes GJS define the accessor
            continue;
        const descriptor = Object.getOwnPropertyDescriptor(prototype, jsName);
        if (!descriptor || !descriptor.set || !descriptor.configurable)
            continue;
        const [kind, typeName] = checks.get(jsName);
        const set = descriptor.set;
        Object.defineProperty(prototype, jsName, {
            ...descriptor,
            set(value) {
                set.call(this, convert(where, jsName, kind, typeName, value, 'property'));
            },
        });
    }
}

function installGuards() {
    const repository = GI.Repository.get_default();
    for (let i = 0; i < repository.get_n_infos('Kommune'); i++) {
        const info = repository.get_info('Kommune', i);
        const name = info.get_name();
        if (info.get_type() === GI.InfoType.FUNCTION) {
            const wrapper = guard(info, `Kommune.${name}()`, Kommune[name]);
            if (wrapper)
                Kommune[name] = wrapper;
            continue;
        }
        const klass = Kommune[name];
        if (klass === null || (typeof klass !== 'function' && typeof klass !== 'object'))
            continue;
        if (info.get_type() === GI.InfoType.OBJECT)
            guardProperties(name, klass);
        for (const method of methodsOf(info)) {
            const methodName = method.get_name();
            const where = `Kommune.${name}.${methodName}()`;
            const flags = GI.function_info_get_flags(method);
            const holder = flags & GI.FunctionInfoFlags.IS_METHOD ? klass.prototype : klass;
            if (!holder)
                continue;
            const wrapper = guard(method, where, holder[methodName]);
            if (wrapper)
                holder[methodName] = wrapper;   // GJS defines them writable, not configurable
        }
    }
}


function iterator() {
    return items(this);
}

function patchIterable(prototype) {
    if (prototype && !(Symbol.iterator in prototype))
        Object.defineProperty(prototype, Symbol.iterator, {value: iterator, writable: true, configurable: true});
}

installGuards();

// The interface first (harmless where GJS does not look there), then every
// Kommune class that is a list model itself.
patchIterable(Gio.ListModel.prototype);
for (const name of Object.keys(Kommune)) {
    const value = Kommune[name];
    if (typeof value === 'function' && value.$gtype && value.prototype instanceof GObject.Object &&
        GObject.type_is_a(value.$gtype, Gio.ListModel.$gtype))
        patchIterable(value.prototype);
}
// The read-only list models the getters return are of a private type,
// which GJS only knows once it has wrapped one: every function returning a
// Gio.ListModel makes its result's prototype iterable (above), and a new
// municipality's (empty) list of areas does so at once.
new Kommune.Municipality().get_areas();

const kr = formatKroner;
const q = text => text === null || text === undefined ? 'null' : `'${text}'`;
const ymd = date => date === null ? 'undated' : date.format('%Y-%m-%d');
const count = model => model.get_n_items();

const FINANCIAL_FIGURES = Object.keys(Kommune.FinancialFigure)
    .filter(k => typeof Kommune.FinancialFigure[k] === 'number')
    .map(k => Kommune.FinancialFigure[k]);
const STATUSES = [Kommune.Status.DESIRED, Kommune.Status.ACCEPTABLE, Kommune.Status.NOT_APPROVED,
    Kommune.Status.OUTSIDE_BANDS, Kommune.Status.NOT_MEASURED];

const describe = {
    Municipality: m => `${m.get_number()} ${q(m.get_name())} areas=${count(m.get_areas())}`,
    ProgrammeArea: a => `${q(a.get_code())} ${q(a.get_name())} departments=${count(a.get_departments())}`,
    Department: d => `${q(d.get_code())} ${q(d.get_name())}`,
    BudgetFrame: f => `${q(f.get_area()?.get_code())} ${f.get_year()} ` +
        `${Kommune.budget_type_to_string(f.get_budget_type())} ${kr(f.get_amount())} ` +
        `distributions=${count(f.get_distributions())}`,
    Distribution: d => `${q(d.get_name())} lines=${count(d)} total=${kr(d.get_total())}`,
    DistributionLine: l => `${q(l.get_key())} ${q(l.get_label())} ${kr(l.get_amount())}`,
    Adjustment: a => `${q(a.get_id())} ${Kommune.document_kind_to_string(a.get_document())} ` +
        `${a.get_area_code()}${a.get_to_area_code() ? ` → ${a.get_to_area_code()}` : ''} ` +
        `${Kommune.budget_type_to_string(a.get_budget_type())} ${a.get_year()} ${kr(a.get_amount())} ` +
        `${ymd(a.get_date())}`,
    EconomicPlan: p => `${p.get_first_year()}–${p.get_last_year()} areas=${count(p.get_areas())} ` +
        `adjustments=${count(p.get_adjustments())}`,
    TertialReport: r => `${Kommune.document_kind_to_string(r.get_period())} ${r.get_year()} ` +
        `areas=${count(r.get_area_reports())} proposals=${count(r.get_proposals())} ` +
        `${r.get_adopted() ? `adopted ${ymd(r.get_adopted())}` : 'proposed'}`,
    AreaReport: r => [q(r.get_area_code()),
        ...r.has_accounted() ? [`accounted=${kr(r.get_accounted())}`] : [],
        ...r.has_forecast() ? [`forecast=${kr(r.get_forecast())}`] : [],
        ...r.has_reported_deviation() ? [`deviation=${kr(r.get_reported_deviation())}`] : []].join(' '),
    Document: d => `${d.get_municipality()?.get_number()} ${q(d.get_municipality()?.get_name())} ` +
        `plan=${d.get_plan() ? 'yes' : 'no'} reports=${count(d.get_tertial_reports())}`,
    AccountsFile: f => `${q(f.get_name())} records=${f.get_n_records()} lines=${f.get_n_lines()}`,
    Ledger: l => `lines=${l.get_n_lines()}`,
    LedgerTable: t => `columns=${(t.get_columns() ?? []).join(',')} rows=${t.get_n_rows()} total=${t.get_total()}`,
    LedgerRow: r => `level=${r.get_level()} amount=${r.get_amount()}`,
    KostraFigures: f => `${f.get_region()} ${f.get_year()} net-operating-result=${f.get_net_operating_result()}`,
    Report: r => `${r.get_document()?.get_municipality()?.get_number() ?? '(no document)'} ` +
        `${r.get_language() === Kommune.ReportLanguage.EN ? 'en' : 'nb'}`,
    AccountsRecord: r => (r.get_text() ? `line ${r.get_line()} ${q(r.get_text())}` : '(no line)'),
    InvestmentProject: p => `${p.get_number()} ${q(p.get_name())}`,
    VerbalProposal: p => `${p.get_number()} ${q(p.get_text())}${p.get_status() ? ` ${p.get_status()}` : ''}`,
    AnnualEvaluation: e => `${e.get_year()} figures=${FINANCIAL_FIGURES.filter(f => e.has_figure(f)).length}` +
        (e.has_figure(Kommune.FinancialFigure.NET_OPERATING_RESULT)
            ? ` net-operating-result=${kr(e.get_figure(Kommune.FinancialFigure.NET_OPERATING_RESULT))}` : ''),
    FinancialFigures: f => [`${f.get_year()}`, ...FINANCIAL_FIGURES.filter(x => f.has(x))
        .map(x => `${Kommune.financial_figure_to_string(x)}=${kr(f.get(x))}`)].join(' '),
    Note: n => `${q(n.get_title())}`,
    Measure: m => `${m.get_number()} ${q(m.get_text())} ${Kommune.measure_status_to_string(m.get_status())}`,
    KeyFigure: k => `${q(k.get_name())} ${k.get_year()} ${k.get_value()}${k.get_unit() ? ` ${k.get_unit()}` : ''}`,
    Indicator: i => `${q(i.get_name())} measurements=${count(i.get_measurements())}`,
    Measurement: m => `${m.get_period()} ${m.format()}`,
    Goal: g => `${q(g.get_id())} ${Kommune.goal_level_to_string(g.get_level())} ${q(g.get_text())} ` +
        `children=${count(g.get_children())} indicators=${count(g.get_indicators())} ` +
        `measures=${count(g.get_measures())}`,
    Scorecard: s => `${s.get_period() ?? 'latest'} ` +
        STATUSES.map(x => `${Kommune.status_to_string(x)}=${s.get_count(x)}`).join(', '),
    FinancialRule: r => `${q(r.get_name())} ` +
        `${r.get_comparison() === Kommune.Comparison.GREATER_OR_EQUAL ? '≥' : '≤'} ${r.dup_threshold()} %`,
    WorkforceFigures: w => `${q(w.get_unit())} ${w.get_period()}`,
    Strategy: s => `${q(s.get_name())} ${s.get_first_year()}–${s.get_last_year()} ` +
        `focus_areas=${count(s.get_focus_areas())} goals=${s.count_goals()}`,
    ValidationReport: r => `${r.get_skjema()} ${r.get_year()} ${r.get_region()} ` +
        `controls=${r.get_n_controls()} entries=${count(r.get_entries())} ${nick(Kommune.Severity, r.get_severity())}`,
    ValidationEntry: e => `${e.get_rule_id() || '-'} ${nick(Kommune.Severity, e.get_severity())} ${q(e.get_message())}`,
};

for (const [name, text] of Object.entries(describe)) {
    const klass = Kommune[name];
    if (!klass)
        continue;
    Object.defineProperty(klass.prototype, 'toString', {
        value() {
            return `<Kommune.${name} ${text(this)}>`;
        },
        writable: true,
        configurable: true,
    });
}

// An enum value's nick, as glib-mkenums makes it from the value's name.
function nick(enumObject, value) {
    const name = Object.keys(enumObject).find(k => enumObject[k] === value);
    return name === undefined ? null : name.toLowerCase().replace(/_/g, '-');
}

function* walkGoals(goal) {
    yield goal;
    for (const child of items(goal.get_children()))
        yield* walkGoals(child);
}

/**
 * The plan's frames as plain objects, one per area, year and budget type
 * that has a frame or an adjustment: `{area, year, budget_type, original,
 * revised, change}`, amounts in øre, revised as of `asOf` (a GLib.DateTime;
 * every adjustment when null), ordered by area, year and budget type.
 *
 * @param {GLib.DateTime|null} asOf the day, or null
 * @returns {object[]} the records
 */
Kommune.EconomicPlan.prototype.toRecords = function (asOf = null) {
    const keys = new Map();
    const areaOrder = [...items(this.get_areas())].map(a => a.get_code());
    const add = (area, year, budgetType) => {
        if (area)
            keys.set(`${area}\u0000${year}\u0000${budgetType}`, [area, year, budgetType]);
    };
    for (const frame of items(this.list_budget_frames()))
        add(frame.get_area().get_code(), frame.get_year(), frame.get_budget_type());
    for (const adjustment of items(this.get_adjustments())) {
        add(adjustment.get_area_code(), adjustment.get_year(), adjustment.get_budget_type());
        add(adjustment.get_to_area_code(), adjustment.get_year(), adjustment.get_budget_type());
    }
    const rank = code => {
        const i = areaOrder.indexOf(code);
        return i < 0 ? areaOrder.length : i;
    };
    return [...keys.values()]
        .sort((a, b) => rank(a[0]) - rank(b[0]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0) ||
            a[1] - b[1] || a[2] - b[2])
        .map(([area, year, budgetType]) => {
            const original = this.get_original_frame_amount(area, year, budgetType);
            const revised = this.get_frame_amount(area, year, budgetType, asOf);
            return {
                area, year, budget_type: Kommune.budget_type_to_string(budgetType),
                original, revised, change: revised - original,
            };
        });
};

/**
 * The scorecard's indicators as plain objects, one per indicator: `{goal,
 * goal_level, goal_text, indicator, unit, period, value_thousandths,
 * value_text, status}`; goals depth first from the root. The value is in
 * thousandths (exact), null when not measured.
 *
 * @returns {object[]} the records
 */
Kommune.Scorecard.prototype.toRecords = function () {
    const records = [];
    for (const goal of walkGoals(this.get_root())) {
        for (const indicator of items(goal.get_indicators())) {
            const measurement = this.get_measurement(indicator);
            records.push({
                goal: goal.get_id(),
                goal_level: Kommune.goal_level_to_string(goal.get_level()),
                goal_text: goal.get_text(),
                indicator: indicator.get_name(),
                unit: nick(Kommune.IndicatorUnit, indicator.get_unit()),
                period: measurement ? measurement.get_period() : null,
                value_thousandths: measurement && measurement.has_value() ? measurement.get_value() : null,
                value_text: measurement ? measurement.format() : null,
                status: Kommune.status_to_string(this.get_indicator_status(indicator)),
            });
        }
    }
    return records;
};

export default Kommune;
