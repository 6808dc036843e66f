"""Findings as speech: what a nervous student could say aloud, source and figures included.

The sheet, the exports, the Hypotheses page and the outreach drafts all say a finding through
`say_finding` (the whole sentence with its source) or `say_statement` (the claim alone), so a
finding reads the same wherever the seeker meets it. They read only a finding's own fields (its
statement, its source and its topic), never the table it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from infoview.findings.wording import KNOWN_SOURCES
from infoview.occupations import classify
from infoview.occupations.lexicon import WORDS
from infoview.series import say_series

# What a figure's source is when the seeker gathered it themselves: nothing to attribute.
OWN_SOURCES = frozenset(
    {"", "my own", "my research", "my org chart", "my notes", "my own research"}
)
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# Words that make a capitalized name an organization or a publication, not a person.
ORGANIZATION_WORDS = frozenset(
    [
        "bureau",
        "office",
        "department",
        "agency",
        "institute",
        "association",
        "council",
        "society",
        "survey",
        "report",
        "news",
        "times",
        "post",
        "journal",
        "review",
        "magazine",
        "daily",
        "weekly",
        "herald",
        "tribune",
        "gazette",
        "press",
        "wire",
        "media",
        "network",
        "group",
        "inc",
        "llc",
        "ltd",
        "corp",
        "company",
        "co",
        "university",
        "college",
        "school",
        "foundation",
        "fund",
        "bank",
        "statistics",
        "census",
        "labor",
        "labour",
        "commission",
        "board",
        "ministry",
        "service",
        "services",
        "center",
        "centre",
        "federal",
        "national",
        "international",
        "global",
        "world",
        "reports",
        "insider",
        "week",
    ]
)
# Acronyms kept in capitals when an all-capitals title is put in normal case.
ACRONYMS = frozenset(
    [
        "CEO",
        "CFO",
        "COO",
        "CTO",
        "CIO",
        "CMO",
        "CHRO",
        "CPO",
        "VP",
        "SVP",
        "EVP",
        "HR",
        "IT",
        "BI",
        "AI",
        "ML",
        "QA",
        "UX",
        "UI",
        "PR",
        "US",
        "UK",
        "EU",
        "HVAC",
        "RN",
        "LPN",
        "CPA",
        "CFA",
        "SQL",
        "ETL",
        "GIS",
        "IOS",
        "API",
        "SAP",
        "ERP",
        "R&D",
        "EMT",
        "MBA",
        "PHD",
    ]
)
_ROMAN = re.compile(r"I{1,3}|IV|VI{0,3}|IX|X")  # a grade in a title: "Investigator II"
_SMALL = frozenset({"a", "an", "and", "as", "at", "for", "in", "of", "on", "or", "the", "to"})
_CURRENCY_MARK = r"(?:[A-Z]{1,2}\$|[$£€₹¥₩₽₺₦]|R\$)"
_AMOUNT = re.compile(
    rf"(?P<word>\babout |\bis |\bat about |\bat )?(?P<mark>{_CURRENCY_MARK})?"
    r"(?P<number>\d{1,3}(?:,\d{3})+|\d{4,})(?:\.\d+)?(?P<code> [A-Z]{3}\b)?"
)
# A statement someone cut short ("about $89,300 ... $91,500"): only what comes before the cut.
_CUT = re.compile(r"\s*(?:\.\.\.|…).*$")
_SHARE = re.compile(r"\s*\(\d+(?:\.\d+)?% of all [\d,]+\)")
_EVIDENCE = re.compile(
    r"\s+across (?:[\d,]+|one|two|three|four|five|six|seven|eight|nine) [a-z ]+?"
    r"(?=\s+covering|,|\s*\(|$)|\s+covering [\d,]+ people|\s*\(\d+ data points?\)"
)
_SPREAD = re.compile(
    r",\s*(?:the middle half between|from) \S+(?: [A-Z]{3})? (?:and|to) \S+?(?: [A-Z]{3})?"
    r"(?=$|[,;]\s)"
    r"|,\s*from (?:[\d,]+|one|two|three|four|five|six|seven|eight|nine) [a-z ]+$"
    r"|,\s*from [\d,]+ and [\d,]+ [a-z ]+$"
    r"|\s*\((?:[^()]*? to [^()]*?|[^()]* an hour)\)"
)
# The first and last values of a series after its change ("rose 18% from 2019 to 2023: 41,000
# to 48,400"): evidence for the page, not for speech.
_ONE_FIGURE = re.compile(r"^One [a-z ]+? puts pay for (?P<role>.+?) at (?P<amount>around .+)$")
_SERIES_ENDS = re.compile(r"(?<=\d{4}): [\d.,]+ to [\d.,]+$")
# Ends of a series that are whole numbers ("881 to 2,297"): the series counts something.
_COUNTED_ENDS = re.compile(r"(?<=\d{4}): \d[\d,]* to \d[\d,]*$")
# Class: a count series named by the thing counted, in the singular ("Doctor's degree -
# other", "Award of at least 2 years"): said as the number of those things.
COUNTED_THINGS = {
    "degree": "degrees",
    "award": "awards",
    "certificate": "certificates",
    "diploma": "diplomas",
    "license": "licenses",
    "licence": "licences",
    "patent": "patents",
    "vacancy": "vacancies",
    "opening": "openings",
    "posting": "postings",
    "application": "applications",
    "apprenticeship": "apprenticeships",
    "graduate": "graduates",
    "hire": "hires",
    "claim": "claims",
}
_COUNTED_NAME = re.compile(
    rf"^(?P<other>other )?(?P<head>(?:[\w'’-]+ ){{0,2}}?(?P<thing>{'|'.join(COUNTED_THINGS)}))"
    r"(?P<rest>(?: (?:in|of|for|at|from)\b.*)?)$",
    re.I,
)
_NOT_A_THING = re.compile(r"^(?:median|mean|average|pay|number|share|percent|rate)\b", re.I)
# Class: an event tracker's total for a category ("In 2022, Consumer had 19,756 people laid
# off"): the category is a sector of the organizations the events happened at.
_TRACKER = re.compile(
    r"^In (?P<year>(?:19|20)\d\d), (?P<category>.+?) had (?P<count>[\d,]+) people laid off$"
)
# A series' change ("<long series name> rose 18% from 2019 to 2023"): its name said shortly.
_SERIES_CHANGE = re.compile(
    r"^(?P<series>.+?)(?P<change> (?:rose|fell|is projected to \w+) [\d.,]+% from .+)$"
)
_PAY_SUBJECT = re.compile(
    r"(?P<lead>\b[Pp]ay for )(?P<title>.+?)(?P<tail> (?:in |at |is |across ))"
)
_DATED = re.compile(rf"\s*\(?(?P<date>(?:(?:{MONTHS}) )?(?:19|20)\d\d)\)?\s*$")
_IN_PUBLICATION = re.compile(r"^(?P<author>.+?) in (?P<publication>.+)$")
ORG_GAP = re.compile(
    r"^I do not yet know who is the (?P<box>.+?) in (?P<department>.+?)"
    r"(?:, reporting to (?P<boss>.+))?$"
)
_TEAM = re.compile(
    r"^(?P<department>.+?) has (?P<size>[\d,]+|one) (?:people|person)"
    r"(?: reporting to (?P<managers>[\d,]+|one) managers?)?$"
)
_REPORTS = re.compile(r"^(?P<manager>.+?) has (?P<count>[\d,]+|one) direct reports?(?::.*)?$")
_RAW_LABEL = re.compile(r"›|\.(?:xlsx|xlsm|xls|csv|tsv|ods)\b", re.I)
# Kinds of source said with "a"/"an" ("a newsletter"); names of publications are said bare.
_COMMON_SOURCES = frozenset(
    [
        "newsletter",
        "survey",
        "report",
        "forum",
        "daily",
        "magazine",
        "blog",
        "podcast",
        "study",
        "article",
        "posting",
        "website",
        "journal",
        "paper",
        "news",
    ]
)
# First words of publications said with "the" ("the Journal of Accountancy").
_NEEDS_THE = frozenset(
    [
        "journal",
        "bureau",
        "department",
        "office",
        "wall",
        "new",
        "financial",
        "economist",
        "society",
        "association",
        "institute",
        "council",
        "national",
        "american",
        "federal",
        "international",
        "world",
    ]
)
_PUBLISHERS = [(re.compile(rf"\b(?:{words})\b", re.I), name) for words, name in KNOWN_SOURCES]
UNNAMED_CURRENCY = ", though my source does not say in which currency"


@dataclass(frozen=True)
class Source:
    """Where a finding is from, as a person names it: who, what kind of source, and when."""

    name: str  # "Ask a Manager", "the Bureau of Labor Statistics", "TechCrunch"; "" for none
    kind: str  # "survey", "postings", "agency", "news", "publication" or "" for none
    date: str = ""  # "2023", "September 2024", or "" when not known
    author: str = ""  # a writer, only ever said with their publication

    @property
    def year(self) -> str:
        return self.date[-4:]


@lru_cache(maxsize=4096)  # a table's findings share a handful of sources
def parse_source(source: str) -> Source:
    """A finding's `source` field read as who said it, what kind of source and when."""
    text = " ".join(source.split())
    dated = _DATED.search(text)
    date = dated["date"] if dated else ""
    text = text[: dated.start()] if dated else text
    named = [part.strip() for part in re.split(r"[;,]| and ", text) if part.strip()]
    if any(_RAW_LABEL.search(part) for part in named):
        return Source("", "", date)
    found = [_source_of(part, date) for part in named]
    known = next((s for s in found if s.kind != "publication" and s.name), None)
    if known:
        return known
    others = [s.name for s in found if s.name]
    return Source(name_list(others[:2]), "publication", date) if others else Source("", "", date)


