"""The store's tests run on both databases: a SQLite file and a throwaway PostgreSQL."""

from __future__ import annotations

import pytest

DIALECTS = ("sqlite", "postgresql")


@pytest.fixture(params=DIALECTS)
def location(request, tmp_path) -> str:
    """A new, empty workspace location: a SQLite file, or a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "ws.sqlite")
    return request.getfixturevalue("postgres_url")
