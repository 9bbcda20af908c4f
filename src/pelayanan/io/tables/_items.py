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
* A step with no "(pelaksana: …)" takes its **actor from the start of its sentence** when the
  sentence plainly opens with one: "Petugas pelayanan menyerahkan SKTM kepada pemohon" is done by
  "Petugas pelayanan". The first word must name a person or an office ("pemohon", "petugas",
  "kepala", "operator", …), the phrase ends at the first active verb ("me-", "ber-", or one of a
  few such as "datang") within six words, and the description stays as written. A passive
  ("Pemohon dipanggil"), a negation or a condition ("Pasien tidak …") leaves the actor empty.
* "**Label: value**" lines in the procedure, supervision, complaint and evaluation components:
  "Sistem:", "Mekanisme:", "Pengawas:", "Pengelola pengaduan:", "Periode:", "Penilai:".

>>> required, _ = requirement("Foto rumah tampak depan (tidak wajib)", RequirementKind.TECHNICAL)
>>> required.name, required.mandatory
('Foto rumah tampak depan', False)
>>> done, _ = step("Memeriksa berkas (pelaksana: Petugas loket; waktu: 15 menit; hasil: Tanda terima)")
>>> done.description, done.actor, str(done.duration), done.output
('Memeriksa berkas', 'Petugas loket', '15 menit', 'Tanda terima')
>>> step("Kepala Bidang menandatangani surat")[0].actor
'Kepala Bidang'
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


# The leading actor of a step sentence ("Petugas pelayanan menyerahkan …"). Kept tight: a
# first word that names a person or an office of a service unit, never a thing or a place
# ("loket", "berkas"), so that a rule or a condition ("Berkas lengkap") is never read as an actor.
_ACTOR_HEADS: Final = frozenset(
    {
        # the people served
        "pemohon",
        "pasien",
        "masyarakat",
        "pengguna",
        "pelanggan",
        "pengunjung",
        "peserta",
        "alumni",
        "tamu",
        "mahasiswa",
        "siswa",
        "pemilik",
        "pelapor",
        "penggugat",
        "pihak",
        # the unit's staff and officials
        "petugas",
        "pengawas",
        "dinas",
        "pelaksana",
        "operator",
        "staf",
        "staff",
        "pegawai",
        "admin",
        "analis",
        "verifikator",
        "validator",
        "cs",
        "pejabat",
        "kepala",
        "kasi",
        "kasubag",
        "kasubbag",
        "kabag",
        "kabid",
        "sekretaris",
        "camat",
        "sekcam",
        "lurah",
        "kades",
        "bendahara",
        "kasir",
        "dokter",
        "perawat",
        "bidan",
        "apoteker",
        "tim",
        "anggota",
        "bagian",
    }
)
_ACTOR_HEAD_PAIRS: Final = frozenset(
    {("wajib", "pajak"), ("customer", "service"), ("front", "office")}
)
_MAX_ACTOR_WORDS: Final = 6
# Active verbs by their meN- and ber- prefixes, spelled as the root's first sound requires
# ("mem" before b/p/f/v or a vowel, "men" before c/d/j/s/z/"tr" or a vowel, "meny" and "meng"
# before a vowel, "meng" before g/h/k, "me" before l/r/w/y and a vowel): "menerima",
# "memeriksa", "menyerahkan", "mengisi", "menginput", "mencetak", "melakukan", "berkonsultasi".
# This keeps nouns such as "medis", "meja", "media", "menteri" and "menit" out.
_ACTIVE: Final = re.compile(
    r"(?:me(?:m[bpfvaeiou]|n[cdjsz]|ntr|n[aeiou]|ny[aeiou]|ng[aeiougkh]|[lrwy][aeiou])"
    r"|ber[a-z])[a-z-]{2,}"
)
# Passives with di- ("diserahkan", "diverifikasi"): the sentence's subject is then not the
# one who acts, so a step such as "Pemohon dipanggil …" gets no actor.
_PASSIVE: Final = re.compile(r"di[a-z][a-z-]{3,}")
# Words that look like a prefixed verb but are nouns in an actor's name or a step.
_NOT_VERBS: Final = frozenset(
    {
        "berkas",
        "berkas-berkas",
        "berita",
        "beras",
        "dinas",
        "direktur",
        "direktorat",
        "direksi",
        "divisi",
        "distrik",
        "diklat",
        "digital",
        "disposisi",
        "member",
        # ber- adjectives after a noun ("kendaraan bermotor", "pihak yang bersangkutan")
        "bermotor",
        "bersangkutan",
        "berwenang",
        "berkepentingan",
        "berlaku",
        "memori",
    }
)
# Common verbs without a prefix, as steps are written ("Pemohon datang ke loket").
_PLAIN_VERBS: Final = frozenset(
    {
        "datang",
        "minta",
        "hadir",
        "tiba",
        "masuk",
        "kembali",
        "pulang",
        "ambil",
        "isi",
        "bawa",
        "serahkan",
        "tunggu",
        "antre",
        "antri",
        "login",
        "upload",
        "unggah",
    }
)
# Words between the actor and the verb: "Pemohon akan menerima", "Petugas kemudian memeriksa".
_AUXILIARIES: Final = frozenset(
    {
        "akan",
        "dapat",
        "bisa",
        "wajib",
        "harus",
        "perlu",
        "segera",
        "kemudian",
        "lalu",
        "langsung",
        "selanjutnya",
        "sudah",
        "telah",
        "juga",
    }
)
# A negation or a condition makes the sentence a rule, not a step someone performs.
_NOT_A_STEP: Final = frozenset(
    {
        "tidak",
        "tak",
        "belum",
        "bukan",
        "tanpa",
        "jika",
        "apabila",
        "bila",
        "kalau",
        "maka",
        "namun",
        "setelah",
        "sebelum",
        "sesudah",
        "ketika",
        "saat",
    }
)
_BARE: Final = ".,;:!?()[]{}\"'“”‘’"