def _source_of(part: str, date: str) -> Source:
    if part.lower() in OWN_SOURCES:
        return Source("", "", date)
    written = _IN_PUBLICATION.match(part)
    if written and not _publisher(written["author"]):
        inner = _source_of(written["publication"], date)
        if inner.name:
            return Source(inner.name, "news", date, written["author"])
    known = _publisher(part)
    unit = part[len(known) :].strip().lower() if known and part.startswith(known) else part.lower()
    if known:
        if re.search(r"respons|survey", unit):
            return Source(known, "survey", date)
        if "posting" in unit:
            return Source(known, "postings", date)
        if known.startswith("the "):
            return Source(known, "agency", date)
        return Source(known, "news" if date[:1].isalpha() else "publication", date)
    if is_person_name(part):
        return Source("", "", date)
    return Source(with_article(part), "publication", date)


def with_article(name: str) -> str:
    """A typed source as said in a sentence: "the Journal of Accountancy", "a newsletter"."""
    year = re.match(r"^(?P<rest>.+?)\s+(?P<year>(?:19|20)\d\d)$", name)
    if year:
        name = f"{year['year']} {year['rest'][:1].lower()}{year['rest'][1:]}"
    words = name.split()
    first = words[0]
    if first.lower() in ("the", "a", "an", "my", "our", "their"):
        return name
    if first[0].isdigit():
        return f"a {name}"
    if first.isupper() and len(first) > 1:
        return name
    proper = len(words) > 1 and all(w[0].isupper() for w in words if w.lower() not in _SMALL)
    if proper:
        needs_the = first.lower() in _NEEDS_THE or " of " in name
        return f"the {name}" if needs_the else name
    if len(words) == 1 and first.lower() not in _COMMON_SOURCES:
        return name
    common = f"{first.lower()}{' ' if len(words) > 1 else ''}{' '.join(words[1:])}"
    return f"{'an' if common[0] in 'aeiou' else 'a'} {common}"


