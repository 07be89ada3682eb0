"""One exception hierarchy for the whole project: what went wrong, with a message naming it.

How each is answered (the API's status and problem title, the command line's exit code) is the
interfaces' business: `api/errors.py`.
"""

from __future__ import annotations


class OsintkgError(Exception):
    """Base of every error osintkg raises on purpose."""

    def __init__(self, message: str, *, where: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.where = where

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class BadInputError(OsintkgError):
    """An article, parameter or query that cannot be used as given."""


class InputTooLargeError(BadInputError):
    """An article or request body past the size limit."""


class NotFoundError(OsintkgError):
    """A claim, entity or article the store does not hold."""


class ConflictError(OsintkgError):
    """A write that would contradict what is stored (a source id reused for another text)."""


class AuthenticationError(OsintkgError):
    """A request without the key the server asks for, or with a wrong one."""


class ForbiddenError(OsintkgError):
    """An operation this server is not configured to allow."""


class WriteRefusedError(BadInputError):
    """A Cypher query that would write, or call an admin procedure, on a read-only path."""


class QueryError(BadInputError):
    """A Cypher query the store rejected (syntax, unknown label, wrong type)."""


class QueryTimeoutError(OsintkgError):
    """A query that ran past its time limit and was stopped."""


class StoreUnavailableError(OsintkgError):
    """The store cannot be opened: locked by another process, unreachable, misconfigured, or (read-only)
    written by an older osintkg."""


class BusyError(OsintkgError):
    """The server cannot take this work now (too many analysts' queries at once, a worker lost): retry."""


class ConfigurationError(OsintkgError):
    """A setting that cannot be used as given."""
