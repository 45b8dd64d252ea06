# SPDX-License-Identifier: LGPL-2.1-or-later
# The kommune command's output files (kostra aggregate -o, report -o)
# under failure injection: a file size limit, a full tmpfs, a read-only
# directory and mount, a path that is a directory; and links and modes.
# After every failure the old file is byte for byte what it was, no
# temporary file is left, and one line on stderr names the file and the
# cause, with exit code 1.

import os
import resource
import shutil
import signal
import subprocess
import tempfile

import pytest

KOMMUNE = os.environ["KOMMUNE_TOOL"]
SOURCE = os.environ["KOMMUNE_SOURCE_ROOT"]
DATA = os.path.join(SOURCE, "examples", "data")
ACCOUNTS = os.path.join(DATA, "0A_V2019_K4_R040200_OK.dat")
KRAGERO = os.path.join(DATA, "kragero-2018-stab-og-stotte.json")
OLD = b"old\r\n\0\xff contents\n"
NOBODY = 65534

COMMANDS = {
    "aggregate": lambda out: ["kostra", "aggregate", ACCOUNTS, "--by", "year,function",
                              "-f", "csv", "-q", "-o", out],
    "report": lambda out: ["report", KRAGERO, "-o", out],
}


def run(args, **kwargs):
    env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="")
    return subprocess.run([KOMMUNE, *args], capture_output=True, env=env, timeout=120, **kwargs)


@pytest.fixture
def work():
    # Not under pytest's tmp_path, whose parent only root may enter: the
    # child that gives up root must reach the directory.
    path = tempfile.mkdtemp(prefix="kommune-tool-writes-")
    os.chmod(path, 0o755)
    yield path
    for root, dirs, _ in os.walk(path):
        for name in dirs:
            os.chmod(os.path.join(root, name), 0o755)
    shutil.rmtree(path)


def old_file(directory, name="out"):
    path = os.path.join(directory, name)
    with open(path, "wb") as f:
        f.write(OLD)
    os.chmod(path, 0o644)
    return path


def expected_output(command, directory):
    path = os.path.join(directory, "expected")
    result = run(COMMANDS[command](path))
    assert result.returncode == 0, result.stderr
    with open(path, "rb") as f:
        data = f.read()
    os.remove(path)
    return data


def assert_failed(result, *words):
    assert result.returncode == 1, result
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    assert "CRITICAL" not in lines[0] and "WARNING" not in lines[0]


def assert_untouched(directory, path, *others):
    with open(path, "rb") as f:
        assert f.read() == OLD
    assert sorted(os.listdir(directory)) == sorted([os.path.basename(path), *others])


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_file_size_limit(work, command):
    assert len(expected_output(command, work)) > 64
    out = old_file(work)

    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (64, 64))

    result = run(COMMANDS[command](out), preexec_fn=limit)
    assert_failed(result, "out", os.strerror(27))  # EFBIG
    assert_untouched(work, out)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_full_file_system(work, command):
    mounted = os.path.join(work, "small")
    os.mkdir(mounted)
    mount = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mounted],
                           capture_output=True, text=True)
    if mount.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (%s); the file size limit covers a full disk"
                    % mount.stderr.strip())
    try:
        out = old_file(mounted)
        with open(os.path.join(mounted, "filler"), "wb", buffering=0) as f:
            for size in (1024, 1):
                try:
                    while f.write(b"x" * size) == size:
                        pass
                except OSError:
                    pass
        result = run(COMMANDS[command](out))
        assert_failed(result, "out", os.strerror(28))  # ENOSPC
        assert_untouched(mounted, out, "filler")
    finally:
        subprocess.run(["umount", mounted], check=True)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_read_only_directory(work, command):
    out = old_file(work)
    os.chmod(work, 0o555)
    kwargs = {}
    if os.geteuid() == 0:
        # Root ignores a directory's permissions: the command runs as nobody.
        kwargs = {"user": NOBODY, "group": NOBODY, "extra_groups": []}
    try:
        result = run(COMMANDS[command](out), **kwargs)
    except PermissionError as e:
        pytest.skip("cannot give up root's privileges here: %s" % e)
    os.chmod(work, 0o755)
    assert_failed(result, "out", os.strerror(13))  # EACCES
    assert_untouched(work, out)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_read_only_mount(work, command):
    out = old_file(work)
    bind = subprocess.run(["mount", "--bind", work, work], capture_output=True, text=True)
    if bind.returncode != 0:
        pytest.skip("cannot bind-mount a directory here: %s" % bind.stderr.strip())
    try:
        ro = subprocess.run(["mount", "-o", "remount,bind,ro", work], capture_output=True, text=True)
        if ro.returncode != 0:
            pytest.skip("cannot make a bind mount read-only here: %s" % ro.stderr.strip())
        result = run(COMMANDS[command](out))
    finally:
        subprocess.run(["umount", work], check=True)
    assert_failed(result, "out", os.strerror(30))  # EROFS
    assert_untouched(work, out)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_directory_target(work, command):
    out = old_file(work)
    sub = os.path.join(work, "sub")
    os.mkdir(sub)
    inside = old_file(sub)
    os.symlink("sub", os.path.join(work, "link"))
    for target in (sub, os.path.join(work, "link")):
        result = run(COMMANDS[command](target))
        assert_failed(result, "not a regular file")
    assert_untouched(sub, inside)
    assert_untouched(work, out, "sub", "link")


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_links(work, command):
    expected = expected_output(command, work)
    out = old_file(work)
    os.chmod(out, 0o600)
    link = os.path.join(work, "link")
    os.symlink("out", link)
    result = run(COMMANDS[command](link))
    assert result.returncode == 0, result.stderr
    assert os.path.islink(link)
    with open(out, "rb") as f:
        assert f.read() == expected
    assert os.stat(out).st_mode & 0o7777 == 0o600

    # A dangling link: the file is made where it points, the link stays.
    dangling = os.path.join(work, "dangling")
    os.symlink("made", dangling)
    result = run(COMMANDS[command](dangling), preexec_fn=lambda: os.umask(0o022))
    assert result.returncode == 0, result.stderr
    assert os.path.islink(dangling)
    with open(os.path.join(work, "made"), "rb") as f:
        assert f.read() == expected
    assert os.stat(os.path.join(work, "made")).st_mode & 0o7777 == 0o644
    assert sorted(os.listdir(work)) == ["dangling", "link", "made", "out"]


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_modes(work, command):
    out = old_file(work)
    for mode in (0o640, 0o604, 0o666, 0o444):
        os.chmod(out, mode)
        result = run(COMMANDS[command](out), preexec_fn=lambda: os.umask(0o027))
        assert result.returncode == 0, result.stderr
        assert os.stat(out).st_mode & 0o7777 == mode
    fresh = os.path.join(work, "fresh")
    result = run(COMMANDS[command](fresh), preexec_fn=lambda: os.umask(0o027))
    assert result.returncode == 0, result.stderr
    assert os.stat(fresh).st_mode & 0o7777 == 0o640
    assert sorted(os.listdir(work)) == ["fresh", "out"]