def name_list(names: list[str]) -> str:
    """`A`, `A and B`, `A, B and C`."""
    return names[0] if len(names) < 2 else f"{', '.join(names[:-1])} and {names[-1]}"


def _publisher(text: str) -> str:
    """The publisher `text` names, by its usual name or as the findings already spell it."""
    for pattern, name in _PUBLISHERS:
        if pattern.search(text) or text.lower().startswith(name.lower()):
            return name
    return ""


def is_person_name(text: str) -> bool:
    """Two to four capitalized words that name no organization: "Paul Sawers", "Chu, Alan"."""
    words = re.findall(r"[\w'.-]+", text)
    if not 2 <= len(words) <= 4 or any(w.lower() in ORGANIZATION_WORDS for w in words):
        return False
    return all(w[:1].isupper() and not w.isupper() for w in words if len(w) > 1)


def say_source(source: str, *, about_pay: bool = False) -> str:
    """The source as a noun phrase: "Ask a Manager's 2023 salary survey"; "" for none."""
    found = parse_source(source)
    if not found.name:
        return ""
    year = _past_year(found.year)
    if found.kind == "survey":
        what = "salary survey" if about_pay else "survey"
        return f"{found.name}'s {year + ' ' if year else ''}{what}"
    if found.kind == "postings":
        return f"{found.name} job postings{' from ' + year if year else ''}"
    return found.name


