"""The twin of examples/datastore_bench.rs: the same 1,000,000 rows in an in-memory
SQLite database (Python's built-in sqlite3), the same indexes and the same query steps,
printing the same checksums. Usage: python3 sqlite_twin.py [N]"""

import datetime
import sqlite3
import sys
import time

FIRST = ["John", "Jane", "Joe", "Anna", "Mark", "Lucy", "Paul", "Nina"]
CITIES = ["Paris", "Lyon", "Nantes", "Lille", "Nice", "Brest", "Dijon", "Metz", "Tours", "Caen"]
MOD = 1_000_000_007


def checksum(ids):
    acc = 0
    for i, row_id in enumerate(ids):
        acc = (acc + (i + 1) * row_id % MOD) % MOD
    return acc


def step(name, start, value):
    print(f"{name:<14} {(time.perf_counter() - start) * 1000:>9.1f} ms  {value}")


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    total = time.perf_counter()
    t = time.perf_counter()
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE TABLE emp (id INTEGER NOT NULL UNIQUE, name TEXT NOT NULL, city TEXT NOT NULL,"
        " salary REAL NOT NULL, hired TEXT NOT NULL)"
    )
    db.execute("CREATE INDEX emp_name ON emp(name COLLATE NOCASE)")
    db.execute("CREATE INDEX emp_city ON emp(city)")
    db.execute("CREATE INDEX emp_salary ON emp(salary)")
    base = datetime.date(2000, 1, 1)
    rows = (
        (
            i + 1,
            f"{FIRST[i % 8]}{(i * 7919) % 100_003}",
            CITIES[i % 10],
            float(20_000 + (i * 7919) % 80_000),
            (base + datetime.timedelta(days=(i * 31) % 9_000)).isoformat(),
        )
        for i in range(n)
    )
    db.executemany("INSERT INTO emp VALUES (?, ?, ?, ?, ?)", rows)
    db.commit()
    step("build", t, db.execute("SELECT COUNT(*) FROM emp").fetchone()[0])

    def ids(sql, *args):
        return [r[0] for r in db.execute(sql, args)]

    t = time.perf_counter()
    step("eq-indexed", t, checksum(ids("SELECT id FROM emp WHERE city = ? ORDER BY rowid", "Paris")))

    t = time.perf_counter()
    rng = ids("SELECT id FROM emp WHERE salary >= ? AND salary < ? ORDER BY rowid", 50_000.0, 60_000.0)
    step("range-indexed", t, checksum(rng))

    t = time.perf_counter()
    prefix = ids("SELECT id FROM emp WHERE name LIKE ? ORDER BY rowid", "Jo%")
    step("prefix-indexed", t, checksum(prefix))

    t = time.perf_counter()
    step("unindexed", t, checksum(ids("SELECT id FROM emp WHERE hired > ? ORDER BY rowid", "2020-01-01")))

    t = time.perf_counter()
    step("order-by-2", t, checksum(ids("SELECT id FROM emp ORDER BY city, salary DESC, rowid")))

    t = time.perf_counter()
    rows = db.execute(
        "SELECT name, salary FROM emp WHERE salary >= ? AND salary < ? ORDER BY rowid", (50_000.0, 60_000.0)
    ).fetchall()
    names = [r[0] for r in rows]
    salaries = [r[1] for r in rows]
    step("sel-to-array", t, len(names) + int(sum(salaries)) % MOD)

    t = time.perf_counter()
    coll = [
        {"id": r[0], "name": r[1]}
        for r in db.execute(
            "SELECT id, name FROM emp WHERE city = ? AND salary > ? ORDER BY name COLLATE NOCASE, rowid", ("Lyon", 70_000.0)
        )
    ]
    step("orda-chain", t, checksum([c["id"] for c in coll]) + len(coll))

    t = time.perf_counter()
    step("sum", t, int(db.execute("SELECT SUM(salary) FROM emp").fetchone()[0]))

    step("total", total, 0)


main()
