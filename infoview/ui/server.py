"""Start the app with `streamlit run` on a free loopback port, for tests and benchmarks."""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_app(
    port: int,
    db_path: Path | str,
    output: int | None = subprocess.DEVNULL,
    secrets: Path | None = None,
) -> subprocess.Popen:
    """`streamlit run app.py` on 127.0.0.1:`port` with its own workspace database; with
    `secrets` (a secrets.toml holding [auth]) in hosted mode, sign-in required."""
    env = {**os.environ, "INFOVIEW_DB": str(db_path)}
    hosted = ["--secrets.files", str(secrets)] if secrets else []
    if secrets:
        env["INFOVIEW_MODE"] = "hosted"
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "app.py",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
            "--browser.gatherUsageStats",
            "false",
            "--server.fileWatcherType",
            "none",
            *hosted,
        ],
        cwd=ROOT,
        env=env,
        stdout=output,
        stderr=subprocess.STDOUT,
        text=True,
    )


def wait_healthy(
    url: str, process: subprocess.Popen, seconds: float, path: str = "/_stcore/health"
) -> None:
    """Poll `path` until it answers (ok, for streamlit); raise with the output otherwise."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = process.stdout.read() if process.stdout else ""
            raise RuntimeError(f"{process.args[2]} exited early:\n{output}")
        try:
            with urllib.request.urlopen(f"{url}{path}", timeout=2) as response:
                if response.status == 200 and response.read().strip() != b"":
                    return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"{process.args[2]} did not answer {path} within {seconds} s")


def start_oidc_provider(
    port: int, people: Iterable[Mapping[str, str]], output: int | None = subprocess.DEVNULL
) -> subprocess.Popen:
    """A loopback OpenID provider for tests (oidc-provider-mock) that knows `people` (claims
    with a `sub`): its sign-in form has a button per person."""
    claims = [arg for person in people for arg in ("--user-claims", json.dumps(dict(person)))]
    return subprocess.Popen(
        [sys.executable, "-m", "oidc_provider_mock", "--host", "127.0.0.1", "--port", str(port)]
        + claims,
        stdout=output,
        stderr=subprocess.STDOUT,
        text=True,
    )


def write_auth_secrets(path: Path, app_url: str, provider_url: str) -> Path:
    """A secrets.toml whose [auth] signs in to the app at `app_url` through `provider_url`."""
    path.write_text(
        "[auth]\n"
        f'redirect_uri = "{app_url}/oauth2callback"\n'
        f'cookie_secret = "{secrets.token_urlsafe(48)}"\n'
        'client_id = "infoview-tests"\n'
        f'client_secret = "{secrets.token_urlsafe(24)}"\n'
        f'server_metadata_url = "{provider_url}/.well-known/openid-configuration"\n',
        encoding="utf-8",
    )
    return path


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
