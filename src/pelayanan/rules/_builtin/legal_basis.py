"""Rules on the instruments a document cites (*dasar hukum*): LB001–LB005.

Real standards cite UU 32/2004 ten years after UU 23/2014 revoked it, write "UU 52/2009 tentang
Pelayanan Publik", leave out UU 25/2009 itself, or copy a Perda of another city. These rules compare
what a document cites with the :data:`~pelayanan.law.CATALOGUE`: they speak only about instruments
the catalogue knows (an instrument it does not know is never an error), and they judge a citation
as of the day the document was established (its decree), or the check date when it has none.

A cited instrument is *known* when its key is a catalogue key, or when its kind, number and year
name exactly one catalogue entry (for ministers' and institutions' regulations, whose numbers repeat
across issuers, the title must agree too).
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Final

from ..._base.labels import Label
from ...law import CATALOGUE, Citation, Instrument, InstrumentKind
from ...model.providers import GovernmentLevel, Provider
from ...model.standards import ServiceStandard
from .._engine import Context, Issue, Registry, Severity
from ._common import PARTS, PROVIDER, STANDARD, Path, cite

__all__ = ["RULES", "known_instrument"]

RULES = Registry()
"""This subject's rules, each registered by its decorator."""

_UU25 = "uu-25-2009"
_UU25_ENTRY = CATALOGUE[_UU25]
_COMPONENT_A = cite(_UU25, article="21", letter="a")
_CITING = (*STANDARD, "service_charter", "consultation_forum", "policy_cycle")
"""The documents that may cite instruments; today only standards hold citations."""

K = InstrumentKind
_NATIONAL: Final = frozenset(
    {
        K.LAW,
        K.GOVERNMENT_REGULATION_IN_LIEU_OF_LAW,
        K.GOVERNMENT_REGULATION,
        K.PRESIDENTIAL_REGULATION,
        K.PRESIDENTIAL_DECREE,
    }
)
"""Kinds whose number and year name one instrument: there is one legislator for each."""

_TITLE_AGREES: Final = 0.75
"""How alike (``difflib`` ratio of the normalised titles) a cited title must be to the catalogue's
for the same instrument: "Standar Pelayanan" for "Pedoman Standar Pelayanan" agrees (0.81),
"Publik" for "Pelayanan Publik" does not (0.55)."""
_TITLE_MATCHES: Final = 0.9
"""How alike a title must be to name another instrument as the one probably meant."""


# --- reading citations --------------------------------------------------------------------------------


def _number(text: str | None) -> str:
    """A number compared without spaces, case or leading zeros ("002" is "2"); ``""`` for none."""
    compact = "".join((text or "").split()).casefold()
    return compact.lstrip("0") or "0" if compact.isdigit() else compact


_BY_NUMBER: Final[dict[tuple[InstrumentKind, str, int | None], list[Instrument]]] = {}
_BY_KIND: Final[dict[InstrumentKind, list[Instrument]]] = {}
for _instrument in sorted(CATALOGUE.values(), key=lambda i: (i.year or 0, i.starts or dt.date.min)):
    _key = (_instrument.kind, _number(_instrument.number), _instrument.year)
    _BY_NUMBER.setdefault(_key, []).append(_instrument)
    _BY_KIND.setdefault(_instrument.kind, []).append(_instrument)

_TAIL = re.compile(
    r"\s(?:sebagaimana\b|yang telah diubah\b|jo\.|juncto\b|\(|lembaran negara\b|berita negara\b)"
)


@functools.lru_cache(maxsize=8192)  # the same laws are cited by thousands of standards
def _title(text: str) -> str:
    """A title without case, punctuation, a leading "tentang" or a trailing gazette or amendment."""
    lowered = " " + " ".join(text.casefold().split())
    lowered = _TAIL.split(lowered, maxsplit=1)[0]
    words = re.sub(r"[^0-9a-z]+", " ", lowered).split()
    if words and words[0] == "tentang":
        words = words[1:]
    return " ".join(words)


