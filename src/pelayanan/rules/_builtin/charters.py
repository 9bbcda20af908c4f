"""Rules for service charters (*Maklumat Pelayanan*, UU 25/2009 Pasal 15 huruf b, Pasal 22)."""

from __future__ import annotations

from collections.abc import Iterator

from ..._base.labels import Label
from ...model.charters import CharterStatus, ServiceCharter
from ...model.providers import Provider
from ...model.records import OfficeLevel
from ...model.standards import StandardStatus
from .._engine import Context, Issue, Registry, Severity
from ._common import CHARTER, PROVIDER, cite, pekppp_versions, single_medium

__all__ = ["RULES"]

RULES = Registry()
"""This subject's rules, each registered by its decorator."""

_UU25 = "uu-25-2009"
_CHARTER_DUTY = cite(_UU25, article="15", letter="b")
_CHARTER_ARTICLE = cite(_UU25, article="22")


@RULES.rule(
    "MK001",
    kinds=PROVIDER,
    severity=Severity.ERROR,
    title=("Setiap unit memiliki maklumat pelayanan", "Every unit has a service charter"),
    message=(
        (
            "Unit {unit} memiliki standar pelayanan yang ditetapkan tetapi tidak ada maklumat "
            "pelayanan yang ditetapkan."
        ),
        "Unit {unit} has established standards but no established service charter.",
    ),
    hint=(
        "Susun, tetapkan, dan publikasikan maklumat pelayanan unit ini.",
        "Draw up, establish and publish this unit's service charter.",
    ),
    basis=(_CHARTER_DUTY, _CHARTER_ARTICLE),
    cross_document=True,
)
def every_unit_has_a_charter(provider: Provider, context: Context) -> Iterator[Issue]:
    """MK001 (regulations.md R13); checked when the unit's standards are given in the same run."""
    index = context.index
    if index is None:
        return
    for position, unit in enumerate(provider.units):
        standards = index.standards_by_unit.get(unit.id, [])
        if not any(s.status is StandardStatus.ESTABLISHED for s in standards):
            continue
        charters = index.charters_for_unit(unit.id)
        if not any(c.status is CharterStatus.ESTABLISHED for c in charters):
            yield Issue(("units", position), unit=unit.name or unit.id)


@RULES.rule(
    "MK002",
    kinds=CHARTER,
    severity=Severity.WARNING,
    title=("Maklumat ditandatangani pimpinan unit", "The charter is signed by the unit head"),
    message=(
        "Maklumat ditandatangani oleh {position} ({level}), bukan pimpinan unit penyelenggara.",
        "The charter is signed by {position} ({level}), not the head of the service unit.",
    ),
    variants={
        "unsigned": (
            "Maklumat tidak menyebut penandatangannya.",
            "The charter names no signatory.",
        ),
        "undated": (
            "Maklumat tidak menyebut tanggal penandatanganannya.",
            "The charter does not say when it was signed.",
        ),
    },
    hint=(
        "Maklumat ditandatangani dan diberi tanggal oleh pimpinan unit penyelenggara.",
        "The head of the service unit signs and dates the charter.",
    ),
    basis=(_CHARTER_DUTY, _CHARTER_ARTICLE),
    verified=False,
    note="'Ditandatangani oleh pimpinan unit pelayanan' was seen on one village website "
    "(sambirejo.sides.id, regulations.md §1.10), and the text of Pasal 22 is UNVERIFIED; Pasal 15 "
    "huruf b asks for a charter, not for its signatory: a warning.",
)
def signed_by_unit_head(charter: ServiceCharter, _: Context) -> Iterator[Issue]:
    """MK002 (regulations.md R13; §1.10: "Ditandatangani oleh pimpinan unit pelayanan")."""
    signatory = charter.signatory
    if signatory is None:
        yield Issue(("signatory",), "unsigned")
    elif signatory.level < OfficeLevel.UNIT_HEAD:
        yield Issue(
            ("signatory", "level"),
            position=signatory.position or signatory.name or "?",
            level=signatory.level,
        )
    if charter.signed_on is None:
        yield Issue(("signed_on",), "undated")


