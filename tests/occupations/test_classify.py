"""The title classifier: exact placements for what real files hold, and a labeled set."""

from __future__ import annotations

import csv
import json

import pytest

from infoview.occupations import (
    Group,
    classify,
    major_groups,
    occupation,
    related,
    relation,
    search,
    worker,
)
from infoview.occupations.index import load_index
from tests.cli import infoview
from tests.conftest import DATA

LABELED = DATA / "occupation_titles_labeled.csv"


@pytest.mark.parametrize(
    ("text", "code", "level"),
    [
        ("Data Scientists(152051)", "15-2051", None),
        ("Sr. Data Scientist", "15-2051", "senior"),
        ("SWE II", "15-1252", "mid"),
        ("RN", "29-1141", None),
        ("Charge Nurse", "29-1141", None),
        ("POLICE OFFICER (ASSIGNED AS DETECTIVE)", "33-3051", None),
        ("Accountants and auditors * Account Auditor* Auditor", "13-2011", None),
        ("Mgr, Marketing", "11-2021", "manager"),
        ("FP&A Manager", "11-3031", "manager"),
        ("Director of Sales", "11-2022", "director"),
        ("Chief Executive Officer", "11-1011", "executive"),
        ("Accountant I", "13-2011", "junior"),
        ("Statistician", "15-2041", None),
        ("statistics", "15-2041", None),
        ("marine biology", "19-1023", None),
        ("supply chain", "11-3071", None),
        ("teaching", "25-0000", None),
        ("Enfermera", "29-1141", None),
        ("Infirmière", "29-1141", None),
        ("Softwareentwickler", "15-1252", None),
        ("ingeniero de software", "15-1252", None),
        ("Pharmacy Technician", "29-2052", None),
        ("FIREFIGHTER-EMT", "33-2011", None),
    ],
)
def test_titles_real_files_hold_are_placed(text, code, level):
    placement = classify(text)
    assert (placement.code, placement.level) == (code, level)
    assert placement.known and 0.5 <= placement.confidence <= 1


@pytest.mark.parametrize(
    "text",
    [
        "Total",
        "N/A",
        "Employee Referral",
        "Q3 2024",
        "Team 4",
        "Police Department",
        "Dept. of Finance",
        "Chicago",
        "New York, NY",
        "Remote",
        "it depends",
        "",
        "   ",
        "-",
    ],
)
def test_column_junk_departments_and_places_are_unknown(text):
    placement = classify(text)
    assert placement.code is None and not placement.known
    assert (placement.onet_code, placement.title, placement.major) == (None, "", None)


def test_level_words_stay_apart_from_the_occupation():
    assert classify("Senior Data Analyst").code == classify("Data Analyst").code == "15-2051"
    assert classify("Senior Data Analyst").level == "senior"
    assert classify("Team Lead").level == "lead"
    assert classify("Team Lead").code is None


def test_tech_is_a_technician_not_a_software_engineer():
    assert classify("tech").major.code != "15-0000"
    assert classify("Pharmacy Technician").major == Group(
        "29-0000", "Healthcare Practitioners and Technical Occupations"
    )


def test_a_labeled_set_of_corpus_and_typed_titles_is_right_at_the_broad_group_level():
    index = load_index()
    rows = list(csv.DictReader(LABELED.open(encoding="utf-8")))
    assert len(rows) >= 150
    right, wrong = 0, []
    for row in rows:
        placement = classify(row["text"])
        if row["expected"] == "unknown":
            good = not placement.known
        else:
            good = placement.known and row["expected"] in index.ancestors(placement.code).values()
        right += good
        if not good:
            wrong.append((row["text"], row["expected"], placement.code))
    assert right / len(rows) >= 0.9, wrong
    junk = [r for r in rows if r["expected"] == "unknown"]
    assert all(not classify(r["text"]).known for r in junk)


