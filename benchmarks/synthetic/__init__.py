"""Synthetic provenance graphs of any size, for benchmarks: realistic in shape, deterministic, fast.

    generate(2_000)                       # one Bulk, for tests
    generate_parts(1_000_000)             # the same graph part by part (1 000 sources each), for big loads
    python -m benchmarks.synthetic 1000000 --store /tmp/store   # generate, bulk-load, print times

The shape follows the real graph: a few actors in most claims (Zipf-like over ~200 states and ~2 000
organizations, North Korea, Russia, Iran, the US, Ukraine and China first), mostly transfers, some port
calls, agreements and denials with the roles of `graph/ontology/*.yaml`, item categories of `items.yaml`.
Each claim is stated in 1 to 5 sources (mostly 1 or 2), each statement an Evidence whose quote is cut
from its source's text at its offsets, with a modality, sometimes a named source (a media or research
organization, ATTRIBUTED_TO) and sometimes unnamed ones. Ids and derived properties are those the writer
makes: claim and evidence ids hash what they say, `Entity.norm` and `Alias` rows as in `writer.py`,
`start_day`/`end_day` as in `graph/model.py`, and each Source's `claim_count` and `evidence_count`.

Sources are numbered in publication order and made part by part; a claim's statements come from sources
of one part (articles published about the same time), and its time ends before its first article.
Only `random.Random(seed)` draws, so one seed always gives the same graph.

The package: `words.yaml` holds every word list and weight table (`words.py` reads it); `world.py` makes
the entities (`names.py` their names), `claims.py` draws claims (`qualifiers.py` their qualifiers),
`writing.py` states them in articles (`phrases.py` the figures and dates), `articles.py` writes the
sources' text, `rows.py` turns it all into the writer's rows, and `parts.py` generates part by part.
"""

from .parts import generate, generate_parts

__all__ = ["generate", "generate_parts"]
