#!/bin/sh
# Load test for `utleggstrekk portefolje omregn` (SPEC §12: 1 000 000 NDJSON lines in ≤ 15 s on the 2-core machine,
# constant memory). Writes N input lines (default 1 000 000) with varied households, then times the run with
# /usr/bin/time -v (wall clock and maximum resident set size). Run on a quiet machine; see docs/ytelse.md.
#
# Usage: tools/omregn-last.sh [N] [DIR]     (DIR defaults to a new directory under /tmp)
#        tools/omregn-last.sh 10000          (a small smoke run)
set -eu
n=${1:-1000000}
dir=${2:-$(mktemp -d /tmp/omregn-last.XXXXXX)}
rot=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$dir"
inn="$dir/trekk.ndjson"

# Deterministic variety: single and couple, 0-3 children of different ages, some samvær children (these lines are
# refused after 2025-06-30, as they must be), a few bad lines; awk only, so nothing else is needed.
awk -v n="$n" 'BEGIN {
  for (i = 0; i < n; i++) {
    brutto = 25000 + (i * 7919) % 60000
    forskudd = int(brutto * (20 + i % 15) / 100)
    bolig = 4000 + (i * 104729) % 12000
    par = (i % 3 == 0)
    barn = ""
    for (b = 0; b < i % 4; b++) barn = barn (b ? ", " : "") "{ \"foedselsdato\": \"" (2008 + (i + 5 * b) % 17) "-0" (1 + b) "-15\" }"
    samvaer = (i % 50 == 7) ? "{ \"foedselsdato\": \"2016-06-01\", \"samvaersklasse\": 2 }" : ""
    husstand = par ? "\"sivilstand\": \"gift\", \"partnerNettoPerMaaned\": " (15000 + i % 20000) : "\"sivilstand\": \"enslig\""
    gjeldende = 1000 + (i * 31) % 15000
    if (i % 997 == 500) { printf "{ \"id\": \"t%d\", \"gjeldendeTrekk\": \"feil\", \"sak\": {} }\n", i; continue }
    printf "{ \"id\": \"t%d\", \"gjeldendeTrekk\": %d, \"sak\": { \"beregningsdato\": \"2025-01-01\", \"skyldner\": { \"bruttoPerMaaned\": %d, \"forskuddstrekkPerMaaned\": %d }, \"husstand\": { %s, \"barn\": [%s], \"samvaersbarn\": [%s] }, \"utgifter\": { \"boutgift\": %d } } }\n", i, gjeldende, brutto, forskudd, husstand, barn, samvaer, bolig
  }
}' > "$inn"
echo "Skrev $n linjer til $inn ($(du -h "$inn" | cut -f1))." >&2

dotnet build "$rot/src/Utleggstrekk.Cli" -c Release -nologo -v q >/dev/null
cli="$rot/src/Utleggstrekk.Cli/bin/Release/net10.0/utleggstrekk.dll"
/usr/bin/time -v dotnet "$cli" portefolje omregn "$inn" --dato 2025-07-01 > "$dir/ut.ndjson" 2> "$dir/tid.txt" || true
grep -E "Omregnet|Elapsed \(wall clock\)|Maximum resident set size" "$dir/tid.txt"
echo "Utdata: $dir/ut.ndjson ($(wc -l < "$dir/ut.ndjson") linjer)." >&2
