"""Learning across interviews: general talking points, no names leaking, the two charts."""

from __future__ import annotations

import io
import itertools
from datetime import date

import pytest
from pypdf import PdfReader

from infoview.contacts import research_list
from infoview.export import render
from infoview.findings import propose_findings
from infoview.hypotheses import custom_hypothesis, from_finding
from infoview.learning import (
    interview_labels,
    learned_sheet,
    open_by_priority,
    outcome_heatmap,
    role_type,
    secrets_of,
    source_description,
    talking_points,
    untested_figure,
)
from infoview.log import Interview, Outcome, Referral, finding_hypotheses, statuses
from infoview.profile import SENIORITIES, Profile
from infoview.questions import load_bank, plan_sheet
from infoview.research import read_research_path
from infoview.store import open_workspace

DANA = Profile(
    name="Dana Whitfield",
    organization="Northwind Motors",
    seniority="senior",
    specialty="finance",
    referred_by="Grace Liu",
)
OMAR = Profile(
    name="Omar Haddad", organization="Quiet Axle Ltd", seniority="junior", specialty="data"
)
CONTACTS = (
    "Dana Whitfield",
    "Whitfield",
    "Grace Liu",
    "Omar Haddad",
    "Haddad",
    "Quiet Axle",
    "Priya Raman",
    "priya.raman@lakeshore.example",
    "+1 313 555 0199",
)


def logged_workspace(path, sample_path):
    """Two interviews recorded as the log page does: one source asked for confidentiality."""
    workspace = open_workspace(path)
    research = read_research_path(sample_path)
    workspace.save_research([research])
    hypotheses = [from_finding(f, flagged=True) for f in propose_findings(research.tables)]
    workspace.save_hypotheses(hypotheses)
    first, second = hypotheses[0], hypotheses[-1]
    interviews = [
        Interview(
            DANA,
            date(2026, 11, 2),
            (
                Outcome(first.id, first.statement, "supported", "Dana Whitfield agreed"),
                Outcome(second.id, second.statement, "refuted"),
            ),
            referrals=(
                Referral("Priya Raman", "Lakeshore", "priya.raman@lakeshore.example", True, True),
                Referral("Omar Haddad", contact="+1 313 555 0199"),
            ),
            new_findings=("Dana Whitfield: ask Priya Raman (priya.raman@lakeshore.example)",),
            org_type="a large automaker",
        ),
        Interview(
            OMAR,
            date(2026, 11, 9),
            (Outcome(first.id, first.statement, "refuted", "Omar Haddad disagreed"),),
            new_findings=("Omar Haddad at Quiet Axle Ltd says data teams sit in finance",),
            confidential=True,
        ),
    ]
    for interview in interviews:
        known = secrets_of([*workspace.interviews(), interview], [DANA, OMAR])
        workspace.record_interview(interview, finding_hypotheses(interview, known.scrub))
    return workspace, research, first, second


def test_role_and_organization_in_general_terms():
    assert [role_type(Profile(seniority=s, specialty="finance")) for s in SENIORITIES] == [
        "junior finance staff",
        "mid-level finance staff",
        "senior finance staff",
        "finance executives",
    ]
    assert role_type(Profile(seniority="executive")) == "senior executives"
    assert source_description(Interview(DANA, date(2026, 1, 1), org_type="a large automaker")) == (
        "senior finance staff at a large automaker"
    )
    assert source_description(Interview(OMAR, date(2026, 1, 1))) == (
        "junior data staff at Quiet Axle Ltd"
    )
    assert source_description(Interview(OMAR, date(2026, 1, 1), confidential=True)) == (
        "junior data staff"
    )


def test_new_findings_are_stored_without_names_or_contacts(tmp_path, sample_path):
    workspace, *_ = logged_workspace(tmp_path / "ws.sqlite", sample_path)
    assert [h.statement for h in workspace.hypotheses()[-2:]] == [
        "Someone: ask someone (contact details withheld)",
        "Someone at an organization I keep unnamed says data teams sit in finance",
    ]


def test_talking_points_speak_of_roles_and_organizations_never_people(tmp_path, sample_path):
    workspace, _, first, second = logged_workspace(tmp_path / "ws.sqlite", sample_path)
    points = talking_points([first, second], workspace.interviews())
    assert points == (
        "Pay for Financial Analyst in Detroit, MI is around $68,000 a year. In earlier "
        "conversations, senior finance staff at a large automaker agreed; junior data staff "
        "disagreed.",
        f"{second.statement}. In earlier conversations, senior finance staff at a large "
        "automaker disagreed.",
    )


def sheet_texts(sheet) -> str:
    pdf = PdfReader(io.BytesIO(render(sheet, "pdf")))
    pdf_text = " ".join(" ".join((page.extract_text() or "").split()) for page in pdf.pages)
    parts = [render(sheet, fmt).decode() for fmt in ("md", "json", "csv")]
    return "\n".join([*parts, pdf_text])


