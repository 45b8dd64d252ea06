#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# Public header hygiene: no public header includes a private one, every
# public header is in the umbrella header and carries the inside guard.
set -u
dir=${1:?usage: check-headers.sh INCLUDE_DIR}
umbrella="$dir/libkommune.h"
status=0

for header in "$dir"/*.h "$dir"/*.h.in; do
  name=$(basename "$header" .in)
  [ "$name" = libkommune.h ] && continue
  if grep -q -- '-private\.h' "$header"; then
    echo "not ok: $name includes a private header"; status=1
  fi
  if ! grep -q "#include \"$name\"" "$umbrella"; then
    echo "not ok: $name is missing from libkommune.h"; status=1
  fi
  if ! grep -q 'KOMMUNE_INSIDE' "$header"; then
    echo "not ok: $name lacks the KOMMUNE_INSIDE guard"; status=1
  fi
done
[ $status -eq 0 ] && echo "public headers are clean"
exit $status
