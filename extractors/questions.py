"""Plain questions, French or English, read into the filters of /transfers.

    "Qui a fourni des obus à la Russie depuis 2023 ?"  recipient RU, item artillery_ammunition, since 2023
    "What did Iran send to Russia?"                    supplier IR, recipient RU

The reading uses the extractors' own models, gazetteers and lexicons: a state after "to"/"à" receives,
after "from"/"de" supplies, and the subject of a verb of giving supplies (of receiving, receives).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from extractors.analysis import Sentence, read_sentence
from extractors.entities import Mention
from extractors.gazetteer import gazetteer
from extractors.language import detect_language
from extractors.lexicon import words as words_of
from extractors.nlp import fold
from extractors.qualifiers.times import Reference, read_periods
from extractors.tasks.roles import AGENT_MARKERS, marker_before
from extractors.tasks.transfer.roles import role_markers
from extractors.tasks.transfer.triggers import REVERSE, find_triggers
from graph.model import first_day, last_day


@dataclass(frozen=True)
class Actor:
    """An actor a question names: a state (by its code) or another entity."""

    id: str
    name: str
    kind: str


@dataclass
class Reading:
    """The filters a question asks for: actors, an item category, ISO days."""

    language: str
    supplier: Actor | None = None
    recipient: Actor | None = None
    item: str | None = None
    since: str | None = None
    until: str | None = None
    unread: list[str] = field(default_factory=list)


def question_language(question: str, declared: str | None) -> str:
    """The question's language: as declared, else by its function words (too short for statistics)."""
    if declared in {"en", "fr"}:
        return declared
    words = fold(question).lower().replace("'", " ").split()
    votes = {
        language: sum(w in words_of("questions", "function_words", language) for w in words)
        for language in ("fr", "en")
    }
    if votes["fr"] != votes["en"]:
        return max(votes, key=lambda language: votes[language])
    detected, _ = detect_language(question)
    return detected or "en"


def read_question(question: str, language: str | None = None, today: date | None = None) -> Reading:
    language = question_language(question, language)
    today = today or date.today()
    sentence = read_sentence(question, language)
    doc, items = sentence.doc, sentence.items
    reading = Reading(language=language, item=items[0].category if items else None)
    triggers = find_triggers(list(doc), language)
    reverse = bool(triggers) and triggers[0].direction == REVERSE
    _assign_roles(sentence, reading, reverse, language)
    _read_period(fold(question), reading, Reference(today.year, today.month, today.day))
    used = {i for m in sentence.mentions for i in range(m.token_start, m.token_end)}
    used |= {i for it in items for i in range(it.token_start, it.token_end)} | {t.i for t in triggers}
    reading.unread = [
        t.text
        for t in doc
        if t.i not in used and t.pos_ in {"NOUN", "PROPN"} and t.lower_ not in words_of("questions", "question_words")
    ]
    return reading


def _assign_roles(sentence: Sentence, reading: Reading, reverse: bool, language: str) -> None:
    recipient_markers, supplier_markers = role_markers(language)
    for mention in sentence.mentions:
        marker = marker_before(sentence, mention)
        root = mention.span(sentence.doc).root
        if marker in recipient_markers and marker not in AGENT_MARKERS:
            reading.recipient = reading.recipient or actor_of(mention)
        elif marker in supplier_markers:
            reading.supplier = reading.supplier or actor_of(mention)
        elif root.dep_.startswith("nsubj") or mention is sentence.mentions[0]:
            if reverse:
                reading.recipient = reading.recipient or actor_of(mention)
            else:
                reading.supplier = reading.supplier or actor_of(mention)


def actor_of(mention: Mention) -> Actor:
    """The actor a mention stands for: a state for its capital, its bodies and its people."""
    if mention.state:
        state = gazetteer().get(mention.state)
        return Actor(mention.state, state.name if state else mention.state, "country")
    return Actor(mention.entity_id, mention.name, mention.kind)


def _read_period(folded: str, reading: Reading, today: Reference) -> None:
    for period in read_periods(folded, today):
        if period.start:
            reading.since = first_day(period.start)
        if period.end:
            reading.until = last_day(period.end)
