"""What one list item of a component says beyond its name: kind, condition, actor, time, group.

Units write these details in a few recurring ways, and the import reads those ways only; anything
else stays in the item's name, as written. Each function takes one item (a line, or a numbered
entry) and returns the typed record plus the details it could not read.

* A **group line** ending in a colon sets the kind of the items below it: "Persyaratan
  administratif:" / "Persyaratan teknis:" for requirements, "Pengetahuan:", "Keterampilan:",
  "Pendidikan:", "Sikap dan perilaku:" … for competencies. An item may also start with its kind
  ("Pendidikan: minimal SMA").
* A trailing **parenthesis** qualifies an item: "(tidak wajib)", "(bila ada)", "(jika ada)",
  "(opsional)" make a requirement optional; "(keterangan: …)" is its description;
  "(pelaksana: …; waktu: …; hasil: …)" gives a procedure step its actor, duration and output;
  "(untuk lansia, ibu hamil, …)" names the vulnerable groups a facility is for.
* "**Label: value**" lines in the procedure, supervision, complaint and evaluation components:
  "Sistem:", "Mekanisme:", "Pengawas:", "Pengelola pengaduan:", "Periode:", "Penilai:".

>>> required, _ = requirement("Foto rumah tampak depan (tidak wajib)", RequirementKind.TECHNICAL)
>>> required.name, required.mandatory
('Foto rumah tampak depan', False)
>>> done, _ = step("Memeriksa berkas (pelaksana: Petugas loket; waktu: 15 menit; hasil: Tanda terima)")
>>> done.description, done.actor, str(done.duration), done.output
('Memeriksa berkas', 'Petugas loket', '15 menit', 'Tanda terima')
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from ..._base.errors import PelayananError
from ...model.providers import Competency, CompetencyKind
from ...model.services import VulnerableGroup
from ...model.standards import Facility, ProcedureStep, Product, Requirement, RequirementKind
from ...time.durations import Duration

__all__ = [
    "competency",
    "competency_group",
    "facility",
    "interval_months",
    "labelled_line",
    "product",
    "requirement",
    "requirement_group",
    "step",
]

_TRAILING: Final = re.compile(r"\s*\(([^()]*)\)\s*[.;,]?\s*$")
_OPTIONAL: Final = re.compile(
    r"(?:tidak\s+wajib|bila\s+ada|jika\s+ada|apabila\s+ada|opsional|optional|if\s+any)",
    re.IGNORECASE,
)
_DESCRIPTION: Final = re.compile(
    r"^\s*(?:keterangan|ket\.?|catatan|note)\s*:\s*(.+)$", re.IGNORECASE | re.DOTALL
)
_REQUIREMENT_GROUPS: Final = {
    "administratif": RequirementKind.ADMINISTRATIVE,
    "administrasi": RequirementKind.ADMINISTRATIVE,
    "administrative": RequirementKind.ADMINISTRATIVE,
    "teknis": RequirementKind.TECHNICAL,
    "technical": RequirementKind.TECHNICAL,
}
_COMPETENCY_WORDS: Final = {
    "pengetahuan": CompetencyKind.KNOWLEDGE,
    "knowledge": CompetencyKind.KNOWLEDGE,
    "keahlian": CompetencyKind.EXPERTISE,
    "expertise": CompetencyKind.EXPERTISE,
    "keterampilan": CompetencyKind.SKILL,
    "ketrampilan": CompetencyKind.SKILL,
    "skill": CompetencyKind.SKILL,
    "skills": CompetencyKind.SKILL,
    "pengalaman": CompetencyKind.EXPERIENCE,
    "experience": CompetencyKind.EXPERIENCE,
    "pendidikan": CompetencyKind.EDUCATION,
    "education": CompetencyKind.EDUCATION,
    "sikap": CompetencyKind.ATTITUDE,
    "perilaku": CompetencyKind.ATTITUDE,
    "attitude": CompetencyKind.ATTITUDE,
    "sertifikasi": CompetencyKind.CERTIFICATION,
    "sertifikat": CompetencyKind.CERTIFICATION,
    "certification": CompetencyKind.CERTIFICATION,
}
_VULNERABLE: Final = (
    (
        re.compile(r"penyandang\s+disabilitas|disabilitas|difabel|disabilities", re.IGNORECASE),
        VulnerableGroup.PERSONS_WITH_DISABILITIES,
    ),
    (re.compile(r"lanjut\s+usia|lansia|elderly", re.IGNORECASE), VulnerableGroup.ELDERLY),
    (
        re.compile(r"ibu\s+hamil|wanita\s+hamil|perempuan\s+hamil|pregnant", re.IGNORECASE),
        VulnerableGroup.PREGNANT_WOMEN,
    ),
    (re.compile(r"anak-anak|anak|balita|children", re.IGNORECASE), VulnerableGroup.CHILDREN),
    (re.compile(r"korban\s+bencana|disaster", re.IGNORECASE), VulnerableGroup.DISASTER_VICTIMS),
)
_GROUP_FOR: Final = re.compile(r"^\s*(?:untuk|bagi|khusus|for)\s+(.+)$", re.IGNORECASE | re.DOTALL)
_STEP_KEYS: Final = {
    "pelaksana": "actor",
    "petugas": "actor",
    "oleh": "actor",
    "actor": "actor",
    "waktu": "duration",
    "durasi": "duration",
    "lama": "duration",
    "time": "duration",
    "hasil": "output",
    "output": "output",
    "produk": "output",
    "keluaran": "output",
}


def _trailing(text: str) -> tuple[str, str | None]:
    """The text without a trailing parenthesis, and what the parenthesis held."""
    match = _TRAILING.search(text)
    if match is None:
        return text.strip(), None
    return text[: match.start()].strip(), match[1].strip()


def _group(line: str, words: Mapping[str, object]) -> object | None:
    stripped = line.strip()
    if not stripped.endswith(":"):
        return None
    found = {words[w] for w in re.findall(r"[^\W\d_]+", stripped.lower()) if w in words}
    return found.pop() if len(found) == 1 else None


def requirement_group(line: str) -> RequirementKind | None:
    """The kind a group line sets ("Persyaratan Teknis :"), or ``None`` if it is no group line.

    >>> requirement_group("Persyaratan administratif:"), requirement_group("KTP asli")
    (<RequirementKind.ADMINISTRATIVE: 'administrative'>, None)
    """
    kind = _group(line, _REQUIREMENT_GROUPS)
    return kind if isinstance(kind, RequirementKind) else None


def competency_group(line: str) -> CompetencyKind | None:
    """The competency kind a group line sets ("Pengetahuan:"), or ``None``."""
    kind = _group(line, _COMPETENCY_WORDS)
    return kind if isinstance(kind, CompetencyKind) else None


def requirement(item: str, kind: RequirementKind) -> tuple[Requirement, tuple[str, ...]]:
    """A requirement from one item, with its group's ``kind`` unless the item says otherwise."""
    name, qualifier = item.strip(), None
    mandatory, description = True, ""
    while True:
        rest, qualifier = _trailing(name)
        if qualifier is None:
            break
        described = _DESCRIPTION.match(qualifier)
        if described is not None and not description:
            description = described[1].strip()
        elif _OPTIONAL.fullmatch(qualifier.strip(" .")) and mandatory:
            mandatory = False
        elif qualifier.lower().strip(" .") in _REQUIREMENT_GROUPS:
            kind = _REQUIREMENT_GROUPS[qualifier.lower().strip(" .")]
        else:
            break
        name = rest
    return Requirement(name, kind, mandatory, description), ()


