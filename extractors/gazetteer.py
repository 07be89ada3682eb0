"""Gazetteers: the named things osintkg knows, read from YAML files a user can extend.

`extractors/data/gazetteer/*.yaml` holds states, organizations, persons, ports, locations, vessels
and agreements; `$OSINTKG_GAZETTEER_DIR`, when set, adds a folder of files in the same formats
(entries there with the same canonical name replace the shipped ones). Each entry becomes one
canonical entity, whatever language or spelling the text uses.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import SimpleNamespace

import pycountry
import yaml

from graph.ids import entity_id

GAZETTEER_DIR = Path(__file__).parent / "data" / "gazetteer"
EXTRA_DIR_VARIABLE = "OSINTKG_GAZETTEER_DIR"
FILE_KINDS = {
    "organizations": "organization",
    "persons": "person",
    "ports": "port",
    "locations": "location",
    "vessels": "vessel",
    "agreements": "agreement",
}
STATE_FORM_TYPES = ("names", "demonyms", "capitals", "metonyms")
# Codes outside ISO 3166-1 that the data world uses for a state it lacks: Kosovo's (EU, IMF, FollowTheMoney).
USER_ASSIGNED: dict[str, object] = {"XK": SimpleNamespace(name="Kosovo")}


@dataclass(frozen=True)
class Form:
    """One way of writing an entity: the words, their language (None: any), and what they are."""

    text: str
    lang: str | None
    type: str = "name"  # name, demonym, capital, metonym, alias


@dataclass
class GazetteerEntry:
    id: str
    kind: str
    name: str
    forms: list[Form] = field(default_factory=list)
    acts_for: str | None = None  # the state a government body or official speaks or acts for
    country: str | None = None
    category: str | None = None
    parties: tuple[str, ...] = ()
    year: int | None = None  # the year an agreement was signed


@dataclass(eq=False)
class Gazetteer:
    entries: dict[str, GazetteerEntry]

    def get(self, entry_id: str) -> GazetteerEntry | None:
        return self.entries.get(entry_id)


def _files(stem: str) -> list[Path]:
    folders = [GAZETTEER_DIR]
    extra = os.environ.get(EXTRA_DIR_VARIABLE)
    if extra:
        folders.append(Path(extra))
    return [folder / f"{stem}.yaml" for folder in folders if (folder / f"{stem}.yaml").exists()]


def _load(stem: str) -> list[dict]:
    entries: list[dict] = []
    for path in _files(stem):
        entries += yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return entries


def state_entries() -> list[GazetteerEntry]:
    by_id: dict[str, GazetteerEntry] = {}
    for raw in _load("states"):
        code = str(raw["id"]).upper()
        country: object = pycountry.countries.get(alpha_2=code) or pycountry.historic_countries.get(alpha_2=code)
        country = country or USER_ASSIGNED.get(code)
        if country is None:  # states that no longer exist keep their withdrawn code (SCHEMA.md): DD, SU
            raise ValueError(f"states gazetteer: {code!r} is not an ISO 3166-1 alpha-2 code, current or withdrawn")
        entry = by_id.setdefault(code, GazetteerEntry(id=code, kind="country", name=_english_name(raw, country)))
        for lang in ("en", "fr"):
            for form_type in STATE_FORM_TYPES:
                for text in (raw.get(lang) or {}).get(form_type) or []:
                    entry.forms.append(Form(text, lang, form_type.rstrip("s")))
    return list(by_id.values())


def _english_name(raw: dict, country: object) -> str:
    names = (raw.get("en") or {}).get("names") or []
    return str(names[0]) if names else str(getattr(country, "common_name", None) or country.name)  # type: ignore[attr-defined]


def other_entries() -> list[GazetteerEntry]:
    by_id: dict[str, GazetteerEntry] = {}
    for stem, kind in FILE_KINDS.items():
        for raw in _load(stem):
            name = str(raw["name"])
            entry = GazetteerEntry(
                id=entity_id(kind, name),
                kind=kind,
                name=name,
                forms=[Form(name, None)] + [Form(str(a), None, "alias") for a in raw.get("aliases") or []],
                acts_for=_code(raw, "acts_for", stem),
                country=_code(raw, "country", stem) or _code(raw, "flag", stem),
                category=raw.get("category"),
                parties=tuple(raw.get("parties") or ()),
                year=int(raw["year"]) if raw.get("year") else None,
            )
            by_id[entry.id] = entry
    return list(by_id.values())


def _code(raw: dict, key: str, stem: str) -> str | None:
    """A state code field: absent, null, or two capitals (YAML reads a bare `NO`, Norway, as false)."""
    value = raw.get(key)
    if value is not None and not (isinstance(value, str) and len(value) == 2 and value.isupper()):
        raise ValueError(f'{stem} gazetteer: {raw.get("name")!r} has {key} {value!r}, not a state code (quote "NO")')
    return value


@cache
def gazetteer() -> Gazetteer:
    """Every entry of every gazetteer file, read once per process."""
    entries = {e.id: e for e in state_entries() + other_entries()}
    return Gazetteer(entries)
