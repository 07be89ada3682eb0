"""The version of the extraction's data (lexicons, gazetteers, rules), without loading the extraction:
`data_version` in `data/pipeline.yaml`, which `osintkg --version` prints and each article records."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

PIPELINE_FILE = Path(__file__).parent / "data" / "pipeline.yaml"


@cache
def pipeline_config() -> dict[str, Any]:
    return dict(yaml.safe_load(PIPELINE_FILE.read_text(encoding="utf-8")))


def data_version() -> str:
    return str(pipeline_config()["data_version"])
