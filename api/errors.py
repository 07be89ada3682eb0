"""How the interfaces answer each error of `graph.errors`: the HTTP status and title of the API's
problem+json, and the exit code the command line ends with (after one line, never a traceback).

An error is answered as its own class is, else as its nearest ancestor listed here.
"""

from __future__ import annotations

from typing import NamedTuple

from graph import errors


class Answer(NamedTuple):
    status: int
    title: str
    exit_code: int


class UnsupportedMediaType(errors.BadInputError):
    """A request body of a type the API does not read."""


ANSWERS: dict[type[errors.OsintkgError], Answer] = {
    errors.OsintkgError: Answer(500, "Internal error", 1),
    errors.BadInputError: Answer(422, "Invalid input", 2),
    errors.InputTooLargeError: Answer(413, "Input too large", 2),
    UnsupportedMediaType: Answer(415, "Unsupported media type", 2),
    errors.WriteRefusedError: Answer(403, "Write refused", 2),
    errors.QueryError: Answer(400, "Invalid query", 2),
    errors.ConfigurationError: Answer(500, "Configuration error", 2),
    errors.StoreUnavailableError: Answer(503, "Store unavailable", 3),
    errors.BusyError: Answer(503, "Busy", 3),
    errors.NotFoundError: Answer(404, "Not found", 4),
    errors.ConflictError: Answer(409, "Conflict", 5),
    errors.AuthenticationError: Answer(401, "Missing or wrong API key", 6),
    errors.ForbiddenError: Answer(403, "Forbidden", 6),
    errors.QueryTimeoutError: Answer(408, "Query timed out", 7),
}


def answer(error: errors.OsintkgError | type[errors.OsintkgError]) -> Answer:
    kind = error if isinstance(error, type) else type(error)
    return next(ANSWERS[k] for k in kind.__mro__ if k in ANSWERS)
