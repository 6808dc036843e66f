"""`contacts add/list/next/delete` and `targets`, as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli import infoview
from tests.conftest import ROOT

DATA = ROOT / "tests" / "data"


def test_contacts_add_list_targets_and_delete(tmp_path: Path):
    db = tmp_path / "ws.sqlite"
    added = infoview(
        "--db",
        db,
        "--create",
        "contacts",
        "add",
        DATA / "connections_duplicates_no_company_accents.csv",
        DATA / "outlook_contacts_title_beside_job_title.csv",
    )
    assert added.returncode == 0, added.stderr
    assert "row 10: no name (only the company Fjord Analytics)" in added.stderr
    assert added.stderr.strip().endswith(": 6 new, 6 contacts")
    typed = infoview("--db", db, "contacts", "add", "--name", "Priya Shah", "--org", "Acme")
    assert typed.returncode == 0, typed.stderr
    listed = json.loads(infoview("--db", db, "contacts", "list", "--json").stdout)
    assert [c["name"] for c in listed] == [
        "Zoë Ångström",
        "Tomás Ñúñez",
        "Łukasz Wójcik",
        "Łukasz Wójcik",
        "Ingrid Sørensen",
        "Kwame Mensah",
        "Priya Shah",
    ]
    assert listed[4] == {
        "id": listed[4]["id"],
        "name": "Ingrid Sørensen",
        "organization": "Fjord Analytics",
        "position": "Financial Analyst",
        "email": "ingrid@fjord.example",
        "phone": "+47 555 0100",
        "link": "https://fjord.example/ingrid",
        "how_known": "",
        "status": "to contact",
        "referred_by": "",
        "source": "outlook_contacts_title_beside_job_title.csv",
    }
    targets = infoview(
        "--db", db, "targets", "--star", "Fjord Analytics=3", "--occupation", "13-2051", "--json"
    )
    assert targets.returncode == 0, targets.stderr
    assert json.loads(targets.stdout) == [
        {
            "name": "Fjord Analytics",
            "interest": 3,
            "postings": 0,
            "contacts": ["Zoë Ångström", "Ingrid Sørensen"],
            "reason": "You gave it 3 stars; no postings in your target occupation; you know "
            "Zoë Ångström and Ingrid Sørensen there.",
            "reports": 0,
            "research": [],
            "own": True,
        }
    ]
    bad = infoview("--db", db, "targets", "--occupation", "99-9999")
    assert (bad.returncode, bad.stderr.strip()) == (
        1,
        'infoview: "99-9999" is not a 2018 SOC code: use one like 15-2051 (python -m infoview '
        "occupation TITLE finds it).",
    )
    deleted = infoview("--db", db, "contacts", "delete", listed[0]["id"])
    assert deleted.returncode == 0, deleted.stderr
    gone = infoview("--db", db, "contacts", "delete", "--all")
    assert gone.stderr.strip() == "deleted 6 contacts"
    assert json.loads(infoview("--db", db, "contacts", "list", "--json").stdout) == []
