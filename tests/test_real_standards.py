"""Real standards as they are written: each form of issue 12, end to end.

Every form loads, round-trips, renders, counts its deadline and validates as the law says.

The forms are those real published standards use (research/real/, cited per test). Dates are
counted by hand on the government calendar of 2024: Friday 5 April 2024 is followed by Idul Fitri
1445 H (10-11 April) and its cuti bersama (8, 9, 12 and 15 April), so the first working day after
it is Tuesday 16 April.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st

from pelayanan import Component, ServiceStandard, from_dict, from_json, to_dict, to_json, validate
from pelayanan.cli import main
from pelayanan.evaluation.compliance import compliance_summary, standard_compliance
from pelayanan.io.text import parse_fee, parse_time_limit
from pelayanan.law import CATALOGUE, Citation, Instrument, InstrumentKind
from pelayanan.model.records import Establishment, OfficeLevel, Official
from pelayanan.model.services import Service
from pelayanan.model.standards import (
    ComplaintChannel,
    ComplaintChannelKind,
    ComplaintHandling,
    ComponentState,
    Coverage,
    Fee,
    FeeForm,
    Guarantee,
    LimitBound,
    PayerFee,
    Procedure,
    ProcedurePath,
    ProcedureStep,
    Requirement,
    ServiceHours,
    Tariff,
    TimeLimit,
    TimeLimitCase,
    TimeLimitForm,
)
from pelayanan.rules import Severity
from pelayanan.strategies import instruments, models
from pelayanan.time.calendar import Weekday
from pelayanan.time.durations import Duration, DurationUnit, NoDeadlineError
from pelayanan.time.hours import GOVERNMENT_HOURS, OpeningHours
from pelayanan.time.regions import TimeZone

from .conftest import ROOT

AS_OF = dt.date(2024, 6, 1)
FRIDAY = dt.date(2024, 4, 5)
REAL = ROOT / "tests" / "data" / "real"


def d(amount: int, unit: str) -> Duration:
    """A duration in a unit named by its JSON value."""
    return Duration(amount, DurationUnit(unit))


def standard(**components: Any) -> ServiceStandard:
    """A draft standard with only the given components."""
    return ServiceStandard(id="sp", service_id="svc", **components)


def findings(document: object, lang: str = "en") -> list[tuple[str, str, str]]:
    """(code, severity, path) of every finding, as of 1 June 2024."""
    report = validate(document, as_of=AS_OF, lang=lang)  # type: ignore[arg-type]
    return [(f.code, f.severity.value, f.path) for f in report.findings]


def codes(document: object) -> set[str]:
    """The codes of every finding."""
    return {code for code, _, _ in findings(document)}


def round_trips(value: object) -> None:
    """JSON text and dicts give back the same value, and the same JSON."""
    text = to_json(value)
    assert from_json(text, type(value)) == value
    assert to_json(from_json(text, type(value))) == text


# --- time limits: (as written, value, Indonesian, English, due from FRIDAY, warnings, codes) ----

TIME_LIMIT_FORMS = [
    (
        "3 (tiga) hari",  # Lamongan's "Paling lambat 3 (tiga) hari" without the bound
        TimeLimit(d(3, "days"), as_written="3 (tiga) hari"),
        "3 hari",
        "3 days",
        dt.date(2024, 4, 8),  # 5 April + 3 calendar days: the earlier date
        ["unknown_day_kind"],
        {"TL001"},
    ),
    (
        "3 s/d 14 hari kerja",
        TimeLimit(d(14, "working_days"), minimum=d(3, "working_days")),
        "3 s/d 14 hari kerja",
        "3 to 14 working days",
        # 14 working days from 16 April: 16-19, 22-26, 29, 30 April, 2, 3, 6 May (1 May and
        # 9-10 May are holidays or cuti bersama): the 14th is 6 May.
        dt.date(2024, 5, 6),
        [],
        {"TL003"},  # information, not a defect: the upper end is the promise
    ),
    (
        "paling lama 7 hari",
        TimeLimit(d(7, "days"), bound=LimitBound.AT_MOST),
        "paling lama 7 hari",
        "at most 7 days",
        dt.date(2024, 4, 12),
        ["unknown_day_kind"],
        {"TL001"},
    ),
    (
        "1 Minggu",  # Kecamatan Pendopo Barat, "Proses 1 Minggu"
        TimeLimit(d(1, "weeks")),
        "1 minggu",
        "1 week",
        dt.date(2024, 4, 12),
        [],
        set(),
    ),
    (
        "3 x 24 jam",
        TimeLimit(d(3, "calendar_days")),
        "3 hari kalender",
        "3 calendar days",
        dt.date(2024, 4, 8),
        [],
        set(),
    ),
    (
        "6 (enam) bulan",  # Pengadilan Agama Kebumen
        TimeLimit(d(6, "months")),
        "6 bulan",
        "6 months",
        dt.date(2024, 10, 5),
        [],
        set(),
    ),
    (
        "Baru: 3 hari kerja; Perpanjangan: 1 hari kerja",
        TimeLimit(
            cases=(
                TimeLimitCase("Baru", d(3, "working_days")),
                TimeLimitCase("Perpanjangan", d(1, "working_days")),
            )
        ),
        "Baru: 3 hari kerja; Perpanjangan: 1 hari kerja",
        "Baru: 3 working days; Perpanjangan: 1 working day",
        None,
        [],
        set(),
    ),
    (
        "Sesuai kasus",  # Puskesmas Guguk Panjang, emergency department
        TimeLimit(no_fixed_time="Sesuai kasus"),
        "Sesuai kasus",
        "no fixed time (Sesuai kasus)",
        None,
        [],
        {"TL002"},
    ),
    (
        "tergantung tingkat kegawatan",
        TimeLimit(no_fixed_time="tergantung tingkat kegawatan"),
        "tergantung tingkat kegawatan",
        "no fixed time (tergantung tingkat kegawatan)",
        None,
        [],
        {"TL002"},
    ),
    ("1", TimeLimit(as_written="1"), "1", "1", None, [], {"TL002"}),
]


@pytest.mark.parametrize(
    ("written", "value", "id_text", "en_text", "due", "warnings", "expected"),
    TIME_LIMIT_FORMS,
    ids=[row[0] for row in TIME_LIMIT_FORMS],
)
def test_each_time_limit_form_loads_renders_counts_and_validates(  # noqa: PLR0917  (table)
    written: str,
    value: TimeLimit,
    id_text: str,
    en_text: str,
    due: dt.date | None,
    warnings: list[str],
    expected: set[str],
) -> None:
    """The form is read from its text, round-trips, renders in both languages, gives its deadline.

    A range gives the date of its upper end; "hari" alone the earlier calendar-day date with a
    warning; no fixed time gives no date. Only the findings the law gives are reported: none for
    a well-formed range, TL002 for no fixed time, TL001 for days of an unstated kind.
    """
    parsed = parse_time_limit(written)
    assert attrs_without_text(parsed) == attrs_without_text(value)
    round_trips(parsed)
    assert (value.text("id"), value.text("en")) == (id_text, en_text)
    if due is None:
        if not value.cases:
            with pytest.raises(NoDeadlineError):
                value.due(FRIDAY)
    else:
        deadline = value.due(FRIDAY)
        assert (deadline.due, [w.kind.value for w in deadline.warnings]) == (due, warnings)
    sp_codes = {c for c in codes(standard(time_limit=parsed)) if c >= "SP020"}
    assert sp_codes == expected


def attrs_without_text(limit: TimeLimit) -> tuple[object, ...]:
    """The value of a time limit without the text it was read from."""
    return (
        limit.duration,
        limit.minimum,
        limit.bound,
        limit.no_fixed_time,
        limit.cases,
        limit.note,
    )


def test_each_sub_case_has_its_own_deadline() -> None:
    """Each sub-case is due on its own date; without a sub-case there is no single deadline.

    "Baru" is due on the 3rd working day after Friday 5 April 2024 (18 April), "Perpanjangan" on
    the 1st (16 April).
    """
    limit = TIME_LIMIT_FORMS[6][1]
    assert limit.due(FRIDAY, case="Baru").due == dt.date(2024, 4, 18)
    assert limit.due(FRIDAY, case="perpanjangan").due == dt.date(2024, 4, 16)
    with pytest.raises(NoDeadlineError, match="differs by sub-case") as raised:
        limit.due(FRIDAY)
    assert "jenis kasus" in raised.value.reason.id


def test_minutes_are_counted_within_opening_hours() -> None:
    """Guguk Panjang's "< 10 menit" is counted while the unit is open.

    From Friday 5 April 2024 at 16:25 WIB: 5 minutes until closing at 16:30, then 5 more from the
    next opening, Tuesday 16 April at 07:30, so 07:35.
    """
    limit = TimeLimit(d(10, "minutes"), bound=LimitBound.AT_MOST, as_written="< 10 menit")
    hours = OpeningHours(TimeZone.WIB, GOVERNMENT_HOURS)
    start = dt.datetime(2024, 4, 5, 16, 25, tzinfo=TimeZone.WIB.tzinfo)
    assert limit.due(start, hours=hours).due == dt.datetime(
        2024, 4, 16, 7, 35, tzinfo=TimeZone.WIB.tzinfo
    )


def test_a_well_formed_range_gives_no_finding_and_a_bad_one_is_still_loaded() -> None:
    """A range gives no error or warning (only TL003's information); zero to zero is SP020."""
    good = standard(time_limit=TIME_LIMIT_FORMS[1][1])
    assert {c for c in codes(good) if c >= "SP020"} == {"TL003"}
    assert [s for c, s, _ in findings(good) if c == "TL003"] == ["info"]
    zero = standard(time_limit=TimeLimit(d(0, "working_days"), minimum=d(0, "working_days")))
    assert ("SP020", "error", "/time_limit/duration/amount") in findings(zero)


def test_the_deadline_command_counts_every_form(capsys: pytest.CaptureFixture[str]) -> None:
    """`pelayanan deadline` takes the text as written and says when there is no deadline."""
    assert main(["deadline", "2024-04-05", "3 s/d 14 hari kerja"]) == 0
    out = capsys.readouterr()
    assert out.out == "2024-05-06\n"
    assert "upper end of the range, 14 working days" in out.err
    assert main(["deadline", "2024-04-05", "3 (tiga) hari", "--lang", "id"]) == 0
    out = capsys.readouterr()
    assert out.out == "2024-04-08\n"
    assert "hari kalender" in out.err
    assert main(["deadline", "2024-04-05", "Sesuai kasus"]) == 1
    assert "no deadline" in capsys.readouterr().out
    assert main(["deadline", "2024-04-05", "Baru: 3 hari kerja; Perpanjangan: 1 hari kerja"]) == 0
    assert capsys.readouterr().out == "Baru: 2024-04-18\nPerpanjangan: 2024-04-16\n"


# --- fees ---------------------------------------------------------------------------------------

FEE_FORMS = [
    ("Rp. 0,- / tidak dipungut biaya (gratis)", Fee(Decimal(0)), FeeForm.FREE, set()),
    ("0", Fee(Decimal(0)), FeeForm.FREE, set()),
    (
        # Ditlantas Sulsel's STNK tariff (https://ditlantas.sulsel.polri.go.id/pelayanan-stnk/)
        (
            "1. STNK Baru/Perpanjangan untuk Roda 2 atau Roda 3 Rp. 100.000,-\n"
            "2. STNK Baru/Perpanjangan untuk Roda 4 atau lebih : Rp. 200.000,-"
        ),
        Fee(
            tariffs=(
                Tariff("STNK Baru/Perpanjangan untuk Roda 2 atau Roda 3", Decimal(100_000)),
                Tariff("STNK Baru/Perpanjangan untuk Roda 4 atau lebih", Decimal(200_000)),
            )
        ),
        FeeForm.TARIFF_TABLE,
        {"SP022"},  # charged, and the page cites no tariff regulation
    ),
    (
        "sesuai tarif PNBP yang berlaku",
        Fee(),
        FeeForm.BY_REFERENCE,
        {"SP044"},  # names no amount and no instrument: the public cannot see what it pays
    ),
    (
        "1. Pasien BPJS: ditanggung BPJS Kesehatan\n2. Pasien Umum: Rp. 7.000",
        Fee(
            by_payer=(
                PayerFee("Pasien BPJS", note="ditanggung BPJS Kesehatan"),
                PayerFee("Pasien Umum", Decimal(7000)),
            )
        ),
        FeeForm.BY_PAYER,
        {"SP022"},
    ),
]


@pytest.mark.parametrize(
    ("written", "value", "form", "expected"), FEE_FORMS, ids=[row[0][:30] for row in FEE_FORMS]
)
def test_each_fee_form_loads_renders_and_validates(
    written: str, value: Fee, form: FeeForm, expected: set[str]
) -> None:
    """Free, a tariff table, by reference, by payer: read, kept as written, and checked."""
    parsed = parse_fee(written)
    assert parsed.form is form
    assert (parsed.amount, parsed.tariffs, parsed.by_payer) == (
        value.amount,
        value.tariffs,
        value.by_payer,
    )
    assert parsed.as_written == written
    round_trips(parsed)
    assert form.label.id
    assert form.label.en
    assert {c for c in codes(standard(fee=parsed)) if c >= "SP020"} == expected


FEE_TEXTS = [
    (Fee(Decimal(0)), "Gratis", "Free of charge"),
    (Fee(Decimal(7000)), "Rp7.000", "Rp7.000"),
    (
        Fee(
            tariffs=(
                Tariff("STNK Roda 2", Decimal(100_000)),
                Tariff("TNKB Roda 2", Decimal(60_000)),
            )
        ),
        "STNK Roda 2: Rp100.000; TNKB Roda 2: Rp60.000",
        "STNK Roda 2: Rp100.000; TNKB Roda 2: Rp60.000",
    ),
    (
        Fee(
            by_payer=(
                PayerFee("Pelajar", Decimal(0), "per orang per ujian"),
                PayerFee("Pasien JKN"),
            )
        ),
        "Pelajar: gratis (per orang per ujian); Pasien JKN: tanpa nominal",
        "Pelajar: free (per orang per ujian); Pasien JKN: no amount stated",
    ),
    (
        Fee(legal_basis=(Citation(Instrument(InstrumentKind.GOVERNMENT_REGULATION, "22", 2023)),)),
        "sesuai PP 22/2023",
        "as set by PP 22/2023",
    ),
]


@pytest.mark.parametrize(
    ("fee", "id_text", "en_text"), FEE_TEXTS, ids=[r[1][:20] for r in FEE_TEXTS]
)
def test_each_fee_form_renders_in_both_languages_and_reads_back(
    fee: Fee, id_text: str, en_text: str
) -> None:
    """The Indonesian rendering is text the fee parser reads back to the same value."""
    assert (fee.text("id"), fee.text("en")) == (id_text, en_text)
    again = parse_fee(fee.text("id"))
    assert (again.form, again.amount, again.tariffs) == (fee.form, fee.amount, fee.tariffs)
    assert [(p.payer, p.amount, p.unit) for p in again.by_payer] == [
        (p.payer, p.amount, p.unit) for p in fee.by_payer
    ]
    assert [str(c) for c in again.legal_basis] == [str(c) for c in fee.legal_basis]


def test_a_channel_renders_with_its_contact_value() -> None:
    """Each channel says its kind and where to reach it, in both languages."""
    channel = ComplaintChannel(ComplaintChannelKind.FAX, "(0723) 461041", "Faximile", "jam kerja")
    assert channel.text("id") == "Faksimile: (0723) 461041 (jam kerja)"
    assert channel.text("en") == "Fax: (0723) 461041 (jam kerja)"


def test_a_tariff_with_its_legal_basis_on_each_row_has_no_sp022() -> None:
    """Each charged row resting on its own citation satisfies UU 25/2009 Pasal 31."""
    perda = Citation(Instrument(InstrumentKind.REGENCY_CITY_REGULATION, "7", 2019, issuer="Kota X"))
    fee = Fee(by_payer=(PayerFee("Pasien Umum", Decimal(7000), legal_basis=(perda,)),))
    assert "SP022" not in codes(standard(fee=fee))


def test_the_sp022_message_writes_rupiah_the_indonesian_way() -> None:
    """Rp7.000, with a thousands point, in both languages."""
    fee = Fee(by_payer=(PayerFee("Pasien Umum", Decimal(7000)),))
    for lang in ("id", "en"):
        [message] = [
            f.message
            for f in validate(standard(fee=fee), as_of=AS_OF, lang=lang).findings  # type: ignore[arg-type]
            if f.code == "SP022"
        ]
        assert "Rp7.000" in message


# --- decrees and citations ------------------------------------------------------------------------


def test_a_decree_known_only_by_its_number_loads_and_is_reported() -> None:
    """Bener Meriah's SIPPN entry names its SK by number only: no date, no signer (SP043)."""
    decree = Establishment("188.45/123/2023", as_written="SK Nomor 188.45/123/2023")
    round_trips(decree)
    assert decree.text("id") == (
        "keputusan 188.45/123/2023 (tanggal tidak diketahui, penandatangan tidak diketahui)"
    )
    found = findings(standard(establishment=decree))
    assert ("SP043", "warning", "/establishment/decided_on") in found
    assert ("SP043", "warning", "/establishment/signatory") in found
    assert not any(code in {"SP028", "SP034", "SP041"} for code, _, _ in found)


def test_a_decree_with_number_and_date_but_no_signer_is_reported_once() -> None:
    """The date is known, so only the signer is asked for; SP028 cannot judge and says nothing."""
    decree = Establishment("011 Tahun 2022", dt.date(2022, 3, 1))
    found = [f for f in findings(standard(establishment=decree)) if f[0] in {"SP028", "SP043"}]
    assert found == [("SP043", "warning", "/establishment/signatory")]


def test_a_decree_with_its_signer_still_checks_the_level() -> None:
    """A decree signed below the unit head is SP028, whatever else is missing."""
    staff = Official("Staf", "Pengadministrasi", OfficeLevel.STAFF)
    found = findings(standard(establishment=Establishment("1", signatory=staff)))
    assert ("SP028", "warning", "/establishment/signatory/level") in found


def test_an_uncatalogued_citation_keeps_what_was_written_and_renders() -> None:
    """A Perda the catalogue does not hold keeps kind, number, year, title and text, and loads."""
    citation = Citation(
        Instrument(
            InstrumentKind.REGENCY_CITY_REGULATION,
            "1",
            2010,
            "Penyelenggaraan Administrasi Kependudukan",
            issuer="Kota Medan",
        ),
        as_written="4. Perda Kota Medan No.1 Thn 2010 Tentang Penyelenggaraan Administrasi "
        "Kependudukan)",
    )
    round_trips(citation)
    assert str(citation) == "Perda Kota Medan 1/2010"
    no_year = Citation(Instrument(InstrumentKind.GOVERNMENT_REGULATION, "96"))
    assert str(no_year) == "PP 96"
    assert "SP001" not in codes(standard(legal_basis=(citation, no_year)))


def test_the_constitution_renders_as_uud_1945() -> None:
    """Not "UUD 1945/1945"."""
    uud = Instrument(InstrumentKind.CONSTITUTION, "1945", 1945, "Undang-Undang Dasar")
    assert str(Citation(uud, article="28F")) == "UUD 1945 Pasal 28F"


# --- procedures, requirements, channels, hours, services -------------------------------------------


def test_alternative_paths_and_conditional_requirements_load_and_are_checked() -> None:
    """Online or at the counter; "bagi pemohon yang diwakilkan: surat kuasa"."""
    procedure = Procedure(
        paths=(
            ProcedurePath("Daring", (ProcedureStep("Isi formulir di laman", "Pemohon"),)),
            ProcedurePath(
                "Loket", (ProcedureStep("Serahkan berkas", "Pemohon"), ProcedureStep("Periksa"))
            ),
        )
    )
    requirements = (
        Requirement("KTP"),
        Requirement("Surat kuasa", condition="bagi pemohon yang diwakilkan"),
    )
    document = standard(procedure=procedure, requirements=requirements)
    round_trips(document)
    found = findings(document)
    assert ("SP021", "warning", "/procedure/paths/1/steps/1/actor") in found
    assert not any(code == "SP003" for code, _, _ in found)
    message = next(
        f.message
        for f in validate(document, as_of=AS_OF, lang="id").findings  # type: ignore[arg-type]
        if f.code == "SP021"
    )
    assert "Langkah 2.2" in message


def test_every_kind_of_complaint_channel_keeps_its_contact_value() -> None:
    """Fax, SMS, WhatsApp, box, book, Instagram, Facebook, X, e-mail, website, in person, LAPOR!."""
    kinds = ComplaintChannelKind
    channels = (
        ComplaintChannel(kinds.FAX, "(0274)895804", "Faksimile"),
        ComplaintChannel(kinds.SMS, "08112934704", "SMS"),
        ComplaintChannel(kinds.WHATSAPP, "08112934704", "WA"),
        ComplaintChannel(kinds.COMPLAINT_BOX, "", "Kotak Saran"),
        ComplaintChannel(kinds.COMPLAINT_BOOK, "", "Buku Keluhan"),
        ComplaintChannel(kinds.INSTAGRAM, "promkes_gugukpanjang"),
        ComplaintChannel(kinds.FACEBOOK, "Puskesmas Guguk Panjang"),
        ComplaintChannel(kinds.X, "@contoh"),
        ComplaintChannel(kinds.EMAIL, "bbppmpvsb@kemdikbud.go.id", "surel"),
        ComplaintChannel(kinds.WEBSITE, "www.dukcapil.kulonprogokab.go.id"),
        ComplaintChannel(kinds.DIRECT, "petugas pengaduan/front office"),
        ComplaintChannel(kinds.SP4N_LAPOR, "", "SP4N_LAPOR!", "jam kerja"),
    )
    handling = ComplaintHandling(channels, manager="Tim pengelola pengaduan")
    round_trips(handling)
    assert {c for c in codes(standard(complaint_handling=handling)) if c >= "SP020"} == set()
    assert all(c.kind.label.id and c.kind.label.en for c in channels)


def test_opening_hours_per_service_load_with_their_text() -> None:
    """Guguk Panjang's emergency department prints a "Jam Pelayanan" row of its own."""
    guguk: ServiceStandard = from_json((REAL / "guguk-panjang-ugd.json").read_bytes())
    hours = guguk.service_hours
    assert hours is not None
    assert hours.weekly is not None
    assert [str(w) for w in hours.weekly.windows_on(Weekday.SATURDAY)] == ["08:00-13:00"]
    assert hours.as_written.startswith("Senin -  Kamis: 08.00 - 14.30")
    round_trips(ServiceHours(as_written="1x 24 jam dan 7 hari seminggu"))


def test_a_service_without_scope_or_sector_loads() -> None:
    """Real pages never print the scope or sector of a service; they are not invented."""
    service = from_dict(
        {"kind": "service", "id": "s", "name": "KTP-el", "provider_id": "p", "unit_id": "u"}
    )
    assert isinstance(service, Service)
    assert (service.scope, service.sector) == (None, None)
    round_trips(service)


# --- what the document is ------------------------------------------------------------------------


def test_a_published_part_reports_management_components_as_info_citing_permenpan_15_2014() -> None:
    """Management components absent from a published part are info, citing Permenpan RB 15/2014.

    Kecamatan Taman's SIPPN entry shows the six delivery components; the other eight are not
    missing from it but must be in the established standard.
    """
    taman = from_json((REAL / "kecamatan-taman-domisili.json").read_bytes())
    report = validate(taman, as_of=AS_OF, lang="en")  # type: ignore[arg-type]
    component_findings = [f for f in report.findings if f.code <= "SP014"]
    assert {(f.code, f.severity) for f in component_findings} == {
        (code, Severity.INFO)
        for code in ("SP001", "SP007", "SP008", "SP009", "SP011", "SP012", "SP013", "SP014")
    }
    assert all(
        CATALOGUE["permenpan-rb-15-2014"] in [c.instrument for c in f.legal_basis]
        for f in component_findings
    )
    assert "the established standard must hold it" in component_findings[0].message
    assert report.ok
    indonesian = validate(taman, as_of=AS_OF, lang="id").findings  # type: ignore[arg-type]
    assert "standar pelayanan yang ditetapkan harus memuatnya" in indonesian[-1].message


def test_a_published_part_missing_a_delivery_component_is_still_an_error() -> None:
    """The six delivery components must be published: a missing fee is SP005, an error."""
    taman = from_json((REAL / "kecamatan-taman-domisili.json").read_bytes())
    without_fee = taman.with_component(Component.FEE, None)  # type: ignore[union-attr]
    assert ("SP005", "error", "/fee") in findings(without_fee)


def test_components_not_seen_in_a_partial_copy_are_never_reported_missing() -> None:
    """A copy cut after component d (Kecamatan Pendopo Barat's scribd copy stops early)."""
    seen = standard(
        coverage=Coverage.PARTIAL_COPY,
        not_seen=tuple(c for c in Component if c.letter > "d"),
        time_limit=TimeLimit(d(1, "weeks")),
    )
    found = {code for code, _, _ in findings(seen) if code <= "SP014"}
    assert found == {"SP001", "SP002", "SP003"}
    assert seen.component_state(Component.FEE) is ComponentState.NOT_SEEN
    assert seen.missing_components() == (
        Component.LEGAL_BASIS,
        Component.REQUIREMENTS,
        Component.PROCEDURE,
    )


def test_stated_as_not_applicable_is_its_own_state() -> None:
    """A component saying only "-" or "tidak ada" is stated as not applicable, not absent."""
    document = standard(service_guarantee=Guarantee("tidak ada"))
    assert document.component_state(Component.SERVICE_GUARANTEE) is ComponentState.NOT_APPLICABLE
    assert document.component_state(Component.SECURITY_GUARANTEE) is ComponentState.NOT_STATED


def test_the_compliance_summary_says_on_what_basis_it_counted() -> None:
    """Each standard's share says what it counted over.

    The published part counts its 6 delivery components (all fulfilled: 100 %); the full Guguk
    Panjang standard counts all 14.
    """
    taman = from_json((REAL / "kecamatan-taman-domisili.json").read_bytes())
    guguk = from_json((REAL / "guguk-panjang-ugd.json").read_bytes())
    part = standard_compliance(taman)  # type: ignore[arg-type]
    assert (part.counted, part.percent) == (6, Decimal("100.00"))
    assert (
        part.basis.en
        == "6 of 14 components: the published part; not counted: a, g, h, i, k, l, m, n"
    )
    assert part.basis.id.startswith("6 dari 14 komponen: bagian yang dipublikasikan")
    full = standard_compliance(guguk)  # type: ignore[arg-type]
    assert (full.counted, full.not_counted) == (14, ())
    summary = compliance_summary([taman, guguk], as_of=AS_OF)  # type: ignore[list-item]
    assert "6 dari 14 komponen" in summary.text("id")
    assert "14 service-standard components" in summary.text("en")  # the note: the full basis


# --- the real documents -------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["guguk-panjang-ugd.json", "kecamatan-taman-domisili.json"])
def test_real_standards_load_and_round_trip_exactly(name: str) -> None:
    """Written as published, they load without a problem and write back the same JSON."""
    text = (REAL / name).read_text(encoding="utf-8")
    document = from_json(text)
    assert to_dict(document) == json.loads(text)
    assert not [f for f in findings(document) if f[0].startswith("PL")]


def test_the_full_guguk_panjang_standard_validates_with_the_law_s_findings() -> None:
    """The full emergency-department standard gives exactly the findings the law gives.

    No complaint manager (SP024), a legal basis without UU 25/2009 (LB001) that cites UU 36/2009,
    revoked by UU 17/2023 on 8 August 2023 (LB002), no SP4N-LAPOR! (SP025), nothing for
    vulnerable groups (SP026), "Sesuai kasus" (TL002); the payers' fees rest on their Perda and
    Permenkes (no SP022).
    """
    guguk = from_json((REAL / "guguk-panjang-ugd.json").read_bytes())
    assert findings(guguk) == [
        ("LB001", "warning", "/legal_basis"),
        ("LB002", "warning", "/legal_basis/0"),
        ("SP024", "warning", "/complaint_handling/manager"),
        ("SP025", "warning", "/complaint_handling/channels"),
        ("SP026", "warning", "/facilities"),
        ("TL002", "warning", "/time_limit/no_fixed_time"),
    ]


# --- the loader speaks plainly --------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_text_where_an_object_is_expected_names_the_shape_in_the_language_asked(
    lang: str,
) -> None:
    """A text where an object is expected gives PL001 naming the shape, in the language asked.

    `"fee": "Gratis"` and `"duration": "5 hari kerja"` also say what the text would be written
    as; no Python exception text appears anywhere in the report.
    """
    document = {
        "kind": "service_standard",
        "id": "sp",
        "service_id": "s",
        "fee": "Gratis",
        "time_limit": {"duration": "5 hari kerja"},
        "procedure": 5,
        "establishment": "SK Nomor 12",
    }
    report = validate(document, as_of=AS_OF, lang=lang)  # type: ignore[arg-type]
    messages = {f.path: f.message for f in report.findings if f.code == "PL001"}
    fee, duration = messages["/fee"], messages["/time_limit/duration"]
    if lang == "id":
        assert "seharusnya objek biaya" in fee
        assert "teks ('Gratis')" in fee
        assert "seharusnya objek durasi" in duration
    else:
        assert "expected a fee object" in fee
        assert "a string ('Gratis')" in fee
        assert "expected a duration object" in duration
    assert '{"amount": "0", "as_written": "Gratis"}' in fee
    assert '{"amount": 5, "unit": "working_days"}' in duration
    everything = json.dumps(to_dict(report), ensure_ascii=False)
    for python in ("object has no attribute", "is not iterable", "Traceback", "Error:"):
        assert python not in everything


