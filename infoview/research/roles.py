"""Column roles per table kind, recognised from header synonyms."""

from __future__ import annotations

import re
import unicodedata

# role -> header words that name it (lower case, accents stripped); first match wins per column.
ROLE_SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "salary": {
        "role": (
            "role",
            "job title",
            "title",
            "position",
            "occupation",
            "job",
            "puesto",
            "poste",
            "beruf",
            "stelle",
            "cargo",
        ),
        "location": (
            "location",
            "city",
            "area",
            "metro",
            "region",
            "state",
            "ciudad",
            "ville",
            "ort",
            "stadt",
        ),
        "company": (
            "company",
            "employer",
            "organization",
            "organisation",
            "empresa",
            "entreprise",
            "firma",
            "unternehmen",
        ),
        "level": ("level", "seniority", "grade", "nivel", "niveau"),
        "total": ("total compensation", "total comp", "total pay", "total"),
        "median": ("median", "p50", "mediana", "mediane", "median salary"),
        "base": (
            "base salary",
            "base pay",
            "base",
            "salary",
            "pay",
            "annual salary",
            "wage",
            "salario",
            "sueldo",
            "salaire",
            "gehalt",
            "lohn",
        ),
        "min": ("min", "minimum", "low", "p10", "10th percentile"),
        "max": ("max", "maximum", "high", "p90", "90th percentile"),
        "sample_size": ("sample size", "n", "count", "respondents", "employment"),
        "source": ("source", "fuente", "quelle"),
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
            "tendance",
        ),
        "evidence": ("evidence", "takeaway", "summary", "detail", "details", "notes", "why"),
        "date": ("date", "published", "when", "fecha", "datum"),
        "source": ("source", "publication", "outlet", "fuente", "quelle"),
        "link": ("link", "url"),
        "flag": ("flag", "ask about?", "ask about", "ask", "test?", "test"),
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
            "abteilung",
        ),
        "person": ("person", "name", "leader", "head", "who", "nombre"),
        "title": ("title", "role", "position", "cargo"),
        "reports_to": ("reports to", "manager", "reports_to", "parent"),
        "known": ("known", "known?", "confirmed", "verified"),
    },
    "contacts": {
        "name": ("name", "contact", "person", "nombre", "nom"),
        "company": ("company", "organization", "organisation", "employer", "empresa"),
        "title": ("title", "role", "position"),
        "email": ("email", "e-mail", "mail", "correo"),
        "referred_by": ("referred by", "referrer", "referral", "via"),
        "met": ("met", "met?", "status", "contacted"),
    },
    "notes": {
        "note": ("note", "notes", "comment", "comments", "idea", "observation"),
        "topic": ("topic", "subject", "theme"),
    },
}

# Roles whose presence says most about a kind; a kind needs one of these to be chosen.
KIND_SIGNATURE: dict[str, tuple[str, ...]] = {
    "salary": ("base", "total", "median", "min", "max"),
    "trends": ("headline",),
    "org_chart": ("department", "reports_to", "known"),
    "contacts": ("email", "referred_by"),
    "notes": ("note",),
}


def normalize_header(text: object) -> str:
    """Lower case, accents stripped, punctuation folded to spaces."""
    value = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9?]+", " ", value.lower()).strip()


def match_roles(kind: str, headers: list[str]) -> dict[str, str]:
    """Map each role of `kind` to the first header that names it (exact, then by words)."""
    roles: dict[str, str] = {}
    taken: set[str] = set()
    normalized = {h: normalize_header(h) for h in headers}
    for exact in (True, False):
        for role, words in ROLE_SYNONYMS.get(kind, {}).items():
            if role in roles:
                continue
            for header in headers:
                if header in taken:
                    continue
                name = normalized[header]
                if any(_names(name, word, exact) for word in words):
                    roles[role] = header
                    taken.add(header)
                    break
    return roles


def _names(header: str, word: str, exact: bool) -> bool:
    if exact:
        return header == word
    return len(word) > 2 and re.search(rf"(^|\s){re.escape(word)}(\s|$)", header) is not None


def detect_kind(headers: list[str]) -> tuple[str, dict[str, str]]:
    """The kind whose signature roles the headers match best, with its role map."""
    best_kind, best_roles, best_score = "generic", {}, 0
    for kind, signature in KIND_SIGNATURE.items():
        roles = match_roles(kind, headers)
        if not any(role in roles for role in signature):
            continue
        score = len(roles) + 2 * sum(role in roles for role in signature)
        if score > best_score:
            best_kind, best_roles, best_score = kind, roles, score
    return best_kind, best_roles
