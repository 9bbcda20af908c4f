"""Benchmark: `pelayanan ikm` on a large survey CSV against merely reading it with csv.reader.

Target (issue 17): on a CSV of 1,000,000 answers rows the command takes at most 3 times as long as
reading the same file with ``csv.reader`` in the same run, and its peak memory does not grow with
the number of rows (the file is streamed and tallied, see
``pelayanan.participation.surveys.scan_survey_csv``).

Run: ``python benchmarks/ikm_csv.py [--rows N] [--repeat R]``. It prints its figures; nothing here
is a pass/fail unit test.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import random
import tempfile
import time
import tracemalloc
from pathlib import Path

from pelayanan.cli import main

HEADER = "Nama,Umur,U1,U2,U3,U4,U5,U6,U7,U8,U9"


def write_csv(path: Path, rows: int, bad_every: int) -> int:
    """``rows`` respondents answering 2 to 4, with a 5 in every ``bad_every``-th row."""
    rng = random.Random(25)  # seeded: the same file every run
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(HEADER + "\n")
        for n in range(rows):
            answers = [str(rng.choice((2, 3, 3, 4, 4, 4))) for _ in range(9)]
            if bad_every and n % bad_every == bad_every - 1:
                answers[2] = "5"
            out.write(f"Responden {n},{20 + n % 50}," + ",".join(answers) + "\n")
    return path.stat().st_size


def read_only(path: Path) -> float:
    start = time.perf_counter()
    with path.open(newline="", encoding="utf-8-sig") as stream:
        for _ in csv.reader(stream):
            pass
    return time.perf_counter() - start


def command(path: Path) -> float:
    sink = io.StringIO()
    start = time.perf_counter()
    with contextlib.redirect_stdout(sink):
        main(["ikm", str(path), "--format", "json"])
    return time.perf_counter() - start


def peak_memory(path: Path) -> float:
    """Peak traced memory (MB) of the command on ``path``."""
    tracemalloc.start()
    with contextlib.redirect_stdout(io.StringIO()):
        main(["ikm", str(path), "--format", "json"])
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def run() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--bad-every", type=int, default=1000, help="a bad answer every N rows")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "skm.csv"
        size = write_csv(path, args.rows, args.bad_every)
        base = min(read_only(path) for _ in range(args.repeat))
        ours = min(command(path) for _ in range(args.repeat))
        print(f"{args.rows:,} rows, {size / 1e6:.1f} MB, best of {args.repeat}")
        print(f"{'csv.reader only (baseline)':<34}{base:8.3f} s   ratio 1.00")
        print(f"{'pelayanan ikm --format json':<34}{ours:8.3f} s   ratio {ours / base:.2f}")
        small = Path(folder) / "small.csv"
        for count in (args.rows // 100, args.rows // 10, args.rows):
            write_csv(small, count, args.bad_every)
            print(f"peak memory at {count:>9,} rows: {peak_memory(small):6.2f} MB")


if __name__ == "__main__":
    run()
