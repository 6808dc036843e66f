"""Every sheet built from the shared corpus of real research files reads as speech (issue 21).

Each file is read once for the session and planned for six interviewees; skipped when no
`../shared/corpus` sits next to the project.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from infoview.export.examples import (
    PROFILES,
    corpus_folder,
    read_research,
    research_files,
    sheet_for,
)
from infoview.say import UNNAMED_CURRENCY

ROOT = Path(__file__).resolve().parents[1]
CORPUS = corpus_folder(ROOT)
FILES = research_files(CORPUS) if CORPUS else []

BRACKETED = re.compile(r"\[[^\]]*\]")
# Three or more names in a row split by ";", "|", "/", "*" or "•": an alias list read out.
ALIAS_LIST = re.compile(r"[^;|/*•.?]+(?:\s*[;|/*•]\s*[^;|/*•.?]+){3,}")
ALL_CAPITALS_TITLE = re.compile(r"\b[A-Z]{3,}(?:[ &/-]+[A-Z]{3,}){2,}\b")
SAMPLE_SHARE = re.compile(r"\(\d+(?:\.\d+)?% of all")
AMOUNT = re.compile(r"(?P<before>\S?)\d{1,3}(?:,\d{3})+(?: million)?(?P<code> [A-Z]{3}\b)?")
MARKS = "$£€₹¥₩₽₺₦"


@pytest.fixture(scope="module", params=FILES, ids=[p.name for p in FILES])
def research(request):
    return read_research(request.param)


def spoken_lines(sheet) -> list:
    return [*sheet.questions, *sheet.if_time_permits]


@pytest.mark.skipif(CORPUS is None, reason="no ../shared/corpus next to the project")
@pytest.mark.parametrize("profile", PROFILES, ids=[p.name for p in PROFILES])
def test_no_sheet_from_real_research_reads_like_raw_data(research, profile):
    sheet = sheet_for(research, profile)
    for question in spoken_lines(sheet):
        text = question.text
        assert not BRACKETED.search(text), text
        assert not ALIAS_LIST.search(text), text
        assert not ALL_CAPITALS_TITLE.search(text), text
        assert not SAMPLE_SHARE.search(text), text
        if "compensation" in question.tags and question.hypothesis:
            bare = [
                m[0]
                for m in AMOUNT.finditer(text)
                if not (m["before"] and m["before"][-1] in MARKS) and not m["code"]
            ]
            assert not bare or UNNAMED_CURRENCY in text, text
        if question.section == "organization" and question.hypothesis:
            assert not re.search(r"[^.?!] If you are not sure", text), text
            assert text.endswith("?"), text
