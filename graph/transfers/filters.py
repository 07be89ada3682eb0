"""What a page of transfers keeps (`TransferFilter`), and the filters' groups the page readers go by."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from graph.store import pairs

ALONE = {"item", "modality", "min_origins"}  # filters read alone from their facet months (graph/store/facets.py)
PERIOD = {"since", "until"}
WITH_PERIOD = set(pairs.WITH_PERIOD)  # filters whose claims in a period are counted by pair months
ACTORS = set(pairs.ACTORS)  # each counted with an item and with a modality by pair months


@dataclass(frozen=True)
class TransferFilter:
    """What to keep; an empty value keeps everything. Dates are ISO days; entities are ids."""

    supplier: str = ""
    recipient: str = ""
    item: str = ""
    since: str = ""
    until: str = ""
    modality: str = ""
    min_origins: int = 0

    def params(self) -> dict[str, Any]:
        return asdict(self)

    def chosen(self) -> set[str]:
        """The filters set (`min_origins` of 0 or 1 keeps every claim: not a filter)."""
        return {name for name, value in self.params().items() if value and (name != "min_origins" or value > 1)}
