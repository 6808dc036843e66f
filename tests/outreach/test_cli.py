"""`python -m infoview draft|reminders`: the printed draft, the .ics file, clear errors."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from icalendar import Calendar

from infoview.cli import main
from tests.conftest import ROOT

ME = ["--me", "Ana Ruiz", "--background", "a financial analyst moving into corporate finance"]
LINK = ["--profile-link", "https://www.linkedin.com/in/ana-ruiz"]


def test_draft_approach_prints_subject_blank_line_and_body(capsys):
    code = main(
        [
            "draft",
            "approach",
            "--name",
            "Dana Whitfield",
            "--org",
            "Northwind Motors",
            "--title",
            "Controller",
            "--referred-by",
            "Ravi Patel",
            "--finding",
            "Finance teams here are moving to rolling forecasts.",
            *ME,
            *LINK,
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0
    assert out.splitlines()[:5] == [
        "Subject: Ravi Patel suggested I get in touch",
        "",
        "Dear Dana Whitfield,",
        "",
        "Ravi Patel suggested I write to you. I am Ana Ruiz, a financial analyst moving into "
        "corporate finance.",
    ]
    assert "My research suggests that finance teams here are moving to rolling forecasts. " in out
    assert out.endswith("Ana Ruiz\nhttps://www.linkedin.com/in/ana-ruiz\n")
    assert err == "91 words (keep under 120)\n"


def test_draft_with_mailto_prints_the_encoded_link(capsys):
    args = ["draft", "thanks", "--name", "Dana", "--email", "dana@nw.example", *ME]
    args += ["--learned", "budgets move quarterly", "--next-step", "call Kim", "--mailto"]
    assert main(args) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith(
        "mailto:dana@nw.example?subject=Thank%20you%20for%20our%20conversation&body=Dear%20Dana%2C"
        "%0D%0A%0D%0AThank%20you"
    )


def test_draft_check_back_uses_the_agreed_date(capsys):
    args = ["draft", "check-back", "--name", "Dana", "--introduce", "Kim Ito", *ME]
    assert main([*args, "--date", "2026-12-03"]) == 0
    assert "we agreed I would check back on Thursday 3 December 2026." in capsys.readouterr().out


def test_a_draft_that_pushes_a_resume_is_not_printed(capsys):
    args = ["draft", "thanks", "--name", "Dana", *ME, "--learned", "pay bands are public"]
    code = main([*args, "--next-step", "send you my résumé"])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert "This sends or hands over a résumé" in err
    assert err.endswith("infoview: no draft written; reword the text you gave and run again.\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["follow-up", *ME],
            "infoview: Give the date you sent the approach. "
            "On the command line: --date YYYY-MM-DD.\n",
        ),
        (
            ["referral", "--referred-by", "Dana", *ME],
            "infoview: You have not recorded that Dana agreed to be named.",
        ),
        (["approach", "--me", "Ana"], "infoview: Add a one-line background"),
        (["approach", *ME, "--profile-link", "x.org/ana"], 'infoview: Profile link "x.org/ana"'),
    ],
)
def test_draft_problems_are_messages_not_tracebacks(capsys, args, message):
    assert main(["draft", *args]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(message)


def test_a_bad_date_names_the_flag_and_the_format(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["reminders", "--approached", "Dana=2026-13-01"])
    assert exited.value.code == 2
    assert (
        'argument --approached: "2026-13-01" is not a date as YYYY-MM-DD, e.g. 2026-11-20'
        in capsys.readouterr().err
    )


def test_reminders_ics_parses_back_with_business_days_across_a_weekend(tmp_path, capsys):
    out = tmp_path / "follow-ups.ics"
    code = main(
        [
            "reminders",
            "--approached",
            "Lee Chen=2026-11-20",
            "--met",
            "Dana=2026-11-27",
            "--check-back",
            "Dana=2026-12-07",
            "--today",
            "2026-11-23",
            "--ics",
            "-o",
            str(out),
        ]
    )
    assert code == 0
    assert capsys.readouterr().err == f"wrote {out}: 4 reminders, 4 to do\n"
    calendar = Calendar.from_ical(out.read_bytes())
    assert [(str(e["SUMMARY"]).split(":")[0], e.start) for e in calendar.events] == [
        ("No reply from Lee Chen after 3 business days", date(2026, 11, 25)),
        ("Still no reply from Lee Chen", date(2026, 11, 27)),
        ("Send Dana a thank-you note (within a day of meeting)", date(2026, 11, 28)),
        ("Check back with Dana, as agreed", date(2026, 12, 7)),
    ]


def test_reminders_ics_with_nothing_to_remind_is_a_valid_empty_calendar(tmp_path):
    out = tmp_path / "empty.ics"
    assert main(["reminders", "--ics", "-o", str(out)]) == 0
    calendar = Calendar.from_ical(out.read_bytes())
    assert (calendar.name, str(calendar["VERSION"]), calendar.events) == ("VCALENDAR", "2.0", [])


def test_reminders_list_and_json_show_status(capsys):
    args = ["reminders", "--met", "Dana=2026-11-20", "--thanked", "dana", "--today", "2026-11-25"]
    args += ["--approached", "Lee=2026-11-23", "--replied", "Lee", "--holidays", "US"]
    assert main(args) == 0
    assert capsys.readouterr().out == (
        "2026-11-21  done       Send Dana a thank-you note (within a day of meeting)\n"
        "2026-11-27  done       No reply from Lee after 3 business days: approach someone "
        "else too\n"
        "2026-11-30  done       Still no reply from Lee: re-send your note\n"
    )
    assert main(["reminders", "--met", "Kim=2026-11-24", "--today", "2026-11-25", "--json"]) == 0
    assert capsys.readouterr().out == (
        "[\n  {\n"
        '    "kind": "thank-you",\n'
        '    "contact": "Kim",\n'
        '    "due": "2026-11-25",\n'
        '    "action": "Send Kim a thank-you note (within a day of meeting)",\n'
        '    "status": "due today"\n'
        "  }\n]\n"
    )


def test_python_dash_m_infoview_draft_runs():
    result = subprocess.run(
        [sys.executable, "-m", "infoview", "draft", "phone", "--name", "Dana", *ME],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("Subject: Phone call to Dana\n\nHello, is this Dana? ")
    body = result.stdout.split("\n\n", 1)[1]
    assert result.stderr == f"{len(body.split())} words\n"
