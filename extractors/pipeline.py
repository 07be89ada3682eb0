"""The extraction pipeline: analyse an article once, run each configured task, build its record.

Tasks and their settings are listed in `extractors/data/pipeline.yaml` by versioned name.
"""

from __future__ import annotations

import logging
import os
from datetime import datetime
from functools import cache

from extractors.analysis import Analysis, analyse_many
from extractors.dated_deals import date_deals
from extractors.documents import Document
from extractors.headlines import restate_headlines
from extractors.qualifiers.carried_sources import carry_sources
from extractors.qualifiers.carried_times import carry_times
from extractors.qualifiers.flow import dated_now
from extractors.record import Stated, build_record, state
from extractors.restatements import restate_flows
from extractors.same_deal import one_deal_per_sentence
from extractors.stages import stage
from extractors.tasks.base import Finding, Task, make_task
from extractors.version import data_version, pipeline_config
from graph.model import ArticleRecord

PARSE_ALL_VARIABLE = "OSINTKG_PARSE_ALL"
LOG = logging.getLogger("osintkg.extract")


@cache
def tasks() -> tuple[Task, ...]:
    """The configured tasks, built once per process."""
    import extractors.tasks.registry  # noqa: F401  (registers the shipped tasks)

    return tuple(make_task(entry["task"], entry.get("config")) for entry in pipeline_config()["tasks"])


# A sentence per supported language, read once to load what the first articles would load.
WARM_UP = {
    "en": "Officials said North Korea delivered artillery shells to Russia by ship in May.",
    "fr": "Selon des responsables, la Corée du Nord a livré des obus à la Russie par bateau en mai.",
}


@cache
def load_everything() -> None:
    """Load now what extraction loads on its first articles (the models of every language, their
    matchers, the tasks, the language identifier): once per process."""
    extract_many(
        [Document(id=f"warm-up-{language}", text=text, language=language) for language, text in WARM_UP.items()]
    )


def extractor_version() -> str:
    """What extracted an article: the data version and the tasks, "2026.11 osintkg.transfer.v1 ..."."""
    return " ".join([data_version(), *(entry["task"] for entry in pipeline_config()["tasks"])])


def parse_all() -> bool:
    return os.environ.get(PARSE_ALL_VARIABLE, "") == "1" or bool(pipeline_config().get("parse_all"))


def extract(document: Document, ingested_at: datetime | None = None) -> ArticleRecord:
    """Everything osintkg reads in one article, as the record the store writes in one transaction."""
    return extract_many([document], ingested_at)[0]


def extract_many(documents: list[Document], ingested_at: datetime | None = None) -> list[ArticleRecord]:
    """`extract` of several articles, the models reading their sentences in one batch (cheaper)."""
    analyses = analyse_many(documents, parse_all=parse_all())
    with stage("tasks"):
        return [_record(analysis, ingested_at) for analysis in analyses]


def _record(analysis: Analysis, ingested_at: datetime | None) -> ArticleRecord:
    read = tasks() if any(s.parsed for s in analysis.sentences) else ()  # no claim from unparsed sentences
    findings = [f for task in read for f, _, _ in _checked(analysis, task.name, task(analysis))]
    findings = carry_times(analysis, findings)
    findings = carry_sources(analysis, findings)
    findings = restate_flows(analysis, findings)
    findings = date_deals(analysis, findings)
    findings = restate_headlines(analysis.document, findings)
    findings = dated_now(findings, analysis.reference)  # after the restatements: undated there
    stated = _checked(analysis, "pipeline", one_deal_per_sentence(findings))
    return build_record(analysis, stated, extractor_version(), ingested_at)


def _checked(analysis: Analysis, task: str, findings: list[Finding]) -> list[Stated]:
    """The findings that make a valid claim, with it and its evidence; any other is dropped with a
    warning that names the article and the task, and the ingest goes on."""
    kept = []
    document = analysis.document
    for finding in findings:
        try:
            kept.append(state(finding, document.id, document.text))
        except ValueError as error:
            problem = " ".join(str(error).split())
            warning = f"task {task} gave a malformed {finding.kind} claim, dropped: {problem}"
            LOG.warning("%s: %s", document.id, warning)
            analysis.warnings.append(warning)
    return kept
