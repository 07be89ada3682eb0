"""A receipt under a deal is supplied by the deal's other party; "by 2026" is a deadline; a transfer only
considered or prepared is pledged; of several items of one kind, a party's own is the one it hangs on.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import only, record, transfers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Under a $2 billion deal with Italy, Peru will receive four corvettes by 2027.", "en"),
        ("Aux termes d'un contrat signé avec l'Italie, le Pérou recevra quatre corvettes d'ici 2027.", "fr"),
    ],
)
def test_a_receipt_under_a_deal_is_supplied_by_the_deals_other_party(text: str, language: str) -> None:
    claim = only(record(text, language, published="2024-05-10"))
    assert (claim.role("supplier"), claim.role("recipient")) == ("IT", "PE")
    assert claim.status == "pledged"
    assert claim.time is not None and (claim.time.start, claim.time.end) == (None, "2027")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Seoul is considering sending 155mm shells to Estonia.", "en"),
        ("Russia is preparing to send more troops to Niger.", "en"),
        ("La Russie s'apprête à envoyer des troupes au Niger.", "fr"),
    ],
)
def test_a_transfer_considered_or_prepared_is_pledged(text: str, language: str) -> None:
    assert only(record(text, language, published="2024-05-10")).status == "pledged"


def test_a_partys_own_items_among_several_of_one_kind() -> None:
    text = "Ukraine has received some 300 tanks from its Western partners, including 80 Leopard 2 from Germany."
    claim = only(record(text, published="2024-05-10"))
    assert (claim.role("supplier"), claim.quantity and claim.quantity.max) == ("DE", 80)


def test_a_party_carried_from_the_sentence_before_with_several_items_of_one_kind() -> None:
    text = (
        "After years of talks and many visits by the officials of both states, Laos now imports most of its "
        "weapons from Russia. It bought 12 T-72 tanks and 30 T-90 tanks."
    )
    assert {(s, r) for s, r, _ in transfers(record(text, published="2024-05-10"))} == {("RU", "LA")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le contrat porte sur 48 chars K2 que la Pologne recevra de la Corée du Sud d'ici 2026.", "fr"),
        ("The contract covers 48 K2 tanks that Poland will receive from South Korea by 2026.", "en"),
    ],
)
def test_the_deadline_of_a_delivery_to_come_is_not_when_the_deal_was_made(text: str, language: str) -> None:
    rec = record(text, language)
    assert [c.time for c in rec.claims if c.kind == "agreement"] == [None]
    assert [(c.time.start, c.time.end) for c in rec.claims if c.kind == "transfer"] == [(None, "2026")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The contract covers the supply of 18 Gripen jets to Colombia by 2029.", "en"),
        ("Le contrat prévoit la fourniture de 18 Gripen à la Colombie d'ici 2029.", "fr"),
    ],
)
def test_a_supply_due_by_a_later_year_is_still_to_come(text: str, language: str) -> None:
    claim = only(record(text, language, published="2025-03-01"))
    assert (claim.role("recipient"), claim.status, claim.time.end if claim.time else None) == ("CO", "pledged", "2029")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kyiv expects to receive the first Gripen jets from Sweden this autumn.", "en"),
        ("Kiev s'attend à recevoir cet automne les premiers Gripen de la Suède.", "fr"),
    ],
)
def test_a_delivery_expected_is_pledged(text: str, language: str) -> None:
    claim = only(record(text, language, published="2025-06-01"))
    assert (claim.role("supplier"), claim.role("recipient"), claim.status) == ("SE", "UA", "pledged")


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Analysts say Beijing is unlikely to send weapons to Moscow.", "speculative"),
        ("Germany is ready to supply more Patriot systems to Ukraine.", "asserted"),
    ],
)
def test_an_infinitive_under_an_adjective_of_intent_is_still_to_come(text: str, modality: str) -> None:
    rec = record(text, "en")
    claim = only(rec)
    assert (claim.status, rec.evidence[0].modality) == ("pledged", modality)


def test_what_a_plane_can_carry_does_not_make_its_load_pledged() -> None:
    text = "Un avion russe, capable de transporter 40 tonnes, a livré quatre hélicoptères Mi-171 au Mali."
    claim = only(record(text, "fr"))
    assert (claim.role("supplier"), claim.role("recipient"), claim.status) == ("RU", "ML", "delivered")


@pytest.mark.parametrize(
    ("text", "language", "time"),
    [
        ("Poland has received 100 K2 tanks from South Korea under a 2022 contract.", "en", None),
        ("La Pologne a reçu 100 chars K2 de la Corée du Sud en vertu d'un contrat de 2022.", "fr", None),
        ("Poland received 100 K2 tanks from South Korea in 2024 under a 2022 contract.", "en", ("2024", "2024")),
    ],
)
def test_the_date_of_a_deal_is_not_when_what_it_provides_for_moved(
    text: str, language: str, time: tuple[str, str] | None
) -> None:
    rec = record(text, language)
    claim = only(rec)
    assert (claim.time.start, claim.time.end) == time if time else claim.time is None
    deal = only(rec, "agreement")
    assert deal.time is not None and (deal.time.start, deal.time.end) == ("2022", "2022")


def test_a_deal_made_in_two_years_joined_by_and_spans_both() -> None:
    deal = only(record("Le Mali et la Turquie ont signé des contrats en 2021 et en 2022.", "fr"), "agreement")
    assert deal.time is not None and (deal.time.start, deal.time.end) == ("2021", "2022")


@pytest.mark.parametrize(
    ("text", "published", "start"),
    [
        ("Under a 2019 deal, Hungary was to deliver 20 armoured trucks to Chad in March.", "2024-06-20", "2024-03"),
        ("Hungary was supposed to send 20 armoured trucks to Chad in March.", "2024-06-20", "2024-03"),
        ("Hungary was due to deliver 20 armoured trucks to Chad in March.", "2024-06-20", "2024-03"),
        ("Hungary is supposed to send 20 armoured trucks to Chad in September.", "2024-06-20", "2024-09"),
        ("The 20 armoured trucks were to be delivered to Chad by Hungary in March.", "2024-06-20", "2024-03"),
    ],
)
def test_what_was_or_is_to_be_done_is_pledged_at_the_month_of_the_plan(text: str, published: str, start: str) -> None:
    claim = only(record(text, published=published))
    assert (claim.role("supplier"), claim.role("recipient"), claim.status) == ("HU", "TD", "pledged")
    assert claim.time is not None and claim.time.start == start


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Austria promised in February to deliver ten air defence radars to Moldova in October.", "en"),
        ("Austria agreed in February to supply Moldova with ten air defence radars in October.", "en"),
    ],
)
def test_a_date_on_the_delivery_outranks_a_nearer_one_on_the_promise(text: str, language: str) -> None:
    claim = only(record(text, language, published="2024-05-10"))
    assert claim.time is not None and claim.time.start == "2024-10"