@lru_cache(maxsize=8192)  # the planner says every candidate once per plan
def say_finding(statement: str, source: str = "", topic: str = "") -> str:
    """The whole finding as one or two sentences to say aloud, its source named as people do."""
    claim = say_statement(statement, topic)
    if topic == "organization":
        return claim
    found = parse_source(source)
    about_pay = topic == "compensation" or bool(_PAY_SUBJECT.search(statement))
    year = _past_year(found.year)
    sentence = claim.rstrip(".")
    if not found.name:
        opened = f"in {year} figures, {lower_first(sentence)}" if year else sentence
        return f"{upper_first(opened)}."
    if found.kind in ("survey", "postings"):
        return f"In {say_source(source, about_pay=about_pay)}, {lower_first(sentence)}."
    if found.kind == "agency":
        sentence = _ONE_FIGURE.sub(r"pay for \g<role> is \g<amount>", sentence)
        lead = f"In its {year} figures, {found.name}" if year else upper_first(found.name)
        return f"{lead} reports that {lower_first(sentence)}."
    if found.kind == "publication" and not found.date:
        return f"According to {found.name}, {lower_first(sentence)}."
    if found.kind == "news":
        who = f"{found.author}, writing in {found.name}," if found.author else found.name
        when = f" in {found.date}" if found.date else ""
        return f"{upper_first(who)} reported{when}: {upper_first(sentence)}."
    when = f" in {year}" if year else ""
    return f"According to {found.name}{when}, {lower_first(sentence)}."


def say_statement(statement: str, topic: str = "") -> str:
    """The claim alone as speech: no sample counts or shares, rounded figures, plain titles."""
    text = _CUT.sub("", " ".join(statement.split())).rstrip(" .!?;:")
    text = _INTERJECTION.sub("", text)
    if topic == "organization":
        return _org_speech(text)
    text = _SHARE.sub("", text)
    text = _EVIDENCE.sub("", text)
    text = _SPREAD.sub("", text)
    text = text.replace(" across all places", "").replace("The published ", "The ")
    counted = _COUNTED_ENDS.search(text) is not None
    text = _SERIES_ENDS.sub("", text)
    text = _SERIES_CHANGE.sub(lambda m: _series_name(m["series"], counted) + m["change"], text)
    text = _TRACKER.sub(_tracker_speech, text)
    text = _drop_alias_list(text)
    text = _PAY_SUBJECT.sub(lambda m: m["lead"] + _spoken_role(m["title"]) + m["tail"], text)
    text = _PLACE_CODE.sub(lambda m: m["word"] + PLACE_NAMES[m["code"]], text)
    text = _ALL_CAPITALS_RUN.sub(lambda m: plain_title(m[0]), text)
    pay = bool(re.search(r"\b(?:pay|salar|wage|earn)", text, re.I))
    text = _AMOUNT.sub(lambda m: _spoken_amount(m, pay), text)
    if pay and _bare_amount(text):
        # right after the amount's period, before what the statement says next
        per = _PER_PERIOD.search(text)
        text = (
            text[: per.end()] + UNNAMED_CURRENCY + text[per.end() :]
            if per
            else text + UNNAMED_CURRENCY
        )
    return f"{upper_first(text)}."


def _spoken_role(title: str) -> str:
    """A pay figure's role as said: its plain title, and a field named alone as roles in it
    ("pay for Blockchain" -> "pay for blockchain roles", as a survey's job-area answer)."""
    plain = plain_title(title)
    if _FIELD_WORD.fullmatch(plain):
        return f"{plain if plain.isupper() else plain.lower()} roles"
    return plain


# One word naming a field of work rather than a job: "-ing" words (Marketing, Engineering) and
# fields a survey lists as the area someone works in.
_FIELD_WORD = re.compile(
    r"[A-Za-z]+ing|blockchain|finance|sales|operations|design|research|legal|security|data"
    r"|analytics|devops|support|administration|education|healthcare|product|cloud|gaming"
    r"|human resources|customer (?:service|support|success)|business development"
    r"|information technology|supply chain|public relations",
    re.I,
)


# A headline's chatty opening ("Yup, Jony Ive is working on ...") is no part of the claim.
_INTERJECTION = re.compile(r"^(?:yup|yep|yes|yeah|nope|well|ok|okay|wow|oh|so|alright),\s+", re.I)


