#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# quickstart.sh demo   install what is missing, build, run the example
# quickstart.sh test   install what is missing, build with warnings as
#                      errors, run the whole test suite
#
# Works on a fresh Debian 12 machine as root (or with sudo). Packages are
# installed only when missing, so a second run does not touch apt.
set -euo pipefail

mode=${1:-}
case "$mode" in
  demo|test) ;;
  *) echo "usage: $0 demo|test" >&2; exit 2 ;;
esac

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

packages=(
  gcc libc6-dev pkg-config meson ninja-build
  libglib2.0-dev libglib2.0-dev-bin
  gobject-introspection libgirepository1.0-dev gir1.2-glib-2.0
  libjson-glib-dev
  valac gjs python3-gi python3-pytest python3-jsonschema python3-pandas gi-docgen valgrind
  clang libclang-rt-14-dev
  gettext locales
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "quickstart: installing ${missing[*]}"
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "quickstart: run as root to install ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -q
  "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${missing[@]}"
fi

# The Norwegian locale, for the tests in Norwegian; without it the kommune
# command still speaks Norwegian under LANG=nb_NO.UTF-8, so a failure here
# does not stop the build.
if ! locale -a 2>/dev/null | grep -i '^nb_NO.utf8$' >/dev/null; then
  sudo=()
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then
    sudo=(sudo)
  fi
  echo "quickstart: generating the locale nb_NO.UTF-8"
  "${sudo[@]}" localedef -i nb_NO -f UTF-8 nb_NO.UTF-8 ||
    echo "quickstart: could not generate nb_NO.UTF-8; continuing without it" >&2
fi

build=_build
werror=false
[ "$mode" = test ] && werror=true

if [ -f "$build/build.ninja" ]; then
  meson configure "$build" -Dwerror=$werror
else
  meson setup "$build" -Dwerror=$werror
fi
meson compile -C "$build"

case "$mode" in
  demo)
    ./build-aux/demo.sh "$build"
    ;;
  test)
    meson test -C "$build" --print-errorlogs
    ;;
esac
