"""Table kinds and column roles, recognised from header synonyms (EN/ES/FR/DE) and content."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache

import numpy as np
import pandas as pd

from infoview.research.normalize import (
    header_currency,
    header_period,
    normalize_dates,
    parse_money_text,
    plain_numbers,
)

# role -> header phrases that name it (lower case, accents stripped, words split). A header
# takes the role whose phrase it equals (earlier phrases first), else the role whose longest
# phrase it contains as whole words.
ROLE_SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "salary": {
        "occupation_code": (
            "occupation code",
            "occ code",
            "soc code",
            "soc",
            "job code",
            "o net soc code",
            "onet soc code",
            "code",
        ),
        "role": (
            "role",
            "job title",
            "job titles",
            "title",
            "position",
            "occupation",
            "occupation title",
            "occ title",
            "occupation soc code",
            "soc name",
            "soc title",
            "title and code",
            "job",
            "job role",
            "designation",
            "profession",
            "dev type",
            "job name",
            "puesto",
            "cargo",
            "ocupacion",
            "poste",
            "intitule du poste",
            "metier",
            "beruf",
            "berufsbezeichnung",
            "stelle",
            "stellenbezeichnung",
            "titel",
            "rolle",
        ),
        "company": (
            "company",
            "company name",
            "employer",
            "employer name",
            "organization",
            "organisation",
            "empresa",
            "entreprise",
            "societe",
            "employeur",
            "firma",
            "unternehmen",
            "arbeitgeber",
        ),
        "location": (
            "location",
            "state",
            "city",
            "area",
            "area title",
            "area name",
            "metro",
            "region",
            "country",
            "job location",
            "company location",
            "work location",
            "employee residence",
            "ciudad",
            "ubicacion",
            "lugar",
            "ville",
            "lieu",
            "localisation",
            "ort",
            "stadt",
            "standort",
        ),
        "level": (
            "level",
            "seniority",
            "grade",
            "band",
            "experience level",
            "career level",
            "nivel",
            "niveau",
            "stufe",
            "ebene",
        ),
        "experience": (
            "years of experience",
            "years of experience overall",
            "years of experience in field",
            "yoe",
            "experience",
            "work exp",
            "years code pro",
            "years code",
            "years at company",
            "anos de experiencia",
            "experiencia",
            "annees d experience",
            "berufserfahrung",
            "erfahrung",
        ),
        "base": (
            "base salary",
            "base pay",
            "base",
            "salary",
            "pay",
            "annual salary",
            "wage",
            "wages",
            "rate",
            "pay rate",
            "hourly rate",
            "salary range",
            "salary estimate",
            "estimated salary",
            "salary offer",
            "salario",
            "salario base",
            "sueldo",
            "salaire",
            "salaire de base",
            "remuneration",
            "gehalt",
            "grundgehalt",
            "lohn",
            "jahresgehalt",
        ),
        "bonus": (
            "bonus",
            "bono",
            "prime",
            "praemie",
            "bonus target",
            "additional compensation",
            "additional monetary compensation",
            "commission",
        ),
        "stock": (
            "stock",
            "equity",
            "rsu",
            "stock grant",
            "stock grant value",
            "acciones",
            "actions",
            "aktien",
        ),
        "total": (
            "total compensation",
            "total comp",
            "total pay",
            "total",
            "tc",
            "comp",
            "compensation",
            "total yearly compensation",
            "yearly compensation",
            "annual compensation",
            "comp total",
            "compensacion total",
            "remuneration totale",
            "gesamtvergutung",
            "gesamtverguetung",
        ),
        "min": ("min", "minimum", "low", "salary min", "min salary", "minimo", "mini", "von"),
        "max": ("max", "maximum", "high", "salary max", "max salary", "maximo", "maxi", "bis"),
        "median": (
            "median",
            "p50",
            "median wage",
            "median salary",
            "median pay",
            "median annual wage",
            "mediana",
            "mediane",
            "salaire median",
            "salario mediano",
        ),
        "mean": (
            "mean",
            "average",
            "avg",
            "mean wage",
            "average salary",
            "promedio",
            "moyenne",
            "durchschnitt",
        ),
        "p10": ("p10", "10th percentile", "pct10", "10th percentile wage", "10 percentile"),
        "p25": ("p25", "25th percentile", "pct25", "25th percentile wage", "25 percentile"),
        "p75": ("p75", "75th percentile", "pct75", "75th percentile wage", "75 percentile"),
        "p90": ("p90", "90th percentile", "pct90", "90th percentile wage", "90 percentile"),
        "pay_period": (
            "pay period",
            "unit of pay",
            "wage unit of pay",
            "pw unit of pay",
            "pay unit",
            "salary or hourly",
            "hourly or salary",
            "pay basis",
            "period",
            "rate type",
            "pay type",
            "pay frequency",
            "salary period",
            "unit",
            "per",
            "periodo",
            "periode",
            "zeitraum",
        ),
        "hours": (
            "hours",
            "hours per week",
            "weekly hours",
            "typical hours",
            "hours worked",
            "horas",
            "heures",
            "stunden",
        ),
        "currency": (
            "currency",
            "salary currency",
            "pay currency",
            "moneda",
            "devise",
            "wahrung",
            "waehrung",
        ),
        "employment": (
            "employment",
            "tot emp",
            "jobs",
            "employment type",
            "empleo",
            "emplois",
            "beschaftigte",
        ),
        "sample_size": ("sample size", "n", "count", "respondents", "data points", "muestra"),
        "group": (
            "o group",
            "occupation type",
            "occ group",
            "group",
            "row type",
            "summary level",
        ),
        "source": ("source", "fuente", "quelle", "origin"),
        "date": ("date", "as of", "year", "work year", "fecha", "datum", "jahr"),
    },
    "trends": {
        "headline": (
            "headline",
            "trend",
            "title",
            "finding",
            "news",
            "topic",
            "event",
            "series",
            "tendencia",
            "titular",
            "tendance",
            "titre",
            "schlagzeile",
            "thema",
            "company",
            "organization",
            "industry",
            "indicator",
            "variable",
        ),
        "evidence": (
            "evidence",
            "takeaway",
            "summary",
            "detail",
            "details",
            "notes",
            "why",
            "why it matters",
            "resumen",
            "resume",
            "zusammenfassung",
            "evidencia",
            "preuve",
        ),
        "date": (
            "date",
            "published",
            "publication date",
            "published date",
            "published at",
            "when",
            "period",
            "quarter",
            "month",
            "year",
            "fecha",
            "datum",
        ),
        "source": ("source", "publication", "outlet", "author", "fuente", "quelle"),
        "link": ("link", "url", "enlace", "lien"),
        "flag": (
            "flag",
            "ask about?",
            "ask about",
            "ask",
            "test?",
            "test",
            "preguntar?",
            "preguntar",
            "a demander?",
            "a demander",
            "nachfragen?",
            "nachfragen",
        ),
        "count": (
            "count",
            "number",
            "total laid off",
            "laid off",
            "layoffs",
            "vacancies",
            "job vacancies",
            "openings",
            "job openings",
            "postings",
            "unemployed",
            "total unemployed",
            "employment",
        ),
        "change": (
            "change",
            "percent change",
            "pct change",
            "growth",
            "percentage laid off",
            "percentage",
            "percent",
            "employment change",
        ),
        "value": ("value", "index", "rate", "level", "valor", "wert"),
        "location": ("location", "country", "city", "region", "state"),
    },
    "org_chart": {
        "department": (
            "department",
            "dept",
            "function",
            "team",
            "division",
            "unit",
            "unit name",
            "department name",
            "dep id",
            "dept id",
            "department id",
            "departamento",
            "area",
            "service",
            "departement",
            "abteilung",
            "bereich",
        ),
        "person": (
            "person",
            "name",
            "full name",
            "employee name",
            "employee",
            "leader",
            "head",
            "who",
            "first name",
            "f name",
            "last name",
            "l name",
            "nombre",
            "persona",
            "personne",
            "nom",
        ),
        "title": (
            "title",
            "role",
            "position",
            "job title",
            "job titles",
            "position name",
            "cargo",
            "poste",
            "titel",
        ),
        "reports_to": (
            "reports to",
            "manager",
            "manager name",
            "manager id",
            "mgr id",
            "supervisor",
            "boss",
            "reports_to",
            "parent",
            "parent id",
            "parentid",
            "reporta a",
            "jefe",
            "rattache a",
            "responsable",
            "berichtet an",
            "vorgesetzter",
        ),
        "id": ("id", "employee id", "emp id", "node id", "unit id", "staff id"),
        "known": ("known", "known?", "confirmed", "verified", "conocido", "connu", "bekannt"),
    },
    "contacts": {
        "name": (
            "name",
            "full name",
            "contact",
            "contact name",
            "person",
            "first name",
            "given name",
            "nombre",
            "nom",
            "contacto",
        ),
        "last_name": ("last name", "family name", "surname", "apellido", "nachname"),
        "company": (
            "company",
            "organization",
            "organisation",
            "organization 1 name",
            "employer",
            "empresa",
            "entreprise",
            "firma",
            "unternehmen",
        ),
        # "job title" before "title": address books have both, and "Title" is "Dr." there
        "title": (
            "job title",
            "position",
            "title",
            "role",
            "organization 1 title",
            "cargo",
            "poste",
            "titel",
        ),
        "email": (
            "email",
            "e mail",
            "mail",
            "email address",
            "e mail address",
            "e mail 1 value",
            "email 1 value",
            "correo",
            "courriel",
        ),
        "phone": ("phone", "telephone", "mobile", "phone number", "phone 1 value", "telefono"),
        "address": ("address", "street", "mailing address", "address 1 formatted", "direccion"),
        "referred_by": (
            "referred by",
            "referrer",
            "referral",
            "via",
            "referido por",
            "recommande par",
            "empfohlen von",
        ),
        "met": ("met", "met?", "status", "contacted", "contactado", "rencontre", "getroffen"),
        "connected": ("connected on", "added", "date added"),
        "link": ("url", "profile url", "linkedin", "linkedin url", "web page", "website"),
        "how_known": ("how we met", "how i know them", "how we know each other", "relationship"),
    },
    "notes": {
        "note": (
            "note",
            "notes",
            "comment",
            "comments",
            "idea",
            "observation",
            "question",
            "questions",
            "interview questions",
            "nota",
            "notas",
            "remarque",
            "notiz",
            "notizen",
        ),
        "topic": (
            "topic",
            "subject",
            "theme",
            "category",
            "tag",
            "tema",
            "sujet",
            "thema",
            "categoria",
        ),
    },
}

MONEY_ROLES = (
    "base",
    "bonus",
    "stock",
    "total",
    "min",
    "max",
    "median",
    "mean",
    "p10",
    "p25",
    "p75",
    "p90",
)
DATE_ROLES = ("date",)
NUMBER_ROLES = ("count", "change", "value")
# Pay roles a summary prefers, best first: a published median beats one person's total.
PAY_PREFERENCE = ("median", "total", "base", "mean", "hourly_median", "hourly_mean", "hourly_base")
HOURLY_PREFIX = "hourly_"

# Roles whose presence says most about a kind; a kind needs one of these to be chosen.
KIND_SIGNATURE: dict[str, tuple[str, ...]] = {
    "salary": MONEY_ROLES,
    "trends": ("headline",),
    "org_chart": ("department", "reports_to", "known"),
    "contacts": ("email", "referred_by", "phone", "connected", "address"),
    "notes": ("note",),
}

# Words that make a header a count, a share, an id, a score or a rate that is not pay.
NOT_PAY_WORDS = frozenset(
    {
        "id",
        "ids",
        "ident",
        "identifier",
        "code",
        "codigo",
        "count",
        "number",
        "num",
        "no",
        "percent",
        "percentage",
        "pct",
        "share",
        "ratio",
        "quotient",
        "rating",
        "ratings",
        "score",
        "size",
        "employment",
        "emp",
        "employees",
        "employed",
        "jobs",
        "openings",
        "laid",
        "layoffs",
        "index",
        "prse",
        "rse",
        "error",
        "lat",
        "lon",
        "latitude",
        "longitude",
        "age",
        "old",
        "years",
        "yrs",
        "experience",
        "vacancies",
        "unemployed",
        "unemployment",
        "respondents",
        "replacement",
        "needs",
        "funds",
        "raised",
        "diploma",
        "degree",
        "education",
        "growth",
        "change",
        "rank",
        "ranking",
        "population",
        "hours",
        "points",
        "reviews",
        "stars",
        "applicants",
        "headcount",
        "staff",
        "quantity",
        "qty",
        "ssn",
        "phone",
        "zip",
        "postal",
        "revenue",
        "sales",
        "valuation",
        "profit",
        "assets",
        "market",
        "cap",
    }
)
# With these in the header, a generic word (total, min, high, rate) is about pay.
PAY_WORDS = frozenset(
    {
        "salary",
        "salaries",
        "wage",
        "wages",
        "pay",
        "paid",
        "compensation",
        "comp",
        "earnings",
        "income",
        "remuneration",
        "bonus",
        "stock",
        "equity",
        "rsu",
        "tc",
        "gehalt",
        "lohn",
        "salario",
        "sueldo",
        "salaire",
        "base",
    }
)
# Words that only qualify a pay figure: they leave a generic word about pay.
PAY_QUALIFIERS = frozenset(
    {
        "a",
        "h",
        "annual",
        "annually",
        "yearly",
        "hourly",
        "monthly",
        "weekly",
        "gross",
        "net",
        "amount",
        "value",
        "range",
        "est",
        "estimate",
        "estimated",
        "in",
        "of",
        "the",
        "per",
        "year",
        "hour",
        "usd",
        "eur",
        "gbp",
        "inr",
        "cad",
        "aud",
        "converted",
        "target",
        "expected",
        "offered",
        "offer",
        "lpa",
    }
)

# Generic words that name a role only as the whole header (`Code`, not `LearnCode`).
EXACT_ONLY = frozenset(
    {"code", "group", "per", "unit", "job", "event", "series", "level", "soc", "count"}
)
EXACT_ONLY_BY_KIND = {
    # "E-mail 2 Address" is an e-mail, not a postal address
    "contacts": frozenset({"address"}),
    "trends": frozenset(
        {"title", "company", "organization", "industry", "variable", "number", "employment"}
    ),
}
# Trend headlines that are only a label: the table needs dates or numbers to be a trend.
WEAK_HEADLINES = frozenset({"company", "organization", "industry", "indicator", "variable"})
# Headers of a data dictionary or a series catalogue: reference, not research.
# Headers of a data dictionary or a series catalogue: a description beside a field name.
REFERENCE_DESCRIPTIONS = frozenset(
    {"description", "data item description", "field description", "variable description"}
    | {"column description", "definition", "meaning", "explanation", "descripcion"}
)
REFERENCE_FIELDS = frozenset(
    {"field", "field name", "variable", "variable name", "column", "column name", "item"}
    | {"series id", "name", "type", "data type", "code", "unit", "format", "campo"}
)
_UNIT_WORDS = re.compile(
    r"\b(?:administration|directorate|office|department|division|center|centre|bureau|team|"
    r"group|unit|agency|institute|ministry|committee|council|board|services?|operations|"
    r"headquarters|program|programme)\b",
    re.IGNORECASE,
)

# Survey questions: at least this many words, matched on the words that carry their meaning.
QUESTION_WORDS = 5
QUESTION_MEANINGS = {
    "salary": {
        "bonus": frozenset({"bonus", "bonuses", "commission", "additional"}),
        "base": frozenset({"salary", "wage", "pay", "paid", "earn", "earnings", "income"}),
        "experience": frozenset({"experience"}),
        "role": frozenset({"title", "position", "occupation"}),
        "company": frozenset({"employer", "company", "organization", "organisation"}),
        "location": frozenset({"city", "country", "state", "where", "location"}),
        "currency": frozenset({"currency"}),
    },
}

CONTENT_SAMPLE = 200
MAX_PHRASE_WORDS = 5
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)
_MONEY_MARK = re.compile(r"[$€£¥₹]|\d\s*k\b|\b(?:usd|eur|gbp|inr)\b|\blacs?\b", re.IGNORECASE)
_PERCENTILE = re.compile(r"^pct\d+$")
NOTE_LENGTH = 40
# Look-alike letters from other scripts that survive in pasted headers.
_LOOKALIKES = str.maketrans(
    "аеорсухіјАВЕКМНОРСТХІЈοαερτυνκΑΒΕΗΙΚΜΝΟΡΤΧΥ",
    "aeopcyxijABEKMHOPCTXIJoaeptvvkABEHIKMNOPTXY",
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


@dataclass(frozen=True)
class Detection:
    """A kind with its column roles; `by_content` names the column that decided it."""

    kind: str
    roles: dict[str, str]
    by_content: str | None = None


@cache
def _vocabulary() -> frozenset[str]:
    """Words of every synonym and qualifier: what a one-word header may be made of."""
    phrases = (p for roles in ROLE_SYNONYMS.values() for group in roles.values() for p in group)
    words = {w for phrase in phrases for w in phrase.split()}
    words |= NOT_PAY_WORDS | PAY_WORDS | PAY_QUALIFIERS
    words |= {"first", "last", "name", "yearly", "total", "job", "of", "in", "to", "at"}
    return frozenset(w for w in words if len(w) > 1 or w == "a")


@cache
def _split_compound(word: str) -> str:
    """`totalyearlycompensation` -> `total yearly compensation`, when vocabulary covers it."""
    vocabulary = _vocabulary()
    if len(word) < 6 or word in vocabulary or not word.isalpha():
        return word
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 14), end):
            piece, before = word[start:end], best[start]
            usable = before is not None and piece in vocabulary and len(piece) > 1
            if usable and (best[end] is None or len(before) + 1 < len(best[end])):
                best[end] = [*before, piece]
    return " ".join(best[-1]) if best[-1] else word


@cache
def normalize_header(text: object) -> str:
    """Lower case, accents and look-alikes folded, words split, punctuation to spaces."""
    value = unicodedata.normalize("NFKC", str(text)).translate(_LOOKALIKES)
    value = _CAMEL.sub(" ", value)
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    value = re.sub(r"[^a-z0-9?]+", " ", value.lower()).strip().replace(" ?", "?")
    return " ".join(_split_compound(word) for word in value.split())


def is_role_name(header: str) -> bool:
    """Whether a header is, as a whole, the name of some role (`Notes`, `Salary`)."""
    name = normalize_header(header)
    return any(name in _phrase_index(kind) for kind in ROLE_SYNONYMS)


def money_role(role: str) -> bool:
    """Whether a role holds amounts of pay (hourly ones included)."""
    return role.removeprefix(HOURLY_PREFIX) in MONEY_ROLES


def is_not_pay_header(name: str) -> bool:
    """Whether a normalized header names counts, shares, ids, scores or rates, not pay."""
    words = name.replace("?", "").split()
    return any(w in NOT_PAY_WORDS and not _PERCENTILE.match(w) for w in words) and not (
        "pay" in words and "rate" in words and "index" not in words
    )


def _pay_header(name: str, phrase: str) -> bool:
    """Whether a header matched to a pay role by `phrase` is about pay."""
    if is_not_pay_header(name):
        return False
    words = name.replace("?", "").split()
    if any(w in PAY_WORDS for w in words) or phrase == name:
        return True
    rest = [w for w in words if w not in phrase.split()]
    return all(w in PAY_QUALIFIERS or w.isdigit() for w in rest)


def stated_currency(header: str) -> str | None:
    """The currency a header names (`Salary (£)`, `salary_in_usd`); converted pay is USD."""
    code = header_currency(str(header))
    if code is None and "converted" in normalize_header(header).split():
        return "USD"
    return code


def match_roles(kind: str, headers: list[str]) -> dict[str, str]:
    """Map roles of `kind` to headers: best-named first; annual pay before hourly pay."""
    candidates = []
    for position, header in enumerate(headers):
        name = normalize_header(header)
        for role, order, score, phrase in _header_matches(name, kind):
            pay = kind == "salary" and role in MONEY_ROLES
            if pay and not _pay_header(name, phrase):
                continue
            hourly = pay and header_period(name) == "hour"
            # A column converted to one currency (salary_in_usd) is the one to pool.
            converted = pay and stated_currency(header) is not None
            candidates.append((hourly, not converted, -score, position, order, role, header))
    roles: dict[str, str] = {}
    taken: set[str] = set()
    for hourly, _, _, _, _, role, header in sorted(candidates):
        if header in taken:
            continue
        if hourly and role in roles:
            role = HOURLY_PREFIX + role
        if role not in roles:
            roles[role] = header
            taken.add(header)
    return {role: roles[role] for role in _role_order(kind) if role in roles}


@cache
def _phrase_index(kind: str) -> dict[str, tuple[tuple[str, int, int], ...]]:
    """phrase -> the roles (with their order and the phrase's rank) it names, for one kind."""
    index: dict[str, list[tuple[str, int, int]]] = {}
    for order, (role, words) in enumerate(ROLE_SYNONYMS.get(kind, {}).items()):
        for rank, phrase in enumerate(words):
            index.setdefault(phrase, []).append((role, order, rank))
    return {phrase: tuple(roles) for phrase, roles in index.items()}


@cache
def _header_matches(name: str, kind: str) -> list[tuple[str, int, int, str]]:
    """(role, order, score, phrase): the whole header scores highest, then its longest phrase."""
    phrases = _phrase_index(kind)
    best: dict[str, tuple[str, int, int, str]] = {}
    exact_only = EXACT_ONLY | EXACT_ONLY_BY_KIND.get(kind, frozenset())
    for role, order, rank in phrases.get(name, ()):
        best[role] = (role, order, 10_000 - rank, name)
    words = name.replace("?", "").split()
    if len(words) >= QUESTION_WORDS:
        # a survey question ("What is your annual salary, in USD?"): matched on its meaning
        for role, keywords in QUESTION_MEANINGS.get(kind, {}).items():
            if role not in best and any(w in keywords for w in words):
                best[role] = (role, order_of(kind, role), 1, role)
    for size in range(min(len(words), MAX_PHRASE_WORDS), 0, -1):
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start : start + size])
            if phrase == name or len(phrase) <= 2 or phrase in exact_only:
                continue
            for role, order, _ in phrases.get(phrase, ()):
                score = len(phrase)
                if role not in best or best[role][2] < score:
                    best[role] = (role, order, score, phrase)
    return list(best.values())


