"""A short wire story, told in both languages, read whole: a dateline, a delivery of a named trainer, the
order it belongs to, training pledged, the rest of the order due next year and a denial. Every sentence
here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record

ENGLISH = (
    "Laos receives first Chinese jets\n"
    "Vientiane, May 9 - The Laotian air force took delivery of four Chinese-made L-15 trainer jets on "
    "Wednesday, the defence ministry said.\n"
    "The aircraft are the first of a batch of twelve ordered in 2022 under a $300 million contract.\n"
    "Beijing has also pledged to train 40 Laotian pilots.\n"
    "China denied that the deal was linked to a new naval base."
)
FRENCH = (
    "Vientiane, 9 mai (AFP) - L'armée de l'air laotienne a pris livraison mercredi de quatre avions "
    "d'entraînement L-15 de fabrication chinoise, a indiqué le ministère de la Défense.\n"
    "Ces appareils sont les premiers d'un lot de douze commandés en 2022 dans le cadre d'un contrat.\n"
    "Pékin s'est également engagé à former 40 pilotes laotiens.\n"
    "Les huit avions restants doivent être livrés d'ici la fin de l'année prochaine, selon le ministère."
)


def flows(text: str, language: str) -> set[tuple]:
    rec = record(text, language, published="2024-05-10")
    found = set()
    for claim in rec.claims:
        if claim.kind != "transfer":
            continue
        modalities = {e.modality for e in rec.evidence if e.claim_id == claim.id}
        time = (claim.time.start, claim.time.end) if claim.time else None
        count = claim.quantity.min if claim.quantity else None
        found.add((claim.item, claim.status, count, time, tuple(sorted(modalities))))
    return found


@pytest.mark.parametrize(("text", "language"), [(ENGLISH, "en"), (FRENCH, "fr")])
def test_the_delivery_is_dated_by_its_weekday_not_the_dateline_and_not_hedged(text: str, language: str) -> None:
    delivered = [f for f in flows(text, language) if f[1] == "delivered"]
    assert [f[:4] for f in delivered] == [("aircraft", "delivered", 4, ("2024-05-08", "2024-05-08"))]
    assert "speculative" not in delivered[0][4]


@pytest.mark.parametrize(("text", "language"), [(ENGLISH, "en"), (FRENCH, "fr")])
def test_training_pledged_takes_no_date_of_the_order_before(text: str, language: str) -> None:
    assert ("other", "pledged", None, None) in {f[:4] for f in flows(text, language)}


def test_the_rest_of_the_order_is_pledged_by_the_end_of_next_year() -> None:
    assert ("aircraft", "pledged", 8, (None, "2025")) in {f[:4] for f in flows(FRENCH, "fr")}


NIGER = (
    "Niger welcomes Russian instructors\n"
    "About a hundred Russian military instructors arrived in Niamey on Wednesday, state television announced.\n"
    "The ruling junta also took delivery in December of two Turkish Aksungur drones."
)
NIGER_FR = (
    "Le Niger accueille des instructeurs russes\n"
    "Une centaine d'instructeurs militaires russes sont arrivés mercredi à Niamey, a annoncé la télévision "
    "publique nigérienne."
)


@pytest.mark.parametrize(("text", "language"), [(NIGER, "en"), (NIGER_FR, "fr")])
def test_an_arrival_announced_is_done_and_dated(text: str, language: str) -> None:
    assert ("troops", "delivered", 100, ("2024-05-08", "2024-05-08")) in {f[:4] for f in flows(text, language)}


def test_the_junta_taking_delivery_is_the_state_told_of_before() -> None:
    rec = record(NIGER, "en", published="2024-05-10")
    assert ("TR", "NE", "drones") in {(c.role("supplier"), c.role("recipient"), c.item) for c in rec.claims}


MISSILES = (
    "Iran has sent more than 200 ballistic missiles to Laos, two European officials said on Friday.\n"
    'Iran\'s mission to the United Nations called the reports "propaganda".\n'
    "Iranian drones flew into Laos overnight."
)


def test_a_mission_calling_the_reports_propaganda_denies_and_drones_flying_deliver_nothing() -> None:
    rec = record(MISSILES, "en", published="2024-05-10")
    denials = [(c.role("actor"), c.denies) for c in rec.claims if c.kind == "denial"]
    transfers = {(c.role("supplier"), c.role("recipient"), c.item) for c in rec.claims if c.kind == "transfer"}
    assert denials == [("IR", "reports")]
    assert transfers == {("IR", "LA", "missiles")}


@pytest.mark.parametrize("text", ["Iran flew the missiles to Laos.", "The missiles were flown to Laos by Iran."])
def test_materiel_flown_somewhere_is_delivered_there(text: str) -> None:
    rec = record(text, "en")
    assert {(c.role("supplier"), c.role("recipient"), c.item) for c in rec.claims} == {("IR", "LA", "missiles")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "VIENTIANE, May 9 (osintkg tests) - About 800 Laotian soldiers are now in Myanmar, Thai officials said.",
            "en",
        ),
        ("VIENTIANE, 9 mai (osintkg tests) – Environ 800 soldats laotiens sont en Birmanie, selon Bangkok.", "fr"),
    ],
)
def test_the_first_sentence_is_read_without_its_dateline(text: str, language: str) -> None:
    """The models read "About 800 Laotian soldiers are now in Myanmar", not a place and a date before it;
    the quote starts after the dateline."""
    rec = record(text, language, published="2024-05-09")
    [claim] = rec.claims
    assert (claim.role("supplier"), claim.role("recipient"), claim.item) == ("LA", "MM", "troops")
    [evidence] = rec.evidence
    assert not evidence.quote.startswith("VIENTIANE")
