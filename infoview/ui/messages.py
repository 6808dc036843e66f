"""The one place that turns import issues and errors into what the user sees."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import streamlit as st

from infoview.markup import markdown_text
from infoview.questions import GuardWarning
from infoview.research import Issue
from infoview.ui.keys import Keys

_SHOW = {"error": st.error, "warning": st.warning, "info": st.info}
_ICONS = {"error": ":material/error:", "warning": ":material/warning:", "info": ":material/info:"}
MAX_SHOWN = 8
FLASH_KEY = Keys.FLASH


def show_issues(issues: Iterable[Issue], label: str = "this file") -> None:
    """Errors and warnings as callouts; notes (info) folded in an expander, never flooded."""
    issues = list(issues)
    loud = [i for i in issues if i.severity != "info"]
    notes = [i for i in issues if i.severity == "info"]
    for issue in loud[:MAX_SHOWN]:
        _SHOW[issue.severity](_text(issue), icon=_ICONS[issue.severity])
    if len(loud) > MAX_SHOWN:
        st.caption(
            f"{len(loud) - MAX_SHOWN} more problems not shown; "
            "run `python -m infoview inspect FILE` for the full report."
        )
    if notes:
        with st.expander(
            f"{len(notes)} note{'s' * (len(notes) > 1)} on how {markdown_text(label)} was read",
            icon=_ICONS["info"],
        ):
            st.markdown("\n".join(f"- {_text(issue)}" for issue in notes))


def _text(issue: Issue) -> str:
    where = issue.where()
    message = markdown_text(issue.message)
    return f"**{markdown_text(where)}**: {message}" if where else message


def show_error(message: str) -> None:
    st.error(markdown_text(message), icon=":material/error:")


def show_guard_warning(warning: GuardWarning) -> None:
    """A job request or résumé push, with the rewrite to use instead."""
    st.warning(
        f"{markdown_text(warning.message)}\n\nTry instead: *{markdown_text(warning.suggestion)}*",
        icon=_ICONS["warning"],
    )


def show_success(message: str) -> None:
    st.success(markdown_text(message), icon=":material/check_circle:")


def flash(message: str) -> None:
    """Show `message` as a success on this page's next runs, until the seeker leaves the page."""
    st.session_state[FLASH_KEY] = (st.session_state.get(Keys.PAGE), message)


def show_flash() -> None:
    """The flashed message, if it was flashed on this page."""
    page, message = st.session_state.get(FLASH_KEY, (None, ""))
    if message and page == st.session_state.get(Keys.PAGE):
        show_success(message)


def on_page(page: str) -> None:
    """Note the page being shown; a message flashed on another page is dropped."""
    # Kept over reruns on the same page (not popped), because a second click can stop the
    # run that showed it and start one that would not.
    flashed_on, message = st.session_state.get(FLASH_KEY, (page, ""))
    if flashed_on is None:  # flashed where the session was started afresh (a reload)
        st.session_state[FLASH_KEY] = (page, message)
    elif flashed_on != page:
        st.session_state.pop(FLASH_KEY, None)
    st.session_state[Keys.PAGE] = page


def show_conflict(where, reload: Callable[[], None]) -> bool:
    """In `where`, the last save another tab's change refused, with a button to `reload`;
    whether there was one."""
    message = st.session_state.get(Keys.CONFLICT)
    if message:
        with where:
            st.warning(markdown_text(message), icon=":material/sync_problem:")
            st.button("Reload the latest", icon=":material/refresh:", on_click=reload)
    return bool(message)


def show_not_saved(where, database_answers: Callable[[], bool]) -> None:
    """In `where`, the last save the database failed, until one succeeds; once the database
    answers again, that what was typed can be saved now."""
    message, retrying = st.session_state.get(Keys.NOT_SAVED, ("", False))
    if not message:
        return
    with where:
        if retrying and database_answers():
            st.info(
                "The database is back. What you typed is still in its form: save it again.",
                icon=":material/sync:",
            )
        else:
            st.warning(markdown_text(message), icon=":material/cloud_off:")
