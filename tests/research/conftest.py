"""Shared helpers for the research import tests."""

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def data_dir() -> Path:
    """tests/data, where the import fixtures live."""
    return DATA
