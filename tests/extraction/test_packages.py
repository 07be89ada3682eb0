"""What an aid package holds is promised: "the package includes 150 armored vehicles" is pledged, however the
package was named before; a package that was delivered stays delivered. Every text here was written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record


def _flows(text: str, language: str) -> set[tuple[str | None, str | None, str | None, str | None]]:
    rec = record(text, language)
    return {
        (c.role("supplier"), c.role("recipient"), c.item, c.status and c.status.value)
        for c in rec.claims
        if c.kind == "transfer"
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The new US aid package for Ukraine includes 150 armored vehicles.", "en"),
        (
            "The United States announced a new aid package for Ukraine. The package also includes 150 armored"
            " vehicles.",
            "en",
        ),
        ("Le nouveau paquet d'aide américaine à l'Ukraine comprend 150 véhicules blindés.", "fr"),
        (
            "Les États-Unis ont annoncé une nouvelle aide militaire à l'Ukraine. Le paquet comprend 150 véhicules"
            " blindés.",
            "fr",
        ),
    ],
)
def test_what_a_package_holds_is_pledged(text: str, language: str) -> None:
    assert ("US", "UA", "armoured_vehicles", "pledged") in _flows(text, language)


def test_a_package_delivered_is_delivered() -> None:
    flows = _flows("The United States delivered a package of 150 armored vehicles to Ukraine last week.", "en")
    assert flows == {("US", "UA", "armoured_vehicles", "delivered")}


@pytest.mark.parametrize(
    "text",
    [
        "Un paquet de cigarettes a été retrouvé dans la voiture de l'ambassadeur russe.",
        "La Commission européenne a adopté un nouveau paquet de sanctions contre la Russie.",
    ],
)
def test_a_paquet_of_other_things_is_no_transfer(text: str) -> None:
    assert _flows(text, "fr") == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mali's army announced on Monday the receipt of four helicopters supplied by Russia.", "en"),
        ("L'armée malienne a annoncé la réception de quatre hélicoptères livrés par la Russie.", "fr"),
    ],
)
def test_the_receipt_announced_is_one_delivery(text: str, language: str) -> None:
    """Who announces a receipt received it, and the materiel "supplied by" a state was given: one claim."""
    assert _flows(text, language) == {("RU", "ML", "aircraft", "delivered")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mali will soon announce the receipt of four Russian helicopters.", "en"),
        ("Le Mali annoncera bientôt la réception de quatre hélicoptères russes.", "fr"),
    ],
)
def test_a_receipt_still_to_come_is_pledged(text: str, language: str) -> None:
    assert _flows(text, language) == {("RU", "ML", "aircraft", "pledged")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The Pentagon unveiled a new $400 million aid package for Laos on Friday. It includes 20 Bradley "
            "fighting vehicles and 4,000 rounds of artillery ammunition.",
            "en",
        ),
        (
            "Washington a annoncé une nouvelle aide militaire pour le Laos. Elle comprend 20 véhicules Bradley et "
            "4 000 obus d'artillerie.",
            "fr",
        ),
    ],
)
def test_a_pronoun_that_lists_what_holds_stands_for_the_package_before(text: str, language: str) -> None:
    found = {
        (c.role("supplier"), c.role("recipient"), c.item, c.status): c.quantity for c in record(text, language).claims
    }
    vehicles = found[("US", "LA", "armoured_vehicles", "pledged")]
    shells = found[("US", "LA", "artillery_ammunition", "pledged")]
    assert (vehicles.min, shells.min) == (20, 4000)


def test_a_pronoun_listing_after_a_sentence_with_no_flow_states_none() -> None:
    text = "The Laotian army is growing fast. It includes 20 Bradley fighting vehicles and 4,000 shells."
    assert not [c for c in record(text).claims if c.kind == "transfer"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The US unveiled a new military aid package for Laos on Friday.", "en"),
        ("Washington a dévoilé vendredi un nouveau paquet d'aide militaire au Laos.", "fr"),
    ],
)
def test_a_package_unveiled_is_pledged(text: str, language: str) -> None:
    assert _flows(text, language) == {("US", "LA", "military_equipment", "pledged")}


def _dated(text: str, language: str) -> dict[str | None, tuple[str | None, str | None] | None]:
    claims = [c for c in record(text, language).claims if c.kind == "transfer"]
    return {c.item: c.time and (c.time.start, c.time.end) for c in claims}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The United States unveiled on Wednesday a new military aid package for Ukraine. The latest package also"
            " includes 150 armored vehicles.",
            "en",
        ),
        (
            "Les États-Unis ont annoncé mercredi un nouveau paquet d'aide militaire pour l'Ukraine. Les livraisons"
            " prendront des années. Ce paquet comprend aussi 150 véhicules blindés.",
            "fr",
        ),
    ],
)
def test_the_package_taken_up_keeps_its_time(text: str, language: str) -> None:
    assert _dated(text, language)["armoured_vehicles"] == ("2024-03-13", None)


def test_deliveries_taken_up_are_not_one_bundle() -> None:
    text = "Russia delivered S-400 systems to Turkey in 2019. The deliveries of spare parts to Turkey continue."
    assert _dated(text, "en") == {"air_defence": ("2019", "2019"), "other": None}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Washington unveiled a new aid package for Kyiv. The package of orders for US defence contractors also"
            " includes 150 armored vehicles.",
            "en",
        ),
        (
            "Washington a dévoilé un nouveau paquet d'aide pour Kiev. Ce paquet de commandes aux industriels"
            " américains comprend aussi 150 véhicules blindés.",
            "fr",
        ),
    ],
)
def test_the_makers_an_order_goes_to_receive_nothing(text: str, language: str) -> None:
    assert ("US", "UA", "armoured_vehicles", "pledged") in _flows(text, language)
    assert all(recipient == "UA" for _, recipient, _, _ in _flows(text, language))


def test_materiel_sold_to_makers_is_theirs() -> None:
    assert _flows("Chinese firms sold microchips to Russian manufacturers.", "en") == {
        ("CN", "RU", "technology", "delivered")
    }


def test_a_tranche_of_aid_includes_what_the_aid_holds() -> None:
    text = "The Pentagon said the new tranche of aid would include Patriot interceptors and 155mm shells for Ukraine."
    assert _flows(text, "en") == {
        ("US", "UA", "air_defence", "pledged"),
        ("US", "UA", "artillery_ammunition", "pledged"),
    }
