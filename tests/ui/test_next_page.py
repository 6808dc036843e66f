"""The Whom to meet next page: type people, star organizations, pick whom to meet, delete."""

from __future__ import annotations

from infoview.contacts import Contact
from infoview.contacts.interviewee import profile_from
from infoview.contacts.organizations import TargetOrganization
from infoview.ui.keys import Keys
from tests.ui.test_flow import labelled, new_app


def add_person(app, name: str, organization: str, position: str) -> None:
    labelled(app.text_input, "Name").set_value(name)
    labelled(app.text_input, "Organization").set_value(organization)
    labelled(app.text_input, "Position").set_value(position)
    labelled(app.button, "Add to my list").click().run()


def test_typed_people_and_an_added_organization_make_the_list_and_the_close():
    app = new_app()
    app.switch_page("pages/next.py").run()
    assert not app.exception
    add_person(app, "Priya Shah", "Lakeshore Bank", "Financial Analyst")
    add_person(app, "Omar Haddad", "Harbor Freight", "Controller")
    labelled(app.text_input, "Add an organization").set_value("Harbor Freight")
    labelled(app.button, "Add organization").click().run()
    assert not app.exception
    assert [c.name for c in app.session_state[Keys.CONTACTS]] == ["Priya Shah", "Omar Haddad"]
    people = [m.value for m in app.markdown if " · " in m.value]
    assert people == [
        "**Omar Haddad** · to contact  \nWorks at Harbor Freight (number 1 on your targets, 3 "
        "of 3 stars) as Controller.",
        "**Priya Shah** · to contact  \nWorks at Lakeshore Bank as Financial Analyst.",
    ]
    omar = Contact("Omar Haddad", "Harbor Freight").id
    [delete] = [b for b in app.button if b.key == f"delete-{omar}"]
    delete.click().run()
    assert [c.name for c in app.session_state[Keys.CONTACTS]] == ["Priya Shah"]
    assert app.success[0].value == "Deleted Omar Haddad from your list."


def test_a_contact_made_the_interviewee_is_a_profile_filled_from_the_contact():
    contact = Contact("Priya Shah", "Lakeshore Bank", "Financial Analyst", referred_by="Dana Lee")
    starred = TargetOrganization("Lakeshore Bank", interest=2)
    profile = profile_from(contact, [starred])
    assert (profile.name, profile.organization, profile.title, profile.referred_by) == (
        "Priya Shah",
        "Lakeshore Bank",
        "Financial Analyst",
        "Dana Lee",
    )
    assert profile.insider is True
    assert (profile.seniority, profile.placement.code) == ("mid", "13-2051")
    assert profile_from(Contact("Ravi Rao", "Acme", "VP Finance")).seniority == "executive"
    assert profile_from(contact).insider is False


def test_draft_the_approach_opens_outreach_with_the_contact_as_recipient():
    app = new_app()
    app.switch_page("pages/next.py").run()
    add_person(app, "Priya Shah", "Lakeshore Bank", "Financial Analyst")
    priya = Contact("Priya Shah", "Lakeshore Bank").id
    [approach] = [b for b in app.button if b.key == f"approach-{priya}"]
    approach.click().run()
    assert not app.exception
    assert labelled(app.selectbox, "Message").value == "approach"
    assert labelled(app.text_input, "To").value == "Priya Shah"
    assert labelled(app.text_input, "Their organization").value == "Lakeshore Bank"
    assert labelled(app.text_input, "Their title").value == "Financial Analyst"
