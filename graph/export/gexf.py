"""The supply network for network tools: GEXF for Gephi (each flow's first and last days as the edge's
interval, so Gephi's timeline plays the network), GraphML for the others; both written by networkx.

    osintkg export gexf --out supply.gexf
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import networkx as nx

from graph.export.dataset import Chunk
from graph.export.network import supply_network


def gexf(chunks: Iterable[Chunk]) -> Iterator[str]:
    yield from _lines(nx.generate_gexf(supply_network(chunks), version="1.2draft"))


def graphml(chunks: Iterable[Chunk]) -> Iterator[str]:
    yield from _lines(nx.generate_graphml(supply_network(chunks)))


def _lines(lines: Iterable[str]) -> Iterator[str]:
    for line in lines:
        yield line + "\n"
