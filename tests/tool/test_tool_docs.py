# SPDX-License-Identifier: LGPL-2.1-or-later
# The man page and the bash completion of the kommune command, both made
# from libkommune/tool/kommune-commands.json: the page renders without a
# warning, the description and each command's --help name the same
# options, and the completion function, called as bash calls it, offers
# what the description says.

import json
import os
import re
import shutil
import subprocess

import pytest

KOMMUNE = os.environ["KOMMUNE_TOOL"]
SOURCE = os.environ["KOMMUNE_SOURCE_ROOT"]
MAN_PAGE = os.environ["KOMMUNE_MAN_PAGE"]
COMPLETION = os.environ["KOMMUNE_COMPLETION"]

with open(os.path.join(SOURCE, "libkommune", "tool", "kommune-commands.json"), encoding="utf-8") as f:
    DOC = json.load(f)
COMMANDS = {c["name"]: c for c in DOC["commands"]}

# What the description holds before the command does, each with why. An
# entry is skipped only while the option (or command) is missing from
# --help: once it is there, it is checked like any other.
# Options the description names before the command has them: none now.
# An entry ("command", "--option"): reason keeps the test from failing
# while a command is being extended.
PENDING = {}

OPTION_LINE = re.compile(r"^\s+(?:(-\w), )?(--[\w-]+)")


def help_options(name):
    """The options a command's --help lists, as {long: short or None}, or
    None when there is no such command."""
    result = subprocess.run([KOMMUNE, *name.split(), "--help"], capture_output=True, text=True,
                            env=dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8", LANGUAGE=""))
    if result.returncode != 0:
        return None
    options = {}
    for line in result.stdout.splitlines():
        match = OPTION_LINE.match(line)
        if match and match.group(2) != "--help":
            options[match.group(2)] = match.group(1)
    return options


def source_options(name):
    return {o["long"]: o.get("short") for o in COMMANDS[name].get("options", [])}


# ---------------------------------------------------------------- man page

def test_man_page_renders_without_warnings():
    if shutil.which("groff"):
        result = subprocess.run(["groff", "-man", "-Tutf8", "-ww", "-z", MAN_PAGE],
                                capture_output=True, text=True)
    elif shutil.which("man"):
        result = subprocess.run(["man", "--warnings", "-l", MAN_PAGE], capture_output=True, text=True,
                                env=dict(os.environ, MANPAGER="cat", PAGER="cat"))
    else:
        pytest.skip("neither groff nor man is installed")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_man_page_sections_and_contents():
    with open(MAN_PAGE, encoding="ascii") as f:
        page = f.read()
    headings = re.findall(r"^\.SH (.+)$", page, re.M)
    assert headings == ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "OPTIONS",
                        "EXIT STATUS", "ENVIRONMENT", "EXAMPLES", "SEE ALSO"]
    for name, command in COMMANDS.items():
        assert "\\fBkommune " + name.replace("-", "\\-") + "\\fR" in page, name
        for option in command.get("options", []):
            assert "\\fB" + option["long"].replace("-", "\\-") + "\\fR" in page, (name, option["long"])
    for variable in ("LANG", "LC_ALL", "LANGUAGE", "KOMMUNE_LOCALEDIR"):
        assert "\\fB" + variable.replace("_", "_") + "\\fR" in page
    for status in ("0", "1", "2", "130"):
        assert ".TP\n\\fB%s\\fR" % status in page


def test_man_page_text():
    if not shutil.which("groff"):
        pytest.skip("groff is not installed")
    text = subprocess.run(["groff", "-man", "-Tutf8", "-P", "-cbou", MAN_PAGE], capture_output=True,
                          text=True, check=True).stdout
    text = re.sub(r"\s+", " ", text)
    assert "kommune - plan documents and KOSTRA accounts" in text
    assert "øre" in text            # non-ASCII survives the escapes
    assert "kommune kostra aggregate FILE..." in text


# ---------------------------------------------------------------- drift

