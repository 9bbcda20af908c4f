"""One call per component: the text of a component's cell, read into the model's typed value.

:func:`read_component` dispatches to one reader per component (:data:`READERS`). The time limit,
the fee, the legal basis, the complaint channels and the executor count are read by the text
parsers of :mod:`pelayanan.io.text`, which keep the text as written in the value; lists are split
by :func:`pelayanan.io.text.split_items` and each item is read by :mod:`._items`. Each reader
returns a :class:`Reading`: the value, why parts of the text were not read, and those parts as
written when the value does not hold them (the caller keeps them in the standard's notes).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Final

import attrs

from ..._base.labels import Label
from ...model.components import Component
from ...model.providers import Competency, CompetencyKind
from ...model.standards import (
    ComplaintChannel,
    ComplaintChannelKind,
    ComplaintHandling,
    FeeForm,
    Guarantee,
    InternalSupervision,
    PerformanceEvaluation,
    Procedure,
    Requirement,
    RequirementKind,
    ResponseTier,
    TimeLimitForm,
)
from .. import text as parsers
from . import _items

__all__ = ["MAX_READ_CHARS", "READERS", "Reading", "read_component"]

MAX_READ_CHARS: Final = 20_000
"""Text longer than this is kept as written but not read (a real cell holds a few hundred)."""

Why = Label | parsers.TextIssue
"""Why a text, or a part of it, was not read, in Indonesian and English."""


@attrs.frozen
class Reading:
    """What a reader made of a component's text."""

    value: object | None
    unread: tuple[Why, ...] = ()
    """Why parts of the text were not read (one entry per part)."""
    leftover: tuple[str, ...] = ()
    """Those parts of the text that the value does not hold, as written (the caller keeps them)."""
    failed: Why | None = None
    """Why nothing could be read, when nothing could."""


# --- lists -------------------------------------------------------------------------------------------


def _groups(
    text: str, group: Callable[[str], object | None]
) -> Iterator[tuple[object | None, str]]:
    """The text cut at its group lines ("Persyaratan teknis:"): each group's kind and lines."""
    kind: object | None = None
    lines: list[str] = []
    for line in text.splitlines():
        found = group(line)
        if found is None:
            lines.append(line)
            continue
        if any(x.strip() for x in lines):
            yield kind, "\n".join(lines)
        kind, lines = found, []
    if any(x.strip() for x in lines):
        yield kind, "\n".join(lines)


def _items_of(text: str) -> list[str]:
    return [item.text for item in parsers.split_items(text) if item.text.strip()]


def _marker_kind(marker: str) -> str:
    """What kind of marker numbers an item: ``"1"``, ``"a"``, a bullet or dash, or none."""
    head = marker.strip()[:1]
    if head.isdigit():
        return "1"
    if head.isalpha():
        return "a"
    return head


def _conditioned(items: list[parsers.ListItem]) -> Iterator[tuple[str, str]]:
    """Each item's text with the condition a heading item above it sets, ``""`` for none.

    An item ending in a colon ("Pasien BPJS :", "Syarat tambahan:") heads the items below it:
    those marked otherwise than it ("•" above "-") up to its next sibling, or, when the items
    below are marked alike, all the rest up to the next heading. The heading's words become the
    condition of each item it heads; a heading with nothing below it stays an item.
    """
    condition, level, nested = "", "", False
    for index, item in enumerate(items):
        text = item.text.strip()
        kind = _marker_kind(item.marker)
        following = items[index + 1] if index + 1 < len(items) else None
        if text.endswith(":") and following is not None:
            condition, level = _COLON_END.sub("", text), kind
            nested = _marker_kind(following.marker) != kind
            continue
        if nested and kind == level:
            condition = ""
        yield text, condition


_COLON_END: Final = re.compile(r"\s*:\s*$")


