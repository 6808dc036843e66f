"""Example sheets: each research file of a folder planned for a few interviewees, as Markdown.

The corpus property test checks these sheets read as speech, and `scripts/export_examples.py`
writes them to docs/examples/ so a reader can judge them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from infoview.contacts import research_close
from infoview.export import render
from infoview.findings import propose_findings
from infoview.hypotheses import from_finding
from infoview.profile import Profile
from infoview.questions import load_bank, plan_sheet
from infoview.questions.model import Sheet
from infoview.research import read_research_path
from infoview.research.model import ResearchTable

RESEARCH_SUFFIXES = frozenset({".csv", ".tsv", ".xlsx", ".xlsm", ".xls", ".ods"})
ASKER = "Ana Ruiz, a business student finishing a degree in finance"
# Six people a student might meet, from a new analyst to an executive, inside and outside.
PROFILES = (
    Profile(name="Jordan Lee", seniority="junior", specialty="data", minutes=15),
    Profile(
        name="Priya Nair",
        organization="Northwind Motors",
        title="Marketing Manager",
        seniority="mid",
        specialty="marketing",
        industry="automotive",
        minutes=15,
    ),
    Profile(
        name="Dana Whitfield",
        organization="Northwind Motors",
        title="Chief Financial Officer",
        seniority="executive",
        specialty="finance",
        industry="automotive",
        insider=True,
        referred_by="Ravi Patel",
        minutes=30,
    ),
    Profile(
        name="Sam Rivera",
        organization="City of Chicago",
        title="Emergency Management Coordinator",
        seniority="senior",
        specialty="operations",
        industry="government",
        minutes=15,
    ),
    Profile(
        name="Lena Ortiz",
        title="HR Business Partner",
        seniority="mid",
        specialty="human resources",
        industry="healthcare",
        minutes=30,
    ),
    Profile(
        name="Alan Chu",
        organization="NASA",
        title="Associate Administrator",
        seniority="executive",
        specialty="engineering",
        industry="government",
        insider=True,
        minutes=15,
    ),
)


@dataclass(frozen=True)
class Research:
    """What one file gave: its name, its readable tables and every finding flagged."""

    name: str
    tables: tuple[ResearchTable, ...]
    hypotheses: tuple


def corpus_folder(root: Path) -> Path | None:
    """The shared corpus next to the project (`../shared/corpus`, or two levels up from a
    worktree), or None when there is none."""
    found = [root.parent / "shared" / "corpus", root.parent.parent / "shared" / "corpus"]
    return next((folder for folder in found if folder.is_dir()), None)


def research_files(folder: Path) -> list[Path]:
    """The research files of `folder`, by name."""
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in RESEARCH_SUFFIXES)


def read_research(path: Path) -> Research:
    """The file's tables and all its findings, flagged as `sheet --flag-all` does."""
    tables = tuple(read_research_path(path).tables)
    hypotheses = tuple(from_finding(f, flagged=True) for f in propose_findings(tables))
    return Research(path.name, tables, hypotheses)


def sheet_for(research: Research, profile: Profile, asker: str = ASKER) -> Sheet:
    """The question sheet for `profile` built from one file's research."""
    targets = research_close(
        research.tables, profile.name, profile.organization, profile.referred_by
    )
    return plan_sheet(profile, research.hypotheses, load_bank(), targets, asker=asker)


def markdown(sheet: Sheet, day: date) -> str:
    """The sheet as the Markdown export prints it, dated `day`."""
    return render(sheet, "md", day=day).decode()


def examples(folder: Path, profile: Profile, day: date) -> Iterator[tuple[str, str]]:
    """(file name, Markdown sheet) for each research file of `folder`."""
    for path in research_files(folder):
        yield path.name, markdown(sheet_for(read_research(path), profile), day)
