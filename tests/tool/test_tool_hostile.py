# SPDX-License-Identifier: LGPL-2.1-or-later
# The kommune command against what a careless or hostile user gives it:
# odd arguments, paths with control characters, files that are no regular
# files, outputs that cannot be written or that are the input itself, and
# documents whose texts hold markup, quotes and commas. Each case asks for
# one line on standard error, the right exit code, no silent success and
# no harm done to files that were not the output.

import copy
import json
import os
import stat
import subprocess

import pytest

KOMMUNE = os.environ["KOMMUNE_TOOL"]
SOURCE = os.environ["KOMMUNE_SOURCE_ROOT"]
DATA = os.path.join(SOURCE, "examples", "data")
KRAGERO = os.path.join(DATA, "kragero-2018-stab-og-stotte.json")
DRAMMEN_T1 = os.path.join(DATA, "drammen-2017-t1-programomrade-07.json")
ACCOUNTS = os.path.join(DATA, "0A_V2019_K4_R040200_OK.dat")
CHECK_ARGS = ["-s", "0AK4", "-y", "2019", "-r", "040200"]
CSV_HEADER = "year,municipality,account_class,function,art,amount\n"


def env_for(lang):
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != "LANGUAGE"}
    env["LANG"] = lang
    return env


C = env_for("C")
NB = env_for("nb_NO.UTF-8")


def run(*args, env=None, stdout=subprocess.PIPE, timeout=30):
    # Bytes, not text: a path may hold bytes that are no UTF-8.
    return subprocess.run([KOMMUNE, *args], stdout=stdout, stderr=subprocess.PIPE,
                          env=env if env is not None else C, timeout=timeout)


def error_line(result, status):
    assert result.returncode == status, (result.returncode, result.stderr)
    assert result.stdout in (b"", None)
    lines = result.stderr.split(b"\n")
    assert len(lines) == 2 and lines[1] == b"", result.stderr
    line = lines[0]
    assert b"WARNING" not in line and b"CRITICAL" not in line
    # Nothing that would steer a terminal: no C0 or C1 control, valid UTF-8.
    text = line.decode("utf-8")
    assert not any(ord(c) < 0x20 or 0x7f <= ord(c) < 0xa0 for c in text), text
    return text


# Standard output that cannot be written ------------------------------------

@pytest.mark.parametrize("args", [
    ["--version"],
    ["--help"],
    ["show", KRAGERO],
    ["show", "-f", "json", KRAGERO],
    ["check", KRAGERO],
    ["budget", KRAGERO],
    ["budget", "-f", "csv", KRAGERO],
    ["adjustments", "-f", "json", KRAGERO],
    ["scorecard", os.path.join(DATA, "drammen-2014-sosiale-tjenester.json")],
    ["rules", "-f", "csv", KRAGERO],
    ["kostra", "figures", ACCOUNTS],
    ["kostra", "figures", "-f", "json", ACCOUNTS],
    ["kostra", "--help"],
    ["show", "--help"],
    ["kostra", "aggregate", ACCOUNTS],
])
def test_full_standard_output_is_an_error(args):
    # A write that fails is no success: exit 1 and one line that says so.
    with open("/dev/full", "wb") as full:
        result = run(*args, stdout=full)
    text = error_line(result, 1)
    assert "standard output" in text and "No space left on device" in text


def test_full_standard_output_in_kostra_check():
    # SSB's exit codes say what the controls found; a report that could not
    # be written is the tool's failure, exit 1, whatever they found.
    with open("/dev/full", "wb") as full:
        result = run("kostra", "check", ACCOUNTS, *CHECK_ARGS, stdout=full)
    text = error_line(result, 1)
    assert "standard output" in text


def test_full_standard_output_in_norwegian():
    with open("/dev/full", "wb") as full:
        result = run("show", KRAGERO, stdout=full, env=NB)
    assert "standard ut" in error_line(result, 1)


def test_closed_pipe_is_an_error():
    # With SIGPIPE ignored (as some services run programs) a write into a
    # pipe nobody reads is an error, not a silent success.
    import signal
    read, write = os.pipe()
    os.close(read)
    try:
        result = subprocess.run([KOMMUNE, "show", KRAGERO], stdout=write, stderr=subprocess.PIPE, env=C,
                                timeout=30, preexec_fn=lambda: signal.signal(signal.SIGPIPE, signal.SIG_IGN))
    finally:
        os.close(write)
    assert "Broken pipe" in error_line(result, 1)


# Paths --------------------------------------------------------------------

@pytest.mark.parametrize("name", ["nope\nx.json", "nope\x1b[2J.json", "nope\x07.json"])
def test_control_characters_of_a_path_are_escaped(tmp_path, name):
    path = str(tmp_path / name)
    text = error_line(run("check", path), 1)
    assert "No such file" in text