def _requirements(text: str) -> Reading:
    """Items of the list; a group line "Persyaratan administratif:" / "teknis:" sets their kind.

    Another line ending in a colon ("Pasien BPJS :") sets the condition of the items it heads.
    """
    values: list[Requirement] = []
    for kind, part in _groups(text, _items.requirement_group):
        group = kind if isinstance(kind, RequirementKind) else RequirementKind.ADMINISTRATIVE
        items = [i for i in parsers.split_items(part) if i.text.strip()]
        for item, condition in _conditioned(items):
            made = _items.requirement(item, group)[0]
            values.append(attrs.evolve(made, condition=condition) if condition else made)
    return Reading(tuple(values))


def _competencies(text: str) -> Reading:
    """Items of the list; a group line "Pengetahuan:" or a leading "Pendidikan:" sets the kind."""
    values: list[Competency] = []
    for kind, part in _groups(text, _items.competency_group):
        group = kind if isinstance(kind, CompetencyKind) else None
        values.extend(_items.competency(item, group)[0] for item in _items_of(part))
    return Reading(tuple(values))


def _products(text: str) -> Reading:
    """Items of the list; "(keterangan: …)" after a product is its description."""
    return Reading(tuple(_items.product(item)[0] for item in _items_of(text)))


def _facilities(text: str) -> Reading:
    """Items of the list; "(untuk lansia, ibu hamil, …)" names the vulnerable groups served."""
    return Reading(tuple(_items.facility(item)[0] for item in _items_of(text)))


_PROCEDURE_LABELS: Final = {
    "sistem": "system",
    "mekanisme": "mechanism",
    "bagan alir": "flowchart_url",
    "alur": "flowchart_url",
    "flowchart": "flowchart_url",
}


def _labelled(text: str, labels: Mapping[str, str]) -> tuple[dict[str, str], str]:
    """The known "Label: value" lines of ``text`` (the first of each label), and the other lines."""
    fields: dict[str, str] = {}
    rest: list[str] = []
    for line in text.splitlines():
        found = _items.labelled_line(line, labels)
        if found is not None and found[0] not in fields and found[1]:
            fields[found[0]] = found[1]
        else:
            rest.append(line)
    return fields, "\n".join(rest)


def _procedure(text: str) -> Reading:
    """Lines "Sistem: …", "Mekanisme: …", "Bagan alir: URL"; the other lines are the steps.

    Each step may end with "(pelaksana: …; waktu: …; hasil: …)".
    """
    fields, rest = _labelled(text, _PROCEDURE_LABELS)
    steps = []
    unread: list[Why] = []
    for item in _items_of(rest):
        step, problems = _items.step(item)
        steps.append(step)
        unread.extend(Label(*p) for p in problems)
    url = fields.pop("flowchart_url", None)
    if url is not None and not re.match(r"https?://", url):
        fields["mechanism"] = "\n".join(x for x in (fields.get("mechanism"), url) if x)
        url = None
    procedure = Procedure(
        tuple(steps), fields.get("system", ""), fields.get("mechanism", ""), flowchart_url=url
    )
    return Reading(procedure, tuple(unread))


# --- the typed components ------------------------------------------------------------------------


def _time_limit(text: str) -> Reading:
    """Read by :func:`pelayanan.io.text.parse_time_limit`.

    A value, a range, a bound, no fixed time, or a value per sub-case; "sejak …" is when it counts
    from.
    """
    reading = parsers.read_time_limit(text)
    if reading.value.form is TimeLimitForm.NOT_READ:
        return Reading(reading.value, failed=reading.issues[0] if reading.issues else None)
    return Reading(reading.value, reading.issues)


def _fee(text: str) -> Reading:
    """Read by :func:`pelayanan.io.text.parse_fee`.

    Free, one amount, a tariff table, amounts by payer, or by reference to the instrument that
    sets it. A free fee that also names a charge without an amount ("b. Keterlambatan
    pengembalian dikenakan denda sesuai") keeps the charge in its note, and the import says so.
    """
    reading = parsers.read_fee(text)
    if reading.value.form is FeeForm.NOT_READ:
        return Reading(reading.value, failed=reading.issues[0] if reading.issues else None)
    return Reading(reading.value, reading.issues)


