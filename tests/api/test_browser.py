"""The pages in a real headless Chromium (Debian's `chromium` and `chromium-driver`, driven by Selenium),
served by the real app on uvicorn over the examples: each page loads without a console error, the claim
page marks exactly the stored quotes, the filters change the rows, the keyboard reaches every link, and
/docs renders with no request leaving 127.0.0.1. A screenshot of each page goes to out/screenshots/.
Skipped, saying why, only where the browser or its driver is not installed (`.ci/run` installs them)."""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse
from urllib.request import urlopen

import pytest

from tests.api.conftest import loaded_copy
from tests.conftest import ROOT

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
expected_conditions = pytest.importorskip("selenium.webdriver.support.expected_conditions")
WebDriverWait = pytest.importorskip("selenium.webdriver.support.wait").WebDriverWait
staleness_of = expected_conditions.staleness_of
CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and DRIVER),
    reason="chromium or chromium-driver is not installed (apt-get install chromium chromium-driver)",
)
SCREENSHOTS = ROOT / "out" / "screenshots"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def server(loaded_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app on uvicorn in a thread, on a copy of the examples' store; its base URL."""
    import uvicorn

    from api.app import create_app
    from api.settings import Settings

    app = create_app(Settings(store=loaded_copy(loaded_store, tmp_path_factory.mktemp("browser") / "store")))
    port = free_port()
    running = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not running.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1600"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(DRIVER))
    yield driver
    driver.quit()


def api(server: str, path: str) -> Any:
    with urlopen(server + path) as answer:
        return json.loads(answer.read())


def visit(browser: Any, url: str, name: str) -> None:
    """Open the page, fail on any console error, and keep a screenshot of it."""
    browser.get_log("browser")  # what earlier pages logged is theirs
    browser.get(url)
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert not errors, errors
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENSHOTS / f"{name}.png"))


def claim_id(server: str) -> str:
    return str(api(server, "/transfers?supplier=KP&limit=1")["items"][0]["id"])


def test_each_page_loads_without_a_console_error(server: str, browser: Any) -> None:
    pages = {
        "home": "/ui/?q=Pyongyang",
        "transfers": "/ui/transfers",
        "transfers-fr": "/ui/transfers?lang=fr",
        "claim": f"/ui/claims/{claim_id(server)}",
        "entity": "/ui/entities/KP",
    }
    for name, path in pages.items():
        visit(browser, server + path, name)
        assert browser.find_element("tag name", "body").text.strip(), name


def test_the_claim_page_marks_exactly_the_stored_quotes(server: str, browser: Any) -> None:
    transfer = api(server, "/transfers?supplier=KP&limit=1")["items"][0]
    visit(browser, f"{server}/ui/claims/{transfer['id']}", "claim-marks")
    marks = browser.find_elements("tag name", "mark")
    assert sorted(m.get_attribute("textContent") for m in marks) == sorted(e["quote"] for e in transfer["evidence"])
    for mark in marks:
        start, end = int(mark.get_attribute("data-start")), int(mark.get_attribute("data-end"))
        assert any((e["start"], e["end"]) == (start, end) for e in transfer["evidence"])


def test_the_filters_change_the_rows(server: str, browser: Any) -> None:
    visit(browser, f"{server}/ui/transfers", "transfers-all")
    before = len(browser.find_elements("css selector", "tbody tr"))
    field = browser.find_element("name", "supplier")
    field.send_keys("Pyongyang")
    old_page = browser.find_element("tag name", "html")
    field.submit()
    wait = WebDriverWait(browser, 10)  # the submit returns before the filtered page has replaced this one
    wait.until(staleness_of(old_page))
    wait.until(lambda b: b.execute_script("return document.readyState") == "complete")
    rows = browser.find_elements("css selector", "tbody tr")
    assert 0 < len(rows) < before
    assert all(row.find_elements("tag name", "td")[1].text == "North Korea" for row in rows)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENSHOTS / "transfers-filtered.png"))


@pytest.mark.parametrize("path", ["/ui/", "/ui/transfers?supplier=KP", "/ui/entities/KP"])
def test_the_keyboard_reaches_every_link(server: str, browser: Any, path: str) -> None:
    from selenium.webdriver.common.keys import Keys

    visit(browser, server + path, "keyboard")
    links = {a.get_attribute("href") for a in browser.find_elements("css selector", "a[href]")}
    reached: set[str] = set()
    body = browser.find_element("tag name", "body")
    body.send_keys(Keys.TAB)
    for _ in range(4 * len(links) + 20):
        active = browser.switch_to.active_element
        href = active.get_attribute("href")
        if href:
            reached.add(href)
        active.send_keys(Keys.TAB)
    assert links <= reached, links - reached


@pytest.mark.parametrize(("page", "drawn"), [("docs", ".opblock"), ("redoc", "[role=menuitem]")])
def test_the_docs_render_with_no_request_leaving_the_server(server: str, browser: Any, page: str, drawn: str) -> None:
    browser.get_log("performance")
    visit(browser, f"{server}/{page}", page)
    deadline = time.monotonic() + 20
    while not browser.find_elements("css selector", drawn) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert browser.find_elements("css selector", drawn), f"{page} drew no operation"
    time.sleep(1)  # what the page fetches once drawn (ReDoc's footer logo) is fetched by then
    hosts = set()
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            url = message["params"]["request"]["url"]
            if not url.startswith(("data:", "blob:")):  # those never leave the page
                hosts.add(urlparse(url).hostname)
    assert hosts == {"127.0.0.1"}, hosts
    assert not [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
