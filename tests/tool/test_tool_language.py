# SPDX-License-Identifier: LGPL-2.1-or-later
# The kommune command speaks the language of its locale: Norwegian Bokmål
# under a Norwegian one, English under C, Norwegian still when the
# Norwegian locale named is not installed, and what LANGUAGE asks for
# above the locale. Its one-line error on a broken document shows it.

import os
import subprocess

import pytest

KOMMUNE = os.environ["KOMMUNE_TOOL"]

NORWEGIAN = ": linje 1, kolonne 21: $: ikke gyldig JSON: forventet «,» eller «}», fant slutten av teksten\n"
ENGLISH = ": line 1, column 21: $: not valid JSON: expected “,” or “}”, found the end of the text\n"


@pytest.fixture
def bad(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"format_version": 1', encoding="utf-8")
    return str(path)


def show(path, **variables):
    env = {k: v for k, v in os.environ.items()
           if k not in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE", "LOCPATH")}
    env.update(variables)
    result = subprocess.run([KOMMUNE, "show", path], capture_output=True,
                            text=True, env=env, timeout=60)
    assert result.returncode == 1, result
    assert result.stdout == ""
    return result.stderr


def test_catalogues_are_found():
    assert os.environ.get("KOMMUNE_LOCALEDIR"), "the tests run with the built catalogues"


def test_norwegian(bad):
    assert show(bad, LANG="nb_NO.UTF-8") == bad + NORWEGIAN


def test_c(bad):
    assert show(bad, LANG="C") == bad + ENGLISH


def test_no_locale_english(bad):
    assert show(bad) == bad + ENGLISH


def test_norwegian_locale_not_installed(bad):
    # An encoding of the locale that is not installed.
    assert show(bad, LANG="nb_NO.ISO-8859-15") == bad + NORWEGIAN


def test_no_locales_installed(bad, tmp_path):
    # LOCPATH at an empty folder: no locale but C is there.
    empty = tmp_path / "locales"
    empty.mkdir()
    assert show(bad, LC_ALL="nb_NO.UTF-8", LOCPATH=str(empty)) == bad + NORWEGIAN


def test_language_overrides_the_locale(bad):
    assert show(bad, LANGUAGE="en", LANG="nb_NO.UTF-8") == bad + ENGLISH


def test_usage_error_norwegian():
    result = subprocess.run([KOMMUNE, "show"], capture_output=True, text=True, timeout=60,
                            env=dict(os.environ, LANG="nb_NO.UTF-8", LC_ALL=""))
    assert result.returncode == 2
    assert result.stderr == "kommune show: forventet ett dokument (se kommune show --help)\n"
