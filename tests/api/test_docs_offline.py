"""/docs and /redoc load nothing from outside the server: their scripts, styles and icon are the
package's own, and Swagger UI asks no validator on the web."""

from __future__ import annotations

import re

import pytest

from tests.api.conftest import TestClient

LOCAL = re.compile(r'(?:src|href)="([^"]+)"')


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_the_documentation_pages_load_only_local_assets(client: TestClient, page: str) -> None:
    answer = client.get(page)
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/html")
    assets = LOCAL.findall(answer.text)
    assert assets and all(url.startswith("/assets/") for url in assets), assets
    assert not re.search(r"https?://", answer.text), "a page that names an outside address may fetch it"
    for url in assets:
        fetched = client.get(url)
        assert fetched.status_code == 200 and len(fetched.content) > 1000, url


def test_swagger_ui_is_told_not_to_call_a_validator(client: TestClient) -> None:
    assert '"validatorUrl": null' in client.get("/docs").text


def test_redoc_loads_no_logo_from_its_makers_cdn(client: TestClient) -> None:
    from api.docs import REDOC_LOGO, REDOC_URL

    bundle = client.get(REDOC_URL)
    assert bundle.status_code == 200 and bundle.headers["content-type"].startswith("text/javascript")
    assert REDOC_LOGO not in bundle.text and "/assets/docs/favicon.png" in bundle.text