def test_a_placement_prints_the_cli_shape_with_its_groups():
    assert classify("Sr. Data Scientist").to_json() == {
        "text": "Sr. Data Scientist",
        "code": "15-2051",
        "onet_code": "15-2051.00",
        "title": "Data Scientists",
        "broad": {"code": "15-2050", "title": "Data Scientists"},
        "minor": {"code": "15-2000", "title": "Mathematical Science Occupations"},
        "major": {"code": "15-0000", "title": "Computer and Mathematical Occupations"},
        "level": "senior",
        "confidence": 0.97,
    }


def test_a_2018_minor_group_is_read_from_the_structure_not_from_its_digits():
    placement = classify("Software Developer")
    assert placement.broad == Group(
        "15-1250", "Software and Web Developers, Programmers, and Testers"
    )
    assert placement.minor == Group("15-1200", "Computer Occupations")


def test_an_occupation_has_its_job_zone_related_occupations_and_hot_technologies():
    nurse = occupation("29-1141")
    assert (nurse.onet_code, nurse.title, nurse.job_zone) == ("29-1141.00", "Registered Nurses", 4)
    assert nurse.major.code == "29-0000"
    assert "29-1171" in nurse.related  # nurse practitioners
    assert "29-1141" not in nurse.related
    assert "Epic Systems" in nurse.hot_technologies
    assert occupation("15-2051.00").code == "15-2051"
    assert related("15-2051") == occupation("15-2051").related
    assert related("15-0000") == ()


def test_the_23_major_groups_in_code_order():
    groups = major_groups()
    assert len(groups) == 23
    assert groups[0] == Group("11-0000", "Management Occupations")
    assert groups[-1].code == "55-0000"


def test_search_as_you_type_finds_titles_by_an_unfinished_word():
    found = search("registered nu", limit=3)
    assert [(p.text, p.code) for p in found] == [
        ("Registered Nurses", "29-1141"),
        ("Registered Nursing Professor", "25-1072"),
        ("Registered Nurse Midwife", "29-1161"),
    ]
    assert search("data sci", limit=1)[0].code == "15-2051"
    assert search("xyzzy") == [] and search("") == []
    codes = [p.code for p in search("nur", limit=10)]
    assert len(codes) == len(set(codes))


def test_the_occupation_command_prints_one_object_per_text_in_order():
    result = infoview("occupation", "RN", "Total", "teaching", "--json")
    assert result.returncode == 0, result.stderr
    rn, total, teaching = json.loads(result.stdout)
    assert (rn["text"], rn["code"], rn["onet_code"], rn["level"]) == (
        "RN",
        "29-1141",
        "29-1141.00",
        None,
    )
    assert total == {
        "text": "Total",
        "code": None,
        "onet_code": None,
        "title": None,
        "broad": None,
        "minor": None,
        "major": None,
        "level": None,
        "confidence": 0.0,
    }
    assert teaching["code"] == "25-0000" and teaching["onet_code"] is None
    assert teaching["major"] == {
        "code": "25-0000",
        "title": "Educational Instruction and Library Occupations",
    }


def test_the_occupation_command_without_json_prints_a_line_per_text():
    result = infoview("occupation", "Sr. Data Scientist", "Team 4")
    assert result.stdout.splitlines() == [
        "Sr. Data Scientist: 15-2051 Data Scientists (senior, 97% sure)",
        "Team 4: unknown (names no occupation we could place)",
    ]


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("15-2041", "a statistician"),
        ("29-1141", "a registered nurse"),
        ("13-2011", "an accountant or an auditor"),
        ("13-2051", "a financial or investment analyst"),
        ("15-2000", "someone in mathematical science occupations"),
    ],
)
def test_who_could_answer_is_said_as_a_person(code, said):
    assert worker(code) == said


def test_how_two_places_in_the_map_stand():
    assert relation("15-2041", "15-2051") == "related"  # O*NET relates them
    assert relation("29-1141", "31-1121") == "other"
    assert relation("25-2031", "25-0000") == "same"  # a teacher is in the field of teaching
    assert relation("15-1252", "15-1253") == "related"
    assert relation("47-2111", "47-2081") == "minor"  # construction trades
    assert relation("11-2021", "11-3031") == "major"  # two kinds of managers
