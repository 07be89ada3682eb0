"""The read-only guard reads Cypher as tokens: every spelling of a refused word is refused, every
keyword inside a string, a name in backticks or a comment is let through, and what runs is the
statement re-emitted from the tokens that were checked."""

from __future__ import annotations

import pytest

from api.errors import answer
from graph.errors import QueryError, WriteRefusedError
from graph.store.guard import read_only_statement, tokenize, words

LOAD = " FROM '/etc/hostname' (file_format='csv', header=false) RETURN *"

REFUSED = [
    # a keyword written straight after a number has no word boundary, yet the parser reads it
    (f"MATCH (e) WITH e LIMIT 1LOAD{LOAD}", "LOAD"),
    (f"MATCH (e) WITH e LIMIT 1e0LOAD{LOAD}", "LOAD"),
    (f"MATCH (e) WITH e LIMIT 1E-2LOAD{LOAD}", "LOAD"),
    (f"MATCH (e) WITH e LIMIT 0x1LOAD{LOAD}", "LOAD"),
    (f"MATCH (e) WITH e LIMIT 1.0LOAD{LOAD}", "LOAD"),
    (f"MATCH (e) WITH e LIMIT .5LOAD{LOAD}", "LOAD"),
    (f"MATCH (e) WITH e LIMIT 1load{LOAD}", "LOAD"),
    # after comments, tabs, vertical tabs and other separators
    (f"MATCH (e) WITH e LIMIT 1/**/LOAD{LOAD}", "LOAD"),
    (f"MATCH (e) WITH e LIMIT 1 // the end?\nLOAD{LOAD}", "LOAD"),
    (f"MATCH (e) WITH e LIMIT 1 // carriage return\rLOAD{LOAD}", "LOAD"),
    (f"MATCH (e) WITH e LIMIT 1\tLOAD{LOAD}", "LOAD"),
    (f"MATCH (e) WITH e LIMIT 1\vLOAD{LOAD}", "LOAD"),
    (f"MATCH (e) WITH e LIMIT 1\fLOAD{LOAD}", "LOAD"),
    (f"MATCH (e) WITH e LIMIT 1\x1cLOAD{LOAD}", "LOAD"),
    (f"MATCH (e) WITH e LIMIT 1 /* a '*/LOAD{LOAD}", "LOAD"),
    # unions and what follows them
    (f"RETURN 1 AS n UNION LOAD{LOAD}", "LOAD"),
    ("RETURN 1 AS n UNION ALL CALL db_version() RETURN *", "CALL db_version"),
    # procedures that are not the schema's
    ("CALL db_version() RETURN *", "CALL db_version"),
    ("MATCH (e) WITH e LIMIT 1CALL current_setting('threads') RETURN *", "CALL current_setting"),
    ("CALL project_graph('g', ['Entity'], ['SUPPLIER'])", "CALL project_graph"),
    ("CALL drop_projected_graph('g')", "CALL drop_projected_graph"),
    ("CALL threads=1", "CALL threads"),
    ("CALL `db_version`() RETURN *", "CALL db_version"),
    ("CALL { MATCH (n) DETACH DELETE n }", "CALL {"),
    ("CALL dbms.killQueries(['1'])", "CALL dbms.killqueries"),
    ("CALL apoc.load.json('file:///etc/hostname')", "CALL apoc.load.json"),
    ("MATCH (n) RETURN apoc.text.join(['a'], ',') AS joined", "apoc.text.join"),
    # files, extensions, other databases, settings, macros, transactions, writes
    ("COPY (MATCH (n) RETURN n) TO '/tmp/out.csv'", "COPY"),
    ("MATCH (n) WITH n LIMIT 1 COPY Entity FROM '/tmp/in.csv'", "COPY"),
    ("EXPORT DATABASE '/tmp/copy'", "EXPORT"),
    ("IMPORT DATABASE '/tmp/copy'", "IMPORT"),
    ("ATTACH '/tmp/other' AS other (dbtype lbug)", "ATTACH"),
    ("RETURN 1 AS n UNION USE other", "USE"),
    ("INSTALL httpfs", "INSTALL"),
    ("LOAD EXTENSION httpfs", "LOAD"),
    ("CHECKPOINT", "CHECKPOINT"),
    ("CREATE MACRO leak(x) AS x", "CREATE"),
    ("BEGIN TRANSACTION", "BEGIN"),
    ("MATCH (n) DETACH DELETE n", "DETACH"),
    ("MATCH (e:Entity) SET e.name = 'changed'", "SET"),
    ("MATCH (e:Entity) REMOVE e.name", "REMOVE"),
    ("MERGE (e:Entity {id: 'y'})", "MERGE"),
    ("MATCH (e) WITH e LIMIT 1 CREATE (:Entity {id: 'x'})", "CREATE"),
    ("MATCH (e) FOREACH (x IN [1] | CREATE (:Entity))", "FOREACH"),
    ("LOAD CSV FROM 'file:///etc/hostname' AS row RETURN row", "LOAD"),
    ("MATCH (e) WITH e LIMIT 1 INSERT (:Entity {id: 'x'})", "INSERT"),
    ("SHOW DATABASES", "SHOW"),
    ("EXPLAIN MATCH (n) RETURN n", "EXPLAIN"),
    ("MATCH (n) RETURN n; MATCH (m) DELETE m", "several statements"),
]


