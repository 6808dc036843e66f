"""Two tabs on one workspace: a save based on a stale copy is refused, nothing is overwritten
silently, and what a tab typed twice is kept once."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from infoview.errors import WorkspaceConflict
from infoview.hypotheses import custom_hypothesis
from infoview.log import Interview
from infoview.profile import Profile
from infoview.research import read_research_path
from infoview.store import open_workspace
from tests.conftest import DATA, SAMPLE

CONTROLLERS = custom_hypothesis("Plants hire controllers from audit firms")
CFO = custom_hypothesis("Controllers report to the CFO")
DANA = Profile(name="Dana Whitfield", seniority="senior", specialty="finance")


def test_a_hypothesis_added_in_one_tab_survives_a_priority_change_in_the_other(location):
    workspace = open_workspace(location)
    workspace.save_hypotheses([CONTROLLERS])
    first, second = workspace.read_hypotheses(), workspace.read_hypotheses()

    workspace.save_hypotheses([*first.value, CFO], first.versions)
    changed = [replace(CONTROLLERS, priority="low")]
    workspace.save_hypotheses(changed, second.versions)

    assert workspace.hypotheses() == [replace(CONTROLLERS, priority="low"), CFO]


def test_the_same_hypothesis_changed_in_two_tabs_refuses_the_second(location):
    workspace = open_workspace(location)
    workspace.save_hypotheses([CONTROLLERS, CFO])
    first, second = workspace.read_hypotheses(), workspace.read_hypotheses()
    workspace.save_hypotheses([replace(CONTROLLERS, priority="low"), CFO], first.versions)

    with pytest.raises(WorkspaceConflict) as caught:
        workspace.save_hypotheses([replace(CONTROLLERS, flagged=False), CFO], second.versions)
    assert str(caught.value) == (
        'The hypothesis "Plants hire controllers from audit firms" was changed in another tab '
        "- reload to see the latest, then make your change again. Nothing was saved."
    )
    assert caught.value.key == CONTROLLERS.id
    assert workspace.hypotheses() == [replace(CONTROLLERS, priority="low"), CFO]


def test_after_a_reload_the_same_change_is_saved(location):
    workspace = open_workspace(location)
    workspace.save_hypotheses([CONTROLLERS])
    stale = workspace.read_hypotheses()
    workspace.save_hypotheses([replace(CONTROLLERS, priority="low")], stale.versions)
    fresh = workspace.read_hypotheses()
    versions = workspace.save_hypotheses([replace(CONTROLLERS, priority="medium")], fresh.versions)
    assert versions == {CONTROLLERS.id: 3}
    assert workspace.read_hypotheses().versions == {CONTROLLERS.id: 3}


def test_a_hypothesis_removed_in_another_tab_is_not_brought_back_silently(location):
    workspace = open_workspace(location)
    workspace.save_hypotheses([CONTROLLERS, CFO])
    first, second = workspace.read_hypotheses(), workspace.read_hypotheses()
    workspace.save_hypotheses([CFO], first.versions)
    with pytest.raises(WorkspaceConflict):
        workspace.save_hypotheses([replace(CONTROLLERS, priority="low"), CFO], second.versions)
    # Keeping a stale copy unchanged is no edit: the other tab's removal stays.
    workspace.save_hypotheses([CFO], second.versions)
    assert workspace.hypotheses() == [CFO]


def test_removing_what_another_tab_changed_is_refused(location):
    workspace = open_workspace(location)
    workspace.save_hypotheses([CONTROLLERS, CFO])
    first, second = workspace.read_hypotheses(), workspace.read_hypotheses()
    workspace.save_hypotheses([replace(CONTROLLERS, priority="low"), CFO], first.versions)
    with pytest.raises(WorkspaceConflict):
        workspace.save_hypotheses([CFO], second.versions)


def test_documents_and_research_refuse_a_stale_copy(location):
    workspace = open_workspace(location)
    workspace.save_document("seeker", {"name": "Sam"})
    stale = workspace.read_document("seeker")
    assert workspace.save_document("seeker", {"name": "Sam B."}, stale.versions["seeker"]) == 2
    with pytest.raises(WorkspaceConflict, match="changed in another tab - reload"):
        workspace.save_document("seeker", {"name": "Samuel"}, stale.versions["seeker"])
    assert workspace.document("seeker") == {"name": "Sam B."}

    research = read_research_path(SAMPLE)
    workspace.save_research([research])
    old = workspace.read_research()
    workspace.save_research([read_research_path(DATA / "spanish_headers.csv")], old.versions)
    corrected = replace(research, tables=research.tables[1:])
    workspace.save_research([corrected], old.versions)
    with pytest.raises(WorkspaceConflict, match='The research file "sample_research.xlsx"'):
        workspace.save_research([research], old.versions)
    with pytest.raises(WorkspaceConflict):
        workspace.remove_research(research.file, old.versions[research.file])
    assert [f.file for f in workspace.research_files()] == [
        "sample_research.xlsx",
        "spanish_headers.csv",
    ]


def test_a_new_document_created_in_two_tabs_refuses_the_second(location):
    workspace = open_workspace(location)
    first, second = workspace.read_document("tracked"), workspace.read_document("tracked")
    workspace.save_document("tracked", ["Omar"], first.versions["tracked"])
    with pytest.raises(WorkspaceConflict):
        workspace.save_document("tracked", ["Priya"], second.versions["tracked"])


def test_an_own_hypothesis_typed_twice_is_kept_once(location):
    workspace = open_workspace(location)
    workspace.save_hypotheses(
        [CONTROLLERS, CFO, custom_hypothesis("plants hire controllers  from audit firms")]
    )
    assert workspace.hypotheses() == [CONTROLLERS, CFO]


def test_a_new_finding_typed_twice_in_the_log_is_kept_once(location):
    workspace = open_workspace(location)
    workspace.save_hypotheses([CFO])
    twice = [CONTROLLERS, replace(CONTROLLERS, priority="low"), CFO]
    workspace.record_interview(Interview(DANA, date(2026, 11, 2)), twice)
    assert workspace.hypotheses() == [CFO, CONTROLLERS]
    assert len(workspace.interviews()) == 1
