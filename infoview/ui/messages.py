"""The one place that turns import issues and errors into what the user sees."""

from __future__ import annotations

from collections.abc import Iterable

import streamlit as st

from infoview.questions import GuardWarning
from infoview.research import Issue
from infoview.ui.state import Keys

_SHOW = {"error": st.error, "warning": st.warning, "info": st.info}
_ICONS = {"error": ":material/error:", "warning": ":material/warning:", "info": ":material/info:"}
MAX_SHOWN = 8
FLASH_KEY = Keys.FLASH


def show_issues(issues: Iterable[Issue]) -> None:
    """Errors and warnings as callouts; many issues of one kind are summarised, not flooded."""
    issues = list(issues)
    for issue in issues[:MAX_SHOWN]:
        where = issue.where()
        _SHOW[issue.severity](
            f"**{where}**: {issue.message}" if where else issue.message, icon=_ICONS[issue.severity]
        )
    if len(issues) > MAX_SHOWN:
        st.caption(
            f"{len(issues) - MAX_SHOWN} more notes not shown; "
            "run `python -m infoview inspect FILE` for the full report."
        )


def show_error(message: str) -> None:
    st.error(message, icon=":material/error:")


def show_guard_warning(warning: GuardWarning) -> None:
    """A job request or résumé push, with the rewrite to use instead."""
    st.warning(f"{warning.message}\n\nTry instead: *{warning.suggestion}*", icon=_ICONS["warning"])


def show_success(message: str) -> None:
    st.success(message, icon=":material/check_circle:")


def flash(message: str) -> None:
    """Show `message` as a success after the next rerun (for actions that rerun the page)."""
    st.session_state[FLASH_KEY] = message


def show_flash() -> None:
    message = st.session_state.pop(FLASH_KEY, None)
    if message:
        show_success(message)
