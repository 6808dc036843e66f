"""The scrubber: names, contacts and secret employers out, sentences a person would say left."""

from __future__ import annotations

from datetime import date

import pytest

from infoview.anonymize import Secrets, secrets_of
from infoview.hypotheses import custom_hypothesis
from infoview.learning import learned_sheet
from infoview.log import Interview, Outcome, Referral
from infoview.profile import Profile
from infoview.questions import load_bank, plan_sheet

DANA = Profile(name="Dana Whitfield", organization="Northwind Motors", seniority="senior")
SAM = Profile(name="Sam Okafor", organization="Acme", seniority="mid", specialty="finance")
WILL = Referral("Will Chen", "Acme", contact="+1 415 555 0132")
FORECASTING = custom_hypothesis("Will AI take over forecasting?")
SECRETS = Secrets(
    people=("Priya Shah", "Will Chen"),
    organizations=("Quiet Axle Ltd",),
    contacts=("linkedin.com/in/willchen",),
)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Will AI take over forecasting?", "Will AI take over forecasting?"),
        ("Will Chen said budgets shrink next year.", "Someone said budgets shrink next year."),
        ("Will said budgets shrink. Chen agreed.", "Someone said budgets shrink. Someone agreed."),
        ("I will ask whether Chen's team grows.", "I will ask whether someone's team grows."),
        ("Priya Shah and Will Chen agree pay is flat.", "Two people agree pay is flat."),
        (
            "Call Priya at (415) 555-0132 or +44 20 7946 0958 after 5.",
            "Call someone at (contact details withheld) or (contact details withheld) after 5.",
        ),
        ("Reach him on linkedin.com/in/willchen.", "Reach him on (contact details withheld)."),
        (
            "Ask Priya (priya@lakeshore.example) about Quiet Axle Ltd.",
            "Ask someone (contact details withheld) about an organization I keep unnamed.",
        ),
        ("Pay is 120000 in 2026, up 4.5% on 2025.", "Pay is 120000 in 2026, up 4.5% on 2025."),
    ],
)
def test_scrubbed_text_reads_as_a_person_would_say_it(typed, stored):
    assert SECRETS.scrub(typed) == stored


def test_referral_contacts_are_withheld_as_contact_details_not_people():
    interview = Interview(DANA, date(2026, 11, 2), referrals=(WILL,))
    assert secrets_of([interview]).scrub("Text Will at +1 415 555 0132 soon.") == (
        "Text someone at (contact details withheld) soon."
    )


def test_a_sheet_keeps_its_questions_and_referral_close_word_for_word():
    """Only talking points are scrubbed: a referral named Will Chen changes no question."""
    interview = Interview(
        DANA,
        date(2026, 11, 2),
        (Outcome(FORECASTING.id, FORECASTING.statement, "refuted"),),
        referrals=(WILL,),
    )
    sheet = learned_sheet(
        lambda hypotheses: plan_sheet(SAM, hypotheses, load_bank(), ["Will Chen", "Globex"]),
        [FORECASTING],
        [interview],
        secrets_of([interview], [DANA]),
    )
    texts = [q.text for section in sheet.sections for q in section.questions]
    assert [t for t in texts if t.startswith("Next I plan to contact")] == [
        "Next I plan to contact Will Chen and Globex. Who would you add to that list, and how "
        "would you suggest I reach them? May I mention that we spoke when I write?"
    ]
    assert any("Will AI take over forecasting" in t for t in texts)
    assert sheet.talking_points == (
        "Will AI take over forecasting? In earlier conversations, senior staff at "
        "Northwind Motors disagreed.",
    )