def _legal_basis(text: str) -> Reading:
    """Read by :func:`pelayanan.io.text.parse_citations`.

    Long and short forms, matched to the catalogue when it knows the instrument; an item naming no
    instrument is kept in the notes.
    """
    reading = parsers.read_citations(text)
    leftover = tuple(i.fragment for i in reading.issues if i.code == "not_a_citation")
    if not reading.value:
        return Reading(
            None, leftover=leftover, failed=reading.issues[0] if reading.issues else None
        )
    return Reading(reading.value, reading.issues, leftover)


def _executor_count(text: str) -> Reading:
    """Read by :func:`pelayanan.io.text.parse_executor_count`.

    A total, counts by role, floors ("minimal 1 orang"), or roles without a number.
    """
    reading = parsers.read_executor_count(text)
    value = reading.value
    if value.total is None and not value.breakdown:
        return Reading(value, failed=reading.issues[0] if reading.issues else None)
    return Reading(value, reading.issues)


_COMPLAINT_LABELS: Final = {"pengelola pengaduan": "manager", "pengelola": "manager"}
_TIER: Final = re.compile(r"^(?P<label>[^:,]{3,80}?)\s*[:,]\s*(?P<time>.+)$")
"""A response tier: "Pengaduan ringan: 3 hari kerja", or with a comma, "…, selambat-lambatnya 3 Jam"."""


def _tier(item: str) -> ResponseTier | None:
    match = _TIER.match(item)
    if match is None:
        return None
    limit = parsers.parse_time_limit(match["time"])
    forms = (TimeLimitForm.SINGLE, TimeLimitForm.UPPER_BOUND)  # "selambat-lambatnya 3 Jam"
    if limit.duration is None or limit.form not in forms or limit.note:
        return None
    return ResponseTier(match["label"].strip(), limit.duration)


_STOP: Final = r"(?!(?:melalui|dengan|untuk|yang|di|ke|dan|atau|pada|akan|sebagai)\b)"
_MANAGER: Final = (
    # "Penanggung jawab tindak lanjut ... adalah pejabat struktural sebagai berikut:"
    re.compile(
        r"(?i)\bpenanggung\s*jawab\b[^.:;]*?\badalah\s+(?P<who>[^.:;]+?)"
        r"(?:\s+sebagai\s+berikut)?\s*(?:[.:;]|$)"
    ),
    # "... diterima oleh tim pengelola umpan balik, ...", "kepada Tim Penanganan Pengaduan melalui"
    re.compile(
        r"(?i)\b(?P<who>(?:tim|petugas|unit|pejabat|seksi|bagian)\s+"
        rf"(?:pengelola|penanganan|pengaduan)(?:\s+{_STOP}[\w/-]+){{0,3}})"
    ),
)


def _manager_in(lines: list[str]) -> str | None:
    """Who manages complaints, when the procedure's sentences name them, as written."""
    for pattern in _MANAGER:
        for line in lines:
            found = pattern.search(line)
            if found is not None:
                return " ".join(found["who"].split())
    return None


_REPLY: Final = re.compile(
    r"(?i)^\s*(?:jawaban|tanggapan|balasan|hasil(?:\s+tindak\s*lanjut)?|tindak\s*lanjut)\b"
    r"[^.]*?\b(?:disampaikan|diberikan|dikirim(?:kan)?|diinformasikan)\b"
)
"""A line on how the answer reaches the complainant ("Jawaban disampaikan melalui … sms")."""
_HEADING_WORDS: Final = 4
"""A line ending in a colon of at most this many words only heads a list ("Sarana pengaduan:")."""


