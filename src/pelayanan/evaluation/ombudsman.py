"""The Ombudsman RI's yearly assessment of providers: three schemes, each with its own scale.

The Ombudsman has assessed ministries, agencies and regional governments every year since 2013
(regulations.md §8, facts.md §6), under three schemes that must not be mixed:

1. **2013–2021** *Penilaian Kepatuhan Standar Pelayanan Publik*: observed fulfilment of the
   Pasal 21 components, scored 0–100 into zones: *hijau* (kepatuhan tinggi) 81,00–100, *kuning*
   (kepatuhan sedang) 51,00–80,99, *merah* (kepatuhan rendah) 0–50,99. The cut-offs were seen for
   the 2021 round; 2013–2019 are assumed the same (UNVERIFIED). **There was no assessment in 2020.**
2. **2022–2024** *Penilaian Kepatuhan* with an *opini*: four dimensions (input, proses, output,
   pengaduan) and categories A 88,00–100, B 78,00–87,99 (hijau), C 54,00–77,99 (kuning),
   D 32,00–53,99 and E 0–31,99 (merah; the E band is inferred, UNVERIFIED).
3. **From 2025** *Penilaian Maladministrasi* (Peraturan Ombudsman 61/2025): an *opini* combining
   service quality and maladministration. Its numeric bands are not known, so this scheme
   describes itself but refuses to classify a score unless the caller supplies bands.

Scores are rounded half up to two decimals (as the Ombudsman publishes them) before they are
classified, so 80,995 is 81,00 and *hijau*.

>>> from decimal import Decimal
>>> from pelayanan.evaluation.ombudsman import classify, scheme_for
>>> grade = classify(Decimal("89.59"), 2022)
>>> grade.category.value, grade.zone.label.id, grade.label.id
('A', 'Zona hijau', 'Kualitas Tertinggi')
>>> classify(Decimal("80.99"), 2021).label.id
'Kepatuhan sedang'
>>> scheme_for(2025).bands
()
>>> classify(Decimal("70"), 2020)
Traceback (most recent call last):
...
pelayanan.evaluation.ombudsman.NoAssessmentError: the Ombudsman held no assessment in 2020
>>> classify(Decimal("70"), 2025)
Traceback (most recent call last):
...
pelayanan.evaluation.ombudsman.NoVerifiedBandsError: the 2025 scheme ...bands...

For the compliance summary, :func:`estimate_ombudsman_grade` maps the share of the 14 Pasal 21
components a unit fulfils onto the scheme of a year, clearly labelled as an estimate:

>>> from fractions import Fraction
>>> estimate = estimate_ombudsman_grade(Fraction(12, 14), 2024)
>>> estimate.score, estimate.category.value, estimate.is_estimate
(Decimal('85.71'), 'B', True)
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from .._base.errors import PelayananError
from .._base.labels import Label, LabelledEnum, Lang, register_labels
from .._base.numbers import Exact, round_half_up, to_fraction
from .._base.validators import non_empty, to_decimal
from ..law import CATALOGUE, Citation
from .performance import InvalidScoreError

__all__ = [
    "OMBUDSMAN_SCHEMES",
    "DimensionWeight",
    "NoAssessmentError",
    "NoVerifiedBandsError",
    "OmbudsmanBand",
    "OmbudsmanCategory",
    "OmbudsmanCompliance",
    "OmbudsmanDimension",
    "OmbudsmanGrade",
    "OmbudsmanScheme",
    "OmbudsmanZone",
    "classify",
    "estimate_ombudsman_grade",
    "scheme_for",
]

MAX_SCORE = 100


class NoAssessmentError(PelayananError, LookupError):
    """The Ombudsman held no assessment in the year asked for (2020, or before 2013)."""


class NoVerifiedBandsError(PelayananError, LookupError):
    """The scheme of the year has no known numeric bands (2025 onwards) and none were supplied."""


class OmbudsmanZone(LabelledEnum):
    """The colour zones the Ombudsman uses in every scheme (*zona*)."""

    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"


register_labels(
    OmbudsmanZone,
    {
        OmbudsmanZone.GREEN: ("Zona hijau", "Green zone"),
        OmbudsmanZone.YELLOW: ("Zona kuning", "Yellow zone"),
        OmbudsmanZone.RED: ("Zona merah", "Red zone"),
    },
)


class OmbudsmanCompliance(LabelledEnum):
    """The compliance predicates of the 2013–2021 scheme (*predikat kepatuhan*)."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


