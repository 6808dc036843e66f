"""Keep job requests out: an informational interview asks for insight, never for a job."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from infoview.hypotheses import Hypothesis

_JOB = (
    r"(?:jobs?|positions?|roles?|openings?|vacanc(?:y|ies)|internships?|opportunit(?:y|ies)"
    r"|placements?|spots?|posts?)"
)
_DET = r"(?:a|an|the|any|some|that|this|your|one)"
_RESUME = r"(?:r[eé]sum[eé]s?|cvs?|curriculum vitae|cover letter|application)"
_ASK = r"(?:can|could|would|will|may|might|should)"
_APPLY = r"apply(?=\s+(?:for|to|here|at|there|with)\b|\s*[.?!,]|\s*$)"
_JOIN = (
    r"(?:join\s+(?:you\b|your\s+(?:team|firm|company|organi[sz]ation|department|group))"
    r"|work\s+(?:for|with)\s+you\b)"
)
_RESUME_WORDS = "resume resumes résumé résumés resumé cv cvs curriculum cover application"
_HANDOVER = (
    r"(?:send|attach|attached|forward|pass(?:\s+on|\s+along)?|share|e-?mail|mail|submit|hand"
    r"|drop\s+off|leave|give)"
)

# (code, words of which the text must hold one for the pattern to apply, pattern); the first
# match decides. The words let most texts skip most patterns.
_PATTERNS = (
    ("job-request", "me", r"\bhir(?:e|ing)\s+me\b"),
    (
        "job-request",
        "me",
        rf"\b(?:give|offer|get|find|land|secure)\s+me\s+(?:{_DET}\s+)?(?:\w+\s+)?{_JOB}\b",
    ),
    (
        "job-request",
        "me",
        rf"\bhelp\s+me\s+(?:to\s+)?(?:find|get|land|secure)\s+(?:{_DET}\s+)?(?:\w+\s+)?{_JOB}\b",
    ),
    (
        "job-request",
        "me",
        rf"\b{_ASK}\s+(?:you\s+)?(?:consider|take\s+on|bring\s+on|employ)\s+me\b",
    ),
    ("job-request", "me", r"\bkeep\s+me\s+in\s+mind\b"),
    ("job-request", "i", rf"\b{_ASK}\s+i\s+(?:\w+\s+)?(?:{_APPLY}|{_JOIN})"),
    ("job-request", "i", r"\bhow\s+(?:do|can|could|should|would)\s+i\s+apply\b"),
    (
        "job-request",
        "apply join work",
        rf"\b(?:like|want|love|hope|hoping|wish|keen)\s+to\s+(?:{_APPLY}|{_JOIN})",
    ),
    (
        "job-request",
        "me",
        rf"\b(?:is|are)\s+there\s+(?:\w+\s+){{0,2}}{_JOB}\s+(?:\w+\s+)?for\s+me\b",
    ),
    ("job-request", "me", rf"\b{_JOB}\s+(?:open\s+|available\s+)?for\s+me\b"),
    (
        "job-request",
        "have",
        rf"\b(?:do|does)\s+(?:you|your\s+\w+)\s+have\s+(?:{_DET}\s+)?(?:\w+\s+)?"
        r"(?:openings?|vacanc(?:y|ies)|jobs?|positions?)\b",
    ),
    (
        "job-request",
        "hiring recruiting",
        r"\b(?:are\s+you|(?:is|are)\s+your\s+\w+)\s+(?:currently\s+|still\s+)?"
        r"(?:hiring|recruiting)\b(?!\s+(?:for|more|less|fewer))",
    ),
    (
        "job-request",
        "openings opening vacancy vacancies",
        r"\b(?:are\s+there|any)\s+(?:any\s+)?(?:openings?|vacanc(?:y|ies))\s*"
        r"(?:(?:on|in|at)\s+(?:your|the)\s+\w+\s*)?(?:right\s+now|at\s+the\s+moment|now)?\s*\?",
    ),
    (
        "job-request",
        "interview",
        r"(?:\bi\s+(?:\w+\s+)?|\bto\s+)interview\s+(?:for\s+(?:the|a|an|this|that|any)\s+"
        r"(?:[\w-]+\s+)?(?:role|position|job|opening|vacancy)|with\s+(?:your|the|this)\s+"
        r"(?:team|company|firm|department|group))\b",
    ),
    ("job-request", "interview", r"\binterview\s+for\s+me\b"),
    (
        "job-request",
        "i i'm am",
        r"\bi\s*(?:'m|am)\s+(?:looking|searching|hunting)\s+for\s+(?:a|an|my)\s+"
        r"(?:new\s+|next\s+)?(?:job|position|role)\b",
    ),
    (
        "job-request",
        "me",
        rf"\blet\s+me\s+know\s+(?:if|when)\s+(?:{_DET}\s+)?(?:\w+\s+)?{_JOB}\s+"
        r"(?:comes?\s+up|opens?|is\s+open)\b",
    ),
    ("job-request", "me", r"\bget\s+me\s+(?:an?\s+)?(?:interview|foot in the door|in\b)"),
    (
        "job-request",
        "interested",
        r"\binterested\s+in\s+(?:the|your|an?|any)\s+(?:open|opening|vacant|vacancy|advertised)\b",
    ),
    (
        "referral-request",
        "me",
        r"\b(?:refer|recommend|put|propose|nominate|suggest)\s+me\s+"
        r"(?:forward|for\b|to\s+(?:the\s+|your\s+)?(?:hiring|recruit|hr\b|talent))",
    ),
    ("referral-request", "word", r"\bput\s+(?:in\s+)?a\s+(?:good\s+)?word\s+(?:in\s+)?for\s+me\b"),
    ("referral-request", "word", r"\bput\s+(?:in\s+)?a\s+good\s+word\b"),
    ("referral-request", "my", r"\b(?:pass|forward|send|hand)\s+my\s+(?:name|details|profile)\b"),
    (
        "resume",
        _RESUME_WORDS,
        rf"\b{_HANDOVER}\b(?:\s+\S+){{0,5}}?\s+(?:my|the|a)\s+(?:\w+\s+)?{_RESUME}",
    ),
    (
        "resume",
        _RESUME_WORDS,
        rf"\b(?:look\s+(?:at|over)|review|read|check|glance\s+at)\s+my\s+{_RESUME}",
    ),
    (
        "resume",
        _RESUME_WORDS,
        rf"\b(?:here\s+is|enclosed\s+is|i\s*(?:'ve|\s+have)\s+(?:attached|enclosed|included))\s+"
        rf"(?:my|a)\s+{_RESUME}",
    ),
    ("resume", _RESUME_WORDS, rf"\bmy\s+{_RESUME}\s+(?:is\s+)?(?:attached|enclosed|included)\b"),
)
_COMPILED = tuple(
    (code, frozenset(words.split()), re.compile(pattern, re.I))
    for code, words, pattern in _PATTERNS
)

_WHAT = {
    "job-request": "asks for a job",
    "referral-request": "asks them to put you forward for a job",
    "resume": "sends or hands over a résumé",
}
REWRITES = {
    "job-request": (
        "If someone with my background applied for a role like yours, how would their profile "
        "be judged? I would value your candid read."
    ),
    "referral-request": (
        "Knowing my background, how would a candidate like me come across for a role in your "
        "area, and what would make the case stronger?"
    ),
    "resume": (
        "In a sentence, my background is ... . From that, which strengths would stand out to "
        "someone hiring in your area, and which gaps would worry them?"
    ),
}
MESSAGE_REWRITES = {
    "job-request": (
        "Could you spare 15 minutes to tell me how work in your area looks from the inside?"
    ),
    "referral-request": (
        "I would value 15 minutes of your view on the field; phone or video is fine."
    ),
    "resume": "My online profile is linked below my name, if you would like to know more.",
}


@dataclass(frozen=True)
class GuardContext:
    """Where a checked text goes: what the warning advises there, and the rewrites to offer."""

    advice: str
    rewrites: Mapping[str, str]


ON_SHEET = GuardContext(
    "which closes doors in an informational interview; it stays off the sheet. Ask for candid "
    "feedback on how your profile would be judged instead.",
    REWRITES,
)
IN_MESSAGE = GuardContext(
    "which makes a request for an informational interview read like a job application; take "
    "it out before you send the message. Ask for 15 minutes to learn from their experience "
    "instead.",
    MESSAGE_REWRITES,
)


@dataclass(frozen=True)
class GuardWarning:
    """A text that asks for a job or pushes a résumé, with a better way to ask."""

    code: str
    text: str
    message: str
    suggestion: str


def find_job_request(text: str, context: GuardContext = ON_SHEET) -> GuardWarning | None:
    """A warning when `text` asks for a job or offers a résumé; None when it is fine.

    `context` words the warning for where the text goes: a question sheet or a message.
    """
    folded = text.replace("’", "'")
    words = frozenset(re.findall(r"[\w'é]+", folded.lower()))
    code = next(
        (code for code, needs, pattern in _COMPILED if needs & words and pattern.search(folded)),
        None,
    )
    if code is None:
        return None
    return GuardWarning(
        code=code,
        text=text,
        message=f"This {_WHAT[code]}, {context.advice}",
        suggestion=context.rewrites[code],
    )


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