@RULES.rule(
    "MK003",
    kinds=CHARTER,
    severity=Severity.WARNING,
    title=(
        "Maklumat disusun sesudah standar ditetapkan",
        "The charter follows the standards it covers",
    ),
    message=(
        "Maklumat bertanggal {signed} mendahului penetapan standar {standard} ({established}).",
        (
            "The charter dated {signed} precedes the establishment of standard {standard} "
            "({established})."
        ),
    ),
    hint=(
        (
            "Maklumat menyatakan kesanggupan menjalankan standar yang telah ditetapkan; tetapkan "
            "ulang maklumat sesudah standarnya."
        ),
        "A charter pledges to deliver established standards; re-issue it after them.",
    ),
    basis=(_CHARTER_DUTY, _CHARTER_ARTICLE),
    cross_document=True,
    verified=False,
    note="The order (charter after standard) is practice quoted in regulations.md §1.10 "
    '("Disusun setelah standar pelayanan ditetapkan"), not the text of the law: a warning.',
)
def charter_follows_standards(charter: ServiceCharter, context: Context) -> Iterator[Issue]:
    """MK003 (regulations.md R13, ordering)."""
    index = context.index
    if index is None or charter.signed_on is None:
        return
    covered = (
        [index.standards[i] for i in charter.standard_ids if i in index.standards]
        if charter.standard_ids
        else index.standards_by_unit.get(charter.unit_id, [])
    )
    for standard in covered:
        established = standard.established_on
        if established is not None and charter.signed_on < established:
            yield Issue(
                ("signed_on",),
                signed=charter.signed_on,
                standard=standard.id,
                established=established,
            )


@RULES.rule(
    "MK004",
    kinds=CHARTER,
    severity=Severity.ERROR,
    title=("Maklumat dipublikasikan", "The charter is published"),
    message=("Maklumat belum dipublikasikan.", "The charter has not been published."),
    hint=(
        "Publikasikan maklumat di tempat pelayanan dan di media elektronik, lalu catat mediumnya.",
        "Publish the charter where the service is given and online, and record where.",
    ),
    basis=(_CHARTER_DUTY,),
)
def charter_is_published(charter: ServiceCharter, _: Context) -> Iterator[Issue]:
    """MK004 (regulations.md R14): "menyusun, menetapkan, dan memublikasikan maklumat"."""
    if charter.status is CharterStatus.ESTABLISHED and not charter.publications:
        yield Issue(("publications",))


@pekppp_versions(
    RULES,
    "MK005",
    common=(_CHARTER_DUTY,),
    kinds=CHARTER,
    severity=Severity.INFO,
    title=(
        "Maklumat dipublikasikan secara elektronik dan nonelektronik",
        "The charter is published on and off line",
    ),
    message=(
        (
            "Maklumat hanya dipublikasikan pada media {only}; nilai PEKPPP tertinggi menghendaki media "
            "elektronik dan nonelektronik."
        ),
        (
            "The charter is published on {only} media only; PEKPPP's top score needs both electronic "
            "and non-electronic media."
        ),
    ),
    hint=(
        "Tambahkan media publikasi jenis yang belum ada.",
        "Add a medium of the missing type.",
    ),
)
def charter_published_on_and_off_line(charter: ServiceCharter, _: Context) -> Iterator[Issue]:
    """MK005 (regulations.md R14, PEKPPP part)."""
    if not charter.publications:
        return
    yield from single_medium(charter.publications)


