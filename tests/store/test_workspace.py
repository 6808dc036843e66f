"""The repository: what goes in comes back out, and a whole workspace moves as one file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from infoview.errors import WorkspaceConflict, WorkspaceError
from infoview.findings import propose_findings
from infoview.hypotheses import custom_hypothesis, from_finding
from infoview.log import Interview, Outcome, Referral, with_follow_ups
from infoview.profile import Profile
from infoview.questions import load_bank, plan_sheet
from infoview.research import read_research, read_research_path
from infoview.store import default_db_path, open_workspace
from infoview.store.schema import LATEST

DANA = Profile(
    name="Dana Whitfield",
    organization="Northwind Motors",
    seniority="senior",
    specialty="finance",
    insider=True,
    industry="automotive",
    candid_read=False,
)


def filled_workspace(path, sample_path):
    """A workspace with research, hypotheses, a profile, a sheet and one logged interview."""
    workspace = open_workspace(path)
    research = read_research_path(sample_path)
    workspace.save_research([research, read_research("broken.xlsx", b"PK\x03\x04 nope")])
    hypotheses = [from_finding(f) for f in propose_findings(research.tables)]
    workspace.save_hypotheses(hypotheses)
    workspace.save_profile(DANA)
    sheet = plan_sheet(DANA, hypotheses, load_bank())
    sheet_id = workspace.save_sheet(sheet)
    flagged = sheet.hypotheses
    interview = Interview(
        profile=DANA,
        held_on=date(2026, 11, 20),
        outcomes=(
            Outcome(flagged[0].id, flagged[0].statement, "supported", "Seen it in their team"),
            Outcome(flagged[1].id, flagged[1].statement, "nuanced"),
        ),
        referrals=(
            Referral("Priya Raman", "Lakeshore Auto Parts", "priya@example.com", True, True, 8),
        ),
        org_type="a large automaker",
        sheet_id=sheet_id,
    )
    workspace.record_interview(interview, [custom_hypothesis("Controllers report to the CFO")])
    return workspace, research, hypotheses, sheet, interview


def test_the_default_database_follows_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("INFOVIEW_DB", str(tmp_path / "mine.sqlite"))
    assert default_db_path() == tmp_path / "mine.sqlite"
    monkeypatch.delenv("INFOVIEW_DB")
    assert default_db_path().name == "workspace.sqlite"


def test_everything_stored_comes_back_as_it_was(tmp_path, sample_path):
    workspace, research, hypotheses, sheet, interview = filled_workspace(
        tmp_path / "ws.sqlite", sample_path
    )
    files = workspace.research_files()
    assert files[0] == research
    assert all(
        t.frame.equals(s.frame) for t, s in zip(files[0].tables, research.tables, strict=True)
    )
    assert (files[1].file, files[1].error.code, files[1].tables) == (
        "broken.xlsx",
        "workbook-truncated",
        (),
    )
    stored = workspace.hypotheses()
    assert stored[: len(hypotheses)] == hypotheses
    assert stored[-1].statement == "Controllers report to the CFO"
    assert workspace.current_profile() == DANA
    assert [p.profile for p in workspace.profiles()] == [DANA]
    (kept,) = workspace.sheets()
    assert (kept.id, kept.profile) == (1, DANA)
    assert kept.hypotheses == tuple((h.id, h.statement) for h in sheet.hypotheses)
    assert workspace.save_sheet(sheet) == kept.id  # the same sheet is kept once
    expected = with_follow_ups(interview)
    follow_ups = tuple(replace(f, id=n) for n, f in enumerate(expected.follow_ups, start=1))
    assert workspace.interviews() == [replace(expected, id=1, follow_ups=follow_ups)]


def test_ticking_the_thank_you_done_marks_the_thanks_sent(tmp_path, sample_path):
    workspace, *_ = filled_workspace(tmp_path / "ws.sqlite", sample_path)
    (logged,) = workspace.interviews()
    assert [(f.kind, f.due_on, f.done) for f in logged.follow_ups] == [
        ("thank-you", date(2026, 11, 21), False),
        ("check-back", date(2026, 11, 28), False),
    ]
    thank_you, check_back = logged.follow_ups
    workspace.set_follow_up_done(thank_you.id, True)
    workspace.set_follow_up_done(check_back.id, True)
    (logged,) = workspace.interviews()
    assert logged.thank_you_sent
    assert [f.done for f in logged.follow_ups] == [True, True]
    workspace.set_follow_up_done(check_back.id, False)
    (logged,) = workspace.interviews()
    assert (logged.thank_you_sent, [f.done for f in logged.follow_ups]) == (True, [True, False])


def test_replacing_a_file_keeps_its_place_and_drops_its_old_tables(tmp_path, sample_path):
    workspace = open_workspace(tmp_path / "ws.sqlite")
    workspace.save_research([read_research("a.csv", b"Role,Base\nAnalyst,1\n")])
    workspace.save_research([read_research_path(sample_path)])
    workspace.save_research([read_research("a.csv", b"Headline,Date\nRates fall,2026-01\n")])
    files = workspace.research_files()
    assert [(f.file, [t.kind for t in f.tables]) for f in files] == [
        ("a.csv", ["trends"]),
        ("sample_research.xlsx", ["salary", "trends", "org_chart"]),
    ]
    workspace.remove_research("a.csv")
    assert [f.file for f in workspace.research_files()] == ["sample_research.xlsx"]


def test_export_import_export_gives_identical_content(tmp_path, sample_path):
    workspace, *_ = filled_workspace(tmp_path / "a.sqlite", sample_path)
    exported = workspace.export_data()
    copy = open_workspace(tmp_path / "b.sqlite")
    assert copy.import_data(exported, "a.json") == sum(
        len(t["rows"]) for t in exported["tables"].values()
    )
    assert copy.export_data() == exported
    assert copy.interviews() == workspace.interviews()


def test_import_refuses_a_workspace_that_holds_data(tmp_path, sample_path):
    workspace, *_ = filled_workspace(tmp_path / "a.sqlite", sample_path)
    with pytest.raises(WorkspaceError) as caught:
        workspace.import_data(workspace.export_data(), "a.json")
    assert str(caught.value) == (
        f"The workspace {workspace.path} already holds data; import a.json into a new, empty "
        "one with --db PATH."
    )


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"hello": 1}, "x.json is not an InfoView workspace export"),
        (
            {"format": "infoview-workspace", "schema": 1, "tables": {}},
            "exported with workspace schema 1",
        ),
        (
            {
                "format": "infoview-workspace",
                "schema": LATEST,
                "tables": {"hypotheses": {"columns": ["id"], "rows": [["h1"]]}},
            },
            "x.json was not loaded: table \"hypotheses\" has columns ['id']",
        ),
    ],
)
def test_import_explains_a_bad_file(tmp_path, document, message):
    with pytest.raises(WorkspaceError, match=message.replace("[", r"\[").replace("]", r"\]")):
        open_workspace(tmp_path / "ws.sqlite").import_data(document, "x.json")
    assert open_workspace(tmp_path / "ws.sqlite").hypotheses() == []


def test_documents_and_the_kept_profile_list_come_back_in_order(tmp_path):
    workspace = open_workspace(tmp_path / "ws.sqlite")
    assert workspace.document("outreach_seeker") is None
    workspace.save_document("outreach_tracked", [{"contact": "Ana", "met_on": date(2026, 11, 2)}])
    assert workspace.document("outreach_tracked") == [{"contact": "Ana", "met_on": "2026-11-02"}]
    ana, ben = Profile(name="Ana", seniority="junior"), Profile(name="Ben", seniority="senior")
    workspace.save_profile_list([ben, ana])
    workspace.save_profile(ana)
    reopened = open_workspace(tmp_path / "ws.sqlite")
    assert reopened.profile_list() == [ben, ana]
    assert reopened.current_profile() == ana
    reopened.save_profile_list([ana])
    assert reopened.profile_list() == [ana]


def test_a_corrected_interview_is_a_new_version_of_the_same_entry(tmp_path):
    workspace = open_workspace(tmp_path / "w.sqlite")
    first = Interview(DANA, date(2026, 11, 20), (Outcome("h1", "Plants hire", "supported"),))
    logged = workspace.record_interview(first, [])
    assert workspace.record_interview(first, []) == replace(logged, new=False)
    [thanks] = workspace.interviews()[0].follow_ups
    workspace.set_follow_up_done(thanks.id, True)
    read = workspace.read_interviews()
    assert read.versions == {str(logged.id): 2}  # the thank-you ticked marks it sent
    corrected = replace(
        read.value[0],
        id=None,
        follow_ups=(),
        outcomes=(Outcome("h1", "Plants hire", "nuanced", "Only large plants"),),
        referrals=(Referral("Priya Raman", will_introduce=True),),
    )
    assert workspace.correct_interview(logged.id, corrected, [], version=2) == 3
    [stored] = workspace.interviews()
    assert (stored.id, stored.outcomes[0].note) == (logged.id, "Only large plants")
    assert [(f.kind, f.done) for f in stored.follow_ups] == [("check-back", False)]
    with pytest.raises(WorkspaceConflict):
        workspace.correct_interview(logged.id, corrected, [], version=2)
