"""The page files: where Streamlit finds them, and every link to one points at a real file."""

from __future__ import annotations

import re

from tests.conftest import ROOT

PAGE_PATH = re.compile(r"[\"'](app_pages/[a-z_]+\.py)[\"']")


def test_there_is_no_pages_folder_for_streamlit_to_run_pages_without_the_app():
    # A `pages/` folder beside app.py makes a fresh server run the page file alone, without
    # app.py's session defaults or navigation (KeyError and a sidebar of file names).
    assert not (ROOT / "pages").exists()


def test_every_page_path_named_in_the_code_exists():
    sources = [ROOT / "app.py", *ROOT.glob("app_pages/*.py"), *ROOT.glob("infoview/ui/*.py")]
    named = {m for source in sources for m in PAGE_PATH.findall(source.read_text())}
    assert len(named) == 8  # seven steps, and My workspace in hosted mode
    assert sorted(p for p in named if not (ROOT / p).exists()) == []
