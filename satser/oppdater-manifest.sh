#!/bin/sh
# Recomputes the sha256 column of manifest.csv from the bytes of each table file listed in it.
# The tabell, fil and versjon columns are kept as they are: edit the versjon label by hand when figures change.
# Usage: satser/oppdater-manifest.sh [DIR]   (DIR defaults to the directory of this script)
set -eu
dir=${1:-$(dirname "$0")}
cd "$dir"
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
head -n 1 manifest.csv > "$tmp"
tail -n +2 manifest.csv | while IFS=, read -r tabell fil versjon _; do
  printf '%s,%s,%s,%s\n' "$tabell" "$fil" "$versjon" "$(sha256sum "$fil" | cut -d ' ' -f 1)"
done >> "$tmp"
cat "$tmp" > manifest.csv
