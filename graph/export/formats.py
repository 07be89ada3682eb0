"""The export formats, by name, each with the syntaxes it can be written in (the first is the default).

    FORMATS["rdf"].syntax("jsonld").write(chunks(store))   # pieces of text, in order

Each writer takes the chunks of `graph.export.dataset` and yields text as it goes, so that the command
line writes a file and the API streams a response without holding the export.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from graph.errors import BadInputError
from graph.export import ftm, gexf, rdf, stix
from graph.export.dataset import Chunk

Writer = Callable[[Iterable[Chunk]], Iterator[str]]


@dataclass(frozen=True)
class Syntax:
    name: str
    media_type: str
    suffix: str
    write: Writer


@dataclass(frozen=True)
class Format:
    name: str
    description: str
    syntaxes: tuple[Syntax, ...]

    def syntax(self, name: str | None = None) -> Syntax:
        """The syntax named, or the default; a clear error for one the format lacks."""
        for syntax in self.syntaxes:
            if name in (None, syntax.name):
                return syntax
        known = ", ".join(s.name for s in self.syntaxes)
        raise BadInputError(f"{self.name} is not written as {name!r} (its syntaxes: {known})")


FORMATS: dict[str, Format] = {
    "rdf": Format(
        "rdf",
        "W3C PROV-O provenance with the osintkg vocabulary (graph/export/osintkg.ttl), through rdflib",
        (
            Syntax("turtle", "text/turtle", ".ttl", rdf.turtle),
            Syntax("jsonld", "application/ld+json", ".jsonld", rdf.json_ld),
            Syntax("nt", "application/n-triples", ".nt", rdf.n_triples),
        ),
    ),
    "ftm": Format(
        "ftm",
        "FollowTheMoney entities as JSON lines (graph/export/ftm.yaml), for Aleph and OpenSanctions' tools",
        (Syntax("jsonl", "application/x-ndjson", ".ftm.json", ftm.json_lines),),
    ),
    "stix": Format(
        "stix",
        "a STIX 2.1 bundle for OpenCTI: a report per article, claims as relationships or notes, quotes as notes",
        (Syntax("json", "application/stix+json;version=2.1", ".stix.json", stix.bundle),),
    ),
    "gexf": Format(
        "gexf",
        "the supply network for Gephi: one edge per supplier-to-recipient flow, dated",
        (Syntax("gexf", "application/gexf+xml", ".gexf", gexf.gexf),),
    ),
    "graphml": Format(
        "graphml",
        "the same supply network as GraphML",
        (Syntax("graphml", "application/graphml+xml", ".graphml", gexf.graphml),),
    ),
}
