# SPDX-License-Identifier: LGPL-2.1-or-later
# The kommune command run as a user runs it, on the bundled data: its exact
# text, its JSON read back, its exit codes and its one-line errors.

import json
import os
import subprocess

import pytest

KOMMUNE = os.environ["KOMMUNE_TOOL"]
SOURCE = os.environ["KOMMUNE_SOURCE_ROOT"]
DATA = os.path.join(SOURCE, "examples", "data")
BAD = os.path.join(SOURCE, "tests", "data", "bad")
KRAGERO = os.path.join(DATA, "kragero-2018-stab-og-stotte.json")
ACCOUNTS = os.path.join(DATA, "0A_V2019_K4_R040200_OK.dat")
CHECK_ARGS = ["-s", "0AK4", "-y", "2019", "-r", "040200"]


def run(*args, env=None):
    return subprocess.run([KOMMUNE, *args], capture_output=True, text=True,
                          env=env, timeout=60)


def locale_env(lang):
    # The locale named by LANG alone, as a user's shell would have it.
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != "LANGUAGE"}
    env["LANG"] = lang
    return env


NB = locale_env("nb_NO.UTF-8")
C = locale_env("C")


def run_nb(*args):
    return run(*args, env=NB)


def run_c(*args):
    return run(*args, env=C)


def assert_one_error_line(result, status, *words):
    assert result.returncode == status, result
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0]
    assert "WARNING" not in lines[0] and "CRITICAL" not in lines[0]


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("kommune ")
    assert result.stdout.split()[1][0].isdigit()


def test_help():
    assert run("--help").returncode == 0
    for command in (["show"], ["check"], ["kostra", "check"], ["kostra", "figures"]):
        result = run(*command, "--help")
        assert result.returncode == 0, command
        assert "Usage:" in result.stdout


SHOW_TEXT_NB = (
    "Kommune: 0815 Kragerø\n"
    "Programområder: 1\n"
    "  stab Stab og støtte\n"
    "Økonomiplan: 2018–2021\n"
    "Rammer: 1\n"
    "  stab 2018 operating 38 228 737\n")

SHOW_TEXT_C = (
    "Municipality: 0815 Kragerø\n"
    "Programme areas: 1\n"
    "  stab Stab og støtte\n"
    "Economic plan: 2018–2021\n"
    "Frames: 1\n"
    "  stab 2018 operating 38 228 737\n")


def test_show_text():
    # The labels follow the locale; the figures are written alike in both.
    result = run_nb("show", KRAGERO)
    assert result.returncode == 0
    assert result.stderr == ""
    assert result.stdout == SHOW_TEXT_NB
    result = run_c("show", KRAGERO)
    assert (result.returncode, result.stderr, result.stdout) == (0, "", SHOW_TEXT_C)


def test_show_json():
    result = run("show", "--format", "json", KRAGERO)
    assert result.returncode == 0
    shown = json.loads(result.stdout)
    assert shown["unit"] == "øre"
    assert shown["municipality"] == {"number": "0815", "name": "Kragerø"}
    assert shown["areas"] == [{"code": "stab", "name": "Stab og støtte"}]
    assert shown["plan"]["first_year"] == 2018
    assert shown["plan"]["last_year"] == 2021
    assert shown["plan"]["frames"] == [
        {"area": "stab", "year": 2018, "budget_type": "operating", "amount": 3822873700}]


