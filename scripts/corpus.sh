#!/usr/bin/env bash
# How much real 4D code fourd reads: runs `fourd check` over a corpus of
# public 4D projects and prints the share of their .4dm files it accepts, the
# files it refuses, and the front end's throughput.
#
#   scripts/corpus.sh [CORPUS_DIR]          # default: $FOURD_CORPUS, else /work/corpus
#   scripts/corpus.sh --fetch CORPUS_DIR    # first clone the projects listed in
#                                           # the repos file at their listed commits
#
# The projects are listed in ../shared/data/dev-corpus-repos.tsv (repo, commit,
# files, lines); set REPOS_TSV to use another list. Their code is not part of
# fourd's repository: the corpus lives outside it.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REPOS_TSV=${REPOS_TSV:-$ROOT/../shared/data/dev-corpus-repos.tsv}
FETCH=0
if [[ ${1:-} == --fetch ]]; then
    FETCH=1
    shift
fi
CORPUS=${1:-${FOURD_CORPUS:-/work/corpus}}

if ((FETCH)); then
    [[ -f $REPOS_TSV ]] || { echo "corpus.sh: no repository list at $REPOS_TSV" >&2; exit 2; }
    mkdir -p "$CORPUS"
    tail -n +2 "$REPOS_TSV" | while IFS=$'\t' read -r repo commit _; do
        dir=$CORPUS/${repo/\//+}
        [[ -d $dir ]] && continue
        echo "fetching $repo@${commit:0:10}"
        git init -q "$dir"
        git -C "$dir" fetch -q --depth 1 "https://github.com/$repo" "$commit" &&
            git -C "$dir" checkout -q FETCH_HEAD ||
            echo "corpus.sh: could not fetch $repo" >&2
    done
fi

[[ -d $CORPUS ]] || { echo "corpus.sh: no corpus at $CORPUS (use --fetch DIR)" >&2; exit 2; }
cargo build --release --quiet --manifest-path "$ROOT/Cargo.toml"
FOURD=${CARGO_TARGET_DIR:-$ROOT/target}/release/fourd

total=$(find "$CORPUS" -name '*.4dm' -not -path '*/.git/*' | wc -l)
echo "corpus: $CORPUS ($total .4dm files)"
# Files with errors, one per line (JSON diagnostics carry the file).
bad=$("$FOURD" check --json "$CORPUS" 2>/dev/null |
    python3 -c '
import json, sys
files = set()
for line in sys.stdin:
    line = line.strip()
    if not line.startswith("{"):
        continue
    d = json.loads(line)
    if d.get("severity") == "error":
        files.add(d.get("file"))
for f in sorted(files):
    print(f)
') || true
nbad=$(printf '%s' "$bad" | grep -c . || true)
python3 -c "t=$total; b=$nbad; print(f'accepted: {t-b} of {t} files ({(t-b)/t*100:.2f} %)')"
if ((nbad)); then
    echo "refused:"
    printf '%s\n' "$bad" | sed 's/^/  /'
fi
echo "front end (parse + check), one core and all cores:"
for jobs in -j1 ""; do
    "$FOURD" check --quiet --stats $jobs "$CORPUS" 2>&1 >/dev/null | grep '^front end' | sed 's/^/  /' || true
done
