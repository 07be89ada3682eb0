"""The read-only guard for analysts' Cypher.

The query is cut into tokens the way the parser cuts it (strings and their escapes, names in
backticks, comments, numbers, words), each word is checked against the allow-list in
cypher_words.yaml, and the statement is written out again from its tokens: comments dropped,
strings quoted one way, a space where the query had one and between a word and a number written
together. The store runs that text, so it runs exactly what was checked, whatever the two parsers
would have made of the original spelling.

    read_only_statement("MATCH (n) // look\\nRETURN n")  ->  "MATCH (n) RETURN n"
    read_only_statement("RETURN 1LOAD FROM 'x'")        ->  WriteRefusedError (LOAD)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from graph.errors import QueryError, WriteRefusedError

WORDS_FILE = Path(__file__).with_name("cypher_words.yaml")

_TOKEN = re.compile(
    r"""(?P<space>[ \t\n\r\v\f\x1c-\x1f]+)
      | (?P<comment>//[^\r\n]*|/\*.*?\*/)
      | (?P<unended>/\*)
      | (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
      | (?P<name>(?:`[^`]*`)+)
      | (?P<number>0[xX][0-9A-Fa-f]+|0o[0-7]+|(?:\d+\.\d+|\.\d+|\d+)(?:[eE]-?\d+)?)
      | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
      | (?P<param>\$(?:[A-Za-z_][A-Za-z0-9_]*|\d+))
      | (?P<symbol><>|<=|>=|=~|->|<-|\.\.|[-+*/%^=<>()\[\]{},:;.|!&])""",
    re.VERBOSE | re.DOTALL,
)
_ESCAPE = re.compile(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)", re.DOTALL)
_ESCAPED = {"\\": "\\", "'": "'", '"': '"', "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


@dataclass(frozen=True)
class Token:
    kind: str  # word, name, string, number, param or symbol
    text: str  # as written, for words and symbols; the value, for names and strings
    spaced: bool = False  # whitespace or a comment came before it (LadybugDB's grammar minds spaces)

    @property
    def upper(self) -> str:
        return self.text.upper() if self.kind == "word" else ""

    def emit(self) -> str:
        if self.kind == "name":
            return "`" + self.text.replace("`", "``") + "`"
        if self.kind == "string":
            return "'" + "".join(_quoted(char) for char in self.text) + "'"
        return self.text


def read_only_statement(query: str) -> str:
    """The query, re-emitted from its tokens, if it only reads; else WriteRefusedError (403)
    naming what was refused, or QueryError (400) for what the guard cannot read."""
    tokens = _one_statement(tokenize(query))
    _check_clause_starts(tokens)
    for index, token in enumerate(tokens):
        _check_token(tokens, index, token)
    previous = [None, *tokens[:-1]]
    return "".join(_separator(before, token) + token.emit() for before, token in zip(previous, tokens, strict=True))


def _separator(before: Token | None, token: Token) -> str:
    """A space where the query had one, and between two words or numbers written together, so
    that the store reads them apart as the guard did (`1LOAD` runs as `1 LOAD`)."""
    glued = before is not None and {before.kind, token.kind} <= {"word", "number", "param"}
    return " " if before is not None and (token.spaced or glued) else ""


def tokenize(query: str) -> list[Token]:
    """The tokens of the query, without spaces and comments."""
    tokens: list[Token] = []
    position, spaced = 0, False
    while position < len(query):
        match = _TOKEN.match(query, position)
        if match is None:
            raise QueryError(f"the query holds {_unreadable(query, position)} at offset {position}")
        kind, text = match.lastgroup or "", match.group()
        if kind == "unended":
            raise QueryError(f"the query holds a comment that does not end, at offset {position}")
        if kind in ("space", "comment"):
            spaced = True
        else:
            tokens.append(Token(kind, _value(kind, text), spaced))
            spaced = False
        position = match.end()
    return tokens


def _value(kind: str, text: str) -> str:
    if kind == "string":
        return _unescape(text[1:-1])
    return text[1:-1].replace("``", "`") if kind == "name" else text


def _unreadable(query: str, position: int) -> str:
    rest = query[position:]
    if rest.startswith(("'", '"')):
        return "a string that does not end"
    if rest.startswith("`"):
        return "a name in backticks that does not end"
    return f"the character {rest[0]!r}, which Cypher here does not use (write other names in backticks)"


def _unescape(body: str) -> str:
    def one(match: re.Match[str]) -> str:
        code = match.group(1)
        if len(code) > 1 and _is_character(int(code[1:], 16)):
            return chr(int(code[1:], 16))
        if len(code) == 1 and code.lower() in _ESCAPED:
            return _ESCAPED[code.lower()]
        raise QueryError(f"a string holds the escape \\{code}, which Cypher does not read")

    return _ESCAPE.sub(one, body)


def _is_character(point: int) -> bool:
    return point <= 0x10FFFF and not 0xD800 <= point <= 0xDFFF


def _quoted(char: str) -> str:
    if char in "\\'":
        return "\\" + char
    return f"\\u{ord(char):04x}" if ord(char) < 0x20 or ord(char) == 0x7F else char


def _one_statement(tokens: list[Token]) -> list[Token]:
    while tokens and _is(tokens[-1], ";"):
        tokens = tokens[:-1]
    if any(_is(token, ";") for token in tokens):
        raise WriteRefusedError("one statement at a time: the query holds several statements")
    if not tokens:
        raise QueryError("the query is empty")
    return tokens


def _check_clause_starts(tokens: list[Token]) -> None:
    starts = [0]
    for index, token in enumerate(tokens):
        if token.upper == "UNION":
            starts.append(index + 2 if index + 1 < len(tokens) and tokens[index + 1].upper == "ALL" else index + 1)
    for start in starts:
        first = tokens[start] if start < len(tokens) else Token("symbol", "the end")
        if first.upper not in words()["clause_starts"]:
            raise WriteRefusedError(
                f"read-only: a query starts with MATCH, OPTIONAL MATCH, UNWIND, WITH, RETURN or CALL, "
                f"not {first.emit()}"
            )


def _check_token(tokens: list[Token], index: int, token: Token) -> None:
    before = tokens[index - 1] if index else Token("symbol", "")
    after = tokens[index + 1] if index + 1 < len(tokens) else Token("symbol", "")
    if token.upper == "CALL":
        _check_call(tokens, index + 1)
    elif _is(token, "(") and before.kind in ("word", "name"):
        _check_function(tokens, index - 1)
    if token.kind != "word" or _is_name(before, after):
        return
    upper, allowed = token.upper, words()
    if upper in allowed["reading"] or (upper in allowed["functions"] and _is(after, "(")):
        return
    if upper in allowed["refused"]:
        raise WriteRefusedError(
            f"read-only: {upper} is not allowed here; an analyst's query may only read "
            f"(to use {token.text} as a name, write it in backticks)"
        )


def _is(token: Token, symbol: str) -> bool:
    return token.kind == "symbol" and token.text == symbol


def _is_name(before: Token, after: Token) -> bool:
    """A word is a name, whatever its spelling, after `.` (a property), `:` (a label, a slice
    bound) or AS (an alias, a type), and before `:` (a variable with its label, a map key) or `.`
    (a variable with its property)."""
    return _is(before, ".") or _is(before, ":") or before.upper == "AS" or _is(after, ":") or _is(after, ".")


def _dotted_name(tokens: list[Token], start: int) -> str:
    """The name that starts at `start`: `show_tables`, `db.schema.visualization`."""
    parts, index = [], start
    while index < len(tokens) and tokens[index].kind in ("word", "name"):
        parts.append(tokens[index].text.lower())
        if not (index + 2 < len(tokens) and _is(tokens[index + 1], ".")):
            break
        index += 2
    return ".".join(parts)


def _check_call(tokens: list[Token], start: int) -> None:
    name = _dotted_name(tokens, start)
    if name not in words()["read_procedures"]:
        shown = name or (tokens[start].emit() if start < len(tokens) else "without a procedure")
        raise WriteRefusedError(
            f"read-only: CALL {shown} is not allowed here; allowed procedures: "
            f"{', '.join(sorted(words()['read_procedures']))}"
        )


def _check_function(tokens: list[Token], last: int) -> None:
    """A namespaced function (`apoc.load.json(...)`) comes from a plugin unless its namespace is
    one of the built-in ones; procedures named after CALL are checked by _check_call."""
    start = last
    while start >= 2 and _is(tokens[start - 1], ".") and tokens[start - 2].kind in ("word", "name"):
        start -= 2
    if start == last or (start and tokens[start - 1].upper == "CALL"):
        return
    name = _dotted_name(tokens, start)
    if name.split(".")[0] not in words()["function_namespaces"]:
        raise WriteRefusedError(f"read-only: the function {name} is not allowed here; only built-in functions")


@cache
def words() -> dict[str, set[str]]:
    """The allow-list: clause starts, reading words, procedures and namespaces, as sets."""
    data = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))
    unquoted = [v for values in data.values() for v in values if not isinstance(v, str)]
    if unquoted:
        raise ValueError(f"{WORDS_FILE.name}: quote {unquoted}, or YAML reads them as values")
    lowered = ("read_procedures", "function_namespaces")
    return {key: {str(v).lower() if key in lowered else str(v).upper() for v in values} for key, values in data.items()}