def test_newline_in_a_readable_path(tmp_path):
    path = tmp_path / "plan\nnavn.json"
    path.write_bytes(open(KRAGERO, "rb").read())
    result = run("check", str(path))
    assert result.returncode == 0
    assert result.stdout.count(b"\n") == 1, result.stdout
    assert result.stdout.endswith(b": ok\n")


def test_path_not_utf8(tmp_path):
    path = os.path.join(os.fsencode(tmp_path), b"nope\xff.json")
    result = subprocess.run([os.fsencode(KOMMUNE), b"check", path], capture_output=True, env=C, timeout=30)
    error_line(result, 1)


def test_newline_in_a_bad_document_path(tmp_path):
    path = tmp_path / "plan\nx.json"
    path.write_text("{\n")
    text = error_line(run("check", str(path)), 1)
    # The path once, then the reason.
    assert text.count("plan") == 1, text


@pytest.mark.parametrize("args", [
    ["check", ""],
    ["show", ""],
    ["kostra", "figures", ""],
    ["kostra", "aggregate", ""],
])
def test_empty_path(args):
    text = error_line(run(*args), 1)
    assert text.startswith("“”: ") or text.startswith("'': "), text


def test_control_characters_of_an_option_are_escaped():
    text = error_line(run("budget", "--by", "\x1b[2Jx", KRAGERO), 2)
    assert "\\033[2Jx" in text


@pytest.mark.parametrize("args", [
    ["show", "FIFO"],
    ["kostra", "figures", "FIFO"],
    ["kostra", "aggregate", "FIFO"],
    ["kostra", "aggregate", ACCOUNTS, "FIFO"],
])
def test_fifo_is_not_waited_for(tmp_path, args):
    fifo = str(tmp_path / "ledger.csv")
    os.mkfifo(fifo)
    args = [fifo if a == "FIFO" else a for a in args]
    text = error_line(run(*args, timeout=10), 1)
    assert "not a regular file" in text


def test_directory_as_accounts(tmp_path):
    assert "not a regular file" in error_line(run("kostra", "aggregate", str(tmp_path)), 1)


# Outputs -------------------------------------------------------------------

def test_aggregate_output_onto_a_fifo(tmp_path):
    # What -o names must be a regular file or nothing yet: a device or a
    # FIFO is never replaced by a file (as root, /dev/full would be).
    fifo = tmp_path / "out"
    os.mkfifo(fifo)
    text = error_line(run("kostra", "aggregate", ACCOUNTS, "-o", str(fifo)), 1)
    assert "not a regular file" in text
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert os.listdir(tmp_path) == ["out"]


def test_aggregate_output_onto_a_directory(tmp_path):
    error_line(run("kostra", "aggregate", ACCOUNTS, "-o", str(tmp_path)), 1)
    assert os.listdir(tmp_path) == []


def test_aggregate_output_into_a_missing_directory(tmp_path):
    error_line(run("kostra", "aggregate", ACCOUNTS, "-o", str(tmp_path / "no" / "x.csv")), 1)
    assert os.listdir(tmp_path) == []


def test_aggregate_output_empty_name():
    error_line(run("kostra", "aggregate", ACCOUNTS, "-o", ""), 2)


def test_aggregate_output_is_the_input(tmp_path):
    ledger = tmp_path / "ledger.csv"
    ledger.write_text(CSV_HEADER + "2019,0301,1,100,010,5\n")
    before = ledger.read_bytes()
    error_line(run("kostra", "aggregate", str(ledger), "-o", str(ledger)), 2)
    assert ledger.read_bytes() == before
    # The same file by another name, through a link.
    os.symlink(ledger, tmp_path / "link.csv")
    error_line(run("kostra", "aggregate", str(ledger), "-o", str(tmp_path / "link.csv")), 2)
    assert ledger.read_bytes() == before


def test_report_output_is_the_document(tmp_path):
    document = tmp_path / "plan.json"
    document.write_bytes(open(KRAGERO, "rb").read())
    before = document.read_bytes()
    error_line(run("report", str(document), "-o", str(document)), 2)
    assert document.read_bytes() == before


def test_report_output_is_the_accounts(tmp_path):
    accounts = tmp_path / "accounts.dat"
    accounts.write_bytes(open(ACCOUNTS, "rb").read())
    error_line(run("report", KRAGERO, "--kostra", str(accounts), "-o", str(accounts)), 2)
    assert accounts.read_bytes() == open(ACCOUNTS, "rb").read()


