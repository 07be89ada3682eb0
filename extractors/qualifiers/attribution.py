"""Whom an article credits each statement to, named ("NK News", "John Kirby") or not ("satellite imagery").

Within a sentence: the subjects of reporting verbs, what follows "according to"/"selon"/"d'après"/
"cité par", and unnamed-source phrases; a pronoun subject ("he said", "elle a déclaré") is the last
source named. Across sentences, a sentence that points back at the previous one ("John Kirby
disclosed the information", "C'est ce qu'on peut constater sur le site du comité") credits its sources
to it as well, and a sentence that introduces a list ("documentés par des enquêtes :") to its items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from extractors.analysis import Analysis, Sentence
from extractors.entities import Mention
from extractors.inflection import word_forms
from extractors.lexicon import cue_sets, function_words, lexicon, words
from extractors.names import is_acronym
from extractors.qualifiers.stance import accusing, concluding, is_negated, is_reporting, reporting_lemmas, to_come
from extractors.tasks.base import Cited
from extractors.tasks.roles import AGENT_MARKERS

ACTING_KINDS = {"organization", "person", "country"}
RELATIVE_PRONOUNS = function_words("relative_pronouns")
RELATIVE_WORDS = RELATIVE_PRONOUNS | {"that", "who", "whose", "where", "when", "où"}  # that open a relative clause
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
MAX_SOURCE_TOKENS = 16
MAX_LIST_ITEMS = 6
MAX_NOUN_PHRASE = 7
NAME_DEPS = {"appos", "flat", "flat:name", "nmod", "compound"}  # the name after a source's noun
OF_WORDS = function_words("of_words")
INSTITUTION_LINKS = OF_WORDS | {"for", "pour"}  # "a spokesman for the defence ministry"
SOURCE_LINKS = OF_WORDS | {"from"}  # "a statement from the Malian army", "officials from the ministry"
DEMONSTRATIVES = function_words("demonstratives")
ARTICLES = function_words("articles") | DEMONSTRATIVES
BACK_REACH = 2  # "C'est ce qu'on peut constater sur le site du comité" covers the two sentences before
HEADLINE_TAIL = re.compile(r"\s[-–—]\s+([^-–—.]{2,80})$")
BULLET = re.compile(r"^\s*[•\-–—*·▪]\s*")
LISTENER_MARKERS = {"à", "au", "aux"}  # "a indiqué à l'AFP", "a déclaré aux journalistes"
LISTENER_DEPS = {"dobj", "obj", "dative", "iobj", "obl", "obl:arg", "prep"}  # whom a source told
SOURCE_DEPS = {"nsubj", "nsubj:pass", "agent", "obl:agent"}
PASSIVE_SUBJECTS = {"nsubj:pass", "nsubjpass"}  # "Russia is accused of ...": what is said, not who says it
PASSIVE_MARKS = {"aux:pass", "auxpass", "cop"}  # "est accusé", "was accused"
AUTHOR_LINKS = {"by", "of", "the", "de", "du", "des", "d'", "la", "le", "l'"}  # "a report by the ..."
INVERTED_REACH = 8  # words of a French subject after its verb of saying
AUDIENCE_WORDS = function_words("audience_words")  # "devant les députés", "à l'AFP", "lors d'une conférence"
CLOSING_REACH = 8  # words from a comma to the verb of saying that closes a sentence


def bears_on(sentence: Sentence, source: Cited, trigger: Token) -> bool:
    """Whether a source credited in the sentence covers the claim at `trigger`: not when its words sit in a
    relative clause the claim is outside of ("supplying munitions to Russia, which experts argue ...")."""
    if source.anchor is None:
        return True
    for token in [sentence.doc[source.anchor], *sentence.doc[source.anchor].ancestors]:
        if token.dep_ in {"relcl", "acl:relcl"} and trigger not in token.subtree and _relative(token):
            return False
    return True


def _relative(clause: Token) -> bool:
    """Whether a clause the parser calls relative has a relative word ("which experts argue"), rather than
    being a closing "..., a UN panel found" hung on the wrong noun."""
    words_of = [clause.left_edge, *clause.children]
    return any(t.lower_ in RELATIVE_WORDS or "Rel" in t.morph.get("PronType", []) for t in words_of)


@dataclass
class Credit:
    """The sources of one sentence: its own, and those it inherits from the sentences around it."""

    own: list[Cited] = field(default_factory=list)
    back: list[Cited] = field(default_factory=list)  # from a later sentence that points back at this one
    listed: list[Cited] = field(default_factory=list)  # from a sentence introducing a list ("...:")

    @property
    def all(self) -> list[Cited]:
        return _dedupe(self.own + self.back + self.listed)

    @property
    def speakers(self) -> list[Cited]:
        """Who is credited with saying it (a list's introduction documents its items, it does not say them)."""
        return _dedupe(self.own + self.back)

    def bearing_on(self, sentence: Sentence, trigger: Token) -> Credit:
        """The credit of the sentence that covers the claim at `trigger`."""
        own = [s for s in self.own if bears_on(sentence, s, trigger)]
        return Credit(own=own, back=self.back, listed=self.listed)


@dataclass
class _Memory:
    last: list[Cited] = field(default_factory=list)


@cache
def _source_markers(language: str) -> re.Pattern[str]:
    phrases = lexicon("modality")["reported"][language]["phrases"]
    alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:{alternation})\s+", re.IGNORECASE)


@cache
def _back_references(language: str) -> tuple[frozenset[str], re.Pattern[str]]:
    data = lexicon("sources")["back_references"][language]
    openings = "|".join(re.escape(o) for o in data["openings"])
    return frozenset(data["objects"]), re.compile(rf"^\W*(?:{openings})", re.IGNORECASE)


def credits(analysis: Analysis) -> list[Credit]:
    """The sources of every sentence of the article, in order (computed once per analysis)."""
    if "credits" in analysis.derived:
        return analysis.derived["credits"]
    memory, found = _Memory(), []
    for sentence in analysis.sentences:
        found.append(Credit(own=sentence_sources(sentence, memory)))
    _carry_back(analysis, found)
    _carry_to_list(analysis.sentences, found)
    _carry_evidence(analysis.sentences, found)
    _carry_to_what_is_taken_up(analysis.sentences, found)
    _name_the_roles(analysis.sentences, found)
    analysis.derived["credits"] = found
    return found


