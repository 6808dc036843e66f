"""The interview log: outcomes per hypothesis, referrals, follow-ups, and what they add up to."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from infoview.errors import LogError
from infoview.hypotheses import OPEN_STATUSES, Hypothesis, custom_hypothesis
from infoview.profile import Profile

OUTCOMES = ("supported", "refuted", "nuanced", "not discussed")
CHECK_BACK_DAYS = (7, 10)
THANK_YOU_DAYS = 1


@dataclass(frozen=True)
class Outcome:
    """What one interview said about one hypothesis; `statement` is its wording at the time."""

    hypothesis_id: str
    statement: str
    result: str = "not discussed"
    note: str = ""

    def __post_init__(self) -> None:
        if self.result not in OUTCOMES:
            raise LogError(
                f'Outcome "{self.result}" for "{self.statement}" is not one of '
                f"{', '.join(OUTCOMES)}; pick one of those."
            )


@dataclass(frozen=True)
class Referral:
    """Someone the interviewee suggested contacting next."""

    name: str
    organization: str = ""
    contact: str = ""
    may_use_my_name: bool = False
    will_introduce: bool = False
    check_back_days: int = CHECK_BACK_DAYS[0]

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise LogError("A referral needs a name: type who they suggested you contact.")
        low, high = CHECK_BACK_DAYS
        if not low <= self.check_back_days <= high:
            raise LogError(
                f"Check back after {self.check_back_days} days is out of range: agree on "
                f"{low} to {high} days after the interview."
            )

    @property
    def details(self) -> str:
        """`Acme; priya@example.com; will introduce; check back after 9 days`, or empty."""
        extras = [x for x in (self.organization, self.contact) if x]
        if self.may_use_my_name:
            extras.append("may use the name")
        if self.will_introduce:
            extras.append(f"will introduce; check back after {self.check_back_days} days")
        return "; ".join(extras)


@dataclass(frozen=True)
class FollowUp:
    """Something to do by a date after a meeting: a thank-you, or checking back on an
    introduction; `contact` is whom it is with. The log and outreach share these."""

    kind: str
    due_on: date
    action: str
    done: bool = False
    id: int | None = None
    contact: str = ""


def thanks_due(contact: str, held_on: date, done: bool = False) -> FollowUp:
    """The thank-you note owed the day after meeting `contact`."""
    return FollowUp(
        "thank-you",
        held_on + timedelta(days=THANK_YOU_DAYS),
        f"Send {contact} a thank-you note (within a day of meeting)",
        done,
        contact=contact,
    )


def check_back_due(
    contact: str, due_on: date, introduce_to: str = "", done: bool = False
) -> FollowUp:
    """Checking back with `contact`, on the agreed date, about the introduction they offered."""
    about = f" about the introduction to {introduce_to}" if introduce_to else ""
    return FollowUp(
        "check-back", due_on, f"Check back with {contact}{about}, as agreed", done, contact=contact
    )


@dataclass(frozen=True)
class Interview:
    """One held interview: who, when, what each hypothesis met, and who to contact next."""

    profile: Profile
    held_on: date
    outcomes: tuple[Outcome, ...] = ()
    referrals: tuple[Referral, ...] = ()
    new_findings: tuple[str, ...] = ()
    org_type: str = ""
    confidential: bool = False
    thank_you_sent: bool = False
    sheet_id: int | None = None
    id: int | None = None
    follow_ups: tuple[FollowUp, ...] = ()


def planned_follow_ups(interview: Interview) -> tuple[FollowUp, ...]:
    """A thank-you the day after unless sent, and a check-back for each promised introduction."""
    who = interview.profile.display_name
    due = [] if interview.thank_you_sent else [thanks_due(who, interview.held_on)]
    due += [
        check_back_due(who, interview.held_on + timedelta(days=r.check_back_days), r.name)
        for r in interview.referrals
        if r.will_introduce
    ]
    return tuple(due)


def logged_follow_ups(interviews: Iterable[Interview]) -> tuple[FollowUp, ...]:
    """Every follow-up the log holds, as reminders take them: each interview's thank-you (done
    once sent) and its check-backs as recorded."""
    due = []
    for interview in interviews:
        who = interview.profile.display_name
        due.append(thanks_due(who, interview.held_on, interview.thank_you_sent))
        due += [
            check_back_due(who, p.follow_up.due_on, p.referral.name, p.follow_up.done)
            for p in promised_introductions(interview)
        ]
    return tuple(due)


@dataclass(frozen=True)
class Promise:
    """An introduction the interviewee offered, with the check-back follow-up kept for it."""

    referral: Referral
    follow_up: FollowUp


def promised_introductions(interview: Interview) -> list[Promise]:
    """Each introduction offered in the interview, paired with its check-back follow-up."""
    # Check-backs are planned, and stored, in the order of the referrals that promised them.
    kept = interview.follow_ups or planned_follow_ups(interview)
    check_backs = [f for f in kept if f.kind == "check-back"]
    offered = [r for r in interview.referrals if r.will_introduce]
    return [Promise(r, f) for r, f in zip(offered, check_backs, strict=False)]


def conversations_with(profile: Profile, interviews: Iterable[Interview]) -> list[Interview]:
    """The logged interviews with this person (same name and organization), latest first."""

    def same(other: Profile) -> bool:
        if not profile.name.strip():
            return other == profile
        return _person(other) == _person(profile)

    held = [i for i in interviews if same(i.profile)]
    return sorted(held, key=lambda i: (i.held_on, i.id or 0), reverse=True)


def people_met(interviews: Iterable[Interview]) -> tuple[str, ...]:
    """The names of everyone interviewed, whom a referral close no longer plans to contact."""
    return tuple(
        dict.fromkeys(i.profile.name.strip() for i in interviews if i.profile.name.strip())
    )


def with_follow_ups(interview: Interview) -> Interview:
    """The interview carrying the follow-ups it calls for."""
    return replace(interview, follow_ups=planned_follow_ups(interview))


def finding_hypotheses(interview: Interview, scrub: Callable[[str], str]) -> list[Hypothesis]:
    """New findings from the interview as high-priority hypotheses, names removed by `scrub`."""
    hypotheses = []
    for text in interview.new_findings:
        cleaned = scrub(" ".join(text.split()))
        if cleaned:
            hypothesis = custom_hypothesis(cleaned)
            hypotheses.append(
                replace(hypothesis, source=f"interview on {interview.held_on.isoformat()}")
            )
    return hypotheses


@dataclass(frozen=True)
class Status:
    """How the logged interviews judged one hypothesis, as counts per outcome."""

    supported: int = 0
    refuted: int = 0
    nuanced: int = 0
    not_discussed: int = 0

    @property
    def tested(self) -> int:
        return self.supported + self.refuted + self.nuanced

    @property
    def name(self) -> str:
        """One of the hypothesis STATUSES: contested when some supported it and some refuted it."""
        if not self.tested:
            return "untested"
        if self.supported and self.refuted:
            return "contested"
        if self.nuanced:
            return "nuanced"
        return "supported" if self.supported else "refuted"

    @property
    def contested(self) -> bool:
        """Interviews disagreed: at least one supported it and one refuted it."""
        return self.name == "contested"

    @property
    def open(self) -> bool:
        """Worth asking again first: never tested, or contested."""
        return self.name in OPEN_STATUSES

    @property
    def label(self) -> str:
        """`2 supported, 1 refuted`; `untested` when no interview discussed it."""
        counts = zip(
            OUTCOMES, (self.supported, self.refuted, self.nuanced, self.not_discussed), strict=True
        )
        parts = [f"{n} {name}" for name, n in counts if n]
        return ", ".join(parts) if self.tested else ", ".join(["untested", *parts])


UNTESTED = Status()


def tally(outcomes: Iterable[Outcome]) -> Status:
    """Counts per outcome, whatever hypotheses they belong to."""
    results = [o.result for o in outcomes]
    return Status(*(results.count(name) for name in OUTCOMES))


def aggregate(outcomes: Iterable[Outcome]) -> dict[str, Status]:
    """The status of every hypothesis that has an outcome, by hypothesis id."""
    grouped: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        grouped.setdefault(outcome.hypothesis_id, []).append(outcome)
    return {hypothesis_id: tally(group) for hypothesis_id, group in grouped.items()}


def statuses(interviews: Iterable[Interview]) -> dict[str, Status]:
    """The status of every hypothesis any logged interview recorded."""
    return aggregate(o for interview in interviews for o in interview.outcomes)


def with_statuses(hypotheses: Sequence[Hypothesis], known: dict[str, Status]) -> list[Hypothesis]:
    """The hypotheses carrying what the log says of them (`untested` when nothing), which the
    planner reads to ask open ones first and to say when earlier interviews disagreed."""
    return [replace(h, status=known.get(h.id, UNTESTED).name) for h in hypotheses]


@dataclass(frozen=True)
class KeptSheet:
    """A generated sheet as the workspace keeps it: for whom, when, and the hypotheses it tests."""

    id: int
    profile: Profile
    created_at: str
    hypotheses: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class LogTarget:
    """What an interview is logged against: a kept sheet, or a profile and flagged hypotheses."""

    label: str
    profile: Profile
    hypotheses: tuple[tuple[str, str], ...]
    sheet_id: int | None = None


def log_targets(
    sheets: Sequence[KeptSheet], profiles: Sequence[Profile], flagged: Sequence[Hypothesis]
) -> list[LogTarget]:
    """For each saved profile, its newest kept sheet, then the profile with today's flagged
    hypotheses; sheets of deleted or since-edited profiles, and older versions, are left out."""
    current = tuple((h.id, h.statement) for h in flagged)
    newest: dict[Profile, KeptSheet] = {}
    for sheet in sorted(sheets, key=lambda s: s.id, reverse=True):
        newest.setdefault(sheet.profile, sheet)
    targets = [
        LogTarget(
            f"Sheet #{sheet.id} for {_who(sheet.profile)}, "
            f"{sheet.created_at[:16].replace('T', ' ')}",
            sheet.profile,
            sheet.hypotheses,
            sheet.id,
        )
        for sheet in (newest[p] for p in profiles if p in newest)
    ]
    targets += [
        LogTarget(f"Profile: {_who(profile)}, {len(current)} flagged hypotheses", profile, current)
        for profile in profiles
    ]
    return targets


def correction_target(interview: Interview) -> LogTarget:
    """What a logged interview is corrected against: the hypotheses it recorded."""
    return LogTarget(
        f"Correcting {interview.profile.display_name}, {interview.held_on.isoformat()}",
        interview.profile,
        tuple((o.hypothesis_id, o.statement) for o in interview.outcomes),
        interview.sheet_id,
    )


def build_interview(
    target: LogTarget,
    held_on: date,
    results: Sequence[tuple[str, str]],
    findings: str = "",
    referrals: Sequence[Referral] = (),
    org_type: str = "",
    confidential: bool = False,
    thank_you_sent: bool = False,
    today: date | None = None,
) -> Interview:
    """An interview from the log form: one (result, note) per target hypothesis, in order."""
    if held_on > (today or date.today()):
        raise LogError(
            f"The interview date {held_on.isoformat()} is in the future: log an interview once "
            "it has taken place."
        )
    if len(results) != len(target.hypotheses):
        raise LogError(
            f"Got {len(results)} outcomes for {len(target.hypotheses)} hypotheses; record one "
            "outcome per hypothesis."
        )
    outcomes = tuple(
        Outcome(hid, statement, result, note.strip())
        for (hid, statement), (result, note) in zip(target.hypotheses, results, strict=True)
    )
    return Interview(
        profile=target.profile,
        held_on=held_on,
        outcomes=outcomes,
        referrals=tuple(referrals),
        new_findings=tuple(line.strip() for line in findings.splitlines() if line.strip()),
        org_type=" ".join(org_type.split()),
        confidential=confidential,
        thank_you_sent=thank_you_sent,
        sheet_id=target.sheet_id,
    )


def interview_rows(interviews: Sequence[Interview]) -> list[dict[str, object]]:
    """One row per logged interview for a table: when, who, what it said, what follows."""
    return [
        {
            "held on": interview.held_on.isoformat(),
            "interviewee": _who(interview.profile),
            "outcomes": tally(interview.outcomes).label,
            "referrals": ", ".join(r.name for r in interview.referrals),
            "thank-you sent": interview.thank_you_sent,
        }
        for interview in interviews
    ]


def standing_rows(
    hypotheses: Sequence[Hypothesis], interviews: Sequence[Interview]
) -> list[dict[str, object]]:
    """One row per hypothesis: its wording, where it came from, what interviews said of it."""
    known = statuses(interviews)
    return [
        {
            "hypothesis": h.statement,
            "source": h.source,
            "interviews said": known.get(h.id, UNTESTED).label,
        }
        for h in hypotheses
    ]


def follow_up_rows(interviews: Sequence[Interview]) -> list[dict[str, object]]:
    """Every follow-up of every interview, soonest first."""
    rows = [
        {"due": f.due_on.isoformat(), "action": f.action, "done": f.done, "id": f.id}
        for interview in interviews
        for f in interview.follow_ups
    ]
    return sorted(rows, key=lambda row: row["due"])


def done_changes(rows: Sequence[dict], edited: Sequence[dict]) -> dict[int, bool]:
    """Follow-up ids whose `done` tick the seeker changed in the table, with the new value."""
    before = {row["id"]: bool(row["done"]) for row in rows}
    return {
        int(row["id"]): bool(row["done"])
        for row in edited
        if row["id"] in before and bool(row["done"]) != before[row["id"]]
    }


def _person(profile: Profile) -> tuple[str, str]:
    return profile.name.strip().lower(), profile.organization.strip().lower()


def _who(profile: Profile) -> str:
    return profile.display_name + (f" ({profile.organization})" if profile.organization else "")
