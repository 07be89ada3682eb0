"""The first extraction pass: states from every way of naming them, transfers with their direction,
quotes cut exactly from the text. Sentences written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.documents import Document
from extractors.pipeline import extract, extract_many
from tests.extraction.helpers import record, transfers

WHEN = datetime(2026, 11, 24, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Pyongyang shipped artillery shells to Moscow in the spring.", "en", {"KP", "RU"}),
        ("Les autorités nord-coréennes ont expédié des obus vers la Russie au printemps.", "fr", {"KP", "RU"}),
        ("Moscou a livré du pétrole raffiné à la Corée du Nord cet hiver.", "fr", {"KP", "RU"}),
        ("Tehran sent drones to the Kremlin, Ukrainian officials said on Monday.", "en", {"IR", "RU", "UA"}),
    ],
)
def test_states_are_found_by_name_demonym_capital_and_metonym(text: str, language: str, expected: set) -> None:
    rec = record(text, language)
    assert {e.id for e in rec.entities if e.kind == "country"} == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("North Korea delivered artillery shells to Russia last year.", "en", ("KP", "RU", "artillery_ammunition")),
        ("Russia received artillery shells from North Korea last year.", "en", ("KP", "RU", "artillery_ammunition")),
        ("Iran has supplied Russia with attack drones since August.", "en", ("IR", "RU", "drones")),
        ("Les livraisons de missiles de Pyongyang à Moscou ont repris.", "fr", ("KP", "RU", "missiles")),
        ("La Russie a fourni du carburant à la Corée du Nord en janvier.", "fr", ("RU", "KP", "fuel")),
    ],
)
def test_transfer_direction_is_right(text: str, language: str, expected: tuple) -> None:
    assert transfers(record(text, language)) == {expected}


def test_one_claim_per_item_category_with_the_exact_quote() -> None:
    text = "Officials say Pyongyang sent shells and ballistic missiles to Moscow over the winter. The weather was cold."
    rec = record(text)
    assert transfers(rec) == {("KP", "RU", "artillery_ammunition"), ("KP", "RU", "missiles")}
    for ev in rec.evidence:
        assert rec.source.text[ev.start : ev.end] == ev.quote
        assert ev.quote.startswith("Officials say Pyongyang sent shells")


def test_publication_metadata_is_kept() -> None:
    rec = record("North Korea delivered artillery shells to Russia last year.", published="2024-03")
    assert rec.source.published == "2024-03"
    assert rec.source.language == "en"
    assert len(rec.source.sha256) == 64


def test_text_in_another_language_is_kept_with_a_warning_and_no_claims() -> None:
    rec = record(
        "Nordkorea hat im vergangenen Jahr Artilleriegranaten an Russland geliefert, sagen Beamte.", language="de"
    )
    assert rec.claims == []
    assert rec.source.warnings and "not supported" in rec.source.warnings[0]


def test_a_table_of_numbers_yields_no_claims() -> None:
    rec = record("2023 | 1,000 | 2,000\n2024 | 3,000 | 4,000\nKP | RU | 12\n")
    assert rec.claims == []
    assert rec.source.warnings


def test_articles_read_in_one_batch_give_the_records_they_give_alone() -> None:
    documents = [
        Document(id="b-en", text="North Korea delivered artillery shells to Russia last year.", language="en"),
        Document(id="b-fr", text="La Russie a fourni du carburant à la Corée du Nord en janvier.", language="fr"),
        Document(
            id="b-de", text="Nordkorea hat Granaten an Russland geliefert, sagen Beamte seit Monaten.", language="de"
        ),
        Document(
            id="b-en2", text="Iran has supplied Russia with attack drones since August, officials said.", language="en"
        ),
    ]
    batch = extract_many(documents, ingested_at=WHEN)
    alone = [extract(document, ingested_at=WHEN) for document in documents]
    assert batch == alone
    assert [transfers(rec) for rec in batch] == [
        {("KP", "RU", "artillery_ammunition")},
        {("RU", "KP", "fuel")},
        set(),
        {("IR", "RU", "drones")},
    ]


def test_the_models_multiply_matrices_with_openblas_on_one_thread() -> None:
    """thinc's default (blis) is ~3× slower on this machine's cores; a second thread would fight the
    other worker processes for the cores (`extractors.nlp`)."""
    from threadpoolctl import threadpool_info

    from extractors.nlp import pipeline

    for language in ("en", "fr"):
        nlp = pipeline(language)
        assert [type(nlp.get_pipe(name).model.ops).__name__ for name in ("tok2vec", "parser", "ner")] == [
            "NumpyOps"
        ] * 3
        assert not any(getattr(nlp.get_pipe(name).model.ops, "use_blis", True) for name in ("tok2vec", "parser", "ner"))
    assert {pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"} == {1}
