"""The types of the law wing: instruments, citations and the catalogue class.

The data is in :mod:`pelayanan.law._catalogue`; :mod:`pelayanan.law` puts the two together.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator, Mapping

import attrs

from .._base.errors import PelayananError, UnknownInstrumentError
from .._base.labels import LabelledEnum, register_labels
from .._base.validators import in_range, optional, optional_non_empty

__all__ = [
    "Catalogue",
    "Citation",
    "ConflictingInstrumentsError",
    "Instrument",
    "InstrumentKind",
    "NoInstrumentInForceError",
    "Topic",
]


class InstrumentKind(LabelledEnum):
    """The kind of a legal instrument, by the hierarchy of UU 12/2011 Pasal 7 and 8."""

    CONSTITUTION = "uud"
    MPR_DECREE = "tap_mpr"
    LAW = "uu"
    GOVERNMENT_REGULATION_IN_LIEU_OF_LAW = "perppu"
    GOVERNMENT_REGULATION = "pp"
    PRESIDENTIAL_REGULATION = "perpres"
    PROVINCIAL_REGULATION = "perda_provinsi"
    REGENCY_CITY_REGULATION = "perda_kabupaten_kota"
    MINISTERIAL_REGULATION = "permen"
    INSTITUTIONAL_REGULATION = "peraturan_lembaga"
    REGIONAL_HEAD_REGULATION = "perkada"
    PRESIDENTIAL_DECREE = "keppres"
    MINISTERIAL_DECREE = "kepmen"
    DECREE = "keputusan"
    JOINT_DECREE = "skb"
    CIRCULAR = "surat_edaran"
    GUIDELINE = "pedoman"
    OTHER = "lainnya"

    @property
    def abbreviation(self) -> str:
        """How the kind is abbreviated in a citation ("UU", "PP", "Perpres", ...)."""
        return _KIND_ABBREVIATIONS[self]

    @property
    def rank(self) -> int:
        """Position in the hierarchy of UU 12/2011 Pasal 7 ayat (1); lower is higher.

        Instruments outside Pasal 7 ayat (1) (Pasal 8 regulations, decrees, guidelines) rank 8.
        """
        return _KIND_RANKS.get(self, 8)


register_labels(
    InstrumentKind,
    {
        InstrumentKind.CONSTITUTION: ("Undang-Undang Dasar", "Constitution"),
        InstrumentKind.MPR_DECREE: (
            "Ketetapan MPR",
            "Decree of the People's Consultative Assembly",
        ),
        InstrumentKind.LAW: ("Undang-Undang", "Law"),
        InstrumentKind.GOVERNMENT_REGULATION_IN_LIEU_OF_LAW: (
            "Peraturan Pemerintah Pengganti Undang-Undang",
            "Government regulation in lieu of law",
        ),
        InstrumentKind.GOVERNMENT_REGULATION: ("Peraturan Pemerintah", "Government regulation"),
        InstrumentKind.PRESIDENTIAL_REGULATION: ("Peraturan Presiden", "Presidential regulation"),
        InstrumentKind.PROVINCIAL_REGULATION: (
            "Peraturan Daerah Provinsi",
            "Provincial regulation",
        ),
        InstrumentKind.REGENCY_CITY_REGULATION: (
            "Peraturan Daerah Kabupaten/Kota",
            "Regency or city regulation",
        ),
        InstrumentKind.MINISTERIAL_REGULATION: ("Peraturan Menteri", "Ministerial regulation"),
        InstrumentKind.INSTITUTIONAL_REGULATION: (
            "Peraturan lembaga negara",
            "Regulation of a state institution",
        ),
        InstrumentKind.REGIONAL_HEAD_REGULATION: (
            "Peraturan Kepala Daerah",
            "Regulation of a regional head",
        ),
        InstrumentKind.PRESIDENTIAL_DECREE: ("Keputusan Presiden", "Presidential decree"),
        InstrumentKind.MINISTERIAL_DECREE: ("Keputusan Menteri", "Ministerial decree"),
        InstrumentKind.DECREE: ("Keputusan", "Decree"),
        InstrumentKind.JOINT_DECREE: ("Surat Keputusan Bersama", "Joint decree"),
        InstrumentKind.CIRCULAR: ("Surat Edaran", "Circular"),
        InstrumentKind.GUIDELINE: ("Pedoman", "Guideline"),
        InstrumentKind.OTHER: ("Lainnya", "Other"),
    },
)

_KIND_ABBREVIATIONS = {
    InstrumentKind.CONSTITUTION: "UUD",
    InstrumentKind.MPR_DECREE: "Tap MPR",
    InstrumentKind.LAW: "UU",
    InstrumentKind.GOVERNMENT_REGULATION_IN_LIEU_OF_LAW: "Perppu",
    InstrumentKind.GOVERNMENT_REGULATION: "PP",
    InstrumentKind.PRESIDENTIAL_REGULATION: "Perpres",
    InstrumentKind.PROVINCIAL_REGULATION: "Perda Provinsi",
    InstrumentKind.REGENCY_CITY_REGULATION: "Perda",
    InstrumentKind.MINISTERIAL_REGULATION: "Permen",
    InstrumentKind.INSTITUTIONAL_REGULATION: "Peraturan",
    InstrumentKind.REGIONAL_HEAD_REGULATION: "Perkada",
    InstrumentKind.PRESIDENTIAL_DECREE: "Keppres",
    InstrumentKind.MINISTERIAL_DECREE: "Kepmen",
    InstrumentKind.DECREE: "Keputusan",
    InstrumentKind.JOINT_DECREE: "SKB",
    InstrumentKind.CIRCULAR: "SE",
    InstrumentKind.GUIDELINE: "Pedoman",
    InstrumentKind.OTHER: "",
}

_KIND_RANKS = {
    InstrumentKind.CONSTITUTION: 1,
    InstrumentKind.MPR_DECREE: 2,
    InstrumentKind.LAW: 3,
    InstrumentKind.GOVERNMENT_REGULATION_IN_LIEU_OF_LAW: 3,
    InstrumentKind.GOVERNMENT_REGULATION: 4,
    InstrumentKind.PRESIDENTIAL_REGULATION: 5,
    InstrumentKind.PROVINCIAL_REGULATION: 6,
    InstrumentKind.REGENCY_CITY_REGULATION: 7,
}


class Topic(LabelledEnum):
    """What an instrument governs; used to find the instrument in force for a topic on a date."""

    FRAMEWORK = "framework"
    IMPLEMENTATION = "implementation"
    SERVICE_STANDARDS = "service_standards"
    PUBLIC_CONSULTATION = "public_consultation"
    SATISFACTION_SURVEY = "satisfaction_survey"
    PERFORMANCE_EVALUATION = "performance_evaluation"
    COMPLAINTS = "complaints"
    COMPLAINT_MANAGEMENT = "complaint_management"
    INFORMATION_SYSTEM = "information_system"
    WORKING_DAYS = "working_days"
    HOLIDAYS = "holidays"
    OMBUDSMAN = "ombudsman"
    OMBUDSMAN_ASSESSMENT = "ombudsman_assessment"
    OMBUDSMAN_PROCEDURE = "ombudsman_procedure"
    LEGISLATION = "legislation"
    REGIONAL_GOVERNMENT = "regional_government"


register_labels(
    Topic,
    {
        Topic.FRAMEWORK: ("Kerangka pelayanan publik", "Public-service framework"),
        Topic.IMPLEMENTATION: ("Pelaksanaan UU Pelayanan Publik", "Implementation of the law"),
        Topic.SERVICE_STANDARDS: ("Pedoman standar pelayanan", "Service standard guidelines"),
        Topic.PUBLIC_CONSULTATION: ("Forum konsultasi publik", "Public consultation forums"),
        Topic.SATISFACTION_SURVEY: ("Survei kepuasan masyarakat", "Public satisfaction survey"),
        Topic.PERFORMANCE_EVALUATION: (
            "Evaluasi kinerja pelayanan publik",
            "Public-service performance evaluation",
        ),
        Topic.COMPLAINTS: ("Pengelolaan pengaduan", "Complaint handling"),
        Topic.COMPLAINT_MANAGEMENT: (
            "Pedoman pengelolaan pengaduan (SP4N-LAPOR!)",
            "Complaint management guidelines (SP4N-LAPOR!)",
        ),
        Topic.INFORMATION_SYSTEM: (
            "Sistem informasi pelayanan publik",
            "Public-service information system",
        ),
        Topic.WORKING_DAYS: ("Hari dan jam kerja", "Working days and hours"),
        Topic.HOLIDAYS: ("Hari libur", "Public holidays"),
        Topic.OMBUDSMAN: ("Ombudsman Republik Indonesia", "Ombudsman of the Republic of Indonesia"),
        Topic.OMBUDSMAN_ASSESSMENT: ("Penilaian Ombudsman", "Ombudsman assessment"),
        Topic.OMBUDSMAN_PROCEDURE: (
            "Pemeriksaan dan penyelesaian laporan Ombudsman",
            "Ombudsman examination of reports",
        ),
        Topic.LEGISLATION: ("Pembentukan peraturan perundang-undangan", "Law-making"),
        Topic.REGIONAL_GOVERNMENT: ("Pemerintahan daerah", "Regional government"),
    },
)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@attrs.frozen
class Instrument:
    """A legal instrument (*peraturan* or *keputusan*): its kind, number, year and title.

    Catalogue entries also carry dates and what they replace; instruments supplied by users (a
    Perda, a head of office's decree) usually need only kind, number, year and title.

    >>> perda = Instrument(
    ...     InstrumentKind.REGENCY_CITY_REGULATION, "5", 2019,
    ...     "Penyelenggaraan Pelayanan Publik", issuer="Kota Jambi",
    ... )
    >>> str(perda), perda.key
    ('Perda Kota Jambi 5/2019', 'perda-kota-jambi-5-2019')

    An instrument cited in a real document may lack facts the citation did not write (a PP cited
    by number without its year, a circular without its title); what was written is kept, and it
    still renders. The Constitution has a year and no number:

    >>> pp96 = Instrument(InstrumentKind.GOVERNMENT_REGULATION, "96")
    >>> str(pp96), str(Instrument(InstrumentKind.CONSTITUTION, year=1945))
    ('PP 96', 'UUD 1945')
    """

    kind: InstrumentKind
    number: str | None = attrs.field(default=None, validator=optional_non_empty)
    """The official number, e.g. ``"25"`` or ``"KEP/25/M.PAN/2/2004"``; ``None`` when not written."""
    year: int | None = attrs.field(default=None, validator=optional(in_range(1945, 2999)))
    """The year; ``None`` when the citation did not write it."""
    title: str = ""
    """What it is about (*tentang ...*); empty when the citation did not write it."""
    abbreviation: str | None = attrs.field(default=None, validator=optional_non_empty)
    """How it is cited when the kind's abbreviation is not enough, e.g. ``"Permenpan RB"``."""
    issuer: str | None = attrs.field(default=None, validator=optional_non_empty)
    """The issuing authority or region, e.g. ``"Menteri PANRB"`` or ``"Kota Jambi"``."""
    enacted_on: dt.date | None = None
    """*Ditetapkan*: the date it was signed."""
    promulgated_on: dt.date | None = None
    """*Diundangkan*: the date it was published in the official gazette."""
    effective_from: dt.date | None = None
    """*Mulai berlaku*: the date it came into force."""
    repealed_on: dt.date | None = None
    """The date it ceased to be in force without a successor in the catalogue."""
    replaces: tuple[str, ...] = ()
    """Keys of the instruments it revoked and replaced."""
    amends: tuple[str, ...] = ()
    """Keys of the instruments it amended without replacing them."""
    topics: tuple[Topic, ...] = ()
    gazette: str | None = None
    """Where it was published, e.g. ``"LN 2009/112"`` or ``"BN 2014/615"``."""
    url: str | None = None
    dates_verified: bool = True
    """``False`` where the dates were not seen on an official record (peraturan.go.id, JDIH) or in
    the instrument's own text: from memory, an inference, or a secondary source (see :attr:`note`)."""
    note: str = ""

    @property
    def key(self) -> str:
        """A stable identifier derived from the citation form, e.g. ``"uu-25-2009"``."""
        return _slug(str(self))

    def _prefix(self) -> str:
        prefix = self.abbreviation or self.kind.abbreviation
        if self.issuer and self.abbreviation is None and self.kind in _REGIONAL_KINDS:
            prefix = f"{prefix} {self.issuer}"
        return prefix

    def __str__(self) -> str:
        number = self.number
        if self.kind is InstrumentKind.CONSTITUTION and self.year is not None:
            number = str(self.year)  # "UUD 1945": the Constitution is named by its year
        elif number is None:
            number = "" if self.year is None else str(self.year)
        elif "/" not in number and self.year is not None:
            number = f"{number}/{self.year}"
        return f"{self._prefix()} {number}".strip()

    def full_name(self) -> str:
        """The instrument named as Indonesian texts write it in full.

        >>> from pelayanan.law import CATALOGUE
        >>> CATALOGUE["uu-25-2009"].full_name()
        'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik'
        """
        if self.kind is InstrumentKind.CONSTITUTION:
            title = self.title or (
                f"Negara Republik Indonesia Tahun {self.year}" if self.year else ""
            )
            return f"{self.kind.label.id} {title}".strip()
        name = self.abbreviation or self.kind.label.id
        if self.issuer and self.abbreviation is None and self.kind in _ISSUED_KINDS:
            minister = self.kind in _MINISTERIAL and self.issuer.startswith("Menteri")
            name = f"{name.split()[0]} {self.issuer}" if minister else f"{name} {self.issuer}"
        parts = [name]
        if self.number is not None:
            parts.append(f"Nomor {self.number}")
        if self.year is not None and (self.number is None or "/" not in self.number):
            parts.append(f"Tahun {self.year}")
        if self.title:
            parts.append(f"tentang {self.title}")
        return " ".join(parts)

    @property
    def starts(self) -> dt.date | None:
        """The first day in force: ``effective_from``, else ``promulgated_on``, else ``enacted_on``."""
        return self.effective_from or self.promulgated_on or self.enacted_on


_REGIONAL_KINDS = frozenset(
    {
        InstrumentKind.PROVINCIAL_REGULATION,
        InstrumentKind.REGENCY_CITY_REGULATION,
        InstrumentKind.REGIONAL_HEAD_REGULATION,
    }
)
# Kinds whose full name carries the issuer ("Peraturan Daerah Kota Jambi", "Keputusan Bupati
# Ciamis"); a ministry is part of the abbreviation ("Permenkes") or of the kind's label.
_MINISTERIAL = frozenset({InstrumentKind.MINISTERIAL_REGULATION, InstrumentKind.MINISTERIAL_DECREE})
_ISSUED_KINDS = _REGIONAL_KINDS | _MINISTERIAL | {InstrumentKind.DECREE}


@attrs.frozen(repr=False)
class Citation:
    """A pointer into an instrument: Pasal, ayat, huruf, angka, or Lampiran.

    Field names are English; the Indonesian terms are *Pasal* (``article``), *ayat*
    (``paragraph``), *huruf* (``letter``), *angka* (``item``) and *Lampiran* (``annex``).

    >>> from pelayanan.law import CATALOGUE
    >>> str(Citation(CATALOGUE["permenpan-rb-14-2017"], annex=""))
    'Permenpan RB 14/2017 Lampiran'
    """

    instrument: Instrument
    article: str | None = attrs.field(default=None, validator=optional_non_empty)
    paragraph: str | None = attrs.field(default=None, validator=optional_non_empty)
    letter: str | None = attrs.field(default=None, validator=optional_non_empty)
    item: str | None = attrs.field(default=None, validator=optional_non_empty)
    annex: str | None = None
    """``""`` for the whole Lampiran, or its label (``"I"``, ``"Bab III"``)."""
    note: str = ""
    as_written: str = attrs.field(default="", kw_only=True)
    """The citation as the source wrote it, word for word (empty for citations made in code)."""

    def __repr__(self) -> str:
        note = f", note={self.note!r}" if self.note else ""
        return f"<Citation {str(self)!r}{note}>"

    def __str__(self) -> str:
        parts = [str(self.instrument)]
        if self.annex is not None:
            parts.append(f"Lampiran {self.annex}".strip())
        if self.article is not None:
            parts.append(f"Pasal {self.article}")
        if self.paragraph is not None:
            parts.append(f"ayat ({self.paragraph})")
        if self.letter is not None:
            parts.append(f"huruf {self.letter}")
        if self.item is not None:
            parts.append(f"angka {self.item}")
        return " ".join(parts)

    @classmethod
    def parse(cls, text: str, catalogue: Catalogue | None = None) -> Citation:
        """Read a citation written the usual way, for an instrument in ``catalogue``.

        >>> c = Citation.parse("Permenpan RB 15/2014 Lampiran")
        >>> c.instrument.key, c.annex
        ('permenpan-rb-15-2014', '')
        >>> Citation.parse("UU 99/2099 Pasal 1")
        Traceback (most recent call last):
        ...
        pelayanan.UnknownInstrumentError: no instrument in the catalogue matches 'UU 99/2099 Pasal 1'
        """
        if catalogue is None:
            return _parse_in_builtin_catalogue(text)
        return cls._parse(text, catalogue)

    @classmethod
    def _parse(cls, text: str, catalogue: Catalogue) -> Citation:
        instrument, rest = catalogue.match_prefix(text.strip())
        match = _CITATION_TAIL.fullmatch(rest)
        if match is None:
            msg = f"cannot read the article part of {text!r}: expected 'Pasal N ayat (n) huruf x'"
            raise PelayananError(msg)
        return cls(
            instrument,
            article=match["article"],
            paragraph=match["paragraph"],
            letter=match["letter"],
            item=match["item"],
            annex=None if match["annex"] is None else (match["annex_label"] or ""),
        )


@functools.lru_cache(maxsize=4096)
def _parse_in_builtin_catalogue(text: str) -> Citation:
    """Citations repeat across documents; parsed ones are immutable, so they are cached."""
    from . import CATALOGUE  # noqa: PLC0415  (the package builds it from the data module)

    return Citation._parse(text, CATALOGUE)


_CITATION_TAIL = re.compile(
    r"\s*(?P<annex>Lampiran(?:\s+(?P<annex_label>[^\s]+(?:\s+[IVXLC\d]+)?))?)?"
    r"\s*(?:Pasal\s+(?P<article>\d+[A-Z]?))?"
    r"\s*(?:ayat\s+\((?P<paragraph>[\dA-Za-z]+)\))?"
    r"\s*(?:huruf\s+(?P<letter>[a-z]))?"
    r"\s*(?:angka\s+(?P<item>\d+))?\s*",
)


class NoInstrumentInForceError(PelayananError, LookupError):
    """No instrument in the catalogue governs a topic on the date asked for."""


class ConflictingInstrumentsError(PelayananError, LookupError):
    """More than one instrument claims to govern a topic on the date asked for."""


class Catalogue(Mapping[str, Instrument]):
    """An immutable collection of instruments keyed by :attr:`Instrument.key`.

    Knows which instrument replaced which, so it can tell whether an instrument was in force on a
    date and which one governed a topic then.
    """

    def __init__(self, instruments: Iterable[Instrument]) -> None:
        self._by_key: dict[str, Instrument] = {}
        for instrument in instruments:
            if instrument.key in self._by_key:
                msg = f"two instruments have the key {instrument.key!r}"
                raise ValueError(msg)
            self._by_key[instrument.key] = instrument
        self._replaced_by: dict[str, list[Instrument]] = {}
        for instrument in self._by_key.values():
            for old in instrument.replaces:
                self._replaced_by.setdefault(old, []).append(instrument)
        # Longest rendering first, so that "Permenpan RB 1/2015" does not match "...15/2014".
        self._by_rendering = sorted(
            ((str(i), i) for i in self._by_key.values()), key=lambda pair: -len(pair[0])
        )

    def __getitem__(self, key: str) -> Instrument:
        try:
            return self._by_key[key]
        except KeyError:
            msg = f"no instrument with key {key!r} in the catalogue"
            raise UnknownInstrumentError(msg) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_key)

    def __len__(self) -> int:
        return len(self._by_key)

    def with_instruments(self, *instruments: Instrument) -> Catalogue:
        """A new catalogue with ``instruments`` added (for a Perda, a Perkada, a decree)."""
        return Catalogue([*self._by_key.values(), *instruments])

    def successors(self, key: str) -> tuple[Instrument, ...]:
        """The instruments that replaced the one with ``key``."""
        return tuple(self._replaced_by.get(key, ()))

    def ends(self, key: str) -> dt.date | None:
        """The first day ``key`` was no longer in force, or ``None`` while it still is."""
        instrument = self[key]
        ends = [s.starts for s in self.successors(key) if s.starts is not None]
        if instrument.repealed_on is not None:
            ends.append(instrument.repealed_on)
        return min(ends, default=None)

    def is_in_force(self, key: str, on: dt.date) -> bool:
        """Whether the instrument with ``key`` was in force on ``on``."""
        instrument = self[key]
        starts, ends = instrument.starts, self.ends(key)
        return (starts is None or starts <= on) and (ends is None or on < ends)

    def in_force_for(self, topic: Topic, on: dt.date) -> Instrument:
        """The one instrument governing ``topic`` on ``on``.

        Raises :class:`NoInstrumentInForceError` when none does and
        :class:`ConflictingInstrumentsError` when more than one does.
        """
        found = [
            i for i in self._by_key.values() if topic in i.topics and self.is_in_force(i.key, on)
        ]
        if not found:
            msg = f"no instrument on {topic.label.en.lower()} was in force on {on.isoformat()}"
            raise NoInstrumentInForceError(msg)
        if len(found) > 1:
            names = ", ".join(sorted(str(i) for i in found))
            msg = f"{names} all govern {topic.label.en.lower()} on {on.isoformat()}"
            raise ConflictingInstrumentsError(msg)
        return found[0]

    def chain(self, topic: Topic, since: str | None = None) -> tuple[Instrument, ...]:
        """The instruments governing ``topic``, oldest first, linked by what replaced what.

        Versioned data (the SKM questionnaires, the PEKPPP instruments, the complaint guidelines)
        and the rules resting on it follow this chain, so that a new version is one catalogue
        entry that ``replaces`` the last one, plus its data. ``since`` starts the chain at that
        instrument. Raises :class:`ConflictingInstrumentsError` when the chain forks or has two
        starts, because then no single instrument governs the topic on some day.

        >>> from pelayanan.law import CATALOGUE
        >>> [i.key for i in CATALOGUE.chain(Topic.SATISFACTION_SURVEY)]
        ['kepmenpan-kep-25-m-pan-2-2004', 'permenpan-rb-16-2014', 'permenpan-rb-14-2017']
        """
        members = {i.key: i for i in self._by_key.values() if topic in i.topics}
        starts = [i for i in members.values() if not set(i.replaces) & members.keys()]
        if since is not None:
            starts = [self[since]]
        if len(starts) != 1:
            names = ", ".join(sorted(str(i) for i in starts)) or "none"
            msg = f"the instruments on {topic.label.en.lower()} do not form one chain: {names}"
            raise ConflictingInstrumentsError(msg)
        chain = [starts[0]]
        while True:
            following = [i for i in self.successors(chain[-1].key) if i.key in members]
            if not following:
                return tuple(chain)
            if len(following) > 1:
                names = ", ".join(sorted(str(i) for i in following))
                msg = f"{chain[-1]} is replaced by more than one instrument: {names}"
                raise ConflictingInstrumentsError(msg)
            chain.append(following[0])

    def amendments(self, key: str, on: dt.date | None = None) -> tuple[Instrument, ...]:
        """Instruments that amend ``key`` (those in force on ``on`` if a date is given)."""
        return tuple(
            i
            for i in self._by_key.values()
            if key in i.amends and (on is None or self.is_in_force(i.key, on))
        )

    def match_prefix(self, text: str) -> tuple[Instrument, str]:
        """Split ``text`` into the instrument it starts with and the rest."""
        for rendering, instrument in self._by_rendering:
            if text.startswith(rendering) and (
                len(text) == len(rendering) or text[len(rendering)].isspace()
            ):
                return instrument, text[len(rendering) :]
        msg = f"no instrument in the catalogue matches {text!r}"
        raise UnknownInstrumentError(msg)
