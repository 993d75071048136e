#!/usr/bin/env bash
# Mutation testing of the engine, one folder at a time, with the local dotnet-stryker (.config/dotnet-tools.json).
#
#   tools/mutasjon.sh Renter        # one folder of src/Utleggstrekk.Engine
#   tools/mutasjon.sh alle          # every folder, one after the other
#
# Not part of .ci/run: on two cores one folder takes from minutes to an hour. Runs with --concurrency 1 (set
# STRYKER_CONCURRENCY to change it). Reports land in StrykerOutput/<folder>/ (HTML and JSON); the score of each
# folder is printed at the end and belongs in docs/kvalitet.md with the date of the run.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

motor=src/Utleggstrekk.Engine
if [ $# -ne 1 ]; then
  echo "bruk: tools/mutasjon.sh <mappe under $motor | alle>" >&2
  exit 2
fi

if [ "$1" = alle ]; then
  mapper=$(find "$motor" -mindepth 1 -maxdepth 1 -type d ! -name bin ! -name obj -printf '%f\n' | sort)
else
  if [ ! -d "$motor/$1" ]; then
    echo "ukjent mappe: $motor/$1" >&2
    exit 2
  fi
  mapper=$1
fi

dotnet tool restore >/dev/null
resultater=()
for mappe in $mapper; do
  ut="$PWD/StrykerOutput/$mappe"
  echo "== Stryker: $motor/$mappe"
  mkdir -p StrykerOutput
  logg="$PWD/StrykerOutput/$mappe.log"
  (cd tests/Utleggstrekk.Engine.Tests && dotnet dotnet-stryker \
    --project Utleggstrekk.Engine.csproj \
    --mutate "**/$mappe/**/*.cs" \
    --concurrency "${STRYKER_CONCURRENCY:-1}" \
    --configuration Release \
    --reporter html --reporter json --reporter progress \
    --output "$ut" \
    --break-at 0) | tee "$logg"
  rapport=$(find "$ut" -name 'mutation-report.json' | head -n 1)
  if [ -n "$rapport" ]; then
    poeng=$(python3 - "$rapport" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
status = [m["status"] for f in r["files"].values() for m in f["mutants"]]
drept = sum(s in ("Killed", "Timeout") for s in status)
overlevd = sum(s in ("Survived", "NoCoverage") for s in status)
print(f"{100 * drept / max(drept + overlevd, 1):.1f} % ({drept} drept, {overlevd} overlevd, {len(status)} mutanter)")
PY
)
    # A method whose mutant does not compile is set aside whole (Stryker's "safe mode"), and a test that fails before
    # any mutant runs weakens every result: both are easy to miss in the log, so they go with the score.
    satteBort=$(grep -o 'remove all mutations in [A-Za-z0-9_]*' "$logg" | sed 's/remove all mutations in //' | sort -u | paste -sd, - || true)
    if [ -n "$satteBort" ]; then
      poeng+=" — safe mode, ikke testet: $satteBort"
    fi
    if grep -q 'tests are failing' "$logg"; then
      poeng+=" — advarsel: $(grep -o '[0-9]* tests are failing' "$logg" | head -n 1) i første testkjøring"
    fi
    resultater+=("$mappe: $poeng")
  fi
done

echo
echo "== Mutasjonspoeng $(date -u +%Y-%m-%d)"
printf '%s\n' "${resultater[@]}"
