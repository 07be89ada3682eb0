"""One pass of the language models over an article: sentences, their parses and what they name.

Tasks (transfer, port call, agreement, denial) read an `Analysis` and never run a model themselves.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc, Span, Token

from extractors.abbreviations import link_abbreviations
from extractors.ambiguous import resolve_ambiguous_names
from extractors.asides import aside_at, copy_parse, without
from extractors.documents import Document
from extractors.entities import EntityRecognizer, ItemMention, Mention, without_formations
from extractors.home_bodies import resolve_home_bodies
from extractors.inflection import word_forms_of
from extractors.language import detect_language, is_prose_sentence, readability_warning
from extractors.nlp import fold, make_doc, pipeline, sentence_spans, text_of, tokens_of
from extractors.port_names import name_ports
from extractors.qualifiers.designations import designations, not_years
from extractors.qualifiers.quantities import Figure, counted_by_name, read_figures
from extractors.qualifiers.times import Period, Reference, read_periods, stands_in
from extractors.selection import PARTY_KINDS, claim_sentences, covered, needs_ner, needs_parse
from extractors.stages import stage
from extractors.vessel_names import name_vessels
from graph.ids import entity_id


@dataclass
class Sentence:
    """A sentence of the article, parsed, with the entities, materiel, figures and dates it names."""

    index: int
    doc: Doc
    offset: int
    text: str
    mentions: list[Mention] = field(default_factory=list)
    items: list[ItemMention] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    periods: list[Period] = field(default_factory=list)
    parsed: bool = True  # False: only tokenised, no claim can come from it
    derived: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)  # worked out once by a rule

    @cached_property
    def tokens(self) -> list[Token]:
        """The sentence's tokens (`nlp.tokens_of`), made once."""
        return tokens_of(self.doc)

    @cached_property
    def lowers(self) -> frozenset[str]:
        """The lower-cased words of the sentence."""
        return frozenset(t.lower_ for t in self.tokens)

    @cached_property
    def token_forms(self) -> list[frozenset[str]]:
        """What each token may be the inflection of (`inflection.word_forms`: its lemma and lower-cased
        form among them), worked out once for all the rules that look for words of a list."""
        return word_forms_of(self.doc)

    @cached_property
    def forms(self) -> frozenset[str]:
        """Every word the sentence's tokens may be the inflection of: most rules find none of their
        words in most sentences, and need not look at the tokens one by one."""
        return frozenset().union(*self.token_forms)

    def has_form_in(self, vocabulary: frozenset[str]) -> bool:
        """Whether some token may be the inflection of a word of the list (`inflection.word_forms`)."""
        return not self.forms.isdisjoint(vocabulary)

    def tokens_for(self, vocabulary: frozenset[str]) -> list[Token]:
        """The tokens that may be the inflection of a word of the list, in order: the only ones a rule
        that looks for those words by lemma or form needs to go through."""
        if not self.has_form_in(vocabulary):
            return []
        return [t for t, forms in zip(self.tokens, self.token_forms, strict=True) if not forms.isdisjoint(vocabulary)]

    @property
    def folded(self) -> str:
        """The sentence as the models read it (typography folded, same offsets as `text`)."""
        return text_of(self.doc)

    @property
    def lowered(self) -> str:
        cached = self.doc.user_data.get("lowered")
        if cached is None:
            cached = self.doc.user_data["lowered"] = self.folded.lower()
        return cached

    def in_a_date(self, token: Token) -> bool:
        """Whether the token is a word of a date expression ("by the end of the year", "samedi")."""
        return any(p.char_start <= token.idx < p.char_end for p in self.periods)

    def names(self, mention: Mention) -> bool:
        """Whether the mention stands in this sentence (not one named in a sentence before)."""
        return self.offset <= mention.start < self.offset + len(self.text)

    def mention_of(self, token: Token) -> Mention | None:
        for mention in self.mentions:
            if mention.token_start <= token.i < mention.token_end:
                return mention
        return None

    def names_materiel_at(self, index: int) -> bool:
        """Whether the token at `index` is part of materiel the sentence names."""
        return any(item.token_start <= index < item.token_end for item in self.items)

    def mentions_in(self, span: Span) -> Iterator[Mention]:
        for mention in self.mentions:
            if span.start <= mention.token_start and mention.token_end <= span.end:
                yield mention


