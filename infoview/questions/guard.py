"""Keep job requests out: an informational interview asks for insight, never for a job."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from infoview.hypotheses import Hypothesis

SUGGESTED_REWRITE = (
    "If someone with my background applied for a role like yours, how would "
    "their profile be judged? I would value your candid feedback."
)

_JOB_WORDS = (
    r"(?:jobs?|positions?|roles?|openings?|vacanc(?:y|ies)|internships?|opportunit(?:y|ies))"
)
_PATTERNS = (
    (
        "job-request",
        re.compile(
            rf"\b(?:can|could|would|will|may)\s+(?:you|i)\s+(?:\w+\s+){{0,3}}"
            rf"(?:give|get|offer|find|hire|have|apply|refer me|consider me)\b"
            rf"(?:\s+\w+){{0,4}}\s+(?:{_JOB_WORDS}|me)\b",
            re.I,
        ),
    ),
    ("job-request", re.compile(r"\bhire\s+me\b|\bhiring\s+me\b", re.I)),
    ("job-request", re.compile(r"\bcan\s+i\s+apply\b|\bhow\s+(?:do|can)\s+i\s+apply\b", re.I)),
    (
        "job-request",
        re.compile(
            rf"\b(?:any|are there|is there)\s+(?:\w+\s+){{0,2}}{_JOB_WORDS}"
            r"\s+(?:for me|open|available)\b",
            re.I,
        ),
    ),
    (
        "job-request",
        re.compile(rf"\b(?:give|offer|get)\s+me\s+(?:a|an|the)\s+{_JOB_WORDS}\b", re.I),
    ),
    (
        "resume",
        re.compile(
            r"\b(?:send|attach|forward|pass(?:\s+along)?|share)\b.{0,30}"
            r"\b(?:r[eé]sum[eé]|cv|curriculum vitae)\b",
            re.I,
        ),
    ),
)


@dataclass(frozen=True)
class GuardWarning:
    """A text that asks for a job or pushes a résumé, with a better way to ask."""

    code: str
    text: str
    message: str
    suggestion: str


def find_job_request(text: str) -> GuardWarning | None:
    """A warning when `text` asks for a job or offers a résumé; None when it is fine."""
    for code, pattern in _PATTERNS:
        if pattern.search(text):
            what = "sends a résumé" if code == "resume" else "asks for a job"
            return GuardWarning(
                code=code,
                text=text,
                message=f"This {what}, which closes doors in an informational interview. Ask "
                "for candid feedback on how your profile would be judged instead.",
                suggestion=SUGGESTED_REWRITE,
            )
    return None


def refuse_job_requests(
    before: list[Hypothesis], after: list[Hypothesis]
) -> tuple[list[Hypothesis], list[GuardWarning]]:
    """`after`, with any rewording that asks for a job put back as it was `before`."""
    previous = {h.id: h.statement for h in before}
    kept, warnings = [], []
    for hypothesis in after:
        old = previous.get(hypothesis.id)
        warning = None if hypothesis.statement == old else find_job_request(hypothesis.statement)
        if warning and old is not None:
            warnings.append(warning)
            hypothesis = replace(hypothesis, statement=old)
        kept.append(hypothesis)
    return kept, warnings
