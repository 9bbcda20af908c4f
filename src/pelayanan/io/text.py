r"""Reading the text of published standards: time limits, fees, citations, contacts, counts, lists.

Real standards are tables of free text ("3 (tiga) hari", "Rp. 0,- / tidak dipungut biaya",
"UU No. 25/2009", "WA : 0811-2934-704"). Each ``parse_*`` function here turns such a text into the
typed value of the model, keeps the text word for word beside it (``as_written``), and never
raises: what it cannot read stays in the text and is reported by the matching ``read_*`` function
as a :class:`TextIssue` with a code and a message in Indonesian and English.

>>> parse_time_limit("3 s/d 14 hari kerja").text("en")
'3 to 14 working days'
>>> parse_time_limit("Paling lambat 3 (tiga) hari").text()
'paling lama 3 hari'
>>> parse_fee("Rp. 0,- / tidak dipungut biaya (gratis)").is_free
True
>>> [str(c) for c in parse_citations("UU No. 25/2009 tentang Pelayanan Publik; PP 96/2012")]
['UU 25/2009', 'PP 96/2012']
>>> [(c.kind.value, c.address) for c in parse_contacts("Telepon : (0274)895803,\nWA : 08112934704")]
[('phone', '(0274)895803'), ('whatsapp', '08112934704')]
>>> parse_executor_count("5 (lima) orang").total
5
>>> [i.text for i in split_items("1. KTP asli;\n2. Kartu Keluarga")]
['KTP asli', 'Kartu Keluarga']

What could not be read:

>>> reading = read_time_limit("1")
>>> reading.value.form.value, [i.code for i in reading.issues]
('not_read', ['no_unit'])
>>> print(reading.issues[0].text("id"))
Angka '1' tidak disertai satuan waktu (menit, jam, hari, hari kerja, ...).
"""

from __future__ import annotations

import datetime as dt
import decimal
import html
import re
from collections.abc import Callable
from typing import Final, Generic, TypeVar

import attrs

from .._base.errors import CalendarError
from .._base.labels import Label, Lang
from .._base.numbers import number_from_words
from ..law import CATALOGUE, Catalogue, Citation, Instrument, InstrumentKind
from ..model.standards import (
    ComplaintChannel,
    ComplaintChannelKind,
    ExecutorCount,
    Fee,
    PayerFee,
    ServiceHours,
    StaffingLine,
    Tariff,
    TimeLimit,
    TimeLimitCase,
)
from ..time.calendar import Weekday
from ..time.durations import UNIT_WORDS, Duration, DurationUnit, LimitBound
from ..time.hours import DayHours, TimeWindow, WeeklyHours

__all__ = [
    "ListItem",
    "Reading",
    "TextIssue",
    "parse_citations",
    "parse_contacts",
    "parse_executor_count",
    "parse_fee",
    "parse_service_hours",
    "parse_time_limit",
    "read_citations",
    "read_contacts",
    "read_executor_count",
    "read_fee",
    "read_service_hours",
    "read_time_limit",
    "split_items",
]

T = TypeVar("T")


@attrs.frozen
class TextIssue:
    """Something in a text that could not be read, or was read with a doubt.

    ``code`` is stable (``"no_unit"``, ``"no_amount"``, ...); ``fragment`` is the part of the text
    concerned, as written.
    """

    code: str
    message: Label
    fragment: str = ""

    def text(self, lang: Lang = "id") -> str:
        """The message in ``lang``."""
        return self.message.text(lang)

    def __str__(self) -> str:
        return self.text("id")


@attrs.frozen
class Reading(Generic[T]):
    """A value read from a text, and what in the text could not be read."""

    value: T
    issues: tuple[TextIssue, ...] = ()

    @property
    def clean(self) -> bool:
        """Whether the whole text was read without doubt."""
        return not self.issues


def _issue(code: str, fragment: str, id_: str, en: str) -> TextIssue:
    shown = " ".join(fragment.split())
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return TextIssue(code, Label(id_.format(text=shown), en.format(text=shown)), fragment)


# --- cleaning and lists ------------------------------------------------------------------------

_BULLETS: Final = "•·▪●○►➢✓\uf0b7\uf0a7\uf076\uf0d8*"
_SPACES: Final = re.compile(r"[ \t\u00a0\u2007\u202f]+")


