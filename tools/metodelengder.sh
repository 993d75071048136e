#!/usr/bin/env bash
# Prints every method, constructor, accessor and local function body under src/ with its length in lines,
# longest first (issue 21; the guard is tests/Utleggstrekk.Kildekode.Tests/MetodelengdeTests.cs, which does
# the measuring). Usage: tools/metodelengder.sh [minimum lines, default 60]
set -euo pipefail
rot="$(cd "$(dirname "$0")/.." && pwd)"
min="${1:-60}"
ut="$(mktemp)"
trap 'rm -f "$ut"' EXIT
METODELENGDER_UT="$ut" nice -n 10 dotnet test "$rot/tests/Utleggstrekk.Kildekode.Tests" -c Release -nologo -v q \
  --filter "FullyQualifiedName~MetodelengdeTests.The_listing_of_src" >/dev/null || true
if [ ! -s "$ut" ]; then
  echo "metodelengder: the test wrote no list (did the build fail?)" >&2
  exit 1
fi
awk -v min="$min" '$1 >= min' "$ut"
echo "--- $(awk '$1 >= 100' "$ut" | wc -l) of 100 lines or more ($(awk '$1 >= 100 && /Lang metode:/' "$ut" | wc -l) excused), $(awk '$1 >= 60' "$ut" | wc -l) of 60 or more, $(wc -l < "$ut") bodies in all"
