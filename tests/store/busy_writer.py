"""A process that keeps rewriting a workspace; the crash and two-writer tests start it.

Usage: python -m tests.store.busy_writer DB LABEL TIMES ROWS (TIMES 0: until killed).
Each round stores the files `a.csv` and `b.csv`, every cell `LABEL-ROUND:row:col`, and
hypotheses worded `LABEL-ROUND #n`, so a reader can tell whether a round was stored whole.
"""

from __future__ import annotations

import itertools
import sys

import pandas as pd

from infoview.hypotheses import custom_hypothesis
from infoview.research import ResearchFile, ResearchTable
from infoview.store import open_workspace

FILES = ("a.csv", "b.csv")
COLUMNS = ("Role", "Location", "Base", "Source", "Note")
HYPOTHESES = 20


def research(name: str, mark: str, rows: int) -> ResearchFile:
    frame = pd.DataFrame(
        [[f"{mark}:{r}:{c}" for c in range(len(COLUMNS))] for r in range(rows)],
        columns=list(COLUMNS),
        dtype="str",
    )
    table = ResearchTable(name, name, "generic", 1, {"role": "Role"}, frame)
    return ResearchFile(name, (table,))


def main(path: str, label: str, times: int, rows: int) -> None:
    workspace = open_workspace(path)
    rounds = itertools.count() if times == 0 else range(times)
    for round_ in rounds:
        mark = f"{label}-{round_}"
        files = [research(name, mark, rows) for name in FILES]
        print(f"begin {mark}", flush=True)
        workspace.save_research(files)
        workspace.save_hypotheses(custom_hypothesis(f"{mark} #{n}") for n in range(HYPOTHESES))
        print(f"saved {mark}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
