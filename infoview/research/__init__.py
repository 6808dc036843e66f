"""Reading research spreadsheets into tables of a detected kind, with issues as data.

Names are loaded on first use: the reader pool (`worker`) and `inspect` import this package
without the pandas the reading itself needs, so a reader process can start before them.
"""

from importlib import import_module

_HOMES = {
    "CURRENCY_CHOICES": "normalize",
    "KINDS": "model",
    "PERIODS": "model",
    "MAX_BYTES": "files",
    "Issue": "issues",
    "ResearchFile": "model",
    "ResearchTable": "model",
    "build_table": "table",
    "read_research": "reader",
    "read_research_isolated": "worker",
    "read_research_path_isolated": "worker",
    "read_research_path": "reader",
    "retype_table": "table",
}

__all__ = list(_HOMES)


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{home}"), name)
