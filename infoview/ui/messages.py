"""The one place that turns import issues and errors into what the user sees."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import streamlit as st

from infoview.markup import markdown_text
from infoview.questions import GuardWarning
from infoview.research import Issue
from infoview.research.issues import CODES
from infoview.ui.keys import Keys

_SHOW = {"error": st.error, "warning": st.warning, "info": st.info}
_ICONS = {"error": ":material/error:", "warning": ":material/warning:", "info": ":material/info:"}
MAX_EXAMPLES = 3  # of one kind of issue: the rest are alike
FLASH_KEY = Keys.FLASH


def show_issues(issues: Iterable[Issue], label: str = "this file") -> None:
    """Errors and warnings as one callout per kind, with a count and the first examples; notes
    (info) folded in an expander, never flooded."""
    issues = list(issues)
    notes = [i for i in issues if i.severity == "info"]
    for severity in ("error", "warning"):
        for group in group_issues(i for i in issues if i.severity == severity):
            _SHOW[severity](issue_group_text(group), icon=_ICONS[severity])
    if notes:
        with st.expander(
            f"Technical notes: {len(notes)} on how {markdown_text(label)} was read",
            icon=_ICONS["info"],
        ):
            for group in group_issues(notes):
                st.markdown(issue_group_text(group))


def group_issues(issues: Iterable[Issue]) -> list[list[Issue]]:
    """Issues of one kind (code) together, kinds in the order first met."""
    groups: dict[str, list[Issue]] = {}
    for issue in issues:
        groups.setdefault(issue.code, []).append(issue)
    return list(groups.values())


def issue_group_text(group: list[Issue]) -> str:
    """One kind of issue in Markdown: the message alone, or a count and the first examples."""
    if len(group) == 1:
        return _text(group[0])
    shown = "\n".join(f"- {_text(issue)}" for issue in group[:MAX_EXAMPLES])
    more = len(group) - MAX_EXAMPLES
    rest = f"\n\n…and {more} more like these." if more > 0 else ""
    kind = CODES.get(group[0].code, "the same problem")
    return f"**{len(group)} times, {markdown_text(kind)}.** The first:\n\n{shown}{rest}"


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
