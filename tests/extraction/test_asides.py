"""An aside inside the verb group ("a pour sa part cédé", "maintient de son côté", "avaient quant à eux
approuvé") is parsed around: the claim reads as it would without it. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from extractors.analysis import analyse
from extractors.documents import Document
from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paris a pour sa part cédé à l'armée libanaise cinquante blindés.", ("FR", "LB", "armoured_vehicles")),
        ("Le Burundi maintient de son côté plusieurs milliers de soldats en RDC.", ("BI", "CD", "troops")),
        (
            "Les États-Unis avaient quant à eux approuvé une enveloppe de 95 millions de dollars d'aide à l'armée "
            "libanaise.",
            ("US", "LB", "funds"),
        ),
        ("La Tanzanie a pour sa part livré des blindés au Mozambique.", ("TZ", "MZ", "armoured_vehicles")),
    ],
)
def test_an_aside_in_the_verb_group_is_read_around(text: str, expected: tuple) -> None:
    assert transfers(record(text, "fr")) == {expected}


def test_the_aside_keeps_its_words_and_hangs_on_the_verb() -> None:
    text = "Paris a pour sa part cédé des blindés au Liban."
    sentence = analyse(Document(id="t", text=text, language="fr")).sentences[0]
    words = [t.text for t in sentence.doc]
    assert words[:6] == ["Paris", "a", "pour", "sa", "part", "cédé"]
    assert [sentence.doc[i].head.text for i in (2, 3, 4)] == ["cédé"] * 3
    assert sentence.doc[0].dep_ == "nsubj" and sentence.doc[0].head.text == "cédé"


def test_an_aside_between_commas_is_parsed_as_written() -> None:
    text = "La France, de son côté, a livré des blindés au Liban."
    assert transfers(record(text, "fr")) == {("FR", "LB", "armoured_vehicles")}
