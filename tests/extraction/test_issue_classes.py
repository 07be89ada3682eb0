"""The classes of wording issue 12 lists as failing on unseen text, one sentence each (written for these
tests, never taken from an article): each must give the transfer an analyst would draw from it."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the supplier as an adjective or origin
        ("Iranian drones reached Khartoum in March, officials said.", "en", ("IR", "SD", "drones")),
        ("Des drones iraniens ont été livrés à l'armée soudanaise en mars.", "fr", ("IR", "SD", "drones")),
        ("Russian-made jets were delivered to Mali last week.", "en", ("RU", "ML", "aircraft")),
        ("Des drones de fabrication iranienne ont été livrés au Soudan en janvier.", "fr", ("IR", "SD", "drones")),
        # armed forces and agencies stand for their state
        (
            "The Finnish defence ministry donated 30 armoured vehicles to Ukraine.",
            "en",
            ("FI", "UA", "armoured_vehicles"),
        ),
        (
            "Le ministère finlandais de la Défense a fait don de 30 véhicules blindés à l'Ukraine.",
            "fr",
            ("FI", "UA", "armoured_vehicles"),
        ),
        # personnel put at the disposal of another state
        ("La Russie a mis des instructeurs à la disposition de l'armée centrafricaine.", "fr", ("RU", "CF", "troops")),
        ("Germany made 40 Leopard 2 tanks available to Ukraine in 2023.", "en", ("DE", "UA", "armoured_vehicles")),
        # aid, technology, components
        ("Since March, Belarus has sent hundreds of trucks to Russia.", "en", ("BY", "RU", "other")),
        ("Le Niger a passé commande de six drones auprès de la Turquie.", "fr", ("TR", "NE", "drones")),
    ],
)
def test_a_class_of_wording(text: str, language: str, expected: tuple) -> None:
    assert expected in transfers(record(text, language, published="2024-06-15"))


@pytest.mark.parametrize(
    "text",
    [
        "Russian missiles reached Kyiv and struck a power station.",
        "The prime minister came to power in 2021.",
        "He made the case for more aid to the region.",
    ],
)
def test_no_transfer_from_an_attack_or_an_idiom(text: str) -> None:
    assert transfers(record(text)) == set()
