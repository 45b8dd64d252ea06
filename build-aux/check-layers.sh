#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# Layer check: a source under libkommune/<layer>/ may include the private
# headers of its own layer and of the layers below it, never of a layer
# above. Private includes are written with their folder
# ("core/kommune-check-private.h"), so every crossing shows in the text;
# one written without its folder is refused too. The command under tool/
# includes no private header at all.
#
# usage: check-layers.sh SOURCE_DIR [ALLOWED_FILE]
#   SOURCE_DIR    the folder holding the layer folders (libkommune/)
#   ALLOWED_FILE  known crossings that are tolerated for now, one per line
#                 as "<layer>/<file>: <include>" (see layers-allowed.txt);
#                 an entry that no longer occurs is an error, so the list
#                 only shrinks.
set -u
src=${1:?usage: check-layers.sh SOURCE_DIR [ALLOWED_FILE]}
allowed_file=${2:-}

# The order of the layers, lowest first: a layer uses only those before it.
# The JSON document and SSB's KOSTRA files stand side by side on the model:
# layers of one rank do not use each other.
declare -A rank=(
  [core]=0
  [model]=1
  [document]=2
  [kostra]=2
  [analysis]=3
  [report]=4
  [tool]=5
)

declare -A allowed=()
declare -A seen=()
if [ -n "$allowed_file" ]; then
  while IFS= read -r entry; do
    case $entry in ''|'#'*) continue ;; esac
    allowed[$entry]=1
  done < "$allowed_file"
fi

status=0
count=0
cd "$src" || exit 2

while IFS= read -r -d '' file; do
  file=${file#./}
  layer=${file%%/*}
  if [ "$layer" = "$file" ]; then
    echo "not ok: $file is not in a layer folder"
    status=1
    continue
  fi
  if [ -z "${rank[$layer]+set}" ]; then
    echo "not ok: $file is in '$layer', which is not in the layer order"
    status=1
    continue
  fi
  count=$((count + 1))
  while IFS=: read -r line text; do
    target=$(printf '%s\n' "$text" | sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p')
    [ -n "$target" ] || continue
    include=$(printf '%s\n' "$text" | sed 's/[[:space:]]*$//')
    # The command sees the library as any program does: through
    # <libkommune.h>, never through a private header of any layer.
    if [ "$layer" = tool ]; then
      case $target in
        *-private.h)
          echo "not ok: $src/$file:$line: $include (tool includes a private header)"
          status=1
          continue
          ;;
      esac
    fi
    case $target in
      */*)
        to=${target%%/*}
        [ -n "${rank[$to]+set}" ] || continue
        [ "$to" != "$layer" ] || continue
        if [ "${rank[$to]}" -gt "${rank[$layer]}" ]; then
          why="$layer includes from $to, a higher layer"
        elif [ "${rank[$to]}" -eq "${rank[$layer]}" ]; then
          why="$layer includes from $to, a layer beside it"
        else
          continue
        fi
        ;;
      *-private.h)
        why="private include without its folder"
        ;;
      *)
        continue
        ;;
    esac
    key="$file: $include"
    if [ -n "${allowed[$key]+set}" ]; then
      seen[$key]=1
      echo "allowed for now: $src/$file:$line: $include ($why)"
      continue
    fi
    echo "not ok: $src/$file:$line: $include ($why)"
    status=1
  done < <(grep -n '^[[:space:]]*#[[:space:]]*include' "$file")
done < <(find . \( -name '*.c' -o -name '*.h' \) -print0 | sort -z)

for key in "${!allowed[@]}"; do
  if [ -z "${seen[$key]+set}" ]; then
    echo "not ok: allowed crossing no longer occurs, remove it: $key"
    status=1
  fi
done

if [ "$count" -eq 0 ]; then
  echo "not ok: no sources in layer folders under $src"
  status=1
fi
[ $status -eq 0 ] && echo "layers are clean ($count files)"
exit $status
