"""Structure-aware fuzzing of the loader, the validator and every command (issue 18).

Inputs are the bundled examples (and, in the tests, generated documents), changed in a few places
each: a value replaced by one from :data:`NASTY` (huge and tiny numbers, dates at the edges of the
calendar, long or broken text, deep nesting), a key removed or misspelt, a list item duplicated,
the text truncated. Every change is chosen through a ``choose(n)`` function, so that the same
code runs under Hypothesis in the tests (deterministic in CI, shrinkable) and from a seeded
:class:`random.Random` in ``benchmarks/fuzz_long.py`` (fast, for long runs).

The contract each target checks is the project's promise: bad input gives a
:class:`~pelayanan.LoadError`, findings, or a one-line error with exit code 1 or 2; never
another exception, never a hang, never a document lost from a batch.
"""

from __future__ import annotations

import contextlib
import copy
import csv
import datetime as dt
import decimal
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Final

from pelayanan import LoadError, from_json, to_dict, to_json, validate
from pelayanan.cli import main
from pelayanan.cli._main import _parser
from pelayanan.io.limits import Limits
from pelayanan.participation.surveys import QUESTIONNAIRES, SurveyCsvError, read_survey_csv

ROOT: Final = Path(__file__).resolve().parent.parent
EXAMPLES: Final = ROOT / "examples"
AS_OF: Final = dt.date(2024, 6, 1)

Choose = Callable[[int], int]
"""Picks a number from 0 to ``n - 1``: Hypothesis in the tests, a seeded Random in long runs."""


class Raw:
    """A number written into the JSON text as it is (``1e5000``), which no Python value can be."""

    def __init__(self, token: str) -> None:
        self.token = token


NASTY: Final[tuple[object, ...]] = (
    None,
    True,
    False,
    0,
    -1,
    1,
    7,
    2**31,
    2**63,
    10**15,
    10**15 + 1,
    -(10**16),
    Raw("1e5000"),
    Raw("1e999999999"),
    Raw("-1e-400"),
    Raw("1" * 5000),
    Raw("1e30"),
    Raw("1e31"),
    Raw("0.1"),
    Raw("5.0"),
    Raw("1E+2"),
    Raw("-0"),
    "",
    " ",
    "-",
    "x" * 300,
    "\ud800",
    "\u0000",
    "é" * 50,
    "9999-12-31",
    "9998-12-31",
    "0001-01-01",
    "2024-02-29",
    "2024-02-30",
    "2024-01-01T00:00:00",
    "2024-01-01T00:00:00+07:00",
    "9998-12-31T23:59:59-12:00",
    "9999-12-31T23:59:59+14:00",
    "0001-01-01T00:00:00+14:00",
    "00:00",
    "23:59",
    "24:00",
    "1e999999999",
    "1e5000",
    "211/60",
    "1/0",
    "NaN",
    "Infinity",
    "uu-25-2009",
    "permenpan-rb-14-2017",
    "UU 25/2009 Pasal 21 huruf j",
    "working_days",
    "established",
    "administrative",
    [],
    {},
    [1, 2, 3],
    {"kind": "service"},
    {"amount": 100000000, "unit": "working_days"},
    {"amount": 5, "unit": "minutes"},
)
"""Values a careless or hostile client sends."""

TIGHT: Final = Limits(
    max_integer=1000,
    max_number_digits=6,
    max_exponent=4,
    max_string_length=40,
    max_depth=6,
    max_list_length=5,
    max_text_bytes=20_000,
    max_duration_amount=50,
    earliest_year=1990,
    latest_year=2100,
)
"""Limits that ordinary documents break, to run the refusal paths too."""


# --- seeds --------------------------------------------------------------------------------------------


