"""What is saved comes back identical: through a reload and through export and import."""

from __future__ import annotations

import uuid
from dataclasses import asdict, replace
from datetime import date, datetime
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infoview.errors import LogError, WorkspaceError
from infoview.findings import propose_findings
from infoview.hypotheses import Hypothesis, from_finding
from infoview.log import Interview, Outcome, Referral
from infoview.profile import Profile
from infoview.research import (
    Issue,
    ResearchFile,
    ResearchTable,
    read_research,
    read_research_path,
    retype_table,
)
from infoview.seeker import Seeker
from infoview.store import codec, open_workspace
from tests.conftest import DATA, SAMPLE
from tests.store.exact import assert_same

RESEARCH_FIXTURES = sorted(
    p for p in DATA.iterdir() if p.suffix in {".csv", ".tsv", ".xlsx", ".ods", ".xls"}
) + [SAMPLE]
EXAMPLES = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def reloaded(location: str, owner: str = "local"):
    """The workspace opened anew, as after a restart."""
    return open_workspace(location, owner)


@pytest.mark.parametrize("path", RESEARCH_FIXTURES, ids=lambda p: Path(p).name)
def test_every_fixture_comes_back_identical_after_reload_and_export_import(location, path):
    research = read_research_path(path)
    open_workspace(location).save_research([research])
    assert_same([research], reloaded(location).research_files(), "reloaded")

    copy = open_workspace(location, owner=f"copy-{uuid.uuid4().hex}")
    copy.import_data(reloaded(location).export_data(), "export")
    assert_same([research], copy.research_files(), "imported")


def test_hourly_pay_and_euros_keep_their_parsed_values(location):
    research = read_research_path(DATA / "semicolon_cp1252_euro_crlf.csv")
    hypotheses = [from_finding(f) for f in propose_findings(research.tables)]
    workspace = open_workspace(location)
    workspace.save_research([research])
    (table,) = reloaded(location).research_files()[0].tables
    assert table.currency_symbol() == "€"
    assert [from_finding(f) for f in propose_findings([table])] == hypotheses


def test_a_corrected_kind_and_roles_come_back_as_corrected(location):
    research = read_research_path(SAMPLE)
    salary = research.tables[0]
    corrected = retype_table(salary, "generic", {})
    research = replace(research, tables=(corrected, *research.tables[1:]))
    open_workspace(location).save_research([research])
    assert_same([research], reloaded(location).research_files())


cells = st.one_of(st.text(max_size=12), st.just(""))
amounts = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.just(-0.0))
moments = st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1))
issues = st.builds(
    Issue,
    code=st.sampled_from(["money-unreadable", "header-below-title"]),
    severity=st.sampled_from(["info", "warning", "error"]),
    message=st.text(max_size=30),
    file=st.just("gen.csv"),
    sheet=st.one_of(st.none(), st.text(max_size=8)),
    row=st.one_of(st.none(), st.integers(1, 10**6)),
    column=st.one_of(st.none(), st.text(max_size=8)),
)


@st.composite
def research_tables(draw) -> ResearchTable:
    rows = draw(st.integers(0, 6))
    names = draw(st.lists(st.text(min_size=1, max_size=8), min_size=1, max_size=4, unique=True))
    frame = pd.DataFrame(
        {n: draw(st.lists(cells, min_size=rows, max_size=rows)) for n in names}, dtype="str"
    )
    values = pd.DataFrame(
        {
            "base": draw(st.lists(amounts, min_size=rows, max_size=rows)),
            "date": pd.to_datetime(
                draw(st.lists(st.one_of(st.none(), moments), min_size=rows, max_size=rows))
            ),
            "currency": pd.Series(
                draw(st.lists(st.sampled_from(["EUR", "USD", None]), min_size=rows, max_size=rows)),
                dtype=object,
            ),
        }
    )
    source_rows = np.array(draw(st.lists(st.integers(2, 10**6), min_size=rows, max_size=rows)))
    return ResearchTable(
        file="gen.csv",
        sheet=draw(st.text(max_size=8)),
        kind=draw(st.sampled_from(["salary", "trends", "generic"])),
        header_row=draw(st.integers(1, 50)),
        columns={f"role{i}": n for i, n in enumerate(names)},
        frame=frame,
        issues=tuple(draw(st.lists(issues, max_size=3))),
        values=draw(st.one_of(st.none(), st.just(values))),
        source_rows=draw(st.one_of(st.none(), st.just(source_rows.astype(np.int64)))),
    )


# Ids are made by InfoView (a digest of the content), never with a NUL, which PostgreSQL's text
# refuses, nor a lone surrogate, which no encoding can store; free text (statements, cells) may
# hold any other character: it is kept inside JSON.
keys = st.text(
    st.characters(exclude_characters="\x00", exclude_categories=("Cs",)), min_size=1, max_size=10
)
hypotheses = st.builds(
    Hypothesis,
    id=keys,
    statement=st.text(max_size=40),
    topic=st.sampled_from(["compensation", "career", "industry"]),
    priority=st.sampled_from(["high", "medium", "low"]),
    flagged=st.booleans(),
    source=st.text(max_size=10),
    figure=st.one_of(st.none(), st.text(max_size=10)),
    custom=st.booleans(),
    strength=st.one_of(st.none(), st.floats(allow_nan=False)),
    topics=st.lists(st.text(max_size=8), max_size=3).map(tuple),
)


