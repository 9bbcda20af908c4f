"""``pelayanan sample-size POPULATION``: the minimum number of SKM respondents (Krejcie–Morgan).

Reads the published Krejcie–Morgan table by default (the next row up for a population between
rows, 384 above the last row); ``--method formula`` computes the formula instead, which is not the
table. Prints the number alone on standard output, so that scripts can use it, and says which
method gave it on standard error; ``--format json`` adds the method, the row and the parameters.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any, Final

import attrs

from .._base.labels import Label
from .._base.numbers import dumps_with_decimals
from ..participation.surveys import QUESTIONNAIRES, KrejcieMorgan, SampleSizeMethod
from ._common import EXIT_OK, add_format_option, add_lang_option, said

# 1000, or with thousands grouped as people write them: 1,000 / 1.000 / 1 000 / 1_000.
_POPULATION: Final = re.compile(r"[0-9]+|[0-9]{1,3}(?P<sep>[,. _])[0-9]{3}(?:(?P=sep)[0-9]{3})*")
_MAX_DIGITS: Final = 30


def population(text: str) -> int:
    """An argparse type for a number of people, with or without thousands separators."""
    cleaned = text.strip()
    if not _POPULATION.fullmatch(cleaned) or len(cleaned) > _MAX_DIGITS * 2:
        msg = said(
            f"{text!r} bukan jumlah pengguna layanan; tulis bilangan bulat seperti 1000",
            f"{text!r} is not a number of service users; write a whole number such as 1000",
        )
        raise argparse.ArgumentTypeError(msg)
    return int(re.sub(r"[,. _]", "", cleaned))


def register(subparsers: Any) -> None:  # noqa: ANN401  (argparse's private subparsers type)
    """Add the ``sample-size`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "sample-size",
        help=said(
            "jumlah responden survei minimal untuk suatu populasi (Krejcie-Morgan)",
            "minimum number of survey respondents for a population (Krejcie-Morgan)",
        ),
        description=said(
            "Sampel SKM minimal untuk POPULATION pengguna layanan menurut tabel Krejcie-Morgan "
            "yang dipakai Permenpan RB 14/2017: populasi di antara dua baris mengambil baris di "
            "atasnya, populasi di atas 1.000.000 mengambil 384. --method formula menghitung "
            "S = X2*N*P(1-P) / (d2*(N-1) + X2*P(1-P)), X2 = 3,841, P = 0,5, d = 0,05, "
            "dibulatkan setengah ke atas, yang bukan tabel. Angkanya ditulis ke keluaran standar "
            "(stdout), metodenya ke stderr.",
            "The minimum SKM sample for POPULATION service users by the Krejcie-Morgan table "
            "that Permenpan RB 14/2017 uses: a population between two rows takes the next row "
            "up, one above 1,000,000 takes 384. --method formula computes S = X2*N*P(1-P) / "
            "(d2*(N-1) + X2*P(1-P)), X2 = 3.841, P = 0.5, d = 0.05, rounded half-up, which is "
            "not the table. The number goes to standard output, the method to standard error.",
        ),
    )
    parser.add_argument(
        "population",
        type=population,
        metavar="POPULATION",
        help=said(
            "jumlah pengguna layanan dalam periode survei (1000, 1,000 atau 1.000)",
            "number of service users in the survey period (1000, 1,000 or 1.000)",
        ),
    )
    parser.add_argument(
        "--method",
        choices=[m.value for m in SampleSizeMethod],
        default=SampleSizeMethod.TABLE.value,
        help=said(
            "tabel yang diterbitkan (bawaan) atau rumus, yang bukan tabel",
            "the published table (the default) or the formula, which is not the table",
        ),
    )
    add_format_option(parser, "text", "json")
    add_lang_option(parser, "the note on the method", "catatan tentang metode")
    parser.set_defaults(handler=run)


def _said(rule: KrejcieMorgan, people: int, lang: str) -> str:
    """Which method gave the number, in a sentence."""
    if rule.method is SampleSizeMethod.FORMULA:
        return (
            Label(
                "rumus Krejcie–Morgan untuk N = {n}, bukan tabel yang diterbitkan",
                "the Krejcie–Morgan formula for N = {n}, not the published table",
            )
            .text("en" if lang == "en" else "id")
            .format(n=people)
        )
    row, sample = rule.row_for(people)
    return (
        Label(
            "tabel Krejcie–Morgan (1970), baris N = {row} (S = {sample})",
            "the Krejcie–Morgan (1970) table, row N = {row} (S = {sample})",
        )
        .text("en" if lang == "en" else "id")
        .format(row=row, sample=sample)
    )


def run(args: argparse.Namespace) -> int:
    """Print the minimum sample size, and say which method gave it."""
    version = QUESTIONNAIRES["permenpan-rb-14-2017"]
    method = SampleSizeMethod(args.method)
    rule = attrs.evolve(version.sample_size or KrejcieMorgan(), method=method)
    size = rule.minimum(args.population)
    said = _said(rule, args.population, args.lang)
    if args.format == "json":
        data: dict[str, Any] = {
            "population": args.population,
            "sample_size": size,
            "method": method.value,
            "method_label": said,
            "is_table": method is SampleSizeMethod.TABLE,
            "table_row": (
                dict(zip(("population", "sample_size"), rule.row_for(args.population), strict=True))
                if method is SampleSizeMethod.TABLE
                else None
            ),
            "chi_square": rule.chi_square,
            "proportion": rule.proportion,
            "margin": rule.margin,
            "instrument": str(version.instrument),
        }
        print(dumps_with_decimals(data))
    else:
        print(size)
        print(f"({said})", file=sys.stderr)
    return EXIT_OK