ROLE_REACH = 6  # sentences back where a person was introduced by the role a later source names
ROLE_WINDOW = 8  # tokens around a person's name where the role introducing them stands


def _name_the_roles(sentences: list[Sentence], found: list[Credit]) -> None:
    """ "the spokeswoman said", after "the spokeswoman of the ministry Anna Nagdalyan": the person the
    article introduced by that role, the last within `ROLE_REACH` sentences; "according to the report",
    after "a report by Conflict Armament Research": the body introduced with that noun."""
    for index, credit in enumerate(found):
        start = max(0, index - ROLE_REACH)
        credit.own = [_named_role(sentences[start : index + 1], found[start:index], c) for c in credit.own]


def _named_role(before: list[Sentence], earlier: list[Credit], cited: Cited) -> Cited:
    words_of = cited.name.lower().split()
    if cited.named or not 1 <= len(words_of) <= 2:
        return cited
    role = words_of[-1]
    for sentence in reversed(before):
        doc = sentence.doc
        for person in (m for m in reversed(sentence.mentions) if m.kind == "person"):
            near = doc[max(0, person.token_start - ROLE_WINDOW) : person.token_end + 3]
            if any(t.lower_ == role and t.pos_ == "NOUN" for t in near):
                return replace(cited, name=person.text, mention=person)
    body = _introduced_body(before[:-1], role)
    if body is not None:
        return replace(cited, name=body.text, mention=body)
    return (_described_before(earlier, cited, role) if _definite(before[-1], role) else None) or cited


def _definite(sentence: Sentence, noun: str) -> bool:
    """The noun stands with "the", "this", "le", "ce" in the sentence: one told of before ("The official
    added"), not another ("An official", "One official")."""
    pointing = function_words("definite_articles") | function_words("demonstratives")
    return any(t.lower_ == noun and any(c.lower_ in pointing for c in t.children) for t in sentence.tokens)


def _described_before(earlier: list[Credit], cited: Cited, role: str) -> Cited | None:
    """ "The official further claimed", after "a senior member of the Joint Chiefs of Staff ... told
    reporters" or "a senior Western official said": the unnamed source a longer phrase ending in (or headed
    by) that noun described before."""
    for credit in reversed(earlier):
        for source in reversed(credit.own):
            described = source.name.lower().split()
            longer = not source.named and len(described) > len(cited.name.split())
            if longer and role in described[:3] + described[-1:]:
                return replace(cited, name=source.name)
    return None


def _introduced_body(before: list[Sentence], noun: str) -> Mention | None:
    """The body a sentence before named as the one of a noun: "the report by Conflict Armament Research",
    "CAR's report", "le rapport de l'ONU"."""
    for sentence in reversed(before):
        for body in (m for m in reversed(sentence.mentions) if m.kind == "organization"):
            root = body.span(sentence.doc).root
            link = root.head.head if root.head.dep_ == "prep" else root.head
            if link.lower_ == noun and link.pos_ == "NOUN" and link.i != root.i:
                return body
    return None


def _carry_back(analysis: Analysis, found: list[Credit]) -> None:
    assert analysis.language
    objects, openings = _back_references(analysis.language)
    for index, sentence in enumerate(analysis.sentences[1:], start=1):
        own = found[index].own
        opening = openings.search(sentence.folded)
        if opening:
            own = _dedupe(own + [Cited(m.text, m) for m in sentence.mentions if m.kind in {"organization", "person"}])
            found[index].own = own
        if opening or _reports_what_was_said(sentence, objects):
            for previous in found[max(0, index - BACK_REACH) : index]:
                previous.back = _dedupe(previous.back + own)


def _carry_evidence(sentences: list[Sentence], found: list[Credit]) -> None:
    """ "Kirby disclosed the information along with imagery. According to three photos, the vessel ...":
    a sentence credited only to unnamed evidence that the sentence before, naming its source, put
    forward; and "Selon la VOA, ces clichés ont montré aussi que ..." credits the sentence before too."""
    assert sentences
    language = sentences[0].doc.lang_
    evidence_words = words("sources", "heads", language)
    also = words("sources", "also", language)
    for index in range(1, len(sentences)):
        before, now = found[index - 1], found[index]
        named_before = [s for s in before.own if s.named]
        shown = not sentences[index - 1].lowers.isdisjoint(evidence_words)
        if now.own and not any(s.named for s in now.own) and named_before and shown:
            now.back = _dedupe(now.back + named_before)
        named_now = [s for s in now.own if s.named]
        if named_now and any(t.lower_ in also and is_reporting(t.head) for t in sentences[index].tokens):
            before.back = _dedupe(before.back + named_now)


def _carry_to_what_is_taken_up(sentences: list[Sentence], found: list[Credit]) -> None:
    """ "Le Niger a reçu ses premiers drones. Selon Mena Defense, ces drones ont été livrés par ...": a
    sentence that opens on its sources and takes up the materiel of the sentence before with a demonstrative
    ("ces drones", "these drones") tells that delivery on their word; not one that credits only its own
    detail at its close ("Ces drones ont été livrés par avion, selon Defense News")."""
    for index in range(1, len(sentences)):
        now, sentence = found[index], sentences[index]
        before = {i.category for i in sentences[index - 1].items}
        if now.own and _taken_up(sentence) & before and _opens_on_a_source(sentence):
            found[index - 1].back = _dedupe(found[index - 1].back + now.own)


def _opens_on_a_source(sentence: Sentence) -> bool:
    """ "Selon Mena Defense, ces drones ...", "According to officials, these drones ...": a source marker
    before the first materiel the sentence names."""
    first = min((i.token_start for i in sentence.items), default=len(sentence.doc))
    cut = sentence.doc[first].idx if first < len(sentence.doc) else len(sentence.doc.text)
    return _source_markers(sentence.doc.lang_).search(sentence.folded[:cut]) is not None


def _taken_up(sentence: Sentence) -> set[str]:
    """The categories of the materiel a sentence names after a demonstrative determiner."""
    shown = [t.head.i for t in sentence.tokens if t.dep_ == "det" and "Dem" in t.morph.get("PronType", [])]
    return {i.category for i in sentence.items for h in shown if i.token_start <= h < i.token_end}