def _bare(word: str) -> str:
    """``word`` lower-cased, without surrounding punctuation, and before any "/"."""
    return word.strip(_BARE).lower().split("/")[0]


def _verb(word: str) -> str | None:
    """``"active"``, ``"passive"`` or ``None``: whether ``word`` (as written) is a verb.

    A word written "Di…" ("Dinas", "Disdukcapil") is a name, not a passive; in capitals it
    could be either, and is taken as a passive.
    """
    bare = _bare(word)
    if bare in _NOT_VERBS:
        return None
    if bare in _PLAIN_VERBS or _ACTIVE.fullmatch(bare):
        return "active"
    written = word.lstrip(_BARE)
    if _PASSIVE.fullmatch(bare) and not (written.startswith("D") and not written.isupper()):
        return "passive"
    return None


_KINDS: Final[Mapping[str | None, str]] = {"active": "verb", "passive": "stop", None: "word"}


def _kind(words: list[str], i: int) -> str:
    """What ``words[i]`` does in an actor phrase: ends it, voids it, or belongs to it.

    ``"verb"`` ends the phrase, ``"stop"`` voids it, ``"yang"`` opens a one-word relative clause
    ("yang berwenang") that belongs to it, and ``"word"`` belongs to it.
    A standalone "di" is either a split passive ("di berikan") or a place ("di loket"): a stop.
    An auxiliary ("akan", "kemudian") ends the phrase when an active verb follows it.
    """
    bare = _bare(words[i])
    if bare in _NOT_A_STEP or bare == "di":
        return "stop"
    if bare == "yang":
        following = _bare(words[i + 1]) if i + 1 < len(words) else ""
        return "stop" if following in _NOT_A_STEP else "yang"
    verb = _verb(words[i])
    if verb is None and bare in _AUXILIARIES:
        after = next(
            (j for j in range(i + 1, len(words)) if _bare(words[j]) not in _AUXILIARIES), None
        )
        verb = (_verb(words[after]) if after is not None else None) or "passive"
    return _KINDS[verb]