@pytest.mark.parametrize("lang", ["id", "en"])
def test_minggu_is_a_week_and_no_hint_changes_a_meaning(lang: str) -> None:
    """The unit "minggu" is written "weeks"; the hint is never "did you mean 'minutes'"."""
    document = {
        "kind": "service_standard",
        "id": "sp",
        "service_id": "s",
        "time_limit": {"duration": {"amount": 1, "unit": "minggu"}},
    }
    [message] = [
        f.message
        for f in validate(document, as_of=AS_OF, lang=lang).findings  # type: ignore[arg-type]
        if f.code == "PL001"
    ]
    assert "'weeks'" in message
    assert "minutes'?" not in message
    assert ("ditulis" in message) is (lang == "id")


def test_load_details_are_indonesian_under_lang_id() -> None:
    """Wrong types, unknown fields and missing fields are explained in Indonesian."""
    document = {
        "kind": "service",
        "id": "s",
        "name": 5,
        "provider_id": "p",
        "unit_id": "u",
        "scop": 1,
    }
    messages = [f.message for f in validate(document, as_of=AS_OF, lang="id").findings]  # type: ignore[arg-type]
    assert "Nilai tidak sah: seharusnya teks, tetapi berisi angka (5)" in messages
    assert "Isian tidak dikenal: isian 'scop' tidak dikenal; maksudnya 'scope'?" in messages


