"""Which language a page is shown in: `?lang=` if given, else the first of the browser's Accept-Language
the pages have words for (`messages.yaml`), else English."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml
from fastapi import Request

MESSAGES = Path(__file__).with_name("messages.yaml")
DEFAULT = "en"


@cache
def messages() -> dict[str, dict[str, str]]:
    return dict(yaml.safe_load(MESSAGES.read_text(encoding="utf-8")))


def language_of(request: Request) -> str:
    asked = request.query_params.get("lang")
    if asked in messages():
        return asked
    for part in request.headers.get("accept-language", "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in messages():
            return code
    return DEFAULT


def words(language: str) -> dict[str, str]:
    return messages()[language]
