"""The README's curl calls work as written, against `osintkg serve` on the demo's articles."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, ROOT, fresh_store

README = (ROOT / "README.md").read_text(encoding="utf-8")
OSINTKG = str(Path(sys.executable).with_name("osintkg"))


def curl_lines() -> list[str]:
    section = README[README.index("## The HTTP API") :]
    block = re.findall(r"```sh\n(.*?)```", section, re.S)[1]
    return [line for line in block.splitlines() if line.startswith("curl ")]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    if shutil.which("curl") is None:
        pytest.skip("curl is not installed")
    store = fresh_store(tmp_path_factory.mktemp("readme") / "store")
    subprocess.run(
        [OSINTKG, "ingest", str(EXAMPLES), "--store", str(store), "--no-progress"], check=True, capture_output=True
    )
    port = free_port()
    env = {**os.environ, "OSINTKG_API_KEY": "change-me"}
    process = subprocess.Popen(
        [OSINTKG, "serve", "--store", str(store), "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(120):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            time.sleep(0.5)
    yield port, env
    process.terminate()
    process.wait(timeout=30)


def test_the_readme_has_curl_calls() -> None:
    assert len(curl_lines()) >= 8


@pytest.mark.parametrize("line", curl_lines())
def test_each_curl_call_answers_json(server, line: str) -> None:
    port, env = server
    command = line.replace("127.0.0.1:8000", f"127.0.0.1:{port}")
    result = subprocess.run(
        ["bash", "-c", command + " -w '\\n%{http_code}'"], env=env, capture_output=True, text=True, timeout=120
    )
    body, _, status = result.stdout.rpartition("\n")
    assert status in {"200", "201"}, (line, result.stdout[-500:], result.stderr[-500:])
    assert json.loads(body)
