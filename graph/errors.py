"""One exception hierarchy for the whole project.

Each error carries the HTTP status the API answers with (as application/problem+json) and the
exit code the command line ends with (after printing a one-line message, never a traceback).
"""

from __future__ import annotations


class OsintkgError(Exception):
    """Base of every error osintkg raises on purpose."""

    status = 500
    title = "Internal error"
    exit_code = 1

    def __init__(self, message: str, *, where: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.where = where

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class BadInputError(OsintkgError):
    """An article, parameter or query that cannot be used as given."""

    status = 422
    title = "Invalid input"
    exit_code = 2


class InputTooLargeError(BadInputError):
    status = 413
    title = "Input too large"


class NotFoundError(OsintkgError):
    status = 404
    title = "Not found"
    exit_code = 4


class ConflictError(OsintkgError):
    """A write that would contradict what is stored (a source id reused for another text)."""

    status = 409
    title = "Conflict"
    exit_code = 5


class AuthenticationError(OsintkgError):
    status = 401
    title = "Missing or wrong API key"
    exit_code = 6


class ForbiddenError(OsintkgError):
    """An operation this server is not configured to allow."""

    status = 403
    title = "Forbidden"
    exit_code = 6


class WriteRefusedError(BadInputError):
    """A Cypher query that would write, or call an admin procedure, on a read-only path."""

    status = 403
    title = "Write refused"


class QueryError(BadInputError):
    """A Cypher query the store rejected (syntax, unknown label, wrong type)."""

    status = 400
    title = "Invalid query"


class QueryTimeoutError(OsintkgError):
    status = 408
    title = "Query timed out"
    exit_code = 7


class StoreUnavailableError(OsintkgError):
    """The store cannot be opened: locked by another process, unreachable, or misconfigured."""

    status = 503
    title = "Store unavailable"
    exit_code = 3


class BusyError(OsintkgError):
    """The server cannot take this work now (too many analysts' queries at once, a worker lost): retry."""

    status = 503
    title = "Busy"
    exit_code = 3


class ConfigurationError(OsintkgError):
    status = 500
    title = "Configuration error"
    exit_code = 2
