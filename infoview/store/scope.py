"""The one door from the repository to the owners' rows: every statement carries its owner.

`OwnerScope` binds `:owner` to every statement and refuses, before it reaches the database, any
statement on an owned table that is not bound to that owner. The check parses the statement
(a small tokenizer, not a text match): each owned table must be tied to `:owner` by a condition
that every row must meet (a top-level `AND` term of its WHERE or JOIN ... ON), so
`WHERE owner = :owner OR 1 = 1` is refused; each part of a UNION, and each subquery, is checked
on its own. In PostgreSQL row-level security stands behind this check (`schema.py`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from infoview.store.database import Connection
from infoview.store.schema import SCOPED_TABLES

_TOKEN = re.compile(
    r"\s*(?:(?P<string>'(?:[^']|'')*')|(?P<param>:[a-z_][a-z0-9_]*)|(?P<word>[a-z_][a-z0-9_]*)"
    r"|(?P<quoted>\"[^\"]*\")|(?P<number>\d+(?:\.\d+)?)|(?P<comment>--|/\*)"
    r"|(?P<symbol><=|>=|<>|!=|\|\||::|[-+*/%=<>(),.;]))",
    re.IGNORECASE,
)
_SET_OPERATORS = {"union", "intersect", "except"}
_CLAUSE_ENDS = {"group", "order", "limit", "having", "returning", "offset", "window"}
_JOINS = {"join", "left", "right", "inner", "outer", "cross", "full", "natural"}
_NOT_ALIAS = _CLAUSE_ENDS | _JOINS | _SET_OPERATORS | {"where", "on", "set", "using", "values"}
_OWNED = frozenset(SCOPED_TABLES)


class UnscopedStatement(AssertionError):
    """A bug: the repository wrote SQL on an owned table without the owner filter."""


def tokens(sql: str) -> list[str]:
    """The statement's tokens (words lower-cased); UnscopedStatement for what we never write."""
    found, position = [], 0
    while position < len(sql):
        match = _TOKEN.match(sql, position)
        if match is None or match.end() == position:
            if sql[position:].strip() == "":
                break
            raise UnscopedStatement(f"cannot read {sql[position : position + 20]!r} in: {sql}")
        kind, text = match.lastgroup, match.group(match.lastgroup)
        if kind == "comment" or text == ";" or kind == "quoted":
            raise UnscopedStatement(f"comments, quoted names and ';' are refused in: {sql}")
        found.append(text.lower() if kind in ("word", "param") else text)
        position = match.end()
    return found


@lru_cache(maxsize=512)
def check_scoped(sql: str) -> None:
    """Raise UnscopedStatement unless each owned table in `sql` is bound to `:owner`."""
    _check(tokens(sql), sql)


def _check(statement: list[str], sql: str) -> None:
    flat, subqueries = _lift_subqueries(statement)
    for subquery in subqueries:
        _check(subquery, sql)
    for part in _split_top(flat, _SET_OPERATORS):
        _check_simple(part, sql)


def _lift_subqueries(statement: list[str]) -> tuple[list[str], list[list[str]]]:
    """The statement with each `(SELECT ...)` replaced by one placeholder, and those lifted."""
    flat: list[str] = []
    lifted: list[list[str]] = []
    index = 0
    while index < len(statement):
        if (
            statement[index] == "("
            and index + 1 < len(statement)
            and statement[index + 1]
            in (
                "select",
                "with",
            )
        ):
            end = _closing(statement, index)
            lifted.append(statement[index + 1 : end])
            flat.append("?subquery")
            index = end + 1
        else:
            flat.append(statement[index])
            index += 1
    return flat, lifted


def _closing(statement: list[str], opening: int) -> int:
    depth = 0
    for index in range(opening, len(statement)):
        depth += {"(": 1, ")": -1}.get(statement[index], 0)
        if depth == 0:
            return index
    raise UnscopedStatement("unbalanced parentheses")


def _split_top(statement: list[str], separators: set[str]) -> list[list[str]]:
    """`statement` cut at the `separators` that are outside any parentheses."""
    parts: list[list[str]] = [[]]
    depth = 0
    for token in statement:
        depth += {"(": 1, ")": -1}.get(token, 0)
        if depth == 0 and token in separators:
            parts.append([])
        else:
            parts[-1].append(token)
    return parts


def _check_simple(statement: list[str], sql: str) -> None:
    references = _owned_references(statement)
    if not references:
        return
    if statement[0] == "insert":
        _check_insert(statement, sql)
        return
    if statement[0] == "update" and _assigns_owner(statement):
        raise UnscopedStatement(f"an UPDATE may not change the owner in: {sql}")
    bound = _bound_aliases(statement)
    for table, alias in references:
        named = {alias or table, table} if alias is None else {alias}
        alone = len(references) == 1 and None in bound  # an unqualified owner is unambiguous
        if not (named & bound or alone):
            raise UnscopedStatement(f"{table} without its owner in: {sql}")


