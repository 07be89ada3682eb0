"""A bare NER name is not linked to a body that has one word more; a body owned by "its" is the state the
sentence before was about; a sale notified to a legislature is pledged by whoever notified it; a word of
materiel hyphenated to the next word only qualifies it. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extractors.analysis import analyse
from extractors.documents import Document
from tests.extraction.helpers import record, transfers


def test_its_defence_ministry_is_the_state_the_sentence_before_was_about() -> None:
    text = (
        "Sweden is also an exporter. In May its Defence Ministry handed two Gripen fighters to Thailand, the "
        "ministry said."
    )
    assert transfers(record(text, "en", published="2025-06-01")) == {("SE", "TH", "aircraft")}


def test_a_bare_ministry_is_no_other_states_ministry() -> None:
    rec = record("In May its Defence Ministry handed two Gripen fighters to Thailand.", "en")
    assert "GB" not in {c.role("supplier") for c in rec.claims}
    assert "GB" not in {e.id for e in rec.entities}


def test_a_sale_notified_to_congress_is_pledged_by_its_notifier() -> None:
    text = (
        "The State Department notified Congress on Friday of a possible $2 billion sale to Poland that includes "
        "1,200 Hellfire missiles and 300 bombs."
    )
    rec = record(text, "en", published="2025-03-05")
    found = {(c.role("supplier"), c.role("recipient"), c.item, c.status) for c in rec.claims if c.kind == "transfer"}
    assert found == {("US", "PL", "missiles", "pledged"), ("US", "PL", "ammunition", "pledged")}


def test_a_hyphenated_word_of_materiel_qualifies_the_system() -> None:
    text = "Israel handed the first Arrow 3 missile-defence system to Germany in December."
    assert transfers(record(text, "en")) == {("IL", "DE", "air_defence")}


def test_a_rank_alone_is_no_named_source() -> None:
    text = "Vietnam received two patrol boats from Japan in April, navy spokesman Rear Admiral Tran Van Minh said."
    rec = record(text, "en", published="2025-06-01")
    assert [a.name for e in rec.evidence for a in e.attributed_to] == ["Tran Van Minh"]


def test_a_capitalised_word_of_materiel_ending_a_firms_name_is_no_materiel() -> None:
    text = (
        "A trading firm based in Armenia shipped 30,000 Western microchips to Russia last year, the Treasury said. "
        "Orbita Components could not be reached for comment."
    )
    rec = record(text, "en", published="2023-11-16")
    quotes = {e.quote for e in rec.evidence}
    assert "Orbita Components could not be reached for comment." not in quotes


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The firm overhauled the carriers at its workshop near Zaragoza before reselling them to Bogotá.", "en"),
        ("L'entreprise a révisé les blindés dans son atelier près de Saragosse avant de les revendre à Bogota.", "fr"),
    ],
)
def test_a_name_after_near_is_a_place(text: str, language: str) -> None:
    analysis = analyse(Document(id="t", text=text, language=language), parse_all=True)
    kinds = {m.text: m.kind for s in analysis.sentences for m in s.mentions}
    assert kinds.get("Zaragoza", kinds.get("Saragosse")) == "location"