def header_roles(kind: str, header: str) -> frozenset[str]:
    """Every role of `kind` the header could play, best-named or not ("E-mail 2 Address")."""
    return frozenset(match[0] for match in _header_matches(normalize_header(header), kind))


def order_of(kind: str, role: str) -> int:
    """A role's position among its kind's roles."""
    return list(ROLE_SYNONYMS.get(kind, {})).index(role)


def _role_order(kind: str) -> list[str]:
    order = []
    for role in ROLE_SYNONYMS.get(kind, {}):
        order.append(role)
        if kind == "salary" and role in MONEY_ROLES:
            order.append(HOURLY_PREFIX + role)
    return order


def detect_kind(headers: list[str], body: pd.DataFrame | None = None) -> Detection:
    """The kind whose signature roles the headers match best; else what the content shows."""
    best = Detection("generic", {})
    best_score = 0
    pays = any(money_role(role) for role in match_roles("salary", headers))
    if _is_reference(headers) and not pays:
        return Detection("reference", {})
    candidates = {kind: match_roles(kind, headers) for kind in KIND_SIGNATURE}
    if body is not None:
        profile = _profile(body.head(CONTENT_SAMPLE))
        candidates = {
            kind: _checked(kind, roles, body, profile) for kind, roles in candidates.items()
        }
    for kind, signature in KIND_SIGNATURE.items():
        roles = candidates[kind]
        if not any(role.removeprefix(HOURLY_PREFIX) in signature for role in roles):
            continue
        if not _plausible(kind, roles, headers):
            continue
        score = len(roles) + 2 * sum(r.removeprefix(HOURLY_PREFIX) in signature for r in roles)
        if kind == "org_chart" and "reports_to" in roles:
            score += 4  # an HR export with a manager column is a chart, pay or not
        if score > best_score:
            best, best_score = Detection(kind, roles), score
    if body is None:
        return best
    if best.kind == "salary" and not _salary_has_people(best.roles):
        best = Detection("generic", {})
    if best.kind in ("generic", "trends"):
        numeric = _numeric_trends(headers, body, profile)
        if numeric is not None and (best.kind == "generic" or "date" not in best.roles):
            return numeric
    if best.kind == "generic":
        return _detect_by_content(headers, body)
    return best


