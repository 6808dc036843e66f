"""Table kinds and column roles, recognised from header synonyms (EN/ES/FR/DE) and content."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import pandas as pd

from infoview.research.normalize import is_hourly_header, parse_money_text

# role -> header phrases that name it (lower case, accents stripped). A header takes the role
# whose phrase it equals, else the role whose longest phrase it contains as whole words.
ROLE_SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "salary": {
        "occupation_code": ("occupation code", "occ code", "soc code", "soc", "job code"),
        "role": (
            "role",
            "job title",
            "title",
            "position",
            "occupation",
            "occupation title",
            "occ title",
            "job",
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
        ),
        "company": (
            "company",
            "employer",
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
            "city",
            "area",
            "area title",
            "area name",
            "metro",
            "region",
            "state",
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
        "level": ("level", "seniority", "grade", "band", "nivel", "niveau", "stufe", "ebene"),
        "experience": (
            "years of experience",
            "yoe",
            "experience",
            "years",
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
            "rate",
            "pay rate",
            "hourly rate",
            "salary range",
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
        "bonus": ("bonus", "bono", "prime", "praemie", "bonus target"),
        "stock": ("stock", "equity", "rsu", "stock grant", "acciones", "actions", "aktien"),
        "total": (
            "total compensation",
            "total comp",
            "total pay",
            "total",
            "tc",
            "compensacion total",
            "remuneration totale",
            "gesamtvergutung",
            "gesamtverguetung",
        ),
        "min": ("min", "minimum", "low", "salary min", "minimo", "mini", "von"),
        "max": ("max", "maximum", "high", "salary max", "maximo", "maxi", "bis"),
        "median": (
            "median",
            "p50",
            "median wage",
            "median salary",
            "median pay",
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
            "period",
            "rate type",
            "pay type",
            "unit",
            "per",
            "periodo",
            "periode",
            "zeitraum",
        ),
        "currency": ("currency", "moneda", "devise", "wahrung", "waehrung"),
        "employment": ("employment", "tot emp", "jobs", "empleo", "emplois", "beschaftigte"),
        "sample_size": ("sample size", "n", "count", "respondents", "data points", "muestra"),
        "source": ("source", "fuente", "quelle", "origin"),
        "date": ("date", "as of", "year", "fecha", "datum", "jahr"),
    },
    "trends": {
        "headline": (
            "headline",
            "trend",
            "title",
            "finding",
            "news",
            "topic",
            "tendencia",
            "titular",
            "tendance",
            "titre",
            "schlagzeile",
            "thema",
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
        "date": ("date", "published", "when", "fecha", "datum"),
        "source": ("source", "publication", "outlet", "fuente", "quelle"),
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
    },
    "org_chart": {
        "department": (
            "department",
            "dept",
            "function",
            "team",
            "division",
            "unit",
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
            "leader",
            "head",
            "who",
            "nombre",
            "persona",
            "personne",
            "nom",
        ),
        "title": ("title", "role", "position", "cargo", "poste", "titel"),
        "reports_to": (
            "reports to",
            "manager",
            "reports_to",
            "parent",
            "reporta a",
            "jefe",
            "rattache a",
            "responsable",
            "berichtet an",
            "vorgesetzter",
        ),
        "known": ("known", "known?", "confirmed", "verified", "conocido", "connu", "bekannt"),
    },
    "contacts": {
        "name": ("name", "contact", "person", "nombre", "nom", "contacto"),
        "company": (
            "company",
            "organization",
            "organisation",
            "employer",
            "empresa",
            "entreprise",
            "firma",
            "unternehmen",
        ),
        "title": ("title", "role", "position", "cargo", "poste", "titel"),
        "email": ("email", "e mail", "mail", "correo", "courriel", "email address"),
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
    },
    "notes": {
        "note": (
            "note",
            "notes",
            "comment",
            "comments",
            "idea",
            "observation",
            "nota",
            "notas",
            "remarque",
            "notiz",
            "notizen",
        ),
        "topic": ("topic", "subject", "theme", "tema", "sujet", "thema"),
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
# Pay roles a summary prefers, best first: a published median beats one person's total.
PAY_PREFERENCE = ("median", "total", "base", "mean", "hourly_median", "hourly_mean", "hourly_base")
HOURLY_PREFIX = "hourly_"

# Roles whose presence says most about a kind; a kind needs one of these to be chosen.
KIND_SIGNATURE: dict[str, tuple[str, ...]] = {
    "salary": MONEY_ROLES,
    "trends": ("headline",),
    "org_chart": ("department", "reports_to", "known"),
    "contacts": ("email", "referred_by"),
    "notes": ("note",),
}

CONTENT_SAMPLE = 200
MAX_PHRASE_WORDS = 5
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)
_MONEY_MARK = re.compile(r"[$€£¥]|\d\s*k\b|\b(?:usd|eur|gbp)\b", re.IGNORECASE)
NOTE_LENGTH = 40


@dataclass(frozen=True)
class Detection:
    """A kind with its column roles; `by_content` names the column that decided it."""

    kind: str
    roles: dict[str, str]
    by_content: str | None = None


# Headers repeat across the kinds tried and across sheets: each is folded and split once.
@lru_cache(maxsize=16384)
def normalize_header(text: object) -> str:
    """Lower case, accents stripped, punctuation folded to spaces."""
    value = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9?]+", " ", value.lower()).strip().replace(" ?", "?")


def money_role(role: str) -> bool:
    """Whether a role holds amounts of pay (hourly ones included)."""
    return role.removeprefix(HOURLY_PREFIX) in MONEY_ROLES


def match_roles(kind: str, headers: list[str]) -> dict[str, str]:
    """Map roles of `kind` to headers: best-named first; hourly pay beside annual pay."""
    phrases = _phrase_index(kind)
    candidates = []
    for position, header in enumerate(headers):
        name = normalize_header(header)
        for role, order, score in _header_matches(name, phrases):
            hourly = kind == "salary" and role in MONEY_ROLES and is_hourly_header(name)
            candidates.append((hourly, -score, position, order, role, header))
    roles: dict[str, str] = {}
    taken: set[str] = set()
    for hourly, _, _, _, role, header in sorted(candidates):
        if header in taken:
            continue
        if hourly and role in roles:
            role = HOURLY_PREFIX + role
        if role not in roles:
            roles[role] = header
            taken.add(header)
    return {role: roles[role] for role in _role_order(kind) if role in roles}


@cache
def _phrase_index(kind: str) -> dict[str, tuple[tuple[str, int], ...]]:
    """phrase -> the roles (with their order) it names, for one kind."""
    index: dict[str, list[tuple[str, int]]] = {}
    for order, (role, words) in enumerate(ROLE_SYNONYMS.get(kind, {}).items()):
        for phrase in words:
            index.setdefault(phrase, []).append((role, order))
    return {phrase: tuple(roles) for phrase, roles in index.items()}


def _header_matches(name: str, phrases: dict) -> list[tuple[str, int, int]]:
    """(role, order, score): the whole header scores highest, then its longest phrase."""
    best: dict[str, tuple[str, int, int]] = {}
    for phrase, score in _scored_phrases(name):
        for role, order in phrases.get(phrase, ()):
            if role not in best or best[role][2] < score:
                best[role] = (role, order, score)
    return list(best.values())


@lru_cache(maxsize=16384)
def _scored_phrases(name: str) -> tuple[tuple[str, int], ...]:
    """Each run of up to MAX_PHRASE_WORDS words of a header, with the score it would match at."""
    found = []
    words = name.split()
    for size in range(min(len(words), MAX_PHRASE_WORDS), 0, -1):
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start : start + size])
            if phrase != name and len(phrase) <= 2:
                continue
            found.append((phrase, 1000 + len(phrase) if phrase == name else len(phrase)))
    return tuple(found)


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
    for kind, signature in KIND_SIGNATURE.items():
        roles = match_roles(kind, headers)
        if not any(role.removeprefix(HOURLY_PREFIX) in signature for role in roles):
            continue
        score = len(roles) + 2 * sum(r.removeprefix(HOURLY_PREFIX) in signature for r in roles)
        if score > best_score:
            best, best_score = Detection(kind, roles), score
    if best.kind == "generic" and body is not None:
        return _detect_by_content(headers, body)
    return best


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
        ("notes", "note", shares.index[shares["length"] >= NOTE_LENGTH]),
    ):
        if len(found):
            column = headers[found[0]]
            roles = match_roles(kind, [h for h in headers if h != column])
            return Detection(kind, {role: column, **roles}, by_content=column)
    return Detection("generic", {})


def _mostly_money(values: pd.Series) -> bool:
    return values.map(parse_money_text).notna().mean() >= 0.6


def pay_role(roles: dict[str, str]) -> str | None:
    """The role a pay summary should use, if the table has one."""
    return next((role for role in PAY_PREFERENCE if role in roles), None)
