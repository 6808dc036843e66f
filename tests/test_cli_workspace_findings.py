"""`--db PATH findings` with no FILE: the workspace's findings, as reading the files gives them,
with the seeker's flags, priorities and wording."""

from __future__ import annotations

import json
from dataclasses import replace

from infoview.store import open_workspace
from tests.conftest import DATA, SAMPLE
from tests.test_cli import infoview

FILES = (str(SAMPLE), str(DATA / "trends_dated_by_quarter_and_serial.csv"))


def test_the_workspace_lists_the_findings_of_its_research_with_flags_and_priorities(tmp_path):
    db = str(tmp_path / "ws.sqlite")
    assert infoview("--db", db, "--create", "research", "add", *FILES).returncode == 0
    workspace = open_workspace(db)
    hypotheses = workspace.hypotheses()
    first, second = hypotheses[0], hypotheses[1]
    edited = {
        first.id: replace(first, flagged=True, priority="high"),
        second.id: replace(second, statement="Analysts in Chicago earn about $73k"),
    }
    workspace.save_hypotheses([edited.get(h.id, h) for h in hypotheses])

    listed = infoview("--db", db, "findings", "--json")
    assert listed.returncode == 0, listed.stderr
    kept = json.loads(listed.stdout)
    read = json.loads(infoview("findings", *FILES, "--json").stdout)
    assert [(f["id"], f["statement"]) for f in kept] == [(f["id"], f["statement"]) for f in read]
    by_id = {f["id"]: f for f in kept}
    shown = [by_id[h.id] for h in hypotheses[:3]]
    assert [{k: f[k] for k in ("flagged", "priority", "worded_as")} for f in shown] == [
        {"flagged": True, "priority": "high", "worded_as": first.statement},
        {
            "flagged": False,
            "priority": "medium",
            "worded_as": "Analysts in Chicago earn about $73k",
        },
        {"flagged": False, "priority": "medium", "worded_as": hypotheses[2].statement},
    ]


def test_findings_without_files_or_a_workspace_says_what_to_give():
    result = infoview("findings", "--json")
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.startswith("infoview: give research files to read, or --db PATH")
