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


def test_show_text():
    result = run("show", KRAGERO)
    assert result.returncode == 0
    assert result.stderr == ""
    assert result.stdout == (
        "Kommune: 0815 Kragerø\n"
        "Programområder: 1\n"
        "  stab Stab og støtte\n"
        "Økonomiplan: 2018–2021\n"
        "Rammer: 1\n"
        "  stab 2018 operating 38 228 737\n")


def test_show_text_same_in_any_locale():
    env = dict(os.environ, LC_ALL="nb_NO.UTF-8", LANG="nb_NO.UTF-8")
    assert run("show", KRAGERO, env=env).stdout == run("show", KRAGERO).stdout


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
    result = run("kostra", "figures", ACCOUNTS)
    assert result.returncode == 0
    assert result.stdout == FIGURES_TEXT
    asked = run("kostra", "figures", "--region", "0402", "--year", "2019", ACCOUNTS)
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
    assert len(out) == len(lines) + 1
    for text, line in zip(out, lines):
        assert text.split()[:4] == [frame["area"], "2018", "operating", line["key"]]
        assert kroner(line["amount"]) in text
        assert text.endswith(line["label"])
    assert out[-1].startswith("sum") and out[-1].endswith(kroner(frame["amount"]))


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
    assert lines[3] == "Regulerte rammer:"
    assert kroner(frame["amount"]) in lines[4] and lines[4].endswith(kroner(revised))

    only = run_nb("adjustments", path, "--document", "tertial-2").stdout.splitlines()
    assert [line.split()[0] for line in only[1:only.index("Regulerte rammer:")]] == ["t2-1"]

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
    assert_one_error_line(run("rules", KRAGERO), 1, "no annual evaluation")


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
