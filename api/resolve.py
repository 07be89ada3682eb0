"""Entities given by id, name or alias, in French or English: "RU", "Russia", "la Russie", "Moscou"."""

from __future__ import annotations

from functools import cache

from extractors.gazetteer import gazetteer
from graph.errors import BadInputError, NotFoundError
from graph.ids import normalize_name
from graph.store.view import View

_ARTICLES = ("la ", "le ", "les ", "l ", "the ")


@cache
def _gazetteer_index() -> dict[str, set[str]]:
    index: dict[str, set[str]] = {}
    for entry in gazetteer().entries.values():
        for form in [entry.name, *(f.text for f in entry.forms)]:
            index.setdefault(normalize_name(form), set()).add(entry.id)
    return index


def resolve_entity(view: View, text: str, *, what: str = "entity") -> str:
    """The id of the one entity a name designates; a clear error when none or several do."""
    text = text.strip()
    if not text:
        raise BadInputError(f"{what}: empty name")
    if gazetteer().get(text.upper()) and len(text) == 2:
        return text.upper()
    if view.has_entity(text):
        return text  # an id names its entity, whatever names others go by ("BN" and "Belarus Navy")
    norm = normalize_name(text)
    for article in _ARTICLES:
        norm = norm.removeprefix(article)
    found = set(_gazetteer_index().get(norm, set()))
    if not found:
        found = view.entities_named(norm, entity_id=text)
    if not found:
        raise NotFoundError(f"{what}: no entity named {text!r}")
    if len(found) > 1:
        raise BadInputError(f"{what}: {text!r} names several entities ({', '.join(sorted(found))}); give an id")
    return found.pop()
