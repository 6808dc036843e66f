"""Any sequence of user actions, then a reload (or an export and import), gives back exactly
what a plain in-memory model of the workspace holds."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from infoview.hypotheses import custom_hypothesis
from infoview.log import Interview, Referral, with_follow_ups
from infoview.profile import Profile
from infoview.research import KINDS, read_research_path, retype_table
from infoview.store import open_workspace
from tests.conftest import DATA, SAMPLE
from tests.store.exact import assert_same

FILES = {
    research.file: research
    for research in map(
        read_research_path,
        [
            SAMPLE,
            DATA / "semicolon_cp1252_euro_crlf.csv",
            DATA / "salary_ranges_with_sample_size.csv",
            DATA / "truncated.xlsx",
        ],
    )
}
STATEMENTS = [
    "Plants hire controllers from audit firms",
    "plants hire controllers  from audit firms",
    "Controllers report to the CFO",
    "Hourly pay tops out at $42",
]
PROFILES = [
    Profile(name="Dana Whitfield", seniority="senior", specialty="finance"),
    Profile(name="Omar Haddad", organization="Acme", seniority="mid", specialty="sales"),
]


class WorkspaceModel(RuleBasedStateMachine):
    """The workspace against a dict-and-list model of what the user did."""

    location = ""

    def __init__(self) -> None:
        super().__init__()
        self.owner = uuid.uuid4().hex
        self.workspace = open_workspace(self.location, self.owner)
        self.research: dict = {}
        self.hypotheses: list = []
        self.documents: dict = {}
        self.current = None
        self.interviews: list = []

    @rule(name=st.sampled_from(sorted(FILES)))
    def add_research(self, name):
        self.workspace.save_research([FILES[name]])
        self.research[name] = FILES[name]

    @precondition(lambda self: any(f.tables for f in self.research.values()))
    @rule(data=st.data(), kind=st.sampled_from(KINDS))
    def correct_a_kind(self, data, kind):
        name = data.draw(st.sampled_from([n for n, f in self.research.items() if f.tables]))
        research = self.research[name]
        table = retype_table(research.tables[0], kind)
        corrected = replace(research, tables=(table, *research.tables[1:]))
        self.workspace.save_research([corrected])
        self.research[name] = corrected

    @precondition(lambda self: self.research)
    @rule(data=st.data())
    def remove_research(self, data):
        name = data.draw(st.sampled_from(sorted(self.research)))
        self.workspace.remove_research(name)
        del self.research[name]

    @rule(statement=st.sampled_from(STATEMENTS))
    def add_own_hypothesis(self, statement):
        hypothesis = custom_hypothesis(statement)
        self.workspace.save_hypotheses([*self.hypotheses, hypothesis])
        if hypothesis.id not in {h.id for h in self.hypotheses}:
            self.hypotheses.append(hypothesis)

    @precondition(lambda self: self.hypotheses)
    @rule(data=st.data(), priority=st.sampled_from(["high", "medium", "low"]), flag=st.booleans())
    def edit_a_hypothesis(self, data, priority, flag):
        i = data.draw(st.integers(0, len(self.hypotheses) - 1))
        self.hypotheses[i] = replace(self.hypotheses[i], priority=priority, flagged=flag)
        self.workspace.save_hypotheses(self.hypotheses, self.workspace.read_hypotheses().versions)

    @precondition(lambda self: self.hypotheses)
    @rule(data=st.data())
    def drop_a_hypothesis(self, data):
        self.hypotheses.pop(data.draw(st.integers(0, len(self.hypotheses) - 1)))
        self.workspace.save_hypotheses(self.hypotheses)

    @rule(key=st.sampled_from(["seeker", "tracked"]), value=st.lists(st.text(max_size=5)))
    def keep_a_document(self, key, value):
        self.workspace.save_document(key, value)
        self.documents[key] = value

    @rule(profile=st.sampled_from(PROFILES))
    def choose_a_profile(self, profile):
        self.workspace.save_profile(profile)
        self.current = profile

    @rule(
        profile=st.sampled_from(PROFILES),
        day=st.integers(1, 28),
        findings=st.lists(st.sampled_from(STATEMENTS), max_size=3),
        introduce=st.booleans(),
    )
    def log_an_interview(self, profile, day, findings, introduce):
        interview = Interview(
            profile,
            date(2026, 11, day),
            referrals=(Referral("Priya Raman", will_introduce=introduce),),
        )
        new = [custom_hypothesis(text) for text in findings]
        logged = self.workspace.record_interview(interview, new)
        # One entry per person and day: a second one writes nothing at all.
        same = [(i.profile, i.held_on) for i in self.interviews]
        assert logged.new == ((interview.profile, interview.held_on) not in same)
        if not logged.new:
            return
        for hypothesis in new:
            if hypothesis.id not in {h.id for h in self.hypotheses}:
                self.hypotheses.append(hypothesis)
        self.interviews.append(with_follow_ups(interview))

    @precondition(lambda self: any(i.follow_ups for i in self.interviews))
    @rule(data=st.data(), done=st.booleans())
    def tick_a_follow_up(self, data, done):
        stored = self.workspace.interviews()
        pairs = [(i, j) for i, x in enumerate(stored) for j in range(len(x.follow_ups))]
        i, j = data.draw(st.sampled_from(pairs))
        self.workspace.set_follow_up_done(stored[i].follow_ups[j].id, done)
        position = self._logged_order()[i]
        interview = self.interviews[position]
        follow_ups = list(interview.follow_ups)
        follow_ups[j] = replace(follow_ups[j], done=done)
        if follow_ups[j].kind == "thank-you":
            interview = replace(interview, thank_you_sent=done)
        self.interviews[position] = replace(interview, follow_ups=tuple(follow_ups))

    def _logged_order(self) -> list[int]:
        """Model positions in the order interviews come back: by day, then as logged."""
        return sorted(range(len(self.interviews)), key=lambda k: (self.interviews[k].held_on, k))

    @rule()
    def restart(self):
        self.workspace = open_workspace(self.location, self.owner)

    @rule()
    def export_and_import(self):
        copy = open_workspace(self.location, f"{self.owner}-{uuid.uuid4().hex[:6]}")
        copy.import_data(self.workspace.export_data(), "export")
        self.workspace, self.owner = copy, copy.owner

    @invariant()
    def holds_what_the_model_holds(self):
        again = open_workspace(self.location, self.owner)
        assert_same(list(self.research.values()), again.research_files(), "research")
        assert_same(self.hypotheses, again.hypotheses(), "hypotheses")
        assert {k: again.document(k) for k in self.documents} == self.documents
        assert again.current_profile() == self.current
        assert [
            replace(i, id=None, follow_ups=tuple(replace(f, id=None) for f in i.follow_ups))
            for i in again.interviews()
        ] == [self.interviews[k] for k in self._logged_order()]


def test_user_actions_then_reload_equal_the_model(location):
    machine = type("Machine", (WorkspaceModel,), {"location": location})
    run_state_machine_as_test(
        machine, settings=settings(max_examples=8, stateful_step_count=12, deadline=None)
    )
