"""Hand-built article records for store tests: no extraction involved, every value known."""

from __future__ import annotations

from graph import model
from graph.ids import text_sha256

NK = model.Entity(
    id="KP",
    kind="country",
    name="North Korea",
    aliases=(model.Alias(text="Corée du Nord", lang="fr"), model.Alias(text="Pyongyang", lang="en")),
)
RU = model.Entity(id="RU", kind="country", name="Russia", aliases=(model.Alias(text="Moscou", lang="fr"),))
RASON = model.Entity(id="port:rason", kind="port", name="Rason", aliases=(model.Alias(text="Rajin"),))
MONITOR = model.Entity(id="organization:harbour-watch", kind="organization", name="Harbour Watch")

SHELLS = model.Claim(
    kind="transfer",
    roles={"supplier": ("KP",), "recipient": ("RU",), "via": ("port:rason",)},
    item="artillery_ammunition",
    quantity=model.Quantity(min=1000, unit="container"),
    time=model.TimeSpan(start="2023-08"),
    status="delivered",
)
DENIAL = model.Claim(kind="denial", roles={"actor": ("RU",)}, denies="receiving shells")


MONITOR_AND_IMAGERY = (
    model.Attribution(name="Harbour Watch", named=True, entity_id=MONITOR.id),
    model.Attribution(name="satellite imagery", named=False),
)


def article(
    source_id: str,
    text: str,
    claims: list[tuple[model.Claim, str, str]],
    published: str | None = "2024-02-10",
    cited: list[tuple[model.Attribution, ...]] | None = None,
    entities: tuple[model.Entity, ...] = (),
) -> model.ArticleRecord:
    """A record of `text` stating each (claim, quote, modality), on the word of its `cited` sources (by
    default Harbour Watch and satellite imagery); the quote must be in the text."""
    source = model.Source(
        id=source_id,
        title=f"Title of {source_id}",
        publisher="Test Wire",
        text=text,
        sha256=text_sha256(text),
        language="en",
        published=published,
    )
    evidence = []
    for (claim, quote, modality), sources in zip(claims, cited or [MONITOR_AND_IMAGERY] * len(claims), strict=True):
        start = text.index(quote)
        evidence.append(
            model.Evidence(
                claim_id=claim.id,
                source_id=source_id,
                quote=quote,
                start=start,
                end=start + len(quote),
                modality=modality,
                attributed_to=sources,
            )
        )
    return model.ArticleRecord(
        source=source,
        entities=[NK, RU, RASON, MONITOR, *entities],
        mentions=[
            model.SourceMention(entity_id="KP", names=("North Korea",)),
            model.SourceMention(entity_id="RU", names=("Russia",)),
        ],
        claims=[c for c, _, _ in claims],
        evidence=evidence,
    )


FIRST_TEXT = (
    "North Korea shipped at least 1,000 containers of shells to Russia through Rason from August 2023, "
    "according to Harbour Watch. Moscow denied receiving shells."
)
SECOND_TEXT = "A second wire story: North Korea shipped at least 1,000 containers of shells to Russia."


def first_article(source_id: str = "test-first") -> model.ArticleRecord:
    return article(
        source_id,
        FIRST_TEXT,
        [
            (SHELLS, "North Korea shipped at least 1,000 containers of shells to Russia", "reported"),
            (DENIAL, "Moscow denied receiving shells", "asserted"),
        ],
    )


def second_article(source_id: str = "test-second") -> model.ArticleRecord:
    return article(
        source_id,
        SECOND_TEXT,
        [(SHELLS, "North Korea shipped at least 1,000 containers of shells to Russia", "asserted")],
    )


SHARED_TEXT = "North Korea shipped 2,400 containers of shells and rockets to Russia in May 2024."


def shared_figure_article(source_id: str = "test-shared") -> model.ArticleRecord:
    """One figure over two kinds of items: a claim per kind, each with the figure, marked shared."""
    containers = model.Quantity(min=2400, max=2400, unit="container", shared=True)
    claims = [
        model.Claim(
            kind="transfer",
            roles={"supplier": ("KP",), "recipient": ("RU",)},
            item=item,
            quantity=containers,
            time=model.TimeSpan(start="2024-05", end="2024-05"),
            status="delivered",
        )
        for item in ("artillery_ammunition", "rockets")
    ]
    quote = SHARED_TEXT.rstrip(".")
    return article(source_id, SHARED_TEXT, [(claim, quote, "asserted") for claim in claims])


FLOW_TEXT = (
    "North Korea shipped shells to Russia, Harbour Watch said. It shipped rockets to Russia too, a diplomat said. "
    "It shipped rifles to Russia. It will ship missiles to Russia, a monitor said."
)


def one_flow_article(source_id: str = "test-flow") -> model.ArticleRecord:
    """Four claims of one flow, KP to RU, stated on the word of different sources or none."""
    diplomat, monitor = (
        model.Attribution(name="a diplomat", named=False),
        model.Attribution(name="a monitor", named=False),
    )
    statements = [
        ("artillery_ammunition", "delivered", "North Korea shipped shells to Russia", MONITOR_AND_IMAGERY[:1]),
        ("rockets", "delivered", "It shipped rockets to Russia too", (diplomat,)),
        ("small_arms", "delivered", "It shipped rifles to Russia", ()),
        ("missiles", "pledged", "It will ship missiles to Russia", (monitor,)),
    ]
    claims = [
        (
            model.Claim(kind="transfer", roles={"supplier": ("KP",), "recipient": ("RU",)}, item=item, status=status),
            quote,
            "reported" if sources else "asserted",
        )
        for item, status, quote, sources in statements
    ]
    return article(source_id, FLOW_TEXT, claims, cited=[sources for *_, sources in statements])
