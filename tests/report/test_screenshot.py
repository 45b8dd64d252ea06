#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Renders reports of the bundled data with headless Chromium and checks
that each screenshot is a real picture: a PNG of the window's size, of a
fair size on disk, and not one colour; then prints one to PDF and checks
that its pages are A4. Skipped (exit 77) without Chromium.

The screenshots stay in KOMMUNE_SCREENSHOT_DIR for people to look at."""

import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

SKIP = 77
WIDTH, HEIGHT = 1280, 2400

KOMMUNE = os.environ["KOMMUNE_TOOL"]
SOURCE = os.environ["KOMMUNE_SOURCE_ROOT"]
OUT = os.environ.get("KOMMUNE_SCREENSHOT_DIR") or tempfile.mkdtemp(prefix="kommune-screenshots-")
DATA = os.path.join(SOURCE, "examples", "data")
ACCOUNTS = os.path.join(DATA, "0A_V2019_K4_R040200_OK.dat")

# Name, document, options, window height: the report with accounts is taken
# whole, so that its KOSTRA section at the end is in the picture.
REPORTS = [
    ("kragero", "kragero-2018-stab-og-stotte.json", [], HEIGHT),
    ("kragero-accounts", "kragero-2018-stab-og-stotte.json", ["--kostra", ACCOUNTS], 5200),
    ("drammen-2017-t1-en", "drammen-2017-t1-programomrade-07.json", ["--lang", "en"], HEIGHT),
    ("drammen-2014-scorecard", "drammen-2014-sosiale-tjenester.json", [], HEIGHT),
    ("drammen-2023-workforce", "drammen-2023-arsevaluering.json", [], HEIGHT),
]


def chromium():
    # KOMMUNE_CHROMIUM names another browser binary; set empty, none.
    if "KOMMUNE_CHROMIUM" in os.environ:
        return os.environ["KOMMUNE_CHROMIUM"] or None
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name) or (f"/usr/bin/{name}" if os.access(f"/usr/bin/{name}", os.X_OK) else None)
        if path:
            return path
    return None


def png_pixels(path):
    """(width, height, rows of bytes) of an 8-bit RGB or RGBA PNG."""
    with open(path, "rb") as stream:
        data = stream.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path}: not a PNG"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    width, height, depth, colour = header[:4]
    assert depth == 8 and colour in (2, 6), f"{path}: unexpected PNG format {depth}/{colour}"
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up = previous[x]
            corner = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                predictor = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[x] = (line[x] + predictor) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def colours(rows, channels, step=7):
    seen = set()
    for row in rows[::step]:
        for x in range(0, len(row), channels * step):
            seen.add(row[x:x + 3])
    return seen


def check_print(browser, html, pdf):
    """Prints @html to PDF as Chromium would on paper: A4 pages (595 × 842
    points), as the report's @page rule asks."""
    import re
    with tempfile.TemporaryDirectory(prefix="kommune-chromium-") as profile:
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu",
                        f"--user-data-dir={profile}", f"--print-to-pdf={pdf}",
                        "--no-pdf-header-footer", "file://" + os.path.abspath(html)],
                       capture_output=True, text=True, timeout=120)
    if not os.path.exists(pdf):
        return "Chromium wrote no PDF"
    with open(pdf, "rb") as stream:
        data = stream.read()
    boxes = {tuple(round(float(n)) for n in box.split())
             for box in re.findall(rb"/MediaBox\s*\[([^\]]*)\]", data)}
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    if not boxes or any(abs(b[2] - 595) > 2 or abs(b[3] - 842) > 2 for b in boxes):
        return f"pages are not A4: {sorted(boxes)}"
    if pages < 2:
        return f"only {pages} page(s)"
    print(f"ok print: {pdf} ({pages} A4 pages)")
    return None


def main():
    browser = chromium()
    if browser is None:
        print("SKIP: Chromium is not installed (apt install chromium); no screenshots taken")
        return SKIP
    os.makedirs(OUT, exist_ok=True)
    failures = 0
    for name, document, extra, window_height in REPORTS:
        html = os.path.join(OUT, name + ".html")
        png = os.path.join(OUT, name + ".png")
        if os.path.exists(png):
            os.unlink(png)
        result = subprocess.run([KOMMUNE, "report", os.path.join(DATA, document), "-o", html, *extra],
                                capture_output=True, text=True, timeout=60)
        if result.returncode != 0:
            print(f"FAIL {name}: kommune report: {result.stderr.strip()}")
            failures += 1
            continue
        with tempfile.TemporaryDirectory(prefix="kommune-chromium-") as profile:
            try:
                subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu",
                                "--hide-scrollbars", f"--user-data-dir={profile}",
                                f"--screenshot={png}", f"--window-size={WIDTH},{window_height}",
                                "file://" + os.path.abspath(html)],
                               capture_output=True, text=True, timeout=120)
            except subprocess.TimeoutExpired:
                print(f"FAIL {name}: Chromium did not finish in 120 s")
                failures += 1
                continue
        if not os.path.exists(png):
            print(f"FAIL {name}: Chromium wrote no screenshot")
            failures += 1
            continue
        size = os.path.getsize(png)
        width, height, channels, rows = png_pixels(png)
        seen = colours(rows, channels)
        problems = []
        if (width, height) != (WIDTH, window_height):
            problems.append(f"size {width}×{height}")
        if size < 20000:
            problems.append(f"only {size} bytes")
        if len(seen) < 8:
            problems.append(f"only {len(seen)} colours")
        if problems:
            print(f"FAIL {name}: {png}: " + ", ".join(problems))
            failures += 1
        else:
            print(f"ok {name}: {png} ({size} bytes, {len(seen)} colours sampled)")
    problem = check_print(browser, os.path.join(OUT, "kragero-accounts.html"),
                          os.path.join(OUT, "kragero-accounts.pdf"))
    if problem is not None:
        print(f"FAIL print: {problem}")
        failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
