r"""Component labels as units print them, mapped to the 14 components of UU 25/2009 Pasal 21.

A label is read word by word: case, punctuation, line breaks, a leading number or letter
("3.", "b."), a footnote mark ("*)") and a trailing colon do not matter; words glued together
("SistemMekanisme") are split, and a misspelt word ("Sitem", "Penyelesian", "tariff") is read as
the known word it is closest to. The words are then matched against :data:`LABEL_RULES`, in
order: the first rule one of whose phrases appears in the label decides. The order settles the
labels that name two things: "Persyaratan Sistem, Mekanisme dan Prosedur" is the procedure,
"Kompetensi Petugas" the competencies, "Jaminan Keamanan" the security guarantee, not the service
guarantee.

>>> match_label("Sitem, Mekanisme dan Prosedur").target
<Component.PROCEDURE: 'procedure'>
>>> match_label("Waktu Penyelesian").target, match_label("Waktu Penyelesian").corrected
(<Component.TIME_LIMIT: 'time_limit'>, (('penyelesian', 'penyelesaian'),))
>>> match_label("Penanganan\nPengaduan, Saran, dan\nMasukan").target.letter
'j'
>>> match_label("Jam Pelayanan").target
<RowKind.OPENING_HOURS: 'opening_hours'>
>>> match_label("Waktu Pelayanan").target  # a duration or clock times: decided by the content
<RowKind.SERVICE_TIME: 'service_time'>
>>> match_label("Nama Pemohon").target is None
True
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterator
from typing import Final, TypeAlias

import attrs

from ..._base.labels import LabelledEnum, register_labels
from ...model.components import Component

__all__ = [
    "LABEL_RULES",
    "LabelMatch",
    "LabelRule",
    "RowKind",
    "Target",
    "label_words",
    "match_label",
]


class RowKind(LabelledEnum):
    """A row that is not one of the 14 components: what it holds, and where the import puts it."""

    OPENING_HOURS = "opening_hours"
    SERVICE_TIME = "service_time"
    LOCATION = "location"
    DECREE = "decree"
    SERVICE_NAME = "service_name"
    MORE_INFORMATION = "more_information"
    VALIDITY = "validity"
    SECTION_DELIVERY = "section_delivery"
    SECTION_MANAGEMENT = "section_management"


register_labels(
    RowKind,
    {
        RowKind.OPENING_HOURS: ("Jam pelayanan", "Opening hours"),
        RowKind.SERVICE_TIME: (
            "Waktu pelayanan (jangka waktu atau jam pelayanan, menurut isinya)",
            "Service time (the time limit or the opening hours, by its content)",
        ),
        RowKind.LOCATION: ("Lokasi/tempat pelayanan", "Location"),
        RowKind.DECREE: ("Nomor keputusan penetapan", "Number of the establishing decree"),
        RowKind.SERVICE_NAME: ("Jenis/nama pelayanan", "Name of the service"),
        RowKind.MORE_INFORMATION: ("Informasi selengkapnya", "More information"),
        RowKind.VALIDITY: ("Masa berlaku produk", "Validity of the product"),
        RowKind.SECTION_DELIVERY: (
            "Judul bagian: komponen penyampaian pelayanan (service delivery)",
            "Section heading: service-delivery components",
        ),
        RowKind.SECTION_MANAGEMENT: (
            "Judul bagian: komponen pengelolaan pelayanan (manufacturing)",
            "Section heading: management components",
        ),
    },
)

Target: TypeAlias = Component | RowKind
"""What a row holds: one of the 14 components, or another kind of row."""


@attrs.frozen
class LabelRule:
    """Labels holding one of ``phrases`` (each a run of words, in order) hold ``target``."""

    target: Target
    phrases: tuple[tuple[str, ...], ...]


def _rule(target: Target, *phrases: str) -> LabelRule:
    return LabelRule(target, tuple(tuple(p.split()) for p in phrases))


C = Component
LABEL_RULES: Final[tuple[LabelRule, ...]] = (
    # Section headings first: "Komponen ... terkait dengan pelayanan (Service Delivery)".
    _rule(
        RowKind.SECTION_DELIVERY, "service delivery", "penyampaian pelayanan", "penyampaian layanan"
    ),
    _rule(
        RowKind.SECTION_MANAGEMENT, "manufacturing", "pengelolaan pelayanan", "pengelolaan layanan"
    ),
    # Components whose words also appear in other labels come before those labels' rules.
    _rule(C.SECURITY_GUARANTEE, "keamanan", "keselamatan", "security", "safety"),
    _rule(C.SERVICE_GUARANTEE, "jaminan", "guarantee", "maklumat"),
    _rule(C.PERFORMANCE_EVALUATION, "evaluasi", "penilaian kinerja", "evaluation"),
    _rule(
        C.EXECUTOR_COMPETENCIES,
        "kompetensi",
        "kualifikasi",
        "competence",
        "competency",
        "competencies",
    ),
    _rule(
        C.EXECUTOR_COUNT,
        "jumlah pelaksana",
        "jumlah petugas",
        "jumlah pegawai",
        "number of executors",
        "number of staff",
    ),
    _rule(C.INTERNAL_SUPERVISION, "pengawasan", "pengawas", "pengendalian", "supervision"),
    _rule(C.COMPLAINT_HANDLING, "pengaduan", "keluhan", "masukan", "complaint", "complaints"),
    _rule(C.LEGAL_BASIS, "dasar hukum", "landasan hukum", "dasar", "legal basis", "legal"),
    _rule(C.FEE, "biaya", "tarif", "retribusi", "fee", "fees", "cost", "costs", "tariff"),
    _rule(
        C.PRODUCTS,
        "produk",
        "hasil pelayanan",
        "hasil layanan",
        "hasil",
        "product",
        "products",
        "output",
    ),
    _rule(
        C.FACILITIES, "sarana", "prasarana", "fasilitas", "facilities", "facility", "infrastructure"
    ),
    _rule(
        C.TIME_LIMIT,
        "jangka waktu",
        "waktu penyelesaian",
        "lama pelayanan",
        "lama layanan",
        "completion time",
        "time limit",
    ),
    _rule(
        RowKind.OPENING_HOURS,
        "jam pelayanan",
        "jam layanan",
        "jam buka",
        "jam kerja",
        "jam operasional",
        "hari dan jam",
        "jadwal pelayanan",
        "jadwal layanan",
        "waktu buka",
        "opening hours",
        "service hours",
        "office hours",
    ),
    _rule(RowKind.SERVICE_TIME, "waktu pelayanan", "waktu layanan"),
    _rule(
        C.PROCEDURE,
        "prosedur",
        "mekanisme",
        "sistem",
        "alur",
        "tata cara",
        "sop",
        "procedure",
        "procedures",
        "mechanism",
    ),
    _rule(C.TIME_LIMIT, "waktu", "lama", "durasi", "time", "duration"),
    _rule(RowKind.VALIDITY, "masa berlaku"),
    _rule(C.REQUIREMENTS, "persyaratan", "syarat", "requirements", "requirement"),
    _rule(C.EXECUTOR_COUNT, "pelaksana", "petugas", "pegawai", "staff", "executors"),
    _rule(
        RowKind.LOCATION,
        "lokasi",
        "alamat",
        "tempat pelayanan",
        "tempat layanan",
        "location",
        "address",
    ),
    _rule(
        RowKind.DECREE, "no sk", "nomor sk", "sk", "penetapan", "ditetapkan", "keputusan", "decree"
    ),
    _rule(
        RowKind.SERVICE_NAME,
        "jenis pelayanan",
        "jenis layanan",
        "nama pelayanan",
        "nama layanan",
        "service name",
        "service",
    ),
    _rule(
        RowKind.MORE_INFORMATION, "informasi", "selengkapnya", "unduh", "download", "information"
    ),
)
"""The rules that read a label, in the order they are tried (see the module docstring)."""

# Words that appear in labels without deciding anything; known so that they are not "corrected".
_FILLER: Final = frozenset(
    {
        "a",
        "b",
        "dan",
        "atau",
        "the",
        "and",
        "of",
        "or",
        "yang",
        "dengan",
        "untuk",
        "oleh",
        "dalam",
        "pada",
        "bagi",
        "serta",
        "standar",
        "komponen",
        "pelayanan",
        "layanan",
        "penanganan",
        "pengelolaan",
        "saran",
        "apresiasi",
        "penyelesaian",
        "pembuatan",
        "proses",
        "pemberian",
        "terlibat",
        "diterima",
        "pelanggan",
        "besarnya",
        "pembayaran",
        "terkait",
        "kinerja",
        "internal",
        "hukum",
        "sk",
        "no",
        "nomor",
        "publik",
        "umum",
    }
)
_VOCABULARY: Final = (
    frozenset(word for rule in LABEL_RULES for phrase in rule.phrases for word in phrase) | _FILLER
)
_LEADING_NUMBER: Final = re.compile(r"^\s*(?:[0-9]{1,2}|[A-Za-z]|[IVXivx]{1,4})[.)]\s+")
_FOOTNOTE: Final = re.compile(r"\*+\)?|\(\*+\)")


@attrs.frozen
class LabelMatch:
    """How a printed label was read."""

    label: str
    """The label as printed."""
    target: Target | None
    """What it names, or ``None`` when no rule matched."""
    phrase: str = ""
    """The phrase that decided (``"jangka waktu"``), ``""`` when nothing matched."""
    corrected: tuple[tuple[str, str], ...] = ()
    """Misspelt words read as known ones: ``(("sitem", "sistem"),)``."""


def label_words(label: str) -> tuple[str, ...]:
    """The words of a label, lower-cased, without numbering, footnote marks or punctuation.

    >>> label_words("2. Sistem, mekanisme,dan prosedur *)")
    ('sistem', 'mekanisme', 'dan', 'prosedur')
    """
    text = _FOOTNOTE.sub(" ", label)
    text = _LEADING_NUMBER.sub("", text)
    return tuple(re.findall(r"[^\W\d_]+", text.lower()))


def _split_glued(word: str) -> tuple[str, ...] | None:
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if head in _VOCABULARY and tail in _VOCABULARY:
            return (head, tail)
    return None


@functools.lru_cache(maxsize=2048)
def _corrected(word: str) -> str | None:
    if len(word) < 5:
        return None
    close = difflib.get_close_matches(word, _VOCABULARY, n=1, cutoff=0.85)
    return close[0] if close else None


def _normalised(words: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    out: list[str] = []
    corrections: list[tuple[str, str]] = []
    for word in words:
        if word in _VOCABULARY:
            out.append(word)
            continue
        glued = _split_glued(word)
        if glued is not None:
            out.extend(glued)
            continue
        known = _corrected(word)
        if known is not None:
            corrections.append((word, known))
            out.append(known)
        else:
            out.append(word)
    return tuple(out), tuple(corrections)


def _contains(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(words[i : i + n] == phrase for i in range(len(words) - n + 1))


def match_label(label: str) -> LabelMatch:
    """Read a printed component label (see the module docstring)."""
    words, corrections = _normalised(label_words(label[:300]))
    for rule in LABEL_RULES:
        for phrase in rule.phrases:
            if _contains(words, phrase):
                return LabelMatch(label, rule.target, " ".join(phrase), corrections)
    return LabelMatch(label, None, "", corrections)


def phrases_for(target: Target) -> Iterator[tuple[int, str]]:
    """``(position in LABEL_RULES, phrase)`` for every phrase that reads as ``target``."""
    for position, rule in enumerate(LABEL_RULES, start=1):
        if rule.target is target:
            for phrase in rule.phrases:
                yield position, " ".join(phrase)
