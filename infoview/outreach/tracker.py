"""The follow-up table: one row per person the seeker is in touch with, turned into reminders."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime

from infoview.log import FollowUp, check_back_due, thanks_due
from infoview.outreach.reminders import Approach, Reminder, follow_ups, suggested_check_back


@dataclass(frozen=True)
class Tracked:
    """A person approached or met, and what has been done since."""

    contact: str
    approached_on: date | None = None
    replied: bool = False
    met_on: date | None = None
    thanked: bool = False
    introduce_to: str = ""
    check_back_on: date | None = None
    checked_back: bool = False


TRACKER_COLUMNS = tuple(f.name for f in fields(Tracked))
DATE_COLUMNS = ("approached_on", "met_on", "check_back_on")
FLAG_COLUMNS = ("replied", "thanked", "checked_back")


def to_rows(tracked: Iterable[Tracked]) -> list[dict[str, object]]:
    """Rows for a table editor, one per person."""
    return [asdict(t) for t in tracked]


def from_rows(rows: Iterable[dict[str, object]]) -> list[Tracked]:
    """People from editor rows; rows without a name are left out, empty cells read as unset."""
    tracked = []
    for row in rows:
        contact = _text(row.get("contact"))
        if not contact:
            continue
        tracked.append(
            Tracked(
                contact=contact,
                introduce_to=_text(row.get("introduce_to")),
                **{column: _as_date(row.get(column)) for column in DATE_COLUMNS},
                **{column: _as_flag(row.get(column)) for column in FLAG_COLUMNS},
            )
        )
    return tracked


def reminders_for(
    tracked: Iterable[Tracked],
    today: date | None = None,
    holidays: Collection[date] = (),
    logged: Iterable[FollowUp] = (),
) -> list[Reminder]:
    """The follow-up list for these people and the `logged` follow-ups of the interview log,
    as one list; a check-back without a date gets the suggested one. The log is the one source
    of truth for a meeting it holds: a tracked person met in a logged interview gets the log's
    thank-you and check-backs only, never a second set from the tracker."""
    logged = list(logged)
    in_log = {_person(f.contact) for f in logged}
    tracked = list(tracked)
    met = [t for t in tracked if _person(t.contact) not in in_log]
    after_meetings = [thanks_due(t.contact, t.met_on, t.thanked) for t in met if t.met_on]
    after_meetings += [
        check_back_due(
            t.contact,
            t.check_back_on or suggested_check_back(t.met_on, holidays),
            t.introduce_to,
            t.checked_back,
        )
        for t in met
        if t.introduce_to and (t.check_back_on or t.met_on)
    ]
    return follow_ups(
        approaches=[
            Approach(t.contact, t.approached_on, t.replied) for t in tracked if t.approached_on
        ],
        after_meetings=[*after_meetings, *logged],
        today=today,
        holidays=holidays,
    )


def _person(name: str) -> str:
    """A name as typed in two places compares equal: case and spacing aside."""
    return " ".join(name.split()).casefold()


def _missing(value: object) -> bool:
    # NaN and NaT are the editor's empty cells; neither equals itself.
    return value is None or value != value


def _text(value: object) -> str:
    return "" if _missing(value) else " ".join(str(value).split())


def _as_flag(value: object) -> bool:
    return False if _missing(value) else bool(value)


def _as_date(value: object) -> date | None:
    if _missing(value) or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
