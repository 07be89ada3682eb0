"""Port calls, agreements and denials, and how sure each statement is and whom it is credited to.
Every sentence here was written for these tests."""

from __future__ import annotations

import json

import pytest

from extractors.documents import read_document
from tests.conftest import EXAMPLES
from tests.extraction.helpers import only, record


def test_port_calls_one_per_port_with_flag_and_time() -> None:
    text = "Between May 2 and June 9, a Russian-flagged freighter loaded containers at Rason and sailed to Vostochny."
    rec = record(text, published="2024-07-01")
    calls = {c.role("port"): c for c in rec.claims if c.kind == "port_call"}
    assert set(calls) == {"port:rason", "port:vostochny"}
    assert all(c.role("flag") == "RU" for c in calls.values())
    assert all((c.time.start, c.time.end) == ("2024-05-02", "2024-06-09") for c in calls.values())


def test_a_port_call_by_a_named_vessel_and_its_count() -> None:
    rec = record("The Angara made at least 9 voyages from Rason to Vostochny in the spring.", published="2024-07")
    rason = next(c for c in rec.claims if c.kind == "port_call" and c.role("port") == "port:rason")
    assert rason.role("vessel") == "vessel:angara"
    assert rason.count is not None and rason.count.min == 9 and rason.count.max is None


def test_a_pronoun_and_the_port_named_before() -> None:
    text = "Un cargo de 120 mètres a été photographié au port de Rason. Il s'y est amarré trois fois depuis juin."
    rec = record(text, "fr", published="2024-09")
    calls = [c for c in rec.claims if c.kind == "port_call"]
    assert {c.role("port") for c in calls} == {"port:rason"}
    assert any(c.time and c.time.start == "2024-06" for c in calls)


def test_a_comparison_with_an_earlier_rate_is_a_second_port_call() -> None:
    text = "En mars, un seul navire a chargé au port de Rason, contre au moins quatre rotations mensuelles auparavant."
    rec = record(text, "fr", published="2024-04")
    calls = {(c.time.start, c.time.end, c.count.min) for c in rec.claims if c.kind == "port_call"}
    assert calls == {(None, "2024-02", 4), ("2024-03", "2024-03", 1)}


def test_an_agreement_between_two_states() -> None:
    text = "Minsk and Moscow signed a new military cooperation agreement in 2023, including joint air defence patrols."
    claim = only(record(text, published="2024-02"), "agreement")
    assert set(claim.roles["parties"]) == {"BY", "RU"}
    assert claim.time is not None and claim.time.start == "2023"
    assert claim.provisions and "joint air defence patrols" in claim.provisions[0]


def test_a_named_treaty_takes_its_parties_from_the_gazetteer() -> None:
    rec = record(
        "The Treaty on Comprehensive Strategic Partnership entered into force in December 2024.", published="2025-01"
    )
    claim = only(rec, "agreement")
    assert set(claim.roles["parties"]) == {"KP", "RU"}


def test_a_sentence_with_one_state_and_a_word_for_alliance_is_no_agreement() -> None:
    assert record("Belarus remains a close partner in the alliance, analysts said.").claims == []


@pytest.mark.parametrize(
    ("text", "language", "actors"),
    [
        ("Pyongyang et Moscou démentent ces livraisons d'armes.", "fr", {"KP", "RU"}),
        ("The Iranian foreign ministry denied sending missiles to Russia.", "en", {"IR"}),
        ("Beijing rejected the accusations as groundless on Friday.", "en", {"CN"}),
    ],
)
def test_denials_by_states_and_those_acting_for_them(text: str, language: str, actors: set) -> None:
    rec = record(text, language)
    assert {c.role("actor") for c in rec.claims if c.kind == "denial"} == actors
    assert all(c.kind == "denial" for c in rec.claims)


