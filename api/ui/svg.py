"""The pages' two charts as SVG drawn on the server (no script): an entity's transfers by month as bars,
and the supply network around it laid out by networkx with a fixed seed (the same graph, the same
picture)."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from graph.reads import Month

WIDTH, HEIGHT, MARGIN = 640, 200, 24
LAYOUT_SEED = 7


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    supplied: int
    received: int


def timeline_bars(months: list[Month]) -> list[Bar]:
    """A bar a month (supplied and received together), scaled to the chart."""
    if not months:
        return []
    highest = max(m.supplied + m.received for m in months) or 1
    step = (WIDTH - 2 * MARGIN) / len(months)
    bars = []
    for index, month in enumerate(sorted(months, key=lambda m: m.month)):
        total = month.supplied + month.received
        height = (HEIGHT - 2 * MARGIN) * total / highest
        x = MARGIN + index * step
        bars.append(
            Bar(x, HEIGHT - MARGIN - height, max(step - 2, 1), height, month.month, month.supplied, month.received)
        )
    return bars


@dataclass(frozen=True)
class Node:
    id: str
    label: str
    x: float
    y: float
    centre: bool


@dataclass(frozen=True)
class Edge:
    x1: float
    y1: float
    x2: float
    y2: float
    claims: int


def network_drawing(network: nx.DiGraph, centre: str) -> tuple[list[Node], list[Edge]]:
    """Nodes and edges placed in the chart's box, the entity the page is about marked."""
    if network.number_of_nodes() == 0:
        return [], []
    positions = nx.spring_layout(network, seed=LAYOUT_SEED) if network.number_of_nodes() > 1 else {centre: (0.0, 0.0)}

    def place(node: str) -> tuple[float, float]:
        x, y = positions[node]
        return MARGIN * 3 + (x + 1) / 2 * (WIDTH - 6 * MARGIN), MARGIN + (y + 1) / 2 * (HEIGHT * 1.5 - 2 * MARGIN)

    nodes = [Node(n, network.nodes[n].get("label", n), *place(n), n == centre) for n in sorted(network.nodes)]
    edges = [Edge(*place(a), *place(b), data.get("claims", 1)) for a, b, data in sorted(network.edges(data=True))]
    return nodes, edges
