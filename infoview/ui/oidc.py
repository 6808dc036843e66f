"""The sign-in provider's settings and signing keys, fetched once per process for a while:
Streamlit's sign-in builds a new Authlib client for each request (the redirect to the provider,
the way back), and each client fetched the provider's settings again, and its keys too."""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable

KEEP_SECONDS = 300  # as long as the sign-in page trusts that a provider answers

_lock = threading.Lock()


class Kept:
    """Documents fetched from the provider, by address, each reused for `keep_seconds`."""

    def __init__(
        self, keep_seconds: float = KEEP_SECONDS, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.keep_seconds = keep_seconds
        self.clock = clock
        self._documents: dict[str, tuple[float, dict]] = {}

    def fresh(self, url: str) -> dict | None:
        """A copy of the document fetched from `url` lately; None when there is none."""
        kept = self._documents.get(url)
        if kept is None or self.clock() - kept[0] >= self.keep_seconds:
            return None
        return dict(kept[1])

    def keep(self, url: str, document: dict) -> None:
        self._documents[url] = (self.clock(), dict(document))


def kept_settings(load, kept: Kept):
    """Authlib's `load_server_metadata`, answering from `kept` while the settings are fresh."""

    @functools.wraps(load)
    async def load_server_metadata(self):
        url = self._server_metadata_url
        known = kept.fresh(url) if url and "_loaded_at" not in self.server_metadata else None
        if known is not None:
            self.server_metadata.update(known)  # with its "_loaded_at": Authlib fetches nothing
        before = set(self.server_metadata)
        metadata = await load(self)
        if url and known is None and "_loaded_at" not in before:
            kept.keep(url, {k: v for k, v in metadata.items() if k not in before})
        return metadata

    load_server_metadata.infoview_kept = True
    return load_server_metadata


def kept_keys(fetch, kept: Kept):
    """Authlib's `fetch_jwk_set`, answering from `kept` while the keys are fresh; a token
    signed with a key not among them still makes Authlib fetch them again (`force`)."""

    @functools.wraps(fetch)
    async def fetch_jwk_set(self, force=False):
        url = (await self.load_server_metadata()).get("jwks_uri")
        had = "jwks" in self.server_metadata
        known = kept.fresh(url) if url and not (force or had) else None
        if known is not None:
            self.server_metadata["jwks"] = known
        keys = await fetch(self, force)
        if url and (force or not had) and known is None:
            kept.keep(url, keys)
        return keys

    fetch_jwk_set.infoview_kept = True
    return fetch_jwk_set


def install(kept: Kept | None = None) -> None:
    """Make Authlib's sign-in clients (what Streamlit's sign-in builds) share what they fetch."""
    from authlib.integrations.base_client.async_app import AsyncOAuth2Mixin
    from authlib.integrations.base_client.async_openid import AsyncOpenIDMixin

    with _lock:
        if getattr(AsyncOAuth2Mixin.load_server_metadata, "infoview_kept", False):
            return
        kept = kept or Kept()
        AsyncOAuth2Mixin.load_server_metadata = kept_settings(
            AsyncOAuth2Mixin.load_server_metadata, kept
        )
        AsyncOpenIDMixin.fetch_jwk_set = kept_keys(AsyncOpenIDMixin.fetch_jwk_set, kept)