def _is_reference(headers: list[str]) -> bool:
    """A data dictionary or series catalogue: a description column among few others."""
    names = {normalize_header(h) for h in headers}
    return bool(names & REFERENCE_DESCRIPTIONS) and bool(names & REFERENCE_FIELDS)


def _plausible(kind: str, roles: dict[str, str], headers: list[str]) -> bool:
    """Signature roles that need company: an org chart of departments alone is a list."""
    if kind == "org_chart":
        return len(roles) >= 2 and any(
            r in roles for r in ("person", "reports_to", "known", "title")
        )
    if kind == "notes":
        return len(headers) <= 5
    if kind == "trends":
        weak = normalize_header(roles.get("headline", "")) in WEAK_HEADLINES
        return not weak or "date" in roles or any(r in roles for r in NUMBER_ROLES)
    return True


def salary_roles(headers: list[str], body: pd.DataFrame) -> dict[str, str]:
    """The salary roles of a table read as salary, checked against its content."""
    profile = _profile(body.head(CONTENT_SAMPLE))
    return _checked("salary", match_roles("salary", headers), body, profile)


def _salary_has_people(roles: dict[str, str]) -> bool:
    """A pay table says pay of what: a role, a company or a place beside the amounts."""
    return any(r in roles for r in ("role", "company", "location", "level", "occupation_code"))


