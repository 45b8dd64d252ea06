# SPDX-License-Identifier: LGPL-2.1-or-later
# kommune report: the HTML file written, its exit codes and its one-line
# errors, and that a failure never leaves a half-written report.

import json
import os
import subprocess
import xml.etree.ElementTree as ET

import pytest

KOMMUNE = os.environ["KOMMUNE_TOOL"]
SOURCE = os.environ["KOMMUNE_SOURCE_ROOT"]
LOCALEDIR = os.environ.get("KOMMUNE_LOCALEDIR")
DATA = os.path.join(SOURCE, "examples", "data")
BAD = os.path.join(SOURCE, "tests", "data", "bad")
KRAGERO = os.path.join(DATA, "kragero-2018-stab-og-stotte.json")
ACCOUNTS = os.path.join(DATA, "0A_V2019_K4_R040200_OK.dat")
X = "{http://www.w3.org/1999/xhtml}"


def run(*args, env=None):
    return subprocess.run([KOMMUNE, *args], capture_output=True, text=True,
                          env=env, timeout=60)


def assert_one_error_line(result, status, *words):
    assert result.returncode == status, result
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0]
    assert "WARNING" not in lines[0] and "CRITICAL" not in lines[0]


def test_help():
    result = run("report", "--help")
    assert result.returncode == 0
    assert "report DOC.json" in result.stdout
    for option in ("--output", "--kostra", "--lang"):
        assert option in result.stdout
    assert "report DOC.json -o FILE" in run("--help").stdout


@pytest.mark.parametrize("name", sorted(n for n in os.listdir(DATA) if n.endswith(".json")))
def test_report_of_every_bundled_document(tmp_path, name):
    out = tmp_path / "report.html"
    result = run("report", os.path.join(DATA, name), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout == f"Report written to {out}\n"
    root = ET.parse(str(out)).getroot()
    assert root.tag == X + "html" and root.get("lang") == "nb"


def test_report_with_accounts_in_english(tmp_path):
    out = tmp_path / "report.html"
    result = run("report", KRAGERO, "--kostra", ACCOUNTS, "--output", str(out), "--lang", "en")
    assert result.returncode == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    root = ET.fromstring(html)
    assert root.get("lang") == "en"
    assert "Accounts of region 040200, 2019" in html
    assert any(e.get("id") == "key-figures" for e in root.iter(X + "table"))


def test_report_key_figures_are_the_tools(tmp_path):
    # The report's key figures are those `kommune kostra figures` prints.
    dat = tmp_path / "from-dat.html"
    assert run("report", KRAGERO, "-k", ACCOUNTS, "-o", str(dat)).returncode == 0
    figures = json.loads(run("kostra", "figures", "-f", "json", ACCOUNTS).stdout)
    html = dat.read_text(encoding="utf-8")
    for name in ("gross_operating_revenue", "gross_operating_expenses", "net_operating_result"):
        assert f'data-value="{figures[name]}"' in html


def test_report_with_a_ledger_csv(tmp_path):
    # A ledger CSV of Kragerø's own region and the plan's year: the accounts
    # stand beside the budget's distribution by KOSTRA function.
    csv = tmp_path / "ledger.csv"
    csv.write_text("year,municipality,account_class,function,art,amount\n"
                   "2018,0815,1,120,010,1000000\n"
                   "2018,0815,1,120,600,-200000\n"
                   "2018,0815,1,283,010,1500000\n", encoding="utf-8")
    out = tmp_path / "report.html"
    result = run("report", KRAGERO, "--kostra", str(csv), "-o", str(out))
    assert result.returncode == 0, result.stderr
    root = ET.parse(str(out)).getroot()
    figure = [e for e in root.iter(X + "figure") if e.get("id") == "kostra-beside-budget"]
    assert len(figure) == 1
    rows = {"".join(tr.find(X + "th").itertext()): [td.get("data-value") for td in tr.iter(X + "td")]
            for tr in figure[0].iter(X + "tr") if tr.find(X + "th") is not None
            and tr.find(X + "th").get("scope") == "row"}
    table = next(figure[0].iter(X + "table"))
    if "kommune-transposed" in table.get("class").split():
        # Six functions: one row each, the budget and the accounts its columns.
        series = ["".join(th.itertext()) for th in table.find(X + "thead").iter(X + "th")]
        rows = {label: [cells[i] for cells in rows.values()] for i, label in enumerate(series)}
    assert rows["Budsjett 2018"][3] == "145100400"
    assert rows["Regnskap 2018"][3] == "150000000"
    # Kragerø's accounts are of Kragerø: no warning about another region.
    assert "warning" not in [p.get("class") for p in root.iter(X + "p")]


def test_norwegian_message(tmp_path):
    if LOCALEDIR is None:
        pytest.skip("the built catalogues are not given (KOMMUNE_LOCALEDIR)")
    env = dict(os.environ, LANG="nb_NO.UTF-8", LC_ALL="", KOMMUNE_LOCALEDIR=LOCALEDIR)
    out = tmp_path / "rapport.html"
    result = run("report", KRAGERO, "-o", str(out), env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Rapporten er skrevet til {out}\n"


@pytest.mark.parametrize("args", [
    ["report"],
    ["report", KRAGERO],
    ["report", KRAGERO, "-o"],
    ["report", KRAGERO, KRAGERO, "-o", "x.html"],
    ["report", KRAGERO, "-o", "x.html", "--lang", "de"],
    ["report", KRAGERO, "-o", "x.html", "--bogus"],
])
def test_usage_errors(tmp_path, args):
    args = [str(tmp_path / a) if a == "x.html" else a for a in args]
    assert_one_error_line(run(*args), 2, "report")
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("name", ["document-frame-unknown-area.json", "document-frame-overflow.json"])
def test_bad_document(tmp_path, name):
    path = os.path.join(BAD, name)
    out = tmp_path / "report.html"
    assert_one_error_line(run("report", path, "-o", str(out)), 1, path)
    assert os.listdir(tmp_path) == []


def test_missing_document(tmp_path):
    out = tmp_path / "report.html"
    assert_one_error_line(run("report", "/nonexistent/plan.json", "-o", str(out)), 1, "/nonexistent/plan.json")
    assert not out.exists()


def test_bad_accounts(tmp_path):
    out = tmp_path / "report.html"
    bad = tmp_path / "accounts.dat"
    bad.write_text("this is no accounts file\n", encoding="utf-8")
    assert_one_error_line(run("report", KRAGERO, "--kostra", str(bad), "-o", str(out)), 1, str(bad))
    assert_one_error_line(run("report", KRAGERO, "--kostra", str(tmp_path / "none.dat"), "-o", str(out)),
                          1, "none.dat")
    assert sorted(os.listdir(tmp_path)) == ["accounts.dat"]


def test_unwritable_output_leaves_the_old_file(tmp_path):
    out = tmp_path / "missing" / "report.html"
    assert_one_error_line(run("report", KRAGERO, "-o", str(out)), 1, str(out))
    assert os.listdir(tmp_path) == []

    # A failing run never replaces a report already there.
    old = tmp_path / "report.html"
    old.write_text("old", encoding="utf-8")
    assert_one_error_line(run("report", os.path.join(BAD, "document-frame-overflow.json"), "-o", str(old)), 1)
    assert old.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["report.html"]
