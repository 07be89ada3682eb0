"""The pages: `/ui/` (search, newest transfers), `/ui/transfers` (the table of /transfers with its
filters), `/ui/claims/{id}` (the audit, each quote marked in its article) and `/ui/entities/{id}` (names,
claims by role, a monthly timeline and the supply network around it, as SVG). `/` leads to `/ui/`.

A fault (an unknown name, a bad date) is a page saying what was wrong, with the status the API gives it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

import networkx as nx
from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from api.deps import Reader, StoreDep
from api.errors import answer
from api.filters import question_filter, transfer_filter
from api.ui.i18n import language_of, words
from api.ui.svg import HEIGHT, WIDTH, network_drawing, timeline_bars
from extractors.questions import read_question
from graph.errors import OsintkgError
from graph.model import Modality
from graph.ontology import ontology
from graph.store import Store

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=HERE / "templates")
templates.env.filters["phrase"] = lambda value: value.phrase() if hasattr(value, "phrase") else value
router = APIRouter(prefix="/ui", include_in_schema=False, dependencies=[Reader])
PAGE = 50
Lang = Annotated[str | None, Query(max_length=5)]


def install(app: FastAPI) -> None:
    app.mount("/ui/static", StaticFiles(directory=HERE / "static"), name="ui-static")
    app.include_router(router)

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/ui/")


def render(request: Request, template: str, build: Callable[[], dict[str, Any]], json_url: str) -> HTMLResponse:
    """The page, or a page saying what was wrong with the status the API would answer."""
    language = language_of(request)
    context = {"t": words(language), "lang": language, "json_url": json_url, "svg": {"width": WIDTH, "height": HEIGHT}}
    try:
        return templates.TemplateResponse(request, template, context | build())
    except OsintkgError as error:
        status = answer(error).status
        return templates.TemplateResponse(request, "error.html", context | {"message": str(error)}, status_code=status)


@router.get("/", response_class=HTMLResponse)
def index(
    request: Request, store: StoreDep, q: Annotated[str | None, Query(max_length=200)] = None, lang: Lang = None
) -> HTMLResponse:
    def build() -> dict[str, Any]:
        hits = store.view().search(q) if q else []
        found = _asked(store, q) if q and len(q) >= QUESTION_MIN else None
        return {"q": q or "", "hits": hits, "asked": found, "newest": store.view().transfers_page(limit=10).items}

    return render(request, "index.html", build, "/entities?" + urlencode({"q": q}) if q else "/transfers?limit=10")


@router.get("/transfers", response_class=HTMLResponse)
def transfers(
    request: Request,
    store: StoreDep,
    supplier: Annotated[str | None, Query(max_length=200)] = None,
    recipient: Annotated[str | None, Query(max_length=200)] = None,
    item: Annotated[str | None, Query(max_length=50)] = None,
    since: Annotated[str | None, Query(max_length=10)] = None,
    until: Annotated[str | None, Query(max_length=10)] = None,
    modality: Annotated[str | None, Query(max_length=20)] = None,
    min_origins: Annotated[int, Query(ge=0, le=100)] = 0,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    lang: Lang = None,
) -> HTMLResponse:
    given = {"supplier": supplier, "recipient": recipient, "item": item, "since": since, "until": until}
    given |= {"modality": modality}
    chosen = {k: v for k, v in given.items() if v} | ({"min_origins": str(min_origins)} if min_origins else {})

    def build() -> dict[str, Any]:
        wanted = transfer_filter(store.view(), **given, min_origins=min_origins)
        page = store.view().transfers_page(wanted, limit=PAGE, offset=offset)
        return {
            "page": page,
            "chosen": chosen,
            "items": list(ontology().item_categories),
            "modalities": [m.value for m in Modality],
            "previous": _link(chosen, offset - PAGE, lang) if offset > 0 else None,
            "next": _link(chosen, page.next_offset, lang) if page.next_offset is not None else None,
        }

    return render(request, "transfers.html", build, "/transfers?" + urlencode(chosen | {"offset": offset}))


QUESTION_MIN = 3  # characters of a search read as a question too ("drones to Russia since 2023")


def _asked(store: Store, text: str) -> dict[str, Any] | None:
    """The transfers a search asks for when it reads as a question (as GET /ask reads it): the filters
    it became, the first of them and the link to them all; None when it names no filter."""
    reading = read_question(text, None)
    wanted = question_filter(reading)
    chosen = {name: value for name, value in wanted.params().items() if value}
    if not chosen:
        return None
    actors = {"supplier": reading.supplier, "recipient": reading.recipient}
    labels = {name: actor.name if (actor := actors.get(name)) else value for name, value in chosen.items()}
    items = store.view().transfers_page(wanted, limit=10).items
    return {"labels": labels, "items": items, "all": _link(chosen, 0, None)}


def _link(chosen: dict[str, str], offset: int | None, lang: str | None) -> str:
    return "/ui/transfers?" + urlencode(chosen | {"offset": max(offset or 0, 0)} | ({"lang": lang} if lang else {}))


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
def claim(request: Request, store: StoreDep, claim_id: str, lang: Lang = None) -> HTMLResponse:
    def build() -> dict[str, Any]:
        audit = store.view().audit(claim_id)
        marked = [(check, *_marked(check.text, check.statement.start, check.statement.end)) for check in audit.evidence]
        return {"audit": audit, "marked": marked}

    return render(request, "claim.html", build, f"/claims/{claim_id}")


def _marked(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The article's text before the quote, the quote at its offsets, and after it."""
    return text[:start], text[start:end], text[end:]


NETWORK_FLOWS = 30  # the flows drawn around an entity, its busiest: hundreds make an unreadable drawing
ROLE_CLAIMS = 50  # the claims listed in each of an entity's roles, its newest (the API's /entities gives 200)


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity(request: Request, store: StoreDep, entity_id: str, lang: Lang = None) -> HTMLResponse:
    def build() -> dict[str, Any]:
        found = store.view().entity(entity_id, claim_limit=ROLE_CLAIMS)
        drawn, flows = store.view().flows_around(entity_id, busiest=NETWORK_FLOWS)
        network = nx.DiGraph()
        for flow in drawn:
            for side in ("supplier", "recipient"):
                network.add_node(flow[side], label=flow["names"].get(flow[side], flow[side]))
            network.add_edge(flow["supplier"], flow["recipient"], claims=flow["claims"])
        nodes, edges = network_drawing(network, entity_id)
        bars = timeline_bars(found.timeline)
        return {
            "entity": found,
            "bars": bars,
            "nodes": nodes,
            "edges": edges,
            "flows": (len(drawn), flows),
            "role_claims": ROLE_CLAIMS,
        }

    return render(request, "entity.html", build, f"/entities/{entity_id}")
