"""A place the materiel went through is no doer, even where the parser hangs it on the passive's "by"
("delivered by air via the UAE"); and a transfer its accused "has not denied" is told by others
(reported), neither denied nor stated by the article. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import modality_of, only, record


@pytest.mark.parametrize(
    "text",
    [
        "The drones, which were made in Iran, were delivered to Sudan's army by air via the UAE.",
        "The drones were delivered to Sudan by air via the United Arab Emirates.",
    ],
)
def test_a_route_after_the_passives_by_is_no_supplier(text: str) -> None:
    rec = record(text)
    assert all(c.role("supplier") != "AE" for c in rec.claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea has not denied sending troops to Russia.", ("KP", "RU", "troops")),
        ("Iran did not deny reports that it had shipped drones to Russia.", ("IR", "RU", "drones")),
    ],
)
def test_what_the_accused_has_not_denied_is_reported(text: str, expected: tuple[str, str, str]) -> None:
    rec = record(text)
    claim = only(rec)
    assert (claim.role("supplier"), claim.role("recipient"), claim.item) == expected
    assert modality_of(rec) == "reported"
    assert not [c for c in rec.claims if c.kind == "denial"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Russia is believed to have sent tanks to India this year, although New Delhi has not confirmed it.", "en"),
        ("La Russie aurait livré des chars au Mali, mais Bamako n'a pas confirmé.", "fr"),
    ],
)
def test_who_does_not_confirm_is_no_source(text: str, language: str) -> None:
    rec = record(text, language)
    claim = only(rec)
    assert [a.name for e in rec.evidence if e.claim_id == claim.id for a in e.attributed_to] == []
    assert modality_of(rec) == "reported"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The frigate left the port of Nampo on Tuesday.", "en"),
        ("La frégate a quitté le port de Nampo mardi.", "fr"),
    ],
)
def test_a_warship_calls_at_ports_too(text: str, language: str) -> None:
    assert only(record(text, language), "port_call").role("port") == "port:nampo"


@pytest.mark.parametrize(
    ("text", "denies"),
    [
        (
            "Ankara said the reports that it supplied drones to the RSF were false.",
            "the reports that it supplied drones to the RSF",
        ),
        (
            "The Turkish defence ministry said reports that Ankara supplied drones to the RSF were false.",
            "reports that Ankara supplied drones to the RSF",
        ),
    ],
)
def test_what_a_speaker_calls_false_is_denied_by_it_not_reported(text: str, denies: str) -> None:
    rec = record(text)
    denial = only(rec, "denial")
    assert (denial.role("actor"), denial.denies) == ("TR", denies)
    assert [c for c in rec.claims if c.kind == "transfer"] == []
