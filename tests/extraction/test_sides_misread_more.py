"""More sides taken from words that name none, and shares of imports told in a relative clause. Every sentence
here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


def test_a_models_name_is_no_supplier() -> None:
    rec = record("Three T129 ATAK attack helicopters were handed over to the Nigerian Air Force in May.", "en")
    assert transfers(rec) == {("TR", "NG", "aircraft")}
    assert all(e.name != "ATAK" for e in rec.entities)


def test_a_state_on_a_thing_in_a_clause_of_the_order_is_no_party() -> None:
    text = (
        "Une nouvelle commande de 12 canons Caesar, que l'Union européenne a financée grâce aux revenus des avoirs "
        "russes gelés, doit être livrée au Maroc."
    )
    deals = [c for c in record(text, "fr").claims if c.kind == "agreement"]
    assert all("RU" not in c.roles.get("parties", ()) for c in deals)


def test_a_go_between_is_no_party() -> None:
    text = "L'accord de paix signé en août par Erevan et Bakou sous l'égide des États-Unis reste fragile."
    deals = [c for c in record(text, "fr", published="2025-10-01").claims if c.kind == "agreement"]
    assert [sorted(c.roles["parties"]) for c in deals] == [["AM", "AZ"]]


def test_a_signing_hoped_for_is_no_agreement() -> None:
    text = "Le Maroc espère la signature d'un accord de défense avec la France d'ici au printemps."
    assert not [c for c in record(text, "fr").claims if c.kind == "agreement"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "La Russie, qui assurait 80 % des importations d'armes de la Serbie, n'a plus rien livré depuis 2022.",
            "fr",
            ("RU", "RS"),
        ),
        ("Armenia has turned to India, which now accounts for 40% of its arms imports.", "en", ("IN", "AM")),
        (
            "L'Azerbaïdjan s'appuie sur Israël, qui a fourni près de 60 % de ses importations d'armes depuis 2020.",
            "fr",
            ("IL", "AZ"),
        ),
    ],
)
def test_a_share_of_imports_told_in_a_relative_clause(text: str, language: str, expected: tuple[str, str]) -> None:
    assert {(s, r) for s, r, _ in transfers(record(text, language, published="2025-01-01"))} == {expected}


def test_a_formation_of_systems_is_no_troops() -> None:
    rec = record("India received from Russia in March the third of five regiments of S-400 systems.", "en")
    assert {c for _, _, c in transfers(rec)} == {"air_defence"}


def test_a_side_opening_places_the_bare_body() -> None:
    text = (
        "L'Inde a commandé 26 Rafale à la France. L'Inde a reçu des S-400 de la Russie. "
        "Côté pakistanais, l'armée de l'air a reçu en mars vingt chasseurs J-10C chinois."
    )
    found = transfers(record(text, "fr", published="2025-06-01"))
    assert ("CN", "PK", "aircraft") in found
    assert all(s != "RU" or c != "aircraft" for s, _, c in found)


def test_jets_described_in_a_relative_clause_are_not_the_flow_before() -> None:
    text = (
        "L'armée de l'air indienne a reçu en mars des systèmes S-400 de Russie. "
        "L'armée pakistanaise fait grand usage de ses chasseurs chinois J-10C, dont une vingtaine ont été livrés "
        "depuis 2022."
    )
    assert ("RU", "IN", "aircraft") not in transfers(record(text, "fr", published="2025-06-01"))


def test_the_accuser_is_no_supplier() -> None:
    text = "La Turquie a été accusée par des médias indiens d'avoir acheminé des armes vers le Pakistan en mai."
    assert all(s != "IN" for s, _, _ in transfers(record(text, "fr", published="2025-06-01")))


def test_who_sanctioned_the_ship_is_no_supplier() -> None:
    text = "Le navire, sanctionné par Washington en 2023, aurait transporté des munitions iraniennes vers la Russie."
    assert all(s != "US" for s, _, _ in transfers(record(text, "fr", published="2025-06-01")))
