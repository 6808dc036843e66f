"""Form submit buttons that act once per showing of the form, so a double-click saves once."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import streamlit as st

_SAVING = "form_saving_lock"


@dataclass(frozen=True)
class Submit:
    """One showing of a form's submit button, pressed or not."""

    pressed: bool
    showing: dict[str, int]
    lock: threading.RLock

    @contextmanager
    def saving(self) -> Iterator[Callable[[], None]]:
        """Around the save the press asked for: once it is done the button is a new widget, so
        the second click of a double-click (sent for this one) does nothing. A save that did
        not happen calls what this yields: the same form stays, so the next click saves."""
        # The second click starts a new run while the first may still be saving; one save at a
        # time in this session (never across people), and each skips what the other kept, so
        # the two add up to one.
        saved = [True]
        with self.lock:
            yield lambda: saved.__setitem__(0, False)
            # A plain dict, not session state: touching session state is where Streamlit may
            # stop this run for the second click, which then saves again (idempotently).
            if saved[0]:
                self.showing["version"] += 1

    def __bool__(self) -> bool:
        return self.pressed


def _showing(form: str) -> dict[str, int]:
    return st.session_state.setdefault(f"{form}:showing", {"version": 0})


def showing(form: str) -> int:
    """How many saves `form` has had: put it in the form's key and its widgets' keys to show a
    fresh form after each save (clear_on_submit would empty a double-click's second submit)."""
    return _showing(form)["version"]


def submit_once(form: str, label: str, button=st.form_submit_button, **kwargs) -> Submit:
    """`form`'s submit button (call it inside the form, or pass `button=st.button` for inputs
    kept outside one); see `Submit.saving`."""
    showing = _showing(form)
    pressed = button(label, key=f"{form}:submit:{showing['version']}", **kwargs)
    return Submit(pressed, showing, st.session_state.setdefault(_SAVING, threading.RLock()))
