"""spaCy's attribute ruler with its rules looked up instead of matched: the same annotations, faster.

The English model's `attribute_ruler` maps the tagger's fine tags to coarse parts of speech and
morphology with about 180 rules run by a `Matcher`, which costs as much as the parser. Every one of
those rules is a short sequence of conditions on single tokens (TAG, LOWER, DEP, IS_SPACE ...), so
which conditions a token meets depends on nothing but those few attributes: it is worked out once per
distinct combination and looked up afterwards. The matches are those the `Matcher` finds, applied the
same way (later rules win), so the tokens end up with the same tags, parts of speech, morphology and
lemmas. Rules that test anything else (operators, morphology, other attributes) are left to spaCy's
`Matcher`, as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

FACTORY = "osintkg_indexed_attribute_ruler"
STRING_ATTRS = ("ORTH", "LOWER", "TAG", "POS", "DEP")
FLAG_ATTRS = ("IS_SPACE",)
MAX_REMEMBERED = 200_000  # distinct token signatures kept (a few tens of bytes each)


@dataclass(frozen=True)
class _Condition:
    """One attribute test of a token pattern, as the `Matcher` makes it: equal to a value, in a set, not
    in a set, or a regular expression found in the attribute's text (`re.search`)."""

    column: int
    test: str  # "==", "in", "not in", "regex"
    value: Any

    def holds(self, values: Sequence[object]) -> bool:
        found = values[self.column]
        if self.test == "==":
            return bool(found == self.value)
        if self.test == "regex":
            return bool(self.value.search(found))
        return (found in self.value) == (self.test == "in")


@dataclass(frozen=True)
class _Step:
    """One token of a rule's pattern: all its conditions must hold."""

    pattern: int  # which pattern (of all rules) this step belongs to
    position: int
    conditions: tuple[_Condition, ...]


@dataclass(frozen=True)
class _Pattern:
    rule: int
    length: int


def _condition(column: int, attr: str, value: object) -> _Condition | None:
    """A condition the index can evaluate, or None when only the `Matcher` can (operators, regexes ...)."""
    if attr in FLAG_ATTRS:
        return _Condition(column, "==", value) if isinstance(value, bool) else None
    if isinstance(value, str):
        return _Condition(column, "==", value)
    if isinstance(value, dict) and len(value) == 1:
        (operator, values), *_ = value.items()
        if operator in {"IN", "NOT_IN"} and isinstance(values, list) and all(isinstance(v, str) for v in values):
            return _Condition(column, "in" if operator == "IN" else "not in", frozenset(values))
        if operator == "REGEX" and isinstance(values, str):
            return _Condition(column, "regex", re.compile(values))
    return None


class IndexedAttributeRuler(AttributeRuler):
    """An `AttributeRuler` that finds its matches by looking tokens up (see the module's docstring)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._index: _Index | None = None
        self._merged: dict[tuple[int, ...], dict] = {}
        self._mergeable = True  # no rule sets extension attributes ("_"), which do not merge as fields do

    def add(self, patterns: Iterable[Any], attrs: dict, index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._index, self._merged = None, {}

    def clear(self) -> None:
        super().clear()
        self._index, self._merged = None, {}

    def __call__(self, doc: Doc) -> Doc:
        """As spaCy's; a doc where only rules of one token apply (most) has each token's attributes set
        at once, from what its rules set in order."""
        index = self._indexed()
        if not index.usable:
            return super().__call__(doc)
        try:
            rules = index.single_rules(doc) if self._mergeable else None
            if rules is None:  # a rule of several tokens may apply
                self.set_annotations(doc, index.matches(doc))
                return doc
            for position, applying in enumerate(rules):
                if applying:
                    set_token_attrs(doc[position], self._attrs_of(applying))
            return doc
        except Exception as e:
            return self.get_error_handler()(self.name, self, [doc], e)

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        index = self._indexed()
        return index.matches(doc) if index.usable else list(super().match(doc))

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        """As spaCy's, without building a `Span` for every match."""
        for rule, key, start, end in matches:
            index = self.indices[rule]
            position = (start if index >= 0 else end) + index
            if not start <= position < end:
                super().set_annotations(doc, [(rule, key, start, end)])  # raises spaCy's error
            set_token_attrs(doc[position], self.attrs[rule])

    def _indexed(self) -> _Index:
        if self._index is None:
            self._index = _Index(self.patterns, [self.vocab.strings[str(rule)] for rule in range(len(self.attrs))])
            self._mergeable = all("_" not in attrs for attrs in self.attrs)
        return self._index

    def _attrs_of(self, rules: tuple[int, ...]) -> dict:
        """What rules applied in this order set: each sets plain token fields, so the last one set wins."""
        found = self._merged.get(rules)
        if found is None:
            found = {}
            for rule in rules:
                found.update(self.attrs[rule])
            self._merged[rules] = found
        return found