@pytest.mark.parametrize("name", sorted(n for n in os.listdir(DATA) if n.endswith(".json")))
def test_check_bundled(name):
    path = os.path.join(DATA, name)
    result = run("check", path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{path}: ok\n"
    assert run("show", "-f", "json", path).returncode == 0


@pytest.mark.parametrize("name", ["document-frame-unknown-area.json", "document-frame-overflow.json"])
def test_check_bad(name):
    path = os.path.join(BAD, name)
    assert_one_error_line(run("check", path), 1, path)
    assert_one_error_line(run("show", path), 1, path)


def test_check_missing_file():
    assert_one_error_line(run("check", "/nonexistent/plan.json"), 1, "/nonexistent/plan.json")


@pytest.mark.parametrize("args", [
    [],
    ["frob"],
    ["show"],
    ["show", "--bogus", KRAGERO],
    ["show", "-f", "xml", KRAGERO],
    ["check", KRAGERO, KRAGERO],
    ["kostra"],
    ["kostra", "frob"],
    ["kostra", "check", ACCOUNTS],
    ["kostra", "check", ACCOUNTS, *CHECK_ARGS, "-q", "7"],
    ["kostra", "figures"],
    ["kostra", "figures", "--year", "x", ACCOUNTS],
])
def test_usage_errors(args):
    assert_one_error_line(run(*args), 2)


def test_kostra_check_text():
    result = run("kostra", "check", ACCOUNTS, *CHECK_ARGS)
    # SSB's exit code for this file as 0AK4: one ERROR.
    assert result.returncode == 2
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[:4] == [
        "Skjema 0AK4, årgang 2019, region 040200",
        "Antall kontroller: 53817",
        "Fatal: 0  Feil: 1  Advarsel: 52  Info: 5",
        "Resultat: ERROR (exit code 2)",
    ]
    assert lines[4].startswith("INFO     Kontroll 045 : ")
    assert sum(1 for line in lines if line.startswith("WARNING ")) == 52
    assert sum(1 for line in lines if line.startswith("ERROR ")) == 1


def test_kostra_check_json():
    result = run("kostra", "check", ACCOUNTS, *CHECK_ARGS, "--format", "json")
    assert result.returncode == 2
    report = json.loads(result.stdout)
    summary = report["validationSummary"]
    assert summary["scheme"] == "0AK4"
    assert summary["year"] == "2019"
    assert summary["region"] == "040200"
    assert summary["numberOfControls"] == 53817
    assert (summary["numFatal"], summary["numErrors"], summary["numWarnings"], summary["numInfo"]) == (0, 1, 52, 5)
    assert len(report["reportEntries"]) == 58


def test_kostra_check_fatal_file():
    result = run("kostra", "check", os.path.join(BAD, "accounts-bom.dat"), *CHECK_ARGS, "-q", "4")
    assert result.returncode == 2
    assert "Fatal: 1  Feil: 0  Advarsel: 0  Info: 0" in result.stdout


def test_kostra_check_unreadable():
    path = os.path.join(BAD, "accounts-nul.dat")
    assert_one_error_line(run("kostra", "check", path, *CHECK_ARGS), 1, path, "NUL")


FIGURES_TEXT_C = (
    "Region 040200, year 2019 (amounts in kroner)\n"
    "Gross operating revenue                     1 437 989 000\n"
    "Gross operating expenses                    1 386 590 000\n"
    "Gross operating result                        -23 119 000\n"
    "Net financial result                          -63 599 000\n"
    "Depreciation offset                            53 133 000\n"
    "Net operating result                          -33 585 000\n"
    "Net operating result in percent                      -2,3\n")

FIGURES_TEXT = (
    "Region 040200, år 2019 (beløp i kroner)\n"
    "Brutto driftsinntekter                      1 437 989 000\n"
    "Brutto driftsutgifter                       1 386 590 000\n"
    "Brutto driftsresultat                         -23 119 000\n"
    "Netto finansresultat                          -63 599 000\n"
    "Motpost avskrivninger                          53 133 000\n"
    "Netto driftsresultat                          -33 585 000\n"
    "Netto driftsresultat i prosent                       -2,3\n")


def test_kostra_figures_text():
    result = run_nb("kostra", "figures", ACCOUNTS)
    assert result.returncode == 0
    assert result.stdout == FIGURES_TEXT
    assert run_c("kostra", "figures", ACCOUNTS).stdout == FIGURES_TEXT_C
    asked = run_nb("kostra", "figures", "--region", "0402", "--year", "2019", ACCOUNTS)
    assert asked.returncode == 0
    assert asked.stdout.splitlines()[1:] == FIGURES_TEXT.splitlines()[1:]


def test_kostra_figures_json():
    result = run("kostra", "figures", "-f", "json", ACCOUNTS)
    assert result.returncode == 0
    figures = json.loads(result.stdout)
    assert figures == {
        "unit": "øre",
        "region": "040200",
        "year": 2019,
        "gross_operating_revenue": 143798900000,
        "gross_operating_expenses": 138659000000,
        "gross_operating_result": -2311900000,
        "net_financial_result": -6359900000,
        "depreciation_offset": 5313300000,
        "net_operating_result": -3358500000,
        "net_operating_result_percent_thousandths": -2336,
    }


def test_kostra_figures_no_such_year():
    result = run("kostra", "figures", "--year", "1999", ACCOUNTS)
    assert_one_error_line(result, 1, ACCOUNTS)


def test_kostra_figures_bad_file():
    path = os.path.join(BAD, "accounts-empty.dat")
    assert_one_error_line(run("kostra", "figures", path), 1, path)


def test_kostra_figures_bad_file_among_good():
    path = os.path.join(BAD, "accounts-empty.dat")
    result = run("kostra", "figures", ACCOUNTS, path)
    assert_one_error_line(result, 1, path)
    assert result.stderr.startswith(path + ":")


# kommune budget: the plan's frames, recomputed from the document itself.

def kragero_frames():
    with open(KRAGERO, encoding="utf-8") as stream:
        return json.load(stream)["plan"]["frames"]


def kroner(ore):
    # Whole kroner, grouped by a space, as documents write them.
    sign = "-" if ore < 0 else ""
    whole = (abs(ore) + 50) // 100
    return sign + f"{whole:,}".replace(",", " ")


def millions(ore):
    # Millions of kroner with one decimal, half away from zero, as the
    # documents round them in their text ("9,4 mill.").
    tenths = (abs(ore) + 5_000_000) // 10_000_000
    sign = "-" if ore < 0 and tenths else ""
    return f"{sign}{tenths // 10},{tenths % 10}"


def test_budget_json_by_area():
    result = run("budget", KRAGERO, "-f", "json")
    assert result.returncode == 0, result
    got = json.loads(result.stdout)
    frames = kragero_frames()
    assert got["unit"] == "øre"
    assert got["by"] == "area"
    assert [(r["area"], r["year"], r["amount"]) for r in got["rows"]] == \
        [(f["area"], f["year"], f["amount"]) for f in frames]
    for row in got["rows"]:
        assert row["original_amount"] == row["amount"]
    total = sum(f["amount"] for f in frames if f["year"] == 2018)
    assert got["totals"] == [{"year": 2018, "budget_type": "operating",
                              "original_amount": total, "amount": total}]


@pytest.mark.parametrize("by,name", [("function-group", "kostra-function-group"),
                                     ("department", "department")])
def test_budget_csv_by_distribution(by, name):
    import csv
    result = run("budget", KRAGERO, "--by", by, "--year", "2018", "-f", "csv")
    assert result.returncode == 0, result
    rows = list(csv.DictReader(result.stdout.splitlines()))
    frame = kragero_frames()[0]
    lines = next(d["lines"] for d in frame["distributions"] if d["name"] == name)
    assert [(r["area"], r["key"], r["label"], int(r["amount_ore"])) for r in rows[:-1]] == \
        [(frame["area"], l["key"], l["label"], l["amount"]) for l in lines]
    assert rows[-1]["area"] == "total"
    assert int(rows[-1]["amount_ore"]) == sum(l["amount"] for l in lines) == frame["amount"]


def test_budget_text():
    result = run_nb("budget", KRAGERO, "--by", "function-group")
    assert result.returncode == 0, result
    frame = kragero_frames()[0]
    lines = next(d["lines"] for d in frame["distributions"]
                 if d["name"] == "kostra-function-group")
    out = result.stdout.splitlines()
    assert len(out) == len(lines) + 2
    for text, line in zip(out, lines):
        assert text.split()[:4] == [frame["area"], "2018", "operating", line["key"]]
        assert kroner(line["amount"]) in text
        assert text.endswith(line["label"])
    # The reconciliation: the lines' sum beside the frame they distribute.
    total = kroner(sum(line["amount"] for line in lines))
    assert out[-2].split()[:4] == [frame["area"], "2018", "operating", "linjene"]
    assert out[-2].endswith(f"{total}  = rammen {kroner(frame['amount'])}")
    assert out[-1].startswith("sum") and out[-1].endswith(kroner(frame["amount"]))
    english = run_c("budget", KRAGERO, "--by", "function-group").stdout.splitlines()
    assert english[-2].endswith(f"{total}  = frame {kroner(frame['amount'])}")
    assert english[-2].split()[3:5] == ["the", "lines"]


def test_budget_reconciliation_json():
    # Each distributed frame's lines, and their sum beside the frame.
    for by in ("function-group", "department"):
        got = json.loads(run_c("budget", KRAGERO, "--by", by, "-f", "json").stdout)
        frame = kragero_frames()[0]
        name = "kostra-function-group" if by == "function-group" else "department"
        lines = next(d["lines"] for d in frame["distributions"] if d["name"] == name)
        assert got["reconciliation"] == [{
            "area": frame["area"], "year": 2018, "budget_type": "operating",
            "frame": frame["amount"], "sum": sum(line["amount"] for line in lines), "balanced": True}]
        assert [row["key"] for row in got["rows"]] == [line["key"] for line in lines]
        csv_lines = run_c("budget", KRAGERO, "--by", by, "-f", "csv").stdout.splitlines()
        assert len(csv_lines) == 1 + len(lines) + 1


def test_budget_help_and_errors():
    result = run("budget", "--help")
    assert result.returncode == 0 and "--by" in result.stdout
    assert_one_error_line(run("budget", KRAGERO, "--by", "x"), 2, "x")
    assert_one_error_line(run("budget", KRAGERO, "-f", "xml"), 2, "xml")
    assert_one_error_line(run("budget"), 2, "budget")
    assert_one_error_line(run("budget", KRAGERO, "--year", "2030"), 1, "2030")
    assert_one_error_line(run("budget", os.path.join(DATA, "missing.json")), 1, "missing.json")


# kommune scorecard: every goal and indicator of the document, with the
# values measured in the period asked for.

SOSIALE = os.path.join(DATA, "drammen-2014-sosiale-tjenester.json")


def walk_goals(goals):
    for goal in goals:
        yield goal
        yield from walk_goals(goal["children"])


def test_scorecard_2013():
    result = run_c("scorecard", SOSIALE, "--period", "2013")
    assert result.returncode == 0, result
    with open(SOSIALE, encoding="utf-8") as stream:
        goals = json.load(stream)["goals"]
    out = result.stdout
    assert out.count("Scorecard 2013\n") == len(goals)
    assert out.count("Bands as written:\n") == len(goals)
    lines = out.splitlines()
    measured = 0
    for goal in walk_goals(goals):
        assert any(line.strip().endswith("] " + goal["text"]) for line in lines), goal["text"]
        for indicator in goal["indicators"]:
            values = [m["value"] for m in indicator["measurements"] if m["period"] == "2013"]
            shown = "–" if not values else values[0]
            assert any(f"{indicator['name']} = {shown}" in line for line in lines), indicator["name"]
            measured += bool(values)
    assert measured > 0
    counted = sum(int(line.split()[0]) + int(line.split()[2])
                  + int(line.split()[4]) + int(line.split()[7])
                  for line in lines if line.endswith("not measured") and "desired," in line)
    assert counted == measured


def test_scorecard_help_and_errors():
    result = run("scorecard", "--help")
    assert result.returncode == 0 and "--period" in result.stdout
    assert_one_error_line(run("scorecard"), 2, "scorecard")
    assert_one_error_line(run("scorecard", SOSIALE, "--nope"), 2, "nope")
    assert_one_error_line(run("scorecard", os.path.join(DATA, "drammen-2017-t1-programomrade-07.json")),
                          1, "no goals")


# kommune adjustments: no bundled document logs an adjustment in its plan,
# so the Kragerø document is given two, one decided in each tertial.

def kragero_with_adjustments(tmp_path):
    with open(KRAGERO, encoding="utf-8") as stream:
        document = json.load(stream)
    frame = document["plan"]["frames"][0]
    document["plan"]["adjustments"] = [
        {"id": "t1-1", "date": "2018-05-15", "document": "tertial-1", "area": frame["area"],
         "budget_type": "operating", "year": frame["year"], "amount": -12345600,
         "reason": "Innsparing"},
        {"id": "t2-1", "date": "2018-09-20", "document": "tertial-2", "area": frame["area"],
         "budget_type": "operating", "year": frame["year"], "amount": 500000,
         "reason": "Lønnsoppgjør"},
    ]
    path = tmp_path / "kragero-adjusted.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return str(path), document


def test_adjustments_log_and_revised_frames(tmp_path):
    path, document = kragero_with_adjustments(tmp_path)
    frame = document["plan"]["frames"][0]
    adjustments = document["plan"]["adjustments"]
    revised = frame["amount"] + sum(a["amount"] for a in adjustments)
    result = run_nb("adjustments", path)
    assert result.returncode == 0, result
    lines = result.stdout.splitlines()
    assert lines[0] == "Endringer:"
    for line, adjustment in zip(lines[1:3], adjustments):
        assert line.split()[:6] == [adjustment["id"], adjustment["date"], adjustment["document"],
                                    adjustment["area"], str(adjustment["year"]), "operating"]
        assert kroner(adjustment["amount"]) in line and line.endswith(adjustment["reason"])
    # The change to the frame, in kroner and as documents round it.
    change = sum(a["amount"] for a in adjustments)
    assert lines[3] == "Endring per område og år:"
    assert lines[4] == f"  {frame['area']} {frame['year']} operating {kroner(change)} " \
        f"({millions(change)} mill.)"
    assert lines[5] == "Regulerte rammer:"
    assert kroner(frame["amount"]) in lines[6] and lines[6].endswith(kroner(revised))

    only = run_nb("adjustments", path, "--document", "tertial-2").stdout.splitlines()
    assert [line.split()[0] for line in only[1:only.index("Endring per område og år:")]] == ["t2-1"]

    budget = json.loads(run("budget", path, "-f", "json").stdout)
    assert budget["rows"][0]["original_amount"] == frame["amount"]
    assert budget["rows"][0]["amount"] == revised
    assert budget["totals"][0]["amount"] == revised


def test_adjustments_help_and_errors():
    result = run("adjustments", "--help")
    assert result.returncode == 0 and "--document" in result.stdout
    assert_one_error_line(run("adjustments", KRAGERO, "--document", "x"), 2, "x")
    assert_one_error_line(run("adjustments"), 2, "adjustments")
    assert_one_error_line(run("adjustments", os.path.join(DATA, "missing.json")), 1, "missing.json")


# kommune rules: no bundled document has both financial rules and accounts,
# so Kragerø's rules are put to Drammen's 2023 accounts, as written and
# with a smaller disposition fund that brings the 1,75 % rule into force.

ARSEVALUERING = os.path.join(DATA, "drammen-2023-arsevaluering.json")


def round_half_away(fraction):
    from fractions import Fraction
    whole = (abs(fraction) + Fraction(1, 2)).__floor__()
    return whole if fraction >= 0 else -whole


def expected_rule(rule, figures):
    from fractions import Fraction
    threshold = Fraction(rule["threshold"].replace(",", "."))
    ratio = Fraction(figures[rule["numerator"]] * 100, figures[rule["denominator"]])
    holds = ratio >= threshold if rule["comparison"] == ">=" else ratio <= threshold
    margin = figures[rule["numerator"]] - threshold * figures[rule["denominator"]] / 100
    if rule["comparison"] != ">=":
        margin = -margin
    cents = round_half_away(ratio * 100)
    return holds, f"{cents // 100},{cents % 100:02d}", round_half_away(margin)


@pytest.mark.parametrize("fund", [None, 40000000000])
def test_rules(tmp_path, fund):
    with open(ARSEVALUERING, encoding="utf-8") as stream:
        document = json.load(stream)
    with open(KRAGERO, encoding="utf-8") as stream:
        rules = json.load(stream)["financial_rules"]
    document["financial_rules"] = rules
    if fund is not None:
        document["annual_evaluations"][0]["figures"]["disposition-fund-closing"] = fund
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    result = run_nb("rules", str(path))
    assert result.returncode == 0, result
    lines = result.stdout.splitlines()
    assert len(lines) == len(rules) * len(document["annual_evaluations"])
    evaluation = document["annual_evaluations"][0]
    figures = evaluation["figures"]
    by_name = {rule["name"]: expected_rule(rule, figures) for rule in rules}
    condition_holds = by_name[rules[1]["until"]][0]
    for line, rule in zip(lines, rules):
        holds, ratio, margin = by_name[rule["name"]]
        fields = line.split()
        assert fields[0] == str(evaluation["year"])
        assert fields[2] == ratio
        if rule.get("until") and condition_holds:
            assert fields[1] == "not-applicable"
            assert fields[3:7] == ["%", "margin", "0", "kr"]
        else:
            assert fields[1] == ("pass" if holds else "fail")
            assert f" {kroner(margin)} kr  {rule['name']}" in line
        assert rule["name"] in line
        assert line.endswith(" (vilkår)") == bool(rule.get("condition_only"))
    if fund is not None:
        assert "fail" in lines[1]


def test_rules_help_and_errors():
    result = run("rules", "--help")
    assert result.returncode == 0 and "rules DOC.json" in result.stdout
    assert_one_error_line(run("rules"), 2, "rules")
    assert_one_error_line(run("rules", ARSEVALUERING), 1, "no financial rules")



def test_rules_without_accounts_per_plan_year():
    # Kragerø's plan has rules but no accounts yet: each rule of each plan
    # year is written out, not assessable, with no ratio and no margin.
    Kommune = kommune_module()
    plan = Kommune.Document.load(KRAGERO).get_plan()
    years = list(range(plan.get_first_year(), plan.get_last_year() + 1))
    result = run_c("rules", KRAGERO)
    assert result.returncode == 0, result
    lines = result.stdout.splitlines()
    assert [int(line.split()[0]) for line in lines] == [y for y in years for _ in range(2)]
    assert all(line.split()[1:3] == ["not-assessable", "–"] for line in lines)
    assert all(" – kr  " in line for line in lines)
    got = json.loads(run_c("rules", KRAGERO, "-f", "json").stdout)
    assert [(r["year"], r["status"], r["ratio_percent_hundredths"], r["margin"]) for r in got["results"]] == \
        [(y, "not-assessable", None, 0) for y in years for _ in range(2)]


def test_budget_totals_across_areas(tmp_path):
    # A second area with frames for two years: the plan lists frames by
    # area, the totals are per year over every area.
    with open(KRAGERO, encoding="utf-8") as stream:
        document = json.load(stream)
    document["municipality"]["areas"].append({"code": "helse", "name": "Helse", "departments": []})
    frames = document["plan"]["frames"]
    frames.append({"area": "stab", "year": 2019, "budget_type": "operating", "amount": 100000})
    frames.append({"area": "helse", "year": 2018, "budget_type": "operating", "amount": 250000})
    frames.append({"area": "helse", "year": 2019, "budget_type": "operating", "amount": 300000})
    path = tmp_path / "two-areas.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    result = run("budget", str(path), "-f", "json")
    assert result.returncode == 0, result
    got = json.loads(result.stdout)
    years = sorted({f["year"] for f in frames})
    assert [(t["year"], t["amount"]) for t in got["totals"]] == \
        [(y, sum(f["amount"] for f in frames if f["year"] == y)) for y in years]
    assert sorted((r["area"], r["year"], r["amount"]) for r in got["rows"]) == \
        sorted((f["area"], f["year"], f["amount"]) for f in frames)
    assert [r["year"] for r in got["rows"]] == sorted(r["year"] for r in got["rows"])
    only = json.loads(run("budget", str(path), "-f", "json", "--year", "2019").stdout)
    assert [(t["year"], t["amount"]) for t in only["totals"]] == [(2019, 400000)]


# The library itself, through its Python binding, gives the figures the
# command must print; without introspection these tests are skipped.

def kommune_module():
    gi = pytest.importorskip("gi")
    try:
        gi.require_version("Kommune", "1")
        from gi.repository import Kommune
    except (ValueError, ImportError) as error:
        pytest.skip(f"no Kommune typelib: {error}")
    return Kommune


def iso_day(date):
    return f"{date.get_year():04d}-{date.get_month():02d}-{date.get_day_of_month():02d}"


def nick(value):
    return value.value_nick


def write_document(tmp_path, name, document):
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return str(path)


def kragero_two_areas_with_adjustments(tmp_path):
    # Two areas, a transfer between them, a reason with a comma and a
    # quote for CSV's quoting, and adjustments in three documents.
    with open(KRAGERO, encoding="utf-8") as stream:
        document = json.load(stream)
    document["municipality"]["areas"].append({"code": "helse", "name": "Helse", "departments": []})
    document["plan"]["frames"].append({"area": "helse", "year": 2018, "budget_type": "operating",
                                       "amount": 250000000})
    document["plan"]["adjustments"] = [
        {"id": "t1-1", "date": "2018-05-15", "document": "tertial-1", "area": "stab",
         "budget_type": "operating", "year": 2018, "amount": -12345600, "reason": "Innsparing"},
        {"id": "t1-2", "date": "2018-05-15", "document": "tertial-1", "decision": "PS 44/18",
         "area": "stab", "to_area": "helse", "budget_type": "operating", "year": 2018,
         "amount": 1000000, "reason": "Flytting, \"helse\""},
        {"id": "t2-1", "date": "2018-09-20", "document": "tertial-2", "area": "helse",
         "budget_type": "operating", "year": 2018, "amount": 500050, "reason": "Lønnsoppgjør"},
    ]
    return write_document(tmp_path, "kragero-two-areas.json", document)


def expected_adjustments(Kommune, path, kind=None):
    plan = Kommune.Document.load(path).get_plan()
    entries = []
    for adjustment in plan.get_adjustments():
        if kind is not None and nick(adjustment.get_document()) != kind:
            continue
        lines = adjustment.get_lines()
        entries.append({
            "id": adjustment.get_id(),
            "date": iso_day(adjustment.get_date()),
            "document": nick(adjustment.get_document()),
            "decision": adjustment.get_decision(),
            "area": adjustment.get_area_code(),
            "to_area": adjustment.get_to_area_code(),
            "year": adjustment.get_year(),
            "budget_type": nick(adjustment.get_budget_type()),
            "amount": adjustment.get_amount(),
            "reason": adjustment.get_reason(),
            "lines": [{"area": line.get_key(), "amount": line.get_amount()} for line in lines]
            if lines is not None else [],
        })
    return plan, entries


def expected_frames(Kommune, plan, as_of=None, after=None):
    # Every frame of the plan, revised as asked, and the totals per year
    # and budget type in the command's order.
    frames = []
    for frame in plan.list_budget_frames():
        code = frame.get_area().get_code()
        year, budget_type = frame.get_year(), frame.get_budget_type()
        if after is not None:
            amount = plan.get_frame_amount_after(code, year, budget_type, after)
        else:
            amount = plan.get_frame_amount(code, year, budget_type, as_of)
        frames.append({"area": code, "year": year, "budget_type": nick(budget_type),
                       "original_amount": plan.get_original_frame_amount(code, year, budget_type),
                       "amount": amount})
    frames.sort(key=lambda f: (f["year"], f["budget_type"] != "operating"))
    totals = []
    for key in sorted({(f["year"], f["budget_type"]) for f in frames},
                      key=lambda k: (k[0], k[1] != "operating")):
        group = [f for f in frames if (f["year"], f["budget_type"]) == key]
        totals.append({"year": key[0], "budget_type": key[1],
                       "original_amount": sum(f["original_amount"] for f in group),
                       "amount": sum(f["amount"] for f in group)})
    return frames, totals


def test_adjustments_json(tmp_path):
    Kommune = kommune_module()
    path = kragero_two_areas_with_adjustments(tmp_path)
    result = run_c("adjustments", path, "-f", "json")
    assert result.returncode == 0, result
    assert result.stderr == ""
    plan, entries = expected_adjustments(Kommune, path)
    frames, totals = expected_frames(Kommune, plan)
    assert json.loads(result.stdout) == {"unit": "øre", "document": None, "adjustments": entries,
                                         "frames": frames, "totals": totals}
    # The revised frames are the original ones plus each adjustment's effect.
    assert [f["amount"] for f in frames] == [3822873700 - 12345600 - 1000000, 250000000 + 1000000 + 500050]

    only = json.loads(run_c("adjustments", path, "--format", "json", "-d", "tertial-1").stdout)
    assert only["document"] == "tertial-1"
    assert only["adjustments"] == expected_adjustments(Kommune, path, "tertial-1")[1]
    assert [a["id"] for a in only["adjustments"]] == ["t1-1", "t1-2"]
    assert only["frames"] == frames


def test_adjustments_csv(tmp_path):
    import csv
    Kommune = kommune_module()
    path = kragero_two_areas_with_adjustments(tmp_path)
    result = run_c("adjustments", path, "-f", "csv")
    assert result.returncode == 0, result
    lines = result.stdout.splitlines()
    assert lines[0] == "id,date,document,decision,area,to_area,year,budget_type,amount_ore,reason"
    assert lines[2] == 't1-2,2018-05-15,tertial-1,PS 44/18,stab,helse,2018,operating,1000000,' \
                       '"Flytting, ""helse"""'
    rows = list(csv.DictReader(lines))
    _, entries = expected_adjustments(Kommune, path)
    assert rows == [{"id": e["id"], "date": e["date"], "document": e["document"],
                     "decision": e["decision"] or "", "area": e["area"], "to_area": e["to_area"] or "",
                     "year": str(e["year"]), "budget_type": e["budget_type"],
                     "amount_ore": str(e["amount"]), "reason": e["reason"] or ""} for e in entries]
    only = run_c("adjustments", path, "-f", "csv", "--document", "tertial-2").stdout.splitlines()
    assert [line.split(",")[0] for line in only[1:]] == ["t2-1"]


def test_adjustments_text_in_english_and_norwegian(tmp_path):
    path = kragero_two_areas_with_adjustments(tmp_path)
    english = run_c("adjustments", path).stdout.splitlines()
    norwegian = run_nb("adjustments", path).stdout.splitlines()
    assert english[0] == "Adjustments:" and norwegian[0] == "Endringer:"
    assert english[4] == "Change by area and year:" and norwegian[4] == "Endring per område og år:"
    # A transfer changes both its areas; each area's change sums its lines.
    assert english[5:7] == norwegian[5:7] == [
        f"  stab 2018 operating {kroner(-12345600 - 1000000)} ({millions(-12345600 - 1000000)} mill.)",
        f"  helse 2018 operating +{kroner(1000000 + 500050)} ({millions(1000000 + 500050)} mill.)"]
    assert english[7] == "Revised frames:" and norwegian[7] == "Regulerte rammer:"
    assert english[1:4] == norwegian[1:4]
    assert english[2].split()[:6] == ["t1-2", "2018-05-15", "tertial-1", "stab→helse", "2018", "operating"]
    assert english[2].endswith(" 10 000  Flytting, \"helse\"")
    assert english[8].split()[:5] == ["stab", "2018", "operating", "original", "38"]
    assert "revised" in english[8] and english[8].endswith(kroner(3822873700 - 12345600 - 1000000))
    assert norwegian[8].split()[3] == "opprinnelig" and "regulert" in norwegian[8]
    assert english[10].startswith("total ") and norwegian[10].startswith("sum ")


def test_adjustments_errors(tmp_path):
    path = kragero_two_areas_with_adjustments(tmp_path)
    assert_one_error_line(run_c("adjustments", path, "-f", "xml"), 2, "xml")
    assert_one_error_line(run_c("adjustments", path, "-d", "tertial-3"), 2, "tertial-3")
    assert_one_error_line(run_c("adjustments", path, path), 2, "adjustments")
    bad = os.path.join(BAD, "document-frame-unknown-area.json")
    assert_one_error_line(run_c("adjustments", bad, "-f", "json"), 1, bad)
    assert_one_error_line(run_c("adjustments", "-f", "csv", os.path.join(DATA, "missing.json")),
                          1, "missing.json")


# kommune budget --as-of and --after: the frames in an earlier state.

@pytest.mark.parametrize("as_of", ["2018-05-14", "2018-05-15", "2018-09-19", "2018-09-20", "2030-01-01"])
def test_budget_as_of(tmp_path, as_of):
    Kommune = kommune_module()
    from gi.repository import GLib
    path = kragero_two_areas_with_adjustments(tmp_path)
    result = run_c("budget", path, "--as-of", as_of, "-f", "json")
    assert result.returncode == 0, result
    plan = Kommune.Document.load(path).get_plan()
    year, month, day = map(int, as_of.split("-"))
    frames, totals = expected_frames(Kommune, plan, as_of=GLib.DateTime.new_utc(year, month, day, 0, 0, 0))
    got = json.loads(result.stdout)
    assert got == {"unit": "øre", "by": "area", "as_of": as_of, "after": None,
                   "rows": frames, "totals": totals}
    counted = [a for a in json.loads(run_c("adjustments", path, "-f", "json").stdout)["adjustments"]
               if a["date"] <= as_of]
    assert totals[0]["amount"] == totals[0]["original_amount"] + sum(
        a["amount"] for a in counted if a["to_area"] is None)


@pytest.mark.parametrize("after,counted", [
    ("economic-plan", []),
    ("tertial-1", ["t1-1", "t1-2"]),
    ("council-guidance", ["t1-1", "t1-2"]),
    ("tertial-2", ["t1-1", "t1-2", "t2-1"]),
    ("annual-evaluation", ["t1-1", "t1-2", "t2-1"]),
])
def test_budget_after(tmp_path, after, counted):
    Kommune = kommune_module()
    path = kragero_two_areas_with_adjustments(tmp_path)
    result = run_c("budget", path, "--after", after, "-f", "json")
    assert result.returncode == 0, result
    plan = Kommune.Document.load(path).get_plan()
    kind = next(k for k in Kommune.DocumentKind.__enum_values__.values() if k.value_nick == after)
    frames, totals = expected_frames(Kommune, plan, after=kind)
    got = json.loads(result.stdout)
    assert got == {"unit": "øre", "by": "area", "as_of": None, "after": after,
                   "rows": frames, "totals": totals}
    adjustments = json.loads(run_c("adjustments", path, "-f", "json").stdout)["adjustments"]
    change = sum(a["amount"] for a in adjustments if a["id"] in counted and a["to_area"] is None)
    assert totals[0]["amount"] - totals[0]["original_amount"] == change

    csv_lines = run_c("budget", path, "--after", after, "-f", "csv").stdout.splitlines()
    assert csv_lines[0] == "area,year,budget_type,original_amount_ore,amount_ore"
    assert csv_lines[1:] == [f"{f['area']},{f['year']},{f['budget_type']},{f['original_amount']},{f['amount']}"
                             for f in frames] + [
        f"total,{t['year']},{t['budget_type']},{t['original_amount']},{t['amount']}" for t in totals]
    text = run_c("budget", path, "--after", after).stdout.splitlines()
    assert [line.split()[0] for line in text] == [f["area"] for f in frames] + ["total"]
    for line, frame in zip(text, frames + totals):
        assert line.endswith(" " + kroner(frame["amount"]))


def test_budget_after_and_as_of_agree_with_dates(tmp_path):
    path = kragero_two_areas_with_adjustments(tmp_path)
    assert json.loads(run_c("budget", path, "--after", "tertial-1", "-f", "json").stdout)["rows"] == \
        json.loads(run_c("budget", path, "--as-of", "2018-05-15", "-f", "json").stdout)["rows"]
    assert json.loads(run_c("budget", path, "-f", "json").stdout)["rows"] == \
        json.loads(run_c("budget", path, "--after", "tertial-2", "-f", "json").stdout)["rows"]


@pytest.mark.parametrize("args,word", [
    (["--as-of", "2018-05-15", "--after", "tertial-1"], "--after"),
    (["--as-of", "2018-5-15"], "2018-5-15"),
    (["--as-of", "2018-02-30"], "2018-02-30"),
    (["--as-of", "20180515"], "20180515"),
    (["--as-of", "2018-05-15T00:00"], "2018-05-15T00:00"),
    (["--as-of", " 2018-05-15"], "2018-05-15"),
    (["--as-of", "0000-01-01"], "0000-01-01"),
    (["--as-of"], "as-of"),
    (["--after", "tertial-3"], "tertial-3"),
    (["--after", "Tertial-1"], "Tertial-1"),
    (["--after", "tertial-1", "--by", "department"], "--after"),
    (["-f", "xml"], "xml"),
])
def test_budget_state_usage_errors(args, word):
    assert_one_error_line(run_c("budget", KRAGERO, *args), 2, "kommune budget", word)


def test_budget_state_bad_data(tmp_path):
    assert_one_error_line(run_c("budget", os.path.join(DATA, "missing.json"), "--after", "tertial-1"),
                          1, "missing.json")
    assert_one_error_line(run_c("budget", KRAGERO, "--as-of", "2018-05-15", "--year", "2030"), 1, "2030")


def test_budget_labels_by_locale():
    english = run_c("budget", KRAGERO).stdout.splitlines()
    norwegian = run_nb("budget", KRAGERO).stdout.splitlines()
    assert english[0].split() == ["stab", "2018", "operating", "original", "38", "228", "737",
                                  "revised", "38", "228", "737"]
    assert norwegian[0].split() == ["stab", "2018", "operating", "opprinnelig", "38", "228", "737",
                                    "regulert", "38", "228", "737"]
    assert english[1].split()[0] == "total" and norwegian[1].split()[0] == "sum"
    by = run_c("budget", KRAGERO, "--by", "department").stdout.splitlines()
    assert by[-1].startswith("total ")


# kommune scorecard -f json|csv against the library's own scorecard.

def expected_scorecards(Kommune, path, period):
    statuses = ["desired", "acceptable", "not-approved", "outside-bands", "not-measured"]
    status = {nick(s): s for s in Kommune.Status.__enum_values__.values()}
    goals = []
    rows = []
    for root in Kommune.Document.load(path).get_goals():
        scorecard = Kommune.Scorecard.new(root, period)
        tree = []

        def walk(goal):
            tree.append(goal)
            for child in goal.get_children():
                walk(child)
        walk(root)
        indicators = []
        for goal in tree:
            for indicator in goal.get_indicators():
                measurement = scorecard.get_measurement(indicator)
                has_value = measurement is not None and measurement.has_value()
                entry = {
                    "goal": goal.get_id(),
                    "name": indicator.get_name(),
                    "unit": nick(indicator.get_unit()),
                    "period": measurement.get_period() if measurement is not None else None,
                    "value_thousandths": measurement.get_value() if has_value else None,
                    "missing_symbol": measurement.get_missing_symbol()
                    if measurement is not None and not has_value else None,
                    "status": nick(scorecard.get_indicator_status(indicator)),
                    "band_problems": list(indicator.check_bands()),
                }
                indicators.append(entry)
                rows.append({"root_goal": root.get_id(), "goal": goal.get_id(), "indicator": entry["name"],
                             "unit": entry["unit"], "period": entry["period"] or "",
                             "value_thousandths": "" if entry["value_thousandths"] is None
                             else str(entry["value_thousandths"]),
                             "status": entry["status"], "band_problems": "; ".join(entry["band_problems"])})
        goals.append({
            "id": root.get_id(),
            "name": root.get_text(),
            "period": scorecard.get_period(),
            "status": nick(scorecard.get_status()),
            "counts": {name: scorecard.get_count(status[name]) for name in statuses},
            "subgoals": [{"id": g.get_id(), "name": g.get_text(), "parent": g.get_parent().get_id(),
                          "status": nick(scorecard.get_goal_status(g))} for g in tree[1:]],
            "indicators": indicators,
        })
    return {"period": period, "goals": goals}, rows


@pytest.mark.parametrize("period", [None, "2013", "2012"])
def test_scorecard_json(period):
    Kommune = kommune_module()
    args = ["scorecard", SOSIALE, "-f", "json"] + (["--period", period] if period else [])
    result = run_c(*args)
    assert result.returncode == 0, result
    assert result.stderr == ""
    got = json.loads(result.stdout)
    expected, _ = expected_scorecards(Kommune, SOSIALE, period)
    assert got == expected
    for goal in got["goals"]:
        assert sum(goal["counts"].values()) == len(goal["indicators"])
        for status, count in goal["counts"].items():
            assert count == sum(1 for i in goal["indicators"] if i["status"] == status)
    if period == "2013":
        assert any(i["value_thousandths"] == 61000 and i["unit"] == "percent"
                   for g in got["goals"] for i in g["indicators"])
        assert any(i["band_problems"] for g in got["goals"] for i in g["indicators"])


def test_scorecard_csv():
    import csv
    Kommune = kommune_module()
    result = run_c("scorecard", SOSIALE, "--format", "csv", "-p", "2013")
    assert result.returncode == 0, result
    lines = result.stdout.splitlines()
    assert lines[0] == "root_goal,goal,indicator,unit,period,value_thousandths,status,band_problems"
    _, rows = expected_scorecards(Kommune, SOSIALE, "2013")
    assert list(csv.DictReader(lines)) == rows
    # A comma inside a name or a band problem is quoted.
    assert any(line.count('"') >= 2 for line in lines[1:])


def test_scorecard_text_in_english_and_norwegian():
    english = run_c("scorecard", SOSIALE, "-p", "2013").stdout
    norwegian = run_nb("scorecard", SOSIALE, "-p", "2013").stdout
    assert "Bands as written:\n" in english and "Bands as written:" not in norwegian
    assert norwegian.count("Grenseverdier slik de står:\n") == english.count("Bands as written:\n") > 0


def test_scorecard_format_errors():
    assert_one_error_line(run_c("scorecard", SOSIALE, "-f", "xml"), 2, "xml")
    assert_one_error_line(run_c("scorecard", "-f", "json"), 2, "scorecard")
    assert_one_error_line(run_c("scorecard", os.path.join(DATA, "drammen-2017-t1-programomrade-07.json"),
                                "-f", "json"), 1, "no goals")
    assert_one_error_line(run_nb("scorecard", os.path.join(DATA, "drammen-2017-t1-programomrade-07.json")),
                          1, "ingen mål")


# kommune rules -f json|csv against the library's own evaluation.

def rules_document(tmp_path, fund=None):
    with open(ARSEVALUERING, encoding="utf-8") as stream:
        document = json.load(stream)
    with open(KRAGERO, encoding="utf-8") as stream:
        document["financial_rules"] = json.load(stream)["financial_rules"]
    if fund is not None:
        document["annual_evaluations"][0]["figures"]["disposition-fund-closing"] = fund
    return write_document(tmp_path, "rules.json", document)


def hundredths(ratio):
    # "1,75" → 175, "-0,30" → -30: the library's text read exactly.
    sign = -1 if ratio.startswith("-") else 1
    whole, decimals = ratio.lstrip("-").split(",")
    assert len(decimals) == 2
    return sign * (int(whole) * 100 + int(decimals))


def expected_rules(Kommune, path):
    document = Kommune.Document.load(path)
    results = []
    for evaluation in document.get_annual_evaluations():
        figures = evaluation.dup_financial_figures()
        for rule in document.get_financial_rules():
            status, margin, ratio = rule.evaluate(figures)
            until = rule.get_until()
            results.append({
                "year": figures.get_year(),
                "rule": rule.get_name(),
                "reference": rule.get_reference(),
                "until": until.get_name() if until is not None else None,
                "condition_only": rule.get_condition_only(),
                "status": nick(status),
                "ratio_percent_hundredths": hundredths(ratio) if ratio is not None else None,
                "margin": margin,
            })
    return results


@pytest.mark.parametrize("fund", [None, 40000000000])
def test_rules_json(tmp_path, fund):
    Kommune = kommune_module()
    path = rules_document(tmp_path, fund)
    result = run_c("rules", path, "-f", "json")
    assert result.returncode == 0, result
    got = json.loads(result.stdout)
    expected = expected_rules(Kommune, path)
    assert got == {"unit": "øre", "results": expected}
    # The same figures the text prints, and the statuses the text test
    # computes with fractions.
    text = run_c("rules", path).stdout.splitlines()
    for line, entry in zip(text, expected):
        fields = line.split()
        assert fields[1] == entry["status"]
        if entry["ratio_percent_hundredths"] is not None:
            assert hundredths(fields[2]) == entry["ratio_percent_hundredths"]
        assert f" {kroner(entry['margin'])} kr  {entry['rule']}" in line
    if fund is not None:
        assert any(r["status"] == "fail" for r in got["results"])
    else:
        assert any(r["status"] == "not-applicable" for r in got["results"])


def test_rules_csv(tmp_path):
    import csv
    Kommune = kommune_module()
    path = rules_document(tmp_path, 40000000000)
    result = run_c("rules", path, "--format", "csv")
    assert result.returncode == 0, result
    lines = result.stdout.splitlines()
    assert lines[0] == "year,rule,reference,condition_only,status,ratio_percent_hundredths,margin_ore"
    assert list(csv.DictReader(lines)) == [
        {"year": str(e["year"]), "rule": e["rule"], "reference": e["reference"] or "",
         "condition_only": "true" if e["condition_only"] else "false", "status": e["status"],
         "ratio_percent_hundredths": "" if e["ratio_percent_hundredths"] is None
         else str(e["ratio_percent_hundredths"]),
         "margin_ore": str(e["margin"])} for e in expected_rules(Kommune, path)]


def test_rules_text_in_english_and_norwegian(tmp_path):
    path = rules_document(tmp_path)
    english = run_c("rules", path).stdout.splitlines()
    norwegian = run_nb("rules", path).stdout.splitlines()
    assert len(english) == len(norwegian) > 0
    with open(KRAGERO, encoding="utf-8") as stream:
        rules = json.load(stream)["financial_rules"]
    for en, nb, rule in zip(english, norwegian, rules):
        assert en.endswith(" (condition)") == nb.endswith(" (vilkår)") == bool(rule.get("condition_only"))
        assert en.replace(" (condition)", "") == nb.replace(" (vilkår)", "")


def test_rules_format_errors(tmp_path):
    path = rules_document(tmp_path)
    assert_one_error_line(run_c("rules", path, "-f", "xml"), 2, "xml")
    assert_one_error_line(run_c("rules", path, "--nope"), 2, "nope")
    assert_one_error_line(run_c("rules", ARSEVALUERING, "-f", "json"), 1, "no financial rules")


# Every subcommand answers --help in either language; machine output is the
# same bytes in every locale.

@pytest.mark.parametrize("command,option", [
    ("budget", "--as-of"), ("budget", "--after"), ("adjustments", "--format"),
    ("scorecard", "--format"), ("rules", "--format"),
])
def test_help_of_steering_and_plan(command, option):
    for env in (C, NB):
        result = run(command, "--help", env=env)
        assert result.returncode == 0, result
        assert option in result.stdout and result.stderr == ""
    assert "Output: text (default), json or csv" in run_c(command, "--help").stdout
    assert "Utdata: text (standard), json eller csv" in run_nb(command, "--help").stdout


MACHINE_COMMANDS = [
    ["budget", "{adjusted}", "-f", "json"],
    ["budget", "{adjusted}", "-f", "csv"],
    ["budget", "{adjusted}", "--after", "tertial-1", "-f", "json"],
    ["budget", "{adjusted}", "--as-of", "2018-06-01", "-f", "csv"],
    ["budget", KRAGERO, "--by", "function-group", "-f", "csv"],
    ["adjustments", "{adjusted}", "-f", "json"],
    ["adjustments", "{adjusted}", "-f", "csv"],
    ["scorecard", SOSIALE, "-f", "json"],
    ["scorecard", SOSIALE, "-p", "2013", "-f", "csv"],
    ["rules", "{rules}", "-f", "json"],
    ["rules", "{rules}", "-f", "csv"],
]


@pytest.mark.parametrize("args", MACHINE_COMMANDS, ids=lambda a: "-".join(a[:1] + a[2:]))
def test_machine_output_same_in_every_locale(tmp_path, args):
    paths = {"adjusted": kragero_two_areas_with_adjustments(tmp_path), "rules": rules_document(tmp_path)}
    args = [a.format(**paths) for a in args]
    outputs = []
    for env in (C, NB, locale_env("C.UTF-8"), dict(NB, LC_ALL="nb_NO.UTF-8"), dict(C, LANGUAGE="nb")):
        result = run(*args, env=env)
        assert result.returncode == 0, result
        outputs.append(result.stdout.encode("utf-8"))
    assert all(output == outputs[0] for output in outputs)
    assert len(outputs[0]) > 0


def test_adjustments_of_a_plan_without_frames():
    # Drammen's 1st tertial report 2017 adjusts area 07, whose frame the
    # source does not give: every adjustment is listed, in the order the
    # plan logs them, and the revised frames say there are none.
    Kommune = kommune_module()
    path = os.path.join(DATA, "drammen-2017-t1-programomrade-07.json")
    adjustments = list(Kommune.Document.load(path).get_plan().get_adjustments())
    result = run_c("adjustments", path)
    assert result.returncode == 0, result
    lines = result.stdout.splitlines()
    assert lines[0] == "Adjustments:"
    assert [line.split()[0] for line in lines[1:len(adjustments) + 1]] == [a.get_id() for a in adjustments]
    # 5 + 1,5 + 0,15 + 2,5 + 0,25 mill. in operating, 1 mill. in investment.
    assert lines[len(adjustments) + 1:-2] == [
        "Change by area and year:",
        "  07 2017 operating +9 400 000 (9,4 mill.)",
        "  07 2017 investment +1 000 000 (1,0 mill.)"]
    assert lines[-2:] == ["Revised frames:", "  none: the plan holds no frames for the adjustments to revise"]
    assert run_nb("adjustments", path).stdout.splitlines()[-1] == \
        "  ingen: planen har ingen rammer som endringene kan justere"


def test_kostra_figures_of_a_ledger_csv(tmp_path):
    # The same accounts as a ledger CSV, named .csv or not, give the same
    # figures; a CSV and an accounts file together are one ledger.
    Kommune = kommune_module()
    csv = tmp_path / "kongsvinger-2019.csv"
    Kommune.Ledger.load_accounts([ACCOUNTS]).save_csv(str(csv))
    other = tmp_path / "kongsvinger-2019.txt"
    other.write_bytes(csv.read_bytes())
    assert run_c("kostra", "figures", str(csv)).stdout == FIGURES_TEXT_C
    assert run_c("kostra", "figures", str(other)).stdout == FIGURES_TEXT_C
    both = json.loads(run_c("kostra", "figures", str(csv), ACCOUNTS, "-f", "json").stdout)
    one = json.loads(run_c("kostra", "figures", ACCOUNTS, "-f", "json").stdout)
    assert both["gross_operating_revenue"] == 2 * one["gross_operating_revenue"]
    bad = tmp_path / "bad.csv"
    bad.write_text(csv.read_text().splitlines()[0] + "\n2019,040200,1,120,010,12x\n")
    assert_one_error_line(run_c("kostra", "figures", str(bad)), 1, str(bad), "line 2")