def _checked(
    kind: str, roles: dict[str, str], body: pd.DataFrame, profile: pd.DataFrame
) -> dict[str, str]:
    """Roles whose column content agrees with the role (ids are ids, pay is amounts)."""
    kept = dict(roles)
    codes = [r for r in ("role", "company", "location", "person", "name") if r in roles]
    numeric = [roles[r] for r in codes if profile.at[roles[r], "numeric"] > 0.8]
    if numeric and kind != "org_chart":
        # `AREA` holds codes, `AREA_TITLE` the names: match again without the code columns
        kept = match_roles(kind, [h for h in body.columns if h not in numeric])
        roles = kept
        kept = dict(roles)
    if kind == "salary":
        for role, header in roles.items():
            if money_role(role) and not _mostly_pay(body[header]):
                del kept[role]
        if "occupation_code" not in kept:
            coded = profile.index[profile["soc"] > 0.8]
            free = [h for h in coded if h not in kept.values()]
            if free:
                kept["occupation_code"] = free[0]
    if kind == "org_chart" and "reports_to" in roles and "id" not in roles:
        # `MANAGER_ID` with no id column: the employee id is the first id-like header
        for header in body.columns:
            if header not in roles.values() and normalize_header(header).endswith(" id"):
                kept["id"] = header
                break
    if kind == "org_chart" and "person" in roles:
        names = body[roles["person"]].head(CONTENT_SAMPLE)
        names = names[names.str.strip().ne("")]
        # `name` of a d3 chart holds units ("Mission Directorate"), not people
        if not names.empty and names.str.contains(_UNIT_WORDS).mean() > 0.5:
            kept["department"] = kept.pop("person")
    return kept