def _owned_references(statement: list[str]) -> list[tuple[str, str | None]]:
    """(table, alias) of each owned table the statement names after FROM, JOIN, UPDATE, INTO,
    or a comma of a FROM list."""
    found = []
    in_from = False
    for index, token in enumerate(statement):
        if token in ("from", "join", "update", "into"):
            in_from = token == "from"
        elif token in _NOT_ALIAS:
            in_from = False
            continue
        elif not (token == "," and in_from):
            continue
        following = statement[index + 1] if index + 1 < len(statement) else ""
        if following in _OWNED:
            found.append((following, _alias_after(statement, index + 2)))
    return found


def _alias_after(statement: list[str], index: int) -> str | None:
    if index < len(statement) and statement[index] == "as":
        index += 1
    if index < len(statement) and re.fullmatch(r"[a-z_]\w*", statement[index]):
        return None if statement[index] in _NOT_ALIAS else statement[index]
    return None


def _bound_aliases(statement: list[str]) -> set[str | None]:
    """The aliases (None: unqualified) bound by an `owner = :owner` term that every row must
    meet: a top-level AND term of a WHERE or JOIN ... ON condition without a top-level OR
    (AND binds tighter, so `owner = :owner AND a OR b` lets every owner's rows through)."""
    bound: set[str | None] = set()
    for condition in _conditions(statement):
        if len(_split_top(condition, {"or"})) > 1:
            continue
        for term in _split_top(condition, {"and"}):
            bound |= _binds(_unwrap(term))
    return bound


def _conditions(statement: list[str]) -> list[list[str]]:
    """Each WHERE and ON condition at the top level, up to the clause that ends it."""
    conditions = []
    depth = 0
    current: list[str] | None = None
    for token in statement:
        if depth == 0 and token in ("where", "on"):
            current = []
            conditions.append(current)
            continue
        if depth == 0 and (token in _CLAUSE_ENDS or token in _JOINS):
            current = None
        depth += {"(": 1, ")": -1}.get(token, 0)
        if current is not None:
            current.append(token)
    return conditions


def _binds(term: list[str]) -> set[str | None]:
    """{None} for `owner = :owner`, {x} for `x.owner = :owner` (either side), else empty."""
    if term in (["owner", "=", ":owner"], [":owner", "=", "owner"]):
        return {None}
    if len(term) == 5 and term[1:] == [".", "owner", "=", ":owner"]:
        return {term[0]}
    if len(term) == 5 and term[:2] == [":owner", "="] and term[3:] == [".", "owner"]:
        return {term[2]}
    return set()


def _unwrap(term: list[str]) -> list[str]:
    while len(term) > 2 and term[0] == "(" and _closing(term, 0) == len(term) - 1:
        term = term[1:-1]
    return term


def _check_insert(statement: list[str], sql: str) -> None:
    """INSERT INTO t (.., owner, ..) VALUES (.., :owner, ..): owner given, and as `:owner`."""
    try:
        opening = statement.index("(")
        columns = [t for t in statement[opening + 1 : _closing(statement, opening)] if t != ","]
        values_at = statement.index("values")
        values = _split_top(statement[values_at + 2 : _closing(statement, values_at + 1)], {","})
    except (ValueError, UnscopedStatement):
        raise UnscopedStatement(f"an INSERT must list its columns and VALUES in: {sql}") from None
    if "owner" not in columns or len(values) != len(columns):
        raise UnscopedStatement(f"an INSERT without its owner in: {sql}")
    if values[columns.index("owner")] != [":owner"]:
        raise UnscopedStatement(f"an INSERT whose owner is not :owner in: {sql}")
    rest = statement[_closing(statement, values_at + 1) + 1 :]
    if rest and rest[0] == ",":
        raise UnscopedStatement(f"one row per INSERT statement, in: {sql}")


def _assigns_owner(statement: list[str]) -> bool:
    start = statement.index("set") if "set" in statement else len(statement)
    end = statement.index("where") if "where" in statement else len(statement)
    assignments = _split_top(statement[start + 1 : end], {","})
    return any(a[:2] == ["owner", "="] or a[1:4] == [".", "owner", "="] for a in assignments)


class OwnerScope:
    """A connection that only runs statements scoped to one owner."""

    def __init__(self, conn: Connection, owner: str) -> None:
        self.conn = conn
        self.owner = owner

    def execute(self, sql: str, params: Mapping[str, object] | None = None):
        check_scoped(sql)
        return self.conn.execute(sql, {**(params or {}), "owner": self.owner})

    def executemany(self, sql: str, rows: Iterable[Mapping[str, object]]) -> None:
        check_scoped(sql)
        self.conn.executemany(sql, ({**row, "owner": self.owner} for row in rows))

    def rows(self, sql: str, params: Mapping[str, object] | None = None) -> list[tuple]:
        return [tuple(row) for row in self.execute(sql, params).fetchall()]

    def one(self, sql: str, params: Mapping[str, object] | None = None) -> tuple | None:
        row = self.execute(sql, params).fetchone()
        return None if row is None else tuple(row)
