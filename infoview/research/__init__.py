"""Reading research spreadsheets into tables of a detected kind, with issues as data."""

from infoview.research.issues import Issue
from infoview.research.model import KINDS, ResearchFile, ResearchTable
from infoview.research.reader import build_table, read_research, read_research_path

__all__ = [
    "KINDS",
    "Issue",
    "ResearchFile",
    "ResearchTable",
    "build_table",
    "read_research",
    "read_research_path",
]
