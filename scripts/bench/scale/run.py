#!/usr/bin/env python3
"""Growth benchmark (issue 21): each everyday operation at n, 2n and 4n, in 4D
(fourd) and in its CPython twin, with the time of each run and the growth
exponent log2(t(4n) / t(2n)): ~1 is linear, ~2 quadratic.

    scripts/bench/scale/run.py                  # every operation
    scripts/bench/scale/run.py dict chars       # some of them
    SCALE=0.5 scripts/bench/scale/run.py        # every n halved

Settings (environment): FOURD (default "<repo>/target/release/fourd run"),
PYTHON (default python3), SCALE (multiplies every n), SCALE_TIMEOUT (seconds
per run, default 120; a slower run reads "> T"). Each program prints a
checksum; a 4D run whose output differs from CPython's reads MISMATCH. Times
are wall-clock of one process each, start-up included: not a test, and noisy
on a loaded machine (give `uptime` with the figures).
"""
import math
import os
import shlex
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))

# name: (n, what it measures)
OPERATIONS = {
    "dict": (50_000, '$o["k"+String($i)]:=$i, then each read back'),
    "chars": (100_000, '$t[[$i]] over a text of "é"'),
    "substr": (100_000, 'Substring($t;$i;1) over a text of "é"'),
    "position": (100_000, 'Position("x";$t) missing, 200 times, text of "é"'),
    "concat": (20_000, '$t:=$t+"{\\"id\\":"+String($i)+"}"'),
    "append": (200_000, '$t:=$t+"ab"'),
    "push": (200_000, "$c.push($i), then summed"),
    "array": (200_000, "APPEND TO ARRAY, then summed"),
    "orderby": (100_000, '$c.orderBy("v asc") on objects'),
    "filter": (100_000, '$c.filter(Formula($1.value.v<$2)) on objects'),
    "jsontext": (50_000, "JSON Stringify then JSON Parse, n objects"),
    "split": (100_000, "Split string, n words"),
    "replace": (100_000, 'Replace string("ab";"x") in a text of "éab"'),
}
FACTORS = (1, 2, 4)


def run(cmd, timeout):
    """(seconds, stdout) of one run, or (None, reason)."""
    start = time.perf_counter()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, f"> {timeout:g}"
    elapsed = time.perf_counter() - start
    if p.returncode != 0:
        return None, "ERROR"
    return elapsed, p.stdout.strip()


def exponent(times):
    if None in times[-2:] or min(times[-2:]) <= 0:
        return "—"
    return f"{math.log2(times[-1] / times[-2]):.2f}"


def cell(t, why):
    return f"{t:.3f}" if t is not None else why


def main():
    fourd = shlex.split(os.environ.get("FOURD", f"{ROOT}/target/release/fourd run"))
    python = shlex.split(os.environ.get("PYTHON", "python3"))
    scale = float(os.environ.get("SCALE", "1"))
    timeout = float(os.environ.get("SCALE_TIMEOUT", "120"))
    names = sys.argv[1:] or list(OPERATIONS)
    unknown = [n for n in names if n not in OPERATIONS]
    if unknown:
        sys.exit(f"run.py: unknown operation(s) {', '.join(unknown)}; known: {', '.join(OPERATIONS)}")
    print("| operation | what (4D) | n | fourd s (n / 2n / 4n) | growth | CPython s (n / 2n / 4n) | growth | fourd/CPython at 4n |")
    print("|---|---|---|---|---|---|---|---|")
    failed = False
    for name in names:
        base, what = OPERATIONS[name]
        base = max(1, int(base * scale))
        sizes = [base * f for f in FACTORS]
        four, py = [], []
        four_cells, py_cells = [], []
        for n in sizes:
            tp, out_p = run(python + [os.path.join(HERE, "python", f"{name}.py"), str(n)], timeout)
            tf, out_f = run(fourd + [os.path.join(HERE, "4d", f"{name}.4dm"), "--", str(n)], timeout)
            if tf is not None and tp is not None and out_f != out_p:
                tf, out_f = None, "MISMATCH"
            if tf is None:
                failed = failed or out_f in ("ERROR", "MISMATCH")
            four.append(tf)
            py.append(tp)
            four_cells.append(cell(tf, out_f))
            py_cells.append(cell(tp, out_p))
        ratio = f"{four[-1] / py[-1]:.2f}" if four[-1] and py[-1] else "—"
        sizes_text = " / ".join(f"{n // 1000}k" if n % 1000 == 0 else str(n) for n in sizes)
        print(
            f"| {name} | {what} | {sizes_text} | {' / '.join(four_cells)} | {exponent(four)} "
            f"| {' / '.join(py_cells)} | {exponent(py)} | {ratio} |",
            flush=True,
        )
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