@pytest.mark.parametrize(("query", "named"), REFUSED)
def test_every_spelling_of_a_refused_word_is_refused_by_name(query: str, named: str) -> None:
    with pytest.raises(WriteRefusedError) as refused:
        read_only_statement(query)
    assert named in str(refused.value)
    assert answer(WriteRefusedError).status == 403


ACCEPTED = [
    (
        "MATCH (s:Source) WHERE s.text CONTAINS 'CREATE' RETURN s.id",
        "MATCH (s:Source) WHERE s.text CONTAINS 'CREATE' RETURN s.id",
    ),
    ("RETURN \"LOAD FROM '/etc/hostname'\" AS s", "RETURN 'LOAD FROM \\'/etc/hostname\\'' AS s"),
    ("RETURN 'it\\'s a COPY' AS s", "RETURN 'it\\'s a COPY' AS s"),
    ("RETURN 'one\\ntwo\\u00e9' AS s", "RETURN 'one\\u000atwo\u00e9' AS s"),
    ("WITH 1 AS `load` RETURN `load` AS `set``s`", "WITH 1 AS `load` RETURN `load` AS `set``s`"),
    ("MATCH (n) /* LOAD FROM '/etc/hostname' */ RETURN n // COPY\n", "MATCH (n) RETURN n"),
    ("MATCH (c:Claim)-[r]->(e) RETURN type(r) AS role, count(*) AS n ORDER BY n DESC", None),
    ("MATCH (c:Claim {kind: 'transfer'}) RETURN {type: c.kind, from: c.id} AS m", None),
    ("MATCH (load:Entity) RETURN load.set AS set", None),
    ("MATCH (a)-[*1..2]->(b) RETURN count(*) AS n", None),
    ("CALL show_tables() RETURN *", None),
    ("CALL table_info('Claim') RETURN name", None),
    ("CALL db.labels()", None),
    ("MATCH (a:Entity) RETURN a.id AS id UNION ALL MATCH (b:Source) RETURN b.id AS id", None),
    ("RETURN duration.between(date('2024-01-01'), date('2024-02-01')) AS d", None),
    ("MATCH (e:Entity) RETURN e.id;", "MATCH (e:Entity) RETURN e.id"),
]


@pytest.mark.parametrize(("query", "runs"), ACCEPTED)
def test_reads_with_keywords_in_strings_names_and_comments_answer(query: str, runs: str | None) -> None:
    assert read_only_statement(query) == (runs if runs is not None else query)


