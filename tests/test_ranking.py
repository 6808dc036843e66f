"""Relevance ranks findings for the person about to be met."""

from infoview.findings import Finding
from infoview.hypotheses import from_finding
from infoview.profile import Profile
from infoview.ranking import rank, relevance, suggested, touches_specialty

PAY = Finding(
    "com-1",
    "compensation",
    "Entry-level Data Analysts in Austin earn about $62,000 across 9 postings",
    "Glassdoor postings",
    "jobs.csv",
    strength=0.6,
    topics=("compensation", "data"),
)
TREND = Finding(
    "tre-1",
    "trends",
    "Automakers move finance teams to rolling forecasts",
    "the Journal of Accountancy",
    "news.csv",
    strength=0.4,
    topics=("trends", "finance"),
)
GAP = Finding(
    "org-1",
    "organization",
    "I do not yet know who leads Treasury at Northwind Motors",
    "my org chart",
    "org.csv",
    strength=0.5,
    topics=("organization", "finance"),
)
JUNIOR_DATA = Profile(seniority="junior", specialty="data")
SENIOR_FINANCE_INSIDER = Profile(
    seniority="senior",
    specialty="finance",
    organization="Northwind Motors",
    insider=True,
)


def test_two_profiles_give_two_different_orders():
    findings = [TREND, GAP, PAY]
    assert [f.id for f in rank(findings, JUNIOR_DATA)] == ["com-1", "tre-1", "org-1"]
    assert [f.id for f in rank(findings, SENIOR_FINANCE_INSIDER)] == ["org-1", "tre-1", "com-1"]


def test_relevance_weighs_fit_by_evidence_strength():
    # topic 0.25 + data specialty 0.3 + entry level 0.1, times 0.4 + 0.6 x strength 0.6
    assert relevance(PAY, JUNIOR_DATA) == 0.494
    weak = Finding(**{**PAY.__dict__, "strength": 0.1})
    assert relevance(weak, JUNIOR_DATA) < relevance(PAY, JUNIOR_DATA)
    assert relevance(PAY) == 0.6


def test_an_outsider_gets_organization_gaps_last():
    outsider = Profile(seniority="senior", specialty="finance", organization="Lakeshore Auto")
    assert [f.id for f in rank([GAP, TREND], outsider)] == ["tre-1", "org-1"]


def test_a_free_text_specialty_matches_its_own_words():
    assert touches_specialty(TREND, "rolling forecasts")
    assert not touches_specialty(PAY, "rolling forecasts")


def test_hypotheses_rank_like_their_findings():
    hypotheses = [from_finding(f) for f in (TREND, GAP, PAY)]
    assert [h.id for h in rank(hypotheses, JUNIOR_DATA)] == ["com-1", "tre-1", "org-1"]
    assert relevance(hypotheses[2], JUNIOR_DATA) == relevance(PAY, JUNIOR_DATA)


def test_suggestions_take_one_finding_per_topic_first():
    more_pay = Finding(**{**PAY.__dict__, "id": "com-2", "strength": 0.2})
    assert [f.id for f in suggested([more_pay, PAY, TREND, GAP], JUNIOR_DATA, 3)] == [
        "com-1",
        "tre-1",
        "org-1",
    ]


def test_the_word_it_is_not_information_technology():
    from infoview.ranking import specialties_in

    assert "technology" not in specialties_in("Is it true that pay rose in Retail?")
    assert "technology" in specialties_in("IT support pay rose 5% in 2024")