def example_documents() -> list[Any]:
    """Every document of the bundled examples, as JSON data, in a fixed order."""
    found: list[Any] = []
    for path in sorted(EXAMPLES.rglob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        found.extend(data if isinstance(data, list) else [data])
    return found


def example_csv() -> str:
    """The bundled SKM answers (CSV)."""
    return next(EXAMPLES.rglob("*.csv")).read_text("utf-8")


SEEDS: Final = example_documents()


# --- mutations ----------------------------------------------------------------------------------------


def _paths(data: object, limit: int = 4000) -> list[tuple[Any, ...]]:
    """Paths of the values in ``data``, breadth first, at most ``limit`` of them."""
    found: list[tuple[Any, ...]] = [()]
    queue: list[tuple[tuple[Any, ...], object]] = [((), data)]
    while queue and len(found) < limit:
        path, value = queue.pop(0)
        children: Iterator[tuple[Any, object]] = (
            iter(value.items())
            if isinstance(value, dict)
            else enumerate(value)
            if isinstance(value, list)
            else iter(())
        )
        for key, child in children:
            found.append((*path, key))
            queue.append(((*path, key), child))
    return found


def _get(data: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        data = data[step]
    return data


def _deep(levels: int) -> object:
    value: object = 1
    for _ in range(levels):
        value = [value]
    return value


def _tweak_date(value: str, choose: Choose) -> str:
    year = ("0001", "1945", "1999", "2024", "2100", "9998", "9999")[choose(7)]
    return year + value[4:]


def _tweak_number(value: float, choose: Choose) -> object:
    return (
        -value,
        value + 1,
        value * 10**6,
        Raw(f"{value}e40"),
        Raw(f"{value}e-40"),
        0,
        value * 10**20,
        str(value),
    )[choose(8)]


def mutate(data: Any, choose: Choose) -> Any:
    """``data`` changed in one place (a copy; ``data`` is left as it is)."""
    data = copy.deepcopy(data)
    paths = _paths(data)
    path = paths[choose(len(paths))]
    if not path:
        return NASTY[choose(len(NASTY))] if choose(4) == 0 else data
    parent, key = _get(data, path[:-1]), path[-1]
    value = parent[key]
    action = choose(9)
    if action == 0:
        parent[key] = copy.deepcopy(NASTY[choose(len(NASTY))])
    elif action == 1:
        del parent[key]
    elif action == 2 and isinstance(parent, dict):
        parent[str(key) + ("s", "_", "x")[choose(3)]] = parent.pop(key)  # a misspelt key
    elif action == 3 and isinstance(parent, list):
        parent.insert(key, copy.deepcopy(value))
    elif action == 4:
        parent[key] = [value] if choose(2) else {"value": value}
    elif action == 5:
        parent[key] = _deep((3, 10, 70, 200)[choose(4)])
    elif action == 6 and isinstance(value, str) and len(value) >= 10 and value[4:5] == "-":
        parent[key] = _tweak_date(value, choose)
    elif action == 6 and isinstance(value, (int, float)) and not isinstance(value, bool):
        parent[key] = _tweak_number(value, choose)
    elif action == 7 and isinstance(value, list) and value:
        # Long lists, but not inputs of tens of megabytes (their parsing is all they test).
        times = (2, 50, 500)[choose(3)]
        parent[key] = value * max(1, min(times, _LONGEST_LIST // len(value)))
    elif action == 8:
        other = paths[choose(len(paths))]
        with contextlib.suppress(KeyError, IndexError, TypeError):
            parent[key] = copy.deepcopy(_get(data, other))
    else:
        parent[key] = copy.deepcopy(NASTY[choose(len(NASTY))])
    return data


_LONGEST_LIST: Final = 1000
"""The longest list a mutation makes."""


def mutated(choose: Choose, seeds: list[Any] = SEEDS, *, changes: int = 4) -> Any:
    """A seed document (or a small list of them) changed in one to ``changes`` places."""
    if choose(6) == 0:
        data: Any = [seeds[choose(len(seeds))] for _ in range(1 + choose(3))]
    else:
        data = seeds[choose(len(seeds))]
    for _ in range(1 + choose(changes)):
        try:
            changed = mutate(data, choose)
        except RecursionError:  # nested past what copy.deepcopy can copy: keep the last one
            break
        if _larger_than(changed, _MOST_VALUES):  # lists of lists of copies: keep the last one
            break
        data = changed
    return data


_MOST_VALUES: Final = 50_000
"""The most values an input holds (the examples hold a few hundred each)."""


def _larger_than(data: object, most: int) -> bool:
    stack, seen = [data], 0
    while stack:
        value = stack.pop()
        seen += 1
        if seen > most:
            return True
        if isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return False


_RAW_MARK: Final = "\u0001raw\u0001"


def dumps(data: object) -> str:
    """JSON text for ``data``; :class:`Raw` numbers are written as they are."""
    raws: list[str] = []

    def default(value: object) -> object:
        if isinstance(value, Raw):
            raws.append(value.token)
            return f"{_RAW_MARK}{len(raws) - 1}{_RAW_MARK}"
        msg = f"cannot write {type(value).__name__}"
        raise TypeError(msg)

    text = json.dumps(data, default=default)
    for number, token in enumerate(raws):
        marker = json.dumps(f"{_RAW_MARK}{number}{_RAW_MARK}")
        text = text.replace(marker, token, 1)
    return text


def damage(text: str, choose: Choose) -> str:
    """The text itself broken: truncated, a byte inserted, a piece repeated (sometimes)."""
    action = choose(8)
    if not text or action > 2:
        return text
    at = choose(len(text))
    if action == 0:
        return text[:at]
    if action == 1:
        return text[:at] + '{[",:}]\\\x00é'[choose(10)] + text[at:]
    return text[:at] + text[at : at + 200] * 3 + text[at:]


def fuzzed_text(choose: Choose, seeds: list[Any] = SEEDS) -> str:
    """JSON text of a mutated seed, sometimes damaged."""
    data = mutated(choose, seeds)
    try:
        text = dumps(data)
    except RecursionError:  # too deep for json.dumps: the text is made by hand
        text = "[" * 5000 + "]" * 5000
    return damage(text, choose)


# --- targets ------------------------------------------------------------------------------------------


def check_from_json(text: str) -> None:
    """from_json gives objects that round-trip, or a LoadError; with tight limits too."""
    for limits in (Limits(), TIGHT):
        try:
            loaded = from_json(text, limits=limits)
        except LoadError as exc:
            problems = exc.problems
            assert problems, "a LoadError lists its problems"
            continue
        documents = loaded if isinstance(loaded, list) else [loaded]
        for document in documents:
            assert from_json(to_json(document)) == document


def check_validate(text: str) -> None:
    """Validate reports on the text, and on the data, without raising; the report is JSON."""
    report = validate(text, as_of=AS_OF, lang="en")
    json.dumps(to_dict(report))
    # Text that json cannot read (broken, too deep, a number beyond Decimal) has no data form.
    with contextlib.suppress(ValueError, RecursionError, ArithmeticError):
        data = json.loads(text, parse_float=decimal.Decimal)
        report = validate(data, as_of=AS_OF, limits=TIGHT)
        json.dumps(to_dict(report), default=str)


def check_csv(text: str) -> None:
    """The SKM importer reads the rows it can, or refuses the file with SurveyCsvError."""
    for version in QUESTIONNAIRES.values():
        with contextlib.suppress(SurveyCsvError):
            read_survey_csv(text.encode("utf-8", "surrogatepass"), version)


def fuzzed_csv(choose: Choose, base: str) -> str:
    """The example CSV with cells replaced, rows dropped or repeated, or the text damaged."""
    rows = list(csv.reader(io.StringIO(base)))
    for _ in range(1 + choose(4)):
        row = choose(len(rows))
        action = choose(4)
        if action == 0 and rows[row]:
            cell = choose(len(rows[row]))
            rows[row][cell] = str(NASTY[choose(len(NASTY))])
        elif action == 1:
            del rows[row]
        elif action == 2:
            rows.insert(row, list(rows[row]))
        elif rows:
            rows[row] = rows[row][: choose(len(rows[row]) + 1)]
        if not rows:
            break
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return damage(out.getvalue(), choose)


# --- the command line ---------------------------------------------------------------------------------


def _dates(choose: Choose) -> str:
    return ("2024-06-01", "2023-01-01", "0001-01-01", "9998-12-31", "9999-12-31", "2024-02-30")[
        choose(6)
    ]


def _common(choose: Choose) -> list[str]:
    return [["--format", "json"], ["--format", "text"], ["--lang", "en"], []][choose(4)]


Driver = Callable[[Path, Path, Choose], list[str]]
"""The arguments of one command for a document file and a CSV file."""

DRIVERS: Final[dict[str, Driver]] = {
    "validate": lambda doc, _, c: [
        "validate",
        "--as-of",
        _dates(c),
        "--jobs",
        "1",
        *(["--format", ("text", "json", "sarif")[c(3)]]),
        str(doc),
    ],
    "rules": lambda _, __, c: ["rules", *_common(c), "--as-of", _dates(c)],
    "compliance": lambda doc, _, c: ["compliance", "--as-of", _dates(c), *_common(c), str(doc)],
    "evaluate": lambda doc, _, c: [
        "evaluate",
        "--unit",
        "dinsos-kota-jambi",
        "--from",
        _dates(c),
        "--to",
        _dates(c),
        *_common(c),
        str(doc),
    ],
    "deadline": lambda _, __, c: [
        "deadline",
        _dates(c),
        ("0", "5", "100000", "100001", "2900000", "-1", "1e5", "9" * 50)[c(8)],
        *(["--calendar-days"] if c(2) else []),
    ],
    "complaint-deadlines": lambda doc, _, c: [
        "complaint-deadlines",
        "--as-of",
        _dates(c),
        *(["--format", "json"] if c(2) else []),
        str(doc),
    ],
    "ikm": lambda _, table, c: ["ikm", *(["--format", "json"] if c(2) else []), str(table)],
    "sample-size": lambda _, __, c: [
        "sample-size",
        ("1000", "1,000", "1.000", "0", "-5", "1e9", "9" * 60, "abc")[c(8)],
    ],
    "summary": lambda doc, _, __: ["summary", str(doc)],
    "cycle": lambda doc, _, c: ["cycle", *_common(c), str(doc)],
    "schema": lambda _, __, c: [
        "schema",
        *([("service_standard", "report", "no_such_kind", "")[c(4)]] if c(2) else []),
    ],
    "export": lambda doc, _, c: [
        "export",
        "--to",
        ("cpsv-ap", "schema-org", "rdf")[c(3)],
        str(doc),
    ],
    "import": lambda doc, table, c: [
        "import",
        str((doc, table)[c(2)]),
        *(["--validate"] if c(2) else []),
        *(["--format", "json"] if c(2) else []),
    ],
    # Only ports the command refuses: the fuzzer must never start a server.
    "serve": lambda _, __, c: ["serve", "--port", ("0", "70000", "abc", "-1")[c(4)]],
}
"""How the fuzzer calls each command; every command of the CLI must have one."""


def commands() -> list[str]:
    """The names of the commands of ``pelayanan``, from its argument parser."""
    parser = _parser()
    for action in parser._actions:
        choices = getattr(action, "choices", None)
        if isinstance(choices, dict):
            return sorted(choices)
    return []


def run_cli(argv: list[str]) -> tuple[int, str, str]:
    """Run ``pelayanan`` in this process; its exit code, standard output and standard error."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(argv)
        except SystemExit as exc:  # argparse refusing the arguments
            status = exc.code if isinstance(exc.code, int) else 2
    return status, out.getvalue(), err.getvalue()


def check_cli(command: str, document: Path, table: Path, choose: Choose) -> None:
    """A command on fuzzed input exits 0, 1 or 2, and a usage error says so in one line."""
    argv = DRIVERS[command](document, table, choose)
    status, _, err = run_cli(argv)
    assert status in (0, 1, 2), (argv, status, err[-500:])
    assert "Traceback" not in err, (argv, err[-2000:])


def write_inputs(directory: Path, text: str, table: str) -> tuple[Path, Path]:
    """Write a fuzzed document and a fuzzed CSV into ``directory``."""
    document, csv_file = directory / "input.json", directory / "answers.csv"
    document.write_bytes(text.encode("utf-8", "surrogatepass"))
    csv_file.write_bytes(table.encode("utf-8", "surrogatepass"))
    return document, csv_file


def describe_failure(exc: BaseException) -> str:
    """One line naming an unexpected exception and where it was raised."""
    tb = exc.__traceback__
    where = ""
    while tb is not None:
        where = f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    return f"{type(exc).__name__}: {str(exc)[:200]} at {where}"
