"""Research list speed: importing 30,000 connections and ranking them against 2,000 target
organizations (from a postings table, some starred)."""

from __future__ import annotations

import csv
import random
import tempfile
from pathlib import Path

from bench.common import Result, median_seconds
from infoview.contacts import Interest, contacts_from_research, research_list
from infoview.contacts.fit import occupation_fit
from infoview.research import read_research_path

CONNECTIONS, ORGANIZATIONS = 30_000, 2_000
FINANCIAL_ANALYSTS = "13-2051"  # the seeker's target occupation
TITLES = (
    "Financial Analyst",
    "Senior Data Analyst",
    "Data Scientist",
    "Controller",
    "Registered Nurse",
    "Software Engineer II",
    "Marketing Manager",
    "VP Finance",
    "Recruiter",
    "Student",
)
FIRST = ("Ana", "Ben", "Zoë", "Łukasz", "Tomás", "Priya", "Omar", "Ingrid", "Kwame", "Mei")
LAST = ("Ruiz", "Ode", "Ångström", "Wójcik", "Ñúñez", "Shah", "Haddad", "Sørensen", "Mensah")


def _files(folder: Path) -> tuple[Path, Path]:
    """A connections export (notes above the header) and a postings table of 2,000 employers."""
    rng = random.Random(25)
    companies = [f"Company {i} Inc." for i in range(ORGANIZATIONS * 2)]
    connections = folder / "Connections.csv"
    with connections.open("w", newline="", encoding="utf-8") as out:
        out.write('Notes:\n"Made up for the benchmark."\n\n')
        writer = csv.writer(out)
        writer.writerow(
            [
                "First Name",
                "Last Name",
                "URL",
                "Email Address",
                "Company",
                "Position",
                "Connected On",
            ]
        )
        for i in range(CONNECTIONS):
            writer.writerow(
                [
                    rng.choice(FIRST),
                    f"{rng.choice(LAST)} {i}",
                    f"https://www.example.org/in/person-{i}",
                    f"person{i}@example.org" if i % 4 == 0 else "",
                    rng.choice(companies) if i % 10 else "",
                    rng.choice(TITLES),
                    f"{1 + i % 28:02d} Mar 2025",
                ]
            )
    postings = folder / "postings.csv"
    with postings.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["Job Title", "Company", "Location", "Salary"])
        for i in range(ORGANIZATIONS * 3):
            writer.writerow(
                [
                    rng.choice(TITLES),
                    companies[i % ORGANIZATIONS],
                    "Detroit, MI",
                    f"${rng.randrange(50, 150)},000",
                ]
            )
    return connections, postings


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as folder:
        connections, postings = _files(Path(folder))
        tables = list(read_research_path(postings).tables)
        stars = [Interest(f"Company {i}", 1 + i % 3) for i in range(0, ORGANIZATIONS, 20)]
        found: list = []

        def import_and_rank() -> None:
            contacts = contacts_from_research(read_research_path(connections)).contacts
            listed = research_list(tables, contacts, stars, occupation_fit([FINANCIAL_ANALYSTS]))
            found[:] = [len(contacts), len(listed.organizations), len(listed.suggestions)]

        seconds = median_seconds(import_and_rank, repeat=3)
    assert found[:2] == [CONNECTIONS, ORGANIZATIONS], found
    return [
        Result(
            f"import {CONNECTIONS:,} connections and rank them against {ORGANIZATIONS:,} "
            "target organizations",
            seconds,
            2.0,
            "s",
        )
    ]
