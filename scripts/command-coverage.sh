#!/usr/bin/env bash
# How much of the language commands real 4D code calls fourd implements
# (issue 16): counts the call sites of every command of the language themes
# over a corpus of 4D projects and prints the share that `fourd commands`
# lists, then the most used commands still missing.
#
#   scripts/command-coverage.sh [CORPUS_DIR] [MIN_FILES]
#       CORPUS_DIR  default: $FOURD_CORPUS, else /work/corpus (see scripts/corpus.sh --fetch)
#       MIN_FILES   list the missing commands used in at least this many files (default 50)
#
# A call site is a `Name:Cnnn` token (the form 4D writes in project methods)
# or, in code typed without tokens, a command's name standing alone
# (not part of an identifier, a `$local` or a `.member`); comments and
# string literals are skipped. Command names, numbers and themes come from
# ../shared/data/commands.tsv (COMMANDS_TSV to change it).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
COMMANDS_TSV=${COMMANDS_TSV:-$ROOT/../shared/data/commands.tsv}
[[ -f $COMMANDS_TSV ]] || COMMANDS_TSV=$ROOT/src/names/commands.tsv
CORPUS=${1:-${FOURD_CORPUS:-/work/corpus}}
MIN_FILES=${2:-50}
[[ -d $CORPUS ]] || { echo "command-coverage.sh: no corpus at $CORPUS" >&2; exit 2; }

cargo build --quiet --manifest-path "$ROOT/Cargo.toml" --bin fourd
FOURD=${CARGO_TARGET_DIR:-$ROOT/target}/debug/fourd
IMPLEMENTED=$(mktemp)
trap 'rm -f "$IMPLEMENTED"' EXIT
"$FOURD" commands --json >"$IMPLEMENTED"

python3 - "$COMMANDS_TSV" "$IMPLEMENTED" "$CORPUS" "$MIN_FILES" <<'PY'
import json, os, re, sys
from collections import Counter, defaultdict

tsv, implemented_json, corpus, min_files = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
# The themes issue 16 asks for: the language, without database or screen.
THEMES = {
    "String", "Math", "Date and Time", "Arrays", "Objects (Language)", "Collections", "JSON",
    "Language", "Variables", "Formulas", "Tools", "Interruptions", "BLOB", "Data Security",
    "4D Environment", "System Environment", "Processes", "Process (Communications)",
    "System Documents", "File and Folder", "Boolean",
}
by_number, by_name = {}, {}
with open(tsv, encoding="utf-8") as f:
    next(f)
    for line in f:
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 4 or not parts[0].isdigit():
            continue
        number, name, theme = int(parts[0]), parts[1], parts[3]
        by_number[number] = (name, theme)
        by_name[name.lower()] = number
implemented = {c["number"] for c in json.load(open(implemented_json)) if c.get("number")}

# Names longest first, so "Find in sorted array" wins over "Find in array".
names = sorted(by_name, key=len, reverse=True)
plain = re.compile(r"(?<![\w$.:])(" + "|".join(re.escape(n) for n in names) + r")(?![\w:])", re.I)
token = re.compile(r":C(\d+)\b")
comment_or_string = re.compile(r'//[^\n]*|/\*.*?\*/|"(?:[^"\\\n]|\\.)*"', re.S)

sites, files = Counter(), defaultdict(set)
for dirpath, dirnames, filenames in os.walk(corpus):
    dirnames[:] = [d for d in dirnames if d != ".git"]
    for fn in filenames:
        if not fn.endswith(".4dm"):
            continue
        path = os.path.join(dirpath, fn)
        try:
            text = open(path, encoding="utf-8", errors="replace").read()
        except OSError:
            continue
        code = comment_or_string.sub(" ", text)
        found = [int(m.group(1)) for m in token.finditer(code)]
        found += [by_name[m.group(1).lower()] for m in plain.finditer(token.sub(" ", code))]
        for number in found:
            if number in by_number and by_number[number][1] in THEMES:
                sites[number] += 1
                files[number].add(path)

total = sum(sites.values())
done = sum(n for c, n in sites.items() if c in implemented)
print(f"corpus: {corpus}")
print(f"call sites of the language themes: {total}; implemented: {done} ({done / max(total, 1) * 100:.2f} %)")
print(f"commands of these themes used: {len(sites)}; implemented: {sum(1 for c in sites if c in implemented)}")
wide = [c for c in sites if len(files[c]) >= min_files]
print(f"used in >= {min_files} files: {len(wide)}; missing: {sum(1 for c in wide if c not in implemented)}")
missing = sorted((c for c in sites if c not in implemented), key=lambda c: (-len(files[c]), -sites[c]))
print("missing, most used first (files, call sites, number, name, theme):")
for c in missing:
    if len(files[c]) < min(min_files, 5) and c not in wide:
        break
    name, theme = by_number[c]
    mark = "*" if len(files[c]) >= min_files else " "
    print(f" {mark}{len(files[c]):5} {sites[c]:6}  {c:5}  {name}  ({theme})")
PY
