"""Hosted mode's rules: the mode switch, who a sign-in names, and the [auth] settings it needs."""

from __future__ import annotations

import pytest

from infoview.errors import HostedError
from infoview.hosted import (
    Mode,
    Person,
    Provider,
    check_setup,
    mode,
    person_from_claims,
    sign_in_providers,
)

SECRET = "s" * 32
SHARED = {"redirect_uri": "https://infoview.example.edu/oauth2callback", "cookie_secret": SECRET}
PROVIDER = {
    "client_id": "infoview",
    "client_secret": "abc",
    "server_metadata_url": "https://sso.example.edu/.well-known/openid-configuration",
}


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, Mode.LOCAL),
        ({"INFOVIEW_MODE": ""}, Mode.LOCAL),
        ({"INFOVIEW_MODE": " Hosted "}, Mode.HOSTED),
    ],
)
def test_mode_is_local_unless_hosted_is_asked_for(environ, expected):
    assert mode(environ) is expected


def test_an_unknown_mode_names_the_two_that_exist():
    with pytest.raises(HostedError) as caught:
        mode({"INFOVIEW_MODE": "cloud"})
    assert str(caught.value) == (
        "INFOVIEW_MODE='cloud' is not a mode InfoView knows: set it to 'local' (one person, "
        "no sign-in) or 'hosted' (sign-in required)."
    )


def test_the_owner_is_the_issuer_and_subject_never_the_email():
    claims = {"iss": "https://sso.example.edu", "sub": "8f2c", "email": "ana@example.edu"}
    same_email = {**claims, "sub": "91aa"}
    other_issuer = {**claims, "iss": "https://accounts.example.com"}
    ana = person_from_claims(claims)
    assert ana == Person(issuer="https://sso.example.edu", subject="8f2c", name="ana@example.edu")
    assert ana.owner == "https://sso.example.edu#8f2c"
    assert {
        ana.owner,
        person_from_claims(same_email).owner,
        person_from_claims(other_issuer).owner,
    } == {
        "https://sso.example.edu#8f2c",
        "https://sso.example.edu#91aa",
        "https://accounts.example.com#8f2c",
    }


def test_the_greeting_prefers_the_name_then_the_email_then_the_subject():
    base = {"iss": "https://sso.example.edu", "sub": "8f2c"}
    assert person_from_claims({**base, "name": "Ana Ruiz", "email": "a@x.edu"}).name == "Ana Ruiz"
    assert person_from_claims({**base, "preferred_username": "aruiz"}).name == "aruiz"
    assert person_from_claims(base).name == "8f2c"


@pytest.mark.parametrize(
    ("claims", "missing"),
    [
        ({"sub": "8f2c", "email": "a@x.edu"}, "iss"),
        ({"iss": "https://sso.example.edu", "email": "a@x.edu"}, "sub"),
        ({"iss": "https://sso.example.edu", "sub": "  "}, "sub"),
        ({"iss": 7, "sub": "8f2c"}, "iss"),
    ],
)
def test_a_sign_in_without_issuer_or_subject_opens_no_workspace(claims, missing):
    with pytest.raises(HostedError) as caught:
        person_from_claims(claims)
    assert f"(no '{missing}' claim in the identity token)" in str(caught.value)


def test_one_unnamed_provider_gives_one_sign_in_button():
    assert sign_in_providers({**SHARED, **PROVIDER}) == [
        Provider(None, "Sign in", PROVIDER["server_metadata_url"])
    ]


def test_named_providers_give_a_button_each():
    auth = {**SHARED, "google": PROVIDER, "microsoft": PROVIDER}
    assert sign_in_providers(auth) == [
        Provider("google", "Sign in with google", PROVIDER["server_metadata_url"]),
        Provider("microsoft", "Sign in with microsoft", PROVIDER["server_metadata_url"]),
    ]


@pytest.mark.parametrize(
    ("auth", "message"),
    [
        (
            {},
            "Hosted mode needs sign-in set up: add `redirect_uri` and `cookie_secret` to the "
            "[auth] section of .streamlit/secrets.toml. See docs/deploy.md for a working "
            "configuration.",
        ),
        (
            {**SHARED, "redirect_uri": "https://infoview.example.edu/"},
            "[auth] redirect_uri 'https://infoview.example.edu/' must be the app's full address "
            "ending in /oauth2callback, e.g. https://infoview.example.edu/oauth2callback. See "
            "docs/deploy.md for a working configuration.",
        ),
        (
            {**SHARED, "cookie_secret": "short", **PROVIDER},
            "[auth] cookie_secret must be at least 32 random characters (it signs who is signed "
            'in); make one with `python -c "import secrets; print(secrets.token_urlsafe(48))"`. '
            "See docs/deploy.md for a working configuration.",
        ),
        (
            SHARED,
            "Hosted mode needs a sign-in provider: add client_id, client_secret and "
            "server_metadata_url to [auth] (or to an [auth.NAME] section per provider) in "
            ".streamlit/secrets.toml. See docs/deploy.md for a working configuration.",
        ),
        (
            {**SHARED, "client_id": "infoview"},
            "[auth] in .streamlit/secrets.toml lacks `client_secret`, `server_metadata_url`. "
            "See docs/deploy.md for a working configuration.",
        ),
        (
            {**SHARED, "my_sso": PROVIDER},
            "[auth.my_sso]: Streamlit's sign-in cannot use a provider name with an underscore; "
            "rename the section (e.g. [auth.my-sso]).",
        ),
    ],
)
def test_incomplete_sign_in_settings_say_what_to_add(auth, message):
    with pytest.raises(HostedError) as caught:
        sign_in_providers(auth)
    assert str(caught.value) == message


PG = "postgresql://infoview:secret@db.example:5432/infoview"


@pytest.mark.parametrize(
    ("environ", "address", "refused_because"),
    [
        ({"INFOVIEW_MODE": "hosted"}, "0.0.0.0", "Hosted mode will not start without its"),
        (
            {"INFOVIEW_MODE": "hosted", "INFOVIEW_DB": "/srv/ws.sqlite"},
            "0.0.0.0",
            "Hosted mode will not start without its",
        ),
        ({"INFOVIEW_DB": PG}, "127.0.0.1", "INFOVIEW_DB names a PostgreSQL database"),
        ({}, "0.0.0.0", "it is set to listen on 0.0.0.0"),
        ({}, None, "it is set to listen on every address of this computer"),
        ({"INFOVIEW_OPEN_TO_NETWORK": "0"}, "192.168.1.20", "it is set to listen on 192.168"),
    ],
)
def test_each_fail_open_setup_is_refused(environ, address, refused_because):
    with pytest.raises(HostedError) as refused:
        check_setup(environ, address)
    assert refused_because in str(refused.value)
    assert "secret" not in str(refused.value)


@pytest.mark.parametrize(
    ("environ", "address"),
    [
        ({"INFOVIEW_MODE": "hosted", "INFOVIEW_DB": PG}, "0.0.0.0"),
        ({"INFOVIEW_DB": PG, "INFOVIEW_SINGLE_USER": "1"}, "127.0.0.1"),
        ({}, "127.0.0.1"),
        ({}, "localhost"),
        ({"INFOVIEW_OPEN_TO_NETWORK": "1"}, "0.0.0.0"),
    ],
)
def test_setups_that_keep_each_workspace_to_its_owner_start(environ, address):
    check_setup(environ, address)
