#!/usr/bin/env bash
# fuzz.sh -- run fourd's fuzzer for a while: random (mostly valid) 4D programs and
# mutated real files through the lexer, parser, checker and interpreter.
#
# Usage: scripts/fuzz.sh [SECONDS] [CORPUS_DIR]
#   SECONDS     how long to run (default 60)
#   CORPUS_DIR  .4dm files to mutate (optional; e.g. the public projects of
#               ../shared/data/dev-corpus-repos.tsv, fetched outside the repo)
# Environment: FUZZ_SEED (default: the current time), FUZZ_OUT (default target/fuzz).
# Findings: FUZZ_OUT/panic-N.4dm (panics), FUZZ_OUT/current.4dm (the input that
# was running when the process died or hung). Exit status 1 when something was found.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
corpus=${2:-}
seed=${FUZZ_SEED:-$(date +%s)}
out=${FUZZ_OUT:-target/fuzz}
cargo build --release --quiet --bin fourd-fuzz
args=(--seconds "$seconds" --seed "$seed" --out "$out")
[[ -n $corpus ]] && args+=(--corpus "$corpus")
status=0
"${CARGO_TARGET_DIR:-target}"/release/fourd-fuzz "${args[@]}" || status=$?
if (( status > 1 )); then
    echo "fuzz.sh: fourd-fuzz died (status $status): the input is in $out/current.4dm" >&2
fi
exit "$status"
