from infoview.export.text import Field, ResearchPoint, build_handout, clean
from tests.export.sheets import MEETING_DAY, make_sheet, spare_questions


def test_clean_composes_accents_and_drops_control_characters():
    assert clean("Jose\u0301\x00 Mu\u0308ller\x0b\n\tsays  hi") == "José Müller says hi"


def test_handout_numbers_questions_and_adds_up_minutes_in_printed_order():
    handout = build_handout(make_sheet(spare=spare_questions(2)), MEETING_DAY)
    planned = [(i.number, i.by_minute, i.tests, i.notes) for i in handout.items]
    assert planned == [
        (1, 0.5, "", False),
        (2, 2.0, "", True),
        (3, 4.0, "H2", True),
        (4, 5.5, "", True),
        (5, 7.5, "H1", True),
        (6, 9.0, "", True),
        (7, 11.0, "", True),
        (8, 12.5, "", True),
        (9, 13.0, "", False),
        (10, 13.5, "", False),
        (11, None, "", False),
        (12, None, "", False),
    ]
    assert [b.title for b in handout.blocks] == [
        "Opening",
        "Their path",
        "Industry & hypotheses",
        "Career & compensation",
        "The organization",
        "Referrals & next steps",
        "Close",
    ]


def test_handout_header_research_and_follow_up_dates():
    handout = build_handout(make_sheet(), MEETING_DAY)
    assert handout.title == "Questions for Łucja Wiśniewska"
    assert handout.role == "VP Finance, Lakeshore Motors"
    assert handout.fields == (
        Field("Date", "Mon 2 Mar 2026"),
        Field("Meeting", "15 min (13.5 planned)"),
        Field("Referred by", "José Müller"),
    )
    assert handout.research == (
        ResearchPoint(
            "H1",
            "Median pay for Financial Analyst in Detroit, MI is about $68,000",
            "Pay survey 2026",
        ),
        ResearchPoint("H2", "Finance teams are moving to rolling forecasts", "Industry newsletter"),
    )
    assert handout.after_meeting[0].startswith("Send a thank-you e-mail by Tue 3 Mar;")
    assert "check back between Mon 9 Mar and Thu 12 Mar." in handout.after_meeting[2]


def test_handout_leaves_out_the_referral_field_when_nobody_referred():
    handout = build_handout(make_sheet(referred_by=""), MEETING_DAY)
    assert [f.label for f in handout.fields] == ["Date", "Meeting"]
