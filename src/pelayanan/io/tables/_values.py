"""One call per component: the text of a component's cell, read into the model's typed value.

:func:`read_component` dispatches to one reader per component (:data:`READERS`); each returns a
:class:`Reading` with the value, the parts of the text it could not read, or why it could read
nothing. What a reader cannot read is never lost: a list item it cannot type keeps its text as its
name, a component it cannot type at all is kept in the standard's notes by the caller.
"""

from __future__ import annotations

import decimal
import re
from collections.abc import Callable, Mapping
from typing import Final

import attrs

from ..._base.errors import PelayananError, UnknownInstrumentError
from ...law import CATALOGUE, Citation, Instrument, InstrumentKind
from ...model.components import Component
from ...model.providers import CompetencyKind
from ...model.standards import (
    ComplaintChannel,
    ComplaintChannelKind,
    ComplaintHandling,
    ExecutorCount,
    Fee,
    Guarantee,
    InternalSupervision,
    PerformanceEvaluation,
    Procedure,
    RequirementKind,
    ResponseTier,
    StaffingLine,
    TimeLimit,
)
from ...time.durations import Duration
from . import _items

__all__ = ["MAX_READ_CHARS", "READERS", "Reading", "read_component", "split_items"]

MAX_READ_CHARS: Final = 20_000
"""Text longer than this is kept as written but not read (a real cell holds a few hundred)."""


@attrs.frozen
class Reading:
    """What a reader made of a component's text."""

    value: object | None
    unread: tuple[str, ...] = ()
    """Why parts of the text were not read (one entry per part)."""
    leftover: tuple[str, ...] = ()
    """Those parts of the text that the value does not hold, as written (the caller keeps them)."""
    failed: str | None = None
    """Why nothing could be read, when nothing could."""


# --- list items ------------------------------------------------------------------------------------

_MARKER: Final = re.compile(
    r"^\s*(?:(?:\d{1,3}|[a-zA-Z])[.)](?:\s*\d{1,3}[.)])?|\(\s*(?:\d{1,3}|[a-zA-Z])\s*\)|[•●◦▪\-–*·\uf0b7\uf0a7])\s+"
)


