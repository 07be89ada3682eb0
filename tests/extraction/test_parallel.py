"""Extraction on worker processes: the same outcomes, in the same order, as in one process."""

from __future__ import annotations

import subprocess
import sys

from extractors.documents import Document
from extractors.parallel import extract_in_order, worker_context
from graph.errors import OsintkgError
from graph.model import ArticleRecord

ARTICLES = [
    Document(id="p-1", text="North Korea shipped artillery shells to Russia in March, officials said.", language="en"),
    Document(id="p-2", text="L'Iran a livré des drones à la Russie l'an dernier, selon Kiev.", language="fr"),
    Document(id="p-3", text="The harbour reopened after the storm and the ferries ran again.", language="en"),
    Document(id="p-4", text="La Chine a vendu des machines-outils à la Russie en 2024.", language="fr"),
    Document(id="p-5", text="Washington sent air defence interceptors to Ukraine this month.", language="en"),
]


def _comparable(outcome: ArticleRecord | OsintkgError) -> object:
    if isinstance(outcome, OsintkgError):
        return str(outcome)
    return outcome.model_dump(mode="json", exclude={"source": {"ingested_at"}})


def test_two_workers_give_what_one_process_gives_in_the_same_order() -> None:
    jobs = [(document.id, document) for document in ARTICLES]
    alone = [(tag, _comparable(outcome)) for tag, outcome in extract_in_order(jobs, workers=1)]
    on_two = [(tag, _comparable(outcome)) for tag, outcome in extract_in_order(jobs, workers=2)]
    assert [tag for tag, _ in on_two] == ["p-1", "p-2", "p-3", "p-4", "p-5"]
    assert on_two == alone
    assert sum(len(record["claims"]) for _, record in on_two if isinstance(record, dict)) >= 3


def test_workers_are_forked_from_a_process_that_loaded_the_models() -> None:
    assert worker_context().get_start_method() == "forkserver"
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import extractors.preload, extractors.nlp as n; print(n.pipeline.cache_info().currsize)",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert loaded.stdout.strip() == "2"  # the English and the French pipeline
