"""Sign-in's HTTPS clients share one TLS context for the default settings, so each call to the
provider does not read every trusted certificate again; other settings get their own."""

import ssl

import httpx
from httpx._transports import default

from infoview.ui import tls


def test_default_settings_share_one_context_and_others_do_not():
    built = []

    def build(verify=True, cert=None, trust_env=True):
        built.append((verify, cert, trust_env))
        return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)

    context = tls.shared(build)
    first, second = context(), context(verify=True, cert=None, trust_env=True)
    assert first is second
    unverified = context(verify=False)
    assert unverified is not first
    assert context(verify=False) is not unverified  # built each time, never kept
    assert built == [(True, None, True), (False, None, True), (False, None, True)]


def test_httpx_clients_use_the_shared_context_once_installed():
    tls.install()
    tls.install()  # a second install (every run of app.py) wraps nothing twice
    assert default.create_ssl_context.infoview_shared
    contexts = {
        id(httpx.AsyncClient()._transport._pool._ssl_context),
        id(httpx.AsyncClient()._transport._pool._ssl_context),
    }
    assert len(contexts) == 1
    assert httpx.AsyncClient(verify=False)._transport._pool._ssl_context.verify_mode == (
        ssl.CERT_NONE
    )
