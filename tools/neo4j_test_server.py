"""A throwaway Neo4j 5 for the test run and the benchmarks, started from Maven Central.

`tools/neo4j-test-server/` holds one Java class that runs Neo4j Community as an embedded database with
Bolt on a free loopback port. Maven resolves its jars into ~/.m2 (the first time only, then in seconds);
javac compiles the class; java runs it in a temporary directory it deletes when stopped.

    python -m tools.neo4j_test_server serve          # prints the URI and the settings, until Ctrl-C
    python -m tools.neo4j_test_server run -- pytest  # a command with OSINTKG_NEO4J_* pointing at it

Needs `java` (17 or later) and `mvn` on the PATH; `available()` says whether they are.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import neo4j

MODULE = Path(__file__).resolve().parent / "neo4j-test-server"
SOURCE = MODULE / "src" / "main" / "java" / "osintkg" / "Neo4jTestServer.java"
TARGET = MODULE / "target"
CLASSPATH = TARGET / "classpath.txt"
CLASSES = TARGET / "classes"
LOG = TARGET / "server.log"
MAIN_CLASS = "osintkg.Neo4jTestServer"
USER, PASSWORD = "neo4j", "osintkg-test"
HEAP = "-Xmx1g"


class ServerError(RuntimeError):
    """The test server could not be built or started."""


@dataclass(frozen=True)
class Server:
    uri: str
    user: str = USER
    password: str = PASSWORD

    def environment(self) -> dict[str, str]:
        """The settings that point osintkg at it; the last one tells the tests they may empty it."""
        return {
            "OSINTKG_NEO4J_URI": self.uri,
            "OSINTKG_NEO4J_USER": self.user,
            "OSINTKG_NEO4J_PASSWORD": self.password,
            "OSINTKG_NEO4J_THROWAWAY": "1",
        }


def available() -> bool:
    return shutil.which("java") is not None and shutil.which("mvn") is not None


def build() -> str:
    """The class compiled and its classpath resolved, each redone only when its source changed."""
    pom = MODULE / "pom.xml"
    if not CLASSPATH.exists() or CLASSPATH.stat().st_mtime < pom.stat().st_mtime:
        _call(["mvn", "-q", "-B", "-f", str(pom), "dependency:build-classpath", f"-Dmdep.outputFile={CLASSPATH}"])
    classpath = CLASSPATH.read_text().strip()
    compiled = CLASSES / "osintkg" / "Neo4jTestServer.class"
    if not compiled.exists() or compiled.stat().st_mtime < SOURCE.stat().st_mtime:
        _call(["javac", "--release", "17", "-cp", classpath, "-d", str(CLASSES), str(SOURCE)])
    return f"{CLASSES}{os.pathsep}{classpath}"


def _call(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise ServerError(f"{command[0]} failed: {(done.stdout + done.stderr).strip()[-2000:]}")


@contextmanager
def running() -> Iterator[Server]:
    """A started server, stopped (and its directory deleted) on leaving."""
    classpath = build()
    env = {**os.environ, "OSINTKG_NEO4J_PASSWORD": PASSWORD}
    with LOG.open("w") as log:
        process = subprocess.Popen(
            ["java", HEAP, "-cp", classpath, MAIN_CLASS], stdout=subprocess.PIPE, stderr=log, text=True, env=env
        )
    try:
        server = Server(uri=_uri_line(process))
        _wait_ready(server)
        yield server
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()


def _uri_line(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    line = process.stdout.readline().strip()  # the server prints it once Bolt listens
    if not line.startswith("bolt://"):
        process.wait(timeout=60)
        error = LOG.read_text()[-2000:].strip()
        raise ServerError(f"the Neo4j test server did not start: {line or error or 'no output'} (log: {LOG})")
    return line


def _wait_ready(server: Server) -> None:
    with neo4j.GraphDatabase.driver(server.uri, auth=(server.user, server.password)) as driver:
        driver.verify_connectivity()


def main(argv: list[str]) -> int:
    if not available():
        print("java and mvn are needed for the Neo4j test server", file=sys.stderr)
        return 2
    if argv[:1] == ["serve"]:
        with running() as server:
            print(server.uri, flush=True)
            print(" ".join(f"{k}={v}" for k, v in server.environment().items()), flush=True)
            signal.signal(signal.SIGTERM, signal.default_int_handler)
            with suppress(KeyboardInterrupt):
                signal.pause()
        return 0
    if argv[:1] == ["run"] and "--" in argv and argv[argv.index("--") + 1 :]:
        command = argv[argv.index("--") + 1 :]
        with running() as server:
            return subprocess.call(command, env={**os.environ, **server.environment()})
    print("usage: python -m tools.neo4j_test_server serve | run -- COMMAND...", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