register_labels(
    OmbudsmanCompliance,
    {
        OmbudsmanCompliance.HIGH: ("Kepatuhan tinggi", "High compliance"),
        OmbudsmanCompliance.MEDIUM: ("Kepatuhan sedang", "Medium compliance"),
        OmbudsmanCompliance.LOW: ("Kepatuhan rendah", "Low compliance"),
    },
)


class OmbudsmanCategory(LabelledEnum):
    """The categories of the 2022–2024 scheme, labelled with their *opini*."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"


register_labels(
    OmbudsmanCategory,
    {
        OmbudsmanCategory.A: ("Kualitas Tertinggi", "Highest quality"),
        OmbudsmanCategory.B: ("Kualitas Tinggi", "High quality"),
        OmbudsmanCategory.C: ("Kualitas Sedang", "Medium quality"),
        OmbudsmanCategory.D: ("Kualitas Rendah", "Low quality"),
        OmbudsmanCategory.E: ("Kualitas Terendah", "Lowest quality"),
    },
)


class OmbudsmanDimension(LabelledEnum):
    """What the assessment looks at, from 2022 (regulations.md §8.2–8.3)."""

    INPUT = "input"
    PROCESS = "process"
    OUTPUT = "output"
    COMPLAINTS = "complaints"
    PUBLIC_TRUST = "public_trust"
    OVERSIGHT_COMPLIANCE = "oversight_compliance"


register_labels(
    OmbudsmanDimension,
    {
        OmbudsmanDimension.INPUT: (
            "Input: kompetensi penyelenggara dan sarana prasarana",
            "Input: the provider's competence and facilities",
        ),
        OmbudsmanDimension.PROCESS: (
            "Proses: standar pelayanan, termasuk maklumat",
            "Process: the service standards, charter included",
        ),
        OmbudsmanDimension.OUTPUT: (
            "Output: persepsi masyarakat tentang maladministrasi",
            "Output: the public's perception of maladministration",
        ),
        OmbudsmanDimension.COMPLAINTS: ("Pengelolaan pengaduan", "Complaint handling"),
        OmbudsmanDimension.PUBLIC_TRUST: (
            "Tingkat kepercayaan masyarakat",
            "The public's trust",
        ),
        OmbudsmanDimension.OVERSIGHT_COMPLIANCE: (
            "Kepatuhan terhadap produk pengawasan Ombudsman (tindakan korektif, saran, rekomendasi)",
            "Compliance with the Ombudsman's corrective actions, advice and recommendations",
        ),
    },
)


@attrs.frozen
class OmbudsmanBand:
    """One band of a scheme: the lowest score (two decimals, inclusive), its zone and predicate.

    Bands of the 2013–2021 scheme carry a :class:`OmbudsmanCompliance`, those of 2022–2024 an
    :class:`OmbudsmanCategory`; bands supplied by a caller may carry either or neither.
    """

    minimum: Decimal = attrs.field(converter=to_decimal)
    zone: OmbudsmanZone
    category: OmbudsmanCategory | None = None
    compliance: OmbudsmanCompliance | None = None
    verified: bool = True
    """``False`` where the band is inferred rather than seen in a source (the 2022–2024 E band)."""

    @property
    def label(self) -> Label:
        """The predicate shown for the band: the *opini*, the compliance level, or the zone."""
        if self.category is not None:
            return self.category.label
        if self.compliance is not None:
            return self.compliance.label
        return self.zone.label


@attrs.frozen
class DimensionWeight:
    """The weight of one dimension in percent, or ``None`` where it is not known."""

    dimension: OmbudsmanDimension
    weight: Decimal | None = None
    verified: bool = False


def _require_ordered(bands: Sequence[OmbudsmanBand]) -> None:
    minimums = [b.minimum for b in bands]
    if bands and (minimums != sorted(minimums, reverse=True) or minimums[-1] != 0):
        msg = "bands run from the highest minimum down to a last band starting at 0"
        raise ValueError(msg)


def _check_bands(_: object, __: attrs.Attribute[Any], bands: Sequence[OmbudsmanBand]) -> None:
    _require_ordered(bands)


def _check_dimensions(
    _: object, __: attrs.Attribute[Any], dimensions: tuple[DimensionWeight, ...]
) -> None:
    weights = [d.weight for d in dimensions]
    if weights and None not in weights and sum(w for w in weights if w is not None) != 100:
        msg = "dimension weights are percentages summing to 100"
        raise ValueError(msg)


@attrs.frozen(repr=False)
class OmbudsmanScheme:
    """One assessment scheme of the Ombudsman, the years it ran, its bands and legal basis.

    ``bands_verified_in`` and ``weights_verified_in`` name the years whose cut-offs and dimension
    weights were seen in a source; other years use the same figures, UNVERIFIED.
    """

    key: str = attrs.field(validator=non_empty)
    name: Label
    first_year: int
    last_year: int | None
    """The last year of the scheme, or ``None`` while it is current."""
    basis: tuple[Citation, ...]
    bands: tuple[OmbudsmanBand, ...] = attrs.field(default=(), validator=_check_bands)
    bands_verified_in: frozenset[int] = frozenset()
    dimensions: tuple[DimensionWeight, ...] = attrs.field(default=(), validator=_check_dimensions)
    weights_verified_in: frozenset[int] = frozenset()
    skipped_years: frozenset[int] = frozenset()
    """Years inside the scheme's span with no assessment (2020)."""
    source: str = ""
    """Where the bands were seen."""
    note: str = ""

    def __repr__(self) -> str:
        return f"<OmbudsmanScheme {self.key!r}>"

    def __str__(self) -> str:
        return self.name.id

    def covers(self, year: int) -> bool:
        """Whether the scheme was used in ``year`` (an assessment was held under it)."""
        after_start = year >= self.first_year
        before_end = self.last_year is None or year <= self.last_year
        return after_start and before_end and year not in self.skipped_years

    def dimension_weights(self, year: int) -> tuple[DimensionWeight, ...]:
        """The dimension weights for ``year``, marked verified only for the years seen."""
        verified = year in self.weights_verified_in
        return tuple(attrs.evolve(d, verified=d.verified and verified) for d in self.dimensions)


