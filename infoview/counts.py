"""How many files, findings, flagged hypotheses, interviews and contacts the workspace holds:
counted here once, so the sidebar and every page say the same numbers."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from infoview.hypotheses import Hypothesis
from infoview.research import ResearchFile

# Words whose plural is not the word with an "s".
PLURALS = {"hypothesis": "hypotheses", "person": "people"}


@dataclass(frozen=True)
class Tally:
    """The workspace's counts: research files kept (read or not), their tables, the findings
    proposed from them, the seeker's own hypotheses, those flagged, interviews logged, contacts."""

    files: int = 0
    tables: int = 0
    findings: int = 0
    own: int = 0
    flagged: int = 0
    interviews: int = 0
    contacts: int = 0

    @property
    def hypotheses(self) -> int:
        """Findings and the seeker's own, all that can be flagged."""
        return self.findings + self.own

    @property
    def research(self) -> str:
        """ "2 files, 5 tables, 1,636 findings"."""
        return ", ".join(
            (counted(self.files, "file"), counted(self.tables, "table"), self.findings_said)
        )

    @property
    def findings_said(self) -> str:
        return counted(self.findings, "finding")

    @property
    def flagged_said(self) -> str:
        """ "8 of 1,640 hypotheses flagged"."""
        return f"{self.flagged:,} of {counted(self.hypotheses, 'hypothesis')} flagged"

    @property
    def interviews_said(self) -> str:
        return counted(self.interviews, "interview")

    @property
    def contacts_said(self) -> str:
        return counted(self.contacts, "person")


def tally(
    files: Collection[ResearchFile],
    hypotheses: Sequence[Hypothesis],
    interviews: int,
    contacts: int,
) -> Tally:
    """The counts of this research, these hypotheses and how many interviews and contacts."""
    own = sum(h.custom for h in hypotheses)
    return Tally(
        files=len(files),
        tables=sum(len(f.tables) for f in files),
        findings=len(hypotheses) - own,
        own=own,
        flagged=sum(h.flagged for h in hypotheses),
        interviews=interviews,
        contacts=contacts,
    )


def counted(number: int, words: str) -> str:
    """ "1 file", "1,636 findings", "3 flagged hypotheses": the last word in the plural."""
    if number == 1:
        return f"1 {words}"
    *before, last = words.split(" ")
    return " ".join([f"{number:,}", *before, PLURALS.get(last, last + "s")])