def _description(item: str) -> tuple[str, str]:
    name, qualifier = _trailing(item)
    if qualifier is not None:
        described = _DESCRIPTION.match(qualifier)
        if described is not None:
            return name, described[1].strip()
    return item.strip(), ""


def product(item: str) -> tuple[Product, tuple[str, ...]]:
    """A product from one item; "(keterangan: …)" is its description."""
    name, description = _description(item)
    return Product(name, description), ()


def facility(item: str) -> tuple[Facility, tuple[str, ...]]:
    """A facility from one item; "(untuk lansia, …)" names the vulnerable groups it is for."""
    name, qualifier = _trailing(item)
    if qualifier is not None:
        described = _DESCRIPTION.match(qualifier)
        if described is not None:
            return Facility(name, described[1].strip()), ()
        wanted = _GROUP_FOR.match(qualifier)
        if wanted is not None:
            groups = _vulnerable_groups(wanted[1])
            if groups:
                return Facility(name, vulnerable_groups=groups), ()
    return Facility(item.strip()), ()


def _vulnerable_groups(text: str) -> tuple[VulnerableGroup, ...]:
    """The groups named in "lansia, ibu hamil, dan penyandang disabilitas"; empty if anything else."""
    rest = text
    found: list[tuple[int, VulnerableGroup]] = []
    for pattern, group in _VULNERABLE:
        match = pattern.search(rest)
        if match is not None:
            found.append((match.start(), group))
            rest = rest[: match.start()] + " " * (match.end() - match.start()) + rest[match.end() :]
    leftover = re.sub(r"\b(?:dan|serta|atau|and|or)\b|[,;/&]", " ", rest)
    if leftover.strip(" ."):
        return ()
    return tuple(group for _, group in sorted(found, key=lambda pair: pair[0]))


