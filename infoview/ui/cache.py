"""The session cache: work done once per research state or per upload, reused by reruns."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import streamlit as st

from infoview.ui.keys import Keys

T = TypeVar("T")


MAX_DERIVED = 64  # past this the oldest entries go (a session editing its sheet makes many)


def derived(key: tuple, compute: Callable[[], T]) -> T:
    """`compute()` once per research state: reruns reuse it until the research changes.

    Kept in the session, so one person's work is never served to another; `key` holds
    everything the value is made from (compared by content, as the frozen records are)."""
    cache = st.session_state.setdefault(Keys.DERIVED, {})
    if key not in cache:
        while len(cache) >= MAX_DERIVED:
            cache.pop(next(iter(cache)))
        cache[key] = compute()
    return cache[key]


def forget_derived() -> None:
    """The research changed: what was computed from it must be computed again."""
    st.session_state[Keys.DERIVED] = {}


def unseen_uploads(uploads: list) -> list:
    """Uploaded files not read yet in this session, so a rerun does not read them again."""
    seen = st.session_state[Keys.SEEN_UPLOADS]
    fresh = [u for u in uploads if u.file_id not in seen]
    seen.update(u.file_id for u in fresh)
    return fresh


def forget_uploads(uploads: list) -> None:
    """Uploads whose save was refused: the next run reads them again."""
    st.session_state[Keys.SEEN_UPLOADS].difference_update(u.file_id for u in uploads)