def _mostly_pay(column: pd.Series) -> bool:
    """Most filled cells read as amounts, and they are not fractions or tiny scores."""
    sample = pd.Series(column.head(CONTENT_SAMPLE * 5).unique(), dtype=object)
    figures = sample[sample.str.contains(r"\d", regex=True) & sample.str.strip().ne("-1")]
    if figures.empty:
        return True  # `Not disclosed`, `*`, blanks: a pay column that says no figure
    plain = pd.to_numeric(figures.where(figures.str.match(r"^\d+(?:\.\d+)?$")), errors="coerce")
    amounts = figures[plain.isna()].map(parse_money_text).dropna()
    if plain.notna().sum() + len(amounts) < 0.5 * len(figures):
        return False
    highs = pd.concat([plain.dropna(), pd.Series([m.high for m in amounts], dtype=float)])
    return bool(highs.gt(1).mean() >= 0.5)


_YEAR_HEADER = re.compile(r"^(?:19|20)\d{2}\b")


def _numeric_trends(
    headers: list[str], body: pd.DataFrame, profile: pd.DataFrame
) -> Detection | None:
    """Series over time: a date column or year headers with numbers, no pay of people."""
    roles = match_roles("trends", headers)
    years = [h for h in headers if _YEAR_HEADER.match(normalize_header(h) or "")]
    sample = body.head(CONTENT_SAMPLE)
    if "date" in roles and normalize_dates(sample[roles["date"]]).notna().mean() < 0.5:
        del roles["date"]
    if "date" not in roles:
        for header in headers[:2]:
            dates = normalize_dates(sample[header])
            if header not in roles.values() and dates.notna().mean() > 0.6:
                roles["date"] = header
                break
    shares = profile["numeric"]
    numeric = [h for h in headers if h not in roles.values() and shares[h] > 0.6]
    named = any(r in roles for r in NUMBER_ROLES)
    others = len(headers) - ("date" in roles)
    if not named and len(numeric) * 2 < others:
        return None
    if "date" not in roles and len(years) < 2 and "change" not in roles:
        return None
    if "value" not in roles and "count" not in roles and numeric:
        roles["value"] = numeric[0]
    if "headline" not in roles:
        text = [h for h in headers if h not in roles.values() and h not in numeric]
        if text:
            roles["headline"] = text[0]
    order = list(ROLE_SYNONYMS["trends"])
    return Detection("trends", {r: roles[r] for r in order if r in roles})


