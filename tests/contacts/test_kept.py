"""Contacts kept in the workspace: round trips, the log's people, deleting for good."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from infoview.anonymize import secrets_of
from infoview.contacts import INTERESTS, Contact, interests_to, read_contacts_path, research_list
from infoview.contacts.cli import workspace_list
from infoview.contacts.model import FROM_LOG, MET
from infoview.contacts.organizations import Interest
from infoview.log import Interview, Referral
from infoview.profile import Profile
from infoview.store import open_workspace

DATA = Path(__file__).parents[1] / "data"
CONNECTIONS = DATA / "connections_duplicates_no_company_accents.csv"
OUTLOOK = DATA / "outlook_contacts_title_beside_job_title.csv"


def test_contacts_go_from_file_to_workspace_to_export_and_back_whole(tmp_path):
    read = [*read_contacts_path(CONNECTIONS).contacts, *read_contacts_path(OUTLOOK).contacts]
    workspace = open_workspace(tmp_path / "ws.sqlite")
    assert workspace.add_contacts(read) == 6
    workspace.save_document(INTERESTS, interests_to([Interest("Fjord Analytics", 3)]))
    restarted = open_workspace(tmp_path / "ws.sqlite")
    assert restarted.contacts() == read
    copy = open_workspace(tmp_path / "copy.sqlite")
    copy.import_data(restarted.export_data(), "export")
    assert copy.contacts() == read
    assert copy.export_data() == restarted.export_data()
    assert workspace_list(copy) == workspace_list(restarted)


def test_adding_a_file_again_adds_no_one_and_fills_blanks(tmp_path):
    workspace = open_workspace(tmp_path / "ws.sqlite")
    workspace.add_contacts(read_contacts_path(CONNECTIONS).contacts)
    assert workspace.add_contacts(read_contacts_path(CONNECTIONS).contacts) == 0
    assert workspace.add_contacts([Contact("Tomás Ñúñez", phone="+34 600 000 000")]) == 0
    tomas = next(c for c in workspace.contacts() if c.name == "Tomás Ñúñez")
    assert (tomas.phone, tomas.position) == ("+34 600 000 000", "Data Scientist")
    assert len(workspace.contacts()) == 4


def test_an_interview_adds_the_person_met_and_whom_they_suggested(tmp_path):
    workspace = open_workspace(tmp_path / "ws.sqlite")
    workspace.add_contacts([Contact("Dana Whitfield", "Northwind Motors", source="c.csv")])
    dana = Profile(name="Dana Whitfield", organization="Northwind Motors", title="CFO")
    workspace.record_interview(
        Interview(
            dana,
            date(2026, 11, 2),
            referrals=(Referral("Priya Shah", "Lakeshore Bank", "priya@lakeshore.example"),),
        ),
        [],
    )
    assert workspace.contacts() == [
        Contact(
            "Dana Whitfield",
            "Northwind Motors",
            "CFO",
            how_known="met on 2026-11-02",
            status=MET,
            source="c.csv",
        ),
        Contact(
            "Priya Shah",
            "Lakeshore Bank",
            email="priya@lakeshore.example",
            how_known="suggested by Dana Whitfield on 2026-11-02",
            referred_by="Dana Whitfield",
            source=FROM_LOG,
        ),
    ]
    assert workspace_list(workspace).close().people == ("Priya Shah",)


def test_deleting_a_contact_removes_it_from_the_list_the_close_the_targets_and_the_export(
    tmp_path,
):
    workspace = open_workspace(tmp_path / "ws.sqlite")
    workspace.add_contacts(read_contacts_path(OUTLOOK).contacts)
    workspace.save_document(INTERESTS, interests_to([Interest("Fjord Analytics", 3, own=True)]))
    ingrid = workspace.contacts()[0]
    before = workspace_list(workspace)
    assert before.close().people == ("Ingrid Sørensen",)
    assert before.organizations[0].contacts == ("Ingrid Sørensen",)
    workspace.delete_contact(ingrid.id)
    after = workspace_list(workspace)
    assert [c.name for c in workspace.contacts()] == ["Kwame Mensah"]
    assert after.close().people == ()
    assert after.close().organizations == ("Fjord Analytics",)
    assert after.organizations[0].contacts == ()
    assert "Sørensen" not in str(workspace.export_data())
    assert "Ingrid Sørensen" not in secrets_of([], [], workspace.contacts()).people
    assert workspace.delete_contacts() == 1
    assert workspace.contacts() == []
    assert research_list([], workspace.contacts()).suggestions == ()


def test_contacts_names_and_details_never_reach_talking_points():
    secrets = secrets_of(
        [], [], [Contact("Kwame Mensah", "Harbor Freight", email="kwame@harbor.example")]
    )
    assert secrets.scrub("Kwame Mensah (kwame@harbor.example) runs the FP&A team.") == (
        "Someone (contact details withheld) runs the FP&A team."
    )


def test_a_workspace_from_before_contacts_gets_its_logged_people_on_upgrade(tmp_path):
    workspace = open_workspace(tmp_path / "ws.sqlite")
    dana = Profile(name="Dana Whitfield", organization="Northwind Motors")
    workspace.record_interview(
        Interview(dana, date(2026, 11, 2), referrals=(Referral("Priya Shah", "Lakeshore"),)),
        [],
    )
    logged = workspace.contacts()
    with sqlite3.connect(workspace.path) as conn:  # as InfoView left it before schema 6
        conn.execute("DROP TABLE contacts")
        conn.execute("DELETE FROM migrations WHERE number = 6")
    upgraded = open_workspace(tmp_path / "ws.sqlite")
    assert (6, "contacts") in upgraded.migrations()
    assert upgraded.contacts() == logged
    assert [c.name for c in logged] == ["Dana Whitfield", "Priya Shah"]
