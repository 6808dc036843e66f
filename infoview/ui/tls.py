"""One TLS context for the sign-in's HTTPS calls: Streamlit's sign-in builds a new HTTP client
for each call to the provider (four or five per sign-in), and each client built its own context,
reading every trusted certificate again (about 50 ms of server CPU each time)."""

from __future__ import annotations

import ssl
import threading
from collections.abc import Callable

_lock = threading.Lock()


def shared(build: Callable[..., ssl.SSLContext]) -> Callable[..., ssl.SSLContext]:
    """`build` (httpx's context maker), built once per process for the default settings (the
    system's trusted certificates, no client certificate); other settings are built each time."""
    built: dict[bool, ssl.SSLContext] = {}  # by trust_env (whether SSL_CERT_FILE counts)

    def context(verify=True, cert=None, trust_env=True) -> ssl.SSLContext:
        if verify is not True or cert is not None:
            return build(verify=verify, cert=cert, trust_env=trust_env)
        with _lock:
            if trust_env not in built:
                built[trust_env] = build(verify=True, cert=None, trust_env=trust_env)
            return built[trust_env]

    context.infoview_shared = True
    return context


def install() -> None:
    """Make httpx's transports (what Authlib's clients use) share the default context."""
    from httpx._transports import default

    with _lock:
        if not getattr(default.create_ssl_context, "infoview_shared", False):
            default.create_ssl_context = shared(default.create_ssl_context)