@attrs.frozen
class OmbudsmanGrade:
    """A score placed on the scheme of its year: zone, category or compliance, and citations."""

    year: int
    score: Decimal
    """The score rounded half up to two decimals, as classified."""
    scheme: OmbudsmanScheme
    band: OmbudsmanBand
    verified: bool
    """Whether the cut-offs used were seen in a source for this year (and not supplied)."""
    is_estimate: bool = False
    """``True`` for :func:`estimate_ombudsman_grade`: not an Ombudsman result."""
    notes: tuple[Label, ...] = ()
    cutoffs_verified: bool = False
    """Whether the cut-offs that placed the score were seen in a source for its year (and not
    supplied by the caller); an estimate keeps it, though it is never a verified result."""

    @property
    def zone(self) -> OmbudsmanZone:
        """The colour zone."""
        return self.band.zone

    @property
    def category(self) -> OmbudsmanCategory | None:
        """The category A–E (2022–2024), else ``None``."""
        return self.band.category

    @property
    def compliance(self) -> OmbudsmanCompliance | None:
        """The compliance predicate (2013–2021), else ``None``."""
        return self.band.compliance

    @property
    def label(self) -> Label:
        """The predicate as published: the *opini* or the compliance level."""
        return self.band.label

    @property
    def citations(self) -> tuple[Citation, ...]:
        """The legal basis of the scheme."""
        return self.scheme.basis

    def text(self, lang: Lang = "id") -> str:
        """One line for people, e.g. ``"2022: 89,59 — A, Kualitas Tertinggi (Zona hijau)"``."""
        score = str(self.score).replace(".", ",") if lang == "id" else str(self.score)
        category = f"{self.category.value}, " if self.category is not None else ""
        estimate = ("perkiraan " if lang == "id" else "estimate ") if self.is_estimate else ""
        return (
            f"{self.year}: {estimate}{score} — {category}{self.label.text(lang)} "
            f"({self.zone.label.text(lang)})"
        )


_UU37 = Citation(CATALOGUE["uu-37-2008"])
_R = OmbudsmanZone.RED

