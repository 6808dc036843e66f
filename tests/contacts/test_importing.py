"""Contacts read from connections and address-book exports, each field where it belongs."""

from __future__ import annotations

from pathlib import Path

import pytest

from infoview.contacts import Contact, contacts_from_research, unique
from infoview.contacts.model import MET, TO_CONTACT
from infoview.research import read_research_path

ROOT = Path(__file__).parents[2]
DATA = ROOT / "tests" / "data"
# where `make corpus` looks: beside the project, or beside the folder of worktrees
CORPUS = next(
    (
        p
        for p in (ROOT.parent / "shared" / "corpus", ROOT.parents[1] / "shared" / "corpus")
        if p.is_dir()
    ),
    ROOT / "no corpus",
)


def read(path: Path):
    return contacts_from_research(read_research_path(path))


def test_a_connections_export_keeps_each_person_once_with_every_field():
    found = read(DATA / "connections_duplicates_no_company_accents.csv")
    assert found.contacts == (
        Contact(
            "Zoë Ångström",
            "Fjord Analytics",
            "Financial Analyst",
            email="zoe@example.org",
            link="https://www.example.org/in/zoe-angstrom",
            how_known="connected on 2025-02-03",
            source="connections_duplicates_no_company_accents.csv",
        ),
        Contact(
            "Tomás Ñúñez",
            "",
            "Data Scientist",
            link="https://www.example.org/in/tomas-nunez",
            how_known="connected on 2025-03-17",
            source="connections_duplicates_no_company_accents.csv",
        ),
        Contact(
            "Łukasz Wójcik",
            "Harbor Freight, Inc.",
            "Controller",
            link="https://www.example.org/in/lukasz-wojcik",
            how_known="connected on 2025-04-01",
            source="connections_duplicates_no_company_accents.csv",
        ),
        # the same name at the same company with another profile link is another person
        Contact(
            "Łukasz Wójcik",
            "Harbor Freight, Inc.",
            "Warehouse Associate",
            link="https://www.example.org/in/lukasz-wojcik-2",
            how_known="connected on 2025-04-09",
            source="connections_duplicates_no_company_accents.csv",
        ),
    )
    assert found.problems == (
        "connections_duplicates_no_company_accents.csv › connections_duplicates_no_company_"
        "accents, row 10: no name (only the company Fjord Analytics), so it was left out. Add "
        "the person's name in the file and add it again, or type the contact.",
    )


def test_an_outlook_export_takes_the_job_title_not_the_salutation_and_any_filled_email():
    found = read(DATA / "outlook_contacts_title_beside_job_title.csv")
    assert found.contacts == (
        Contact(
            "Ingrid Sørensen",
            "Fjord Analytics",
            "Financial Analyst",
            email="ingrid@fjord.example",
            phone="+47 555 0100",
            link="https://fjord.example/ingrid",
            source="outlook_contacts_title_beside_job_title.csv",
        ),
        Contact(
            "Kwame Mensah",
            "Harbor Freight",
            "Data Analyst",
            email="kwame@harbor.example",
            phone="+1 313 555 0177",
            source="outlook_contacts_title_beside_job_title.csv",
        ),
    )


def test_a_table_of_another_kind_is_named_with_what_to_do():
    found = read(ROOT / "data" / "sample_research.xlsx")
    assert found.contacts == ()
    assert found.problems[0] == (
        "sample_research.xlsx › Salaries: this looks like a pay table, not a list of people "
        "(no name column with an e-mail, phone or date connected beside it). Export your "
        "contacts as CSV and add that file."
    )


def test_copies_fill_each_others_blanks_and_keep_what_happened_since():
    first = Contact("José Díaz", "Acme", email="jose@acme.example")
    again = Contact("jose diaz", "ACME", position="Controller", status=MET)
    other_org = Contact("José Díaz", "Globex")
    assert unique([first, again, other_org]) == [
        Contact("José Díaz", "Acme", "Controller", email="jose@acme.example", status=MET),
        other_org,
    ]
    assert unique([first, again])[0].status != TO_CONTACT


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")
def test_the_corpus_connections_export_imports_with_every_field():
    found = read(CORPUS / "linkedin_style_connections_export.csv")
    assert len(found.contacts) == 60
    assert found.problems == ()
    first = found.contacts[0]
    assert first == Contact(
        "Amara Okafor",
        "Northwind Traders",
        "Senior Consultant",
        email="amara@example.org",
        link="https://www.example.org/in/amara-okafor-1000",
        how_known="connected on 2026-01-01",
        source="linkedin_style_connections_export.csv",
    )
    assert all(c.link and c.how_known.startswith("connected on 20") for c in found.contacts)
    assert "Fabrikam, Inc." in {c.organization for c in found.contacts}


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")
def test_the_corpus_google_export_imports_with_every_field():
    found = read(CORPUS / "google_contacts_export.csv")
    assert found.contacts == (
        Contact("Richard Feynman", email="rich@caltech.edu", source="google_contacts_export.csv"),
        Contact("Elon Musk", email="elon.musk@tesla.com", source="google_contacts_export.csv"),
    )
    assert len(found.problems) == 1 and "row 3: no name" in found.problems[0]
