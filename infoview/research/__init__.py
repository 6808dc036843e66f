"""Reading research spreadsheets into tables of a detected kind, with issues as data."""

from infoview.research.issues import Issue
from infoview.research.model import KINDS, PERIODS, ResearchFile, ResearchTable
from infoview.research.normalize import CURRENCY_CHOICES
from infoview.research.reader import MAX_BYTES, read_research, read_research_path
from infoview.research.table import build_table, retype_table
from infoview.research.worker import read_research_isolated, read_research_path_isolated

__all__ = [
    "CURRENCY_CHOICES",
    "KINDS",
    "PERIODS",
    "MAX_BYTES",
    "Issue",
    "ResearchFile",
    "ResearchTable",
    "build_table",
    "read_research",
    "read_research_isolated",
    "read_research_path_isolated",
    "read_research_path",
    "retype_table",
]
