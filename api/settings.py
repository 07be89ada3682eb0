"""Settings, from the environment (OSINTKG_*) or the command line; checked once, at start-up.

Every setting is documented in the README (a test fails when one is not).
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from graph.errors import ConfigurationError
from graph.store import Store, open_store


def default_store_dir() -> Path:
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "osintkg"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="OSINTKG_", extra="ignore")

    store: Path = Field(default_factory=default_store_dir, description="data directory of the embedded store")
    neo4j_uri: str | None = Field(None, description="bolt:// or neo4j:// URI; when set, Neo4j is the store")
    neo4j_user: str = "neo4j"
    neo4j_password: str | None = None
    neo4j_database: str = "neo4j"
    buffer_pool_mb: int | None = Field(
        None, ge=64, description="memory (MiB) the embedded store caches pages and runs queries in"
    )
    max_article_bytes: int = Field(2_000_000, gt=0, description="largest article file or body accepted")
    query_timeout_ms: int = Field(10_000, gt=0, description="time limit of a read-only Cypher query")
    query_row_limit: int = Field(1000, gt=0, description="most rows a read-only Cypher query returns")
    query_max_bytes: int = Field(
        4_000_000, ge=1000, description="largest answer (rows as JSON) of a read-only Cypher query through the API"
    )
    export_max_claims: int = Field(
        100_000, ge=1, description="most claims an export through the API holds (the command line has no limit)"
    )
    query_concurrency: int = Field(1, ge=1, le=64, description="read-only Cypher queries the API runs at once")
    ingest_workers: int | None = Field(
        None, ge=1, le=64, description="extraction processes of `osintkg ingest`; unset: one per core"
    )
    api_workers: int = Field(
        1, ge=0, le=64, description="extraction processes of the API's ingest; 0: in the server, one at a time"
    )
    api_key: str | None = Field(None, description="key required to ingest through the API")
    read_key: str | None = Field(None, description="key required to read through the API, when set")
    # Read by the extractors themselves (in every extraction process); declared here to be documented
    # and checked at start-up like the rest.
    gazetteer_dir: Path | None = Field(None, description="a folder of extra gazetteer files")
    parse_all: bool = Field(False, description="parse every sentence, not only those the first pass picks")

    @model_validator(mode="after")
    def _neo4j_complete(self) -> Settings:
        if self.neo4j_uri and not self.neo4j_password:
            raise ValueError("OSINTKG_NEO4J_URI is set but OSINTKG_NEO4J_PASSWORD is not")
        if self.gazetteer_dir is not None and not self.gazetteer_dir.is_dir():
            raise ValueError(f"OSINTKG_GAZETTEER_DIR is not a folder: {self.gazetteer_dir}")
        return self

    def open_store(self, *, read_only: bool = False) -> Store:
        return open_store(
            self.store,
            neo4j_uri=self.neo4j_uri,
            neo4j_user=self.neo4j_user,
            neo4j_password=self.neo4j_password,
            neo4j_database=self.neo4j_database,
            read_only=read_only,
            buffer_pool_mb=self.buffer_pool_mb,
        )

    def workers_for(self, files: int) -> int:
        """Extraction processes for a batch of `files`: as set, or else one per core but no more than
        one per ten files, since a worker spends a few seconds loading the models."""
        if self.ingest_workers:
            return max(1, min(self.ingest_workers, files))
        return max(1, min(os.cpu_count() or 1, files // FILES_PER_WORKER))


FILES_PER_WORKER = 10


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment with command-line overrides; a clear error when they are wrong."""
    from pydantic import ValidationError

    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})  # type: ignore[arg-type]
    except ValidationError as error:
        problem = error.errors()[0]
        where = ".".join(str(p) for p in problem["loc"]) or "settings"
        raise ConfigurationError(f"{where}: {problem['msg']}") from None