@dataclass
class Analysis:
    document: Document
    language: str | None
    reference: Reference | None
    sentences: list[Sentence]
    warnings: list[str]
    extra_mentions: list[Mention] = field(default_factory=list)  # datelines and bylines: named, no claims
    derived: dict[str, Any] = field(default_factory=dict)  # what qualifiers compute once per article

    @property
    def text(self) -> str:
        return self.document.text

    def sentence_index(self, offset: int) -> int:
        """The index of the sentence that holds the character at `offset` of the article."""
        return bisect_right([s.offset for s in self.sentences], offset) - 1


# "SEOUL, March 14 (Reuters) - ", "(Reuters) - ", "WASHINGTON (AP) — ": where and by whom, not content.
_DATELINE = re.compile(
    r"^(?:[A-ZÀ-Ý][A-ZÀ-Ý'’. -]{2,40}(?:,[^\n–—-]{0,40}?)?\s*(?:\([^)\n]{1,60}\))?|\([^)\n]{1,60}\))\s*[-–—]+\s+",
    re.MULTILINE,
)


_BYLINE = re.compile(
    r"^[ \t]*(?:by|par|écrit par|written by|auteur)[ \t]*:?[ \t]*"
    r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+){1,3})[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def bylines(text: str) -> list[Mention]:
    """Authors credited on a line of their own ("By Jane Roe", "ÉCRIT PAR : JEAN DUPONT")."""
    found = []
    for match in _BYLINE.finditer(text):
        raw = match.group("name")
        if not all(w[:1].isupper() for w in raw.split()):
            continue
        name = " ".join(w.capitalize() if w.isupper() else w for w in raw.split())
        found.append(
            Mention(
                entity_id=entity_id("person", name),
                kind="person",
                name=name,
                text=raw,
                start=match.start("name"),
                end=match.end("name"),
                token_start=0,
                token_end=0,
                form="byline",
            )
        )
    return found


def dateline_end(text: str) -> int:
    """Where a dateline at the start of the article ends (0 when there is none)."""
    match = _DATELINE.search(text[:600])
    return match.end() if match and not text[: match.start()].strip("\n ").count("\n") > 2 else 0


@cache
def recognizer(language: str) -> EntityRecognizer:
    """The gazetteer and materiel matchers of a language, built once per process."""
    return EntityRecognizer(pipeline(language))


def analyse(document: Document, *, parse_all: bool = False) -> Analysis:
    """Detect the language, split, and find what each sentence names; parse (tag, parse, NER) only the
    sentences that could state a claim (`extractors.selection`), or every one with `parse_all`."""
    return analyse_many([document], parse_all=parse_all)[0]


def analyse_many(documents: list[Document], *, parse_all: bool = False) -> list[Analysis]:
    """`analyse` of several articles, the models running once over the chosen sentences of all the
    articles of a language: a batch of many sentences costs the models less per sentence."""
    readings = [_select(document, parse_all) for document in documents]
    with stage("models"):
        for language in dict.fromkeys(r.language for r in readings if r.language):
            _run_models(language, [r for r in readings if r.language == language], parse_all)
    with stage("qualifiers"):
        return [_analysis(reading) for reading in readings]


RECENTLY_PARSED = 1
FIGURE_REACH = 2  # sentences back where a flow a figured sentence continues may stand


@dataclass
class _Reading:
    """An article on its way through the models: its sentences tokenised, and which of them to parse."""

    document: Document
    language: str | None
    reference: Reference | None
    warnings: list[str]
    spans: list[tuple[int, int]] = field(default_factory=list)
    docs: list[Doc] = field(default_factory=list)
    parse: list[bool] = field(default_factory=list)
    chosen: list[tuple[Doc, set[int]]] = field(default_factory=list)  # to parse, with the tokens gazetteers cover
    gazetteer_hits: list[tuple[list[Mention], list[ItemMention]]] = field(default_factory=list)  # per sentence

    def sentence_hits(self) -> list[tuple[Doc, list[Mention], list[ItemMention]]]:
        return [(doc, mentions, items) for doc, (mentions, items) in zip(self.docs, self.gazetteer_hits, strict=True)]


def _select(document: Document, parse_all: bool) -> _Reading:
    """Every sentence tokenised; those that could state a claim (or all) chosen for the models."""
    with stage("language"):
        language, warning = detect_language(document.text, document.language)
    with stage("first pass"):
        return _first_pass(document, language, warning, parse_all)


def _first_pass(document: Document, language: str | None, warning: str | None, parse_all: bool) -> _Reading:
    reference = Reference.parse(document.published)
    if language is None:
        return _Reading(document, None, reference, [warning] if warning else [])
    folded = fold(document.text)
    spans = _dateline_apart(sentence_spans(folded), dateline_end(document.text))
    warning = readability_warning([folded[s:e] for s, e in spans])
    if warning:
        return _Reading(document, language, reference, [warning])  # nothing for the models
    reading = _Reading(document, language, reference, [], spans)
    nlp, matcher = pipeline(language), recognizer(language)
    for start, end in spans:
        doc = make_doc(nlp, folded[start:end])
        mentions = matcher.mentions(doc, start, parsed=False)
        items = matcher.item_mentions(doc, start, {i for m in mentions for i in range(m.token_start, m.token_end)})
        after_parsed = any(reading.parse[-RECENTLY_PARSED:])  # a claim may continue a sentence or two later
        after_parsed = after_parsed or _names_players(reading.gazetteer_hits[-1:])  # "It ... to its ally"
        reading.docs.append(doc)
        reading.gazetteer_hits.append((mentions, items))
        flow_near = any(reading.parse[-FIGURE_REACH:])
        reading.parse.append(parse_all or needs_parse(doc, mentions, items, after_parsed, flow_near))
        if reading.parse[-1]:
            reading.chosen.append((doc, covered(mentions, items)))
    if not parse_all and reading.chosen:
        _keep_claim_sentences(reading)
    return reading


def _dateline_apart(spans: list[tuple[int, int]], cut: int) -> list[tuple[int, int]]:
    """ "SEOUL, Nov 14 (Reuters) - About 11,000 soldiers are in Russia ...": the dateline apart, so that the
    models read the first sentence as written, not after a place and a date."""
    if cut and spans and spans[0][0] < cut < spans[0][1]:
        return [(spans[0][0], cut), (cut, spans[0][1]), *spans[1:]]
    return spans


def _keep_claim_sentences(reading: _Reading) -> None:
    """Of the chosen sentences, only those that may state a claim (`selection.claim_sentences`)."""
    keep = claim_sentences(reading.sentence_hits())
    if keep is None:
        return
    reading.parse = [parsed and index in keep for index, parsed in enumerate(reading.parse)]
    kept = {id(doc) for doc, parsed in zip(reading.docs, reading.parse, strict=True) if parsed}
    reading.chosen = [(doc, taken) for doc, taken in reading.chosen if id(doc) in kept]


def _names_players(hits: list[tuple[list[Mention], list[ItemMention]]]) -> bool:
    """Whether the sentence before named a state or a body its pronouns may point back to."""
    return any(m.kind in PARTY_KINDS for mentions, _ in hits for m in mentions)


def _run_models(language: str, readings: list[_Reading], parse_all: bool) -> None:
    """Tag and parse the chosen sentences of the articles, in place; NER only where it could find a
    name the gazetteers missed (`extractors.selection`)."""
    nlp = pipeline(language)
    chosen = [pair for reading in readings for pair in reading.chosen]
    asides = [aside_at(doc) for doc, _ in chosen]  # "a pour sa part cédé": read without the aside
    read = (doc if aside is None else without(doc, aside) for (doc, _), aside in zip(chosen, asides, strict=True))
    for parsed, (doc, _), aside in zip(nlp.pipe(read, disable=["ner"]), chosen, asides, strict=True):
        if aside is not None:
            copy_parse(parsed, doc, aside)
        assert aside is not None or parsed is doc  # annotated in place: the gazetteer hits found before stay valid
    named = [doc for doc, taken in chosen if parse_all or needs_ner(doc, taken)]
    ner = nlp.get_pipe("ner")
    assert isinstance(ner, TrainablePipe)
    for _ in ner.pipe(named):  # sets the docs' entities in place
        pass


def _analysis(reading: _Reading) -> Analysis:
    """The article's sentences with what they name, once the models have read them."""
    document, language = reading.document, reading.language
    if language is None or reading.warnings:
        return Analysis(document, language, reading.reference, [], reading.warnings)
    dateline = dateline_end(document.text)
    sentences: list[Sentence] = []
    extra: list[Mention] = bylines(document.text)
    matcher = recognizer(language)
    read = zip(reading.spans, reading.docs, reading.parse, reading.gazetteer_hits, strict=True)
    for index, ((start, end), doc, parsed, (hits, items)) in enumerate(read):
        sentence = Sentence(index, doc, start, document.text[start:end], parsed=parsed)
        mentions = matcher.mentions(doc, start) if parsed else hits  # parsed: NER may name more
        for mention in mentions:
            mention.text = document.text[mention.start : mention.end]
        sentence.mentions = [m for m in mentions if m.start >= dateline]
        extra += [m for m in mentions if m.start < dateline]
        sentence.items = without_formations(doc, items) if parsed else items  # "five regiments of S-400 systems"
        if parsed and is_prose_sentence(sentence.text):
            names = designations(doc, mentions, items)  # "Mirage 2000": neither a figure nor a date
            not_dates = _char_spans(doc, not_years(doc, names, items))
            systems = [(i.token_start, i.token_end, i.category) for i in items if i.system]
            sentence.figures = counted_by_name(read_figures(doc, language, names), doc, systems)  # "24 Rafale"
            states = {m.state for m in sentence.mentions if m.state}
            sentence.periods = [
                p
                for p in read_periods(text_of(doc), reading.reference, not_dates)
                if start + p.char_start >= dateline and stands_in(p, states)
            ]
        sentences.append(sentence)
    name_vessels(sentences, language)  # "the tanker Ocean Star": vessels the gazetteer lacks
    name_ports(sentences, language)  # "the port of Yeosu", where "the frigate Admiral Golovko docked": ports
    resolve_ambiguous_names(sentences)  # "Korea" in an article that names Seoul
    resolve_home_bodies(sentences, language)  # "Switzerland is ... The Air Force received"
    link_abbreviations(sentences)  # "les Forces armées soudanaises (SAF)"
    return Analysis(document, language, reading.reference, sentences, [], extra)


def read_sentence(text: str, language: str) -> Sentence:
    """One short text on its own (a question), parsed, with the states, bodies and materiel it names."""
    doc = pipeline(language)(fold(text))
    sentence = Sentence(0, doc, 0, text)
    sentence.mentions = [m for m in recognizer(language).mentions(doc, 0) if m.state or m.kind != "country"]
    sentence.items = recognizer(language).item_mentions(doc, 0)
    return sentence


def _char_spans(doc: Doc, tokens: frozenset[int]) -> list[tuple[int, int]]:
    """Where the tokens stand in the sentence's text."""
    return [(doc[i].idx, doc[i].idx + len(doc[i])) for i in sorted(tokens)]
