"""Target organizations ranked by interest, postings and people known; whom to meet next;
the names the referral close gives."""

from __future__ import annotations

import pandas as pd

from infoview.contacts import Contact, Interest, research_list, target_organizations
from infoview.contacts.fit import occupation_fit
from infoview.contacts.model import CONTACTED, FROM_LOG, MET
from infoview.contacts.next import AT_TARGET, AT_TARGET_IN_FIELD, IN_FIELD, OTHER, SECOND_STEP
from infoview.questions.targets import Targets
from infoview.research import build_table

POSTINGS = pd.DataFrame(
    {
        "Job Title": ["Data Analyst", "Data Analyst", "Nurse", "Data Analyst", "Nurse", "Nurse"],
        "Company": ["Acme", "Acme", "Globex", "Initech Inc.", "Globex", "Globex"],
        "Salary": ["$70,000", "$80,000", "$60,000", "$90,000", "$61,000", "$62,000"],
    }
)


def table(name: str, frame: pd.DataFrame):
    """A research table read from `frame` as from a file, its header the first row."""
    raw = pd.concat([frame.columns.to_frame().T, frame], ignore_index=True)
    return build_table(name, name.removesuffix(".csv"), raw.set_axis(range(frame.shape[1]), axis=1))


def postings():
    return table("postings.csv", POSTINGS)


def fit(title: str) -> int:
    """In the tests the target is data analysis: analysts in it, scientists near it."""
    return 2 if "analyst" in title.lower() else 1 if "scientist" in title.lower() else 0


def test_organizations_rank_by_interest_then_postings_in_the_target_then_people_known():
    contacts = [Contact("Ana Ruiz", "Globex"), Contact("Ben Ode", "Initech")]
    ranked = target_organizations(
        [postings()], [Interest("Globex", 2), Interest("Umbrella", 0, own=True)], contacts, fit
    )
    assert [(t.name, t.interest, t.postings, t.contacts) for t in ranked] == [
        ("Globex", 2, 0, ("Ana Ruiz",)),
        ("Acme", 0, 2, ()),
        ("Initech Inc.", 0, 1, ("Ben Ode",)),
        ("Umbrella", 0, 0, ()),
    ]
    assert ranked[0].reason == (
        "You gave it 2 stars; no postings in your target occupation; you know Ana Ruiz there."
    )
    assert ranked[1].reason == (
        "Your research names it; no stars yet; 2 postings in your target occupation; you know "
        "no one there yet."
    )
    assert ranked[1].said == (
        "2 postings or pay reports in postings.csv › postings",
        "pay in your target occupation around $75,000 a year",
    )
    assert ranked[3].reason == (
        "You added it, with no stars yet; no postings in your target occupation; you know no "
        "one there yet."
    )


def test_people_known_break_a_tie_of_stars_and_postings():
    contacts = [Contact("Ana Ruiz", "Beta Co"), Contact("Ben Ode", "Beta Co")]
    interests = [Interest("Alpha", 1, own=True), Interest("Beta Co", 1, own=True)]
    ranked = target_organizations([], interests, contacts, fit)
    assert [t.name for t in ranked] == ["Beta Co", "Alpha"]


def test_whom_next_puts_people_at_targets_in_the_field_first_then_second_steps():
    contacts = [
        Contact("Cleo Park", "Nowhere LLC", "Nurse"),
        Contact("Dev Shah", "Globex", "Nurse"),
        Contact("Eve Long", "Acme", "Data Analyst"),
        Contact("Finn Ott", "Elsewhere", "Data Scientist"),
        Contact("Gia Moss", "", referred_by="Eve Long", source=FROM_LOG),
        Contact("Hal Berg", "Acme", "Data Analyst", status=CONTACTED),
        Contact("Ivy Chen", "Globex", "Data Scientist", status=MET),
        Contact("Jon Wu", "Initech", "Data Scientist"),
    ]
    listed = research_list([postings()], contacts, [Interest("Globex", 3)], fit)
    assert [(s.contact.name, s.group) for s in listed.suggestions] == [
        ("Eve Long", AT_TARGET_IN_FIELD),
        ("Jon Wu", AT_TARGET_IN_FIELD),
        ("Hal Berg", AT_TARGET_IN_FIELD),
        ("Dev Shah", AT_TARGET),
        ("Gia Moss", SECOND_STEP),
        ("Finn Ott", IN_FIELD),
        ("Cleo Park", OTHER),
    ]
    reasons = {s.contact.name: s.reason for s in listed.suggestions}
    assert reasons["Eve Long"] == (
        "Works at Acme (number 2 on your targets) as Data Analyst, your target occupation."
    )
    assert (
        reasons["Dev Shah"] == "Works at Globex (number 1 on your targets, 3 of 3 stars) as Nurse."
    )
    assert reasons["Gia Moss"] == "Eve Long suggested them."
    assert reasons["Finn Ott"] == (
        "Works at Elsewhere as Data Scientist, close to your target occupation; could point "
        "you to people at your target organizations."
    )
    assert reasons["Hal Berg"].endswith("; already contacted: wait for a reply or check back.")


