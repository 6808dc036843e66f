"""Research detection shows the few roles that matter and confirms a change of kind in place."""

from infoview.research.headers import shown_roles
from infoview.research.vocabulary import ROLE_SYNONYMS
from infoview.ui.keys import Keys
from tests.ui.test_flow import labelled, new_app


def test_roles_given_a_column_come_first_topped_up_to_a_few():
    roles = tuple(ROLE_SYNONYMS["salary"])
    shown, more = shown_roles("salary", {"location": "City"})
    assert len(shown) == 4 and "location" in shown
    assert shown + more == tuple(r for r in roles if r in shown) + more
    assert set(shown) | set(more) == set(roles) and not set(shown) & set(more)


def test_a_salary_sheet_shows_a_few_role_pickers_and_the_rest_under_more():
    app = new_app()
    labelled(app.button, "Load sample research").click().run()
    salary = next(e for e in app.expander if "**salary**" in e.label)
    [more] = [e for e in salary.expander if e.label.startswith("More column roles")]
    in_more = {s.label for s in more.selectbox}
    settings = {"Kind", "Currency of the amounts", "Pay period where a cell does not say"}
    first = [s.label for s in salary.selectbox if s.label not in in_more | settings]
    assert 4 <= len(first) < len(ROLE_SYNONYMS["salary"])
    assert more.label == f"More column roles ({len(in_more)})"


def test_changing_the_kind_says_so_and_keeps_the_section_open():
    app = new_app()
    labelled(app.button, "Load sample research").click().run()
    salary = next(e for e in app.expander if "**salary**" in e.label)
    sheet = salary.label.split(":")[0]
    labelled(salary.selectbox, "Kind").set_value("notes").run()
    assert not app.exception
    [section] = [e for e in app.expander if e.label.startswith(f"{sheet}: **notes**")]
    assert section.proto.expanded is True
    assert section.success[0].value.startswith("Now read as notes: ")


def test_a_sheet_read_as_pay_that_gives_no_pay_finding_says_why_in_one_line():
    app = new_app()
    labelled(app.button, "Load sample research").click().run()
    trends = next(e for e in app.expander if "**trends**" in e.label)
    sheet = trends.label.split(":")[0]
    labelled(trends.selectbox, "Kind").set_value("salary").run()
    assert not app.exception
    said = [i.value for i in app.info if "gives no pay findings" in i.value]
    assert said == [
        f'"{sheet}" gives no pay findings: no column says which job each amount is for (pick '
        "the role column)."
    ]


def test_the_organization_an_org_chart_is_of_is_read_from_its_title_and_can_be_changed():
    app = new_app()
    labelled(app.button, "Load sample research").click().run()
    chart = next(e for e in app.expander if "**org_chart**" in e.label)
    named = labelled(chart.text_input, "Organization this chart is of")
    assert named.value == "Northwind Motors"  # the sample's title row says it
    named.set_value("Great Lakes Mobility").run()
    assert not app.exception
    gaps = [h for h in app.session_state[Keys.HYPOTHESES] if h.topic == "organization"]
    assert {h.organization for h in gaps} == {"Great Lakes Mobility"}
    chart = next(e for e in app.expander if "**org_chart**" in e.label)
    assert labelled(chart.text_input, "Organization this chart is of").value == (
        "Great Lakes Mobility"
    )
