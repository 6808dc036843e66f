"""Propose findings from research tables: pay, trends, org-chart gaps and notes.

Each finding says what the research suggests in words a person would say, with its evidence,
its `strength` (0 to 1) and the `topics` it touches; its id comes from its content and source.

Names are loaded on first use: `findings` on the command line receives the findings a reader
process proposed, and needs only the light `model` (no pandas) to receive them.
"""

from infoview.lazy import lazy_names

_HOMES = {
    "TOPICS": "model",
    "Finding": "model",
    "finding_id": "model",
    "guess_topic": "model",
    "propose_findings": "propose",
}

__all__ = list(_HOMES)
__getattr__ = lazy_names(__name__, _HOMES)
