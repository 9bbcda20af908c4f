"""Benchmark: validating a JSON Lines file of service standards against merely parsing it.

Targets (issue 3): validating 20,000 standards takes at most 4 times as long as parsing the same
file with ``json.loads`` in the same run, and peak memory does not grow with the number of records
(the file is streamed).

Run: ``python benchmarks/validate_jsonl.py [--records N] [--repeat R]``. It prints its figures;
nothing here is a pass/fail unit test.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import json
import os
import tempfile
import time
import tracemalloc
from pathlib import Path

from pelayanan.cli import main

EXAMPLE = Path(__file__).resolve().parent.parent / "examples/dinas-sosial-kota-jambi/sp-dtks.json"


def write_records(path: Path, count: int) -> int:
    """Write ``count`` distinct standards, one per line; return the file size in bytes."""
    base = json.loads(EXAMPLE.read_text("utf-8"))
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            base["id"] = f"sp-{n:06d}"
            base["service_id"] = f"layanan-{n:06d}"
            base["title"] = f"Standar Pelayanan nomor {n}"
            out.write(json.dumps(base, ensure_ascii=False))
            out.write("\n")
    return path.stat().st_size


def parse_only(path: Path) -> float:
    """Seconds to read the file and json.loads every line (the baseline)."""
    start = time.perf_counter()
    with path.open("rb") as handle:
        for line in handle:
            json.loads(line)
    return time.perf_counter() - start


def validate(path: Path, jobs: int = 0) -> tuple[float, int]:
    """Seconds to run ``pelayanan validate`` on the file in this process, and its exit code."""
    sink = io.StringIO()
    start = time.perf_counter()
    with contextlib.redirect_stdout(sink):
        status = main(["validate", "--as-of", "2024-06-01", "--jobs", str(jobs), str(path)])
    return time.perf_counter() - start, status


def peak_memory(path: Path) -> int:
    """Peak bytes allocated by Python while validating the file in one process (tracemalloc)."""
    gc.collect()
    tracemalloc.start()
    with contextlib.redirect_stdout(io.StringIO()):
        main(["validate", "--as-of", "2024-06-01", "--jobs", "1", str(path)])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def main_() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3, help="timing runs; the best is kept")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "standards.jsonl"
        size = write_records(big, args.records)
        print(f"{args.records} standards, {size / 1e6:.1f} MB of JSON Lines, {os.cpu_count()} CPUs")
        parse_times, serial_times, default_times = [], [], []
        status = 0
        for _ in range(args.repeat):
            parse_times.append(parse_only(big))
            serial_times.append(validate(big, jobs=1)[0])
            elapsed, status = validate(big)
            default_times.append(elapsed)
        parse, serial, default = min(parse_times), min(serial_times), min(default_times)
        n = args.records
        print(f"json.loads only           : {parse:7.3f} s  {n / parse:9.0f} records/s")
        print(
            f"validate, one process     : {serial:7.3f} s  {n / serial:9.0f} records/s"
            f"  ratio {serial / parse:5.2f}"
        )
        print(
            f"validate, default workers : {default:7.3f} s  {n / default:9.0f} records/s"
            f"  ratio {default / parse:5.2f}  (target: at most 4.00; exit code {status})"
        )
        print("peak memory while validating (tracemalloc, one process), by number of records:")
        for count in (n // 10, n // 2, n):
            sample = Path(tmp) / f"sample-{count}.jsonl"
            write_records(sample, count)
            print(f"  {count:>7} records: {peak_memory(sample) / 1e6:6.2f} MB")


if __name__ == "__main__":
    main_()
