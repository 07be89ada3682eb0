"""A state's office that says the state does not supply denies for it; a denial of "the accusation" and the
same actor's denial next to it are one denial. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


def _denials(text: str, language: str) -> list[tuple[str, int]]:
    rec = record(text, language)
    statements = [sum(1 for e in rec.evidence if e.claim_id == c.id) for c in rec.claims if c.kind == "denial"]
    actors = [c.role("actor") for c in rec.claims if c.kind == "denial"]
    return list(zip(actors, statements, strict=True))


@pytest.mark.parametrize(
    ("text", "language", "actor"),
    [
        ('"Chile does not export grenades to Bolivia," ministry spokesman Pablo Rojas said on Friday.', "en", "CL"),
        ('"Chile sells no grenades to Bolivia," a government spokeswoman told reporters.', "en", "CL"),
        (
            "« Le Chili ne vend pas de grenades à la Bolivie », a affirmé vendredi un porte-parole du gouvernement.",
            "fr",
            "CL",
        ),
    ],
)
def test_an_office_denies_for_its_state(text: str, language: str, actor: str) -> None:
    rec = record(text, language)
    assert [c.role("actor") for c in rec.claims if c.kind == "denial"] == [actor]
    assert transfers(rec) == set()


def test_a_third_party_keeps_the_transfer_denied() -> None:
    text = '"Chile does not export grenades to Bolivia," analysts at the institute said on Friday.'
    rec = record(text, "en")
    assert [c.kind for c in rec.claims] == ["transfer"]
    assert {e.modality for e in rec.evidence} == {"denied"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            'Chile rejected the accusation. "Chile does not send weapons to Bolivia," foreign ministry '
            "spokesman Pablo Rojas told reporters.",
            "en",
        ),
        (
            "Le Chili a démenti toute implication. « Le Chili n'a jamais envoyé d'armes en Bolivie », a déclaré "
            "le ministère chilien des Affaires étrangères.",
            "fr",
        ),
    ],
)
def test_a_denial_of_the_accusation_restated_is_one(text: str, language: str) -> None:
    assert _denials(text, language) == [("CL", 2)]


def test_a_denial_on_another_day_stays_its_own() -> None:
    text = (
        "Chile and Peru have both denied that any transfers of grenades took place. A spokeswoman for the Chilean "
        "foreign ministry dismissed the report on Thursday as speculation."
    )
    assert sorted(_denials(text, "en")) == [("CL", 1), ("CL", 1), ("PE", 1)]
