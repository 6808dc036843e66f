"""What the seeker typed and has not saved yet, kept in the workspace (per owner) so it survives
leaving the page and restarting the app until it is saved or cleared."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date
from typing import Any

import streamlit as st

from infoview.ui import persistence
from infoview.ui.forms import showing
from infoview.ui.keys import Keys

MAX_DRAFTS = 300  # the oldest are dropped past this: drafts of messages long since changed
_DATE = "$date:"


def bind(widget_key: str, default: Any, name: str | None = None) -> dict[str, Any]:
    """The keyword arguments that make a widget keep its draft: `key` and `on_change`. The
    widget starts from the draft kept under `name` (the widget key when not given), else from
    `default`; pass no `value=` or `index=` to it."""
    name = name or widget_key
    if widget_key not in st.session_state:
        kept = _all().get(name)
        st.session_state[widget_key] = default if kept is None else _decode(kept, default)
    return {"key": widget_key, "on_change": keep, "args": (widget_key, name)}


def named(what: str, *context: object) -> str:
    """A draft's name for `what`, per the values it was started from (`context`), so a draft
    of one message never shows on another."""
    digest = hashlib.sha1("|".join(map(str, context)).encode()).hexdigest()[:10]
    return f"draft-{what}-{digest}"


def form_binder(form: str, scope: str = "") -> Callable[[str, Any], dict[str, Any]]:
    """`bind` for the fields of a form kept outside `st.form` (whose widgets send nothing until
    submitted): each field's draft is named per form and `scope` (the record it edits), its
    widget keyed anew per save (`forms.showing`) so a saved form shows what was saved."""
    shown = showing(form)

    def bound(field: str, default: Any) -> dict[str, Any]:
        return bind(
            f"{_widgets(form, scope)}{shown}/{field}", default, name=_drafts(form, scope) + field
        )

    return bound


def clear_form(form: str, scope: str = "") -> None:
    """Forget what was typed in `form` for `scope`, drafts and widgets: a button's `on_click`,
    so the form is drawn afresh from what was saved."""
    clear_prefix(_drafts(form, scope), _widgets(form, scope))


def clear_button(form: str, scope: str = "", button=st.button, **kwargs: Any) -> None:
    """A "Clear what I typed" button for `form` (`button`: a column's, to place it)."""
    button(
        "Clear what I typed",
        key=f"{_widgets(form, scope)}clear",
        on_click=clear_form,
        args=(form, scope),
        **kwargs,
    )


def typed(form: str, scope: str = "") -> dict[str, Any]:
    """What is kept as typed in `form` for `scope`, by field (nothing when all was saved)."""
    prefix = _drafts(form, scope)
    return {k.removeprefix(prefix): v for k, v in _all().items() if k.startswith(prefix)}


def saved_form(form: str, scope: str = "") -> None:
    """Forget the drafts of a form just saved (inside `Submit.saving`: its next showing, keyed
    anew, is drawn from what was saved)."""
    _forget((_drafts(form, scope),))


def _forget(prefixes: tuple[str, ...]) -> None:
    drafts = _all()
    if any(k.startswith(prefixes) for k in drafts):
        _store({k: v for k, v in drafts.items() if not k.startswith(prefixes)})


def _drafts(form: str, scope: str) -> str:
    return f"draft-{form}-{scope}-"


def _widgets(form: str, scope: str) -> str:
    return f"{form}/{scope}/"


def keep(widget_key: str, name: str) -> None:
    """Store the widget's value as its draft (an `on_change` callback)."""
    put(name, st.session_state.get(widget_key))


def value(name: str, default: Any = None) -> Any:
    """The draft kept under `name`, or `default`."""
    kept = _all().get(name)
    return default if kept is None else _decode(kept, default)


def put(name: str, current: Any) -> None:
    """Keep `current` as the draft `name`."""
    drafts = {k: v for k, v in _all().items() if k != name}
    drafts[name] = _encode(current)
    _store(dict(list(drafts.items())[-MAX_DRAFTS:]))


def clear(*names: str) -> None:
    """Forget these drafts once what they held is saved (the widgets show what was saved)."""
    drafts = _all()
    if any(n in drafts for n in names):
        _store({k: v for k, v in drafts.items() if k not in names})


def clear_prefix(*prefixes: str) -> None:
    """Forget every draft whose name starts with one of `prefixes`, and its widget's value: a
    button's `on_click`, so the widgets are drawn afresh from their suggestions."""
    # Streamlit lists its own ids ("$$ID-...") among the keys: only user keys are ours.
    for key in [k for k in st.session_state if str(k).startswith(prefixes)]:
        st.session_state.pop(key, None)
    _forget(prefixes)


def _all() -> dict[str, Any]:
    if Keys.DRAFTS not in st.session_state:
        kept = persistence.with_workspace(lambda w: w.document(persistence.DRAFTS_DOCUMENT), None)
        st.session_state[Keys.DRAFTS] = kept if isinstance(kept, dict) else {}
    return st.session_state[Keys.DRAFTS]


def _store(drafts: dict[str, Any]) -> None:
    st.session_state[Keys.DRAFTS] = drafts
    # Last writer wins: a draft is no record to guard between tabs.
    persistence.with_workspace(
        lambda w: w.save_document(persistence.DRAFTS_DOCUMENT, drafts, version=None), None
    )


def _encode(current: Any) -> Any:
    if isinstance(current, date):
        return _DATE + current.isoformat()
    if isinstance(current, tuple):
        return list(current)
    return current


def _decode(kept: Any, default: Any) -> Any:
    if isinstance(kept, str) and kept.startswith(_DATE):
        return date.fromisoformat(kept.removeprefix(_DATE))
    if isinstance(default, tuple) and isinstance(kept, list):
        return tuple(kept)
    return kept
