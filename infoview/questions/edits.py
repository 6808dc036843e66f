"""The seeker's changes to a planned sheet: pins, removals, swaps and their own questions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from infoview.questions.model import PlannedQuestion, Sheet

OWN_TAG = "own"


@dataclass(frozen=True)
class SheetEdits:
    """What the seeker changed; the planner applies it on every re-plan."""

    pinned: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    custom: tuple[tuple[str, str], ...] = ()

    def pin(self, question_id: str) -> SheetEdits:
        """Keep this question on the sheet whatever the time budget says."""
        return replace(
            self,
            pinned=_added(self.pinned, question_id),
            removed=_without(self.removed, question_id),
        )

    def unpin(self, question_id: str) -> SheetEdits:
        return replace(self, pinned=_without(self.pinned, question_id))

    def remove(self, question_id: str) -> SheetEdits:
        """Never plan this question again."""
        return replace(
            self,
            pinned=_without(self.pinned, question_id),
            removed=_added(self.removed, question_id),
        )

    def take_off(self, question: PlannedQuestion) -> SheetEdits:
        """Remove a planned question; the seeker's own question is dropped altogether."""
        if OWN_TAG in question.tags:
            return replace(self, custom=tuple(c for c in self.custom if c[1] != question.text))
        return self.remove(question.id)

    def swap(self, old_id: str, new_id: str) -> SheetEdits:
        """Replace one question by another: the old one removed, the new one pinned."""
        return self.remove(old_id).pin(new_id)

    def add(self, section: str, text: str) -> SheetEdits:
        """Add the seeker's own question (the planner guards it against job requests)."""
        question = (section, " ".join(text.split()))
        return replace(self, custom=_added(self.custom, question))


@dataclass(frozen=True)
class Moved:
    """A question an edit took off the planned part of the sheet, and where it went."""

    id: str
    text: str
    to_if_time_permits: bool

    @property
    def message(self) -> str:
        where = "moved to If time permits" if self.to_if_time_permits else "left the sheet"
        return f"“{self.text}” {where}"


def moved_out(before: Sheet, after: Sheet, chosen: Iterable[str] = ()) -> list[Moved]:
    """Questions planned `before` and not `after`, other than the `chosen` ones the seeker took
    off themselves: an edit must never move them silently."""
    kept = {q.id for q in after.questions} | set(chosen)
    later = {q.id for q in after.if_time_permits}
    return [Moved(q.id, q.text, q.id in later) for q in before.questions if q.id not in kept]


def keeping(edits: SheetEdits, before: Sheet, after: Sheet, chosen: Iterable[str]) -> SheetEdits:
    """`edits` with the questions it would push off the plan pinned back: a swap is one for
    one, whatever the new question's length or family."""
    for moved in moved_out(before, after, chosen):
        edits = edits.pin(moved.id)
    return edits


def _added(values: tuple, value) -> tuple:
    return values if value in values else (*values, value)


def _without(values: tuple, value) -> tuple:
    return tuple(v for v in values if v != value)
