"""Column roles and kinds, for callers that import them from one place.

The logic lives in four modules: `vocabulary` (the header words, data), `headers` (matching
header words to roles), `evidence` (whether a column's values fit a role) and `kinds` (which
kind a table is).
"""

from infoview.research.headers import (
    match_roles,
    money_role,
    normalize_header,
    pay_role,
    shown_roles,
    stated_currency,
)
from infoview.research.kinds import Detection, detect_kind, salary_roles
from infoview.research.vocabulary import HOURLY_PREFIX, MONEY_ROLES, ROLE_SYNONYMS

__all__ = [
    "HOURLY_PREFIX",
    "MONEY_ROLES",
    "ROLE_SYNONYMS",
    "Detection",
    "detect_kind",
    "match_roles",
    "money_role",
    "normalize_header",
    "pay_role",
    "salary_roles",
    "shown_roles",
    "stated_currency",
]