def _clean(text: str) -> str:
    """HTML entities decoded, odd spaces made plain, dashes and quotes made plain."""
    text = html.unescape(text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
    text = text.replace("\u201d", '"').replace("\u2013", "-").replace("\u2014", "-")
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def _flat(text: str) -> str:
    return " ".join(text.split())


@attrs.frozen
class ListItem:
    """One item of a list as written: its marker (``"1."``, ``"a)"``, ``"•"``) and its text."""

    text: str
    marker: str = ""

    def __str__(self) -> str:
        return self.text


_MARKER: Final = re.compile(
    r"(?P<marker>(?:\d{1,2}\s*[.)](?!\d)|\(\d{1,2}\)|[a-zA-Z](?:\)\.|[.)])(?=\s)|\([a-z]\)"
    rf"|[{re.escape(_BULLETS)}]|-(?=\s)|-(?=[A-Z][a-z])))\s*"
)
_BARE: Final = re.compile(r"(?P<marker>\d{1,2})\s+(?=[A-Z])")


def _marker_of(line: str, bare: bool) -> tuple[str, str] | None:
    match = _MARKER.match(line) or (_BARE.match(line) if bare else None)
    if match is None:
        return None
    marker, rest = match["marker"], line[match.end() :]
    while (again := re.match(r"(\d{1,2}\s*[.)](?!\d))\s*", rest)) is not None and rest[
        again.end() :
    ]:
        marker, rest = f"{marker} {again[1]}", rest[again.end() :]  # "5. 6. Email ..."
    return marker, rest


def _bare_numbering(lines: list[str]) -> bool:
    """Items numbered without a dot ("1 Perda ...", "3 Perbup ..."): two lines, rising numbers."""
    numbers = [int(m["marker"]) for line in lines if (m := _BARE.match(line)) is not None]
    return len(numbers) >= 2 and numbers == sorted(numbers) and numbers[0] <= 2


def _tidy(text: str) -> str:
    """An item without its list separator (a trailing ";", "; dan", ",")."""
    return re.sub(r"\s*(?:;\s*(?:dan|atau)?|,)\s*$", "", _flat(text))


def _continues(previous: str, line: str) -> bool:
    """Whether an unmarked ``line`` goes on with the item above it (a PDF line break)."""
    return previous.endswith((":", "-")) or line[:1].islower() or line.startswith("(")


def _next_marker(marker: str) -> str | None:
    """The marker that follows ``marker`` in its sequence: "1." gives "2", "b)" gives "c"."""
    found = re.fullmatch(r"\(?(\d{1,2}|[a-zA-Z])\s*[.)]", marker.strip())
    if found is None:
        return None
    head = found[1]
    if head.isdigit():
        return str(int(head) + 1)
    return chr(ord(head) + 1) if head.lower() != "z" else None


_NUMBER_WORD_BEFORE: Final = re.compile(r"(?i)\b(?:no|nomor|nr|pasal|ayat|hal|angka)\s*[.:]?$")


def _inline_items(line: str) -> list[str]:
    """One line holding a numbered list ("1. KTP; 2. KK; 3. Surat kuasa"), cut at its markers.

    Only markers that follow in sequence from the line's own first marker are cuts, and only
    after a ";" (or after "." or "," when the item starts with a capital): "No. 2. Tahun" is not.
    After a space alone ("1. KTP 2. Kartu BPJS 3. Rekam Medis"), the items must start with a
    capital and be three at least.
    """
    first = _MARKER.match(line)
    if first is None:
        return [line]
    expected = _next_marker(first["marker"])
    if expected is None:
        return [line]
    close = first["marker"].strip()[-1]
    parts: list[str] = []
    start = 0
    position = first.end()
    spaced = False
    while expected is not None:
        marker = rf"{re.escape(expected)}\s*\{close}"
        cut = re.compile(
            rf";\s*(?={marker}\s)|[.,]\s+(?={marker}\s+[A-Z])|(?P<space>\s+)(?={marker}\s+[A-Z])"
        ).search(line, position)
        if cut is None:
            break
        if _NUMBER_WORD_BEFORE.search(line, 0, cut.start() + 1):  # "Perda No. 2. Tahun 2019"
            position = cut.end()
            continue
        spaced = spaced or cut["space"] is not None
        parts.append(line[start : cut.start() + 1].rstrip())
        start = position = cut.end()
        expected = _next_marker(f"{expected}{close}")
    parts.append(line[start:])
    if spaced and len(parts) < 3:  # "1. Sebanyak 2 Lembar": too little to be a list
        return [line]
    return parts


def _letter_comma(line: str, previous: str) -> tuple[str, str] | None:
    """Item c written "c, Mengisi buku" after an item marked "b." (a comma typed for the dot)."""
    found = re.match(r"([a-zA-Z]),\s+(?=\S)", line)
    if found is None or not previous or _next_marker(previous) != found[1]:
        return None
    return f"{found[1]},", line[found.end() :]


_PAREN_MARKER: Final = re.compile(r"(?<=\s)(?:(?P<digit>\d{1,2})|(?P<letter>[a-z]))\)\s+(?=\S)")


def _paren_markers_broken(text: str) -> str:
    """The text with a line break before each ")" marker written inside a line.

    "2) email : a 3) twitter : b" and "… 1 x 24 jam b) Jawaban …" hold list items run together.
    A marker is cut when the one before it in its sequence ("2)" for "3)", "a)" for "b)") is
    also written in the text; "3)" alone, "1)" and "a)", and "(b)" are left as they are.
    """
    seen: set[str] = {
        m.group(1) for m in re.finditer(r"(?:^|\s)(\d{1,2}|[a-z])\)", text, re.MULTILINE)
    }

    def cut(match: re.Match[str]) -> str:
        digit, letter = match["digit"], match["letter"]
        before = str(int(digit) - 1) if digit else chr(ord(letter) - 1)
        if before not in seen or (letter == "a" or digit == "1"):
            return match[0]
        return "\n" + match[0]

    return _PAREN_MARKER.sub(cut, text)


def _split(
    text: str, starts_item: Callable[[str, str], bool], *, also_marked: bool = False
) -> tuple[ListItem, ...]:
    """The items of ``text``, cut at markers, else where ``starts_item`` says.

    With ``also_marked``, an unmarked line that ``starts_item`` is an item of its own even among
    marked ones (a fee's "1. Pasien Umum" above "1 Haemoglobin Rp 8.500").
    """
    lines = [
        part
        for line in _paren_markers_broken(_clean(text)).split("\n")
        if line.strip()
        for part in _inline_items(line)
        if part.strip()
    ]
    bare = _bare_numbering(lines)
    marked = [_marker_of(line, bare) for line in lines]
    for index in range(1, len(lines)):
        if marked[index] is None and (before := marked[index - 1]) is not None:
            marked[index] = _letter_comma(lines[index], before[0])
    items: list[ListItem] = []
    if any(m is not None for m in marked):
        for line, found in zip(lines, marked, strict=True):
            if found is not None:
                items.append(ListItem(found[1], found[0]))
            elif items and not (also_marked and starts_item(items[-1].text, line)):
                items[-1] = ListItem(f"{items[-1].text} {line}", items[-1].marker)
            else:
                items.append(ListItem(line))
    elif len(lines) == 1 and ";" in lines[0]:
        items = [ListItem(part) for part in re.split(r";(?![^()]*\))", lines[0])]
    else:
        for line in lines:
            if items and not starts_item(items[-1].text, line):
                items[-1] = ListItem(f"{items[-1].text} {line}")
            else:
                items.append(ListItem(line))
    return tuple(
        ListItem(_tidy(i.text), i.marker) for i in items if _tidy(i.text) or i.marker.strip()
    )


def split_items(text: str) -> tuple[ListItem, ...]:
    r"""The items of a list written as text: numbered, lettered, bulleted, ";"-joined, or lines.

    Lines without a marker continue the item above them when they are a PDF's line break (the
    line above ends with ":" or "-", or the line starts in lower case); otherwise each line is an
    item. A repeated marker ("1. 1.", "5. 6.") is kept whole. Never raises.

    >>> [(i.marker, i.text) for i in split_items("a. Surat pengantar RT\nyang diketahui RW\nb. KTP")]
    [('a.', 'Surat pengantar RT yang diketahui RW'), ('b.', 'KTP')]
    >>> [i.text for i in split_items("KTP; KK; surat kuasa")]
    ['KTP', 'KK', 'surat kuasa']
    """
    return _split(text, lambda previous, line: not _continues(previous, line))


# --- numbers -----------------------------------------------------------------------------------

_NUMBER_WORDS: Final = (
    "nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus|seribu"
    "|belas|puluh|ratus|ribu"
)
_WORDS_NUMBER: Final = rf"(?:(?:{_NUMBER_WORDS})(?:\s+(?:{_NUMBER_WORDS}))*)"


def _number(digits: str | None, words: str | None) -> int | None:
    if digits:
        return int(digits)
    return number_from_words(words or "")


# --- time limits -------------------------------------------------------------------------------

_UNIT: Final = (
    r"hari\s+kerja|hari\s+kalender|hari|minggu|pekan|bulan|jam|menit"
    r"|working\s+days?|calendar\s+days?|days?|weeks?|months?|hours?|minutes?"
)
_AMOUNT: Final = (
    r"(?:(?P<{p}d>\d+)(?:,(?P<{p}f>\d+))?\s*(?:\(\s*(?P<{p}w>[a-z ]+?)\s*\))?"
    rf"|(?P<{{p}}n>{_WORDS_NUMBER}))"
)
"""An amount in digits (with the words beside it) or in words; ``{p}`` prefixes the group names."""
_DURATION: Final = re.compile(
    rf"(?<![\w:.,/]){_AMOUNT.format(p='a')}\s*"
    rf"(?:(?P<times>[x×]\s*24\s*jam)|(?P<unit>{_UNIT}))(?![\w])"
    r"|(?<![\w])se(?P<one>hari|minggu|bulan|jam)(?![\w])",
    re.IGNORECASE,
)
_SHARED_RANGE: Final = re.compile(
    rf"(?<![\w:.,/]){_AMOUNT.format(p='a')}\s*(?:-{{1,2}}|s\s*/\s*d\.?|s\.d\.?|sampai(?:\s+dengan)?|hingga|to)\s*"
    rf"{_AMOUNT.format(p='b')}\s*(?P<unit>{_UNIT})(?![\w])",
    re.IGNORECASE,
)
_AT_MOST: Final = re.compile(
    r"(?:paling\s+lama|paling\s+lambat|selambat[-\s]?lambatnya|maksimal|maksimum|maks\.?|max\.?"
    r"|maximal|tidak\s+lebih\s+dari|kurang\s+dari|<=?|≤|at\s+most|up\s+to|no\s+more\s+than"
    r"|less\s+than|within)\s*$",
    re.IGNORECASE,
)
_APPROXIMATE: Final = re.compile(
    r"(?:±|\+/-|\+-|kurang\s+lebih|lebih\s+kurang|kira[-\s]kira|sekitar|perkiraan|estimasi"
    r"|about|approximately|around)\s*$",
    re.IGNORECASE,
)
_RANGE_JOIN: Final = re.compile(
    r"^\s*(?:-{1,2}|s\s*/\s*d\.?|s\.d\.?|sampai(?:\s+dengan)?|hingga|to|until|dan|atau)?\s*"
    r"(?:(?:dan|atau)\s+)?(?:paling\s+lama|paling\s+lambat|selambat[-\s]?lambatnya|maksimal"
    r"|maksimum|maks\.?|max\.?|at\s+most)?\s*$",
    re.IGNORECASE,
)
_NO_FIXED_TIME: Final = re.compile(
    r"sesuai\s+(?:dengan\s+)?(?:kasus|kebutuhan|kondisi|keadaan|jenis)|tergantung|bergantung"
    r"|bervariasi|tidak\s+(?:dapat\s+)?(?:di)?tentu|kondisional|situasional|menyesuaikan"
    r"|depends?\s+on|varies|case\s+by\s+case",
    re.IGNORECASE,
)
_COUNTED_FROM: Final = re.compile(
    r"\b(?:terhitung|dihitung|sejak|semenjak|counted\s+from|from\s+the)\b", re.IGNORECASE
)
_EXCEPTION: Final = re.compile(r"\b(?:dikecualikan|kecuali|except)\b", re.IGNORECASE)
_NOT_A_TIME_LIMIT: Final = re.compile(
    r"^(?:masa\s+berlaku|jam\s+(?:buka|pelayanan|kerja|layanan)|waktu\s+pelayanan\s*:)",
    re.IGNORECASE,
)
_LABEL: Final = re.compile(r"^(?P<label>[^:\n]{1,80}?)\s*:(?!//)\s*(?P<rest>\S.*)$", re.DOTALL)


def _duration_of(match: re.Match[str], issues: list[TextIssue]) -> Duration | None:
    if match["one"]:
        return Duration(1, UNIT_WORDS[match["one"].lower()])
    amount = _number(match["ad"], match["an"])
    if amount is None:
        return None
    if match["aw"] and match["ad"]:
        words = number_from_words(match["aw"])
        if words is not None and words != amount:
            issues.append(
                _issue(
                    "words_differ",
                    match[0],
                    "Angka dan hurufnya berbeda dalam '{text}'; angkanya yang dipakai.",
                    "The digits and the words differ in '{text}'; the digits are used.",
                )
            )
    if match["times"]:  # "3 x 24 jam": three whole days, round the clock
        return Duration(amount, DurationUnit.CALENDAR_DAYS)
    unit = UNIT_WORDS[" ".join(match["unit"].lower().split())]
    if match["af"]:
        if unit is DurationUnit.HOURS:
            minutes = decimal.Decimal(f"{amount}.{match['af']}") * 60
            if minutes == minutes.to_integral_value():
                return Duration(int(minutes), DurationUnit.MINUTES)
        issues.append(
            _issue(
                "not_whole",
                match[0],
                "Jangka waktu '{text}' bukan bilangan bulat; tuliskan dalam satuan yang lebih kecil.",
                "The time '{text}' is not a whole number; write it in a smaller unit.",
            )
        )
        return None
    return Duration(amount, unit)


def _bound_before(text: str) -> LimitBound:
    tail = text[-40:]
    if _AT_MOST.search(tail):
        return LimitBound.AT_MOST
    if _APPROXIMATE.search(tail):
        return LimitBound.APPROXIMATE
    return LimitBound.EXACT


@attrs.frozen
class _Span:
    duration: Duration | None = None
    minimum: Duration | None = None
    bound: LimitBound = LimitBound.EXACT
    no_fixed_time: str | None = None
    counted_from: str = ""
    note: str = ""
    label: str = ""


def _strip_end(text: str) -> str:
    return re.sub(r"[\s.;,:]+$", "", text).strip()


def _notes_in(
    text: str, is_value: Callable[[str], object] = lambda _: False
) -> tuple[str, list[str]]:
    """The text without parenthesised remarks that are not numbers in words, and the remarks.

    ``is_value`` says which other parentheses hold part of the value and stay.
    """
    notes: list[str] = []

    def keep(match: re.Match[str]) -> str:
        inner = match[1].strip()
        if (
            number_from_words(inner) is not None
            or re.fullmatch(r"[\d.,]+", inner)
            or is_value(inner)
        ):
            return match[0]
        notes.append(inner)
        return " "

    return re.sub(r"\(([^()]*)\)", keep, text), notes


_BARE_BEFORE: Final = re.compile(r"(?<![\w:.,/-])(\d{1,4})\s+$")
"""A bare number just before a time ("7 10 menit")."""


def _span(text: str, issues: list[TextIssue]) -> _Span | None:
    """The time limit in one item, or ``None`` when it states none."""
    flat = _flat(text)
    label, body = "", flat
    labelled = _LABEL.match(flat)
    if labelled is not None and not _DURATION.search(labelled["label"]):
        label, body = labelled["label"].strip(), labelled["rest"]
    body, notes = _notes_in(body)
    exception = _EXCEPTION.search(body)
    if exception is not None:
        notes.append(_strip_end(body[exception.start() :]))
        body = body[: exception.start()]
    shared = _SHARED_RANGE.search(body)
    found = list(_DURATION.finditer(body))
    counted_from = ""
    last_end = shared.end() if shared is not None else (found[-1].end() if found else 0)
    counted = _COUNTED_FROM.search(body, last_end)
    if counted is not None and found:
        counted_from = _strip_end(body[counted.start() :])
    note = "; ".join(n for n in notes if n)
    if shared is not None:
        low, high = _number(shared["ad"], shared["an"]), _number(shared["bd"], shared["bn"])
        unit = UNIT_WORDS[" ".join(shared["unit"].lower().split())]
        if low is not None and high is not None:
            return _Span(
                Duration(high, unit),
                Duration(low, unit),
                _bound_before(body[: shared.start()]),
                counted_from=counted_from,
                note=note,
                label=label,
            )
    durations = [(m, d) for m in found if (d := _duration_of(m, issues)) is not None]
    if not durations:
        if _NO_FIXED_TIME.search(body):
            return _Span(no_fixed_time=_strip_end(flat), label=label)
        return None
    first_match, first = durations[0]
    bound = _bound_before(body[: first_match.start()])
    bare = _BARE_BEFORE.search(body, 0, first_match.start())
    if bare is not None and 0 < int(bare[1]) < first.amount:
        # "Pendaftaran pasien Baru 7 10 menit": a range whose dash was lost, or a name ending in
        # a number ("Loket 2 10 menit"). The text cannot tell; the upper time is the same.
        issues.append(
            _issue(
                "range_without_dash",
                flat,
                "'{text}' menulis dua bilangan tanpa tanda hubung; bila maksudnya rentang, "
                "tuliskan '7-10 menit'.",
                "'{text}' writes two numbers without a dash; if a range is meant, write "
                "'7-10 menit'.",
            )
        )
    if len(durations) >= 2:
        second_match, second = durations[1]
        between = body[first_match.end() : second_match.start()]
        if _RANGE_JOIN.fullmatch(between) or re.search(
            r"paling\s+lama|maksimal|s\s*/\s*d|sampai|hingga", between, re.IGNORECASE
        ):
            if len(durations) > 2:
                issues.append(_several(flat))
            return _Span(second, first, bound, None, counted_from, note, label)
        issues.append(_several(flat))
    return _Span(first, None, bound, None, counted_from, note, label)


def _several(text: str) -> TextIssue:
    return _issue(
        "several_times",
        text,
        "'{text}' menyebut lebih dari satu jangka waktu; yang pertama yang dipakai.",
        "'{text}' states more than one time; the first is used.",
    )


def _case_label(item: ListItem, span: _Span) -> str:
    if span.label:
        return span.label
    words = _DURATION.sub(" ", _flat(item.text))
    words = re.sub(
        r"(?:paling\s+lama|paling\s+lambat|selambat[-\s]?lambatnya|maksimal|maks\.?|±|<)",
        " ",
        words,
        flags=re.IGNORECASE,
    )
    return _strip_end(_flat(words)) or item.marker.strip() or "-"


_CASE_CUT: Final = re.compile(r"[,;]\s+(?![^()]*\))")
"""Where one line may hold several sub-cases: a comma or a semicolon outside parentheses."""


def _per_case(item: ListItem) -> list[ListItem]:
    """One line naming a time per sub-case, cut into one item per sub-case.

    "Paling lambat 1 (satu) hari Penerbitan PBG, Paling Lambat 3 (Tiga) hari Penerbitan SLF"
    is two sub-cases; "3 - 5 hari, paling lama 7 hari" is not (its parts name no case).
    """
    if len(_DURATION.findall(item.text)) < 2 or _SHARED_RANGE.search(item.text):
        return [item]
    parts = [p for p in _CASE_CUT.split(item.text) if p.strip()]
    if len(parts) < 2:
        return [item]
    for part in parts:
        if len(_DURATION.findall(part)) != 1:
            return [item]
        label = _case_label(ListItem(part), _Span())
        if not re.search(r"[^\W\d_]{2,}", label):
            return [item]
    return [ListItem(part.strip(), item.marker) for part in parts]


def read_time_limit(text: str) -> Reading[TimeLimit]:
    """Read a time limit and say what could not be read; see :func:`parse_time_limit`."""
    issues: list[TextIssue] = []
    items = [case for item in split_items(text) for case in _per_case(item)]
    spans: list[tuple[ListItem, _Span]] = []
    rest: list[str] = []
    for item in items:
        if _NOT_A_TIME_LIMIT.match(item.text):
            issues.append(
                _issue(
                    "not_a_time_limit",
                    item.text,
                    "'{text}' bukan jangka waktu penyelesaian (masa berlaku atau jam pelayanan);"
                    " tidak dibaca sebagai jangka waktu.",
                    "'{text}' is not a completion time (a validity period or opening hours); it is"
                    " not read as the time limit.",
                )
            )
            rest.append(item.text)
            continue
        found = _span(item.text, issues)
        if found is None:
            rest.append(item.text)
        else:
            spans.append((item, found))
    if not spans:
        bare = re.fullmatch(r"\s*(\d+)\s*", text)
        if bare is not None:
            issues.append(
                _issue(
                    "no_unit",
                    text,
                    "Angka '{text}' tidak disertai satuan waktu (menit, jam, hari, hari kerja, ...).",
                    "The number '{text}' has no unit of time (minutes, hours, days, working days,"
                    " ...).",
                )
            )
        elif text.strip():
            issues.append(
                _issue(
                    "no_time",
                    text,
                    "Tidak ada jangka waktu yang dapat dibaca dalam '{text}'.",
                    "No time limit could be read in '{text}'.",
                )
            )
        return Reading(TimeLimit(as_written=text), tuple(issues))
    if len(spans) == 1:
        item, span = spans[0]
        note = "; ".join(n for n in (span.note, *rest) if n)
        return Reading(
            TimeLimit(
                span.duration if span.no_fixed_time is None else None,
                span.counted_from,
                note,
                minimum=span.minimum,
                bound=span.bound,
                no_fixed_time=span.no_fixed_time,
                as_written=text,
            ),
            tuple(issues),
        )
    cases = tuple(
        TimeLimitCase(
            _case_label(item, span),
            span.duration if span.no_fixed_time is None else None,
            span.minimum,
            span.bound,
            span.no_fixed_time,
        )
        for item, span in spans
    )
    note = "; ".join(rest)
    return Reading(TimeLimit(note=note, cases=cases, as_written=text), tuple(issues))


def parse_time_limit(text: str) -> TimeLimit:
    """Component d from its text: one value, a range, a bound, no fixed time, or sub-cases.

    Units are minutes, hours, days (kind not stated), working and calendar days, weeks and months,
    in digits or Indonesian words; "3 x 24 jam" is three calendar days. The upper end of a range
    is the promise; "paling lama", "maksimal", "<" make an upper bound; "±" and "perkiraan" an
    estimate. "Sesuai kasus" and the like give no fixed time, with the text as the reason. Several
    items with a time each give one value per sub-case. Conditions in parentheses and exception
    clauses go to the note; "terhitung sejak ..." to ``counted_from``. Never raises.

    >>> limit = parse_time_limit("Baru: 3 hari kerja; Perpanjangan: 1 hari kerja")
    >>> [(c.case, str(c.duration)) for c in limit.cases]
    [('Baru', '3 hari kerja'), ('Perpanjangan', '1 hari kerja')]
    >>> limit = parse_time_limit("< 10 menit")
    >>> limit.bound.value, str(limit.duration)
    ('at_most', '10 menit')
    >>> parse_time_limit("3 x 24 jam").duration
    Duration(amount=3, unit=<DurationUnit.CALENDAR_DAYS: 'calendar_days'>)
    >>> parse_time_limit("tergantung tingkat kegawatan").no_fixed_time
    'tergantung tingkat kegawatan'
    """
    return read_time_limit(text).value


# --- fees --------------------------------------------------------------------------------------

_RUPIAH: Final = re.compile(
    r"(?:(?P<rp>Rp\.?|IDR)\s*(?P<n1>\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{3})+(?!\d)(?:\.00?(?!\d))?|\d+)"
    r"(?:,(?P<d1>\d{1,2}))?"
    r"|(?<![\w.,/])(?P<n2>\d{1,3}(?:\.\d{3})+)(?:,(?P<d2>\d{1,2}))?(?![\w/])"
    r"|(?<![\w.,/])(?P<n3>\d+)\s*(?:rupiah)\b)"
    r"(?:\s*(?:,-|;-|,-;|-(?!\d)))?",
    re.IGNORECASE,
)
_FREE: Final = re.compile(
    r"gratis|tidak\s+(?:di)?(?:pungut|kenakan|kenai|bayar)|tidak\s+ada\s+(?:biaya|pungutan|tarif)"
    r"|tanpa\s+(?:biaya|dipungut|pungutan)|bebas\s+(?:biaya|pungutan)|tidak\s+berbayar"
    r"|\bfree\b|nol\s+rupiah|^\s*tidak\s+ada\s*\.?\s*$",
    re.IGNORECASE,
)
_REFERENCE: Final = re.compile(
    r"sesuai|berdasarkan|mengacu|merujuk|ditetapkan|diatur|menurut|ketentuan|\bpnbp\b"
    r"|retribusi|ditanggung|dibebankan|according\s+to|as\s+set",
    re.IGNORECASE,
)
_PAYER: Final = re.compile(
    r"\b(?:pa(?:s)?ien|peserta|pelajar|siswa|mahasiswa|masyarakat|warga|bpjs|jkn|kis|asuransi"
    r"|penjamin|jaminan|anggota|wna|wni|asing|lansia|umum|instansi|perorangan|perusahaan"
    r"|badan\s+usaha|pemohon|non[-\s]?jaminan|dinas|pns|asn|tni|polri)\b",
    re.IGNORECASE,
)
_PER_UNIT: Final = re.compile(
    r"\(\s*(per\s+[^()]+?)\s*\)|(?<![\w])((?:per|/)\s*[a-z]+(?:\s+[a-z]+)?)\s*$", re.IGNORECASE
)
_CONDITION: Final = re.compile(r"^(?:jika|apabila|bila|bagi|untuk|dalam\s+hal)\b", re.IGNORECASE)
_FEE_LABEL: Final = re.compile(
    r"^(?:biaya(?:\s*/\s*tarif)?|tarif|retribusi)\s*:?\s*", re.IGNORECASE
)


def _rupiah(match: re.Match[str]) -> decimal.Decimal:
    written = match["n1"] or match["n2"] or match["n3"]
    if "," in written:  # "Rp 1,500,000" (or "1,500,000.00"): commas group the thousands
        written = written.split(".")[0].replace(",", ".")
    whole = written.replace(".", "")
    fraction = match["d1"] or match["d2"]
    value = decimal.Decimal(whole)
    if fraction and int(fraction):
        value = decimal.Decimal(f"{whole}.{fraction}")
    return value


@attrs.frozen
class _Row:
    label: str
    amount: decimal.Decimal | None
    unit: str
    note: str
    citations: tuple[Citation, ...]
    free: bool
    reference: bool


def _fee_row(text: str, catalogue: Catalogue) -> _Row:
    flat = _flat(text)
    amounts = list(_RUPIAH.finditer(flat))
    citations = tuple(_citations_in(flat, catalogue, []))
    free = bool(_FREE.search(flat))
    label_match = _LABEL.match(flat)
    label = ""
    if label_match is not None and not _RUPIAH.match(label_match["label"].strip()):
        label, rest = label_match["label"].strip(), label_match["rest"]
    elif amounts:
        label, rest = _strip_end(flat[: amounts[0].start()]), flat[amounts[0].start() :]
    else:
        rest = flat
    label = _strip_end(_FEE_LABEL.sub("", label))
    positive = [m for m in amounts if _rupiah(m) > 0]
    if positive:
        amounts = positive
        free = False
    amount = _rupiah(amounts[0]) if amounts else (decimal.Decimal(0) if free else None)
    unit = ""
    after = rest[amounts[0].end() - (len(flat) - len(rest)) :] if amounts and rest else rest
    per = _PER_UNIT.search(after)
    if per is not None:
        unit = (per[1] or per[2]).strip()
        after = after[: per.start()] + after[per.end() :]
    note = _strip_end(re.sub(r"^\s*[,;:]\s*", "", after.strip())) if amounts else ""
    if amount is None:
        note = _strip_end(rest)
    return _Row(label, amount, unit, note, citations, free, bool(_REFERENCE.search(flat)))


_FILLER: Final = re.compile(
    r"^(?:biaya|tarif|besar(?:nya)?|sebesar|adalah|yaitu|dikenakan|retribusi|dan|/|\s)*$",
    re.IGNORECASE,
)


def _fee_starts_item(_: str, line: str) -> bool:
    """An unmarked line is a new row of a fee when it has an amount or a label of its own."""
    return bool(_RUPIAH.search(line)) or bool(_LABEL.match(line) and _PAYER.search(line))


def _one_row_fee(row: _Row, basis: tuple[Citation, ...], text: str) -> Fee:
    citations = basis + tuple(c for c in row.citations if c not in basis)
    if row.free and (row.amount is None or row.amount == 0):
        return Fee(decimal.Decimal(0), citations, as_written=text)
    if row.label and not _FILLER.match(row.label):
        if _PAYER.search(row.label):
            payer = PayerFee(row.label, row.amount, row.unit, row.note, row.citations)
            return Fee(legal_basis=basis, by_payer=(payer,), as_written=text)
        if row.amount is not None:
            tariff = Tariff(row.label, row.amount, row.unit, row.note, row.citations)
            return Fee(legal_basis=basis, tariffs=(tariff,), as_written=text)
    if row.amount is not None:
        return Fee(row.amount, citations, as_written=text)
    return Fee(legal_basis=citations, as_written=text)


def read_fee(text: str, catalogue: Catalogue = CATALOGUE) -> Reading[Fee]:
    """Read a fee and say what could not be read; see :func:`parse_fee`."""
    if re.fullmatch(r"\s*0+(?:[.,]0+)?\s*", text):
        return Reading(Fee(decimal.Decimal(0), as_written=text))
    if not text.strip():
        issue = _issue("no_fee", text, "Teks biaya kosong.", "The fee text is empty.")
        return Reading(Fee(as_written=text), (issue,))
    items = _split(text, _fee_starts_item, also_marked=True)
    rows = [_fee_row(item.text, catalogue) for item in items]
    if not rows:  # only separators ("," or ";"): nothing to read, as for an empty text
        issue = _issue("no_fee", text, "Teks biaya kosong.", "The fee text is empty.")
        return Reading(Fee(as_written=text), (issue,))
    priced = [r for r in rows if r.amount is not None or (r.label and (r.reference or r.note))]
    header = [r for r in rows if r not in priced]
    # The instruments named by rows without an amount set the fee ("Pasien umum : Sesuai Perda
    # … Nomor 1 Tahun 2024 :" above the tariffs it sets), as a header's do.
    basis = tuple(dict.fromkeys(c for r in rows if r.amount is None for c in r.citations))
    if len(rows) == 1 or len(priced) <= 1:
        row = priced[0] if priced else rows[0]
        fee = _one_row_fee(row, basis, text)
        issues: tuple[TextIssue, ...] = ()
        charges = [
            r.note
            for r in header
            if r.note and not r.citations and not r.free and re.search(r"[^\W\d_]{3,}", r.note)
        ]
        if fee.amount == 0 and charges:  # "a. Gratis; b. Keterlambatan ... dikenakan denda"
            fee = attrs.evolve(fee, note="; ".join(charges))
            issues = tuple(
                _issue(
                    "charge_without_amount",
                    charge,
                    "'{text}' menyebut pungutan tanpa nominal; disimpan di keterangan biaya.",
                    "'{text}' names a charge without an amount; kept in the fee's note.",
                )
                for charge in charges
            )
        if (
            fee.form.value == "by_reference"
            and not fee.legal_basis
            and not any(r.reference for r in rows)
        ):
            issues = (
                _issue(
                    "no_amount",
                    text,
                    "Tidak ada nominal biaya atau dasar tarif yang dapat dibaca dalam '{text}'.",
                    "No amount and no basis for a tariff could be read in '{text}'.",
                ),
            )
        return Reading(fee, issues)
    tariffs: list[Tariff] = []
    payers: list[PayerFee] = []
    for row in priced:
        name = row.label or "-"
        if _PAYER.search(name):
            payers.append(PayerFee(name, row.amount, row.unit, row.note, row.citations))
        else:
            tariffs.append(Tariff(name, row.amount, row.unit, row.note, row.citations))
    note = "; ".join(r.note for r in header if r.note and not r.citations)
    fee = Fee(None, basis, note, tariffs=tuple(tariffs), by_payer=tuple(payers), as_written=text)
    return Reading(fee)


def parse_fee(text: str, catalogue: Catalogue = CATALOGUE) -> Fee:
    r"""Component e from its text: free, one amount, a tariff table, by payer, or by reference.

    Amounts are read as Indonesian texts write rupiah ("Rp. 100.000,-", "Rp1.000.000,00") into a
    :class:`~decimal.Decimal`. "Gratis", "tidak dipungut biaya", "Rp. 0" and a bare "0" are free.
    Several priced items make a tariff table, or amounts by payer when the items name classes of
    payer ("Pasien Umum", "Peserta JKN"). A text that names the instrument setting the tariff but
    no amount ("sesuai tarif PNBP yang berlaku") is a fee by reference. Never raises.

    >>> fee = parse_fee("1. Pasien Umum: retribusi Rp. 7.000\n2. Pasien JKN: ditanggung penjamin")
    >>> fee.form.value, [(p.payer, p.amount) for p in fee.by_payer]
    ('by_payer', [('Pasien Umum', Decimal('7000')), ('Pasien JKN', None)])
    >>> fee = parse_fee("Sesuai tarif PNBP berdasarkan Peraturan Pemerintah Nomor 22 Tahun 2023")
    >>> fee.form.value, [str(c) for c in fee.legal_basis]
    ('by_reference', ['PP 22/2023'])
    """
    return read_fee(text, catalogue).value


# --- citations ---------------------------------------------------------------------------------

_UU: Final = r"undang\s*[-–—]?\s*undang"
_HEADS: Final[tuple[tuple[str, InstrumentKind, str | None], ...]] = (
    (rf"{_UU}\s+dasar", InstrumentKind.CONSTITUTION, None),
    (
        rf"peraturan\s+pemerintah\s+pengganti\s+{_UU}|perppu",
        InstrumentKind.GOVERNMENT_REGULATION_IN_LIEU_OF_LAW,
        None,
    ),
    (rf"{_UU}(?:\s+darurat)?|uu", InstrumentKind.LAW, None),
    (r"peraturan\s+(?:pemerintah|perintah)|pp", InstrumentKind.GOVERNMENT_REGULATION, None),
    (r"peraturan\s+presiden|perpres", InstrumentKind.PRESIDENTIAL_REGULATION, None),
    (r"keputusan\s+presiden|keppres|kepres", InstrumentKind.PRESIDENTIAL_DECREE, None),
    (r"instruksi\s+presiden|inpres", InstrumentKind.OTHER, "Inpres"),
    (
        r"peraturan\s+daerah\s+provinsi|perda\s+prov(?:insi|\.)?",
        InstrumentKind.PROVINCIAL_REGULATION,
        None,
    ),
    (r"peraturan\s+daerah|perda", InstrumentKind.REGENCY_CITY_REGULATION, None),
    (r"peraturan\s+(?:bupati|wali\s*kota|gubernur)", InstrumentKind.REGIONAL_HEAD_REGULATION, None),
    (r"perbup", InstrumentKind.REGIONAL_HEAD_REGULATION, "Perbup"),
    (r"perwali|perwalkot", InstrumentKind.REGIONAL_HEAD_REGULATION, "Perwali"),
    (r"pergub", InstrumentKind.REGIONAL_HEAD_REGULATION, "Pergub"),
    (r"peraturan\s+menteri", InstrumentKind.MINISTERIAL_REGULATION, None),
    (r"permenpan[-\s]?rb|permenpan|permen[a-z]*", InstrumentKind.MINISTERIAL_REGULATION, ""),
    (r"keputusan\s+menteri", InstrumentKind.MINISTERIAL_DECREE, None),
    (r"kepmenpan|kepmen[a-z]*|kmk", InstrumentKind.MINISTERIAL_DECREE, ""),
    (r"peraturan\s+kepala\s+kepolisian|perkap", InstrumentKind.INSTITUTIONAL_REGULATION, "Perkap"),
    (r"peraturan\s+kepolisian|perpol", InstrumentKind.INSTITUTIONAL_REGULATION, "Perpol"),
    (r"peraturan\s+ombudsman", InstrumentKind.INSTITUTIONAL_REGULATION, "Peraturan Ombudsman"),
    (r"peraturan\s+mahkamah\s+agung|perma", InstrumentKind.INSTITUTIONAL_REGULATION, "Perma"),
    (r"surat\s+edaran\s+mahkamah\s+agung|sema", InstrumentKind.CIRCULAR, "SEMA"),
    (r"surat\s+edaran", InstrumentKind.CIRCULAR, None),
    (r"sk\s+kma|keputusan\s+ketua\s+mahkamah\s+agung", InstrumentKind.DECREE, "SK KMA"),
    (r"surat\s+keputusan\s+bersama|skb", InstrumentKind.JOINT_DECREE, None),
    (r"pedoman\s+menteri(?:\s+panrb)?", InstrumentKind.GUIDELINE, ""),
    (r"keputusan|surat\s+keputusan|sk", InstrumentKind.DECREE, None),
)
_HEAD: Final = re.compile(
    r"(?<![\w])(?:"
    + "|".join(f"(?P<h{i}>{p})" for i, (p, _, _) in enumerate(_HEADS))
    + r")(?![\w])",
    re.IGNORECASE,
)
_NUMBER_PART: Final = r"[A-Za-z0-9.]+(?:\s*/\s*[A-Za-z0-9.]+)*"
_NUMBERED: Final = re.compile(
    rf"\s*(?:(?<![a-z])(?:republik\s+indonesia|ri)\s*)?(?<![a-z])(?:nomor|nomer|no(?![a-z])\s*\.?|n0(?![a-z]))\s*[:.]?\s*(?P<number>{_NUMBER_PART})"
    r"(?:\s*(?:tahun|thn\.?|th\.?)\s*(?P<year>\d{4}))?",
    re.IGNORECASE,
)
_SHORT: Final = re.compile(
    r"\s+(?P<number>\d+[A-Z]?)\s*/\s*(?P<year>\d{4})(?![\w/])", re.IGNORECASE
)
_YEAR_ONLY: Final = re.compile(
    r"\s*(?:negara\s+republik\s+indonesia\s+)?tahun\s+(?P<year>\d{4})", re.IGNORECASE
)
_TITLE: Final = re.compile(r"\s*(?:tentang|ttg\.?)\s+", re.IGNORECASE)
_TITLE_END: Final = re.compile(
    r"\s*\((?:\s*lembaran|\s*berita|\s*tambahan|\s*ln\b|\s*bn\b|\s*tln\b|\s*sebagai\b|\s*yaitu\b)"
    r"|\s+(?:jo\.?|juncto)\s+|\s+sebagaimana\s+(?:telah\s+)?diubah|;|,\s+yang\s"
    r"|\s+(?:dan|serta)\s+(?=(?:" + _UU + r"|peraturan|keputusan|perda|perbup|uu|pp)\b)",
    re.IGNORECASE,
)
_ARTICLE: Final = re.compile(
    r"pasal\s+(?P<article>\d+[A-Z]?)(?:\s+ayat\s*\(\s*(?P<paragraph>\w+)\s*\))?"
    r"(?:\s+huruf\s+(?P<letter>[a-z])\b)?(?:\s+angka\s+(?P<item>\d+))?",
    re.IGNORECASE,
)
_ANNEX: Final = re.compile(r"^\s*lampiran(?:\s+(?P<label>[IVXLC]+|\d+))?", re.IGNORECASE)
_PANRB: Final = re.compile(r"pan\b|pan\s*[-]?\s*rb|panrb|pendayagunaan|m\.pan", re.IGNORECASE)
_DROP_FROM_ISSUER: Final = re.compile(r"\b(?:republik\s+indonesia|ri)\b", re.IGNORECASE)


def _head_kind(match: re.Match[str]) -> tuple[InstrumentKind, str | None, str]:
    for index, (_, kind, abbreviation) in enumerate(_HEADS):
        written = match[f"h{index}"]
        if written is not None:
            if abbreviation == "":  # a written short form: "Permendagri", "Kepmenpan"
                return kind, written, written
            return kind, abbreviation, written
    msg = "no head matched"
    raise AssertionError(msg)


def _same_instrument(found: Instrument, known: Instrument, issuer_text: str) -> bool:
    if found.kind is not known.kind or found.year != known.year or found.number is None:
        return False
    if known.number is None or _normal_number(found.number) != _normal_number(known.number):
        return False
    if known.kind in (InstrumentKind.MINISTERIAL_REGULATION, InstrumentKind.MINISTERIAL_DECREE):
        if _PANRB.search(known.issuer or ""):
            return bool(_PANRB.search(issuer_text))
        # Another ministry's regulation: its name ("Menteri Sosial") or abbreviation
        # ("Permensos") must be in the text, since every ministry numbers from 1 each year.
        said = issuer_text.lower()
        names = [n.lower() for n in (known.issuer, known.abbreviation) if n]
        return any(name in said for name in names)
    if known.kind is InstrumentKind.INSTITUTIONAL_REGULATION:
        return (known.abbreviation or "").lower() in issuer_text.lower()
    return True


def _normal_number(number: str) -> str:
    return re.sub(r"\s+", "", number).upper()


def _catalogued(found: Instrument, issuer_text: str, catalogue: Catalogue) -> Instrument:
    for known in catalogue.values():
        if _same_instrument(found, known, issuer_text):
            return known
    return found


def _issuer(between: str, kind: InstrumentKind) -> str | None:
    between = re.split(r"\b(?:tentang|ttg)\b", between, maxsplit=1, flags=re.IGNORECASE)[0]
    text = _strip_end(_DROP_FROM_ISSUER.sub(" ", _flat(between)))
    text = _flat(text)
    if not text:
        return None
    if kind in (InstrumentKind.MINISTERIAL_REGULATION, InstrumentKind.MINISTERIAL_DECREE):
        ministry = re.sub(r"^menteri\s+", "", text, flags=re.IGNORECASE)
        return f"Menteri {ministry}"
    return text


def _instrument_at(  # noqa: PLR0912  (one branch per way a citation writes its number)
    text: str, head: re.Match[str], issues: list[TextIssue]
) -> tuple[Instrument, str, int] | None:
    """The instrument named at ``head``, the issuer text, and where its citation ends."""
    kind, abbreviation, written = _head_kind(head)
    after = head.end()
    number: str | None = None
    year: int | None = None
    between = ""
    numbered = None
    if kind is InstrumentKind.CONSTITUTION:
        found = _YEAR_ONLY.match(text, after)
        if found is not None:
            year, after = int(found["year"]), found.end()
    else:
        short = _SHORT.match(text, after)
        if short is not None:
            number, year, after = short["number"], int(short["year"]), short.end()
        else:
            window = text[after : after + 160]
            numbered = _NUMBERED.search(window)
            if numbered is None or re.search(r"[;\n]", window[: numbered.start()]):
                return None
            between = window[: numbered.start()]
            if _HEAD.search(between) or len(between) > 120:
                return None
            number = re.sub(r"\s*/\s*", "/", numbered["number"]).rstrip(".")
            after += numbered.end()
            if numbered["year"]:
                year = int(numbered["year"])
            elif (slash := re.search(r"/(\d{4})$", number)) is not None:
                year = int(slash[1])
                if re.fullmatch(r"\d+[A-Z]?/\d{4}", number):
                    number = number.split("/")[0]
    title = ""
    titled = _TITLE.match(text, after)
    if titled is not None:
        end = _TITLE_END.search(text, titled.end())
        stop = end.start() if end is not None else len(text)
        title = _strip_end(_flat(text[titled.end() : stop]))
        if title.endswith(")") and title.count(")") > title.count("("):
            title = _strip_end(title[:-1])
        after = stop
    if year is not None and not 1945 <= year <= 2999:
        issues.append(
            _issue(
                "year_out_of_range",
                text,
                "Tahun {text} di luar rentang yang dapat dicatat (1945-2999); tidak dicatat.",
                "The year {text} is outside what can be recorded (1945-2999); left out.",
            )
        )
        year = None
    if kind is InstrumentKind.CONSTITUTION:
        year = year or 1945
    issuer_text = _flat(f"{written} {between}")
    issuer = _issuer(between, kind) if kind not in _NO_ISSUER else None
    if (
        kind in (InstrumentKind.MINISTERIAL_REGULATION, InstrumentKind.MINISTERIAL_DECREE)
        and abbreviation
    ):
        issuer = None
    instrument = Instrument(
        kind,
        number,
        year,
        title,
        abbreviation=abbreviation or None,
        issuer=issuer,
    )
    return instrument, issuer_text, after


_NO_ISSUER: Final = frozenset(
    {
        InstrumentKind.CONSTITUTION,
        InstrumentKind.LAW,
        InstrumentKind.GOVERNMENT_REGULATION,
        InstrumentKind.GOVERNMENT_REGULATION_IN_LIEU_OF_LAW,
        InstrumentKind.PRESIDENTIAL_REGULATION,
        InstrumentKind.PRESIDENTIAL_DECREE,
        InstrumentKind.OTHER,
        InstrumentKind.CIRCULAR,
        InstrumentKind.JOINT_DECREE,
        InstrumentKind.INSTITUTIONAL_REGULATION,
    }
)


def _articles(text: str) -> list[re.Match[str]]:
    return list(_ARTICLE.finditer(text))


def _citations_in(text: str, catalogue: Catalogue, issues: list[TextIssue]) -> list[Citation]:
    """Every citation in one item of text."""
    flat = _flat(text)
    found: list[Citation] = []
    position = 0
    while (head := _HEAD.search(flat, position)) is not None:
        parsed = _instrument_at(flat, head, issues)
        if parsed is None:
            position = head.end()
            continue
        instrument, issuer_text, end = parsed
        instrument = _catalogued(instrument, issuer_text, catalogue)
        before = flat[position : head.start()]
        articles = _articles(before)
        annex = None
        if not articles:
            tail = flat[end:]
            annexed = _ANNEX.match(tail)
            if annexed is not None:
                annex = annexed["label"] or ""
                end += annexed.end()
                tail = flat[end:]
            direct = _ARTICLE.match(tail.lstrip())
            if direct is not None:
                articles = [direct]
                end += len(tail) - len(tail.lstrip()) + direct.end()
        written = _strip_end(flat)
        if articles:
            found.extend(
                Citation(
                    instrument,
                    article=a["article"],
                    paragraph=a["paragraph"],
                    letter=a["letter"],
                    item=a["item"],
                    annex=annex,
                    as_written=written,
                )
                for a in articles
            )
        else:
            found.append(Citation(instrument, annex=annex, as_written=written))
        position = max(end, head.end())
    return found


def read_citations(text: str, catalogue: Catalogue = CATALOGUE) -> Reading[tuple[Citation, ...]]:
    """Read citations and say which items named no instrument; see :func:`parse_citations`."""
    issues: list[TextIssue] = []
    citations: list[Citation] = []
    for item in split_items(text):
        found = _citations_in(item.text, catalogue, issues)
        if not found:
            issues.append(
                _issue(
                    "not_a_citation",
                    item.text,
                    "'{text}' tidak menyebut peraturan yang dapat dikenali (jenis dan nomor).",
                    "'{text}' names no instrument that could be recognised (kind and number).",
                )
            )
        citations.extend(found)
    return Reading(tuple(citations), tuple(issues))


def parse_citations(text: str, catalogue: Catalogue = CATALOGUE) -> tuple[Citation, ...]:
    r"""The instruments a text cites (component a, a fee's basis), with Pasal, ayat and huruf.

    Long and short forms are read ("Undang-Undang Nomor 25 Tahun 2009 tentang ...", "UU No. 25/2009",
    "Perda Kab. Semarang No. 7 Tahun 2009 ttg ...", "jo." chains, slash numbers such as
    "PER/21/M.PAN/11/2008"). An instrument the catalogue knows is matched to its entry; any other
    is kept as written (kind, number, year, title, issuer). Each citation keeps its item's text in
    ``as_written``. Never raises.

    >>> [c.instrument.key for c in parse_citations(
    ...     "1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;\n"
    ...     "2. Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan ...")]
    ['uu-25-2009', 'pp-96-2012']
    >>> perda, = parse_citations("Peraturan Daerah Kota Jambi Nomor 5 Tahun 2019 tentang Pelayanan Publik")
    >>> str(perda), perda.instrument.issuer, perda.instrument.title
    ('Perda Kota Jambi 5/2019', 'Kota Jambi', 'Pelayanan Publik')
    >>> [str(c) for c in parse_citations("Pasal 20 dan Pasal 21 Undang-Undang Nomor 25 Tahun 2009")]
    ['UU 25/2009 Pasal 20', 'UU 25/2009 Pasal 21']
    """
    return read_citations(text, catalogue).value


# --- contacts and complaint channels --------------------------------------------------------------

K = ComplaintChannelKind
_CHANNEL_WORDS: Final[tuple[tuple[str, tuple[ComplaintChannelKind, ...]], ...]] = (
    (
        r"sp4n|lapor\s*!|lapor\.go\.id|aplikasi\s+lapor|\blapor\s+(?:kemen|men)?pan(?:\s*-?\s*rb)?\b",
        (K.SP4N_LAPOR,),
    ),
    (
        r"(?:telp?\.?|telepon|telpon|telephone|tlp\.?)\s*[/.,]?\s*(?:fax|faks|faksimile|faksimili|faximile)",
        (K.PHONE, K.FAX),
    ),
    (r"(?:telp?\.?|telepon|telpon|telephone|tlp\.?)\s*/\s*sms", (K.PHONE, K.SMS)),
    (r"fax|faks|faksimile|faksimili|faximile|facsimile", (K.FAX,)),
    (r"whats\s*app|\bwa\b|\bw\.a\.", (K.WHATSAPP,)),
    (r"sms", (K.SMS,)),
    (r"e-?mail|surel|surat\s+elektronik", (K.EMAIL,)),
    (
        r"\btelp?\b\.?|telepon|telpon|telephone|\btlp\b\.?|phone|call\s*cent(?:er|re)|hotline|\bhp\b|handphone",
        (K.PHONE,),
    ),
    (r"website|wesite|web\s*site|situs|laman|\bweb\b|url|media\s+internet", (K.WEBSITE,)),
    (r"instagram|\big\b", (K.INSTAGRAM,)),
    (r"facebook|\bfb\b", (K.FACEBOOK,)),
    (r"twitter|(?<!\d)(?<!\d\s)\bx\b(?!\s*\d)", (K.X,)),
    (r"media\s+sosial|medsos|sosial\s+media", (K.SOCIAL_MEDIA,)),
    (r"kotak\s+(?:saran|pengaduan|pengaduan\s+saran|keluhan)", (K.COMPLAINT_BOX,)),
    (r"buku\s+(?:keluhan|pengaduan|saran|tamu)", (K.COMPLAINT_BOOK,)),
    (r"surat|alamat|jl\.|jalan\b", (K.LETTER,)),
    (
        (
            r"(?<!tidak\s)langsung|tatap\s+muka|datang"
            r"|\b(?:loket|ruang(?:an)?|meja|pos|desk)\b[^,;:\n]{0,40}?\bpengaduan"
        ),
        (K.DIRECT,),
    ),
)
_CHANNEL: Final = [(re.compile(p, re.IGNORECASE), kinds) for p, kinds in _CHANNEL_WORDS]
_EMAIL: Final = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL: Final = re.compile(
    r"(?:https?://|www\.)[^\s,;'\"‘’]+|[\w-]+(?:\.[\w-]+)*\.(?:go\.id|id|com|org|net)(?:/[^\s,;]*)?",
    re.IGNORECASE,
)
_PHONE: Final = re.compile(
    r"\+62[\d\s\-().]{5,}\d|\(\s*0\d{2,3}\s*\)\s*\d[\d\s\-().]{3,}\d|0[\d\s\-().]{5,}\d|\b1708\b"
)
_AREA: Final = re.compile(r"^(?:\(\s*0\d{2,3}\s*\)|0\d{2,3}(?=[\s-]))")
"""The area code a number is written with: "(0725)", "0725 " or "0725-"."""
_MORE_NUMBERS: Final = re.compile(r"\s*[,/]\s*(\d{4,8})(?![\d-])")
"""A further local number after a comma or a slash: "(0725) 49638,49313"."""


def _numbers_after(text: str, address: str) -> list[str]:
    """The further numbers written after ``address`` in ``text``, each with its area code."""
    at = text.find(address) if address else -1
    if at < 0:
        return []
    area = _AREA.match(address)
    numbers: list[str] = []
    position = at + len(address)
    while (more := _MORE_NUMBERS.match(text, position)) is not None:
        numbers.append(f"{area[0]} {more[1]}" if area is not None else more[1])
        position = more.end()
    return numbers


_HANDLE: Final = re.compile(r"@[\w.]+")


_SPACED_EMAIL: Final = re.compile(r"[\w.+-]+\s+@\s+[\w-]+(?:\.[\w-]+)+")
"""An e-mail address typed with spaces round the "@" ("dukcapil @ kalbarprov.go.id"): kept as
written, so that CT002 can say it is malformed rather than missing."""


def _value_for(kind: ComplaintChannelKind, text: str) -> str:
    if kind is K.EMAIL:
        found = _EMAIL.search(text) or _SPACED_EMAIL.search(text)
        return found[0] if found else ""
    if kind in (K.PHONE, K.FAX, K.SMS, K.WHATSAPP):
        short = re.fullmatch(r"\s*(\d{3,6})\s*[,.;]?\s*", text)
        if short is not None:  # a short number: "SMS 1708", "Call Center 112"
            return short[1]
        found = _PHONE.search(text)
        return _strip_end(found[0]) if found else ""
    if kind is K.WEBSITE:
        without_mail = _EMAIL.sub(" ", text)
        found = _URL.search(without_mail)
        return found[0].rstrip(".,;") if found else ""
    if kind in (K.INSTAGRAM, K.FACEBOOK, K.X, K.SOCIAL_MEDIA):
        found = _HANDLE.search(text)
        return found[0] if found else _strip_end(text)
    return _strip_end(text)


_CHANNEL_KEYWORD: Final = re.compile(
    r"(?<![\w/])(?:e-?mail|surel|website|wesite|telp?\.?|tlp\.?|telepon|telpon|telephone|wa|whats\s*app"
    r"|sms|fax|faks|faksimile|faximile|call\s*center|hotline|instagram|facebook|twitter|web)\b",
    re.IGNORECASE,
)
_VALUE_LIKE: Final = re.compile(r"\d{3}|@|www\.|https?://|\.go\.id")


def _pieces(item: str) -> list[str]:
    """One item cut where a new channel label starts after a complete value ("Telp: 1, WA 2")."""
    pieces: list[str] = []
    start = 0
    for keyword in _CHANNEL_KEYWORD.finditer(item):
        before = item[start : keyword.start()]
        if keyword.start() > start and _VALUE_LIKE.search(before):
            pieces.append(before.strip().rstrip(",;").strip())
            start = keyword.start()
    pieces.append(item[start:].strip())
    return [part for piece in pieces if piece for part in _label_over_label(piece)]


def _label_over_label(piece: str) -> list[str]:
    """A label whose value is another channel's "Label : value", as two pieces.

    "Kotak Saran : No WA : 0852-…" is "Kotak Saran" (no value) and "No WA : 0852-…".
    """
    outer = _LABEL.match(piece)
    inner = _LABEL.match(outer["rest"]) if outer is not None else None
    if (
        outer is None
        or inner is None
        or len(inner["label"].split()) > 3  # "Jl. Sudirman No. 5, Telp : …" is an address
        or not _CHANNEL_KEYWORD.search(inner["label"])
    ):
        return [piece]
    return [outer["label"].strip(), outer["rest"].strip()]


def _kinds_in(probe: str, *, every: bool) -> list[tuple[ComplaintChannelKind, str]]:
    """The channel kinds a label names (the first that matches), or a sentence names.

    A sentence gives every kind it names, in the order it names them. Each kind comes with the
    word that names it, as written.
    """
    found: list[tuple[int, ComplaintChannelKind, str]] = []
    for pattern, candidates in _CHANNEL:
        new = [k for k in candidates if k not in {kind for _, kind, _ in found}]
        match = pattern.search(probe) if new else None
        if match is not None:
            found.extend((match.start(), k, match[0]) for k in new)
            if not every:
                break
    return [(kind, word) for _, kind, word in sorted(found, key=lambda entry: entry[0])]


_SENTENCE_WORDS: Final = 12
"""An unlabelled item of more words than this is a sentence, not a list entry."""


def _is_sentence(piece: str) -> bool:
    """Whether ``piece`` is prose naming channels rather than a "Label: value" entry.

    "... dapat memberikan pengaduan melalui kotak saran, email, facebook ..." is one.
    """
    return _channel_label(piece) is None and len(piece.split()) > _SENTENCE_WORDS


def _remarks_in(text: str) -> tuple[str, list[str]]:
    """Like :func:`_notes_in`, but a parenthesis holding a contact value is the value itself.

    "Email (dinas@gmail.com)" and "WA (0823...)" put the address in parentheses; "(jam kerja)" is
    a remark.
    """
    return _notes_in(text, _CONTACT_VALUE.search)


_CONTACT_VALUE: Final = re.compile(
    "|".join(f"(?:{pattern.pattern})" for pattern in (_EMAIL, _URL, _PHONE, _HANDLE)),
    re.IGNORECASE,
)
"""An e-mail address, a web address, a telephone number or a handle anywhere in a text."""


def _shown_before(piece: str, address: str) -> str:
    """The label written before a contact value: "WA (0823...)" gives "WA"."""
    at = piece.find(address) if address else -1
    shown = piece[:at] if at > 0 else piece
    return re.sub(r"[\s.;,:(\[]+$", "", shown).strip()


def _sentence_address(kind: ComplaintChannelKind, value: str) -> str:
    """A contact value in a sentence: only one written in the form of its kind."""
    if kind in (K.INSTAGRAM, K.FACEBOOK, K.X, K.SOCIAL_MEDIA):
        found = _HANDLE.search(_EMAIL.sub(" ", value))
        return found[0] if found else ""
    if kind is K.LETTER:  # "... melalui surat yang ditujukan kepada Humas, Jl. A.P. Pettarani ..."
        street = _STREET.search(value)
        return _strip_end(value[street.start() :]) if street is not None else ""
    if kind in (K.COMPLAINT_BOX, K.COMPLAINT_BOOK, K.DIRECT, K.OTHER):
        return ""
    return _value_for(kind, value)


_STREET: Final = re.compile(r"\b(?:jl\.|jln\.?|jalan)\s", re.IGNORECASE)
"""Where a postal address starts in a sentence."""


def _channel_label(piece: str) -> re.Match[str] | None:
    """The "Label : value" split of a contact item, if it has one.

    A colon inside parentheses is a remark's: "Melalui website/email ( Email : a@b.id )" has no
    label.
    """
    labelled = _LABEL.match(piece)
    if labelled is not None and labelled["label"].count("(") > labelled["label"].count(")"):
        return None
    return labelled


def _uncovered(text: str, channels: list[ComplaintChannel]) -> bool:
    """Whether a word of ``text`` is in no channel's label, address or note."""
    held = " ".join(f"{c.label} {c.address} {c.note}" for c in channels).casefold()
    return any(word.casefold() not in held for word in re.findall(r"[^\W\d_]{3,}", text))


_ADDRESSEE: Final = re.compile(r"(?i)\b(?:kepada|ke|ditujukan\s+kepada)\s+(\S.*)$")
"""Whom a letter is sent to, when the text names no postal address."""


def _settled(
    kind: ComplaintChannelKind, address: str, value: str, *, labelled: bool, sentence: bool
) -> tuple[ComplaintChannelKind, str]:
    """A channel's kind and address once what its kind implies is applied.

    SMS 1708 is SP4N-LAPOR!'s; SP4N-LAPOR!'s address is a URL if one is written; a box, a book,
    in person and an unknown channel have no address unless labelled (an unknown one keeps its
    text); an unlabelled letter's address is the text before the next channel's word.
    """
    if kind is K.SMS and address == "1708":
        kind = K.SP4N_LAPOR_SMS
    if kind is K.SP4N_LAPOR:
        address = _value_for(K.WEBSITE, value) if _URL.search(value) else ""
    if kind in (K.COMPLAINT_BOX, K.COMPLAINT_BOOK, K.DIRECT, K.OTHER) and not labelled:
        address = _strip_end(value) if kind is K.OTHER and not sentence else ""
    if kind is K.LETTER and not labelled and not sentence:
        to = _ADDRESSEE.search(value)  # "Melalui surat tertulis kepada kepala DPM-PTSP"
        address = _strip_end(to[1] if to else _CHANNEL_KEYWORD.split(value)[0])
    return kind, address


def _channels_in_piece(piece: str) -> list[ComplaintChannel]:
    """The channels one "Label : value" piece names, each with its contact value.

    In a sentence each channel is labelled with the word that names it, and has a contact value
    only where one is written (an address, a number, a handle); the sentence itself is kept by
    the caller.
    """
    labelled = _channel_label(piece)
    label, value = (labelled["label"].strip(), labelled["rest"]) if labelled else ("", piece)
    sentence = _is_sentence(piece)
    kinds = _kinds_in(label, every=False) if label else _kinds_in(piece, every=True)
    value, notes = _remarks_in(value)
    note = "" if sentence else "; ".join(notes)
    if any(kind is K.SP4N_LAPOR for kind, _ in kinds):  # "website SP4N-LAPOR (lapor.go.id)"
        kinds = [(kind, word) for kind, word in kinds if kind is not K.WEBSITE]
    if not kinds:  # no label: recognise the value itself
        if _EMAIL.search(piece):
            kinds = [(K.EMAIL, "")]
        elif _URL.search(piece):
            kinds = [(K.WEBSITE, "")]
        elif _PHONE.search(piece):
            kinds = [(K.PHONE, "")]
        else:
            kinds = [(K.OTHER, "")]
    channels = []
    used: set[str] = set()
    for kind, word in kinds:
        if sentence:
            address = _sentence_address(kind, value)
            shown = word or _strip_end(piece)
        else:
            address = _value_for(kind, value)
            several = len(kinds) > 1 and bool(word)
            shown = label or (word if several else _shown_before(piece, address))
        kind, address = _settled(kind, address, value, labelled=bool(label), sentence=sentence)  # noqa: PLW2901
        used.add(address)
        channels.append(ComplaintChannel(kind, address, shown, note))
        if kind in (K.PHONE, K.FAX) and not sentence:
            channels.extend(
                ComplaintChannel(kind, more, shown, note) for more in _numbers_after(value, address)
            )
    # An e-mail address the label did not announce ("Website kelurahan@gmail.com").
    channels.extend(
        ComplaintChannel(K.EMAIL, mail, label or mail, note)
        for mail in _EMAIL.findall(piece)
        if mail not in used
    )
    return channels


def _labelled_channels(item: str) -> list[ComplaintChannel]:
    channels: list[ComplaintChannel] = []
    for piece in _pieces(_flat(item)):
        channels.extend(_channels_in_piece(piece))
    return channels


_NEEDS_NO_VALUE: Final = frozenset(
    {K.COMPLAINT_BOX, K.COMPLAINT_BOOK, K.DIRECT, K.SP4N_LAPOR, K.SP4N_LAPOR_SMS, K.OTHER}
)


def read_contacts(text: str) -> Reading[tuple[ComplaintChannel, ...]]:
    """Read contacts and say which give no contact value; see :func:`parse_contacts`.

    An item that is a sentence naming channels gives an issue ``"channels_in_sentence"`` (its
    channels are read, and the caller keeps the sentence); a channel without its value is named
    by its label in a sentence, by the item otherwise, once.
    """
    issues: list[TextIssue] = []
    channels: list[ComplaintChannel] = []
    for item in split_items(text):
        found = _labelled_channels(item.text)
        flat = _flat(item.text)
        # A sentence, or an unlabelled item naming several channels, each labelled by its own
        # words ("Kotak saran No. HP petugas Pos pelayanan ..."), whose other words no channel
        # holds: the caller keeps the item as written.
        several = len(found) > 1 and _channel_label(flat) is None and _uncovered(flat, found)
        sentence = (_is_sentence(flat) or several) and any(c.kind is not K.OTHER for c in found)
        if sentence:
            issues.append(
                _issue(
                    "channels_in_sentence",
                    item.text,
                    "'{text}' menyebut sarana pengaduan di dalam kalimat.",
                    "'{text}' names complaint channels within a sentence.",
                )
            )
        for channel in found:
            fragment = channel.label if sentence else item.text
            if channel.kind not in _NEEDS_NO_VALUE and not channel.address:
                issues.append(
                    _issue(
                        "no_contact_value",
                        fragment,
                        "'{text}' menyebut sarana pengaduan tanpa nomor atau alamatnya.",
                        "'{text}' names a complaint channel without its number or address.",
                    )
                )
            if channel.kind is K.OTHER:
                issues.append(
                    _issue(
                        "unknown_channel",
                        item.text,
                        "'{text}' bukan sarana pengaduan yang dikenali.",
                        "'{text}' is not a complaint channel that could be recognised.",
                    )
                )
        channels.extend(found)
    return Reading(tuple(channels), tuple(dict.fromkeys(issues)))


def parse_contacts(text: str) -> tuple[ComplaintChannel, ...]:
    """Complaint channels from "Label : value" lines, each with its contact value.

    Phone, fax, SMS, WhatsApp, e-mail, website, Instagram, Facebook, X, social media, complaint box
    and book, letter (an address), in person, SP4N-LAPOR!. One label naming two channels
    ("Telp/ fax", "Telepon / SMS") gives both; unlabelled e-mail addresses, URLs and numbers are
    recognised. The label and any remark in parentheses ("jam kerja") are kept. Never raises.

    >>> [(c.kind.value, c.address, c.note) for c in parse_contacts("1. Telepon: 0752-21056 (jam kerja)")]
    [('phone', '0752-21056', 'jam kerja')]
    >>> [c.kind.value for c in parse_contacts("5. Telp/ fax : 0643-7426264")]
    ['phone', 'fax']
    """
    return read_contacts(text).value


# --- executor counts ---------------------------------------------------------------------------

_PEOPLE: Final = re.compile(
    rf"(?P<floor>minimal|minimum|paling\s+sedikit|sekurang[-\s]?kurangnya|min\.)?\s*"
    rf"(?:(?P<d>\d+)\s*(?:\(\s*[a-z ]+?\s*\))?|(?P<w>{_WORDS_NUMBER}))\s*"
    r"(?:orang|0rang|org\.?|personil|personel|petugas|pegawai|staf+)\b",
    re.IGNORECASE,
)
_TOTAL: Final = re.compile(r"jumlah|berjumlah|total|seluruhnya|terdiri", re.IGNORECASE)


def read_executor_count(text: str) -> Reading[ExecutorCount]:
    """Read an executor count and say what could not be read; see :func:`parse_executor_count`."""
    issues: list[TextIssue] = []
    total: int | None = None
    total_floor = False
    lines: list[StaffingLine] = []
    for item in split_items(text):
        flat = _flat(item.text)
        found = _PEOPLE.search(flat)
        if found is None:
            if flat:
                lines.append(StaffingLine(_strip_end(flat)))
            continue
        count = _number(found["d"], found["w"])
        role = _strip_end(
            _flat(
                flat[: found.start()]
                + " "
                + re.sub(r"^\s*(?:terdiri\s+dari|yang)\b", "", flat[found.end() :])
            )
        )
        role = re.sub(r"\s*:$", "", role)
        if _TOTAL.search(flat) and total is None and not lines:
            total, total_floor = count, bool(found["floor"])
            continue
        if not role and total is None and len(split_items(text)) == 1:
            total, total_floor = count, bool(found["floor"])
            continue
        lines.append(StaffingLine(role or "-", count, bool(found["floor"])))
    if total is None and lines and all(line.count is None for line in lines):
        issues.append(
            _issue(
                "no_count",
                text,
                "'{text}' menyebut pelaksana tanpa jumlahnya.",
                "'{text}' names executors without saying how many.",
            )
        )
    if total is None and not lines and text.strip():
        issues.append(
            _issue(
                "no_count",
                text,
                "Tidak ada jumlah pelaksana yang dapat dibaca dalam '{text}'.",
                "No number of executors could be read in '{text}'.",
            )
        )
    value = ExecutorCount(total, tuple(lines), at_least=total_floor, as_written=text)
    return Reading(value, tuple(issues))


def parse_executor_count(text: str) -> ExecutorCount:
    r"""Component k from its text: a total, counts by role, floors ("minimal 1 orang"), roles only.

    "orang" typed as "0rang" is read. A line that states the total ("berjumlah 27 orang terdiri
    dari:") gives :attr:`~pelayanan.model.standards.ExecutorCount.total`; the other lines give the
    breakdown; a role without a number keeps its name with no count. Never raises.

    >>> count = parse_executor_count("Perekam Medis: 2 orang\nPerawat: minimal 1 orang")
    >>> count.total, [(l.role, l.count, l.at_least) for l in count.breakdown]
    (None, [('Perekam Medis', 2, False), ('Perawat', 1, True)])
    """
    return read_executor_count(text).value


# --- service hours ---------------------------------------------------------------------------------

_DAY_NAMES: Final = {
    "senin": Weekday.MONDAY,
    "selasa": Weekday.TUESDAY,
    "rabu": Weekday.WEDNESDAY,
    "kamis": Weekday.THURSDAY,
    "jumat": Weekday.FRIDAY,
    "jum'at": Weekday.FRIDAY,
    "sabtu": Weekday.SATURDAY,
    "minggu": Weekday.SUNDAY,
    "ahad": Weekday.SUNDAY,
}
_DAY: Final = r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)"
_DAYS: Final = re.compile(
    rf"(?P<first>{_DAY})(?:\s*(?:-|s\s*/\s*d\.?|s\.d\.?|sampai(?:\s+dengan)?|hingga)\s*(?P<last>{_DAY}))?",
    re.IGNORECASE,
)
_WINDOW: Final = re.compile(
    r"(?P<h1>\d{1,2})[.:](?P<m1>\d{2})\s*(?:wib|wita|wit)?\s*"
    r"(?:-|s\s*/\s*d\.?|s\.d\.?|sampai(?:\s+dengan)?|hingga)\s*"
    r"(?P<h2>\d{1,2})[.:](?P<m2>\d{2})",
    re.IGNORECASE,
)
_ROUND_THE_CLOCK: Final = re.compile(r"24\s*jam|1\s*[x×]\s*24", re.IGNORECASE)


