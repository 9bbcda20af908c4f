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
from collections.abc import Callable
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


def phases(path: Path, count: int = 3000) -> list[tuple[str, float]]:
    """µs of process time per document for each step of ``pelayanan validate``, best of 3.

    Each step adds one stage to the one before, on the first ``count`` lines, as the command line
    runs them (the private functions it calls): ``json.loads``; the same with the input limits
    checked; the typed model built; the rules run; and the whole ``check_text``.
    """
    import datetime as dt  # noqa: PLC0415  (only this breakdown needs them)

    from pelayanan.io._sources import Text, parse_text  # noqa: PLC0415
    from pelayanan.io.documents import _parse_documents  # noqa: PLC0415
    from pelayanan.io.limits import DEFAULT_LIMITS  # noqa: PLC0415
    from pelayanan.rules.stream import check_text  # noqa: PLC0415
    from pelayanan.rules.validation import Validator  # noqa: PLC0415

    with path.open("rb") as handle:
        lines = [line for _, line in zip(range(count), handle, strict=False)]
    validator = Validator(as_of=dt.date(2024, 6, 1))
    limits = DEFAULT_LIMITS

    def loads() -> None:
        for line in lines:
            json.loads(line)

    def limited() -> None:
        for line in lines:
            parse_text(Text("x", line), limits)

    def built() -> None:
        for line in lines:
            source = parse_text(Text("x", line), limits)
            for _ in _parse_documents(source.data, limits, checked=source.checked):
                pass

    def checked() -> None:
        for line in lines:
            source = parse_text(Text("x", line), limits)
            for parsed in _parse_documents(source.data, limits, checked=source.checked):
                validator.check(parsed, "x")

    def whole() -> None:
        for line in lines:
            check_text(validator, limits, Text("x", line))

    steps = [
        ("json.loads", loads),
        ("+ input limits", limited),
        ("+ typed model", built),
        ("+ rules", checked),
        ("+ reports, summaries", whole),
    ]
    whole()  # warm the caches and the rule registry
    results = []
    for name, step in steps:
        best = min(_process_seconds(step) for _ in range(3))
        results.append((name, best / len(lines) * 1e6))
    return results


def _floor(steps: list[tuple[str, float]], ratio: float) -> None:
    """Print what the one-process ratio would be if the rules cost nothing, and their budget.

    The rules' share of a document's time is taken from the breakdown; the rest (reading, limits,
    typed model, reports) is the floor no rule can go below while the typed model is kept.
    """
    timings = dict(steps)
    whole = timings["+ reports, summaries"]
    rules = timings["+ rules"] - timings["+ typed model"]
    if whole <= 0 or rules <= 0:
        return
    floor = ratio * (whole - rules) / whole
    budget = 4.0 / ratio * whole - (whole - rules)
    print(f"one process if the rules cost nothing: ratio {floor:5.2f}")
    print(
        f"time the rules may take for ratio 4.00: {budget:6.1f} µs per document (now {rules:.1f})"
    )


def _process_seconds(step: Callable[[], None]) -> float:
    start = time.process_time()
    step()
    return time.process_time() - start


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
        print("where a standard's time goes (µs of process time per document, first 3,000):")
        previous = 0.0
        steps = phases(big, min(n, 3000))
        for name, micros in steps:
            print(f"  {name:<22}: {micros:6.1f}  (this step {micros - previous:6.1f})")
            previous = micros
        _floor(steps, serial / parse)
        print("peak memory while validating (tracemalloc, one process), by number of records:")
        for count in (n // 10, n // 2, n):
            sample = Path(tmp) / f"sample-{count}.jsonl"
            write_records(sample, count)
            print(f"  {count:>7} records: {peak_memory(sample) / 1e6:6.2f} MB")


if __name__ == "__main__":
    main_()