# Three or more words in capitals ("PROJECT MGR - MAYOR'S OFFICE"): a title copied from a
# payroll, said in normal case wherever it stands in the statement.
_ALL_CAPITALS_RUN = re.compile(r"\b[A-Z][A-Z'&.]{2,}(?:[ /&-]+[A-Z][A-Z'&.]*){1,}\b")


# A country written as its code ("Pay for Data Scientist in US is..."), said as people say it.
# State and other country codes stay: "in CA", "in DE", "in IN" may be a state or a country.
PLACE_NAMES = (
    {"US": "the US", "USA": "the US", "UK": "the UK", "GB": "the UK"}
    | {
        "United States of America": "the US",
        "United Kingdom of Great Britain and Northern Ireland": "the UK",
    }
    | {
        # countries whose names are said with "the" ("in the Netherlands")
        name: f"the {name}"
        for name in (
            "Netherlands",
            "Philippines",
            "United States",
            "United Kingdom",
            "United Arab Emirates",
            "Czech Republic",
            "Dominican Republic",
            "Central African Republic",
            "Bahamas",
            "Gambia",
            "Maldives",
        )
    }
)
_PLACE_CODE = re.compile(
    rf"(?P<word>\b(?:in|across) )(?P<code>{'|'.join(sorted(PLACE_NAMES, key=len)[::-1])})"
    r"\b(?![,-])"
)


def _series_name(series: str, counted: bool) -> str:
    """The series' name as speech; a count named by the thing counted, as their number."""
    spoken = say_series(series)
    found = _COUNTED_NAME.match(spoken) if counted else None
    if found is None or _NOT_A_THING.match(found["head"]):
        return spoken
    head = found["head"][: -len(found["thing"])] + COUNTED_THINGS[found["thing"].lower()]
    kinds = " of other kinds" if found["other"] else ""
    return f"the number of {lower_first_word(head)}{kinds}{found['rest']}"


def _tracker_speech(match: re.Match) -> str:
    sector = " ".join(
        w if w.isupper() and len(w) > 1 else w.lower() for w in match["category"].split()
    )
    people = round_count(int(match["count"].replace(",", "")))
    return f"In {match['year']}, companies in the {sector} sector laid off about {people} people"


def round_count(number: int) -> str:
    """A count as said: `19,800` from 19,756, `880` from 881, `42` as it is."""
    if number >= 1_000_000:
        return round_amount(number)
    if number >= 1_000:
        return f"{round(number, -2):,}"
    return f"{round(number, -1):,}" if number >= 100 else str(number)


def _drop_alias_list(text: str) -> str:
    """A title followed by its other names ("Managers * Director* Chief Officer* ...") keeps the
    first: from the first separator to where the statement goes on ("is around $...")."""
    marks = list(_ALIAS_MARK.finditer(text))
    if len(marks) < 2:
        return text
    goes_on = [m.start() for m in _GOES_ON.finditer(text) if m.start() > marks[-1].start()]
    end = goes_on[0] if goes_on else len(text)
    return text[: marks[0].start()].rstrip(" ,") + text[end:]


_ALIAS_MARK = re.compile(r"\s*[*•;|]\s*")
_GOES_ON = re.compile(
    r" in (?=[A-Z][^;*•|]*? (?:is|at) (?:about |around )?\S*\d)"
    r"| (?:is|at) (?:about |around )?\S*\d| (?:rose|fell|is projected)\b"
)


def _spoken_amount(match: re.Match, pay: bool) -> str:
    number = float(match["number"].replace(",", ""))
    word = match["word"] or ""
    money = match["mark"] or match["code"]
    if not money and not pay:
        return match[0]
    if 1900 <= number <= 2100 and "," not in match["number"] and not money:
        return match[0]  # a year, not an amount
    if not money and _COUNTED.match(match.string, match.end()):
        return match[0]  # a count of organizations or people, said as it is
    spoken = round_amount(number)
    mark = match["mark"] or ""
    code = match["code"] or ""
    lead = {"about ": "around ", "at about ": "at around ", "at ": "at around "}.get(word, word)
    if word == "is ":
        lead = "is around "
    return f"{lead}{mark}{spoken}{code}"


def _bare_amount(text: str) -> bool:
    """A spoken amount with no currency mark before it or code after it."""
    return any(
        not (match["before"] and match["before"] in "$£€₹¥₩₽₺₦")
        and not match["code"]
        and not _COUNTED.match(text, match.end())
        for match in _SPOKEN_AMOUNT.finditer(text)
    )