def _carry_to_list(sentences: list[Sentence], found: list[Credit]) -> None:
    """ "Ces transferts ont été documentés par des enquêtes internationales :" credits the list that follows."""
    for index, sentence in enumerate(sentences):
        if not sentence.text.rstrip().endswith(":") or not found[index].own:
            continue
        for following in range(index + 1, min(index + 1 + MAX_LIST_ITEMS, len(sentences))):
            if not BULLET.match(sentences[following].text):
                break
            found[following].listed = _dedupe(found[following].listed + found[index].own)


POINTED_BACK = {"dobj", "obj", "nsubjpass", "nsubj:pass"}  # what a reporting verb reports, active or passive


def _reports_what_was_said(sentence: Sentence, objects: frozenset[str]) -> bool:
    """ "Kirby disclosed the information", "the information was confirmed by two officials": a reporting
    verb whose object (or passive subject) points back."""
    return any(
        is_reporting(t) and any(c.dep_ in POINTED_BACK and c.lemma_.lower() in objects for c in t.children)
        for t in sentence.tokens_for(reporting_lemmas(sentence.doc.lang_))
    )


def sentence_sources(sentence: Sentence, memory: _Memory) -> list[Cited]:
    """Whom one sentence credits its statements to, named first, without repeats."""
    language = sentence.doc.lang_
    found: list[Cited] = []
    for marker in _source_markers(language).finditer(sentence.folded):
        span = _phrase_after(sentence, marker.end())
        anchor = span.root.head.i if len(span) else None
        cited = _phrase_sources(sentence, span, memory) or _unknown_name(span)
        found += [replace(s, anchor=anchor) for s in cited]
    for token in sentence.tokens_for(_speaking_words(language)):
        refusing = _denying_word(token)
        if refusing and is_negated(token):
            continue  # "Iran did not deny reports that ...": who does not deny says nothing
        if concluding(token):
            continue  # "Moscow and Pyongyang concluded a treaty": who makes a deal says nothing of it
        if not refusing and is_negated(token):
            continue  # "although New Delhi has not confirmed the delivery": who does not say it is no source
        if _providing_a_share(token):
            continue  # "La Chine a assuré 81 % des importations": it provided them, it said nothing
        if to_come(token):
            continue  # "Paris doit lui confirmer la livraison": who is to say it has said nothing yet
        if is_reporting(token) or refusing or _saying_as_noun(sentence, token) or _suspecting(token):
            inverted = _inverted_subject(sentence, token)
            for child in token.children:
                if _passive_subject(token, child) and accusing(token):
                    continue  # "Russia is accused of supplying": the accused, not who accuses
                if inverted is not None and child.i < token.i:
                    continue  # "X ..., a annoncé la junte": the speaker comes after; X is the parser's mistake
                if child.dep_ in SOURCE_DEPS or (
                    child.dep_ in {"obl", "obl:mod"} and any(c.lower_ == "par" for c in child.children)
                ):
                    found += [replace(s, anchor=token.i) for s in _phrase_sources(sentence, _subtree(child), memory)]
            for child in _opening_source(sentence, token) if inverted is None else []:  # "..., a rapporté la TV"
                found += [replace(s, anchor=token.i) for s in _phrase_sources(sentence, _subtree(child), memory)]
            if inverted is not None:
                found += [replace(s, anchor=token.i) for s in _phrase_sources(sentence, inverted, memory)]
            found += [replace(s, anchor=token.i) for s in _closing_speaker(sentence, token, memory)]
            found += [replace(s, anchor=token.i) for s in _told_outlets(sentence, token)]
    found += _document_says(sentence, memory)
    found += _unnamed_phrases(sentence, language)
    found += _opening_view(sentence, memory)
    found += _headline_source(sentence)
    found += _closing_noun_speaker(sentence)
    unique = _without_bare_media(sentence, _dedupe(found), language)
    looked = investigators(sentence)  # "NHK analysed the data published by Chinese customs": both, for "it"
    if unique or looked:  # named first: "he said" is John Kirby; with none, "they" is the officials just cited
        memory.last = _dedupe(looked + ([s for s in unique if s.named] or unique))
    return unique


def _providing_a_share(verb: Token) -> bool:
    """A verb that says and provides ("assurer", "maintain") used with a noun as its object and no clause:
    "La Chine a assuré 81 % des importations", "Ethiopia maintains 3,000 troops in Somalia"."""
    giving = words("transfer", "share_verbs", verb.lang_) | words("transfer", "keeping_verbs", verb.lang_)
    if not word_forms(verb) & giving:
        return False
    kids = {c.dep_: c for c in verb.children}
    obj = kids.get("obj") or kids.get("dobj")
    return obj is not None and obj.pos_ in {"NOUN", "NUM"} and not {"ccomp", "xcomp"} & kids.keys()


def _without_bare_media(sentence: Sentence, found: list[Cited], language: str) -> list[Cited]:
    """ "Dans un rapport publié mardi, Amnesty International affirme": the report is Amnesty's words; not "the
    report read", which points back at one the article named before (`_name_the_roles` names it)."""
    if not any(s.named for s in found):
        return found
    media = words("sources", "bare_media", language)
    return [s for s in found if s.named or s.name.lower() not in media or _pointing_speaker(sentence, s)]


def _pointing_speaker(sentence: Sentence, cited: Cited) -> bool:
    """The medium is the subject, with "the" or "this", of the verb it is credited by ("the report read")."""
    if cited.anchor is None or cited.anchor >= len(sentence.doc):
        return False
    verb = sentence.doc[cited.anchor]
    pointing = function_words("definite_articles") | DEMONSTRATIVES
    subjects = [c for c in verb.children if c.dep_ in SOURCE_DEPS and c.lower_ == cited.name.lower()]
    return any(any(d.dep_ == "det" and d.lower_ in pointing for d in c.children) for c in subjects)


def _document_says(sentence: Sentence, memory: _Memory) -> list[Cited]:
    """ "..., the report read": a verb of what a document says, with a medium for its subject."""
    language = sentence.doc.lang_
    media = words("sources", "bare_media", language)
    found = []
    for verb in sentence.tokens_for(words("sources", "document_verbs", language)):
        for child in (c for c in verb.children if c.dep_ in SOURCE_DEPS and c.lemma_.lower() in media):
            found += [replace(s, anchor=verb.i) for s in _phrase_sources(sentence, _subtree(child), memory)]
    return found