def split_items(text: str) -> list[str]:
    r"""The items of a list cell: numbered, lettered or bulleted lines, else lines, else ``;`` parts.

    A line without a marker after a marked one continues it (a wrapped line).

    >>> split_items("1. KTP\n2. KK\nasli")
    ['KTP', 'KK asli']
    >>> split_items("KTP; KK")
    ['KTP', 'KK']
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return []
    if any(_MARKER.match(line) for line in lines):
        items: list[str] = []
        for line in lines:
            marked = _MARKER.match(line)
            if marked is not None or not items or line.endswith(":"):
                items.append(line[marked.end() :] if marked is not None else line)
            elif items[-1].endswith(":"):
                items.append(line)
            else:
                items[-1] = f"{items[-1]} {line}"
        return [item.strip().rstrip(";").strip() for item in items if item.strip()]
    if len(lines) == 1 and ";" in lines[0]:
        return [part.strip() for part in lines[0].split(";") if part.strip()]
    return [line.rstrip(";").strip() for line in lines]


def _list(text: str, make: Callable[[str], tuple[object, tuple[str, ...]]]) -> Reading:
    values: list[object] = []
    unread: list[str] = []
    for item in split_items(text):
        value, problems = make(item)
        values.append(value)
        unread.extend(problems)
    return Reading(tuple(values), tuple(unread))


def _requirements(text: str) -> Reading:
    """Items of the list; a group line "Persyaratan administratif:" / "teknis:" sets their kind."""
    kind = RequirementKind.ADMINISTRATIVE
    values: list[object] = []
    unread: list[str] = []
    for item in split_items(text):
        group = _items.requirement_group(item)
        if group is not None:
            kind = group
            continue
        value, problems = _items.requirement(item, kind)
        values.append(value)
        unread.extend(problems)
    return Reading(tuple(values), tuple(unread))


def _competencies(text: str) -> Reading:
    """Items of the list; a group line "Pengetahuan:" or a leading "Pendidikan:" sets the kind."""
    kind: CompetencyKind | None = None
    values: list[object] = []
    unread: list[str] = []
    for item in split_items(text):
        group = _items.competency_group(item)
        if group is not None:
            kind = group
            continue
        value, problems = _items.competency(item, kind)
        values.append(value)
        unread.extend(problems)
    return Reading(tuple(values), tuple(unread))


def _products(text: str) -> Reading:
    """Items of the list; "(keterangan: …)" after a product is its description."""
    return _list(text, _items.product)


def _facilities(text: str) -> Reading:
    """Items of the list; "(untuk lansia, ibu hamil, …)" names the vulnerable groups served."""
    return _list(text, _items.facility)


_PROCEDURE_LABELS: Final = {
    "sistem": "system",
    "mekanisme": "mechanism",
    "bagan alir": "flowchart_url",
    "alur": "flowchart_url",
    "flowchart": "flowchart_url",
}


def _procedure(text: str) -> Reading:
    """Lines "Sistem: …", "Mekanisme: …", "Bagan alir: URL"; the other lines are the steps.

    Each step may end with "(pelaksana: …; waktu: …; hasil: …)".
    """
    fields: dict[str, str] = {}
    rest: list[str] = []
    for line in text.splitlines():
        found = _items.labelled_line(line, _PROCEDURE_LABELS)
        if found is not None and found[0] not in fields and found[1]:
            fields[found[0]] = found[1]
        else:
            rest.append(line)
    steps = []
    unread: list[str] = []
    for item in split_items("\n".join(rest)):
        value, problems = _items.step(item)
        steps.append(value)
        unread.extend(problems)
    url = fields.pop("flowchart_url", None)
    if url is not None and not re.match(r"https?://", url):
        fields["mechanism"] = "\n".join(x for x in (fields.get("mechanism"), url) if x)
        url = None
    return Reading(Procedure(tuple(steps), flowchart_url=url, **fields), tuple(unread))


# --- time limit, fee ---------------------------------------------------------------------------------

_DURATION: Final = re.compile(
    r"^\s*(?P<duration>\d+\s*(?:\([^)]*\)\s*)?(?:menit|jam|hari\s+kerja|hari\s+kalender|minutes?|hours?|working\s+days?|calendar\s+days?))\b\s*[.,;]?\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)


def _time_limit(text: str) -> Reading:
    """A duration "5 (lima) hari kerja" at the start; what follows ("sejak …") is when it counts from."""
    match = _DURATION.match(text)
    if match is None:
        return Reading(
            None, failed="no duration with a clear unit (menit, jam, hari kerja, hari kalender)"
        )
    try:
        duration = Duration.parse(" ".join(match["duration"].split()))
    except PelayananError as exc:
        return Reading(None, failed=str(exc))
    rest = " ".join(match["rest"].split())
    if rest.lower().startswith(("sejak", "terhitung", "setelah", "dihitung")):
        return Reading(TimeLimit(duration, counted_from=rest))
    return Reading(TimeLimit(duration, note=rest))


_FREE: Final = re.compile(
    r"^\s*(?:gratis|tidak\s+dipungut\s+(?:biaya|bayaran)|tanpa\s+biaya|tidak\s+ada\s+biaya|bebas\s+biaya|free)\b",
    re.IGNORECASE,
)
_RUPIAH: Final = re.compile(
    r"^\s*Rp\.?\s*(?P<amount>\d{1,3}(?:\.\d{3})*|\d+)(?:,(?:00|-)[-,;]*)?\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)


def _fee(text: str) -> Reading:
    """Free when "Gratis", "Tidak dipungut biaya", "Rp 0"; "Rp 25.000" an amount; the text its note."""
    if _FREE.match(text):
        return Reading(Fee(decimal.Decimal(0), note=" ".join(text.split())))
    match = _RUPIAH.match(text)
    if match is None:
        return Reading(
            None, failed="no amount and no word for free (Gratis, Tidak dipungut biaya, Rp ...)"
        )
    amount = decimal.Decimal(match["amount"].replace(".", ""))
    rest = " ".join(match["rest"].split()).strip("() ")
    return Reading(Fee(amount, note=rest))


# --- legal basis -------------------------------------------------------------------------------------

_KINDS: Final = (
    (r"undang[-\s]*undang\s+dasar|uud", InstrumentKind.CONSTITUTION, None, None),
    (r"undang[-\s]*undang|uu", InstrumentKind.LAW, None, None),
    (
        r"peraturan\s+pemerintah\s+pengganti\s+undang[-\s]*undang|perppu",
        InstrumentKind.GOVERNMENT_REGULATION_IN_LIEU_OF_LAW,
        None,
        None,
    ),
    (r"peraturan\s+pemerintah|pp", InstrumentKind.GOVERNMENT_REGULATION, None, None),
    (r"peraturan\s+presiden|perpres", InstrumentKind.PRESIDENTIAL_REGULATION, None, None),
    (
        r"peraturan\s+menteri\s+pendayagunaan\s+aparatur\s+negara\s+dan\s+reformasi\s+birokrasi|permenpan(?:\s*-?\s*rb)?",
        InstrumentKind.MINISTERIAL_REGULATION,
        "Permenpan RB",
        "Menteri PANRB",
    ),
    (
        r"peraturan\s+menteri\s+sosial|permensos",
        InstrumentKind.MINISTERIAL_REGULATION,
        "Permensos",
        "Menteri Sosial",
    ),
    (r"peraturan\s+menteri|permen", InstrumentKind.MINISTERIAL_REGULATION, None, None),
)
_CITATION: Final = re.compile(
    r"^\s*(?P<kind>[A-Za-z][A-Za-z\s-]*?)\s+(?:nomor|no\.?)\s*(?P<number>[\w./-]+)\s+tahun\s+(?P<year>\d{4})(?:\s+tentang\s+(?P<title>.+?))?\s*[;.]?\s*$",
    re.IGNORECASE | re.DOTALL,
)


def _citation(text: str) -> Citation | None:
    match = _CITATION.match(text)
    if match is None:
        return None
    written = " ".join(match["kind"].split())
    found = next((k for k in _KINDS if re.fullmatch(k[0], written, re.IGNORECASE)), None)
    if found is None:
        return None
    _, kind, abbreviation, issuer = found
    number, year = match["number"], int(match["year"])
    probe = Instrument(kind, number, year, "x", abbreviation=abbreviation)
    try:
        return Citation(CATALOGUE[probe.key])
    except UnknownInstrumentError:
        pass
    title = " ".join((match["title"] or "").split()) or str(probe)
    return Citation(Instrument(kind, number, year, title, abbreviation=abbreviation, issuer=issuer))


def _legal_basis(text: str) -> Reading:
    """Items "Undang-Undang Nomor 25 Tahun 2009 tentang …", matched to the catalogue when it has them."""
    citations, unread = [], []
    for item in split_items(text):
        citation = _citation(item)
        if citation is None:
            unread.append(
                f"{item!r} is not read as a citation (Kind Nomor N Tahun YYYY tentang ...)"
            )
            continue
        citations.append(citation)
    if not citations:
        return Reading(None, failed="no citation read (Kind Nomor N Tahun YYYY tentang ...)")
    return Reading(tuple(citations), tuple(unread))


# --- complaints, executors ---------------------------------------------------------------------------

_CHANNELS: Final = (
    (r"sms.*lapor|lapor.*sms", ComplaintChannelKind.SP4N_LAPOR_SMS),
    (r"sp4n|lapor", ComplaintChannelKind.SP4N_LAPOR_WEB),
    (r"kotak", ComplaintChannelKind.COMPLAINT_BOX),
    (r"langsung|tatap\s+muka", ComplaintChannelKind.DIRECT),
    (r"whats\s*app|wa\b", ComplaintChannelKind.MESSAGING),
    (r"telp|telepon|telpon|phone", ComplaintChannelKind.PHONE),
    (r"e-?mail|surel", ComplaintChannelKind.EMAIL),
    (r"website|situs|laman|web", ComplaintChannelKind.WEBSITE),
    (r"surat", ComplaintChannelKind.LETTER),
    (r"instagram|facebook|twitter|media\s+sosial", ComplaintChannelKind.SOCIAL_MEDIA),
)
_COMPLAINT_LABELS: Final = {"pengelola pengaduan": "manager", "pengelola": "manager"}


def _channel(item: str) -> ComplaintChannel | None:
    label, colon, value = item.partition(":")
    if not colon:
        return None
    for pattern, kind in _CHANNELS:
        if re.search(pattern, label, re.IGNORECASE):
            return ComplaintChannel(kind, value.strip())
    return None


def _complaints(text: str) -> Reading:
    """Channels "Kind: contact", "Pengelola pengaduan: …", tiers "Label: N hari kerja", and the procedure.

    A line ending in a colon ("Sarana pengaduan:") heads the lines below it and holds nothing.
    """
    manager: str | None = None
    rest = []
    for line in text.splitlines():
        found = _items.labelled_line(line, _COMPLAINT_LABELS)
        if found is not None and manager is None:
            manager = found[1]
        elif not line.strip().endswith(":"):
            rest.append(line)
    channels, tiers, procedure = [], [], []
    for item in split_items("\n".join(rest)):
        label, colon, value = item.partition(":")
        if colon:
            try:
                tiers.append(ResponseTier(label.strip(), Duration.parse(value.strip())))
                continue
            except PelayananError:
                pass
        channel = _channel(item)
        if channel is not None:
            channels.append(channel)
        else:
            procedure.append(item)
    return Reading(ComplaintHandling(tuple(channels), manager, tuple(tiers), "\n".join(procedure)))


_COUNT: Final = re.compile(
    r"^\s*(?P<role>[^:]+?)\s*:\s*(?P<count>\d+)\s*(?:orang|org|petugas|pegawai)?\.?\s*$",
    re.IGNORECASE,
)
_TOTAL: Final = re.compile(r"^(?:jumlah|total)$", re.IGNORECASE)


def _executor_count(text: str) -> Reading:
    """Lines "Role: N orang"; "Jumlah: N orang" is the total (else the sum)."""
    lines, total, unread, leftover = [], None, [], []
    for line in text.splitlines():
        match = _COUNT.match(line)
        if match is None:
            if line.strip():
                unread.append(f"{line.strip()!r} is not read as 'Role: N orang'")
                leftover.append(line.strip())
            continue
        if _TOTAL.match(match["role"]):
            total = int(match["count"])
        else:
            lines.append(StaffingLine(match["role"], int(match["count"])))
    if total is None and not lines:
        only = re.match(r"^\s*(\d+)\s*(?:orang|org|petugas|pegawai)\b", text, re.IGNORECASE)
        if only is None:
            return Reading(None, failed="no count read ('N orang', or 'Role: N orang' lines)")
        return Reading(ExecutorCount(int(only[1])))
    return Reading(
        ExecutorCount(total if total is not None else sum(x.count for x in lines), tuple(lines)),
        tuple(unread),
    )


# --- the statements ---------------------------------------------------------------------------------

_SUPERVISION_LABELS: Final = {"pengawas": "supervisors", "penanggung jawab": "supervisors"}


def _supervision(text: str) -> Reading:
    """The description, and a line "Pengawas: A; B; C" listing the supervisors."""
    supervisors: tuple[str, ...] = ()
    rest = []
    for line in text.splitlines():
        found = _items.labelled_line(line, _SUPERVISION_LABELS)
        if found is not None and not supervisors:
            separator = ";" if ";" in found[1] else ","
            supervisors = tuple(p.strip() for p in found[1].split(separator) if p.strip())
        else:
            rest.append(line)
    return Reading(InternalSupervision(" ".join(" ".join(rest).split()), supervisors))


_EVALUATION_LABELS: Final = {
    "metode": "method",
    "cara": "method",
    "periode": "interval",
    "frekuensi": "interval",
    "waktu": "interval",
    "penilai": "evaluator",
    "evaluator": "evaluator",
    "dievaluasi oleh": "evaluator",
}


def _evaluation(text: str) -> Reading:
    """The method; "Periode: setiap 6 bulan" (or such words anywhere) the interval; "Penilai: …"."""
    fields: dict[str, str] = {}
    rest = []
    for line in text.splitlines():
        found = _items.labelled_line(line, _EVALUATION_LABELS)
        if found is not None and found[0] not in fields:
            fields[found[0]] = found[1]
        else:
            rest.append(line)
    method = fields.get("method") or " ".join(" ".join(rest).split())
    months = _items.interval_months(fields.get("interval", text))
    unread: tuple[str, ...] = ()
    if "interval" in fields and months is None:
        unread = (f"the period {fields['interval']!r} is not read as a number of months",)
        method = " ".join(x for x in (method, fields["interval"]) if x)
    return Reading(PerformanceEvaluation(method, months, fields.get("evaluator", "")), unread)


def _guarantee(text: str) -> Reading:
    """The statement, as written."""
    return Reading(Guarantee(" ".join(text.split())))


READERS: Final[Mapping[Component, Callable[[str], Reading]]] = {
    Component.LEGAL_BASIS: _legal_basis,
    Component.REQUIREMENTS: _requirements,
    Component.PROCEDURE: _procedure,
    Component.TIME_LIMIT: _time_limit,
    Component.FEE: _fee,
    Component.PRODUCTS: _products,
    Component.FACILITIES: _facilities,
    Component.EXECUTOR_COMPETENCIES: _competencies,
    Component.INTERNAL_SUPERVISION: _supervision,
    Component.COMPLAINT_HANDLING: _complaints,
    Component.EXECUTOR_COUNT: _executor_count,
    Component.SERVICE_GUARANTEE: _guarantee,
    Component.SECURITY_GUARANTEE: _guarantee,
    Component.PERFORMANCE_EVALUATION: _evaluation,
}
"""The reader of each component; its docstring is the rule the reference page lists."""


def read_component(component: Component, text: str) -> Reading:
    """Read a component's text; text longer than :data:`MAX_READ_CHARS` is not read."""
    if len(text) > MAX_READ_CHARS:
        return Reading(None, failed=f"longer than {MAX_READ_CHARS} characters")
    try:
        return READERS[component](text)
    except (ValueError, TypeError, PelayananError) as exc:
        return Reading(None, failed=f"{type(exc).__name__}: {exc}")
