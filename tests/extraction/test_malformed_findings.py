"""A task that gives a malformed finding loses that finding, with a warning naming the article and the
task; the article's other claims are kept and the ingest goes on. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from extractors import pipeline
from extractors.analysis import Analysis
from extractors.documents import Document
from extractors.tasks.base import Finding


class HalfATransfer:
    """A task with a bug: a transfer with a supplier and no recipient."""

    name = "half_a_transfer"

    def __call__(self, analysis: Analysis) -> list[Finding]:
        sentence = analysis.sentences[0]
        supplier = next(m for m in sentence.mentions if m.state)
        end = sentence.offset + len(sentence.text.rstrip())
        return [Finding("transfer", {"supplier": [supplier]}, sentence.offset, end, "asserted", item_category="drones")]


@pytest.fixture
def with_a_broken_task(monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = pipeline.tasks()
    monkeypatch.setattr(pipeline, "tasks", lambda: (*shipped, HalfATransfer()))


@pytest.mark.usefixtures("with_a_broken_task")
def test_a_malformed_finding_is_dropped_with_a_warning_and_the_rest_kept() -> None:
    text = "Iran shipped 40 drones to Sudan in March, according to a report by observers."
    record = pipeline.extract(Document(id="broken-task", text=text, language="en", published="2024-06"))
    assert [(c.role("supplier"), c.role("recipient"), c.item) for c in record.claims] == [("IR", "SD", "drones")]
    [warning] = record.source.warnings
    assert warning.startswith("task half_a_transfer gave a malformed transfer claim, dropped:")
    assert "recipient" in warning
