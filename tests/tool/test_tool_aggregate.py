# SPDX-License-Identifier: LGPL-2.1-or-later
# `kommune kostra aggregate` as a user runs it: exact sums of the real 2019
# accounts file checked against sums this test computes itself from the
# file's records, the three output formats, several files, a large
# generated CSV that is cancelled with SIGINT, the progress bar on a
# terminal (a pty), bad data and usage errors.

import collections
import json
import os
import pty
import select
import signal
import subprocess
import time

import pytest

KOMMUNE = os.environ["KOMMUNE_TOOL"]
SOURCE = os.environ["KOMMUNE_SOURCE_ROOT"]
BUILD = os.environ.get("KOMMUNE_BUILD_ROOT")
ACCOUNTS = os.path.join(SOURCE, "examples", "data", "0A_V2019_K4_R040200_OK.dat")
BIG_LINES = 3_000_000


def run(*args, env=None):
    return subprocess.run([KOMMUNE, "kostra", "aggregate", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def assert_one_error_line(result, status, *words):
    assert result.returncode == status, result
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    assert "WARNING" not in lines[0] and "CRITICAL" not in lines[0]


def records(path):
    """The records of an accounts file, read by their byte positions."""
    with open(path, encoding="latin-1") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if len(line) != 48:
                continue
            yield {
                "year": line[2:6],
                "region": line[7:13],
                "account_class": line[31],
                "function": line[32:36].strip(),
                "art": line[36:39].strip(),
                "amount": int(line[39:48]) * 100000,   # 1000 kr in øre
            }


def sums(lines, columns, keep=lambda r: True):
    out = collections.Counter()
    for r in lines:
        if keep(r):
            out[tuple(r[c] for c in columns)] += r["amount"]
    return out


def is_expense(r):
    return r["art"] != "" and 10 <= int(r["art"]) <= 599


def kroner(oere):
    """An amount as the documents write it: whole kroner, blanks between
    thousands."""
    assert oere % 100 == 0
    text = "{:,}".format(abs(oere // 100)).replace(",", " ")
    return ("-" if oere < 0 else "") + text


@pytest.fixture(scope="module")
def dat():
    return list(records(ACCOUNTS))


def test_json_by_year_region_function(dat):
    result = run(ACCOUNTS, "--by", "year,region,function", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    doc = json.loads(result.stdout)
    assert doc["unit"] == "øre"
    assert doc["columns"] == ["year", "region", "function"]
    expected = sums(dat, ["year", "region", "function"])
    got = {(str(row["year"]), row["region"], row["function"]): row["amount"] for row in doc["rows"]}
    assert got == dict(expected)
    assert doc["total"] == sum(expected.values())
    # Sorted by their keys, as the library sorts them.
    assert [tuple(r) for r in got] == sorted(got)
    assert all(set(row) == {"year", "region", "function", "amount"} for row in doc["rows"])


def test_text_by_account_class_split(dat):
    result = run(ACCOUNTS, "--by", "account_class", "--split")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["Class", "Expenses", "(kr)", "Revenues", "(kr)", "Amount", "(kr)"]
    total = [0, 0, 0]
    for line, cls in zip(lines[1:], ["0", "1"]):
        expenses = sum(r["amount"] for r in dat if r["account_class"] == cls and is_expense(r))
        revenues = sum(r["amount"] for r in dat if r["account_class"] == cls and not is_expense(r))
        total = [total[0] + expenses, total[1] + revenues, total[2] + expenses + revenues]
        cells = [c.strip() for c in line.split("  ") if c.strip()]
        assert cells == [cls, kroner(expenses), kroner(revenues), kroner(expenses + revenues)]
    cells = [c.strip() for c in lines[3].split("  ") if c.strip()]
    assert cells == ["Total"] + [kroner(t) for t in total]
    assert len(lines) == 4
    # Aligned: every line as long as the heading, amounts right-aligned.
    assert len({len(line) for line in lines}) == 1
    assert lines[1:3] == [
        "0        238 889 000    -125 504 000  113 385 000",
        "1      1 557 532 000  -1 521 694 000   35 838 000",
    ]


def test_text_total_only(dat):
    result = run(ACCOUNTS)
    assert result.returncode == 0
    assert result.stdout.splitlines()[1].split(None, 1) == ["Total", kroner(sum(r["amount"] for r in dat))]
    assert len(result.stdout.splitlines()) == 2


def test_csv_where(dat):
    result = run(ACCOUNTS, "--by", "function,art", "--where", "function=202,213",
                 "--where", "account_class=1", "--where", "art=010-499", "-f", "csv")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "function,art,amount_ore"
    expected = sums(dat, ["function", "art"],
                    lambda r: r["function"] in ("202", "213") and r["account_class"] == "1"
                    and 10 <= int(r["art"]) <= 499)
    got = {}
    for line in lines[1:]:
        function, art, amount = line.split(",")
        got[(function, art)] = int(amount)
    assert got == dict(expected)
    assert len(got) > 10


def test_where_year_and_short_region(dat):
    result = run(ACCOUNTS, "--by", "region", "--where", "year=2019", "--where", "region=0402", "-f", "json")
    doc = json.loads(result.stdout)
    assert doc["rows"] == [{"region": "040200", "amount": sum(r["amount"] for r in dat)}]
    result = run(ACCOUNTS, "--by", "region", "--where", "year=2018", "-f", "json")
    assert json.loads(result.stdout)["rows"] == []


def test_csv_rollup(dat):
    result = run(ACCOUNTS, "--by", "account_class,function", "--rollup", "-f", "csv")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "account_class,function,level,amount_ore"
    by_class = sums(dat, ["account_class"])
    subtotals = {}
    for line in lines[1:]:
        cls, function, level, amount = line.split(",")
        if level == "1":
            assert function == ""
            subtotals[cls] = int(amount)
        elif level == "0":
            assert (cls, function) == ("", "")
            grand = int(amount)
    assert subtotals == {k[0]: v for k, v in by_class.items()}
    assert lines[-1].startswith(",,0,")
    assert grand == sum(by_class.values())


def test_json_rollup_split_keys():
    doc = json.loads(run(ACCOUNTS, "--by", "year", "--rollup", "--split", "-f", "json").stdout)
    assert [set(row) for row in doc["rows"]] == [{"year", "level", "expenses", "revenues", "amount"}] * 2
    assert doc["rows"][1]["year"] is None and doc["rows"][1]["level"] == 0
    assert all(row["expenses"] + row["revenues"] == row["amount"] for row in doc["rows"])


def test_several_files(dat, tmp_path):
    csv = tmp_path / "more.csv"
    csv.write_text("year,municipality,account_class,function,art,amount\n"
                   "2019,040200,1,202,010,1000\n"
                   "2020,0301,1,202,010,-250\n")
    result = run(ACCOUNTS, ACCOUNTS, str(csv), "--by", "year,function", "--where", "function=202", "-f", "json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    once = sum(r["amount"] for r in dat if r["function"] == "202")
    assert doc["rows"] == [
        {"year": 2019, "function": "202", "amount": 2 * once + 100000},
        {"year": 2020, "function": "202", "amount": -25000},
    ]


def test_output_file(tmp_path):
    out = tmp_path / "sum.csv"
    result = run(ACCOUNTS, "--by", "year", "-f", "csv", "-o", str(out))
    assert result.returncode == 0
    assert result.stdout == "" and result.stderr == ""
    assert out.read_text() == run(ACCOUNTS, "--by", "year", "-f", "csv").stdout


def test_norwegian():
    env = dict(os.environ, LANG="nb_NO.UTF-8", LC_ALL="", LANGUAGE="")
    if BUILD:
        env["KOMMUNE_LOCALEDIR"] = os.path.join(BUILD, "po")
    result = run(ACCOUNTS, "--by", "year", env=env)
    assert result.stdout.splitlines()[0].split() == ["År", "Beløp", "(kr)"]
    assert result.stdout.splitlines()[-1].startswith("Sum ")
    # Machines' formats do not follow the locale.
    assert run(ACCOUNTS, "--by", "year", "-f", "csv", env=env).stdout == run(ACCOUNTS, "--by", "year", "-f", "csv").stdout


def test_help():
    result = run("--help")
    assert result.returncode == 0
    for option in ("--by", "--where", "--rollup", "--split", "--format", "--output", "--quiet"):
        assert option in result.stdout
    result = subprocess.run([KOMMUNE, "kostra", "--help"], capture_output=True, text=True)
    assert "kommune kostra aggregate FILE" in result.stdout
    result = subprocess.run([KOMMUNE, "--help"], capture_output=True, text=True)
    assert "kostra aggregate" in result.stdout


def test_missing_file():
    assert_one_error_line(run("/nonexistent/ledger.csv"), 1, "/nonexistent/ledger.csv", "No such file")
    assert_one_error_line(run(ACCOUNTS, "/nonexistent/b.dat"), 1, "/nonexistent/b.dat")


def test_corrupt_csv_line(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("year,municipality,account_class,function,art,amount\n"
                   "2019,0301,1,100,010,5\n"
                   "2019,03x1,1,100,010,5\n")
    assert_one_error_line(run(str(bad), ACCOUNTS), 1, str(bad), "line 3", "municipality")


def test_corrupt_accounts_line(tmp_path):
    with open(ACCOUNTS, encoding="latin-1") as f:
        lines = f.read().splitlines(keepends=True)
    lines[4] = lines[4][:20] + "\n"
    bad = tmp_path / "bad.dat"
    bad.write_text("".join(lines), encoding="latin-1")
    assert_one_error_line(run(ACCOUNTS, str(bad)), 1, str(bad), "line 5")


@pytest.mark.parametrize("args,words", [
    ([], ["expected"]),
    ([ACCOUNTS, "--by", "year,kommune"], ["kommune", "column"]),
    ([ACCOUNTS, "--by", "year,year"], ["twice"]),
    ([ACCOUNTS, "--by", ""], ["--by"]),
    ([ACCOUNTS, "--where", "kommune=0301"], ["unknown key", "kommune"]),
    ([ACCOUNTS, "--where", "year"], ["KEY=VALUE"]),
    ([ACCOUNTS, "--where", "year=19"], ["year", "19"]),
    ([ACCOUNTS, "--where", "year=2019,"], ["year"]),
    ([ACCOUNTS, "--where", "region=03a1"], ["region", "03a1"]),
    ([ACCOUNTS, "--where", "function=12345"], ["function"]),
    ([ACCOUNTS, "--where", "account_class=12"], ["account_class"]),
    ([ACCOUNTS, "--where", "art=010,020"], ["art"]),
    ([ACCOUNTS, "--where", "art=600-100"], ["empty"]),
    ([ACCOUNTS, "--where", "function=202", "--where", "function=213"], ["twice"]),
    ([ACCOUNTS, "--format", "xml"], ["xml"]),
    ([ACCOUNTS, "--bogus"], ["bogus"]),
])
def test_usage_errors(args, words):
    assert_one_error_line(run(*args), 2, "kommune kostra aggregate", *words)


# The large CSV: generated once, with its sums by year computed on the way.

@pytest.fixture(scope="module")
def big(tmp_path_factory):
    path = tmp_path_factory.mktemp("ledger") / "big.csv"
    by_year = collections.Counter()
    regions = ["%04d" % (101 + i) for i in range(356)]
    functions = ["%03d" % f for f in range(100, 900, 7)]
    arts = ["%03d" % a for a in range(10, 990, 10)]
    with open(path, "w") as f:
        f.write("year,municipality,account_class,function,art,amount\n")
        chunk = []
        for i in range(BIG_LINES):
            year = 2015 + i % 5
            amount = (i * 7919) % 2000003 - 500000
            by_year[year] += amount
            chunk.append("%d,%s,%d,%s,%s,%d\n" % (year, regions[i % 356], i % 2,
                                                  functions[(i * 7) % len(functions)],
                                                  arts[(i * 13) % len(arts)], amount))
            if len(chunk) == 100000:
                f.writelines(chunk)
                chunk = []
        f.writelines(chunk)
    return str(path), by_year


def test_big_csv_exact(big):
    path, by_year = big
    start = time.monotonic()
    result = run(path, "--by", "year", "-f", "json")
    elapsed = time.monotonic() - start
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""   # not a terminal: no bar
    doc = json.loads(result.stdout)
    assert {row["year"]: row["amount"] for row in doc["rows"]} == {y: a * 100 for y, a in by_year.items()}
    print("aggregate of %d lines by year: %.3f s" % (BIG_LINES, elapsed))


def run_on_pty(args, env=None, interrupt_on_bar=False):
    """Runs the tool with standard error on a terminal; returns (status,
    stdout, what the terminal showed)."""
    master, slave = pty.openpty()
    process = subprocess.Popen([KOMMUNE, "kostra", "aggregate", *args], stdout=subprocess.PIPE,
                               stderr=slave, env=env)
    os.close(slave)
    shown = b""
    interrupted = False
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.05)
        if ready:
            try:
                data = os.read(master, 4096)
            except OSError:
                break
            if not data:
                break
            shown += data
            if interrupt_on_bar and not interrupted and b"%" in shown:
                process.send_signal(signal.SIGINT)
                interrupted = True
        elif process.poll() is not None:
            break
    stdout = process.stdout.read()
    status = process.wait(timeout=60)
    os.close(master)
    return status, stdout, shown, interrupted


def bar_env():
    return dict(os.environ, KOMMUNE_PROGRESS_DELAY="0")


def test_progress_bar_on_terminal(big):
    path, by_year = big
    status, stdout, shown, _ = run_on_pty([path, path, "--by", "year", "-f", "csv"], env=bar_env())
    assert status == 0
    assert b"\r" in shown and b"%" in shown and b"[" in shown
    # Cleared at the end: the last thing drawn is blanks between returns.
    assert shown.endswith(b"\r")
    assert shown.rstrip(b"\r").split(b"\r")[-1].strip() == b""
    assert stdout.decode().splitlines()[1:] == ["%d,%d" % (y, 2 * a * 100) for y, a in sorted(by_year.items())]


def test_no_progress_bar_when_quiet(big):
    path, _ = big
    status, stdout, shown, _ = run_on_pty([path, "--by", "year", "--quiet"], env=bar_env())
    assert status == 0
    assert shown == b""
    assert stdout.startswith(b"Year")


def test_no_progress_bar_on_a_quick_load():
    status, _, shown, _ = run_on_pty([ACCOUNTS, "--by", "year"])
    assert status == 0
    assert shown == b""


def test_no_progress_bar_on_a_pipe(big):
    path, _ = big
    result = run(path, "--by", "year", env=bar_env())
    assert result.returncode == 0
    assert result.stderr == ""


def test_interrupt_writes_nothing(big):
    path, _ = big
    # Two copies: the second is merged into the first, a load long enough
    # to be interrupted once its bar shows.
    status, stdout, shown, interrupted = run_on_pty([path, path, "--by", "year,region,function"],
                                                    env=bar_env(), interrupt_on_bar=True)
    assert interrupted
    assert status == 130, shown
    assert stdout == b""
    message = shown.replace(b"\r\n", b"\n").split(b"\r")[-1].strip()
    assert message == b"kommune kostra aggregate: interrupted; nothing written"


def test_interrupt_with_output_file(big, tmp_path):
    path, _ = big
    out = tmp_path / "out.csv"
    status, stdout, _, interrupted = run_on_pty([path, path, "-f", "csv", "-o", str(out)],
                                                env=bar_env(), interrupt_on_bar=True)
    assert interrupted and status == 130
    assert stdout == b""
    assert not out.exists()


def test_interrupt_after_a_delay(big):
    path, _ = big
    process = subprocess.Popen([KOMMUNE, "kostra", "aggregate", path, path, "--by", "year"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(0.25)
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=60)
    if process.returncode == 0:
        pytest.skip("the load finished within 0.25 s, before the signal")
    assert process.returncode == 130
    assert stdout == b""
    assert stderr.decode().splitlines() == ["kommune kostra aggregate: interrupted; nothing written"]
