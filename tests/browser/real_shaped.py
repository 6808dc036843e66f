"""Three research files shaped like a week of real use, written at test time: an occupational
wage table by area (codes, percentiles, suppressed cells), employment projections, and an HR
export with managers. Over 1,000 findings together."""

from __future__ import annotations

import csv
import random
from pathlib import Path

AREAS = ("Ohio", "Michigan", "Illinois")
WORDS = (
    "Registered",
    "Clinical",
    "Health",
    "Data",
    "Medical",
    "Records",
    "Nursing",
    "Informatics",
    "Laboratory",
    "Pharmacy",
    "Billing",
    "Coding",
    "Quality",
    "Patient",
    "Care",
    "Systems",
    "Research",
    "Analytics",
    "Radiology",
    "Therapy",
)
KINDS = (
    "nurses",
    "analysts",
    "specialists",
    "technicians",
    "managers",
    "coordinators",
    "scientists",
    "assistants",
    "supervisors",
    "educators",
    "administrators",
    "aides",
)


def occupations(count: int) -> list[tuple[str, str]]:
    """(code, title) pairs: SOC-style codes, some titles with alias lists, some in capitals."""
    rng = random.Random(24)
    seen: set[str] = set()
    found = []
    while len(found) < count:
        title = f"{rng.choice(WORDS)} {rng.choice(WORDS).lower()} {rng.choice(KINDS)}"
        if title in seen:
            continue
        seen.add(title)
        code = f"{rng.randint(11, 53)}-{rng.randint(1000, 9999)}"
        if len(found) % 7 == 0:
            title = f"{title}; {rng.choice(KINDS)}, all other"
        if len(found) % 11 == 0:
            title = title.upper()
        found.append((code, title))
    return found


def write_wages(path: Path, jobs: list[tuple[str, str]]) -> None:
    rng = random.Random(1)
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(
            [
                "AREA_TITLE",
                "OCC_CODE",
                "OCC_TITLE",
                "O_GROUP",
                "TOT_EMP",
                "H_MEDIAN",
                "A_PCT10",
                "A_PCT25",
                "A_MEDIAN",
                "A_PCT75",
                "A_PCT90",
            ]
        )
        for area in AREAS:
            for code, title in jobs:
                median = rng.randint(32, 150) * 1000
                suppressed = rng.random() < 0.03
                writer.writerow(
                    [
                        area,
                        code,
                        title,
                        "detailed",
                        rng.randint(40, 90000),
                        f"{median / 2080:.2f}",
                        int(median * 0.6),
                        int(median * 0.8),
                        "*" if suppressed else median,
                        int(median * 1.2),
                        "#" if median > 140000 else int(median * 1.45),
                    ]
                )


def write_projections(path: Path, jobs: list[tuple[str, str]]) -> None:
    rng = random.Random(2)
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(
            [
                "Occupation title",
                "Occupation code",
                "Employment, 2023",
                "Employment, 2033",
                "Employment change, percent, 2023-33",
                "Median annual wage, 2023",
            ]
        )
        for code, title in jobs:
            now = rng.randint(1000, 400000)
            change = rng.uniform(-15, 35)
            writer.writerow(
                [
                    title,
                    code,
                    now,
                    int(now * (1 + change / 100)),
                    f"{change:.1f}",
                    rng.randint(32, 150) * 1000,
                ]
            )


def write_hr_export(path: Path) -> None:
    rng = random.Random(3)
    departments = ("Nursing", "Health Informatics", "Finance", "Quality", "Research", "IT")
    titles = ("Analyst", "Senior analyst", "Nurse", "Charge nurse", "Data engineer", "Coordinator")
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(
            ["Employee ID", "Employee Name", "Job Title", "Department", "Manager ID", "Salary"]
        )
        writer.writerow([1, "Morgan Lee", "Chief executive", "Executive", "", 310000])
        for number in range(2, 401):
            department = departments[number % len(departments)]
            manager = 1 if number <= 12 else rng.randint(2, 12)
            title = "Director" if number <= 12 else rng.choice(titles)
            writer.writerow(
                [
                    number,
                    f"Person {number}",
                    title,
                    department,
                    manager,
                    rng.randint(50, 160) * 1000,
                ]
            )


def write_all(folder: Path) -> list[Path]:
    """The three files in `folder`; their paths."""
    jobs = occupations(330)
    paths = [
        folder / "wages_by_area_and_occupation.csv",
        folder / "employment_projections_2023_33.csv",
        folder / "hospital_hr_export.csv",
    ]
    write_wages(paths[0], jobs)
    write_projections(paths[1], jobs)
    write_hr_export(paths[2])
    return paths