def competency(item: str, kind: CompetencyKind | None) -> tuple[Competency, tuple[str, ...]]:
    """A competency from one item: "Pendidikan: minimal SMA" sets its kind, as a group line does."""
    text = item.strip()
    prefix = re.match(r"^\s*([^\W\d_]+(?:\s+dan\s+[^\W\d_]+)?)\s*:\s*(.+)$", text, re.DOTALL)
    if prefix is not None:
        words = re.findall(r"[^\W\d_]+", prefix[1].lower())
        kinds = {_COMPETENCY_WORDS[w] for w in words if w in _COMPETENCY_WORDS}
        if len(kinds) == 1:
            return Competency(prefix[2].strip(), kinds.pop()), ()
    name, description = _description(text)
    if kind is None:
        return Competency(name, description=description), ()
    return Competency(name, kind, description), ()


def step(item: str) -> tuple[ProcedureStep, tuple[tuple[str, str], ...]]:
    """A procedure step; "(pelaksana: …; waktu: …; hasil: …)" gives its actor, time and output.

    The problems are ``(Indonesian, English)`` pairs. A time without a clear unit stays in the
    description, as written.
    """
    description, qualifier = _trailing(item)
    if qualifier is None:
        return ProcedureStep(item.strip()), ()
    fields: dict[str, str] = {}
    for part in re.split(r"\s*;\s*", qualifier):
        key, colon, value = part.partition(":")
        field = _STEP_KEYS.get(key.strip().lower())
        if not colon or field is None or field in fields:
            return ProcedureStep(item.strip()), ()
        fields[field] = value.strip()
    duration: Duration | None = None
    problems: tuple[tuple[str, str], ...] = ()
    if "duration" in fields:
        try:
            duration = Duration.parse(fields["duration"])
        except PelayananError:
            written = fields["duration"]
            problems = (
                (
                    f"waktu langkah {written!r} tidak bersatuan jelas; disimpan di uraian langkah",
                    f"the time of the step {written!r} has no clear unit; kept in its description",
                ),
            )
            description = f"{description} (waktu: {written})"
    actor, output = fields.get("actor", ""), fields.get("output", "")
    return ProcedureStep(description, actor, duration, output), problems


_LABELLED: Final = re.compile(r"^\s*([^\W\d_][^:\n]{0,40}?)\s*:\s*(.*)$", re.DOTALL)


def labelled_line(line: str, labels: Mapping[str, str]) -> tuple[str, str] | None:
    """``(field, value)`` for a "Label: value" line whose label is one of ``labels``' keys.

    >>> labelled_line("Pengawas : Kepala Bidang; Inspektorat", {"pengawas": "supervisors"})
    ('supervisors', 'Kepala Bidang; Inspektorat')
    """
    match = _LABELLED.match(line)
    if match is None:
        return None
    key = " ".join(re.findall(r"[^\W\d_]+", match[1].lower()))
    field = labels.get(key)
    return (field, match[2].strip()) if field is not None else None


_INTERVALS: Final = (
    (
        re.compile(
            r"(?:setiap|tiap|per|sekali\s+dalam)\s+(\d{1,2})\s*(?:\([^)]*\)\s*)?bulan",
            re.IGNORECASE,
        ),
        None,
    ),
    (re.compile(r"(\d{1,2})\s*(?:\([^)]*\)\s*)?bulan\s+sekali", re.IGNORECASE), None),
    (re.compile(r"(?:setiap|tiap)\s+bulan|bulanan|sebulan\s+sekali|monthly", re.IGNORECASE), 1),
    (re.compile(r"triwulan|tiga\s+bulan|quarterly", re.IGNORECASE), 3),
    (re.compile(r"semester|enam\s+bulan|six-monthly|half-yearly", re.IGNORECASE), 6),
    (
        re.compile(
            r"(?:setiap|tiap)\s+tahun|tahunan|setahun\s+sekali|(?:satu|1)\s+kali\s+dalam\s+setahun|annually|yearly",
            re.IGNORECASE,
        ),
        12,
    ),
)


def interval_months(text: str) -> int | None:
    """How often, in months, an evaluation is done by ``text`` ("setiap 6 (enam) bulan" → 6).

    >>> interval_months("setiap 6 (enam) bulan"), interval_months("Minimal satu kali dalam setahun")
    (6, 12)
    """
    for pattern, months in _INTERVALS:
        match = pattern.search(text)
        if match is not None:
            value = months if months is not None else int(match[1])
            return value if value >= 1 else None
    return None