def test_report_output_onto_a_fifo(tmp_path):
    fifo = tmp_path / "report.html"
    os.mkfifo(fifo)
    error_line(run("report", KRAGERO, "-o", str(fifo), timeout=10), 1)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


# Arguments -----------------------------------------------------------------

@pytest.mark.parametrize("args", [
    ["--version", "extra"],
    ["--help", "extra"],
    ["kostra", "check", ACCOUNTS, "-s", "", "-y", "2019", "-r", "040200"],
    ["kostra", "check", ACCOUNTS, "-s", "0AK4", "-y", "", "-r", "040200"],
    ["kostra", "check", ACCOUNTS, "-s", "0AK4", "-y", "2019", "-r", ""],
    ["kostra", "check", ACCOUNTS, "-s", "0AK4", "-y", "abc", "-r", "040200"],
    ["kostra", "check", ACCOUNTS, "-s", "0AK4", "-y", "20190", "-r", "040200"],
    ["kostra", "check", ACCOUNTS, "-s", "0AK4", "-y", "2019", "-r", "x"],
    ["kostra", "check", ACCOUNTS, "-s", "0AK4", "-y", "2019", "-r", "0402"],
    ["kostra", "check", ACCOUNTS, *CHECK_ARGS, "-q", "-1"],
    ["kostra", "check", ACCOUNTS, "-s", "0AK4\x1b[2J", "-y", "2019", "-r", "040200"],
    ["kostra", "check", ACCOUNTS, *CHECK_ARGS, "-u", "9\x1b[2J"],
    ["kostra", "figures", "--year", "0", ACCOUNTS],
    ["budget", "--year", "0", KRAGERO],
    ["budget", "--year=99999999999", KRAGERO],
    ["budget", "--year=abc", KRAGERO],
    ["report", KRAGERO, "-o", "/nonexistent-dir/x.html", "--lang", "xx"],
    ["report", KRAGERO, "-o", "/nonexistent-dir/x.html", "--region", "040200"],
    ["report", KRAGERO, "-o", "/nonexistent-dir/x.html", "--kostra", ""],
])
def test_usage_errors(args):
    error_line(run(*args), 2)


def test_budget_without_frames_says_so():
    # A plan without frames (Drammen's tertial report) or a year without
    # any: the text says there are none rather than printing nothing.
    for env, words in ((C, "no frames"), (NB, "ingen rammer")):
        result = run("budget", DRAMMEN_T1, env=env)
        assert result.returncode == 0
        assert words in result.stdout.decode(), result.stdout
    result = run("budget", "--year", "2019", KRAGERO)
    assert result.returncode == 0
    assert b"no frames" in result.stdout
    # JSON and CSV stay what they were: empty lists, a header.
    assert json.loads(run("budget", "-f", "json", DRAMMEN_T1).stdout)["rows"] == []
    assert run("budget", "-f", "csv", DRAMMEN_T1).stdout == b"area,year,budget_type,original_amount_ore,amount_ore\n"


# Documents with markup, quotes and commas in their texts -------------------

EVIL = '<script>alert(1)</script> & "q" \'s, comma'


@pytest.fixture
def evil_document(tmp_path):
    document = json.load(open(KRAGERO, encoding="utf-8"))
    document = copy.deepcopy(document)
    document["municipality"]["name"] = EVIL
    document["municipality"]["areas"][0]["name"] = EVIL
    for frame in document["plan"]["frames"]:
        for distribution in frame.get("distributions", []):
            for line in distribution["lines"]:
                line["label"] = EVIL
    for adjustment in document["plan"].get("adjustments", []):
        adjustment["reason"] = EVIL
    path = tmp_path / "evil.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_evil_names_in_csv_are_quoted(evil_document):
    result = run("budget", "--by", "department", "-f", "csv", evil_document)
    assert result.returncode == 0
    import csv
    import io
    rows = list(csv.reader(io.StringIO(result.stdout.decode())))
    assert rows[1][4] == EVIL


def test_evil_names_in_json(evil_document):
    result = run("show", "-f", "json", evil_document)
    assert json.loads(result.stdout)["municipality"]["name"] == EVIL


def test_evil_names_in_report_are_escaped(evil_document, tmp_path):
    out = tmp_path / "r.html"
    result = run("report", evil_document, "-o", str(out))
    assert result.returncode == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; " in html


def test_control_characters_in_free_text_do_not_reach_text_output(tmp_path):
    # A financial rule's reference may hold any text: JSON escapes it, CSV
    # keeps its bytes (it is data), and text never shows it raw.
    document = json.load(open(KRAGERO, encoding="utf-8"))
    for rule in document["financial_rules"]:
        rule["reference"] = "ref\x1b[2J"
    path = tmp_path / "ref.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert b"\x1b" not in run("rules", str(path)).stdout
    assert b"\\u001b" in run("rules", "-f", "json", str(path)).stdout


