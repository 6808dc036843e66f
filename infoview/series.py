"""A statistical series' long name said as a person would: "jobs in retail trade".

Government tables (employment and wage series, price and wage indexes, projections) name a
series by gluing its measure to qualifiers: how it was adjusted, its unit, its country, the
sector, what it leaves out ("Employment, all employees, seasonally adjusted - Retail trade,
thousands"). Speech keeps what the series is about and drops the rest; the page keeps the
name as published.
"""

from __future__ import annotations

import re

# Qualifiers that say how a figure was made, not what it is about.
_QUALIFIERS = re.compile(
    r"\((?:[^()]*)\)"  # notes: "(new degree classification)", "(SA)", "(2015=100)"
    r"|\b(?:not\s+)?seasonally\s+adjusted\b|\b(?:N?SA|SAAR)\b"
    r"|\b(?:in\s+)?(?:thousands|millions|billions|number\s+of\s+persons|per\s*cent|percent)\b"
    r"|\b(?:excluding|including|excl\.?|incl\.?)\s+(?:overtime|bonuses|bonus|tips)\b"
    r"|\b(?:quarterly|monthly|annual|annually|weekly)\b(?=\s+(?:index|data|average|series))"
    r"|\b(?:original|trend)\s+series\b",
    re.I,
)
# A part that is only a country, a unit or a total: where or how, not what.
_BARE_PARTS = re.compile(
    r"^(?:australia|united states|us|u\.s\.|uk|united kingdom|great britain|canada|new zealand"
    r"|ireland|england|total|all industries|all occupations|all sectors|whole economy|index"
    r"|level|rate|value)$",
    re.I,
)
_SECTORS = {
    "public": "the public sector",
    "private": "the private sector",
    "private and public": "the private and public sectors",
    "public and private": "the public and private sectors",
}
# Measures said in plain words.
_MEASURES = (
    (re.compile(r"^(?:employment|employed|all employees)(?:,?\s*all employees)?$", re.I), "jobs"),
    (re.compile(r"\bearnings\b", re.I), "pay"),
    (re.compile(r"\brates of pay\b", re.I), "pay rates"),
    (re.compile(r"\bemployees\b", re.I), "staff"),
)


def say_series(name: str) -> str:
    """The series' name as speech: qualifiers gone, its measure in plain words, the rest after
    "in": `Employment, all employees, seasonally adjusted - Retail trade, thousands` -> `jobs in
    retail trade`."""
    text = " ".join(_QUALIFIERS.sub(" ", name).split())
    measure, _, about = (part.strip(" ,;") for part in text.partition(" - "))
    if about.lower() in ("other", "all other"):  # "Doctor's degree - other"
        return f"other {_lower_common(measure)}"
    if not about:
        measure, about = _measure_and_rest(text)
    sector = ""
    kept = []
    for part in _parts(about):
        if part.lower() in _SECTORS:
            sector = _SECTORS[part.lower()]
        elif not _BARE_PARTS.match(part):
            kept.append(part)
    spoken = _plain_measure(measure)
    where = ", ".join(kept)
    where = _lower_common(where) if where else ""
    if sector:
        where = f"{where} in {sector}" if where else sector
    if not where:
        return spoken or name
    return f"{spoken} in {where}" if spoken else where


def _measure_and_rest(text: str) -> tuple[str, str]:
    """A name with no dash: its first comma part is the measure when it names one
    (`Employment, all employees, Retail trade`), else the whole is the measure."""
    joined = re.match(r"^(?P<measure>.+?)\s+in\s+(?P<rest>.+)$", text)
    if joined:
        first, _, rest = joined["rest"].partition(",")
        if joined["measure"].lower() == "index" and _is_measure(first):
            return f"the index of {_lower_common(first)}", rest  # "index in hourly rates, Mining"
        return joined["measure"], joined["rest"]
    parts = [p.strip() for p in text.split(",")]
    measures = [i for i, p in enumerate(parts) if _is_measure(p)]
    if not measures:
        return text, ""
    last = measures[-1]
    return ", ".join(parts[: last + 1]), ", ".join(parts[last + 1 :])


def _is_measure(part: str) -> bool:
    return bool(
        re.search(r"\b(?:employ\w*|earnings|pay|wages?|index|vacancies|hours|jobs)\b", part, re.I)
    )


def _parts(text: str) -> list[str]:
    """Comma parts, with a list inside one name kept whole (`Electricity, gas, water and waste
    services`): a part that starts in lower case goes on the one before it."""
    parts: list[str] = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        if parts and (part[:1].islower() or part.lower().startswith("and ")):
            parts[-1] = f"{parts[-1]}, {part}"
        else:
            parts.append(part)
    return parts


def _plain_measure(measure: str) -> str:
    text = measure.strip(" ,;")
    for pattern, plain in _MEASURES:
        text = pattern.sub(plain, text)
    return _lower_common(text)


def _lower_common(text: str) -> str:
    """A label in sentence case ("Professional, scientific and technical services") said in
    lower case; a Title Case name ("Administrative and Support Services") or an acronym stays."""
    words = text.split()
    title_case = len(words) > 1 and all(w[:1].isupper() for w in words[1:] if len(w) > 3)
    if title_case or (words and words[0].isupper() and len(words[0]) > 1):
        return text
    return text[:1].lower() + text[1:]
