"""How sure a statement is (asserted, reported, speculative, denied) and whom the article credits it to.

Modality comes from the words of the sentence: hedges ("could", "pourrait", "apparemment"), reporting
verbs and phrases ("according to", "selon", "said"), the French conditional of reported speech
("auraient excédé"), and negation of the claim's verb. Sources are the subjects of reporting verbs,
what follows "according to"/"selon"/"d'après"/"cité par", and unnamed-source phrases such as
"satellite imagery"; a pronoun subject ("he said", "elle a déclaré") is the last source named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Span, Token

from extractors.analysis import Sentence
from extractors.lexicon import cue_sets, lexicon, words
from extractors.tasks.base import Source

ACTING_KINDS = {"organization", "person", "country"}
PRONOUNS = {
    "he",
    "she",
    "they",
    "it",
    "il",
    "elle",
    "ils",
    "elles",
    "celui-ci",
    "celle-ci",
    "ce dernier",
    "cette dernière",
    "-t-il",
    "-t-elle",
    "-il",
    "-elle",
}
NEGATIONS = {"not", "never", "n't", "pas", "jamais", "aucun", "aucune", "nullement"}
MAX_SOURCE_TOKENS = 12


@dataclass
class SourceMemory:
    """The last sources named in the article, for "he said" and "elle a également déclaré"."""

    last: list[Source] = field(default_factory=list)


@cache
def _reporting_lemmas(language: str) -> frozenset[str]:
    return cue_sets("modality", language)["reported"][0]


@cache
def _source_markers(language: str) -> re.Pattern[str]:
    phrases = lexicon("modality")["reported"][language]["phrases"]
    alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:{alternation})\s+", re.IGNORECASE)


def is_reporting(token: Token) -> bool:
    """A verb of saying or showing: "said", "a révélé", "estimates"."""
    return token.pos_ == "VERB" and token.lemma_.lower() in _reporting_lemmas(token.lang_)


def is_negated(trigger: Token) -> bool:
    heads = [trigger, *[c for c in trigger.children if c.dep_.startswith("aux")]]
    return any(c.lower_ in NEGATIONS or c.dep_ == "neg" for h in heads for c in h.children)


def modality(sentence: Sentence, trigger: Token | None, language: str, sources: list[Source]) -> str:
    """The modality of a statement made in this sentence around `trigger`."""
    if trigger is not None and is_negated(trigger):
        return "denied"
    cues = cue_sets("modality", language)
    text = sentence.doc.text.lower()
    speculative_lemmas, speculative_phrases = cues["speculative"]
    reported_lemmas, reported_phrases = cues["reported"]
    conditional = [t for t in sentence.doc if "Cnd" in t.morph.get("Mood", [])]
    if (
        any(t.lemma_.lower() in speculative_lemmas or t.lower_ in speculative_lemmas for t in sentence.doc)
        or any(p in text for p in speculative_phrases)
        or any(t.lemma_ == "pouvoir" for t in conditional)
    ):
        return "speculative"
    if (
        sources
        or conditional
        or any(p in text for p in reported_phrases)
        or any(t.lemma_.lower() in reported_lemmas and t.pos_ in {"VERB", "ADV"} for t in sentence.doc)
    ):
        return "reported"
    return "asserted"


def sources(sentence: Sentence, language: str, memory: SourceMemory) -> list[Source]:
    """Whom the sentence credits its statements to, named first, without repeats."""
    found: list[Source] = []
    for marker in _source_markers(language).finditer(sentence.doc.text):
        found += _phrase_sources(sentence, _phrase_after(sentence, marker.end()), memory)
    for token in sentence.doc:
        if token.lemma_.lower() in _reporting_lemmas(language) and token.pos_ == "VERB":
            for child in token.children:
                if child.dep_ in {"nsubj", "nsubj:pass", "agent", "obl:agent"} or (
                    child.dep_ in {"obl", "obl:mod"} and any(c.lower_ == "par" for c in child.children)
                ):
                    found += _phrase_sources(sentence, _subtree(child), memory)
    found += _unnamed_phrases(sentence, language)
    unique = _dedupe(found)
    if any(s.named for s in unique):
        memory.last = [s for s in unique if s.named]
    return unique


def _subtree(token: Token) -> Span:
    tokens = list(token.subtree)
    return token.doc[tokens[0].i : min(tokens[-1].i + 1, tokens[0].i + MAX_SOURCE_TOKENS)]


def _phrase_after(sentence: Sentence, char: int) -> Span:
    doc = sentence.doc
    start = next((t.i for t in doc if t.idx >= char), len(doc))
    end = start
    while end < len(doc) and end - start < MAX_SOURCE_TOKENS and doc[end].text not in {",", ";", ".", ":", "(", ")"}:
        end += 1
    return doc[start:end]


def _phrase_sources(sentence: Sentence, span: Span, memory: SourceMemory) -> list[Source]:
    """The source a phrase names: its head's mention (and those joined to it by "and"), not the
    mentions of its modifiers ("Hugh Griffiths, a former co-ordinator of the UN panel" is Griffiths)."""
    if not len(span):
        return []
    joined = {"conj", "compound", "flat", "flat:name"}
    if not sentence.mention_of(span.root):
        joined.add("appos")  # "le ministre iranien des Affaires étrangères, Hossein Amirabdollahian"
    heads = {span.root.i} | {c.i for c in span.root.children if c.dep_ in joined}
    named = [
        Source(m.text, m)
        for m in sentence.mentions_in(span)
        if m.kind in ACTING_KINDS and heads & set(range(m.token_start, m.token_end))
    ]
    if named:
        return named
    if span.text.lower().strip() in PRONOUNS or span[0].pos_ == "PRON":
        return list(memory.last)
    if any(t.lower_ in words("sources", "heads", sentence.doc.lang_) for t in span):
        return [Source(span.text.strip())]
    return []


def _unnamed_phrases(sentence: Sentence, language: str) -> list[Source]:
    text = sentence.doc.text.lower()
    found: list[Source] = []
    for phrase in sorted(words("sources", "phrases", language), key=len, reverse=True):
        start = text.find(phrase)
        if start >= 0 and not any(phrase in s.name.lower() for s in found):
            found.append(Source(sentence.doc.text[start : start + len(phrase)]))
    return found


def _dedupe(found: list[Source]) -> list[Source]:
    unique: dict[str, Source] = {}
    for source in found:
        key = source.mention.entity_id if source.mention else source.name.lower()
        if key not in unique and not any(source.name.lower() in s.name.lower() for s in unique.values()):
            unique[key] = source
    return sorted(unique.values(), key=lambda s: not s.named)