def _complaints(text: str) -> Reading:
    """Manager, response tiers, channels and procedure.

    A line "Pengelola pengaduan: …" names the manager; "Label: N hari kerja" lines are response
    tiers; channels are read by :func:`pelayanan.io.text.parse_contacts`; other lines are the
    procedure. A short line ending in a colon ("Sarana pengaduan:") heads the lines below it; a
    longer one ("Setiap pengaduan … dapat disalurkan melalui antara lain:") is also kept in the
    procedure, and so is a sentence that names channels ("… melalui kotak saran, email, …"),
    whose channels are read as well. A line on how the answer is sent ("Jawaban disampaikan
    melalui … sms/ telepon") names no complaint channel and is kept in the procedure. Without a
    "Pengelola" line, a sentence of the procedure
    that names who handles complaints gives the manager, as written ("Penanggung jawab … adalah
    pejabat struktural", "diterima oleh tim pengelola umpan balik").
    """
    fields, rest = _labelled(text, _COMPLAINT_LABELS)
    channels: list[ComplaintChannel] = []
    tiers: list[ResponseTier] = []
    procedure: list[str] = []
    unread: list[Why] = []
    lines: list[str] = []
    for line in rest.splitlines():
        if not line.strip().endswith(":"):
            lines.append(line)
        elif len(line.split()) > _HEADING_WORDS:
            procedure.append(" ".join(line.split()))
    for item in _items_of("\n".join(lines)):
        tier = _tier(item)
        if tier is not None:
            tiers.append(tier)
            continue
        if _REPLY.match(item):  # how the answer reaches the complainant: not a channel
            procedure.append(item)
            continue
        reading = parsers.read_contacts(item)
        known = [c for c in reading.value if c.kind is not ComplaintChannelKind.OTHER]
        if not known:
            procedure.append(item)
            continue
        channels.extend(known)
        codes = {i.code for i in reading.issues}
        if "channels_in_sentence" in codes:
            procedure.append(item)
        unread.extend(
            i for i in reading.issues if i.code not in ("unknown_channel", "channels_in_sentence")
        )
    manager = fields.get("manager") or _manager_in([*procedure, *lines])
    handling = ComplaintHandling(tuple(channels), manager, tuple(tiers), "\n".join(procedure))
    return Reading(handling, tuple(unread))


# --- the statements ------------------------------------------------------------------------------

_SUPERVISION_LABELS: Final = {"pengawas": "supervisors", "penanggung jawab": "supervisors"}


def _supervision(text: str) -> Reading:
    """The description, and a line "Pengawas: A; B; C" listing the supervisors."""
    fields, rest = _labelled(text, _SUPERVISION_LABELS)
    found = fields.get("supervisors", "")
    separator = ";" if ";" in found else ","
    supervisors = tuple(p.strip() for p in found.split(separator) if p.strip())
    return Reading(InternalSupervision(" ".join(rest.split()), supervisors))


_EVALUATION_LABELS: Final = {
    "metode": "method",
    "cara": "method",
    "periode": "interval",
    "frekuensi": "interval",
    "penilai": "evaluator",
    "evaluator": "evaluator",
    "dievaluasi oleh": "evaluator",
}


def _evaluation(text: str) -> Reading:
    """The method; "Periode: setiap 6 bulan" (or such words anywhere) the interval; "Penilai: …"."""
    fields, rest = _labelled(text, _EVALUATION_LABELS)
    method = fields.get("method") or " ".join(rest.split())
    months = _items.interval_months(fields.get("interval", text))
    unread: tuple[Why, ...] = ()
    if "interval" in fields and months is None:
        period = fields["interval"]
        unread = (
            Label(
                f"periode {period!r} tidak terbaca sebagai jumlah bulan; disimpan di metode",
                f"the period {period!r} is not read as a number of months; kept in the method",
            ),
        )
        method = " ".join(x for x in (method, period) if x)
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

_TOO_LONG: Final = Label(
    f"lebih dari {MAX_READ_CHARS:,} karakter".replace(",", "."),
    f"longer than {MAX_READ_CHARS:,} characters",
)


def read_component(component: Component, text: str) -> Reading:
    """Read a component's text; text longer than :data:`MAX_READ_CHARS` is not read."""
    if len(text) > MAX_READ_CHARS:
        return Reading(None, leftover=(text,), failed=_TOO_LONG)
    return READERS[component](text)
