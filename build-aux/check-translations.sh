#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# Translation check: every message marked in the files of po/POTFILES.in
# has a translation in the catalogue, neither missing nor fuzzy, with the
# same printf directives. The messages are extracted into a temporary
# template and merged with a copy of the catalogue, so the source tree is
# never changed.
#
# usage: check-translations.sh SOURCE_ROOT CATALOGUE.po
set -u
root=${1:?usage: check-translations.sh SOURCE_ROOT CATALOGUE.po}
catalogue=${2:?usage: check-translations.sh SOURCE_ROOT CATALOGUE.po}

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

# The keywords and flags of meson's glib preset, and the library's own
# plural keyword (see po/meson.build).
if ! xgettext --directory="$root" --files-from="$root/po/POTFILES.in" \
    --from-code=UTF-8 --language=C \
    --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
    --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
    --keyword=_kommune_ngettext:1,2 \
    --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
    --flag=g_dngettext:2:pass-c-format --flag=_kommune_ngettext:1:c-format \
    --flag=_kommune_ngettext:2:c-format \
    --flag=g_strdup_printf:1:c-format --flag=g_string_printf:2:c-format \
    --flag=g_string_append_printf:2:c-format --flag=g_error_new:3:c-format \
    --flag=g_set_error:4:c-format --flag=g_printerr:1:c-format \
    --output="$tmp/messages.pot"; then
  echo "xgettext failed" >&2
  exit 1
fi
if [ ! -e "$tmp/messages.pot" ]; then
  echo "no marked messages in the files of po/POTFILES.in" >&2
  exit 1
fi

msgmerge --quiet --no-fuzzy-matching --output-file="$tmp/merged.po" \
  "$catalogue" "$tmp/messages.pot" || exit 1

status=0
if ! msgfmt --check --output-file=/dev/null "$tmp/merged.po"; then
  echo "$catalogue: msgfmt --check fails (a translation's directives differ from its message's?)" >&2
  status=1
fi
untranslated=$(msgattrib --untranslated --no-obsolete "$tmp/merged.po" | grep -c '^msgid ' || true)
fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$tmp/merged.po" | grep -c '^msgid ' || true)
# msgattrib prints the header entry (msgid "") with any other entry.
[ "$untranslated" -gt 0 ] && untranslated=$((untranslated - 1))
[ "$fuzzy" -gt 0 ] && fuzzy=$((fuzzy - 1))
if [ "$untranslated" -gt 0 ] || [ "$fuzzy" -gt 0 ]; then
  echo "$catalogue: $untranslated marked messages have no translation, $fuzzy are fuzzy:" >&2
  msgattrib --untranslated --no-obsolete --no-wrap "$tmp/merged.po" | grep -A1 '^#:' >&2
  msgattrib --only-fuzzy --no-obsolete --no-wrap "$tmp/merged.po" | grep -A2 '^#:' >&2
  status=1
fi
[ "$status" -eq 0 ] && echo "$catalogue: every marked message is translated"
exit "$status"
