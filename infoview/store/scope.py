"""The one door from the repository to the owners' rows: every statement carries its owner.

`OwnerScope` binds `:owner` to every statement and refuses, before it reaches the database, any
statement on an owned table that does not filter (or insert) by that owner.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from infoview.store.database import Connection
from infoview.store.schema import OWNED_TABLES

_REFERENCE = re.compile(
    r"\b(FROM|JOIN|UPDATE|INTO)\s+(" + "|".join(OWNED_TABLES) + r")\b(?:\s+([a-z])\b)?",
    re.IGNORECASE,
)


class UnscopedStatement(AssertionError):
    """A bug: the repository wrote SQL on an owned table without the owner filter."""


@lru_cache(maxsize=512)
def check_scoped(sql: str) -> None:
    """Raise UnscopedStatement unless each owned table in `sql` is bound to `:owner`."""
    for verb, table, alias in _REFERENCE.findall(sql):
        if verb.upper() == "INTO":
            columns = re.search(rf"INTO\s+{table}\s*\(([^)]*)\)", sql, re.IGNORECASE)
            ok = columns is not None and "owner" in re.split(r"\W+", columns.group(1))
            ok = ok and ":owner" in sql
        else:
            qualified = rf"\b{alias}\.owner = :owner\b" if alias else r"(?<![.\w])owner = :owner\b"
            ok = re.search(qualified, sql) is not None
        if not ok:
            raise UnscopedStatement(f"{table} without its owner in: {sql}")


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