_PER_PERIOD = re.compile(r"\d(?: million)? (?:a|an|per) (?:year|hour|month|week|day)\b")
# Words after a number that make it a count, not an amount of money.
_COUNTED = re.compile(r" (?:organizations|employers|companies|agencies|firms|people)\b")


_SPOKEN_AMOUNT = re.compile(
    r"(?P<before>\S?)\d{1,3}(?:,\d{3})+(?:\.\d+)?(?: million)?(?P<code> [A-Z]{3}\b)?"
)


def round_amount(number: float) -> str:
    """`98,000` from 98,300; `4.2 million` from 4,213,000; `1,250` from 1,248."""
    if number >= 1_000_000:
        millions = round(number / 1_000_000, 1)
        return f"{millions:,.1f}".rstrip("0").rstrip(".") + " million"
    if number >= 10_000:
        return f"{round(number, -3):,.0f}"
    if number >= 1_000:
        return f"{round(number, -2):,.0f}"
    return f"{number:,.0f}"


_CODE_IN_PARENS = re.compile(r"\s*\((?:[^()]*\d[^()]*)\)")  # "(15-2051)", "(152051)", "(2)"
_LEADING_CODE = re.compile(r"^\s*(?:[A-Z]{0,4}[- ]?)?\d[\d.-]{3,}\s*[-:]?\s*")
_SOC_CODE = re.compile(r"\b\d{2}-\d{4}(?:\.\d{2})?\b")
_FOOTNOTE = re.compile(r"(?:\s*[*\u2020\u2021]+|\s*\[\d+\])+$")
_ALSO_CALLED = re.compile(r",\s*(?:also|aka|incl)\b.*$", re.I)
# one star between names marks an alias list; "**bold**" in a cell is text, not a list
_ALIAS_SPLIT = re.compile(r"\s*(?:[;|•]|(?<!\*)\*(?!\*))\s*|\s+/\s+")


# A statistical agency's residual group ("Fundraisers and managers, all other"): said "other ...".
_ALL_OTHER = re.compile(r"^(?P<group>.+?),\s*all other\b\s*$", re.I)
# What a published group leaves out ("Health and safety engineers, except mining safety ..."):
# the group is named without it.
_EXCEPT = re.compile(r",\s*except\b.*$", re.I)


def _other_group(match: re.Match) -> str:
    """`other data scientists and ...`; a name in Title Case keeps its capitals."""
    group = match["group"]
    words = group.split()
    title_case = len(words) > 1 and words[1][:1].isupper()
    return f"other {group if title_case else lower_first_word(group)}"


def lower_first_word(text: str) -> str:
    """The first word in lower case unless it is an acronym (`Data scientists` -> `data ...`)."""
    first = text.split(" ", 1)[0]
    return text if first.isupper() and len(first) > 1 else text[:1].lower() + text[1:]


def plain_title(title: str, sentence_case: bool = False) -> str:
    """A job title as said or shown: no codes or footnote marks, the first name of an alias
    list, capitals calmed (title case, or sentence case for chart labels)."""
    text = _LEADING_CODE.sub("", _CODE_IN_PARENS.sub("", title))
    text = _ALSO_CALLED.sub("", _FOOTNOTE.sub("", _SOC_CODE.sub(" ", text)))
    text = _ALL_OTHER.sub(_other_group, _EXCEPT.sub("", text))
    aliases = [part for part in _ALIAS_SPLIT.split(text) if part.strip()]
    for mark, least in ((",", 3), ("/", 3)):
        parts = [part.strip() for part in text.split(mark) if part.strip()]
        # "Life, physical, and social science occupations" is one name listing its fields
        one_list = mark == "," and parts[-1].lower().startswith(("and ", "or "))
        if len(aliases) < 2 and len(parts) >= least and not one_list:
            aliases = parts
    if len(aliases) >= 2:  # an alias list: say the first name of a job the map knows
        placed = [part for part in aliases if classify(part).known]
        # a lone word in a list ("Reporting", "Ops") is more often a function than a job
        text = next((p for p in placed if len(p.split()) > 1), placed[0] if placed else aliases[0])
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8 and len(letters) > 4:
        text = " ".join(_normal_word(w, i, sentence_case) for i, w in enumerate(text.split()))
    text = _ABBREVIATION.sub(_spelled_out, text)
    return " ".join(text.split()).strip(" ,-:") or title.strip()


