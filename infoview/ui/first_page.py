"""Every page works as the first one: a fresh server may run a page file before app.py."""

from __future__ import annotations

import runpy
from pathlib import Path

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

APP = Path(__file__).resolve().parents[2] / "app.py"


def run_through_app() -> None:
    """Run app.py instead when Streamlit started this page file on its own.

    Until app.py has called st.navigation once, a server whose app has a `pages/` folder routes
    a deep link (`/sheet`) straight to `pages/sheet.py`, skipping the session set-up, the
    sign-in gate and the navigation. app.py then runs the page itself, as on every later visit.
    """
    if PagesManager.uses_pages_directory:
        runpy.run_path(str(APP), run_name="__main__")
        st.stop()