VIEW_REACH = 8  # tokens from "Pour" to the comma that closes whose view it is


def _opening_view(sentence: Sentence, memory: _Memory) -> list[Cited]:
    """ "Pour plusieurs analystes, la Russie aurait reçu ...", "Pour le Kremlin, ...": whose view the
    sentence gives, named before a comma that opens it; a people or a body, never a state alone ("Pour
    l'Ukraine, la France a livré ..." may be whom the materiel was for)."""
    doc = sentence.doc
    if doc.lang_ != "fr" or len(doc) < 3 or doc[0].lower_ not in words("sources", "view_openings", "fr"):
        return []
    comma = next((t.i for t in doc[1:VIEW_REACH] if t.text == ","), None)
    if comma is None or comma < 2:
        return []
    span = doc[1:comma]
    mention = sentence.mention_of(span.root)
    heads = words("sources", "heads", "fr") | words("sources", "institutions", "fr")
    if span.root.lower_ not in heads and (mention is None or mention.kind not in {"person", "organization"}):
        return []
    return [replace(s, anchor=span.root.head.i) for s in _phrase_sources(sentence, span, memory)]


def _unknown_name(span: Span) -> list[Cited]:
    """ "according to The Sentry": a name after "according to" that no gazetteer or NER knows is the source."""
    if not len(span) or not (span.root.pos_ == "PROPN" or (span.root.is_title and span.root.i > span.start)):
        return []  # a proper noun, however tagged ("The Sentry")
    start, end = _noun_phrase_bounds(span, span.root)
    return [Cited(span.doc[start:end].text.strip())] if end > start else []


def _passive_subject(verb: Token, child: Token) -> bool:
    """The subject of a passive verb, or of a participle the parser read as an adjective after "être"/"be"
    ("Pyongyang est accusé de ...": `cop`)."""
    if child.dep_ in PASSIVE_SUBJECTS:
        return True
    return child.dep_ == "nsubj" and any(c.dep_ in PASSIVE_MARKS for c in verb.children)


def investigators(sentence: Sentence) -> list[Cited]:
    """ "NHK analysed Chinese customs data": who looked into the evidence, for the pronoun that reports
    what it found in the next sentence ("It found that ...")."""
    verbs = sentence.tokens_for(words("sources", "investigating", sentence.doc.lang_))
    subjects = [c for v in verbs for c in v.children if c.dep_ in {"nsubj"}]
    mentions = [sentence.mention_of(s) for s in subjects]
    return [Cited(m.text, m) for m in mentions if m is not None and m.kind in ACTING_KINDS and m.form != "demonym"]


def _told_outlets(sentence: Sentence, verb: Token) -> list[Cited]:
    """ "officials told Reuters", "a indiqué un responsable à l'AFP": the outlet a source spoke to reports
    the statement too."""
    listeners = [t for c in verb.children if c.dep_ in LISTENER_DEPS for t in c.subtree]
    return [
        Cited(m.text, m)
        for m in sentence.mentions
        if m.category == "media" and any(m.token_start <= t.i < m.token_end for t in listeners)
    ]


def _opening_source(sentence: Sentence, verb: Token) -> list[Token]:
    """ "Ce rapport remis au Conseil, que Reuters a pu consulter, indique que ...": a verb of saying whose
    subject the parser lost, in a sentence that opens on a source noun ("rapport", "officials") or a name."""
    if not is_reporting(verb) or any(c.dep_ in SOURCE_DEPS for c in verb.children):
        return []
    if verb.dep_ == "xcomp" and any(c.dep_ in SOURCE_DEPS for c in verb.head.children):
        return []  # "... et Paris doit lui confirmer": the subject of the verb it completes says it
    opening = next((t for t in sentence.tokens[:3] if t.pos_ in {"NOUN", "PROPN"}), None)
    if opening is None or opening.i >= verb.i:
        return []
    if opening.lower_ not in words("sources", "heads", verb.lang_) and not _named_before_an_aside(sentence, opening):
        return []
    if verb.dep_ in {"acl", "amod"} and verb.head.i == opening.i:
        return []  # "Selon le rapport publié mercredi, ...": the report was published; it says nothing by that
    return [opening] if opening.dep_ not in {"obj", "dobj", "pobj"} else []


def _named_before_an_aside(sentence: Sentence, token: Token) -> bool:
    """A body or a person named first, an aside after it: "Reuters, citant trois responsables, a rapporté"."""
    mention = sentence.mention_of(token)
    if mention is None or mention.kind not in {"organization", "person"} or mention.token_end >= len(sentence.doc):
        return False
    return sentence.doc[mention.token_end].text == ","


def _saying_as_noun(sentence: Sentence, token: Token) -> bool:
    """ "..., pointe l'agence Reuters.": a French verb of saying after a comma, its speaker after it, that the
    tagger took for a noun."""
    if token.lang_ != "fr" or token.pos_ != "NOUN" or token.i == 0 or token.doc[token.i - 1].text != ",":
        return False
    return _inverted_subject(sentence, token) is not None


def _inverted_subject(sentence: Sentence, verb: Token) -> Span | None:
    """ "..., a affirmé la Maison Blanche", "..., a annoncé le chancelier Scholz", "..., revealed customs data from
    C4ADS": the subject after a verb of saying set off by a comma, up to the next punctuation (the parser may
    take it for an object, or split it, or take what comes before the comma for a subject), when it holds no
    verb."""
    after = [c for c in verb.children if c.dep_ in SOURCE_DEPS and c.i > verb.i and not sentence.in_a_date(c)]
    if after or (verb.lang_ != "fr" and not _inverted_in_english(sentence, verb)):
        return None
    before = [t for t in verb.doc[max(0, verb.i - 3) : verb.i] if t.pos_ != "AUX"]
    if not before or before[-1].text != ",":
        return None
    start = end = verb.i + 1
    while start < len(verb.doc) and (verb.doc[start].pos_ == "ADV" or sentence.in_a_date(verb.doc[start])):
        start += 1  # "a annoncé samedi le ministère": the date is no part of the speaker
    start = _after_the_listener(verb, start)  # "a indiqué à l'AFP une source sécuritaire": whom it was told to
    end = start
    while end < len(verb.doc) and not (verb.doc[end].is_punct and verb.doc[end].text not in {"-", "'"}):
        if end > start and verb.doc[end].lower_ in AUDIENCE_WORDS:
            break  # "a déclaré le ministre de la Défense devant les députés": whom, or where, it was said to
        if end > start and sentence.in_a_date(verb.doc[end]):
            break  # "a annoncé la télévision publique samedi": when, not who
        if end > start + 1 and verb.doc[end].dep_ == "acl" and "Part" in verb.doc[end].morph.get("VerbForm", []):
            break  # "affirme un rapport de l'ONU publié mardi": what the participle adds is no part of it
        end += 1
    named = _apposed_person(sentence, end)  # "a déclaré la ministre de la Défense, Margarita Robles"
    phrase = verb.doc[start : named.token_end if named else end]
    if not len(phrase) or len(phrase) > INVERTED_REACH or any(t.pos_ in {"VERB", "AUX"} for t in phrase):
        return None
    return phrase