@EXAMPLES
@given(
    tables=st.lists(research_tables(), max_size=3),
    file_issues=st.lists(issues, max_size=2),
    kept=st.lists(hypotheses, max_size=6),
)
def test_any_research_and_hypotheses_come_back_identical(location, tables, file_issues, kept):
    owner = uuid.uuid4().hex
    research = ResearchFile("gen.csv", tuple(tables), issues=tuple(file_issues))
    first_of_each = {}
    for h in kept:  # a hypothesis given twice is kept once, at its first place
        first_of_each.setdefault(h.id, h)
    unique = list(first_of_each.values())
    workspace = open_workspace(location, owner)
    workspace.save_research([research])
    workspace.save_hypotheses(kept)
    again = reloaded(location, owner)
    assert_same([research], again.research_files())
    assert_same(unique, again.hypotheses())

    copy = open_workspace(location, f"{owner}-copy")
    copy.import_data(again.export_data(), "export")
    assert_same([research], copy.research_files())
    assert_same(unique, copy.hypotheses())


profiles = st.builds(
    Profile,
    name=st.text(max_size=12).filter(str.strip),
    organization=st.text(max_size=12),
    seniority=st.sampled_from(["junior", "mid", "senior", "executive"]),
    specialty=st.sampled_from(["finance", "technology", "sales"]),
    insider=st.booleans(),
    minutes=st.sampled_from([15, 30, 45]),
)


@EXAMPLES
@given(profile=profiles, held_on=st.dates(date(2020, 1, 1), date(2030, 1, 1)), data=st.data())
def test_any_interview_comes_back_identical(location, profile, held_on, data):
    owner = uuid.uuid4().hex
    outcomes = data.draw(
        st.lists(
            st.builds(
                Outcome,
                hypothesis_id=st.text(min_size=1, max_size=6),
                statement=st.text(max_size=20),
                result=st.sampled_from(["supported", "refuted", "nuanced", "not discussed"]),
                note=st.text(max_size=20),
            ),
            max_size=3,
        )
    )
    referrals = data.draw(
        st.lists(
            st.builds(
                Referral,
                name=st.text(min_size=1, max_size=10).filter(str.strip),
                organization=st.text(max_size=10),
                will_introduce=st.booleans(),
                check_back_days=st.integers(7, 10),
            ),
            max_size=2,
        )
    )
    workspace = open_workspace(location, owner)
    interview = Interview(profile, held_on, tuple(outcomes), tuple(referrals), org_type="x")
    interview_id = workspace.record_interview(interview, []).id
    (stored,) = reloaded(location, owner).interviews()
    assert_same(replace(stored, id=None, follow_ups=()), interview)
    assert stored.id == interview_id
    copy = open_workspace(location, f"{owner}-copy")
    copy.import_data(workspace.export_data(), "export")
    assert_same(reloaded(location, owner).interviews(), copy.interviews())


def test_the_codec_refuses_a_type_it_cannot_bring_back():
    with pytest.raises(WorkspaceError, match="cannot be kept in the workspace"):
        codec.dumps(object())


def test_a_record_kept_before_a_stricter_rule_still_comes_back():
    kept = codec.encode(Referral("Omar Haddad", check_back_days=10))
    kept["$dataclass"][1]["check_back_days"] = 14  # allowed by an older InfoView
    with pytest.raises(LogError):
        Referral("Omar Haddad", check_back_days=14)
    back = codec.decode(kept)
    assert (back.name, back.check_back_days, back.organization) == ("Omar Haddad", 14, "")


def test_a_field_added_since_a_record_was_kept_gets_its_default():
    kept = codec.encode(Referral("Omar Haddad"))
    del kept["$dataclass"][1]["organization"]
    assert codec.decode(kept) == Referral("Omar Haddad")


def test_occupations_come_back_identical_after_reload_and_export_import(location):
    """The pinned occupation, the work the seeker explores and findings' occupations (#20)."""
    research = read_research(
        "pay.csv", b"Job Title,Salary\nCharge Nurse,81000\nHome Health Aide,31000\n"
    )
    profile = Profile(name="Dana", title="Charge Nurse", occupation="29-1141", seniority="mid")
    seeker = Seeker("Ana Ruiz", "a math teacher", targets=("15-2051", "15-2041"), place="Denver")
    hypotheses = [from_finding(f) for f in propose_findings(research.tables)]
    workspace = open_workspace(location)
    workspace.save_research([research])
    workspace.save_hypotheses(hypotheses)
    workspace.save_profile(profile)
    workspace.save_document("outreach_seeker", asdict(seeker))

    def same_as_saved(kept, how: str) -> None:
        assert_same([research], kept.research_files(), how)
        assert [p.profile for p in kept.profiles()] == [profile]
        assert kept.current_profile().placement == profile.placement
        assert Seeker(**kept.read_document("outreach_seeker").value) == seeker
        assert [(h.id, h.occupation) for h in kept.hypotheses()] == [
            (h.id, h.occupation) for h in hypotheses
        ]

    same_as_saved(reloaded(location), "reloaded")
    assert [h.occupation for h in hypotheses] == ["29-1141", "31-1121"]
    copy = open_workspace(location, owner=f"copy-{uuid.uuid4().hex}")
    copy.import_data(reloaded(location).export_data(), "export")
    same_as_saved(copy, "imported")
