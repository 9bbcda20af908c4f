"""`pelayanan.model.charters`: the *maklumat pelayanan* and the three commitments PEKPPP expects."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

from pelayanan import ServiceCharter, from_json, to_dict, to_json
from pelayanan.model.charters import CharterStatus, Commitment, CommitmentKind
from pelayanan.model.records import OfficeLevel, Official
from pelayanan.strategies import models

DELIVER = CommitmentKind.DELIVER_TO_STANDARD
IMPROVE = CommitmentKind.CONTINUOUS_IMPROVEMENT
SANCTION = CommitmentKind.SANCTIONS_OR_COMPENSATION

# The three statements PEKPPP expects (regulations.md §1.10, VERIFIED [secondary]), verbatim.
PEKPPP_STATEMENTS = {
    DELIVER: (
        "Pernyataan janji dan kesanggupan untuk melaksanakan pelayanan sesuai dengan standar "
        "pelayanan"
    ),
    IMPROVE: (
        "Pernyataan memberikan pelayanan sesuai dengan kewajiban dan akan melakukan perbaikan "
        "secara terus menerus"
    ),
    SANCTION: (
        "Pernyataan kesediaan untuk menerima sanksi, dan/atau memberikan kompensasi apabila "
        "pelayanan yang diberikan tidak sesuai standar"
    ),
}


def charter(statement: str = "", *commitments: Commitment) -> ServiceCharter:
    """A charter of unit ``u`` with the given text and tagged commitments."""
    return ServiceCharter(id="maklumat", unit_id="u", statement=statement, commitments=commitments)


# --- invariants ------------------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["id", "unit_id"])
def test_a_charter_needs_an_id_and_the_unit_that_makes_it(field: str) -> None:
    """A maklumat is the promise of a unit (Pasal 22): a blank id or unit is refused."""
    values = {"id": "maklumat", "unit_id": "u", field: "  "}
    with pytest.raises(ValueError, match=f"{field} must not be empty"):
        ServiceCharter(**values)


def test_a_new_charter_is_a_draft_named_maklumat_pelayanan() -> None:
    """Defaults: the usual title, status draft, no commitments."""
    new = ServiceCharter(id="m", unit_id="u")
    assert (new.title, new.status, new.commitments) == (
        "Maklumat Pelayanan",
        CharterStatus.DRAFT,
        (),
    )


# --- commitments -----------------------------------------------------------------------------------


def test_the_three_pekppp_statements_make_a_complete_charter_untagged() -> None:
    """Written as PEKPPP words them, untagged, the three statements are all recognised."""
    statements = tuple(Commitment(DELIVER, text) for text in PEKPPP_STATEMENTS.values())
    whole = charter("", *statements)
    assert whole.missing_commitments() == ()
    for kind, text in PEKPPP_STATEMENTS.items():
        assert kind in charter(text).commitment_kinds()


def test_tagged_commitments_count_whatever_their_text() -> None:
    """A tag is enough: the text of a tagged commitment may be empty."""
    tagged = charter("", Commitment(IMPROVE), Commitment(SANCTION))
    assert tagged.commitment_kinds() == {IMPROVE, SANCTION}
    assert tagged.missing_commitments() == (DELIVER,)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kami sanggup melayani sesuai standar.", DELIVER),
        ("Kami berjanji melayani sesuai standar.", DELIVER),
        ("Komitmen kami: pelayanan sesuai standar.", DELIVER),
        ("Kami melakukan perbaikan secara terus-menerus.", IMPROVE),
        ("Kami melakukan perbaikan terus menerus.", IMPROVE),
        ("Kami melakukan perbaikan berkelanjutan.", IMPROVE),
        ("Kami siap menerima sanksi.", SANCTION),
        ("Kami memberikan kompensasi.", SANCTION),
        ("Kami memberikan ganti rugi.", SANCTION),
        ("KAMI SIAP MENERIMA SANKSI.", SANCTION),
    ],
)
def test_each_commitment_is_recognised_in_the_charter_text(text: str, kind: CommitmentKind) -> None:
    """Charters that were not tagged still show their commitments in their words, in any case."""
    assert charter(text).commitment_kinds() == {kind}


@pytest.mark.parametrize(
    "text",
    [
        "Kami melayani dengan senyum.",
        "Kami melakukan perbaikan.",  # improvement, but not continuous
        "Pelayanan yang terus berjalan.",
    ],
)
def test_text_without_the_words_makes_no_commitment(text: str) -> None:
    """Friendly words are not a pledge: all three commitments stay missing, in their order."""
    assert charter(text).missing_commitments() == (DELIVER, IMPROVE, SANCTION)


def test_the_text_of_a_tagged_commitment_is_read_too() -> None:
    """A commitment tagged as the pledge whose text also promises compensation counts twice."""
    both = charter("", Commitment(DELIVER, "Kami sanggup, dan memberi kompensasi bila lalai."))
    assert both.commitment_kinds() == {DELIVER, SANCTION}


# --- JSON ------------------------------------------------------------------------------------------


def test_a_charter_is_written_in_the_canonical_shape() -> None:
    """Commitments by their stable values, dates in ISO 8601, the default title left out."""
    signed = ServiceCharter(
        id="maklumat-dinsos",
        unit_id="dinsos",
        statement="Dengan ini kami menyatakan sanggup ...",
        commitments=(Commitment(DELIVER, "sanggup"),),
        status=CharterStatus.ESTABLISHED,
        standard_ids=("sp-dtks",),
        signatory=Official("Kepala", "Kepala Dinas Sosial", OfficeLevel.UNIT_HEAD),
        signed_on=dt.date(2024, 1, 15),
    )
    assert to_dict(signed) == {
        "kind": "service_charter",
        "id": "maklumat-dinsos",
        "unit_id": "dinsos",
        "statement": "Dengan ini kami menyatakan sanggup ...",
        "commitments": [{"kind": "deliver_to_standard", "text": "sanggup"}],
        "status": "established",
        "standard_ids": ["sp-dtks"],
        "signatory": {"name": "Kepala", "position": "Kepala Dinas Sosial", "level": "unit_head"},
        "signed_on": "2024-01-15",
    }
    assert from_json(to_json(signed)) == signed


# --- properties ------------------------------------------------------------------------------------


@given(models(ServiceCharter))
def test_made_and_missing_commitments_split_the_three_kinds(generated: ServiceCharter) -> None:
    """Every expected commitment is either made or missing, never both, and missing keeps its order."""
    made = generated.commitment_kinds()
    missing = generated.missing_commitments()
    assert made.isdisjoint(missing)
    assert made | set(missing) == set(CommitmentKind)
    assert list(missing) == [k for k in CommitmentKind if k in missing]


@given(models(ServiceCharter))
def test_tagging_all_three_commitments_completes_any_charter(generated: ServiceCharter) -> None:
    """Adding the three tagged commitments leaves nothing missing, whatever the text says."""
    tagged = tuple(Commitment(kind) for kind in CommitmentKind)
    complete = ServiceCharter(
        id=generated.id,
        unit_id=generated.unit_id,
        statement=generated.statement,
        commitments=generated.commitments + tagged,
    )
    assert complete.missing_commitments() == ()


@given(models(ServiceCharter))
def test_the_commitments_survive_a_json_round_trip(generated: ServiceCharter) -> None:
    """What a charter commits to is the same after writing and reading it."""
    loaded = from_json(to_json(generated), ServiceCharter)
    assert loaded == generated
    assert isinstance(loaded, ServiceCharter)
    assert loaded.commitment_kinds() == generated.commitment_kinds()
