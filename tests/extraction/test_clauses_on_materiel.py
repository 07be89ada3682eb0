"""One flow told in two clauses about the same materiel: where it arrived in one, where it came from or
who made it in the other (a clause on the materiel another verb moves, "the F-16s it promised to Ukraine",
completes that verb's flow, whose status stays the main verb's); and a sum of money that a verb of
transfer moves is funds. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from graph.model import Status
from tests.extraction.helpers import only, record, transfers


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Most of the rifles that reached Chad came from Belarus, the panel said.", "en", ("BY", "TD", "small_arms")),
        ("The shells that Georgia received were made in Bulgaria.", "en", ("BG", "GE", "artillery_ammunition")),
        ("Les obus reçus par la Géorgie ont été fabriqués en Bulgarie.", "fr", ("BG", "GE", "artillery_ammunition")),
    ],
)
def test_a_clause_on_the_materiel_gives_the_other_side(text: str, language: str, expected: tuple) -> None:
    assert transfers(record(text, language, published="2024-05-10")) == {expected}


def test_two_clauses_on_different_materiel_are_not_joined() -> None:
    text = "The rifles that reached Chad were old, and the drones came from Belarus."
    assert transfers(record(text, published="2024-05-10")) == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Japan will provide $300 million to the Philippines.", "en"),
        ("Japan gave the Philippines $300 million last year.", "en"),
        ("Le Japon fournira 300 millions de dollars aux Philippines.", "fr"),
    ],
)
def test_a_sum_of_money_moved_by_the_verb_is_funds(text: str, language: str) -> None:
    claim = only(record(text, language, published="2024-05-10"))
    assert (claim.role("supplier"), claim.role("recipient"), claim.item) == ("JP", "PH", "funds")
    assert claim.quantity is not None and (claim.quantity.min, claim.quantity.unit) == (300_000_000, "dollar")


def test_a_sum_for_materiel_is_no_funds_of_its_own() -> None:
    found = transfers(record("Russia sold $2 billion of tanks to India.", published="2024-05-10"))
    assert found == {("RU", "IN", "armoured_vehicles")}


def test_intelligence_passed_on_is_a_transfer() -> None:
    text = "La Norvège a transmis des images satellitaires à l'Ukraine, selon les médias d'État."
    assert {(s, r) for s, r, _ in transfers(record(text, "fr", published="2024-05-10"))} == {("NO", "UA")}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Laos supplied Vietnam with rifles in exchange for rice and fuel.",
            "en",
            {("LA", "VN", "small_arms"), ("VN", "LA", "food"), ("VN", "LA", "fuel")},
        ),
        (
            "Le Laos a fourni des fusils au Vietnam en échange de pétrole.",
            "fr",
            {("LA", "VN", "small_arms"), ("VN", "LA", "fuel")},
        ),
        ("Laos sent rifles to Vietnam in exchange for $2 million.", "en", {("LA", "VN", "small_arms")}),
    ],
)
def test_what_came_back_in_exchange_went_the_other_way(text: str, language: str, expected: set) -> None:
    assert transfers(record(text, language, published="2024-05-10")) == expected


def test_a_programme_named_for_a_sale_is_no_organization() -> None:
    text = "The State Department approved a Foreign Military Sale to Morocco of 600 Stinger missiles."
    rec = record(text, published="2024-05-10")
    assert transfers(rec) == {("US", "MA", "air_defence")}
    assert "Foreign Military Sale" not in {e.name for e in rec.entities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Many of the drones Laos used came from Vietnam.", {("VN", "LA", "drones")}),  # who used them got them
        ("The drones Laos shot down came from Vietnam.", set()),  # who shot them down got nothing
    ],
)
def test_the_user_in_a_clause_without_relative_pronoun(text: str, expected: set) -> None:
    assert transfers(record(text)) == expected


def _flows(text: str, language: str) -> list[tuple[str | None, str | None, str | None, Status | None]]:
    rec = record(text, language)
    return [(c.role("supplier"), c.role("recipient"), c.item, c.status) for c in rec.claims if c.kind == "transfer"]


@pytest.mark.parametrize(
    ("text", "language", "supplier"),
    [
        ("Norway has delivered all the F-16s it promised to Ukraine.", "en", "NO"),
        ("La Norvège a livré tous les F-16 qu'elle avait promis à l'Ukraine.", "fr", "NO"),
        ("The Netherlands has completed the transfer of all 24 F-16 fighter jets it pledged to Ukraine.", "en", "NL"),
    ],
)
def test_materiel_promised_before_and_delivered_now_is_one_delivered_flow(
    text: str, language: str, supplier: str
) -> None:
    assert _flows(text, language) == [(supplier, "UA", "aircraft", Status.DELIVERED)]


def test_the_figure_of_the_jets_the_clause_is_on_stays() -> None:
    text = "The Netherlands has completed the transfer of all 24 F-16 fighter jets it pledged to Ukraine."
    [claim] = record(text).claims
    assert claim.quantity is not None and claim.quantity.min == 24.0


def test_the_promise_with_its_own_figure_is_its_own_flow() -> None:
    """ "the last of the 19 F-16s it had promised": the promise counts 19, the delivery some of them."""
    flows = _flows("Denmark sent Ukraine the last of the 19 F-16s it had promised.", "en")
    assert sorted(flows) == [("DK", "UA", "aircraft", Status.DELIVERED), ("DK", "UA", "aircraft", Status.PLEDGED)]


def test_materiel_after_the_recipient_and_a_noun_of_giving_listed_with_it() -> None:
    """The parser hangs "des avions de combat" on "l'Iran"; "une aide" listed with the systems is one more
    thing given, not a second (delivered) flow of the systems."""
    text = "La Russie pourrait fournir au Laos des avions de combat, des systèmes de défense aérienne ou une aide."
    rec = record(text, "fr")
    flows = {(c.role("supplier"), c.role("recipient"), c.item, c.status) for c in rec.claims}
    assert flows == {("RU", "LA", "aircraft", Status.PLEDGED), ("RU", "LA", "air_defence", Status.PLEDGED)}