def test_what_runs_is_what_was_checked() -> None:
    """Words glued to numbers run apart, as the guard read them; comments do not run."""
    assert read_only_statement("UNWIND [1] AS x RETURN x LIMIT 1RETURN") == "UNWIND [1] AS x RETURN x LIMIT 1 RETURN"
    assert read_only_statement("RETURN 1/*c*/AS n") == "RETURN 1 AS n"
    assert [t.kind for t in tokenize("RETURN 1e0x, $p, `a b`, 'c'")] == [
        "word", "number", "word", "symbol", "param", "symbol", "name", "symbol", "string",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("RETURN 'a\\x' AS s", "the escape \\x"),
        ("RETURN 'no end AS s", "a string that does not end"),
        ("RETURN `no end AS s", "a name in backticks that does not end"),
        ("RETURN 1 /* no end", "a comment that does not end"),
        ("RETURN 1 AS caf\u00e9", "the character '\u00e9'"),
        ("RETURN 1 # AS n", "the character '#'"),
        ("RETURN '\\ud800' AS s", "the escape \\u"),
        ("  // only a comment", "the query is empty"),
    ],
)
def test_what_the_guard_cannot_read_is_a_bad_query(query: str, message: str) -> None:
    with pytest.raises(QueryError) as bad:
        read_only_statement(query)
    assert message in str(bad.value) and answer(bad.value).status == 400


def test_the_word_lists_agree() -> None:
    lists = words()
    assert lists["clause_starts"] <= lists["reading"]
    assert lists["reading"] & lists["refused"] == set()
    assert lists["functions"] <= lists["refused"]  # keywords let through only as function names
    assert {"LOAD", "COPY", "EXPORT", "IMPORT", "ATTACH", "DETACH", "USE", "INSTALL", "CHECKPOINT", "MACRO"} <= lists[
        "refused"
    ]


# The keywords of LadybugDB 0.22's grammar (src/antlr4/keywords.txt, plus SKIP): each must be listed.
LADYBUG_KEYWORDS = [
    "ACYCLIC",
    "ANY",
    "ADD",
    "ALL",
    "ALTER",
    "ANALYZE",
    "AND",
    "AS",
    "ASC",
    "ASCENDING",
    "ATTACH",
    "BEGIN",
    "BY",
    "CALL",
    "CASE",
    "CAST",
    "CHECKPOINT",
    "COLUMN",
    "COMMENT",
    "COMMIT",
    "COMMIT_SKIP_CHECKPOINT",
    "CONTAINS",
    "COPY",
    "COUNT",
    "CREATE",
    "CSR",
    "CYCLE",
    "DATABASE",
    "DBTYPE",
    "DEFAULT",
    "DELETE",
    "DESC",
    "DESCENDING",
    "DETACH",
    "DISTINCT",
    "DROP",
    "ELSE",
    "END",
    "ENDS",
    "EXISTS",
    "EXPLAIN",
    "EXPORT",
    "EXTENSION",
    "FALSE",
    "FROM",
    "FORCE",
    "FOR",
    "GLOB",
    "GRAPH",
    "GROUP",
    "HEADERS",
    "HINT",
    "IMPORT",
    "INDEX",
    "IF",
    "IN",
    "INCREMENT",
    "INSTALL",
    "IS",
    "JOIN",
    "KEY",
    "LIMIT",
    "LOAD",
    "LOGICAL",
    "MACRO",
    "MATCH",
    "MAXVALUE",
    "MERGE",
    "MINVALUE",
    "MULTI_JOIN",
    "NO",
    "NODE",
    "NOT",
    "NONE",
    "NULL",
    "ON",
    "ONLY",
    "OPTIONS",
    "OPTIONAL",
    "OR",
    "ORDER",
    "PRIMARY",
    "PROFILE",
    "PROJECT",
    "READ",
    "REL",
    "RENAME",
    "RETURN",
    "ROLLBACK",
    "ROLLBACK_SKIP_CHECKPOINT",
    "SEQUENCE",
    "SET",
    "SKIP",
    "SORTED",
    "SHORTEST",
    "START",
    "STARTS",
    "STRUCT",
    "TABLE",
    "THEN",
    "TO",
    "TRAIL",
    "TRANSACTION",
    "TRUE",
    "TYPE",
    "UNION",
    "UNWIND",
    "UNINSTALL",
    "UPDATE",
    "USE",
    "WHEN",
    "WHERE",
    "WITH",
    "WRITE",
    "WSHORTEST",
    "XOR",
    "SINGLE",
    "YIELD",
    "USER",
    "PASSWORD",
    "ROLE",
    "MAP",
]


def test_every_keyword_of_the_embedded_store_is_either_reading_or_refused() -> None:
    lists = words()
    assert [k for k in LADYBUG_KEYWORDS if k not in lists["reading"] | lists["refused"]] == []
