"""Crafted workspace files are refused whole, with a message, before anything is stored."""

from __future__ import annotations

import json

import pytest

from infoview.errors import WorkspaceError
from infoview.store import codec, open_workspace
from infoview.store.workspace import EXPORT_COLUMNS
from tests.conftest import SAMPLE


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict:
    """A real export holding the sample research and one document."""
    from infoview.research import read_research_path

    workspace = open_workspace(tmp_path_factory.mktemp("source") / "ws.sqlite")
    workspace.save_research([read_research_path(SAMPLE)])
    workspace.save_document("outreach_seeker", {"name": "Ana"})
    return workspace.export_data()


def _with(document: dict, table: str, part) -> dict:
    crafted = json.loads(json.dumps(document))
    crafted["tables"][table] = part
    return crafted


def _research_content(document: dict, content: str) -> dict:
    part = json.loads(json.dumps(document["tables"]["research_files"]))
    part["rows"][0][EXPORT_COLUMNS["research_files"].index("content")] = content
    return _with(document, "research_files", part)


HUGE_ARRAY = json.dumps({"$ndarray": ["float64", [100_000_000], [1.0]]})
HUGE_INDEX = json.dumps(
    {
        "$frame": {
            "columns": {"$index": ["object", [], None]},
            "index": {"$range": [0, 100_000_000, 1, None]},
            "dtypes": [],
            "data": [],
        }
    }
)
CASES = {
    "research entry is a string": (
        lambda d: _research_content(d, json.dumps("just text")),
        'row 1 of table "research_files", column "content" holds str, not a ResearchFile',
    ),
    "array declared 100,000,000 long": (
        lambda d: _research_content(d, HUGE_ARRAY),
        "an array side of 100000000 values",
    ),
    "row index declared 100,000,000 long": (
        lambda d: _research_content(d, HUGE_INDEX),
        "a row index of 100000000 values",
    ),
    "research_files is a string": (
        lambda d: _with(d, "research_files", "x"),
        'table "research_files" has no list of rows',
    ),
    "a record of a kind not ours": (
        lambda d: _research_content(d, json.dumps({"$dataclass": ["os:system", {}]})),
        "a record of an unknown kind (os:system)",
    ),
    "two tags in one value": (
        lambda d: _research_content(d, json.dumps({"$float": "1", "$date": "x"})),
        "cannot be read",
    ),
    "a list where a name belongs": (
        lambda d: _with(
            d,
            "documents",
            {"columns": list(EXPORT_COLUMNS["documents"]), "rows": [[["k"], "1", 1]]},
        ),
        'row 1 of table "documents", column "key" holds list, not a text or number',
    ),
    "a table InfoView does not keep": (
        lambda d: _with(d, "users", {"columns": [], "rows": []}),
        'it has a table "users" InfoView does not keep',
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_crafted_file_is_refused_and_changes_nothing(exported, tmp_path, case):
    craft, reason = CASES[case]
    workspace = open_workspace(tmp_path / "ws.sqlite")
    with pytest.raises(WorkspaceError) as refused:
        workspace.import_data(craft(exported), "crafted.json")
    assert str(refused.value).startswith("crafted.json was not loaded: ")
    assert reason in str(refused.value)
    assert str(refused.value).endswith(
        "Nothing was changed. Load a file downloaded from My workspace, unchanged."
    )
    assert (
        workspace.export_data()["tables"]
        == open_workspace(tmp_path / "empty.sqlite").export_data()["tables"]
    )


def test_the_unchanged_export_loads(exported, tmp_path):
    assert open_workspace(tmp_path / "ws.sqlite").import_data(exported, "mine.json") == 2


def test_a_frame_whose_columns_do_not_match_its_rows_is_refused():
    frame = {
        "$frame": {
            "columns": {"$index": ["object", ["a"], None]},
            "index": {"$range": [0, 2, 1, None]},
            "dtypes": ["int64"],
            "data": [[1, 2, 3]],
        }
    }
    with pytest.raises(WorkspaceError, match="columns do not match its rows"):
        codec.loads(json.dumps(frame))
