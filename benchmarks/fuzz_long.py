"""A long fuzzing run: many mutated inputs through every target, counting tracebacks.

The same mutations and targets as ``tests/test_fuzz.py`` (both use ``tests/fuzzing.py``), driven
by a seeded :class:`random.Random` instead of Hypothesis, so that a hundred thousand inputs take
minutes rather than hours. Each input goes to one target, in a fixed mix: ``from_json`` (with the
default and with tight limits), ``validate`` (text and data), the SKM CSV importer, and every CLI
command in this process. An input that breaks the contract (an exception other than LoadError or
SurveyCsvError, a traceback or an exit code other than 0, 1 or 2 from a command, or more than
``--timeout`` seconds) is counted and, with ``--save``, written out to be replayed.

Run: ``python benchmarks/fuzz_long.py [--inputs N] [--seed S] [--workers W] [--save DIR]``.
It prints its figures; nothing here is a pass/fail unit test (the exit code is 1 if any input
broke the contract, so that it can gate a release).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the harness lives with the tests

from tests import fuzzing  # noqa: E402  (after the path is set)

TARGETS = (
    ("from_json", 40),
    ("validate", 35),
    ("csv", 10),
    ("cli", 15),
)
"""Where the inputs go, in parts per hundred."""


class Hang(Exception):  # noqa: N818  (a signal, raised by the alarm)
    """An input took longer than the timeout."""


def _alarm(signum: int, frame: object) -> None:
    raise Hang


def _target(rng: random.Random) -> str:
    pick = rng.randrange(100)
    for name, share in TARGETS:
        if pick < share:
            return name
        pick -= share
    return TARGETS[-1][0]


def run(first: int, count: int, seed: int, timeout: int, save: Path | None) -> dict[str, object]:
    """Fuzz inputs ``first`` to ``first + count - 1`` of the run with ``seed``."""
    base_csv = fuzzing.example_csv()
    commands = sorted(fuzzing.DRIVERS)
    done: Counter[str] = Counter()
    failures: list[str] = []
    slowest = (0.0, "")
    use_alarm = hasattr(signal, "SIGALRM")
    if use_alarm:
        signal.signal(signal.SIGALRM, _alarm)
    with tempfile.TemporaryDirectory() as name:
        workdir = Path(name)
        for number in range(first, first + count):
            rng = random.Random(f"{seed}:{number}")
            choose = rng.randrange
            target = _target(rng)
            label = target
            text = table = ""
            check: Callable[[], None]
            if target == "csv":
                table = fuzzing.fuzzed_csv(choose, base_csv)
                check = partial(fuzzing.check_csv, table)
            else:
                text = fuzzing.fuzzed_text(choose)
                if target == "from_json":
                    check = partial(fuzzing.check_from_json, text)
                elif target == "validate":
                    check = partial(fuzzing.check_validate, text)
                else:
                    command = commands[number % len(commands)]
                    label = f"cli {command}"
                    table = fuzzing.fuzzed_csv(choose, base_csv)
                    document, answers = fuzzing.write_inputs(workdir, text, table)
                    check = partial(fuzzing.check_cli, command, document, answers, choose)
            start = time.perf_counter()  # the target's time, not the making of its input
            try:
                if use_alarm:
                    signal.alarm(timeout)
                check()
            except Exception as exc:  # noqa: BLE001  (every failure is counted, not raised)
                what = "hang" if isinstance(exc, Hang) else fuzzing.describe_failure(exc)
                failures.append(f"#{number} {label}: {what}")
                if save is not None:
                    save.mkdir(parents=True, exist_ok=True)
                    (save / f"{number}.json").write_text(
                        json.dumps(
                            {
                                "seed": seed,
                                "number": number,
                                "target": label,
                                "text": text,
                                "csv": table,
                                "traceback": traceback.format_exc(),
                            },
                            ensure_ascii=True,
                        )
                    )
            finally:
                if use_alarm:
                    signal.alarm(0)
            elapsed = time.perf_counter() - start
            slowest = max(slowest, (elapsed, f"#{number} {label}"))
            done[label.split()[0]] += 1
    return {"done": dict(done), "failures": failures, "slowest": slowest}


def _work(args: tuple[int, int, int, int, str | None]) -> dict[str, object]:
    first, count, seed, timeout, save = args
    return run(first, count, seed, timeout, Path(save) if save else None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=10_000, help="inputs in all (10,000)")
    parser.add_argument("--seed", type=int, default=0, help="the run's seed (0)")
    parser.add_argument("--workers", type=int, default=1, help="processes (1)")
    parser.add_argument("--timeout", type=int, default=20, help="seconds per input (20)")
    parser.add_argument("--save", type=Path, help="write each failing input here")
    args = parser.parse_args()
    share = -(-args.inputs // args.workers)
    chunks = [
        (
            first,
            min(share, args.inputs - first),
            args.seed,
            args.timeout,
            args.save and str(args.save),
        )
        for first in range(0, args.inputs, share)
    ]
    start = time.perf_counter()
    if args.workers > 1:
        with multiprocessing.Pool(args.workers) as pool:
            results = pool.map(_work, chunks)
    else:
        results = [_work(chunk) for chunk in chunks]
    elapsed = time.perf_counter() - start
    done: Counter[str] = Counter()
    failures: list[str] = []
    slowest = (0.0, "")
    for result in results:
        done.update(result["done"])  # type: ignore[arg-type]
        failures.extend(result["failures"])  # type: ignore[arg-type]
        slowest = max(slowest, result["slowest"])  # type: ignore[type-var]
    total = sum(done.values())
    print(f"inputs: {total:,} in {elapsed:,.0f} s (seed {args.seed}, {args.workers} workers)")
    for target, count in sorted(done.items()):
        print(f"  {target:<10} {count:>8,}")
    print(f"slowest input: {slowest[0]:.2f} s ({slowest[1]})")
    print(f"tracebacks and broken contracts: {len(failures)}")
    for line in failures[:50]:
        print(f"  {line}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
