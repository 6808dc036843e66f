"""Reading research spreadsheets into tables of a detected kind, with issues as data.

Names are loaded on first use: the reader pool (`worker`) and `inspect` import this package
without the pandas the reading itself needs, so a reader process can start before them.
"""

from infoview.lazy import lazy_names

_HOMES = {
    "CURRENCY_CHOICES": "normalize",
    "CURRENCY_NAMES": "vocabulary",
    "DEFAULT_CURRENCY": "vocabulary",
    "KINDS": "model",
    "PERIODS": "model",
    "MAX_BYTES": "files",
    "Issue": "issues",
    "ResearchFile": "model",
    "ResearchTable": "model",
    "assuming_currency": "table",
    "build_table": "table",
    "file_assuming_currency": "table",
    "read_research": "reader",
    "read_research_isolated": "worker",
    "read_research_path_isolated": "worker",
    "read_research_path": "reader",
    "retype_table": "table",
}

__all__ = list(_HOMES)
__getattr__ = lazy_names(__name__, _HOMES)