@pekppp_versions(
    RULES,
    "MK006",
    common=(_CHARTER_ARTICLE,),
    kinds=CHARTER,
    severity=Severity.WARNING,
    title=("Maklumat memuat tiga pernyataan", "The charter makes the three commitments"),
    message=(
        "Maklumat tidak memuat: {missing}.",
        "The charter does not make: {missing}.",
    ),
    hint=(
        (
            "Maklumat memuat kesanggupan melaksanakan standar, perbaikan terus-menerus, dan kesediaan "
            "menerima sanksi atau memberi kompensasi."
        ),
        (
            "A charter pledges to deliver the standard, to improve continuously, and to accept "
            "sanctions or give compensation."
        ),
    ),
)
def charter_makes_the_commitments(charter: ServiceCharter, _: Context) -> Iterator[Issue]:
    """MK006 (regulations.md R15)."""
    missing = charter.missing_commitments()
    if missing:
        yield Issue(("commitments",), missing=missing)


@RULES.rule(
    "MK007",
    kinds=CHARTER,
    severity=Severity.WARNING,
    title=("Maklumat berisi pernyataan", "The charter has its statement"),
    message=("Maklumat tidak berisi teks pernyataan.", "The charter has no statement text."),
    hint=(
        "Tuliskan pernyataan maklumat sebagaimana dipublikasikan.",
        "Write the charter's statement as published.",
    ),
    basis=(_CHARTER_ARTICLE,),
    verified=False,
    note="UU 25/2009 Pasal 22 (maklumat as a statement of ability) is quoted from memory; "
    "regulations.md §1.10.",
)
def charter_has_a_statement(charter: ServiceCharter, context: Context) -> Iterator[Issue]:
    """MK007: the charter *is* a written statement (UU 25/2009 Pasal 1 definition)."""
    if context.config.is_placeholder(charter.statement):
        yield Issue(("statement",))


@RULES.rule(
    "MK008",
    kinds=CHARTER,
    severity=Severity.ERROR,
    title=("Maklumat ditetapkan", "The charter is established"),
    message=(
        "Maklumat masih berstatus {status}; maklumat wajib ditetapkan.",
        "The charter is still {status}; it must be established.",
    ),
    hint=(
        "Tetapkan maklumat dan catat tanggal serta penandatangannya.",
        "Establish the charter and record its date and signatory.",
    ),
    basis=(_CHARTER_DUTY,),
)
def charter_is_established(charter: ServiceCharter, _: Context) -> Iterator[Issue]:
    """MK008: Pasal 15 huruf b, "menyusun, menetapkan, dan memublikasikan"."""
    if charter.status is CharterStatus.DRAFT:
        yield Issue(("status",), status=charter.status)


@RULES.rule(
    "MK009",
    kinds=CHARTER,
    severity=Severity.WARNING,
    title=(
        "Maklumat mencakup standar yang ditetapkan",
        "The charter covers established standards",
    ),
    message=(
        "Maklumat mencakup standar {standard} yang {problem}.",
        "The charter covers standard {standard}, which {problem}.",
    ),
    hint=(
        "Perbarui daftar standar yang dicakup maklumat.",
        "Update the list of standards the charter covers.",
    ),
    basis=(_CHARTER_DUTY, _CHARTER_ARTICLE),
    cross_document=True,
)
def charter_covers_established_standards(
    charter: ServiceCharter, context: Context
) -> Iterator[Issue]:
    """MK009: a charter pledges to deliver *established* standards (Pasal 1 definition)."""
    index = context.index
    if index is None or not index.has("service_standard"):
        return
    for position, standard_id in enumerate(charter.standard_ids):
        standard = index.standards.get(standard_id)
        if standard is None:
            problem = Label("tidak ada dalam data yang diperiksa", "is not in the data checked")
        elif standard.status is not StandardStatus.ESTABLISHED:
            problem = Label(
                f"berstatus {standard.status.label.id}", f"is {standard.status.label.en.lower()}"
            )
        else:
            continue
        yield Issue(("standard_ids", position), standard=standard_id, problem=problem)
