"""One relevance: findings judged by how close their work sits to the person's in the occupation
map, with the reason in words and who else could answer."""

from __future__ import annotations

from infoview.findings import Finding
from infoview.hypotheses import flag, from_finding
from infoview.profile import Profile
from infoview.questions import load_bank, plan_sheet
from infoview.ranking import for_seeker, judge, rank
from infoview.seeker import Seeker

BANK = load_bank()


def pay(id_: str, role: str, code: str, strength: float = 0.6) -> Finding:
    return Finding(
        id_,
        "compensation",
        f"Pay for {role} is about $80,000 a year across 12 postings",
        "Job postings",
        "pay.csv",
        strength=strength,
        occupation=code,
    )


STATISTICIANS = pay("stat", "Statisticians", "15-2041")
DATA_SCIENTISTS = pay("ds", "Data Scientists", "15-2051")
NURSES = pay("rn", "Registered Nurse", "29-1141")
AIDES = pay("hha", "Home Health Aide", "31-1121")
ENGINEERS = pay("swe", "Senior Software Engineer", "15-1252")
PHARMACY = pay("pt", "Pharmacy Technician", "29-2052")


def sheet_for(profile: Profile, *findings: Finding):
    hypotheses = flag([from_finding(f) for f in findings], {f.id for f in findings})
    return plan_sheet(profile, hypotheses, BANK)


def asked(sheet) -> list[str]:
    return [q.hypothesis for q in sheet.questions if q.hypothesis]


def test_statistician_and_data_scientist_pay_stay_with_a_senior_data_analyst():
    analyst = Profile(title="Senior Data Analyst", seniority="senior", industry="healthcare")
    sheet = sheet_for(analyst, STATISTICIANS, DATA_SCIENTISTS)
    assert sheet.for_someone_else == ()
    # one pay springboard per 15 minutes (#21): the other waits in "if time permits"
    assert asked(sheet) == ["ds"]
    assert sheet.if_time_permits[0].hypothesis == "stat"
    assert judge(DATA_SCIENTISTS, analyst).reason == (
        "about their own occupation (Data Scientists); some evidence"
    )
    assert judge(STATISTICIANS, analyst).reason == (
        "about an occupation related to theirs: statistician; some evidence"
    )


def test_a_charge_nurse_gets_registered_nurse_pay_and_aide_pay_goes_to_an_aide():
    sheet = sheet_for(Profile(title="Charge Nurse", seniority="mid"), AIDES, NURSES)
    assert asked(sheet) == ["rn"]
    assert [(d.hypothesis, d.who) for d in sheet.for_someone_else] == [
        ("hha", "a home health aide")
    ]


def test_a_nonprofit_program_director_never_gets_software_engineer_pay():
    director = Profile(title="Nonprofit Program Director", seniority="senior")
    sheet = sheet_for(director, ENGINEERS)
    assert asked(sheet) == []
    assert [d.who for d in sheet.for_someone_else] == ["a software developer"]


def test_tech_never_makes_pharmacy_technician_a_software_engineers_specialty():
    engineer = Profile(title="Software Engineer", seniority="senior", specialty="technology")
    judged = judge(PHARMACY, engineer)
    assert (judged.someone_else, judged.reason) == (
        "a pharmacy technician",
        "about other work: pharmacy technician; some evidence",
    )
    assert rank([PHARMACY, ENGINEERS], engineer)[0] is ENGINEERS


def test_a_math_teacher_gets_no_sprint_questions():
    sheet = plan_sheet(Profile(title="Math Teacher", seniority="mid"), (), BANK)
    texts = [q.text for q in (*sheet.questions, *sheet.if_time_permits)]
    assert texts and not any("sprint" in t for t in texts)
    assert Profile(title="Math Teacher").known_specialty == ""


def test_for_someone_else_names_who_could_answer():
    sheet = sheet_for(Profile(title="Registered Nurse", seniority="junior"), STATISTICIANS)
    assert [d.who for d in sheet.for_someone_else] == ["a statistician"]


def test_an_unplaced_title_plans_from_seniority_alone_and_defers_no_pay():
    sheet = sheet_for(Profile(title="Team 4", seniority="mid"), ENGINEERS)
    assert sheet.for_someone_else == ()
    assert sheet.notes == (
        'We could not place "Team 4": pick the closest occupation. The sheet is planned from '
        "their seniority (mid) alone.",
    )


def test_without_an_interviewee_findings_rank_for_the_seekers_target():
    seeker = Seeker("Ana", "a math teacher", targets=("15-2051",))
    findings = [AIDES, ENGINEERS, DATA_SCIENTISTS, STATISTICIANS]
    assert [f.id for f in rank(findings, for_seeker(seeker))] == ["ds", "stat", "swe", "hha"]
    assert for_seeker(Seeker("Ana")) is None
    assert [f.id for f in rank(findings, None)] == ["hha", "swe", "ds", "stat"]  # file order


def test_a_program_trainee_is_not_technology_work_for_a_technology_chief():
    trainee = pay("tv", "Title V Program Trainee I", "")  # a role the map could not place
    cto = Profile(title="Chief Technology Officer", specialty="technology", seniority="executive")
    sheet = sheet_for(cto, trainee)
    assert asked(sheet) == []
    assert [(d.hypothesis, d.who) for d in sheet.for_someone_else] == [
        ("tv", "someone who does that work")
    ]


def test_pay_for_a_role_placed_only_in_a_major_group_is_not_a_chiefs_own():
    development = pay("dev", "Director of Development", "11-0000")
    cfo = Profile(title="Chief Financial Officer", seniority="executive")
    sheet = sheet_for(cfo, development)
    assert asked(sheet) == []
    assert [d.hypothesis for d in sheet.for_someone_else] == ["dev"]


def test_pay_for_another_chief_role_of_the_same_occupation_is_not_a_cfos_own():
    # O*NET places a CFO, a CEO and an executive director all in Chief Executives (11-1011)
    director = pay("ed", "Executive Director", "11-1011")
    ceo = pay("ceo", "President & CEO", "11-1011")
    own = pay("cfo", "Chief Financial Officer", "11-1011")
    published = pay("bls", "Chief executives", "11-1011")
    cfo = Profile(title="Chief Financial Officer", seniority="executive")
    sheet = sheet_for(cfo, director, ceo)
    assert asked(sheet) == []
    assert sorted(d.hypothesis for d in sheet.for_someone_else) == ["ceo", "ed"]
    assert asked(sheet_for(cfo, director, own)) == ["cfo"]
    assert asked(sheet_for(cfo, published)) == ["bls"]
    # the same titles for an executive director: the director's pay is theirs, a CFO's is not
    head = Profile(title="Executive Director", seniority="executive")
    assert asked(sheet_for(head, own, director)) == ["ed"]


def test_two_pay_questions_in_30_minutes_are_about_different_work():
    hr = Profile(title="HR Director", seniority="senior", minutes=30)
    director = pay("dir", "Director of Human Resources", "11-3121")
    same = pay("same", "HR Director", "11-3121")
    payroll = pay("pay", "Compensation Manager", "11-3111")
    # one of the two: their own title as they write it
    assert asked(sheet_for(hr, director, same)) == ["same"]
    assert sorted(asked(sheet_for(hr, director, same, payroll))) == ["pay", "same"]
