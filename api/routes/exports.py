"""GET /export/{format}: the graph, or the transfers a filter keeps, in a peer's format, streamed."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse

from api.deps import Reader, SettingsDep, StoreDep
from api.exports import export_filter, size_of
from api.routes.transfers import DateQuery, EntityQuery, Item
from graph.errors import InputTooLargeError
from graph.export.dataset import chunks
from graph.export.formats import FORMATS, export_format

router = APIRouter(tags=["exports"], dependencies=[Reader])
FormatName = StrEnum("FormatName", {name: name for name in FORMATS})  # type: ignore[misc]
SYNTAXES = sorted({s.name for f in FORMATS.values() for s in f.syntaxes})


@router.get(
    "/export/{format}",
    summary="The graph in a peer's format",
    response_class=StreamingResponse,
    responses={200: {"content": {s.media_type: {} for f in FORMATS.values() for s in f.syntaxes}}},
)
def export(
    store: StoreDep,
    settings: SettingsDep,
    format: FormatName,
    syntax: Annotated[str | None, Query(description=f"how the format is written: {', '.join(SYNTAXES)}")] = None,
    supplier: EntityQuery = None,
    recipient: EntityQuery = None,
    item: Annotated[Item | None, Query(description="item category")] = None,
    since: DateQuery = None,
    until: DateQuery = None,
) -> StreamingResponse:
    """Every claim with its statements, articles and cited sources (rdf: W3C PROV-O; gexf, graphml: the
    supply network), or with a filter the transfers it keeps. At most OSINTKG_EXPORT_MAX_CLAIMS claims
    (413 past it: narrow the filters, or use `osintkg export` on the server)."""
    chosen = export_format(format.value).syntax(syntax)
    wanted = export_filter(
        store, supplier=supplier, recipient=recipient, item=item.value if item else None, since=since, until=until
    )
    claims = size_of(store, wanted)
    if claims > settings.export_max_claims:
        raise InputTooLargeError(
            f"the export would hold {claims} claims, over the limit of {settings.export_max_claims}: "
            "narrow it with supplier, recipient, item, since or until"
        )
    filename = f"osintkg-{format.value}{chosen.suffix}"
    return StreamingResponse(
        chosen.write(chunks(store, wanted)),
        media_type=chosen.media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
