#!/usr/bin/env bash
# The interpreter's core benchmark: run it before and after a change to
# src/eval, src/builtins or the allocator, and compare.
#
# It runs the programs of scripts/bench-core/ (the benchmarks of
# scripts/bench/ at a tenth of their size, and classes_call/classes_method: the
# same body as a class function and as a project method, whose instruction
# counts less startup's give the cost of a class call) and prints, for each, its checksum
# check and the instructions it executed (valgrind's callgrind). Instruction
# counts do not move with the machine's load, so two runs on a busy machine
# still compare; wall-clock times with peers are scripts/bench/run.sh's job.
#
#   scripts/bench-core.sh                    # table of instruction counts
#   scripts/bench-core.sh --save before      # ... and keep them as "before"
#   scripts/bench-core.sh --compare before   # ... and the ratio to "before"
#
# Without valgrind it falls back to hyperfine wall-clock means (noisier).
# Saved runs live in target/bench-core/NAME.tsv.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CORE=$ROOT/scripts/bench-core
OUT_DIR=$ROOT/target/bench-core
SAVE="" COMPARE=""
while (($#)); do
    case $1 in
        --save) SAVE=${2:?--save needs a name}; shift 2 ;;
        --compare) COMPARE=${2:?--compare needs a name}; shift 2 ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) echo "bench-core.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
done

cargo build --release --quiet --manifest-path "$ROOT/Cargo.toml"
FOURD=${CARGO_TARGET_DIR:-$ROOT/target}/release/fourd

if command -v valgrind >/dev/null; then
    UNIT="instructions"
    measure() {
        valgrind --tool=callgrind --callgrind-out-file=/dev/null "$FOURD" run "$1" 2>&1 >/dev/null |
            awk '/Collected :/ {print $4}'
    }
elif command -v hyperfine >/dev/null; then
    UNIT="ms"
    measure() {
        local json
        json=$(mktemp)
        hyperfine -N -w 2 -r 10 --export-json "$json" "$FOURD run $1" >/dev/null
        python3 -c 'import json,sys; print(round(json.load(open(sys.argv[1]))["results"][0]["mean"]*1000, 2))' "$json"
        rm -f "$json"
    }
else
    echo "bench-core.sh: needs valgrind (apt-get install -y valgrind) or hyperfine" >&2
    exit 2
fi

declare -A BASE
if [[ -n $COMPARE ]]; then
    [[ -f $OUT_DIR/$COMPARE.tsv ]] || { echo "bench-core.sh: no saved run '$COMPARE'" >&2; exit 2; }
    while IFS=$'\t' read -r name value unit; do
        [[ $unit == "$UNIT" ]] && BASE[$name]=$value
    done <"$OUT_DIR/$COMPARE.tsv"
fi

# The empty program measures start-up alone.
EMPTY=$(mktemp -d)
trap 'rm -rf "$EMPTY"' EXIT
printf '//%%attributes = {}\n' >"$EMPTY/main.4dm"

rows=()
failed=0
printf '%-11s %-6s %15s %9s\n' benchmark output "$UNIT" "ratio"
for dir in "$EMPTY" "$CORE"/*/; do
    dir=${dir%/}
    name=$(basename "$dir")
    [[ $dir == "$EMPTY" ]] && name=startup
    expected=""
    [[ -f $dir/expected.out ]] && expected=$(cat "$dir/expected.out")
    actual=$("$FOURD" run "$dir" 2>&1) || true
    check="ok"
    if [[ -n $expected && $actual != "$expected" ]]; then
        check="WRONG"
        failed=1
    fi
    value=$(measure "$dir")
    ratio=""
    [[ -n ${BASE[$name]:-} ]] && ratio=$(python3 -c "print(f'{$value/${BASE[$name]}:.3f}')")
    printf '%-11s %-6s %15s %9s\n' "$name" "$check" "$value" "$ratio"
    rows+=("$name"$'\t'"$value"$'\t'"$UNIT")
done

if [[ -n $SAVE ]]; then
    mkdir -p "$OUT_DIR"
    printf '%s\n' "${rows[@]}" >"$OUT_DIR/$SAVE.tsv"
    echo "saved as $OUT_DIR/$SAVE.tsv"
fi
exit $failed