def _likeness(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


@functools.lru_cache(maxsize=8192)
def _agrees(cited: str, known: str) -> bool:
    """Whether a cited title is the catalogue's, give or take a typo or a missing word.

    A citation that writes no title ("Peraturan Presiden Nomor 25 Tahun 2008;") disagrees with
    nothing.
    """
    c, k = _title(cited), _title(known)
    return not c or f" {k} " in f" {c} " or _likeness(c, k) >= _TITLE_AGREES


_CATALOGUE_IDS: Final = frozenset(id(i) for i in CATALOGUE.values())


def known_instrument(instrument: Instrument) -> Instrument | None:
    """The catalogue's entry for a cited instrument, or ``None`` if the catalogue does not know it.

    >>> from pelayanan.law import Instrument, InstrumentKind
    >>> uu = Instrument(InstrumentKind.LAW, "11", 2009, "Kesejahteraan Sosial")
    >>> known_instrument(uu).gazette
    'LN 2009/12, TLN 4967'
    >>> known_instrument(Instrument(InstrumentKind.LAW, "52", 2009, "Pelayanan Publik")) is None
    True
    """
    if id(instrument) in _CATALOGUE_IDS:  # the catalogue's own object, cited by its key
        return instrument
    return _written_instrument(instrument)


@functools.lru_cache(maxsize=4096)
def _written_instrument(instrument: Instrument) -> Instrument | None:
    if instrument.key in CATALOGUE:
        return CATALOGUE[instrument.key]
    if instrument.number is None or instrument.year is None:
        return None  # "PP 96" without its year names no one instrument
    same = _BY_NUMBER.get((instrument.kind, _number(instrument.number), instrument.year), [])
    if instrument.kind in _NATIONAL and len(same) == 1:
        return same[0]
    agreeing = [i for i in same if _agrees(instrument.title, i.title)]
    return agreeing[0] if len(agreeing) == 1 else None


_LAST: list[tuple[object, list[tuple[Path, Citation, Instrument | None]]]] = []


def _citations(document: object) -> list[tuple[Path, Citation, Instrument | None]]:
    """Each citation of a document with its path and the catalogue's entry for it (if known).

    The answer for the document last asked about is kept: the LB rules ask one after another.
    """
    if _LAST and _LAST[0][0] is document:
        return _LAST[0][1]
    found = [
        (path, value, known_instrument(value.instrument))
        for path, value in PARTS.found_of(document, Citation)
    ]
    _LAST[:] = [(document, found)]
    return found


def _mentions(text: str, instrument: Instrument) -> bool:
    """Whether ``text`` names ``instrument`` ("Nomor 24 Tahun 2013" or "UU 24/2013")."""
    if instrument.number is None or instrument.year is None:
        return False
    number = re.escape(instrument.number)
    pattern = rf"(?i)(?:nomor|no\.?)\s*:?\s*{number}\s+tahun\s+{instrument.year}|\b{number}/{instrument.year}\b"
    return re.search(pattern, text) is not None


def _cited_keys(document: object) -> tuple[set[str], str]:
    """The keys of the known instruments a document cites, and the text of its citations."""
    keys: set[str] = set()
    texts: list[str] = []
    for _, citation, known in _citations(document):
        if known is not None:
            keys.add(known.key)
        texts.extend((citation.instrument.title, citation.note))
    return keys, "\n".join(texts)


_ESTABLISHED = Label("tanggal penetapan dokumen", "the date the document was established")
_CHECKED = Label("tanggal pemeriksaan", "the check date")


def _reference(document: object, as_of: dt.date) -> tuple[dt.date, Label]:
    """The date a document's citations are judged on: its decree's, or the check date."""
    establishment = getattr(document, "establishment", None)
    decided = getattr(establishment, "decided_on", None)
    if isinstance(decided, dt.date):
        return decided, _ESTABLISHED
    return as_of, _CHECKED


def _names(instruments: Iterable[Instrument], lang_and: tuple[str, str]) -> Label:
    names = [str(i) for i in instruments]
    if len(names) <= 1:
        return Label("".join(names), "".join(names))
    id_and, en_and = lang_and
    head = ", ".join(names[:-1])
    return Label(f"{head} {id_and} {names[-1]}", f"{head} {en_and} {names[-1]}")


_AND = ("dan", "and")
_OR = ("atau", "or")
_UNVERIFIED = Label(
    " Tanggal atau penggantian ini belum terverifikasi pada sumber resmi.",
    " This date or replacement is not verified in an official source.",
)
_NO_NOTE = Label("", "")


# --- LB001 -----------------------------------------------------------------------------------------------


@RULES.rule(
    "LB001",
    kinds=STANDARD,
    severity=Severity.WARNING,
    title=(
        "Dasar hukum standar pelayanan mengutip UU 25/2009",
        "A service standard's legal basis cites UU 25/2009",
    ),
    message=(
        (
            "Dasar hukum standar tidak mengutip UU 25/2009 tentang Pelayanan Publik, undang-undang yang "
            "mewajibkan standar pelayanan."
        ),
        (
            "The standard's legal basis does not cite UU 25/2009 on Public Services, the law that "
            "requires service standards."
        ),
    ),
    hint=(
        (
            "Tambahkan 'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik' pada komponen "
            "dasar hukum."
        ),
        "Add 'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik' to the legal basis.",
    ),
    basis=(cite(_UU25, article="20", paragraph="1"), _COMPONENT_A),
    note="That the legal basis names UU 25/2009 is practice read from Pasal 20 ayat (1) (the duty "
    "to establish a standard) and Pasal 21 huruf a; 11 of the 19 real standards whose dasar hukum "
    "could be read leave it out.",
)
def legal_basis_cites_the_law(standard: ServiceStandard, _: Context) -> Iterator[Issue]:
    """LB001: only when component a is there (SP001 reports it missing)."""
    if not standard.legal_basis:
        return
    if not any(known_instrument(c.instrument) is _UU25_ENTRY for c in standard.legal_basis):
        yield Issue(("legal_basis",))


# --- LB002 -----------------------------------------------------------------------------------------------


_ENDED: dict[tuple[int, dt.date], tuple[dt.date, tuple[Instrument, ...]] | None] = {}
_AMENDED: dict[tuple[int, dt.date], tuple[Instrument, ...]] = {}
_REMEMBERED: Final = 65536
"""How many answers per catalogue question are kept (by instrument and date) before starting over."""


def _ended(known: Instrument, on: dt.date) -> tuple[dt.date, tuple[Instrument, ...]] | None:
    """The day catalogue entry ``known`` ceased to be in force by ``on``, and what replaced it."""
    key = (id(known), on)
    if key not in _ENDED:
        if len(_ENDED) > _REMEMBERED:
            _ENDED.clear()
        ends = CATALOGUE.ends(known.key)
        _ENDED[key] = (
            None
            if ends is None or on < ends
            else (ends, tuple(s for s in CATALOGUE.successors(known.key) if s.starts == ends))
        )
    return _ENDED[key]


@RULES.rule(
    "LB002",
    kinds=_CITING,
    severity=Severity.WARNING,
    title=("Peraturan yang dikutip masih berlaku", "A cited instrument is still in force"),
    message=(
        (
            "{instrument} sudah dicabut dan diganti {replacement} sejak {since}, sebelum {reference} "
            "({on}).{unverified}"
        ),
        (
            "{instrument} was revoked and replaced by {replacement} on {since}, before {reference} "
            "({on}).{unverified}"
        ),
    ),
    variants={
        "repealed": (
            "{instrument} sudah dicabut sejak {since}, sebelum {reference} ({on}).{unverified}",
            "{instrument} was revoked on {since}, before {reference} ({on}).{unverified}",
        )
    },
    hint=(
        "Ganti kutipan dengan peraturan yang berlaku pada tanggal penetapan.",
        "Cite the instrument in force on the date of establishment instead.",
    ),
    basis=(_COMPONENT_A, cite("uu-12-2011")),
    note="The dates and replacements are the catalogue's; where an instrument's dates are "
    "unverified the message says so.",
)
def cited_instruments_are_in_force(document: object, context: Context) -> Iterator[Issue]:
    """LB002: judged on the day the document was established (or the check date)."""
    on, reference = _reference(document, context.as_of)
    for path, _, known in _citations(document):
        ended = None if known is None else _ended(known, on)
        if known is None or ended is None:
            continue
        ends, successors = ended
        unverified = not known.dates_verified or not all(s.dates_verified for s in successors)
        params: dict[str, object] = {
            "instrument": known,
            "since": ends,
            "reference": reference,
            "on": on,
            "unverified": _UNVERIFIED if unverified else _NO_NOTE,
        }
        if successors:
            params["replacement"] = _names(successors, _AND)
        yield Issue(path, "default" if successors else "repealed", **params)


# --- LB003 -----------------------------------------------------------------------------------------------


def _amended_before(known: Instrument, on: dt.date) -> tuple[Instrument, ...]:
    """The amendments of catalogue entry ``known`` in force by ``on``, oldest first.

    None when ``known`` itself was no longer in force then (LB002 speaks of that).
    """
    key = (id(known), on)
    if key not in _AMENDED:
        if len(_AMENDED) > _REMEMBERED:
            _AMENDED.clear()
        before: tuple[Instrument, ...] = ()
        if CATALOGUE.is_in_force(known.key, on):
            amendments = CATALOGUE.amendments(known.key)
            before = tuple(
                sorted(
                    (a for a in amendments if a.starts is not None and a.starts <= on),
                    key=lambda a: a.starts or dt.date.min,
                )
            )
        _AMENDED[key] = before
    return _AMENDED[key]


@RULES.rule(
    "LB003",
    kinds=_CITING,
    severity=Severity.INFO,
    title=("Perubahan peraturan ikut dikutip", "An amended instrument is cited with its amendment"),
    message=(
        (
            "{instrument} telah diubah dengan {amendments} sebelum {reference} ({on}), tetapi "
            "perubahannya tidak dikutip."
        ),
        (
            "{instrument} had been amended by {amendments} before {reference} ({on}), but the "
            "amendment is not cited."
        ),
    ),
    hint=(
        "Kutip dengan 'sebagaimana telah diubah terakhir dengan ...', atau kutip perubahannya.",
        "Cite it 'as last amended by ...', or cite the amendment too.",
    ),
    basis=(_COMPONENT_A, cite("uu-12-2011", annex="II")),
    verified=False,
    note="That an amended instrument is cited with its amendment is the drafting technique of "
    "UU 12/2011 Lampiran II as remembered, not seen in the text (UNVERIFIED); hence information.",
)
def amendments_are_cited(document: object, context: Context) -> Iterator[Issue]:
    """LB003: satisfied when the latest amendment before the date is cited or named in the text."""
    on, reference = _reference(document, context.as_of)
    cited: tuple[set[str], str] | None = None
    for path, _, known in _citations(document):
        before = () if known is None else _amended_before(known, on)
        if known is None or not before:
            continue
        if cited is None:
            cited = _cited_keys(document)
        keys, text = cited
        if before[-1].key in keys or _mentions(text, before[-1]):
            continue
        missing = [a for a in before if a.key not in keys and not _mentions(text, a)]
        yield Issue(
            path, instrument=known, amendments=_names(missing, _AND), reference=reference, on=on
        )


# --- LB004 -----------------------------------------------------------------------------------------------


def _probably_meant(
    instrument: Instrument, candidates: Iterable[Instrument], exclude: Instrument | None = None
) -> list[Instrument]:
    """The ``candidates`` whose title is the cited one's, oldest first."""
    title = _title(instrument.title)
    return [
        i
        for i in candidates
        if i is not exclude
        and (_title(i.title) == title or _likeness(_title(i.title), title) >= _TITLE_MATCHES)
    ]


_ABOUT = re.compile(r"(?is)\b(?:tentang|ttg\.?)\s+(.+)")


def _written_title(citation: Citation) -> str:
    """The title a citation wrote: after "tentang" in :attr:`Citation.as_written`, else its own.

    A citation read from text that names a catalogue instrument is given the catalogue's entry,
    whose title is the catalogue's; what the document wrote is in ``as_written``.
    """
    if citation.as_written:
        about = _ABOUT.search(citation.as_written)
        return _title_as_written(about.group(1)) if about else ""
    return citation.instrument.title


def _title_as_written(text: str) -> str:
    """A written title without the gazette, the amendment chain or a closing ";" after it."""
    cut = _TAIL.split(" " + " ".join(text.split()), maxsplit=1)[0].strip()
    return cut.rstrip(" ;,.)")


_KNOWN_TITLES: dict[tuple[int, str], tuple[Instrument, ...]] = {}


def _disagreement(
    citation: Citation,
) -> tuple[Instrument | None, tuple[Instrument, ...], str] | None:
    """``(known, meant, title)`` when a citation's number, year and title disagree, else ``None``.

    ``known`` is the catalogue's instrument of that number and year (``None`` if there is none),
    ``meant`` the instruments whose title the citation carries, ``title`` the title it wrote.
    """
    cited = citation.instrument
    if id(cited) not in _CATALOGUE_IDS:
        found = _written_disagreement(cited)
        return None if found is None else (*found, cited.title)
    title = _written_title(citation)
    if not _title(title) or _agrees(title, cited.title):
        return None
    key = (id(cited), title)
    if key not in _KNOWN_TITLES:
        if len(_KNOWN_TITLES) > _REMEMBERED:
            _KNOWN_TITLES.clear()
        written = Instrument(cited.kind, cited.number, cited.year, title)
        _KNOWN_TITLES[key] = tuple(_probably_meant(written, _BY_KIND.get(cited.kind, []), cited))
    return cited, _KNOWN_TITLES[key], title


@functools.lru_cache(maxsize=4096)
def _written_disagreement(
    cited: Instrument,
) -> tuple[Instrument | None, tuple[Instrument, ...]] | None:
    same_kind = _BY_KIND.get(cited.kind, [])
    known = known_instrument(cited)
    if not _title(cited.title):
        return None  # a citation without a title: nothing to compare its number with
    if known is not None:
        if _agrees(cited.title, known.title):
            return None
        return known, tuple(_probably_meant(cited, same_kind, known))
    number = _number(cited.number)
    meant = [
        i
        for i in same_kind
        if (number and _number(i.number) == number and _agrees(cited.title, i.title))
        or (cited.year is not None and i.year == cited.year and _probably_meant(cited, (i,)))
    ]
    return (None, tuple(meant)) if meant else None


@RULES.rule(
    "LB004",
    kinds=_CITING,
    severity=Severity.WARNING,
    title=(
        "Nomor, tahun, dan judul peraturan yang dikutip cocok",
        "A cited instrument's number, year and title agree",
    ),
    message=(
        (
            "{instrument} dikutip dengan judul '{title}', padahal dalam katalog {instrument} berjudul "
            "'{known_title}'{meant}."
        ),
        (
            "{instrument} is cited with the title '{title}', but in the catalogue {instrument} is "
            "'{known_title}'{meant}."
        ),
    ),
    variants={
        "no_year": (
            "{instrument} tentang '{title}' dikutip tanpa tahun; judul itu adalah judul {meant}.",
            (
                "{instrument} on '{title}' is cited without its year; that title is the title of "
                "{meant}."
            ),
        ),
        "unknown": (
            (
                "{instrument} tentang '{title}' tidak ada dalam katalog; judul itu adalah judul "
                "{meant}. Periksa nomor dan tahunnya."
            ),
            (
                "{instrument} on '{title}' is not in the catalogue; that title is the title of "
                "{meant}. Check its number and year."
            ),
        ),
    },
    hint=(
        "Salin nomor, tahun, dan judul dari salinan resmi peraturan (JDIH, peraturan.go.id).",
        (
            "Copy the number, year and title from the instrument's official copy (JDIH, "
            "peraturan.go.id)."
        ),
    ),
    basis=(_COMPONENT_A,),
)
def numbers_and_titles_agree(document: object, _: Context) -> Iterator[Issue]:
    """LB004: a known number with another title, or an unknown number with a known title.

    An unknown instrument is named only when a catalogue instrument of the same kind shares its
    number and (give or take a word) its title, as "Permenpan RB 15/2015 tentang Standar Pelayanan"
    does 15/2014's, or its year and its very title, as "UU 52/2009 tentang Pelayanan Publik" does UU
    25/2009's; an old law of the same name (UU 22/1999 on regional government) is left alone.
    """
    for path, citation, _known in _citations(document):
        found = _disagreement(citation)
        if found is None:
            continue
        known, meant, title = found
        cited = citation.instrument
        if known is None:
            variant = "unknown" if cited.year is not None else "no_year"
            yield Issue(path, variant, instrument=cited, title=title, meant=_names(meant, _OR))
            continue
        yield Issue(
            path,
            instrument=cited,
            title=title,
            known_title=known.title,
            meant=Label(
                f"; judul itu adalah judul {_names(meant, _OR).id}",
                f"; that title is the title of {_names(meant, _OR).en}",
            )
            if meant
            else _NO_NOTE,
        )


# --- LB005 (across documents) -------------------------------------------------------------------------

_REGION_TYPES: Final = (
    ("prov", re.compile(r"(?:pemerintah\s+)?(?:provinsi|prov\.?|gubernur)\s+")),
    ("kab", re.compile(r"(?:pemerintah\s+)?(?:kabupaten|kab\.?|bupati)\s+")),
    ("kota", re.compile(r"(?:pemerintah\s+)?(?:kota|wali\s*kota)\s+")),
)
_PROVINCE_PREFIX = re.compile(
    r"^(?:daerah khusus ibu ?kota|daerah khusus|daerah istimewa|dki|di)\s+"
)


def _region(text: str, default: str | None = None) -> tuple[str | None, str]:
    """``(type, name)`` of a region as written: ``("kota", "medan")`` for "Kota Medan"."""
    lowered = " ".join(re.sub(r"[^0-9a-z.]+", " ", text.casefold()).split())
    kind = default
    for name, prefix in _REGION_TYPES:
        match = prefix.match(lowered)
        if match:
            kind, lowered = name, lowered[match.end() :]
            break
    lowered = " ".join(lowered.replace(".", " ").split())
    if lowered == "diy":
        lowered = "yogyakarta"
    return kind, _PROVINCE_PREFIX.sub("", lowered)


def _foreign(instrument: Instrument, provider: Provider) -> bool:
    """Whether a Perda or Perkada is of a region other than the provider's (or its province)."""
    region, level = provider.region, provider.level
    if instrument.issuer is None or region is None or level in (None, GovernmentLevel.CENTRAL):
        return False
    default = "prov" if instrument.kind is K.PROVINCIAL_REGULATION else None
    kind, name = _region(instrument.issuer, default)
    own: list[tuple[str | None, str]] = [("prov", _region(region.province.label.id)[1])]
    if level is not GovernmentLevel.PROVINCE:
        if region.regency_city is None:
            # Which regency or city the provider is, is not recorded: only provinces can differ.
            return kind == "prov" and name != own[0][1]
        local = "kota" if level is GovernmentLevel.CITY else "kab"
        own.append(_region(region.regency_city, local))
    return not any(name == n and kind in (None, k) for k, n in own)


def _provider_region(provider: Provider) -> Label:
    region = provider.region
    if region is None:
        return Label("-", "-")
    province = region.province.label
    if region.regency_city:
        return Label(
            f"{region.regency_city} ({province.id})", f"{region.regency_city} ({province.en})"
        )
    return province


@RULES.rule(
    "LB005",
    kinds=PROVIDER,
    severity=Severity.WARNING,
    title=(
        "Peraturan daerah yang dikutip adalah peraturan daerah penyelenggara",
        "A cited regional regulation is the provider's region's",
    ),
    message=(
        (
            "Standar {standard} mengutip {instrument}, peraturan {issuer}, bukan peraturan {region} "
            "tempat penyelenggara berada."
        ),
        (
            "Standard {standard} cites {instrument}, a regulation of {issuer}, not of {region} where "
            "the provider is."
        ),
    ),
    hint=(
        (
            "Kutip Perda atau Perkada daerah sendiri (atau provinsinya); kutipan dari daerah lain "
            "biasanya tersalin dari standar daerah lain."
        ),
        (
            "Cite the region's own Perda or Perkada (or its province's); another region's is usually "
            "copied from another region's standard."
        ),
    ),
    basis=(cite("uu-12-2011", article="7", paragraph="1"), _COMPONENT_A),
    cross_document=True,
    verified=False,
    note="Pasal 7 ayat (1) huruf f and g rank provincial and regency or city Perda; that one "
    "region's Perda does not bind another is this library's reading. Checked on the provider, "
    "against the standards of its units in the same run, so that standards need not be kept.",
)
def regional_regulations_are_local(provider: Provider, context: Context) -> Iterator[Issue]:
    """LB005: the standards of the provider's units (or naming the provider) in the run."""
    index = context.index
    if index is None or provider.region is None:
        return
    units = {unit.id: position for position, unit in enumerate(provider.units)}
    for summary in sorted(index.standards.values(), key=lambda s: s.id):
        position = units.get(summary.unit_id or "")
        if position is None and summary.provider_id != provider.id:
            continue
        path: Sequence[str | int] = ("units", position) if position is not None else ("region",)
        for instrument in summary.regional_basis:
            if _foreign(instrument, provider):
                yield Issue(
                    path,
                    standard=summary.id,
                    instrument=instrument,
                    issuer=instrument.issuer or "-",
                    region=_provider_region(provider),
                )
