"""Hosted mode's gate: before sign-in the app is one sign-in page; after it, one person's app."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Mapping
from functools import partial

import streamlit as st
from streamlit.errors import StreamlitAuthError, StreamlitSecretNotFoundError

from infoview.errors import HostedError
from infoview.hosted import SETUP_HINT, Mode, Person, Provider, check_setup, mode, provider_problem
from infoview.hosted import sign_in_providers as providers_in
from infoview.ui import persistence
from infoview.ui.messages import show_error

LOG = logging.getLogger("infoview")
HEADER_IDENTITY_OPTION = "server.trustedUserHeaders"
PROVIDER_TIMEOUT_SECONDS = 3.0
PROVIDER_KNOWN_SECONDS = 300  # a provider that answered is not asked again for this long
UNREACHABLE = (
    "Signing in is not possible right now: InfoView cannot reach the service you sign in with. "
    "Try again in a few minutes; if it lasts, tell the people who run this site (the server's "
    "log says what went wrong)."
)
_answered: dict[str, float] = {}  # metadata address -> when it last answered


def gate() -> Person | None:
    """None in local mode; in hosted mode the signed-in person, else only the sign-in page
    (or what is wrong with the set-up) is shown and the run stops there."""
    try:
        check_setup(os.environ, st.get_option("server.address"))
        if mode() is Mode.LOCAL:
            return None
        _refuse_header_identity()
        providers = providers_in(_auth_secrets())
    except HostedError as exc:
        # Set-up help this code wrote for whoever runs the server, in Markdown on purpose.
        _only_page("InfoView", partial(st.error, str(exc), icon=":material/error:"))
    if not st.user.is_logged_in:
        _only_page("Sign in", partial(_sign_in_page, providers))
    try:
        person = persistence.signed_in()
    except HostedError as exc:
        _only_page("Sign in", partial(_unknown_identity_page, str(exc)))
    if persistence.session_ended():  # a cookie kept from before a sign-out
        _only_page("Sign in", partial(_sign_in_page, providers))
    return person


def show_account(sidebar, person: Person) -> None:
    """Who is signed in, and the sign-out button."""
    with sidebar:
        st.caption(f"Signed in as **{persistence.escaped(person.name)}**")
        if st.button("Sign out", icon=":material/logout:", width="stretch"):
            persistence.end_sessions()
            st.logout()


def _refuse_header_identity() -> None:
    """Headers mapped into st.user override the signed cookie; anyone can send them."""
    if st.get_option(HEADER_IDENTITY_OPTION):
        raise HostedError(
            f"Hosted mode will not start while {HEADER_IDENTITY_OPTION} is set: those headers "
            "would decide who someone is, and a browser can send any header. Remove the "
            "option; sign-in goes through the [auth] provider."
        )


def _auth_secrets() -> Mapping[str, object]:
    try:
        auth = st.secrets.get("auth", {})
    except StreamlitSecretNotFoundError as exc:
        if getattr(exc, "error_id", None) != "no-secrets-found":  # there, but unreadable
            raise HostedError(f"The sign-in settings cannot be read: {exc}. {SETUP_HINT}") from exc
        auth = {}
    except FileNotFoundError:
        auth = {}
    return auth if isinstance(auth, Mapping) else {}


def _answers(provider: Provider) -> bool:
    """Whether `provider` answers (one that did lately is taken at its word); why not goes to
    the server log."""
    if time.monotonic() - _answered.get(provider.metadata_url, -PROVIDER_KNOWN_SECONDS) < (
        PROVIDER_KNOWN_SECONDS
    ):
        return True
    problem = provider_problem(provider, PROVIDER_TIMEOUT_SECONDS)
    if problem is not None:
        LOG.warning("sign-in: %s", problem)
        return False
    _answered[provider.metadata_url] = time.monotonic()
    return True


def _only_page(title: str, render: Callable[[], None]) -> None:
    """Make `render` the app's only page (every address leads to it), then stop."""
    st.navigation([st.Page(render, title=title, default=True)], position="hidden").run()
    st.stop()


def _sign_in_page(providers: list[Provider]) -> None:
    st.title("InfoView")
    st.write(
        "Prepare informational interviews from your research: findings to test, a question "
        "sheet for the person you are meeting, and a log of what you learn."
    )
    st.write("Sign in to open your own workspace. Only you can see what you keep in it.")
    answering = [_answers(provider) for provider in providers]
    if not all(answering):
        show_error(UNREACHABLE)
    for provider, answers in zip(providers, answering, strict=True):
        if st.button(provider.label, icon=":material/login:", type="primary", disabled=not answers):
            try:
                st.login(provider.key)
            except StreamlitAuthError as exc:  # a setting Streamlit refuses that ours let by
                LOG.warning("sign-in: %s", exc)
                show_error(f"Signing in is not set up correctly: {exc} {SETUP_HINT}")


def _unknown_identity_page(message: str) -> None:
    show_error(message)
    if st.button("Sign out", icon=":material/logout:"):
        st.logout()