def _profile(sample: pd.DataFrame) -> pd.DataFrame:
    """Per column, the share of filled cells that are numbers and SOC codes: one pass."""
    cells = pd.Series(sample.to_numpy().ravel(order="F"), dtype=object).astype(str)

    def share(mask: pd.Series) -> np.ndarray:
        return mask.to_numpy().reshape(sample.shape, order="F").sum(axis=0) / counts

    counts = cells.str.strip().ne("").to_numpy().reshape(sample.shape, order="F").sum(axis=0)
    counts = counts.clip(min=1)
    return pd.DataFrame(
        {
            "numeric": share(plain_numbers(cells).notna()),
            "soc": share(cells.str.match(r"^\d{2}-\d{4}(?:\.\d{2})?$")),
        },
        index=sample.columns,
    )


def _detect_by_content(headers: list[str], body: pd.DataFrame) -> Detection:
    """Emails make contacts, amounts of money make salary, long sentences make notes."""
    cells = body.head(CONTENT_SAMPLE).set_axis(range(len(headers)), axis=1).stack()
    cells = cells[cells.ne("")]
    if cells.empty:
        return Detection("generic", {})
    column_of = cells.index.get_level_values(1)
    shares = (
        pd.DataFrame(
            {
                "email": cells.str.match(_EMAIL),
                "money": cells.str.contains(_MONEY_MARK),
                "length": cells.str.len(),
            }
        )
        .groupby(column_of)
        .mean()
    )
    for kind, role, found in (
        ("contacts", "email", shares.index[shares["email"] >= 0.5]),
        (
            "salary",
            "base",
            [
                c
                for c in shares.index[shares["money"] >= 0.6]
                if _mostly_money(cells[column_of == c])
            ],
        ),
        ("notes", "note", _note_columns(headers, shares)),
    ):
        if len(found):
            column = headers[found[0]]
            roles = match_roles(kind, [h for h in headers if h != column])
            if kind == "salary" and not _salary_has_people(roles):
                text = [h for h in headers if h != column and h not in roles.values()]
                if not text:
                    continue
                roles["role"] = text[0]  # the label beside the amounts names what is paid
            return Detection(kind, {role: column, **roles}, by_content=column)
    return Detection("generic", {})


def _note_columns(headers: list[str], shares: pd.DataFrame) -> list[int]:
    """Long-text columns of a sheet that is mostly text (a survey is not a notes sheet)."""
    long = list(shares.index[shares["length"] >= NOTE_LENGTH])
    return long if len(headers) <= 6 else []


def _mostly_money(values: pd.Series) -> bool:
    return values.map(parse_money_text).notna().mean() >= 0.6


def pay_role(roles: dict[str, str]) -> str | None:
    """The role a pay summary should use, if the table has one."""
    return next((role for role in PAY_PREFERENCE if role in roles), None)


FEW_ROLES = 4


def shown_roles(kind: str, assigned: Collection[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The roles of `kind` worth showing first (those given a column, topped up to a few in the
    kind's order) and the rest, kept under "More"."""
    roles = tuple(ROLE_SYNONYMS.get(kind, {}))
    first = [r for r in roles if r in assigned]
    first += [r for r in roles if r not in first][: max(0, FEW_ROLES - len(first))]
    return tuple(r for r in roles if r in first), tuple(r for r in roles if r not in first)
