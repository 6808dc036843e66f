"""The page files: where Streamlit finds them, and every link to one points at a real file."""

from __future__ import annotations

import re

from tests.conftest import ROOT

PAGE_PATH = re.compile(r"[\"'](pages/[a-z_]+\.py)[\"']")


def test_every_page_file_hands_a_fresh_servers_first_run_to_the_app():
    # A `pages/` folder beside app.py makes a fresh server run a deep-linked page file alone,
    # without app.py's session defaults, sign-in gate or navigation (KeyError, raw file names).
    guard = "\nrun_through_app()"
    pages = sorted(ROOT.glob("pages/*.py"))
    assert len(pages) == 9
    assert [p.name for p in pages if guard not in p.read_text()] == []


def test_every_page_path_named_in_the_code_exists():
    sources = [ROOT / "app.py", *ROOT.glob("pages/*.py"), *ROOT.glob("infoview/ui/*.py")]
    named = {m for source in sources for m in PAGE_PATH.findall(source.read_text())}
    assert len(named) == 9  # eight steps, and My workspace in hosted mode
    assert sorted(p for p in named if not (ROOT / p).exists()) == []
