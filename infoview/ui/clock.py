"""Today as the person in front of the browser sees it."""

from __future__ import annotations

import streamlit as st

from infoview.clock import today_in


def today():
    """The date in the browser's time zone, at this rendering."""
    return today_in(st.context.timezone)
