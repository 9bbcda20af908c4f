"""``pelayanan sample-size POPULATION``: the minimum number of SKM respondents (Krejcie–Morgan).

Prints the number alone, so that scripts can use it; ``--format json`` adds the parameters.
"""

from __future__ import annotations

import argparse
import re
from typing import Any, Final

from .._base.numbers import dumps_with_decimals
from ..participation.surveys import QUESTIONNAIRES, KrejcieMorgan
from ._common import EXIT_OK, add_format_option

# 1000, or with thousands grouped as people write them: 1,000 / 1.000 / 1 000 / 1_000.
_POPULATION: Final = re.compile(r"[0-9]+|[0-9]{1,3}(?P<sep>[,. _])[0-9]{3}(?:(?P=sep)[0-9]{3})*")
_MAX_DIGITS: Final = 30


def population(text: str) -> int:
    """An argparse type for a number of people, with or without thousands separators."""
    cleaned = text.strip()
    if not _POPULATION.fullmatch(cleaned) or len(cleaned) > _MAX_DIGITS * 2:
        msg = f"{text!r} is not a number of service users; write a whole number such as 1000"
        raise argparse.ArgumentTypeError(msg)
    return int(re.sub(r"[,. _]", "", cleaned))


def register(subparsers: Any) -> None:  # noqa: ANN401  (argparse's private subparsers type)
    """Add the ``sample-size`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "sample-size",
        help="minimum number of survey respondents for a population (Krejcie-Morgan)",
        description=(
            "The minimum SKM sample for POPULATION service users by the Krejcie-Morgan formula "
            "that Permenpan RB 14/2017 uses: S = X2*N*P(1-P) / (d2*(N-1) + X2*P(1-P)), "
            "X2 = 3.841, P = 0.5, d = 0.05, rounded half-up."
        ),
    )
    parser.add_argument(
        "population",
        type=population,
        metavar="POPULATION",
        help="number of service users in the survey period (1000, 1,000 or 1.000)",
    )
    add_format_option(parser, "text", "json")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print the minimum sample size."""
    version = QUESTIONNAIRES["permenpan-rb-14-2017"]
    rule = version.sample_size or KrejcieMorgan()
    size = rule.minimum(args.population)
    if args.format == "json":
        data = {
            "population": args.population,
            "sample_size": size,
            "method": "Krejcie-Morgan",
            "chi_square": rule.chi_square,
            "proportion": rule.proportion,
            "margin": rule.margin,
            "instrument": str(version.instrument),
        }
        print(dumps_with_decimals(data))
    else:
        print(size)
    return EXIT_OK