@pytest.mark.parametrize(
    ("text", "language", "modality"),
    [
        ("North Korea shipped shells to Russia in May.", "en", "asserted"),
        ("North Korea shipped shells to Russia in May, officials said.", "en", "reported"),
        ("North Korea may have shipped shells to Russia in May.", "en", "speculative"),
        ("La Corée du Nord aurait livré des obus à la Russie en mai.", "fr", "reported"),
        ("La Corée du Nord pourrait livrer des obus à la Russie.", "fr", "speculative"),
        ("North Korea did not ship shells to Russia in May, the report found.", "en", "denied"),
    ],
)
def test_modality(text: str, language: str, modality: str) -> None:
    rec = record(text, language, published="2024-06")
    assert [e.modality for e in rec.evidence] == [modality]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Once the contract was concluded, Chile received eight Leopard 2 tanks from Germany.", "en"),
        ("Après que l'accord a été conclu, le Chili a reçu huit chars de l'Allemagne.", "fr"),
    ],
)
def test_a_clause_of_time_and_a_deal_concluded_report_nothing(text: str, language: str) -> None:
    rec = record(text, language, published="2024-06")
    assert {c.kind for c in rec.claims} == {"transfer", "agreement"}
    assert {e.modality for e in rec.evidence} == {"asserted"}


@pytest.mark.parametrize(
    ("text", "language", "sources"),
    [
        ("According to satellite imagery, North Korea shipped shells to Russia.", "en", {("satellite imagery", False)}),
        ("Selon NK News, la Corée du Nord a livré des obus à la Russie.", "fr", {("NK News", True)}),
        ("John Kirby said North Korea had delivered shells to Russia.", "en", {("John Kirby", True)}),
        ("D'après plusieurs experts, l'Iran a livré des drones à la Russie.", "fr", {("plusieurs experts", False)}),
    ],
)
def test_attribution(text: str, language: str, sources: set) -> None:
    rec = record(text, language)
    [evidence] = rec.evidence
    assert {(a.name, a.named) for a in evidence.attributed_to} == sources


def test_a_later_sentence_pointing_back_credits_the_earlier_one() -> None:
    text = (
        "North Korea sent 2,000 containers of munitions to Russia last month. "
        "This is stated in a report published by the US Department of State."
    )
    [evidence] = record(text, published="2024-05").evidence
    assert {a.name for a in evidence.attributed_to} == {"US Department of State"}
    assert evidence.modality == "reported"


def test_every_quote_is_the_text_at_its_offsets() -> None:
    from extractors.pipeline import extract

    for path in sorted(EXAMPLES.glob("*.article.json")):
        rec = extract(read_document(path))
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        assert rec.evidence, path.name
        for ev in rec.evidence:
            assert text[ev.start : ev.end] == ev.quote


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le ministre a accusé Washington de rejeter la faute sur Pékin.", "fr"),
        ("Hungary did not deny sending rifles to Serbia.", "en"),
        ("Hungary rejected the proposal to send rifles to Serbia.", "en"),
    ],
)
def test_what_is_no_denial(text: str, language: str) -> None:
    assert [c for c in record(text, language).claims if c.kind == "denial"] == []


def test_a_leader_denies_for_his_state_even_after_naming_another() -> None:
    text = "Vucic said he had visited Moscow in May, and denied the allegations of the Russian service."
    denials = [c for c in record(text).claims if c.kind == "denial"]
    assert [c.role("actor") for c in denials] == ["RS"]


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("L'armée égyptienne a reçu des hélicoptères de la France.", "fr", "armée égyptienne"),
        ("The Indian army received shells from Armenia in May.", "en", "Indian army"),
    ],
)
def test_a_body_of_a_state_is_listed_as_an_organization_and_the_state_plays_its_role(
    text: str, language: str, body: str
) -> None:
    rec = record(text, language)
    assert any(e.kind == "organization" and e.name == body for e in rec.entities)
    assert all(body not in c.roles.get("recipient", ()) for c in rec.claims)
    assert {c.role("recipient") for c in rec.claims if c.kind == "transfer"} <= {"EG", "IN"}
