"""Shared fixtures: paths to the sample research and the small test files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.postgres import ThrowawayPostgres, require_postgres

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"
SAMPLE = ROOT / "data" / "sample_research.xlsx"


@pytest.fixture(autouse=True)
def _workspace_db(tmp_path_factory, monkeypatch):
    """Every test gets its own workspace database, never the user's."""
    monkeypatch.setenv("INFOVIEW_DB", str(tmp_path_factory.mktemp("db") / "workspace.sqlite"))


@pytest.fixture(scope="session")
def postgres_server():
    """One throwaway PostgreSQL cluster for the whole run, stopped and removed at the end."""
    server = ThrowawayPostgres(require_postgres())
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def postgres_url(postgres_server):
    """The URL of a new, empty database on the session's PostgreSQL cluster; the workspace's
    connection pool to it is closed after the test."""
    from infoview.store.database import close_database

    url = postgres_server.create_database()
    yield url
    close_database(url)


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE


def pytest_report_header(config):
    return f"CI={os.environ.get('CI', '')}"