def _inverted_in_english(sentence: Sentence, verb: Token) -> bool:
    """ "..., revealed customs data from C4ADS, the report read": an English verb of saying with a tense that
    says nothing of its own (no "that" clause, no subject), its speaker after it; not a verb joined to a clause
    whose subject is an actor, who is its subject too ("Turkey received S-400s in 2019, accused Washington of
    double standards"), nor a verb of accusing."""
    finite = "Fin" in verb.morph.get("VerbForm", [])
    said = any(c.dep_ in {"ccomp", "mark", "nsubj", "nsubjpass"} for c in verb.children)
    if verb.lang_ != "en" or not finite or said or accusing(verb):
        return False
    shared = [c for c in verb.head.children if c.dep_ in SOURCE_DEPS] if verb.dep_ == "conj" else []
    return not any(m.kind in ACTING_KINDS for c in shared for m in sentence.mentions_in(_subtree(c)))


def _after_the_listener(verb: Token, start: int) -> int:
    """Past "à l'AFP" right after a verb of saying: the listener, whose noun's "case" is that "à"."""
    doc = verb.doc
    if start >= len(doc) or doc[start].lower_ not in LISTENER_MARKERS:
        return start
    noun = next((t for t in doc[start + 1 : start + 4] if any(c.i == start for c in t.children)), None)
    if noun is None or noun.head.i != verb.i:
        return start
    apposed = {t.i for c in noun.children if c.dep_ == "appos" for t in c.subtree}  # the parser's "Reuters, un ..."
    return max(t.i for t in noun.subtree if t.i not in apposed) + 1


def _apposed_person(sentence: Sentence, comma: int) -> Mention | None:
    """The person named after a comma, to the end of the sentence: the name of the role before it (the
    small French model takes some names for bodies)."""
    doc = sentence.doc
    if comma >= len(doc) or doc[comma].text != ",":
        return None
    person = sentence.mention_of(doc[comma + 1]) if comma + 1 < len(doc) else None
    if person is None or person.kind not in {"person", "organization"} or person.token_start != comma + 1:
        return None
    rest = doc[person.token_end : sentence.tokens[-1].i + 1]
    return person if all(t.is_punct for t in rest) else None


def _closing_speaker(sentence: Sentence, verb: Token, memory: _Memory) -> list[Cited]:
    """ "..., Danish Defence Minister Troels Lund Poulsen said.", "..., Finland's defence minister said.":
    the words set off by a comma just before a verb of saying that the parser left without a subject (it
    joined them to the clause before)."""
    phrase = closing_phrase(verb)
    return _phrase_sources(sentence, phrase, memory) if phrase is not None else []


def closing_phrase(verb: Token) -> Span | None:
    """The words between the last comma and a subjectless verb of saying, when they hold no verb."""
    if any(c.dep_ in SOURCE_DEPS for c in verb.children) or "Inf" in verb.morph.get("VerbForm", []):
        return None  # nor "..., de quoi rapporter des millions": an infinitive has no speaker of its own
    start = next((t.i + 1 for t in reversed(verb.doc[max(0, verb.i - CLOSING_REACH) : verb.i]) if t.text == ","), None)
    if start is None or start == verb.i or any(t.pos_ in {"VERB", "AUX"} for t in verb.doc[start : verb.i]):
        return None
    return verb.doc[start : verb.i]


CLOSING_SPEAKER_POS = {"DET", "PROPN", "NOUN", "ADJ", "PART", "NUM"}  # "South Korea's defence ministry"


def _closing_noun_speaker(sentence: Sentence) -> list[Cited]:
    """ "..., South Korea's defence ministry estimates.", "..., SIPRI data show.": the verb of saying that closes
    the sentence, taken by the tagger for a noun, and the words naming its speaker between it and the comma."""
    last = next((t for t in reversed(sentence.tokens) if not t.is_punct), None)
    if last is None or last.pos_ != "NOUN" or last.lemma_.lower() not in reporting_lemmas(last.lang_):
        return []
    doc = last.doc
    comma = next((t.i for t in reversed(doc[max(0, last.i - CLOSING_REACH) : last.i]) if t.text == ","), None)
    phrase = doc[comma + 1 : last.i] if comma is not None else doc[0:0]
    phrase, agents = _without_its_reader(phrase)  # "..., customs records reviewed by Reuters show."
    if not len(phrase) or any(t.pos_ not in CLOSING_SPEAKER_POS for t in phrase):
        return []
    if not any(t.pos_ in {"NOUN", "PROPN"} for t in phrase):
        return []  # "..., official estimates.": no one
    readers = [Cited(m.text, m, last.i) for m in sentence.mentions_in(agents) if m.kind in {"organization", "person"}]
    return readers + _closing_speakers(sentence, phrase, last)


def _without_its_reader(phrase: Span) -> tuple[Span, Span]:
    """A closing speaker phrase and the doer of the participle on it: "customs records | reviewed by | the
    newspaper", "des documents | consultés par | Reuters"."""
    doc = phrase.doc
    for token in phrase:
        participle = token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm", [])
        if participle and token.i + 1 < phrase.end and doc[token.i + 1].lower_ in AGENT_MARKERS:
            return doc[phrase.start : token.i], doc[token.i + 2 : phrase.end]
    return phrase, doc[phrase.end : phrase.end]


