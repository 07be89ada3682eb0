"""Names for the entities of the synthetic world, made from the word lists of `words.yaml`."""

from __future__ import annotations

import random
from collections.abc import Callable

from graph.ids import slug

from .words import words

W = words()
SYLLABLES = W["syllables"]


def unique_names(rng: random.Random, count: int, make: Callable[[random.Random], str]) -> list[str]:
    """`count` distinct names (by slug) from a name-making function; a numeral tells apart repeated names."""
    names: dict[str, str] = {}
    for attempt in range(count * 20):
        name = make(rng)
        if attempt >= count * 4:
            name = f"{name} {attempt}"
        names.setdefault(slug(name), name)
        if len(names) == count:
            return list(names.values())
    raise ValueError(f"cannot make {count} distinct names")


def pseudo_word(rng: random.Random) -> str:
    """A word of 2 or 3 syllables, capitalized: "Karovo"."""
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def person_name(rng: random.Random) -> str:
    return f"{rng.choice(W['first_names'])} {rng.choice(W['last_names'])}"


def company_name(rng: random.Random) -> str:
    return f"{rng.choice(W['org_prefixes'])} {rng.choice(W['org_cores'])} {rng.choice(W['org_suffixes'])}"


def media_name(rng: random.Random) -> str:
    return f"{rng.choice(W['media_first'])} {rng.choice(W['media_second'])}"


def port_name(rng: random.Random) -> str:
    return f"Port {pseudo_word(rng)}"


def agreement_name(rng: random.Random) -> str:
    return f"{pseudo_word(rng)} {rng.choice(W['agreement_kinds'])}"


def materiel_name(rng: random.Random) -> str:
    return f"{pseudo_word(rng)}-{rng.randint(2, 99)}"


def acronym(name: str) -> str:
    """The initials of a name's capitalized words: "Korea Mining Group" -> "KMG"."""
    return "".join(word[0] for word in name.split() if word[0].isupper())


# Per kind of entity the world makes from names alone: how it names them, and the list of real names it
# starts with (a key of `words.yaml`).
NAME_MAKERS: dict[str, tuple[Callable[[random.Random], str], str | None]] = {
    "person": (person_name, None),
    "port": (port_name, "ports"),
    "location": (pseudo_word, None),
    "vessel": (pseudo_word, None),
    "agreement": (agreement_name, None),
    "materiel": (materiel_name, "materiel"),
}


def kind_names(rng: random.Random, kind: str, count: int) -> list[str]:
    """`count` names for entities of a kind: its real names first, then made ones."""
    make, known = NAME_MAKERS[kind]
    real: list[str] = W[known] if known else []
    return real + unique_names(rng, count - len(real), make)
