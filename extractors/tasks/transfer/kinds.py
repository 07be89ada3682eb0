"""Which items of a trigger's materiel become claims: one per category, except where several items of one
category are told apart, by the party each hangs on or by the figure that counts each."""

from __future__ import annotations

from spacy.tokens import Doc

from extractors.analysis import Sentence
from extractors.entities import ItemMention, Mention
from extractors.lexicon import function_words, lexicon, words
from extractors.qualifiers.quantities import Figure
from graph.model import Quantity

FUNDS_UNITS = frozenset(lexicon("quantities")["money_units"])


def as_quantity(figure: Figure, shared: bool = False) -> Quantity:
    return Quantity(min=figure.min, max=figure.max, unit=figure.unit, per=figure.per, shared=shared)


def items_claimed(
    sentence: Sentence, categories: dict[str, ItemMention | None], items: list[ItemMention], parties: tuple
) -> list[tuple[str, ItemMention | None]]:
    """The items to claim, one per category, except that of several items of one category:
    - the one a party hangs on is that party's ("300 tanks from its partners, including 80 Leopard 2
      from Germany": Germany's are the 80 Leopard 2);
    - each counted by a figure of its own is claimed apart ("82 HIMARS launchers ... 60 self-propelled
      howitzers": two claims, not 82 howitzers)."""
    doc, found = sentence.doc, list[tuple[str, ItemMention | None]]()
    here = [m for m in parties if sentence.names(m)]
    markers = words("transfer", "markers", doc.lang_, "recipient")
    told = [*items, *(i for i in categories.values() if i is not None)]
    elsewhere = {_span(i) for i in told if _sent_elsewhere(sentence, i, parties, here, markers)}  # once each
    items = [i for i in items if _span(i) not in elsewhere]
    categories = {
        c: i
        for c, i in categories.items()
        if i is None or (_span(i) not in elsewhere and any(k.category == c for k in items))
    }
    for category, chosen in categories.items():
        kin = _not_restated(doc, [i for i in items if i.category == category])
        bearing = [i for i in kin if any(_under(doc, m, i) for m in here)]
        counts = [(count_of(sentence, i), i) for i in kin]
        by_count = {id(c): (c, i) for c, i in reversed(counts) if c is not None}
        if len(kin) > 1 and len(bearing) == 1:
            found.append((category, bearing[0]))
        elif len(by_count) > 1 and all(c is not None for c, _ in counts):
            found += [(category, i) for _, i in sorted(by_count.values(), key=lambda ci: ci[1].token_start)]
        else:
            found.append((category, chosen))
    return found


def sent_to_another_state(
    sentence: Sentence, items: list[ItemMention], parties: tuple
) -> list[tuple[ItemMention, Mention]]:
    """The items the words send elsewhere (`_sent_elsewhere`), each with the one state named right after its
    "to": "sent tanks to Mali and helicopters to Niger" sends the helicopters to Niger."""
    doc, found = sentence.doc, []
    here = [m for m in parties if sentence.names(m)]
    markers = words("transfer", "markers", doc.lang_, "recipient")
    for item in items:
        if item.category == "troops" or not _sent_elsewhere(sentence, item, parties, here, markers):
            continue
        after = range(item.token_end + 1, min(len(doc), item.token_end + 4))
        states = [
            m for m in sentence.mentions if m.token_start in after and m.kind == "country" and m.form != "demonym"
        ]
        if len(states) == 1:
            found.append((item, states[0]))
    return found


def _span(item: ItemMention) -> tuple[int, int, str]:
    return item.token_start, item.token_end, item.category


def _sent_elsewhere(
    sentence: Sentence, item: ItemMention, parties: tuple, here: list[Mention], markers: frozenset[str]
) -> bool:
    """People named after a word of giving are whom it went to ("and rifles to Syrian fighters"); materiel
    after the recipient, with a "to" of its own before another actor or people, went to them ("drones to
    its neighbour Belarus and rifles to Syrian fighters")."""
    doc, i = sentence.doc, item.token_start - 1
    while i >= 0 and doc[i].pos_ in {"DET", "ADJ"}:
        i -= 1
    bound = i > 0 and doc[i - 1].lower_ in function_words("up_to_words")  # "jusqu'à 10 000 soldats": how many
    if item.category == "troops" and i >= 0 and doc[i].lower_ in markers and doc[i].pos_ == "ADP" and not bound:
        return True
    recipient = parties[1]
    if recipient not in here or recipient.token_start > item.token_start or item.token_end >= len(doc):
        return False
    marker = doc[item.token_end]
    if marker.lower_ not in markers or marker.pos_ != "ADP":
        return False
    after = range(marker.i + 1, min(len(doc), marker.i + 4))
    known = {p.entity_id for p in parties} | {p.state for p in parties if p.state}
    others = [m for m in sentence.mentions if m.token_start in after and not {m.entity_id, m.state} & known]
    people = [k for k in sentence.items if k.token_start in after and k.category == "troops"]
    return bool(others or [k for k in people if not _own_people(sentence, k, known)])


def _own_people(sentence: Sentence, people: ItemMention, known: set[str]) -> bool:
    """ "tanks for its soldiers", "for the Belarusian troops": the recipient's own people, not another."""
    doc = sentence.doc
    before = doc[people.token_start - 1] if people.token_start > 0 else None
    if before is not None and before.lower_ in words("grammar", "possessives", doc.lang_):
        return True
    near = range(people.token_start - 2, people.token_end + 2)
    return any(m.token_start in near and m.state in known for m in sentence.mentions if m.form == "demonym")


def _not_restated(doc: Doc, kin: list[ItemMention]) -> list[ItemMention]:
    """The items, less a name that restates the one just before it ("82 High Mobility Artillery Rocket Systems
    (HIMARS)", "82 lance-roquettes HIMARS")."""
    return [
        i
        for i in kin
        if not any(
            0 <= i.token_start - k.token_end <= 2 and all(t.is_punct for t in doc[k.token_end : i.token_start])
            for k in kin
        )
    ]


def count_of(sentence: Sentence, item: ItemMention) -> Figure | None:
    """The figure whose phrase the item heads or ends ("82 High Mobility Artillery Rocket Systems")."""
    return next(
        (
            f
            for f in sentence.figures
            if f.token_start < item.token_start <= f.token_end and f.unit not in FUNDS_UNITS | {"percent"}
        ),
        None,
    )


def _under(doc: Doc, mention: Mention, item: ItemMention) -> bool:
    """The mention hangs on the item after it ("Leopard 2 from Germany"), or is its maker, implied at it; not
    a recipient the parser hung on the materiel after it ("sell Taiwan 82 HIMARS launchers")."""
    root, span = doc[mention.token_start : mention.token_end].root, range(item.token_start, item.token_end)
    return root.i in span or (root.i >= item.token_end and any(a.i in span for a in root.ancestors))
