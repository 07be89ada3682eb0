"""The transfer filters a caller gives (API parameters, command-line options), checked and read into
the graph's `TransferFilter` the same way for both."""

from __future__ import annotations

from datetime import date

from api.resolve import resolve_entity
from extractors.questions import Reading
from graph.errors import BadInputError
from graph.model import PARTIAL_DATE, Modality, first_day, last_day
from graph.ontology import ontology
from graph.store.view import View
from graph.transfers import TransferFilter


def day(value: str | None, what: str, *, last: bool) -> str:
    """The first (or last) day of a partial date given as a parameter; a clear error if it is not one."""
    if not value:
        return ""
    if not PARTIAL_DATE.match(value):
        raise BadInputError(f"{what}: {value!r} is not an ISO date or partial date (2023, 2023-08, 2023-08-26)")
    try:
        if len(value) == 10:
            date.fromisoformat(value)
    except ValueError:
        raise BadInputError(f"{what}: {value!r} is not a real date") from None
    return last_day(value) if last else first_day(value)


def transfer_filter(
    view: View,
    *,
    supplier: str | None = None,
    recipient: str | None = None,
    item: str | None = None,
    since: str | None = None,
    until: str | None = None,
    modality: str | None = None,
    min_origins: int = 0,
) -> TransferFilter:
    """The filter of a transfers query: actors by id, name or alias; an item category; a period; a
    modality; the least independent origins."""
    if item and item not in ontology().item_categories:
        raise BadInputError(f"item: {item!r} is not an item category ({', '.join(ontology().item_categories)})")
    if modality and modality not in set(Modality):
        raise BadInputError(f"modality: {modality!r} is not one of {', '.join(Modality)}")
    if min_origins < 0:
        raise BadInputError(f"min origins: {min_origins} is below 0")
    return TransferFilter(
        supplier=resolve_entity(view, supplier, what="supplier") if supplier else "",
        recipient=resolve_entity(view, recipient, what="recipient") if recipient else "",
        item=item or "",
        since=day(since, "since", last=False),
        until=day(until, "until", last=True),
        modality=modality or "",
        min_origins=min_origins,
    )


def question_filter(reading: Reading) -> TransferFilter:
    """The transfers a question asks for, as `read_question` read it (GET /ask, the pages' search)."""
    return TransferFilter(
        supplier=reading.supplier.id if reading.supplier else "",
        recipient=reading.recipient.id if reading.recipient else "",
        item=reading.item or "",
        since=reading.since or "",
        until=reading.until or "",
    )
