"""Hosted mode: which mode the app runs in, who is signed in, and the sign-in settings it needs.

The person's workspace is keyed by the identity provider's issuer and the stable subject it
gives that person (the `iss` and `sub` claims of the signed identity token), never by anything
the browser sends itself and never by the e-mail alone (e-mails change and get reassigned).
"""

from __future__ import annotations

import json
import os
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from infoview.errors import HostedError
from infoview.store import DB_ENV
from infoview.store.database import POSTGRES_PREFIXES

MODE_ENV = "INFOVIEW_MODE"
SINGLE_USER_ENV = "INFOVIEW_SINGLE_USER"
NETWORK_ENV = "INFOVIEW_OPEN_TO_NETWORK"
LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})
SHARED_AUTH_SETTINGS = ("redirect_uri", "cookie_secret")
PROVIDER_SETTINGS = ("client_id", "client_secret", "server_metadata_url")
CALLBACK_PATH = "/oauth2callback"
# The cookie that carries the identity is signed with this secret: a guessable one would let
# anyone forge another person's issuer and subject.
MIN_COOKIE_SECRET = 32
SETUP_HINT = "See docs/deploy.md for a working configuration."


class Mode(StrEnum):
    """How the app serves: one person on their own machine, or many people signed in."""

    LOCAL = "local"
    HOSTED = "hosted"


def mode(environ: Mapping[str, str] = os.environ) -> Mode:
    """`$INFOVIEW_MODE` (`local` when unset); raises HostedError naming the accepted values."""
    value = environ.get(MODE_ENV, "").strip().lower() or Mode.LOCAL
    try:
        return Mode(value)
    except ValueError:
        raise HostedError(
            f"{MODE_ENV}={environ[MODE_ENV]!r} is not a mode InfoView knows: set it to "
            f"'{Mode.LOCAL}' (one person, no sign-in) or '{Mode.HOSTED}' (sign-in required)."
        ) from None


def check_setup(environ: Mapping[str, str], address: str | None) -> None:
    """HostedError for a set-up that would show someone's workspace to others or keep it where
    it does not belong: it fails closed, naming the setting to change."""
    shared = environ.get(DB_ENV, "").strip().startswith(POSTGRES_PREFIXES)
    if mode(environ) is Mode.HOSTED:
        if not shared:
            raise HostedError(
                f"Hosted mode will not start without its PostgreSQL database: set {DB_ENV}="
                f"postgresql://USER:PASSWORD@HOST/DATABASE. {SETUP_HINT}"
            )
        return
    if shared and not _yes(environ.get(SINGLE_USER_ENV)):
        raise HostedError(
            f"{DB_ENV} names a PostgreSQL database, which is for hosted mode: without sign-in "
            f"everyone who opens this app would share one workspace. Set {MODE_ENV}=hosted, or "
            f"{SINGLE_USER_ENV}=1 if this server is one person's alone."
        )
    if (address or "").strip() not in LOOPBACK and not _yes(environ.get(NETWORK_ENV)):
        shown = address or "every address of this computer"
        raise HostedError(
            f"InfoView serves one person's workspace with no sign-in, and it is set to listen on "
            f"{shown}, where other computers can reach it. Serve it on 127.0.0.1, or set "
            f"{NETWORK_ENV}=1 if everyone on that network may read and change it (for several "
            f"people, each with a private workspace, use {MODE_ENV}=hosted)."
        )