OMBUDSMAN_SCHEMES: tuple[OmbudsmanScheme, ...] = (
    OmbudsmanScheme(
        key="kepatuhan-2013",
        name=Label(
            "Penilaian Kepatuhan Standar Pelayanan Publik",
            "Assessment of compliance with public-service standards",
        ),
        first_year=2013,
        last_year=2021,
        basis=(
            _UU37,
            Citation(
                CATALOGUE["uu-25-2009"],
                article="21",
                note="What is scored: the components of the service standard (zonasultra.com).",
            ),
            Citation(CATALOGUE["peraturan-ombudsman-17-2015"]),
            Citation(CATALOGUE["peraturan-ombudsman-22-2016"]),
        ),
        bands=(
            OmbudsmanBand(Decimal("81.00"), OmbudsmanZone.GREEN, None, OmbudsmanCompliance.HIGH),
            OmbudsmanBand(Decimal("51.00"), OmbudsmanZone.YELLOW, None, OmbudsmanCompliance.MEDIUM),
            OmbudsmanBand(Decimal(0), _R, None, OmbudsmanCompliance.LOW),
        ),
        bands_verified_in=frozenset({2021}),
        skipped_years=frozenset({2020}),
        source=(
            "langgam.id on the 2021 round (regulations.md §8.1, facts.md §6); detik.com gives "
            "50–80 for kuning, the two-decimal bands are used. Data point: 2017 Kendari 47,80 merah."
        ),
        note=(
            "No assessment in 2020. 2013–2019 cut-offs are assumed equal to 2021 (UNVERIFIED). "
            "2019 was the last round of the old method; 2021 added electronic service standards "
            "to the weighting."
        ),
    ),
    OmbudsmanScheme(
        key="kepatuhan-opini-2022",
        name=Label(
            "Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik (opini)",
            "Assessment of compliance in public-service delivery (opinion)",
        ),
        first_year=2022,
        last_year=2024,
        basis=(_UU37, Citation(CATALOGUE["peraturan-ombudsman-22-2016"])),
        bands=(
            OmbudsmanBand(Decimal("88.00"), OmbudsmanZone.GREEN, OmbudsmanCategory.A),
            OmbudsmanBand(Decimal("78.00"), OmbudsmanZone.GREEN, OmbudsmanCategory.B),
            OmbudsmanBand(Decimal("54.00"), OmbudsmanZone.YELLOW, OmbudsmanCategory.C),
            OmbudsmanBand(Decimal("32.00"), _R, OmbudsmanCategory.D),
            OmbudsmanBand(Decimal(0), _R, OmbudsmanCategory.E, verified=False),
        ),
        bands_verified_in=frozenset({2022, 2023, 2024}),
        dimensions=(
            DimensionWeight(OmbudsmanDimension.INPUT, Decimal("21.85"), verified=True),
            DimensionWeight(OmbudsmanDimension.PROCESS, Decimal("32.37"), verified=True),
            DimensionWeight(OmbudsmanDimension.OUTPUT, Decimal("24.24"), verified=True),
            DimensionWeight(OmbudsmanDimension.COMPLAINTS, Decimal("21.54"), verified=True),
        ),
        weights_verified_in=frozenset({2022}),
        source=(
            "radarsumbar.com on the 2024 round, consistent with 2022–2023 data points "
            "(regulations.md §8.2, facts.md §6); weights: Ombudsman Jateng deck (scribd 654386449)."
        ),
        note=(
            "The E band (0–31,99, Kualitas Terendah) is inferred (UNVERIFIED). Dimension weights "
            "were seen for 2022 only; 2023–2024 are assumed the same (UNVERIFIED)."
        ),
    ),
    OmbudsmanScheme(
        key="maladministrasi-2025",
        name=Label(
            "Penilaian Maladministrasi Penyelenggaraan Pelayanan Publik (Opini Ombudsman RI)",
            "Assessment of maladministration in public-service delivery (Ombudsman opinion)",
        ),
        first_year=2025,
        last_year=None,
        basis=(_UU37, Citation(CATALOGUE["peraturan-ombudsman-61-2025"])),
        dimensions=tuple(DimensionWeight(d) for d in OmbudsmanDimension),
        source="ombudsman.go.id siaran pers 004 and 005/HM.01/I/2026 (regulations.md §8.3).",
        note=(
            "The opini combines service quality and compliance, e.g. 'Opini Kualitas Tertinggi "
            "Tanpa Maladministrasi'; zones continue. Numeric bands and weights are not known "
            "(UNVERIFIED): classify() needs bands from the caller."
        ),
    ),
)
"""The Ombudsman's assessment schemes, oldest first."""


def scheme_for(year: int) -> OmbudsmanScheme:
    """The scheme the Ombudsman used in ``year``.

    Raises :class:`NoAssessmentError` for 2020 (no assessment was held) and before 2013.

    >>> scheme_for(2021).key, scheme_for(2022).key, scheme_for(2030).key
    ('kepatuhan-2013', 'kepatuhan-opini-2022', 'maladministrasi-2025')
    """
    for scheme in OMBUDSMAN_SCHEMES:
        if scheme.covers(year):
            return scheme
    msg = f"the Ombudsman held no assessment in {year}"
    raise NoAssessmentError(msg)


