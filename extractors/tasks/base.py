"""What a task finds, before it becomes graph objects: a claim draft with the words that state it.

Tasks are registered as versioned factories ("osintkg.transfer.v1") and configured from
`extractors/data/pipeline.yaml`; a task reads an `Analysis` and returns `Finding`s.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from extractors.analysis import Analysis
from extractors.entities import ItemMention, Mention
from graph.model import Quantity, TimeSpan


@dataclass
class Cited:
    """Whom a statement is credited to: a named source (a mention) or an unnamed one ("satellite imagery")."""

    name: str
    mention: Mention | None = None
    anchor: int | None = None  # the token of the sentence the credit hangs on ("said", "according")

    @property
    def named(self) -> bool:
        return self.mention is not None


@dataclass
class Finding:
    """A claim as stated in one place of an article."""

    kind: str
    roles: dict[str, list[Mention]]
    quote_start: int
    quote_end: int
    modality: str
    sources: list[Cited] = field(default_factory=list)
    item: ItemMention | None = None
    item_category: str | None = None
    quantity: Quantity | None = None
    time: TimeSpan | None = None
    trend: str | None = None
    status: str | None = None
    name: str | None = None
    provisions: list[str] = field(default_factory=list)
    denies: str | None = None
    count: Quantity | None = None
    told_now: bool = False  # a promise told in the present or the future (dated at publication if undated)


class Task(Protocol):
    name: str

    def __call__(self, analysis: Analysis) -> list[Finding]: ...


TaskFactory = Callable[..., Task]
_REGISTRY: dict[str, TaskFactory] = {}


def register(name: str) -> Callable[[TaskFactory], TaskFactory]:
    """Register a task factory under a versioned name ("osintkg.transfer.v1")."""

    def decorate(factory: TaskFactory) -> TaskFactory:
        if name in _REGISTRY:
            raise ValueError(f"task {name!r} is registered twice")
        _REGISTRY[name] = factory
        return factory

    return decorate


def make_task(name: str, config: dict[str, Any] | None = None) -> Task:
    if name not in _REGISTRY:
        raise KeyError(f"no task {name!r}; known: {', '.join(sorted(_REGISTRY))}")
    return _REGISTRY[name](**(config or {}))