def _yes(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes"}


@dataclass(frozen=True)
class Person:
    """Someone signed in: who their provider says they are, and a name to greet them by."""

    issuer: str
    subject: str
    name: str

    @property
    def owner(self) -> str:
        """The workspace owner key: issuer and subject (an OIDC issuer never holds a '#')."""
        return f"{self.issuer}#{self.subject}"


def person_from_claims(claims: Mapping[str, object]) -> Person:
    """The signed-in person from the identity token's claims; HostedError without iss or sub."""
    issuer, subject = claims.get("iss"), claims.get("sub")
    for claim, value in (("iss", issuer), ("sub", subject)):
        if not isinstance(value, str) or not value.strip():
            raise HostedError(
                f"The sign-in provider did not say who you are (no '{claim}' claim in the "
                "identity token), so InfoView cannot open your workspace. Ask the people who "
                "run this site to check the provider's settings."
            )
    name = next(
        (str(claims[k]) for k in ("name", "email", "preferred_username") if claims.get(k)),
        subject,
    )
    return Person(issuer=issuer.strip(), subject=subject.strip(), name=name)


@dataclass(frozen=True)
class Provider:
    """One sign-in button: `key` is what `st.login` takes (None for the unnamed provider), and
    where the provider publishes its settings."""

    key: str | None
    label: str
    metadata_url: str


def sign_in_providers(auth: Mapping[str, object]) -> list[Provider]:
    """The providers the `[auth]` secrets configure; HostedError saying what is missing."""
    problems = [f"`{name}`" for name in SHARED_AUTH_SETTINGS if not _text(auth.get(name))]
    if problems:
        raise HostedError(
            f"Hosted mode needs sign-in set up: add {' and '.join(problems)} to the [auth] "
            f"section of .streamlit/secrets.toml. {SETUP_HINT}"
        )
    redirect_uri = _text(auth.get("redirect_uri"))
    if not redirect_uri.startswith(("http://", "https://")) or not redirect_uri.endswith(
        CALLBACK_PATH
    ):
        raise HostedError(
            f"[auth] redirect_uri {redirect_uri!r} must be the app's full address ending in "
            f"{CALLBACK_PATH}, e.g. https://infoview.example.edu{CALLBACK_PATH}. {SETUP_HINT}"
        )
    if len(_text(auth.get("cookie_secret"))) < MIN_COOKIE_SECRET:
        raise HostedError(
            f"[auth] cookie_secret must be at least {MIN_COOKIE_SECRET} random characters (it "
            'signs who is signed in); make one with `python -c "import secrets; '
            f'print(secrets.token_urlsafe(48))"`. {SETUP_HINT}'
        )
    providers = []
    if any(name in auth for name in PROVIDER_SETTINGS):
        _check_provider(auth, "[auth]")
        providers.append(Provider(None, "Sign in", _text(auth["server_metadata_url"])))
    for key, section in auth.items():
        if isinstance(section, Mapping):
            if "_" in str(key):
                raise HostedError(
                    f"[auth.{key}]: Streamlit's sign-in cannot use a provider name with an "
                    f"underscore; rename the section (e.g. [auth.{str(key).replace('_', '-')}])."
                )
            _check_provider(section, f"[auth.{key}]")
            providers.append(
                Provider(str(key), f"Sign in with {key}", _text(section["server_metadata_url"]))
            )
    if not providers:
        raise HostedError(
            "Hosted mode needs a sign-in provider: add client_id, client_secret and "
            "server_metadata_url to [auth] (or to an [auth.NAME] section per provider) in "
            f".streamlit/secrets.toml. {SETUP_HINT}"
        )
    return providers


def _check_provider(settings: Mapping[str, object], section: str) -> None:
    missing = [f"`{name}`" for name in PROVIDER_SETTINGS if not _text(settings.get(name))]
    if missing:
        raise HostedError(
            f"{section} in .streamlit/secrets.toml lacks {', '.join(missing)}. {SETUP_HINT}"
        )


def provider_problem(provider: Provider, timeout: float) -> str | None:
    """Why `provider` cannot sign anyone in now (its settings do not answer, or are not an
    OpenID provider's), for the server log; None when it answers."""
    try:
        with urllib.request.urlopen(provider.metadata_url, timeout=timeout) as response:
            settings = json.loads(response.read(1_000_000))
    except (OSError, ValueError) as exc:  # unreachable, refused, an HTTP error, not JSON
        return f"{provider.metadata_url} did not answer: {exc}"
    if not isinstance(settings, dict) or "authorization_endpoint" not in settings:
        return f"{provider.metadata_url} answered without an authorization_endpoint"
    return None


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""