def _closing_speakers(sentence: Sentence, phrase: Span, last: Token) -> list[Cited]:
    """The sources a closing speaker phrase names (see `_closing_noun_speaker`)."""
    named = [Cited(m.text, m, last.i) for m in sentence.mentions_in(phrase) if m.kind in {"organization", "person"}]
    head = phrase[-1]
    if not named and head.lower_ in _source_heads(last.lang_) and not sentence.mention_of(head):
        return [replace(c, anchor=last.i) for c in _headed(sentence, phrase, head, [])]
    return named or [Cited(m.text, m, last.i) for m in sentence.mentions_in(phrase) if m.kind == "country"]


def _headline_source(sentence: Sentence) -> list[Cited]:
    """A headline that ends on its source: "North Korea sent 10,000 containers - US State Department"."""
    match = HEADLINE_TAIL.search(sentence.folded)
    if not match:
        return []
    return [
        Cited(m.text, m)
        for m in sentence.mentions
        if m.kind in {"organization", "person"} and m.start - sentence.offset >= match.start(1)
    ]


def _subtree(token: Token) -> Span:
    tokens = list(token.subtree)
    return token.doc[tokens[0].i : min(tokens[-1].i + 1, tokens[0].i + MAX_SOURCE_TOKENS)]


def _phrase_after(sentence: Sentence, char: int) -> Span:
    doc = sentence.doc
    start = next((t.i for t in sentence.tokens if t.idx >= char), len(doc))
    end = start
    while end < len(doc) and end - start < MAX_SOURCE_TOKENS and doc[end].text not in {",", ";", ".", ":", "(", ")"}:
        end += 1
    return doc[start:end]


def _phrase_sources(sentence: Sentence, span: Span, memory: _Memory) -> list[Cited]:
    """The source a phrase names: its head's mention (and those joined to it by "and"), not the
    mentions of its modifiers ("Hugh Griffiths, a former co-ordinator of the UN panel" is Griffiths);
    and the agent of a participle in it ("images shared with the FT by RUSI" also names RUSI)."""
    if not len(span):
        return []
    adjective = span.root
    root = _source_noun(sentence, adjective)
    if root.i != adjective.i:  # "les douanes chinoises": the institution, its state's as written
        return [Cited(span.doc[root.i : adjective.i + 1].text, sentence.mention_of(adjective))]
    joined = {"conj", "compound", "flat", "flat:name"}
    if not sentence.mention_of(root):
        joined.add("appos")  # "le ministre iranien des Affaires étrangères, Hossein Amirabdollahian"
    heads = {root.i} | {c.i for c in root.children if c.dep_ in joined}
    by_root = [t for t in span if t.lower_ == "by" and t.dep_ == "prep" and t.head.i == root.i]  # "a report by RUSI"
    for agent in [t for t in span if t.dep_ in {"agent", "obl:agent"} and not _on_materiel(sentence, t)] + by_root:
        noun = next((c for c in agent.children if c.dep_ == "pobj"), agent)
        heads |= {noun.i} | {c.i for c in noun.children if c.dep_ in joined}
    candidates = [
        m
        for m in sentence.mentions
        if m.kind in ACTING_KINDS and m.form != "inside" and m.token_start < span.end and span.start < m.token_end
    ]
    named = [Cited(m.text, m) for m in candidates if heads & set(range(m.token_start, m.token_end))]
    speakers = [m for m in candidates if m.kind != "country" and m.form != "demonym"]
    if not named and len(speakers) == 1:
        named = [Cited(speakers[0].text, speakers[0])]  # "le média ..., NK News, a rapporté"
    if span[0].lower_ in RELATIVE_PRONOUNS:
        return _antecedent_sources(sentence, span)
    if root.lower_ in PRONOUNS or root.pos_ == "PRON":
        return named or list(memory.last)
    heads_words = _source_heads(sentence.doc.lang_)
    if root.lower_ in heads_words and _unnamed_or_governing(root, sentence.mention_of(root)):
        named = _headed(sentence, span, root, named)
        if any(c.lower_ in DEMONSTRATIVES for c in root.children) and memory.last:
            named = _dedupe(named + memory.last)  # "Ce rapport indique": the report named before
    for agent in [t for t in span if t.dep_ in {"agent", "obl:agent"} or _is_par(t)]:
        noun = next((c for c in agent.children if c.dep_ == "pobj"), agent)
        if noun.lower_ in heads_words and not sentence.mention_of(noun):
            named = _headed(sentence, span, noun, named)  # "données analysées par des spécialistes"
    if not named and is_acronym(root.text) and not sentence.mention_of(root):
        named = [Cited(root.text)]  # "..., indique l'IRFS": a body no gazetteer knows, by its initials
    return named


def _on_materiel(sentence: Sentence, agent: Token) -> bool:
    """The agent of a participle on materiel ("howitzers ordered by Vietnam", which the parser may make the
    subject of "said"): a side of the flow, not who tells it."""
    head = agent.head.head
    if head.lower_ in _source_heads(head.lang_):
        return False  # "satellite images shared by RUSI": imagery is materiel and evidence both
    return sentence.names_materiel_at(head.i)


def _source_noun(sentence: Sentence, root: Token) -> Token:
    """ "selon les douanes chinoises", parsed with the state's adjective as the head: the source noun
    hung on it just before."""
    mention = sentence.mention_of(root)
    if mention is None or mention.form != "demonym" or root.i == 0:
        return root
    before = root.doc[root.i - 1]
    return before if before.head.i == root.i and before.lower_ in _source_heads(root.lang_) else root


def _unnamed_or_governing(root: Token, mention: Mention | None) -> bool:
    """A source noun no gazetteer names, or an institution named by its state's adjective ("le ministère
    indien"), whose words go on ("... de la Défense")."""
    if mention is None:
        return True
    return mention.form == "government" and root.lower_ in words("sources", "institutions", root.lang_)


@cache
def _source_heads(language: str) -> frozenset[str]:
    """The head nouns of sources not named by a gazetteer: people and evidence ("officials", "imagery")
    and institutions ("ministry", "porte-parole", "médias")."""
    return words("sources", "heads", language) | words("sources", "institutions", language)