# --- strategies ---------------------------------------------------------------------------------

QUICK = settings(phases=[Phase.generate], database=None, max_examples=2000)
"""Stop at the first example found: no shrinking, which is slow for nested models."""


@pytest.mark.parametrize("form", list(TimeLimitForm))
def test_the_strategies_generate_every_time_limit_form(form: TimeLimitForm) -> None:
    """`pelayanan.strategies` reaches each form, so round-trip properties cover them all."""
    assert find(models(TimeLimit), lambda t: t.form is form, settings=QUICK).form is form


@pytest.mark.parametrize("form", list(FeeForm))
def test_the_strategies_generate_every_fee_form(form: FeeForm) -> None:
    """Free, amount, tariff table, by payer, by reference, text only."""
    assert find(models(Fee), lambda f: f.form is form, settings=QUICK).form is form


def test_the_strategies_generate_partial_instruments_and_decrees() -> None:
    """Instruments without a year, decrees without a date or signer."""
    assert find(instruments(), lambda i: i.year is None and i.title == "", settings=QUICK)
    assert find(models(Establishment), lambda e: e.signatory is None, settings=QUICK)
    assert find(models(ServiceStandard), lambda s: s.not_seen != (), settings=QUICK)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)
PYTHON_WORDS = (
    "object has no attribute",
    "is not iterable",
    "NoneType",
    "Error:",
    "argument of type",
)


@given(
    st.sampled_from([c.value for c in Component] + ["establishment", "service_hours"]), JSON_VALUES
)
def test_no_value_in_a_component_gives_python_words(field: str, value: object) -> None:
    """Whatever JSON value sits in a component, the findings are written for people."""
    document = {"kind": "service_standard", "id": "sp", "service_id": "s", field: value}
    for lang in ("id", "en"):
        for finding in validate(document, as_of=AS_OF, lang=lang).findings:  # type: ignore[arg-type]
            assert not any(word in finding.message for word in PYTHON_WORDS), finding.message