@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_help_and_description_name_the_same_options(name):
    options = help_options(name)
    if options is None:
        if name in PENDING:
            pytest.skip(PENDING[name])
        pytest.fail("kommune %s --help fails" % name)
    described = source_options(name)
    extra = set(options) - set(described)
    assert not extra, "options of kommune %s --help missing from kommune-commands.json: %s" % (name, sorted(extra))
    missing = [o for o in described if o not in options and (name, o) not in PENDING]
    assert not missing, "options in kommune-commands.json that kommune %s --help lacks: %s" % (name, missing)
    for long, short in options.items():
        assert described[long] == short, (name, long)


def test_every_command_is_described():
    result = subprocess.run([KOMMUNE, "--help"], capture_output=True, text=True, check=True)
    listed = set()
    in_commands = False
    for line in result.stdout.splitlines():
        if line.startswith("Commands:"):
            in_commands = True
            continue
        words = line.split()
        if in_commands and words and not words[0].startswith("-") and line.startswith("  ") and not line.startswith("   "):
            listed.add(" ".join(words[:2]) if words[0] == "kostra" else words[0])
    assert listed, result.stdout
    assert listed - set(COMMANDS) == set()
    assert {c for c in set(COMMANDS) - listed if c not in PENDING} == set()


# ---------------------------------------------------------------- completion

def complete(*words, cwd=None):
    """Calls _kommune as bash does on TAB with the cursor in the last word."""
    script = ('source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); '
              'COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}; _kommune; printf "%s\\n" "${COMPREPLY[@]}"')
    result = subprocess.run(["bash", "--norc", "--noprofile", "-c", script, "bash", COMPLETION, "kommune", *words],
                            capture_output=True, text=True, cwd=cwd, timeout=30)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return sorted(line for line in result.stdout.splitlines() if line)


def test_complete_commands():
    assert complete("bu") == ["budget"]
    assert complete("") == sorted({n.split()[0] for n in COMMANDS})
    assert complete("--v") == ["--version"]


def test_complete_kostra_subcommands():
    assert complete("kostra", "") == ["aggregate", "check", "figures"]
    assert complete("kostra", "ag") == ["aggregate"]


def test_complete_budget_by():
    assert complete("budget", "--by", "") == ["area", "department", "function-group"]
    assert complete("budget", "-b", "f") == ["function-group"]
    # bash splits "--by=fu" at the '='.
    assert complete("budget", "--by", "=", "fu") == ["function-group"]
    assert complete("budget", "--by", "=", "") == ["area", "department", "function-group"]


def test_complete_aggregate_lists_and_keys():
    assert complete("kostra", "aggregate", "x.csv", "--by", "year,re") == ["year,region"]
    assert complete("kostra", "aggregate", "x.csv", "--where", "fu") == ["function="]
    assert complete("kostra", "aggregate", "-f", "") == ["csv", "json", "text"]


def test_complete_document_and_lang():
    assert complete("adjustments", "plan.json", "--document", "t") == ["tertial-1", "tertial-2"]
    assert complete("report", "plan.json", "--lang", "") == ["en", "nb"]


@pytest.mark.parametrize("name,option", [(c["name"], o) for c in DOC["commands"]
                                         for o in c.get("options", []) if "values" in o])
def test_complete_every_value_list(name, option):
    words = [*name.split(), option["long"], ""]
    assert complete(*words) == sorted(option["values"])
    if "short" in option:
        words[-2] = option["short"]
        assert complete(*words) == sorted(option["values"])


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_complete_options(name):
    expected = sorted(["--help", *source_options(name)])
    assert complete(*name.split(), "--") == expected


def test_complete_file_arguments(tmp_path):
    (tmp_path / "plan.json").write_text("{}")
    (tmp_path / "accounts.dat").write_text("")
    (tmp_path / "sub").mkdir()
    assert complete("show", "", cwd=tmp_path) == ["plan.json", "sub"]
    assert complete("budget", "--year", "2019", "", cwd=tmp_path) == ["plan.json", "sub"]
    assert complete("kostra", "check", "", cwd=tmp_path) == ["accounts.dat", "plan.json", "sub"]
    assert complete("kostra", "aggregate", "a", cwd=tmp_path) == ["accounts.dat"]
    assert complete("report", "plan.json", "-o", "p", cwd=tmp_path) == ["plan.json"]
    # An option's free argument is not completed.
    assert complete("budget", "plan.json", "--year", "", cwd=tmp_path) == []
