"""Sign-in's clients share the provider's settings and keys for a while: one fetch serves every
sign-in of the process until they are stale, or until a token names a key not among them."""

import asyncio
import inspect

import httpx
from authlib.integrations.starlette_client import StarletteOAuth2App

from infoview.ui import oidc

SETTINGS_URL = "https://login.example.edu/.well-known/openid-configuration"
KEYS_URL = "https://login.example.edu/keys"
SETTINGS = {
    "issuer": "https://login.example.edu",
    "authorization_endpoint": "https://login.example.edu/authorize",
    "jwks_uri": KEYS_URL,
}


class Provider:
    """Answers the settings and the keys (the keys' id counts the fetches), logging each ask."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def answer(self, request: httpx.Request) -> httpx.Response:
        self.asked.append(str(request.url))
        if str(request.url) == SETTINGS_URL:
            return httpx.Response(200, json=SETTINGS)
        return httpx.Response(200, json={"keys": [{"kid": f"key-{len(self.asked)}"}]})


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def app_class(kept: oidc.Kept) -> type[StarletteOAuth2App]:
    """Authlib's Starlette client with the kept settings and keys, as `install` makes it (from
    Authlib's own methods, whether or not `install` ran in this process)."""
    load = inspect.unwrap(StarletteOAuth2App.load_server_metadata)
    fetch = inspect.unwrap(StarletteOAuth2App.fetch_jwk_set)

    class Kept(StarletteOAuth2App):
        load_server_metadata = oidc.kept_settings(load, kept)
        fetch_jwk_set = oidc.kept_keys(fetch, kept)

    return Kept


def new_client(cls, provider: Provider):
    """A client as Streamlit builds one per sign-in request."""
    transport = httpx.MockTransport(provider.answer)
    return cls(
        None,
        name="school",
        client_id="infoview",
        server_metadata_url=SETTINGS_URL,
        client_kwargs={"transport": transport},
    )


def test_each_new_client_reuses_the_settings_and_keys_fetched_by_the_first():
    provider, kept = Provider(), oidc.Kept(clock=Clock())
    cls = app_class(kept)
    first = new_client(cls, provider)
    settings = asyncio.run(first.load_server_metadata())
    assert settings["authorization_endpoint"] == "https://login.example.edu/authorize"
    assert asyncio.run(first.fetch_jwk_set()) == {"keys": [{"kid": "key-2"}]}
    for _ in range(3):
        later = new_client(cls, provider)
        assert asyncio.run(later.load_server_metadata())["jwks_uri"] == KEYS_URL
        assert asyncio.run(later.fetch_jwk_set()) == {"keys": [{"kid": "key-2"}]}
    assert provider.asked == [SETTINGS_URL, KEYS_URL]


def test_a_token_with_an_unknown_key_fetches_the_keys_again_for_every_client():
    provider, kept = Provider(), oidc.Kept(clock=Clock())
    cls = app_class(kept)
    asyncio.run(new_client(cls, provider).fetch_jwk_set())
    assert asyncio.run(new_client(cls, provider).fetch_jwk_set(force=True)) == {
        "keys": [{"kid": "key-3"}]
    }
    assert asyncio.run(new_client(cls, provider).fetch_jwk_set()) == {"keys": [{"kid": "key-3"}]}
    assert provider.asked == [SETTINGS_URL, KEYS_URL, KEYS_URL]


def test_stale_settings_and_keys_are_fetched_again():
    provider, clock = Provider(), Clock()
    cls = app_class(oidc.Kept(clock=clock))
    asyncio.run(new_client(cls, provider).fetch_jwk_set())
    clock.now += oidc.KEEP_SECONDS - 1
    asyncio.run(new_client(cls, provider).fetch_jwk_set())
    assert provider.asked == [SETTINGS_URL, KEYS_URL]
    clock.now += 1
    assert asyncio.run(new_client(cls, provider).fetch_jwk_set()) == {"keys": [{"kid": "key-4"}]}
    assert provider.asked == [SETTINGS_URL, KEYS_URL, SETTINGS_URL, KEYS_URL]


def test_install_makes_streamlits_sign_in_clients_share_once():
    from authlib.integrations.base_client.async_app import AsyncOAuth2Mixin

    oidc.install()
    installed = AsyncOAuth2Mixin.load_server_metadata
    oidc.install()  # a second install (every run of app.py) wraps nothing twice
    assert AsyncOAuth2Mixin.load_server_metadata is installed
    assert installed.infoview_kept
