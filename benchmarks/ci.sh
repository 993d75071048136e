#!/usr/bin/env bash
# The benchmark gate: runs every benchmark class with a short in-process job and fails when an engine row allocates or
# is less than 10x faster than its reference (see docs/ytelse.md, "The CI gate"). JSON and Markdown reports go to
# BenchmarkDotNet.Artifacts/ci (or the folder given as the first argument).
set -euo pipefail
cd "$(dirname "$0")/.."
artefakter=${1:-BenchmarkDotNet.Artifacts/ci}
dotnet run -c Release --project benchmarks/Utleggstrekk.Benchmarks -- --ci --artefakter "$artefakter"
