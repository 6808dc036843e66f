"""A 30,000-row export gives a short list of findings and a flag-all sheet on two pages."""

import csv
import io
import random

import pypdf

from infoview.export import render
from infoview.export.text import PASSED_ON_SHOWN, build_handout
from infoview.findings import propose_findings
from infoview.hypotheses import flag, from_finding
from infoview.profile import Profile
from infoview.questions import load_bank, plan_sheet
from infoview.research import read_research

ROLES = ("Software Engineer", "Senior Software Engineer", "Data Analyst")
PLACES = {"Austin, TX": 1.0, "Seattle, WA": 1.3}


def export_rows(count: int) -> bytes:
    """A compensation-site export: pay grows with seniority and is higher in Seattle."""
    rng = random.Random(3)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["Company", "Title", "Location", "Base salary"])
    for n in range(count):
        role, place = rng.choice(ROLES), rng.choice(list(PLACES))
        base = (150_000 if role.startswith("Senior") else 100_000) * PLACES[place]
        writer.writerow([f"Company {n % 400}", role, place, round(base * rng.uniform(0.9, 1.1))])
    writer.writerow(["", "All occupations", "Austin, TX", 90_000])
    writer.writerow(["Company 1", "Data Analyst", "Austin, TX", -1])
    return buffer.getvalue().encode()


def big_table():
    (table,) = read_research("pay_export.csv", export_rows(30_000)).tables
    return table


def test_thirty_thousand_rows_give_a_finding_per_role_and_place_and_their_comparisons():
    found = propose_findings([big_table()])
    assert len(found) == 14
    assert sum(f.statement.startswith("Pay for Data Analyst in ") for f in found) == 2
    assert sum(" more in Seattle, WA than in Austin, TX" in f.statement for f in found) == 3
    assert sum("more than for Software Engineer" in f.statement for f in found) == 2
    assert not any("All occupations" in f.statement or "$-" in f.statement for f in found)
    assert min(f.strength for f in found) > 0.75


def test_flag_all_on_thirty_thousand_rows_prints_two_pages_sharing_only_what_is_asked():
    findings = propose_findings([big_table()])
    hypotheses = flag([from_finding(f) for f in findings], {f.id for f in findings})
    profile = Profile(seniority="mid", specialty="technology", organization="Company 7")
    sheet = plan_sheet(profile, hypotheses, load_bank())
    asked = {q.hypothesis for q in sheet.questions if q.hypothesis}
    handout = build_handout(sheet)
    # Pay for roles outside their line of work is passed on: a few are shared for someone else.
    passed_on = {d.hypothesis for d in sheet.for_someone_else} - asked
    shared = len(asked) + min(PASSED_ON_SHOWN, len(passed_on))
    assert len(handout.research) == shared < len(findings)
    assert handout.more_research == len(findings) - shared
    pages = pypdf.PdfReader(io.BytesIO(render(sheet, "pdf"))).pages
    assert len(pages) == 2
    text = pages[0].extract_text()
    assert f"{handout.more_research} more findings in your research" in " ".join(text.split())
