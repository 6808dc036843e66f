"""`python -m infoview --db PATH draft|reminders`: what the workspace gives, what flags override."""

from __future__ import annotations

from datetime import date

import pytest
from icalendar import Calendar

from infoview.cli import main
from infoview.log import promised_introductions
from infoview.store import DB_ENV
from tests.outreach.logged_workspace import logged_workspace

ME = ["--me", "Ana Ruiz", "--background", "a financial analyst moving into corporate finance"]
NEXT = ["--next-step", "write to Priya Raman"]


@pytest.fixture
def db(tmp_path) -> str:
    path = tmp_path / "ws.sqlite"
    logged_workspace(path)
    return str(path)


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def paragraphs(out: str) -> list[str]:
    return out.split("\n\n")


def test_thanks_takes_the_interviewee_date_and_thing_learned_from_the_log(db, capsys):
    code, out, _ = run(capsys, "--db", db, "draft", "thanks", *ME, *NEXT)
    assert code == 0
    assert paragraphs(out)[:4] == [
        "Subject: Thank you for our conversation",
        "Dear Dana Whitfield,",
        "Thank you for taking the time to talk with me on Friday 20 November 2026. One thing I "
        "learned that will stay with me: what I had read, that Analyst pay in Detroit is "
        "around $72,000, does not match what you see.",
        "As a next step, I will write to Priya Raman. I will let you know how it goes.",
    ]


def test_flags_override_what_the_log_says(db, capsys):
    args = ["--learned", "closing takes five days", "--date", "2026-11-21", "--name", "Dana"]
    code, out, _ = run(capsys, "--db", db, "draft", "thanks", *ME, *NEXT, *args)
    assert code == 0
    assert paragraphs(out)[1:3] == [
        "Dear Dana,",
        "Thank you for taking the time to talk with me on Saturday 21 November 2026. One thing I "
        "learned that will stay with me: closing takes five days.",
    ]


def test_thanks_to_another_saved_interviewee_uses_their_interview(db, capsys):
    args = ["--db", db, "draft", "thanks", "--name", "Omar Haddad", *ME, *NEXT]
    code, out, _ = run(capsys, *args)
    assert code == 0
    assert paragraphs(out)[2] == (
        "Thank you for taking the time to talk with me on Monday 9 November 2026. One thing I "
        "learned that will stay with me: it depends on the situation whether finance teams are "
        "moving to rolling forecasts."
    )


def test_check_back_takes_the_introduction_and_its_agreed_date(db, capsys):
    code, out, _ = run(capsys, "--db", db, "draft", "check-back", *ME)
    assert code == 0
    assert paragraphs(out)[0] == "Subject: Checking back about Priya Raman"
    assert paragraphs(out)[2].startswith(
        "When we spoke, you kindly offered to introduce me to Priya Raman, and we agreed I would "
        "check back on Tuesday 10 November 2026."
    )
    code, out, _ = run(capsys, "--db", db, "draft", "check-back", *ME, "--introduce", "Kim Ito")
    assert paragraphs(out)[0] == "Subject: Checking back about Kim Ito"
    assert "check back on Tuesday 10 November 2026." in out


def test_referral_takes_the_person_and_the_permission_recorded(db, capsys):
    code, out, _ = run(capsys, "--db", db, "draft", "referral", *ME, "--mailto")
    assert code == 0
    assert paragraphs(out)[:3] == [
        "Subject: Dana Whitfield suggested I get in touch",
        "Dear Priya Raman,",
        "Dana Whitfield, whom I spoke with recently, suggested I write to you and was happy for "
        "me to mention their name. I am Ana Ruiz, a financial analyst moving into corporate "
        "finance.",
    ]
    assert out.splitlines()[-1].startswith("mailto:priya.raman@lakeshore.example?subject=Dana%20")