def test_the_close_names_people_to_contact_then_targets_where_no_one_is_known():
    contacts = [
        Contact("Eve Long", "Acme", "Data Analyst"),
        Contact("Hal Berg", "Acme", "Data Analyst", status=CONTACTED),
        Contact("Cleo Park", "Nowhere LLC", "Nurse", source="connections.csv"),
        Contact("Gia Moss", "", referred_by="Eve Long", source=FROM_LOG),
    ]
    interests = [Interest("Globex", 3), Interest("Acme", 2), Interest("Umbrella", 1, own=True)]
    listed = research_list([postings()], contacts, interests, fit)
    assert listed.close() == Targets(
        people=("Eve Long", "Gia Moss"), organizations=("Globex", "Umbrella")
    )
    # never the interviewee, the referrer or the interviewee's organization
    assert listed.close("Gia Moss", "Globex", "Eve Long") == Targets(
        people=(), organizations=("Acme", "Umbrella")
    )


def test_the_close_never_names_rows_of_an_hr_export_or_an_org_chart():
    chart = table(
        "hr.csv",
        pd.DataFrame(
            {
                "Employee": ["Adinolfi, Wilson K", "Ait Sidi, Karthikeyan"],
                "Department": ["Production", "Production"],
                "Manager": ["Lee, Amy", "Lee, Amy"],
                "Salary": ["$62,000", "$58,000"],
            }
        ),
    )
    close = research_list([chart]).close(everyone=True)
    assert not set(close.people) & {"Adinolfi, Wilson K", "Ait Sidi, Karthikeyan", "Lee, Amy"}


def test_without_stars_the_close_names_organizations_with_postings_in_the_target():
    listed = research_list([postings()], [], [], fit)
    assert listed.close() == Targets(organizations=("Acme", "Initech Inc."))


def test_an_address_book_is_not_named_unless_tied_to_a_target_or_kept_by_hand():
    contacts = [
        Contact(f"Person {i}", f"Org {i}", "Nurse", source="connections.csv") for i in range(50)
    ]
    assert research_list([], contacts, [], fit).close() == Targets()
    assert research_list([], contacts[:2], [], fit).close(everyone=True) == Targets(
        people=("Person 0", "Person 1")
    )


def test_the_occupation_map_decides_who_is_in_or_near_the_target():
    fit = occupation_fit(["13-2051"])  # financial and investment analysts
    assert [fit(t) for t in ("Financial Analyst", "Budget Analyst", "Registered Nurse")] == [
        2,
        1,
        0,
    ]
    assert fit("Team 4") == 0  # names no work
    assert occupation_fit([]) is None
    contacts = [
        Contact("Rosa Diaz", "Globex", "Registered Nurse"),
        Contact("Budi Tan", "Globex", "Budget Analyst"),
        Contact("Fay Lim", "Globex", "Sr. Financial Analyst"),
    ]
    listed = research_list([], contacts, [Interest("Globex", 3)], fit)
    assert [(s.contact.name, s.group) for s in listed.suggestions] == [
        ("Fay Lim", AT_TARGET_IN_FIELD),
        ("Budi Tan", AT_TARGET_IN_FIELD),
        ("Rosa Diaz", AT_TARGET),
    ]
    assert listed.suggestions[1].reason == (
        "Works at Globex (number 1 on your targets, 3 of 3 stars) as Budget Analyst, close to "
        "your target occupation."
    )
