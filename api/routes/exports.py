"""GET /export/{format}: the graph, or the transfers a filter keeps, in a peer's format, streamed.

One route per format (`graph.export.formats`), so that the OpenAPI document says which syntaxes and
media types each has. (No `from __future__ import annotations` here: each route's parameters are
built in a loop, and FastAPI must read their annotations as objects, not as names to look up.)
"""

from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse

from api.deps import Reader, StoreDep
from api.exports import Selection
from graph.export.dataset import chunks_of
from graph.export.formats import FORMATS, Format

router = APIRouter(tags=["exports"], dependencies=[Reader])


def _route(fmt: Format) -> None:
    Syntax = StrEnum(f"{fmt.name.title()}Syntax", {s.name: s.name for s in fmt.syntaxes})  # type: ignore[misc]
    described = ", ".join(s.name for s in fmt.syntaxes)

    def export(
        store: StoreDep,
        chosen_ids: Selection,
        syntax: Annotated[Syntax | None, Query(description=f"{described} (default {fmt.syntaxes[0].name})")] = None,
    ) -> StreamingResponse:
        chosen = fmt.syntax(syntax.value if syntax else None)
        return StreamingResponse(
            chosen.write(chunks_of(store, chosen_ids)),
            media_type=chosen.media_type,
            headers={"Content-Disposition": f'attachment; filename="osintkg-{fmt.name}{chosen.suffix}"'},
        )

    export.__doc__ = (
        f"Every claim as {fmt.description}, with its statements, articles and cited sources; or with a "
        "filter, the transfers it keeps. At most OSINTKG_EXPORT_MAX_CLAIMS claims (413 past it: narrow the "
        "filters, or use `osintkg export` on the server)."
    )
    content: dict[int | str, dict[str, Any]] = {200: {"content": {s.media_type: {} for s in fmt.syntaxes}}}
    router.add_api_route(
        f"/export/{fmt.name}",
        export,
        methods=["GET"],
        summary=f"The graph as {fmt.name}",
        response_class=StreamingResponse,
        responses=content,
        name=f"export_{fmt.name}",
    )


for _format in FORMATS.values():
    _route(_format)
