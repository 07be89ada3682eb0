"""More wordings of transfers and their stance: a transfer of no materiel is denied; "is believed to" is
reported; the subject after a French verb of saying is the source; a part of the materiel ("the first of
four frigates") is the materiel; who uses what arrived received it. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import only, record, transfers


def stance(text: str, language: str = "en") -> list[tuple[str, list[str]]]:
    rec = record(text, language)
    return [(e.modality, [a.name for a in e.attributed_to]) for e in rec.evidence]


def test_a_transfer_of_no_materiel_is_denied() -> None:
    assert stance("Austria has supplied no weapons to Ukraine.") == [("denied", [])]


def test_believed_is_reported() -> None:
    assert stance("Belarus is believed to have shipped shells to Russia in 2023.") == [("reported", [])]


def test_the_subject_after_a_french_verb_of_saying_is_the_source() -> None:
    text = "La Corée du Nord a fourni des missiles à la Russie, a affirmé la Maison Blanche en janvier."
    assert stance(text, "fr") == [("reported", ["Maison Blanche"])]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Egypt took delivery of the first of four French-built frigates last week.", "en", ("FR", "EG", "other")),
        ("Most of the drones used by Russia came from Iran.", "en", ("IR", "RU", "drones")),
        ("La plupart des drones utilisés par la Russie sont venus d'Iran.", "fr", ("IR", "RU", "drones")),
    ],
)
def test_parts_of_materiel_and_their_users(text: str, language: str, expected: tuple) -> None:
    assert transfers(record(text, language)) == {expected}


def test_a_date_after_the_unit_is_no_unit() -> None:
    [claim] = record("Egypt took delivery of four French-built frigates last week.").claims
    assert claim.quantity is not None and claim.quantity.unit == "frigate"


def test_a_body_in_a_persons_title_is_no_recipient() -> None:
    text = "Norway will donate eight armoured vehicles to Ukraine, Defence Minister Bjorn Arild Gram said."
    assert transfers(record(text)) == {("NO", "UA", "armoured_vehicles")}


def test_a_french_unit_is_the_noun_before_its_adjectives() -> None:
    [claim] = record("La Biélorussie a envoyé des centaines de camions militaires en Russie.", "fr").claims
    assert claim.quantity is not None and (claim.quantity.min, claim.quantity.unit) == (200, "truck")


def test_a_broader_category_beside_a_narrower_one_is_the_same_claim() -> None:
    text = "Norway's provision of 155-mm artillery shells for Ukraine made it a larger supplier of ammunition."
    assert transfers(record(text)) == {("NO", "UA", "artillery_ammunition")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("China has been providing Russia with satellite imagery, according to Bloomberg.", "en"),
        ("La Chine fournirait des images satellites à la Russie à des fins militaires, selon Bloomberg.", "fr"),
    ],
)
def test_satellite_imagery_sent_is_materiel_not_a_source(text: str, language: str) -> None:
    rec = record(text, language)
    assert transfers(rec) == {("CN", "RU", "other")}
    assert stance(text, language) == [("reported", ["Bloomberg"])]


def test_who_does_not_deny_is_no_source() -> None:
    assert stance("Iran did not deny reports that it had shipped drones to Russia.") == [("reported", ["reports"])]


def test_a_contract_providing_for_a_delivery_pledges_it() -> None:
    [claim] = record("The contract, signed in 2018, provides for the delivery of 24 Rafale jets to Qatar.").claims
    assert (claim.role("supplier"), claim.role("recipient"), claim.status) == ("FR", "QA", "pledged")


def test_a_report_named_again_reports_and_a_modal_of_another_verb_hedges_nothing() -> None:
    text = (
        "La Corée du Nord a exporté du charbon, selon un rapport de l'ONU. Ce rapport remis au Conseil, que "
        "Reuters a pu consulter vendredi, indique que la Corée du Nord a expédié du charbon en Chine."
    )
    rec = record(text, "fr")
    [evidence] = [e for e in rec.evidence if "Ce rapport" in e.quote]
    assert evidence.modality == "reported"
    assert {a.name for a in evidence.attributed_to} >= {"ONU"}


def test_the_name_after_and_is_the_subject_of_the_second_clause() -> None:
    text = (
        "Le ministre ukrainien Dmytro Kouleba doit participer à la réunion en visioconférence et Paris doit lui "
        "confirmer la livraison à l'Ukraine de six nouveaux canons Caesar."
    )
    assert transfers(record(text, "fr")) == {("FR", "UA", "artillery_systems")}


@pytest.mark.parametrize(
    ("text", "language", "modality", "status"),
    [
        ("Iran is thought to have sent drones to Laos.", "en", "reported", "delivered"),
        ("There is no evidence that Iran sent drones to Laos.", "en", "speculative", "delivered"),
        ("Rien ne prouve que l'Iran a envoyé des drones au Laos.", "fr", "speculative", "delivered"),
        ("On ignore si l'Iran a envoyé des drones au Laos.", "fr", "speculative", "delivered"),
        ("Iran has yet to deliver the drones to Laos.", "en", "asserted", "pledged"),
    ],
)
def test_what_is_unproven_or_still_to_come(text: str, language: str, modality: str, status: str) -> None:
    rec = record(text, language)
    claim = only(rec)
    assert ({e.modality for e in rec.evidence}, claim.status) == ({modality}, status)


def test_an_event_following_an_agreement_reports_nothing() -> None:
    rec = record("The deployment follows a military cooperation agreement signed in January between Laos and Vietnam.")
    assert [(c.kind, e.modality) for c in rec.claims for e in rec.evidence if e.claim_id == c.id] == [
        ("agreement", "asserted")
    ]


@pytest.mark.parametrize(
    ("text", "language", "trend"),
    [
        ("Armenian re-exports of electronics to Russia soared in 2023.", "en", "increase"),
        ("Les réexportations arméniennes d'électronique vers la Russie ont bondi de 500 %.", "fr", "increase"),
        ("Chinese exports of drones to Russia plunged in 2024.", "en", "decrease"),
        ("Les exportations chinoises de drones vers la Russie se sont effondrées en 2024.", "fr", "decrease"),
        # a verb of change in a clause of its own, about something else
        ("North Korea shipped shells to Russia before the price rose.", "en", None),
    ],
)
def test_words_of_a_change_in_the_flow(text: str, language: str, trend: str | None) -> None:
    [claim] = [c for c in record(text, language).claims if c.kind == "transfer"]
    assert claim.trend == trend
