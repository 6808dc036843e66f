"""How findings say things: amounts in their own currency, evidence in words, sources by name."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from infoview.research.clean import each_distinct
from infoview.research.model import ResearchTable
from infoview.research.vocabulary import KNOWN_SOURCES

if TYPE_CHECKING:
    import pandas as pd

NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# Publishers and job boards a seeker would name, found in a file's name or its source column.
_KNOWN = [(re.compile(rf"\b(?:{words})\b", re.I), name) for words, name in KNOWN_SOURCES]


@dataclass(frozen=True)
class Unit:
    """What one data point of a table is, in words: "posting" / "postings"."""

    one: str
    many: str

    def count(self, n: int) -> str:
        """`one posting`, `9 postings`, `1,200 postings`."""
        return f"{number_words(n)} {self.one if n == 1 else self.many}"


UNITS = (
    (r"offers?|offer letters?", Unit("offer letter", "offer letters")),
    (r"survey|respon|respondent|stack ?overflow|ask ?a ?manager", Unit("response", "responses")),
    (
        r"jobs?|postings?|listings?|vacanc\w*|adverts?|scrape\w*|glassdoor|indeed|naukri|reed",
        Unit("posting", "postings"),
    ),
    (r"employees?|roster|payroll|staff|hr", Unit("employee record", "employee records")),
)
DEFAULT_UNIT = Unit("salary report", "salary reports")


def number_words(n: int) -> str:
    """`one` to `nine` in words, larger counts as digits with separators."""
    return NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else f"{n:,}"


def words_of(text: str) -> str:
    """File and sheet names as words: `glassdoor_jobs-2021.csv` -> `glassdoor jobs 2021`."""
    return " ".join(re.split(r"[\W_]+", Path(text).stem if "." in text else text)).strip()


def table_words(table: ResearchTable) -> str:
    """The file name, sheet name and headers of `table`, as words to look for names in."""
    return " ".join([words_of(table.file), words_of(table.sheet), *map(str, table.frame.columns)])


def unit_of(table: ResearchTable) -> Unit:
    """What a row of this table is: a posting, a survey response, an offer letter..."""
    names = f"{words_of(table.file)} {words_of(table.sheet)}"
    for pattern in (names, table_words(table)):
        for words, unit in UNITS:
            if re.search(rf"\b(?:{words})\b", pattern, re.I):
                return unit
    return DEFAULT_UNIT


def publisher(text: str) -> str:
    """The publisher or job board `text` names, or "" when it names none we know."""
    return next((name for pattern, name in _KNOWN if pattern.search(words_of(text))), "")


def source_name(table: ResearchTable, unit: Unit | None = None) -> str:
    """The table's source as a person would name it, with the year of its data when its name
    gives one: "Glassdoor postings 2021", "the Bureau of Labor Statistics", "my research"."""
    found = publisher(table.file) or publisher(table.sheet)
    if not found:
        name = "my research"
    elif unit is None or found.startswith("the "):
        name = found
    else:
        name = f"{found} {unit.many}"
    year = data_year(table)
    return f"{name} {year}" if year else name


def data_year(table: ResearchTable) -> str:
    """The one year a file or sheet name gives its data ("salary_survey_2023"), else ""."""
    years = set(re.findall(r"\b(?:19|20)\d\d\b", f"{words_of(table.file)} {words_of(table.sheet)}"))
    return years.pop() if len(years) == 1 else ""


# A column is the source of a figure only when it names where the figure came from: a
# recruitment channel ("RecruitmentSource"), a department or a person never is.
_NOT_A_FIGURE_SOURCE = re.compile(
    r"recruit|\bhir(?:e|ed|ing)\b|applicant|referr|candidate|department|manager|employee"
    r"|author|owner|contact",
    re.I,
)


def figure_sources(table: ResearchTable) -> pd.Series | None:
    """The column naming where each figure came from, or None when the table has none."""
    header = table.columns.get("source")
    if header is None or _NOT_A_FIGURE_SOURCE.search(str(header)):
        return None
    return table.column("source")


def percent(change: float) -> str:
    """`25%`, `4.5%`: whole numbers from ten up."""
    size = abs(change) * 100
    return f"{size:.0f}%" if size >= 10 or math.isclose(size, round(size)) else f"{size:.1f}%"


def clean_text(value: object) -> str:
    """A cell's text on one line, single-spaced; "" for blanks and markers of no value."""
    text = " ".join(str(value).split())
    return "" if text.lower() in BLANKS else text


def clean_texts(column: pd.Series) -> list[str]:
    """`clean_text` of each cell of a column, worked out once per distinct cell."""
    return each_distinct(column, clean_text).tolist()


BLANKS = frozenset(
    {"", "nan", "none", "null", "n/a", "na", "-", "--", "—", "?", "no date", "no category", "-1"}
)