# Title abbreviations a student would say in full ("Sr. Mgr" is "Senior Manager").
SPOKEN_WORDS = {key: WORDS[key] for key in ("mgr", "mngr", "dir", "asst", "assoc", "coord")} | {
    "sr": "senior",
    "jr": "junior",
    "engr": "engineer",
}
_ABBREVIATION = re.compile(rf"\b({'|'.join(SPOKEN_WORDS)})\b\.?", re.I)


def _spelled_out(match: re.Match) -> str:
    word = SPOKEN_WORDS[match[1].lower()]
    spoken = word.capitalize() if match[1][0].isupper() else word
    # "Sr.Software" is two words run together at the full stop
    return spoken + " " if match[0].endswith(".") else spoken


def _normal_word(word: str, index: int, sentence_case: bool) -> str:
    bare = re.sub(r"[^\w&]", "", word)
    if bare.upper() in ACRONYMS or _ROMAN.fullmatch(bare) or (bare[1:] and not bare[1:].isupper()):
        return word  # an acronym, or a word written in mixed case on purpose ("DoIT")
    lowered = word.lower()
    if index and (sentence_case or lowered in _SMALL):
        return lowered
    return lowered[:1].upper() + lowered[1:]


def _org_speech(text: str) -> str:
    """An org-chart finding as a question with a full stop, starting from what the seeker knows."""
    gap = ORG_GAP.match(text)
    if gap:
        where = f"{gap['department']} reporting to the {gap['boss']}" if gap["boss"] else None
        known = where or f"{gap['department']} on my chart"
        return f"I have {known}, but not who the {gap['box']} is. Who holds that role?"
    team = _TEAM.match(text)
    if team:
        managers = team["managers"]
        under = f" under {_count(managers, 'manager')}" if managers else ""
        return (
            f"My notes show about {team['size']} people in {team['department']}{under}. "
            "How is that work divided between the teams?"
        )
    reports = _REPORTS.match(text)
    if reports:
        return (
            f"My notes show {reports['count']} people reporting to {reports['manager']}. "
            "How does that team fit with the rest of the organization?"
        )
    return f"{upper_first(text)}. How close is that to how things are organized?"


def _count(number: str, noun: str) -> str:
    """`one manager`, `6 managers`."""
    return f"one {noun}" if number in ("1", "one") else f"{number} {noun}s"


def _past_year(year: str) -> str:
    """The year when it is not this year, so old figures are never said as today's."""
    return year if year and year != str(date.today().year) else ""


def lower_first(text: str) -> str:
    """`Pay for…` -> `pay for…` inside a sentence; names and acronyms (`Google`, `AI`) stay."""
    first = text.split(" ", 1)[0]
    common = first.lower() in _STARTERS or _GROUP_NOUN.fullmatch(first)
    return text[:1].lower() + text[1:] if common else text


# A headline's first word naming a group of people or things ("Automakers", "Recruiters",
# "Layoffs", "Startups") is an ordinary word, not a name, though it is capitalized.
_GROUP_NOUN = re.compile(
    r"[A-Z][a-z]+(?:ers|ors|ists|ians|ees|ments|tions|sions|ies|ups|offs|ings|ives|ants|ents)"
)


# Ordinary words that start findings; any other capitalized first word may be a name.
_STARTERS = frozenset(
    [
        "pay",
        "median",
        "mean",
        "average",
        "one",
        "the",
        "a",
        "an",
        "employment",
        "most",
        "many",
        "some",
        "few",
        "more",
        "fewer",
        "less",
        "finance",
        "teams",
        "team",
        "analysts",
        "entry",
        "starting",
        "senior",
        "junior",
        "employers",
        "companies",
        "firms",
        "jobs",
        "roles",
        "work",
        "workers",
        "hiring",
        "demand",
        "salaries",
        "salary",
        "wages",
        "hours",
        "people",
        "staff",
        "managers",
        "demand",
        "remote",
        "hybrid",
        "shared",
        "it",
        "this",
        "these",
        "those",
        "there",
        "forecasts",
        "budgets",
        "new",
        "job",
        # comparisons of groups, organizations' figures and counts of events
        "women's",
        "men's",
        "part-time",
        "full-time",
        "at",
        "across",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
    ]
)


def upper_first(text: str) -> str:
    """The first letter in capitals, as a sentence starts."""
    return text[:1].upper() + text[1:]