def _leading_actor(description: str) -> str:
    """Who performs a step, read from the start of its sentence; empty when not plain.

    The actor is the phrase before the first verb, at most six words, starting with a word that
    names a person or an office; a relative clause ("Pejabat yang berwenang") belongs to it.
    A short heading with a spaced colon before the sentence ("Pendaftaran : Pemohon …") is
    passed over. A passive verb, a negation or a condition, punctuation inside the phrase, or no
    verb within six words leaves the actor empty, unless the sentence names its agent after
    "oleh" ("Berkas dikembalikan oleh petugas"). Whitespace inside the phrase is reduced to
    single spaces.

    >>> _leading_actor("Petugas pelayanan menyerahkan SKTM kepada pemohon")
    'Petugas pelayanan'
    >>> _leading_actor("Pasien tidak ada BPJS"), _leading_actor("Berkas diverifikasi")
    ('', '')
    """
    headed = _STEP_HEADING.match(description)  # "Pendaftaran : Wajib Pajak menyerahkan ..."
    if headed is not None:
        description = description[headed.end() :]
    words = description.split()
    if len(words) > 1 and (_bare(words[0]), _bare(words[1])) in _ACTOR_HEAD_PAIRS:
        i = 2
    elif words and _bare(words[0]) in _ACTOR_HEADS:
        i = 1
    else:
        return _actor_after_oleh(description)
    while i < len(words) and i <= _MAX_ACTOR_WORDS:
        kind = _kind(words, i)
        if kind == "stop":
            break
        if kind == "verb":
            phrase = words[:i]
            return "" if any(w[-1] in ",.;:" for w in phrase) else " ".join(phrase)
        i += 2 if kind == "yang" else 1
    return _actor_after_oleh(description)  # "Pemohon dipanggil oleh petugas loket"


_STEP_HEADING: Final = re.compile(r"^[^:;,.()]{1,60}?\s:\s+(?=\S)")
"""A short heading before the step's sentence, with a spaced colon ("Pendaftaran : ...")."""
_OLEH: Final = re.compile(r"\boleh\s+")
_OLEH_STOPS: Final = frozenset(
    {
        *("melalui", "dengan", "untuk", "di", "ke", "dan", "atau", "pada", "sesuai", "secara"),
        *("dalam", "yang", "kemudian", "lalu", "selanjutnya"),
    }
)


def _actor_after_oleh(description: str) -> str:
    """The agent of a passive step, named after "oleh" ("Gugatan didaftarkan oleh Pihak ...").

    The first word after "oleh" must name a person or an office; the agent runs to a stop word
    ("melalui", "secara", …) or a punctuation mark, at most four words.

    >>> _actor_after_oleh("Gugatan didaftarkan oleh Pihak secara online melalui E-Court")
    'Pihak'
    >>> _actor_after_oleh("Berkas diperiksa oleh sistem")
    ''
    """
    found = _OLEH.search(description)
    if found is None:
        return ""
    words = description[found.end() :].split()
    if not words or _bare(words[0]) not in _ACTOR_HEADS:
        return ""
    agent: list[str] = []
    for word in words[:4]:
        if agent and (_bare(word) in _OLEH_STOPS or word.startswith(("(", "["))):
            break
        agent.append(word.rstrip(_BARE))
        if word.rstrip(_BARE) != word:  # "petugas;", "petugas." ends the agent
            break
    return " ".join(agent)


def step(item: str) -> tuple[ProcedureStep, tuple[tuple[str, str], ...]]:
    """A procedure step; "(pelaksana: …; waktu: …; hasil: …)" gives its actor, time and output.

    Without a "pelaksana", the actor is read from the start of the sentence when it plainly
    opens with one ("Pemohon datang ke loket" → "Pemohon"); the description stays as written.
    The problems are ``(Indonesian, English)`` pairs. A time without a clear unit stays in the
    description, as written.
    """
    description, qualifier = _trailing(item)
    if qualifier is None:
        whole = item.strip()
        return ProcedureStep(whole, _leading_actor(whole)), ()
    fields: dict[str, str] = {}
    for part in re.split(r"\s*;\s*", qualifier):
        key, colon, value = part.partition(":")
        field = _STEP_KEYS.get(key.strip().lower())
        if not colon or field is None or field in fields:
            whole = item.strip()
            return ProcedureStep(whole, _leading_actor(whole)), ()
        fields[field] = value.strip()
    actor = fields.get("actor") or _leading_actor(description)
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
    return ProcedureStep(description, actor, duration, fields.get("output", "")), problems


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
