"""Benchmark: how long the command line and the import take to start, against a bare interpreter.

Targets (issue 17), each a ratio to ``python -c pass`` measured in the same run:
``pelayanan --version`` and ``pelayanan rules --format json`` within 6x, and
``python -c "import pelayanan"`` within 10x.

Run: ``python benchmarks/startup.py [--repeat R]``. Each command runs R times in a fresh process;
the best time counts (the least disturbed by the rest of the machine). It prints its figures;
nothing here is a pass/fail unit test.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

TARGETS = {
    "pelayanan --version": 6.0,
    "pelayanan rules --format json": 6.0,
    'python -c "import pelayanan"': 10.0,
}


def best(argv: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return min(times)


def run() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    python = sys.executable
    base = best([python, "-c", "pass"], args.repeat)
    commands = {
        "pelayanan --version": [python, "-m", "pelayanan", "--version"],
        "pelayanan rules --format json": [python, "-m", "pelayanan", "rules", "--format", "json"],
        'python -c "import pelayanan"': [python, "-c", "import pelayanan"],
    }
    print(f"best of {args.repeat} runs each")
    print(f"{'python -c pass (baseline)':<34}{base * 1000:8.1f} ms   ratio  1.00")
    for name, argv in commands.items():
        took = best(argv, args.repeat)
        ratio = took / base
        verdict = "ok" if ratio <= TARGETS[name] else f"over the target of {TARGETS[name]:.0f}x"
        print(f"{name:<34}{took * 1000:8.1f} ms   ratio {ratio:5.2f}  {verdict}")


if __name__ == "__main__":
    run()
