#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# demo.sh BUILD_DIR   runs the kommune command over the bundled real data
#                     and writes the HTML report
#
# Run by `quickstart.sh demo` after the build. Uses the command and the
# translations as built, so it needs no installation; the texts follow the
# locale (Norwegian under LANG=nb_NO.UTF-8).
set -euo pipefail

build=${1:?usage: demo.sh BUILD_DIR}
top=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "$build" && pwd)
kommune="$build/libkommune/tool/kommune"
export KOMMUNE_LOCALEDIR="$build/po"
cd "$top"
data=examples/data

kragero="$data/kragero-2018-stab-og-stotte.json"
drammen_t1="$data/drammen-2017-t1-programomrade-07.json"
scorecard="$data/drammen-2014-sosiale-tjenester.json"
accounts="$data/0A_V2019_K4_R040200_OK.dat"

bold= plain=
if [ -t 1 ]; then bold=$'\033[1m' plain=$'\033[0m'; fi
title() { printf '\n%s%s%s\n$ kommune %s\n' "$bold" "$1" "$plain" "${*:2}"; }
run() { title "$@"; "$kommune" "${@:2}"; }

run "Kragerø 2018, Stab og støtte: the frames of the economic plan" \
    budget "$kragero"
run "… the 2018 frame over KOSTRA function groups" \
    budget "$kragero" --year 2018 --by function-group
run "… and over departments" \
    budget "$kragero" --year 2018 --by department
run "Drammen 2017, 1st tertial report: the adjustments of area 07" \
    adjustments "$drammen_t1"
run "Drammen 2014, social services: the scorecard of 2013" \
    scorecard "$scorecard" --period 2013
run "Kragerø 2018: the financial rules" \
    rules "$kragero"
title "Kongsvinger 2019 accounts: SSB's controls (the first lines)" \
    kostra check "$accounts" -s 0AK4 -y 2019 -r 040200
"$kommune" kostra check "$accounts" -s 0AK4 -y 2019 -r 040200 | sed -n '1,12p' || true
run "… and the key figures" \
    kostra figures "$accounts"

reports="$build/report"
mkdir -p "$reports"
run "The report of Kragerø's plan, with the key figures of the accounts beside it" \
    report "$kragero" --kostra "$accounts" -o "$reports/kragero-2018.html"
run "… of Drammen's 1st tertial report 2017, in English" \
    report "$drammen_t1" --lang en -o "$reports/drammen-2017-t1.html"
run "… of Drammen's social-services scorecard" \
    report "$scorecard" -o "$reports/drammen-2014-sosiale-tjenester.html"
run "… and of Drammen's annual evaluation 2023, with its workforce figures" \
    report "$data/drammen-2023-arsevaluering.json" -o "$reports/drammen-2023-arsevaluering.html"
printf '\nOpen %s/kragero-2018.html in a browser (it prints on A4 as well).\n' "$reports"
