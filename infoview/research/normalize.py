"""Turn research cell text into numbers, keeping the original text beside them."""

from __future__ import annotations

import re

HOURS_PER_YEAR = 2080
_NUMBER = re.compile(r"(\d[\d,.]*)\s*([kK])?")


def parse_money(text: object) -> float | None:
    """Annual amount in a cell such as `$62k-$70k`, `72K`, `$31.50/hr`; None when absent."""
    value = str(text or "").strip().lower()
    if not value or value in {"n/a", "na", "-", "*", "#"}:
        return None
    numbers = []
    for digits, thousands in _NUMBER.findall(value):
        number = _to_float(digits)
        if number is None:
            continue
        numbers.append(number * (1000 if thousands else 1))
    if not numbers:
        return None
    amount = sum(numbers[:2]) / len(numbers[:2])
    if "/hr" in value or "hour" in value:
        amount *= HOURS_PER_YEAR
    return amount


def _to_float(digits: str) -> float | None:
    cleaned = digits.rstrip(".,").replace(",", "")
    try:
        return float(cleaned)
    except ValueError:
        return None


def format_money(amount: float, currency: str = "$") -> str:
    """`$68,500` style, rounded to the nearest hundred."""
    return f"{currency}{round(amount, -2):,.0f}"