def test_closed_standard_output(tmp_path):
    # Started without a standard output: the write fails and says so, and
    # no file the command opens (the output of -o here) takes its place.
    out = tmp_path / "sums.txt"
    result = subprocess.run([KOMMUNE, "kostra", "aggregate", ACCOUNTS], stdout=None, stderr=subprocess.PIPE,
                            env=C, timeout=30, close_fds=True, pass_fds=(), preexec_fn=lambda: os.close(1))
    assert "standard output" in error_line(result, 1)
    result = subprocess.run([KOMMUNE, "kostra", "aggregate", ACCOUNTS, "-o", str(out)], stderr=subprocess.PIPE,
                            env=C, timeout=30, preexec_fn=lambda: os.close(1))
    assert result.returncode == 0, result.stderr
    assert out.read_text().startswith("       Amount (kr)\n")


def test_kostra_help_in_norwegian():
    assert run("kostra", "--help", env=NB).stdout.startswith(b"Bruk:\n")
    assert run("kostra", "--help", env=C).stdout.startswith(b"Usage:\n")


def test_unknown_command_is_escaped():
    text = error_line(run("\x1b]0;owned\x07"), 2)
    assert "\\033]0;owned\\007" in text


@pytest.mark.parametrize("period", ["20\x1b[2J13", "2013\n"])
def test_scorecard_period_with_control_characters(period):
    # The period is echoed in the scorecard's heading: refused, not echoed.
    error_line(run("scorecard", "-p", period, os.path.join(DATA, "drammen-2014-sosiale-tjenester.json")), 2)


def test_budget_text_columns_count_characters(tmp_path):
    # A key with "ø" takes one column, not two: the amounts stay aligned.
    document = json.load(open(KRAGERO, encoding="utf-8"))
    for frame in document["plan"]["frames"]:
        for distribution in frame.get("distributions", []):
            for line in distribution["lines"]:
                line["key"] = line["key"].replace("o", "ø")
    path = tmp_path / "ø.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    result = run("budget", "--by", "department", str(path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    assert any("ø" in line for line in lines)
    # area (8), year, type (10), key (12), amount (16), with one blank
    # between: every amount ends in the same column, whatever the key.
    end = 8 + 1 + 4 + 1 + 10 + 1 + 12 + 1 + 16
    for line in lines:
        assert line[end - 1].isdigit() and line[end:end + 1] in ("", " "), line


def test_english_report_is_english_in_a_norwegian_locale(tmp_path):
    # The report's language is --lang's, whatever the locale: the same
    # bytes under C and under a Norwegian locale, bands included.
    document = os.path.join(DATA, "drammen-2014-sosiale-tjenester.json")
    pages = []
    for env in (C, NB):
        out = tmp_path / "report.html"
        assert run("report", document, "--lang", "en", "-o", str(out), env=env).returncode == 0
        pages.append(out.read_bytes())
    assert b"\xe2\x89\xa5 50 and \xe2\x89\xa4 54" in pages[0]
    assert pages[1] == pages[0]


def test_aggregate_output_through_links(tmp_path):
    # A loop of links is an error; a link to a file not there yet is
    # followed, as the shell's > does, and stays a link.
    os.symlink("loop2", tmp_path / "loop1")
    os.symlink("loop1", tmp_path / "loop2")
    error_line(run("kostra", "aggregate", ACCOUNTS, "-o", str(tmp_path / "loop1")), 1)
    assert os.path.islink(tmp_path / "loop1")
    os.symlink("sums.txt", tmp_path / "link")
    result = run("kostra", "aggregate", ACCOUNTS, "-o", str(tmp_path / "link"))
    assert result.returncode == 0, result.stderr
    assert os.path.islink(tmp_path / "link")
    assert (tmp_path / "sums.txt").read_text().startswith("       Amount (kr)\n")
    # And an existing file behind a link is replaced, the link kept.
    result = run("kostra", "aggregate", ACCOUNTS, "-f", "csv", "-o", str(tmp_path / "link"))
    assert result.returncode == 0
    assert os.path.islink(tmp_path / "link")
    assert (tmp_path / "sums.txt").read_text() == "amount_ore\n14922300000\n"


def test_report_written_to_a_name_with_an_escape(tmp_path):
    out = tmp_path / "r\x1b[2J.html"
    result = run("report", KRAGERO, "-o", str(out))
    assert result.returncode == 0
    assert out.exists()
    assert b"\x1b" not in result.stdout and result.stdout.count(b"\n") == 1

