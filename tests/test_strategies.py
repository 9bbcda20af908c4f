"""The shipped Hypothesis strategies yield valid, round-tripping objects of every kind."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import NoSuchExample

from pelayanan import (
    DOCUMENT_KINDS,
    Complaint,
    CooperationAgreement,
    OversightBody,
    PolicyParticipation,
    Provider,
    SatisfactionSurvey,
    Service,
    ServiceCharter,
    ServiceStandard,
    from_json,
    kind_of,
    to_json,
)
from pelayanan import strategies as ps


@pytest.mark.parametrize(
    ("strategy", "cls"),
    [
        (ps.providers(), Provider),
        (ps.services(), Service),
        (ps.service_standards(), ServiceStandard),
        (ps.service_charters(), ServiceCharter),
        (ps.satisfaction_surveys(), SatisfactionSurvey),
        (ps.complaints(), Complaint),
        (ps.cooperation_agreements(), CooperationAgreement),
        (ps.oversight_bodies(), OversightBody),
        (ps.policy_participations(), PolicyParticipation),
    ],
    ids=lambda x: getattr(x, "__name__", ""),
)
@given(data=st.data())
def test_each_kind_strategy_yields_round_tripping_documents(
    strategy: st.SearchStrategy[Any], cls: type, data: st.DataObject
) -> None:
    """Each top-level strategy yields objects of its class that survive JSON."""
    document = data.draw(strategy)
    assert isinstance(document, cls)
    assert from_json(to_json(document)) == document


def test_documents_draws_documents_of_every_kind() -> None:
    """`documents()` draws from each of the eleven kinds, not only from some of them.

    Hypothesis draws documents (without shrinking them) until every kind has been seen: about
    33 draws for eleven equally likely kinds; large documents (surveys with their responses) are
    drawn less often, so the limit is fifty times the profile's
    example count.
    """
    seen: set[str] = set()

    def every_kind_seen(document: Any) -> bool:
        seen.add(kind_of(document))
        return seen == set(DOCUMENT_KINDS)

    search = settings(
        settings(),
        max_examples=settings().max_examples * 50,
        phases=[Phase.generate],
        database=None,
    )
    with contextlib.suppress(NoSuchExample):
        find(ps.documents(), every_kind_seen, settings=search)
    assert seen == set(DOCUMENT_KINDS)


def test_models_refuses_non_model_classes() -> None:
    """Asking for a strategy for a class the library does not define is a clear error."""
    with pytest.raises(TypeError, match="not a pelayanan model"):
        ps.models(int)


@given(ps.survey_responses())
def test_survey_responses_answer_on_the_one_to_four_scale(response: Any) -> None:
    """Every generated answer is 1, 2, 3 or 4, so a strategy never builds a meaningless response."""
    assert all(answer in range(1, 5) for answer in response.answers.values())


@given(ps.questionnaires())
def test_questionnaires_round_trip(questionnaire: Any) -> None:
    """Built-in versions are written as their key, made-up ones as objects; both load back."""
    assert from_json(to_json(questionnaire), type(questionnaire)) == questionnaire