@pytest.mark.parametrize(
    ("seniority", "specialty", "insider"),
    list(itertools.product(SENIORITIES, ("finance", "data", "marketing"), (False, True))),
)
def test_no_contact_from_the_workspace_appears_in_any_generated_sheet(
    tmp_path, sample_path, seniority, specialty, insider
):
    workspace, research, *_ = logged_workspace(tmp_path / "ws.sqlite", sample_path)
    profile = Profile(
        name="Sam Okafor",
        organization="Northwind Motors",
        seniority=seniority,
        specialty=specialty,
        insider=insider,
    )
    interviews = workspace.interviews()
    secrets = secrets_of(interviews, [p.profile for p in workspace.profiles()])
    targets = research_list(list(research.tables)).close(profile.organization)
    flagged = [h for h in workspace.hypotheses() if h.flagged]
    sheet = learned_sheet(
        lambda hypotheses: plan_sheet(profile, hypotheses, load_bank(), targets),
        flagged,
        interviews,
        secrets,
    )
    assert "In earlier conversations, " in sheet.talking_points[0]
    text = sheet_texts(sheet)
    assert "Sam Okafor" in text
    leaked = [c for c in CONTACTS if c.lower() in text.lower()]
    assert leaked == []


def test_a_sheet_may_name_its_own_interviewee_and_referrer(tmp_path, sample_path):
    workspace, *_ = logged_workspace(tmp_path / "ws.sqlite", sample_path)
    interviews = workspace.interviews()
    secrets = secrets_of(interviews, [DANA, OMAR])
    sheet = learned_sheet(
        lambda hypotheses: plan_sheet(DANA, hypotheses, load_bank()),
        [h for h in workspace.hypotheses() if h.flagged],
        interviews,
        secrets,
    )
    text = sheet_texts(sheet)
    assert "Questions for Dana Whitfield" in text and "Grace Liu" in text
    assert "Omar" not in text and "Priya" not in text


def test_the_heatmap_puts_each_outcome_in_its_cell(tmp_path, sample_path):
    workspace, _, first, second = logged_workspace(tmp_path / "ws.sqlite", sample_path)
    figure = outcome_heatmap(workspace.hypotheses(), workspace.interviews())
    heatmap = figure.data[0]
    assert list(heatmap.x) == ["Dana Whitfield, 2026-11-02", "Omar Haddad, 2026-11-09"]
    assert [list(row) for row in heatmap.z] == [[0, 1], [1, None]]
    assert [list(row) for row in heatmap.text] == [
        ["supported", "refuted"],
        ["refuted", "not on that sheet"],
    ]
    assert list(heatmap.y)[1] == second.statement[:59] + "…"


def test_the_untested_chart_counts_per_priority(tmp_path, sample_path):
    workspace, _, first, second = logged_workspace(tmp_path / "ws.sqlite", sample_path)
    hypotheses, interviews = workspace.hypotheses(), workspace.interviews()
    counts = open_by_priority(hypotheses, statuses(interviews))
    assert counts == {
        "high": {"untested": 4, "contested": 0, "settled": 0},
        "medium": {"untested": 9, "contested": 1, "settled": 1},
        "low": {"untested": 0, "contested": 0, "settled": 0},
    }
    figure = untested_figure(hypotheses, interviews)
    assert figure.layout.title.text == "Untested high-priority hypotheses: 4"
    [bar] = figure.data
    assert (list(bar.x), list(bar.y)) == (["Untested", "Contested", "Settled"], [4, 0, 0])


def test_interviews_are_labelled_by_person_and_date_numbered_only_when_alike():
    talks = [
        Interview(DANA, date(2026, 11, 2)),
        Interview(DANA, date(2026, 11, 2)),
        Interview(OMAR, date(2026, 11, 9)),
    ]
    assert interview_labels(talks) == [
        "Dana Whitfield, 2026-11-02 (1)",
        "Dana Whitfield, 2026-11-02 (2)",
        "Omar Haddad, 2026-11-09",
    ]


def test_a_hypothesis_interviews_disagreed_on_is_marked_contested_on_the_next_sheet():
    """Supported once and refuted once: the planner says so and asks it before settled ones."""
    contested, settled = custom_hypothesis("Contested claim"), custom_hypothesis("Settled claim")
    interviews = [
        Interview(
            DANA,
            date(2026, 11, 2),
            (
                Outcome(contested.id, contested.statement, "supported"),
                Outcome(settled.id, settled.statement, "supported"),
            ),
        ),
        Interview(
            OMAR, date(2026, 11, 9), (Outcome(contested.id, contested.statement, "refuted"),)
        ),
    ]
    sheet = learned_sheet(
        lambda hypotheses: plan_sheet(DANA, hypotheses, load_bank()),
        [settled, contested],
        interviews,
        secrets_of(interviews),
    )
    assert [(h.statement, h.status) for h in sheet.hypotheses] == [
        ("Contested claim", "contested"),
        ("Settled claim", "supported"),
    ]
    why = {
        q.hypothesis: [r.code for r in q.why]
        for section in sheet.sections
        for q in section.questions
        if q.hypothesis
    }
    assert "contested" in why[contested.id] and "contested" not in why[settled.id]