def _headed(sentence: Sentence, span: Span, head: Token, found: list[Cited]) -> list[Cited]:
    """`found` (the sources the phrase names) with the source a head noun stands for: unnamed
    ("officials", "defence ministry", "ministry spokesman"), or an institution's owner (`_owner`), named
    as the phrase is written ("Belarus's defence ministry", "Chinese state media", "a spokesman for the
    Belarusian defence ministry"). An institution word that describes a source the phrase names ("le
    média spécialisé NK News Pro", "l'agence de presse officielle IRNA") adds none."""
    institution = head.lower_ in words("sources", "institutions", sentence.doc.lang_)
    start, end = _noun_phrase_bounds(span, head, INSTITUTION_LINKS if institution else SOURCE_LINKS)
    end = min(_with_its_name(sentence, head, end), span.end)
    owner = _owner(sentence, head, start, end) if institution else _body_of_members(sentence, head, start, end)
    if owner is not None:
        start, end = min(start, owner.token_start), max(end, owner.token_end)
        return [s for s in found if s.mention is not owner] + [Cited(span.doc[start:end].text.strip(), owner)]
    if institution and any(s.mention and s.mention.kind in {"organization", "person"} for s in found):
        return found
    if any(_authored(span.doc, start, end, s.mention) for s in found):
        return found  # "un rapport de Human Rights Watch", "a report by RUSI": the report is the named body's
    found = [
        s for s in found if not (s.mention and s.mention.kind == "country" and start <= s.mention.token_start < end)
    ]
    return [*found, Cited(span.doc[start:end].text.strip())]  # "a US official": the official, not the US


def _with_its_name(sentence: Sentence, head: Token, end: int) -> int:
    """Where a source's words end with the name set after its noun that no gazetteer or NER knows ("le
    quotidien Kathimerini", "the opposition group Hajun"); a name they know is a source of its own."""
    child = next((c for c in head.rights if c.left_edge.i == end), None)
    if child is None or child.dep_ not in NAME_DEPS:
        return end
    tokens = list(child.subtree)
    if any(t.pos_ != "PROPN" or _acting(sentence.mention_of(t)) for t in tokens):
        return end
    return min(tokens[-1].i + 1, head.i + MAX_NOUN_PHRASE)


def _acting(mention: Mention | None) -> bool:
    return mention is not None and mention.kind in ACTING_KINDS


def _authored(doc: Doc, start: int, end: int, mention: Mention | None) -> bool:
    """Whether a named body or person stands in the phrase, or right after it past "by", "of", "de" and
    articles: its author."""
    if mention is None or mention.kind not in {"organization", "person"} or mention.token_start < start:
        return False
    between = doc[end : mention.token_start]
    return len(between) <= 3 and all(t.lower_ in AUTHOR_LINKS for t in between)


def _owner(sentence: Sentence, head: Token, start: int, end: int) -> Mention | None:
    """Whose institution the phrase names: an organization named in it ("spokesman for the Belarusian
    defence ministry"), or a state, when the institution is one of its government's ("Belarus's
    defence ministry", "Chinese state media"; not "Indian media", which is no state's)."""
    for mention in sentence.mentions:
        if mention.form == "inside" or not start <= mention.token_start < end:
            continue
        if mention.kind == "organization":
            return mention
        governing = mention.form == "government" or head.lower_ in words("actors", "government_nouns", head.lang_)
        if mention.kind == "country" and governing:
            return mention
    return None


def _body_of_members(sentence: Sentence, head: Token, start: int, end: int) -> Mention | None:
    """The body named with people who may speak for it ("UN experts", "les enquêteurs de l'AIEA")."""
    if head.lower_ not in words("sources", "members", head.lang_):
        return None
    return next((m for m in sentence.mentions_in(head.doc[start:end]) if m.kind == "organization"), None)


def _is_par(token: Token) -> bool:
    return token.dep_.startswith("obl") and any(c.lower_ == "par" and c.dep_ == "case" for c in token.children)


def _antecedent_sources(sentence: Sentence, span: Span) -> list[Cited]:
    """ "ce tapage fait par certains pays occidentaux selon lequel ...": who made the claim that the
    relative pronoun stands for (the agent of the noun before it)."""
    start = span.start
    before = sentence.doc[max(0, start - MAX_SOURCE_TOKENS) : start]
    found: list[Cited] = []
    for token in before:
        if token.lower_ in AGENT_MARKERS and token.i + 1 < start:
            phrase = sentence.doc[token.i + 1 : start - 1 if sentence.doc[start - 1].lower_ == "selon" else start]
            found = [Cited(m.text, m) for m in sentence.mentions_in(phrase) if m.kind in ACTING_KINDS]
            found = found or ([Cited(phrase.text.strip())] if len(phrase) else [])
    return found


def _noun_phrase_bounds(span: Span, root: Token, links: frozenset[str] = OF_WORDS) -> tuple[int, int]:
    """Where the words of an unnamed source start and end, in tokens of the sentence: its head with its
    adjectives and the complements right after it introduced by one of `links` ("spécialistes du
    renseignement nord-coréen", "experts en la matière"), without an article and without what follows
    ("données satellitaires", not "des données satellitaires analysées par ...")."""
    end = root.i + 1
    for child in root.rights:
        if min(t.i for t in child.subtree) != end:
            break
        if child.dep_ == "amod" and not is_reporting(child):  # not "Le rapport pointe ...", its verb
            end = min(_adjective_end(child, links), root.i + MAX_NOUN_PHRASE)
        elif child.dep_ == "nmod" and not any(c.dep_ in {"case", "det"} for c in child.children):
            end = min(_bare_words_end(child), root.i + MAX_NOUN_PHRASE)  # "Forces armées royales"
            break
        elif child.dep_ in {"nmod", "prep"} and any(c.lower_ in links for c in [child, *child.children]):
            end = min(max(t.i for t in child.subtree) + 1, root.i + MAX_NOUN_PHRASE)
        else:
            break
    lefts = [t.left_edge.i for t in root.lefts if t.dep_ not in {"case", "prep"} and t.pos_ != "ADP"]  # "South Korean"
    start = max(min([root.i, *lefts]), span.start)
    start = after_last_comma(span.doc, start, root.i)
    while start < root.i and (_article(span.doc[start]) or span.doc[start].is_punct or span.doc[start].is_quote):
        start += 1  # the closing quote and article of '..." a senior official said'; not "UN" of "UN experts"
    return start, min(end, span.end)