def _weekdays(match: re.Match[str]) -> tuple[Weekday, ...]:
    first = _DAY_NAMES[match["first"].lower()]
    if match["last"] is None:
        return (first,)
    last = _DAY_NAMES[match["last"].lower()]
    days = list(Weekday)
    start, end = days.index(first), days.index(last)
    return tuple(days[start : end + 1]) if start <= end else tuple(days[start:] + days[: end + 1])


def _window(match: re.Match[str]) -> TimeWindow | None:
    try:
        return TimeWindow.parse(f"{match['h1']}:{match['m1']}-{match['h2']}:{match['m2']}")
    except CalendarError:
        return None


def read_service_hours(text: str) -> Reading[ServiceHours]:
    """Read service hours and say what could not be read; see :func:`parse_service_hours`."""
    days: list[DayHours] = []
    for item in split_items(text):
        line = _clean(item.text).replace("\u2019", "'")
        named = list(_DAYS.finditer(line))
        windows = [w for m in _WINDOW.finditer(line) if (w := _window(m)) is not None]
        if named and windows:
            weekdays = tuple(d for m in named for d in _weekdays(m))
            days.append(DayHours(tuple(dict.fromkeys(weekdays)), tuple(windows)))
        elif _ROUND_THE_CLOCK.search(line):
            days.append(DayHours(tuple(Weekday), (TimeWindow(dt.time(0), dt.time(0)),)))
    if not days:
        issue = _issue(
            "no_hours",
            text,
            "Tidak ada hari dan jam pelayanan yang dapat dibaca dalam '{text}'.",
            "No days and hours of service could be read in '{text}'.",
        )
        return Reading(ServiceHours(as_written=text), (issue,))
    return Reading(ServiceHours(WeeklyHours(tuple(days)), as_written=text))


def parse_service_hours(text: str) -> ServiceHours:
    r"""*Jam pelayanan* of a service from its text: days, time windows, or round the clock.

    Day ranges ("Senin - Kamis", "Senin s/d Jumat"), times with a dot or a colon ("08.00 - 14.30
    WIB", "pukul 08:00 Wib s/d 16:15 Wib"), several windows a day, and "24 jam" / "1x 24 jam" for
    every day, all day. The text is kept word for word. Never raises.

    >>> hours = parse_service_hours("Senin -  Kamis: 08.00 - 14.30 WIIB\nJumat: 08.00 - 11.30 WIB")
    >>> [str(w) for w in hours.weekly.windows_on(Weekday.THURSDAY)]
    ['08:00-14:30']
    >>> [str(w) for w in parse_service_hours("1x 24 jam dan 7 hari seminggu").weekly.windows_on(Weekday.SUNDAY)]
    ['00:00-00:00']
    """
    return read_service_hours(text).value