class _Index:
    """The rules' patterns as conditions on a few token attributes, with what each distinct token meets."""

    def __init__(self, rules: list[dict], keys: list[int]) -> None:
        self.keys = keys
        self.usable = True
        self.columns: list[int | str] = []
        self.patterns: list[_Pattern] = []
        self.steps: list[_Step] = []
        self.single_token_indices_valid = True  # else spaCy's error is raised from `matches`
        for rule, entry in enumerate(rules):
            for tokens in entry["patterns"]:
                self._add(rule, tokens)
                if len(tokens) == 1 and entry.get("index", 0) not in (0, -1):
                    self.single_token_indices_valid = False
        # A step with an equality on some attribute is only tried on tokens with that value.
        self.by_value: dict[tuple[int, object], list[_Step]] = {}
        self.always: list[_Step] = []
        for step in self.steps:
            anchor = next((c for c in step.conditions if c.test == "=="), None)
            if anchor is None:
                self.always.append(step)
            else:
                self.by_value.setdefault((anchor.column, anchor.value), []).append(step)
        self.met: dict[tuple[int, ...], tuple[tuple[int, int], ...]] = {}
        self.singles: dict[tuple[int, ...], tuple[int, ...] | None] = {}

    def _add(self, rule: int, tokens: list[dict]) -> None:
        pattern = len(self.patterns)
        self.patterns.append(_Pattern(rule, len(tokens)))
        for position, spec in enumerate(tokens):
            conditions = []
            for attr, value in spec.items():
                name = str(attr).upper()
                if name not in STRING_ATTRS + FLAG_ATTRS:
                    self.usable = False
                    return
                if name not in self.columns:
                    self.columns.append(name)
                condition = _condition(self.columns.index(name), name, value)
                if condition is None:
                    self.usable = False
                    return
                conditions.append(condition)
            if not conditions:  # {} matches any token: the Matcher's business
                self.usable = False
                return
            self.steps.append(_Step(pattern, position, tuple(conditions)))

    def _meets(self, doc: Doc, signature: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
        """The (pattern, position) steps a token with these attribute values satisfies."""
        found = self.met.get(signature)
        if found is not None:
            return found
        strings = doc.vocab.strings
        values = [
            bool(v) if name in FLAG_ATTRS else strings[v] for name, v in zip(self.columns, signature, strict=True)
        ]
        candidates = [*self.always]
        for column, value in enumerate(values):
            candidates += self.by_value.get((column, value), [])
        met = {(s.pattern, s.position) for s in candidates if all(c.holds(values) for c in s.conditions)}
        found = tuple(sorted(met))
        if len(self.met) >= MAX_REMEMBERED:
            self.met.clear()
        self.met[signature] = found
        return found

    def single_rules(self, doc: Doc) -> list[tuple[int, ...]] | None:
        """For each token, the rules of a single token it matches, in order; None when a token starts
        a pattern of several tokens (`matches` then finds what applies)."""
        found: list[tuple[int, ...]] = []
        if not self.single_token_indices_valid:
            return None
        for row in self._rows(doc):
            signature = tuple(row)
            rules = self.singles.get(signature)
            if rules is None and signature not in self.singles:
                steps = self._meets(doc, signature)
                longer = any(not position and self.patterns[p].length > 1 for p, position in steps)
                single = {self.patterns[p].rule for p, _ in steps if self.patterns[p].length == 1}
                rules = None if longer else tuple(sorted(single))
                if len(self.singles) >= MAX_REMEMBERED:
                    self.singles.clear()
                self.singles[signature] = rules
            if rules is None:
                return None
            found.append(rules)
        return found

    def _rows(self, doc: Doc) -> list[list[Any]]:
        """The attributes the rules look at, one row of ids per token."""
        return list(doc.to_array(self.columns).reshape(len(doc), len(self.columns)).tolist())

    def matches(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """(rule, match key, start, end) of every match, sorted as `AttributeRuler.match` sorts them."""
        if not len(doc):
            return []
        met = [self._meets(doc, tuple(row)) for row in self._rows(doc)]
        found = set()
        for start, steps in enumerate(met):
            for pattern, position in steps:
                if position:
                    continue
                rule, length = self.patterns[pattern].rule, self.patterns[pattern].length
                end = start + length
                if end <= len(doc) and all((pattern, k) in met[start + k] for k in range(1, length)):
                    found.add((rule, self.keys[rule], start, end))
        return sorted(found)


@Language.factory(FACTORY)
def make_indexed_attribute_ruler(nlp: Language, name: str) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, name)


def index_attribute_ruler(nlp: Language) -> None:
    """Put the indexed ruler, with the same rules, in place of the pipeline's attribute ruler."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    patterns = nlp.get_pipe("attribute_ruler").patterns  # type: ignore[attr-defined]
    ruler = nlp.replace_pipe("attribute_ruler", FACTORY)
    assert isinstance(ruler, IndexedAttributeRuler)
    ruler.add_patterns(patterns)