def _article(token: Token) -> bool:
    return token.lower_ in ARTICLES and token.pos_ != "PROPN"  # not "UN" of "UN experts", which French spells as one


def _adjective_end(adjective: Token, links: frozenset[str]) -> int:
    """Where an adjective's words end: after it, or after the complement the parser hung on it rather than on
    the noun ("le ministère algérien de la Défense")."""
    end = adjective.i + 1
    for child in adjective.rights:
        if child.left_edge.i != end or not any(c.lower_ in links for c in child.children if c.dep_ == "case"):
            break
        end = child.right_edge.i + 1
    return end


def _bare_words_end(noun: Token) -> int:
    """Where the nouns and adjectives that begin a noun's words end ("douanières chinoises", not "...
    remontant à 2015")."""
    end = noun.left_edge.i
    while end <= noun.right_edge.i and noun.doc[end].pos_ in {"NOUN", "ADJ"}:
        end += 1
    return end


def after_last_comma(doc: Doc, start: int, head: int) -> int:
    """Where a phrase the parser ran across a comma really starts: after the last comma before its head
    ("sent tanks to Kyiv, South Korean lawmakers said")."""
    commas = [t.i for t in doc[start:head] if t.text == ","]
    return max(commas) + 1 if commas else start


def _unnamed_phrases(sentence: Sentence, language: str) -> list[Cited]:
    text = sentence.lowered
    found: list[Cited] = []
    for phrase in _unnamed_source_phrases(language):
        start = text.find(phrase)
        if start >= 0 and not any(phrase in s.name.lower() for s in found) and not _sent(sentence, start, phrase):
            found.append(Cited(sentence.folded[start : start + len(phrase)]))
    return found


def _sent(sentence: Sentence, start: int, phrase: str) -> bool:
    """ "shipped $50 million worth of satellite images": the phrase names what was sent (an object, or the
    complement of "of"), not who tells it."""
    span = sentence.doc.char_span(start, start + len(phrase), alignment_mode="expand")
    if span is None or _in_support(sentence.lowered[start + len(phrase) :], sentence.doc.lang_):
        return False
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ in {"dobj", "obj"} or (root.dep_ == "pobj" and root.head.lower_ in OF_WORDS)


def _in_support(following: str, language: str) -> bool:
    """ "photos satellites à l'appui": the phrase is put forward as evidence of what is said."""
    return any(following.lstrip().startswith(mark) for mark in words("sources", "in_support", language))


@cache
def _unnamed_source_phrases(language: str) -> tuple[str, ...]:
    """ "satellite imagery", "des sources diplomatiques" ..., longest first."""
    return tuple(sorted(words("sources", "phrases", language), key=len, reverse=True))


@cache
def _speaking_words(language: str) -> frozenset[str]:
    """The lemmas of reporting verbs, of suspicion and of denials: whoever says, suspects or denies is a source."""
    suspecting = words("modality", "suspecting", language)
    return reporting_lemmas(language) | suspecting | cue_sets("denial", language)["words"][0]


def _suspecting(token: Token) -> bool:
    """ "Analysts suspect Belarus has sent", "Washington craint que": who suspects is the (speculative) source."""
    return token.pos_ == "VERB" and bool(word_forms(token) & words("modality", "suspecting", token.lang_))


def _dedupe(found: list[Cited]) -> list[Cited]:
    unique: dict[str, Cited] = {}
    for source in found:
        key = source.mention.entity_id if source.mention else source.name.lower()
        if key not in unique and not any(source.name.lower() in s.name.lower() for s in unique.values()):
            unique[key] = source
    return sorted(unique.values(), key=lambda s: not s.named)


def with_claim_noun(credit: Credit, trigger: Token, language: str, sentence: Sentence) -> Credit:
    """ "the reports that it sold missiles to Iran", "les informations selon lesquelles la Chine a livré":
    a transfer told as the content of reports or accusations is reported, by them when no one is named, by
    whose they are when the sentence says ("Israel's contention that Iran is helping Venezuela build drones")."""
    claims = words("denial", "claim_nouns", language)
    for head in list(trigger.ancestors)[:3]:
        if head.pos_ in {"VERB", "AUX"}:
            return credit
        if head.pos_ == "NOUN" and head.lower_ in claims:
            if any(s.named for s in credit.all):
                return credit
            owner = _claimant(sentence, head)
            cited = Cited(owner.text, mention=owner, anchor=head.i) if owner else Cited(head.text, anchor=head.i)
            return Credit(own=[*credit.own, cited], back=credit.back, listed=credit.listed)
    return credit


CLAIMANT_MARKERS = AGENT_MARKERS | OF_WORDS  # "the claim by Israel", "les accusations de Kiev"


def _claimant(sentence: Sentence, noun: Token) -> Mention | None:
    """Whose the claim is: "Israel's contention", "the claim by Israel", "les accusations de Kiev"."""
    owners = [c for c in noun.children if c.dep_ in {"poss", "nmod:poss"}]
    owners += [c for c in noun.children if c.dep_ == "nmod" and any(m.lower_ in CLAIMANT_MARKERS for m in c.children)]
    owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children]
    for owner in owners:
        found = [m for m in sentence.mentions if m.token_start <= owner.i < m.token_end and m.kind in ACTING_KINDS]
        if found:
            return found[0]
    return None


def _denying_word(token: Token) -> bool:
    denying = cue_sets("denial", token.lang_)["words"][0]
    return token.lemma_.lower() in denying or token.lower_ in denying


def says_it_by_denying(sentence: Sentence, source: Cited) -> bool:
    """The source is credited by a word of denial ("Beijing denied", "Téhéran dément")."""
    anchor = source.anchor
    return anchor is not None and anchor < len(sentence.doc) and _denying_word(sentence.doc[anchor])


def without_deniers(credit: Credit, sentence: Sentence, parties: set[str]) -> Credit:
    """The credit less the parties to a claim that deny it ("The US accused China of supplying Russia, a
    charge Beijing denied"): they are the subject of a denial claim, not sources of the claim."""

    def denier(source: Cited) -> bool:
        party = source.mention is not None and source.mention.state in parties
        return party and says_it_by_denying(sentence, source)

    return Credit(own=[s for s in credit.own if not denier(s)], back=credit.back, listed=credit.listed)
