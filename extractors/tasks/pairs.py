"""The two states an article has been talking about, for the phrases that point back at them: "the two
countries", "les deux pays", "both sides" (the parties of an agreement, those who deny a transfer).

    China handed two corvettes to Cambodia. ... A Japanese tender called at Ream.
    U.S. media reported that the two countries signed a secret agreement.      China, Cambodia

Not the last two named: the two named most, the nearer namings weighing more (`FADING`), and sources aside.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.tokens import Token

from extractors.analysis import Sentence
from extractors.entities import INSIDE, Mention
from extractors.lexicon import function_words
from extractors.qualifiers.stance import concluding, is_reporting
from extractors.tasks.transfer.actors import in_a_source

PARTY_KINDS = {"country", "person", "organization"}
FADING = 0.6  # what a state named one sentence further back weighs against one named in the sentence after it


@dataclass
class Talk:
    """The states an article has named as actors so far, each with the sentence that named it."""

    named: list[tuple[int, Mention]] = field(default_factory=list)
    paired: bool = False  # whether a sentence has named two states yet

    def hear(self, sentence: Sentence, sources: Sequence[Mention]) -> None:
        """Add the states the sentence names as actors, its credited sources aside with what describes them
        ("selon des responsables américains", "said X, a researcher at the Lisbon Institute")."""
        heard = _actors(sentence, sources)
        self.named += [(sentence.index, m) for m in heard + _joined(sentence, heard)]
        self.paired = self.paired or len({m.state for m in heard}) >= 2

    def pair(self, found: dict[str, Mention], sentence: Sentence | None = None) -> list[Mention]:
        """ "the two countries", "les deux pays": the two states the article has been talking about, named most
        and last (each naming weighs `FADING` times the one a sentence later), one of them a party found; none
        before a sentence has named two states. The states `sentence` (the one of the phrase) names weigh most.
        """
        named = self.named + ([(sentence.index, m) for m in _actors(sentence, ())] if sentence else [])
        now = max((index for index, _ in named), default=0)
        weight: dict[str, float] = {}
        last: dict[str, tuple[int, Mention]] = {}
        for order, (index, mention) in enumerate(named):
            state = mention.state or ""
            weight[state] = weight.get(state, 0.0) + FADING ** (now - index)
            last[state] = (order, mention)
        ranked = sorted(last, key=lambda state: (weight[state], last[state][0]), reverse=True)
        if found:
            ranked = [s for s in ranked if s in found][:1] + [s for s in ranked if s not in found]
        enough = self.paired and len(ranked) >= 2 and (not found or ranked[0] in found)
        return [last[state][1] for state in ranked[:2]] if enough else []


def _actors(sentence: Sentence, sources: Sequence[Mention]) -> list[Mention]:
    """The states a sentence names as actors, not as sources nor in what describes one."""
    own = [m for m in sources if m in sentence.mentions]  # not those carried from another sentence
    told = {t.i for m in own for t in m.span(sentence.doc).root.subtree}  # with what describes them
    heard = [m for m in named_states(sentence) if m.token_start not in told and not _of_a_speaker(sentence, m)]
    return [m for m in heard if not in_a_source(sentence, m)]  # "selon le commandement Sud des États-Unis"


def _joined(sentence: Sentence, states: list[Mention]) -> list[Mention]:
    """ "Minsk and Hanoi have framed their cooperation", "entre l'Iran et la Russie": two states named together
    are a pair the article talks about, and count twice."""
    joined, joiners = [], function_words("pair_joiners") | function_words("definite_articles")
    for first, second in pairwise(states):
        between = sentence.doc[first.token_end : second.token_start]
        together = 0 < len(between) <= 2 and all(t.lower_ in joiners or t.is_punct for t in between)
        joined += [first, second] if together and first.state != second.state else []
    return joined


def _of_a_speaker(sentence: Sentence, mention: Mention) -> bool:
    """ "said a researcher at the Lisbon Institute": a state in what describes the subject of a verb of saying."""
    for token in mention.span(sentence.doc).root.ancestors:
        if token.dep_.startswith("nsubj") and is_reporting(token.head):
            return True
        if token.pos_ in {"VERB", "AUX"}:
            return False
    return False


def named_states(sentence: Sentence) -> list[Mention]:
    """The states (or those acting for them) the sentence names as actors, sources aside."""
    return [
        m
        for m in sentence.mentions
        if m.state and m.kind in PARTY_KINDS and m.form != INSIDE and not is_source(sentence, m)
    ]


def is_source(sentence: Sentence, mention: Mention) -> bool:
    """The mention is (or qualifies) the subject of a reporting verb: "les médias indiens ont rapporté"; not
    when what it says is of itself ("Egypt confirmed that it had signed", "l'Égypte a confirmé avoir signé")."""
    root = mention.span(sentence.doc).root
    return any(
        token.dep_.startswith("nsubj")
        and is_reporting(token.head)
        and not concluding(token.head)
        and not _of_itself(token.head)
        for token in (root, root.head)
    )


def _of_itself(verb: Token) -> bool:
    """What a verb of saying reports is the speaker's own act: an infinitive, or a clause whose subject is a
    pronoun ("said it had signed", "a dit qu'elle avait signé")."""
    said = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}]
    pronouns = function_words("subject_pronouns")
    return any(
        c.dep_ == "xcomp" or any(s.dep_.startswith("nsubj") and s.lower_ in pronouns for s in c.children) for c in said
    )