def _score(value: object) -> Decimal:
    exact = to_fraction(value, "score")
    if not 0 <= exact <= MAX_SCORE:
        msg = f"an Ombudsman score runs from 0 to 100, not {value}"
        raise InvalidScoreError(msg)
    return round_half_up(exact)


def classify(
    score: Exact, year: int, *, bands: Sequence[OmbudsmanBand] | None = None
) -> OmbudsmanGrade:
    """Place an Ombudsman score (0–100) on the scheme of ``year``.

    The score is rounded half up to two decimals first. ``bands`` replaces the scheme's bands
    (for 2025 onwards, which has none, or to correct an UNVERIFIED cut-off); the result is then
    marked unverified.

    >>> from decimal import Decimal
    >>> classify(Decimal("52.86"), 2023).zone.value, classify(Decimal("55.09"), 2023).zone.value
    ('red', 'yellow')
    """
    scheme = scheme_for(year)
    rounded = _score(score)
    notes: list[Label] = []
    if bands is not None:
        _require_ordered(bands)
        if not bands:
            msg = "bands=() classifies nothing; pass at least one band starting at 0"
            raise ValueError(msg)
        chosen = tuple(bands)
        notes.append(Label("Batas diberikan oleh pemanggil", "Bands supplied by the caller"))
    elif scheme.bands:
        chosen = scheme.bands
        if year not in scheme.bands_verified_in:
            notes.append(
                Label(
                    f"Batas zona tahun {year} diasumsikan sama dengan tahun yang terverifikasi "
                    f"({', '.join(map(str, sorted(scheme.bands_verified_in)))}); belum "
                    "terverifikasi",
                    f"The {year} cut-offs are assumed equal to those seen "
                    f"({', '.join(map(str, sorted(scheme.bands_verified_in)))}); UNVERIFIED",
                )
            )
    else:
        basis = scheme.basis[-1].instrument
        msg = (
            f"the {year} scheme ({basis}) has no verified numeric bands; pass bands=... to "
            "classify against bands of your own"
        )
        raise NoVerifiedBandsError(msg)
    band = next(b for b in chosen if rounded >= b.minimum)
    if not band.verified:
        notes.append(
            Label(
                f"Batas {band.label.id} ({band.minimum} ke atas) disimpulkan, belum terverifikasi",
                f"The {band.label.en} band (from {band.minimum}) is inferred, UNVERIFIED",
            )
        )
    verified = bands is None and band.verified and year in scheme.bands_verified_in
    return OmbudsmanGrade(
        year, rounded, scheme, band, verified, notes=tuple(notes), cutoffs_verified=verified
    )


def estimate_ombudsman_grade(
    share: Fraction | int | Decimal,
    year: int,
    *,
    bands: Sequence[OmbudsmanBand] | None = None,
) -> OmbudsmanGrade:
    """An ESTIMATE of the Ombudsman grade from the share (0–1) of Pasal 21 components fulfilled.

    The share is scaled to 0–100 and placed on the scheme of ``year`` with :func:`classify`. It is
    only an estimate: the Ombudsman observes many more items (and from 2022 weighs input, process,
    output and complaint handling), so the result has ``is_estimate=True`` and a note saying so.
    """
    exact = to_fraction(share, "share")
    if not 0 <= exact <= 1:
        msg = f"a share of components runs from 0 to 1, not {share}"
        raise InvalidScoreError(msg)
    grade = classify(exact * 100, year, bands=bands)
    note = Label(
        f"PERKIRAAN dari {round_half_up(exact * 100)}% komponen Pasal 21 yang dipenuhi, bukan "
        "hasil Ombudsman: penilaian sebenarnya menimbang jauh lebih banyak unsur (pengamatan "
        "unit, dan sejak 2022 dimensi input, proses, output, dan pengaduan).",
        f"ESTIMATE from the {round_half_up(exact * 100)}% of Pasal 21 components fulfilled, not "
        "an Ombudsman result: the real assessment weighs many more items (observation of the "
        "unit and, from 2022, the input, process, output and complaint dimensions).",
    )
    return attrs.evolve(grade, is_estimate=True, verified=False, notes=(note, *grade.notes))