def test_referral_without_recorded_permission_is_refused_unless_given(db, capsys):
    code, out, err = run(capsys, "--db", db, "draft", "referral", "--name", "Kim Ito", *ME)
    assert (code, out) == (1, "")
    assert err.startswith("infoview: You have not recorded that Dana Whitfield agreed to be named.")
    code, out, _ = run(
        capsys, "--db", db, "draft", "referral", "--name", "Kim Ito", "--permission", *ME
    )
    assert (code, paragraphs(out)[1]) == (0, "Dear Kim Ito,")
    code, _, err = run(capsys, "--db", db, "draft", "referral", "--no-permission", *ME)
    assert code == 1
    assert "You have not recorded that Dana Whitfield agreed" in err


def test_the_environment_names_the_workspace_too(db, capsys, monkeypatch):
    monkeypatch.setenv(DB_ENV, db)
    code, out, _ = run(capsys, "draft", "approach", *ME)
    assert code == 0
    assert paragraphs(out)[:2] == [
        "Subject: Grace Liu suggested I get in touch",
        "Dear Dana Whitfield,",
    ]


def test_without_a_workspace_drafts_use_the_flags_only(capsys, monkeypatch, tmp_path):
    monkeypatch.delenv(DB_ENV)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    code, out, err = run(capsys, "draft", "thanks", *ME, *NEXT)
    assert (code, out) == (1, "")
    assert err == (
        "infoview: Add one specific thing you learned. On the command line: --learned TEXT.\n"
    )
    assert not (tmp_path / "data").exists()


def test_reminders_list_the_logged_follow_ups_with_those_given_by_flags(db, capsys):
    args = ["--db", db, "reminders", "--today", "2026-11-12", "--met", "Lee Chen=2026-11-11"]
    code, out, _ = run(capsys, *args, "--met", "Dana Whitfield=2026-11-02")
    assert code == 0
    assert out.splitlines() == [
        "2026-11-03  overdue    Send Dana Whitfield a thank-you note (within a day of meeting)",
        "2026-11-10  done       Send Omar Haddad a thank-you note (within a day of meeting)",
        "2026-11-10  overdue    Check back with Dana Whitfield about the introduction to Priya "
        "Raman, as agreed",
        "2026-11-12  due today  Send Lee Chen a thank-you note (within a day of meeting)",
        "2026-11-21  upcoming   Send Dana Whitfield a thank-you note (within a day of meeting)",
    ]


def test_flags_tick_logged_follow_ups_done(db, capsys):
    args = ["--db", db, "reminders", "--today", "2026-11-12", "--thanked", "dana whitfield"]
    code, out, _ = run(capsys, *args, "--checked-back", "Dana Whitfield")
    assert code == 0
    assert [line.split()[1] for line in out.splitlines()] == ["done"] * 4


def test_reminders_ics_holds_the_logged_follow_ups_still_to_do(db, tmp_path, capsys):
    workspace = logged_workspace(tmp_path / "again.sqlite")
    first = next(i for i in workspace.interviews() if i.held_on == date(2026, 11, 2))
    [promise] = promised_introductions(first)
    workspace.set_follow_up_done(promise.follow_up.id, True)
    out = tmp_path / "follow-ups.ics"
    args = ["--db", str(workspace.path), "reminders", "--today", "2026-11-12", "--ics"]
    code, _, err = run(capsys, *args, "-o", str(out))
    assert code == 0
    assert err == f"wrote {out}: 4 reminders, 2 to do\n"
    events = Calendar.from_ical(out.read_bytes()).events
    assert [(str(e["SUMMARY"]), e.start) for e in events] == [
        ("Send Dana Whitfield a thank-you note (within a day of meeting)", date(2026, 11, 3)),
        ("Send Dana Whitfield a thank-you note (within a day of meeting)", date(2026, 11, 21)),
    ]


def test_an_empty_workspace_gives_a_valid_empty_calendar(tmp_path, capsys):
    out = tmp_path / "empty.ics"
    args = ["--db", str(tmp_path / "new.sqlite"), "--create", "reminders", "--ics", "-o", str(out)]
    code, _, err = run(capsys, *args)
    assert (code, err) == (0, f"wrote {out}: 0 reminders, 0 to do\n")
    calendar = Calendar.from_ical(out.read_bytes())
    assert (calendar.name, str(calendar["VERSION"]), calendar.events) == ("VCALENDAR", "2.0", [])
