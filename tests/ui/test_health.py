"""The health check asks the workspace database: a server whose database does not answer is
reported unavailable, so a load balancer sends no one to it."""

import asyncio
from concurrent.futures import ThreadPoolExecutor

from streamlit.runtime import Runtime, RuntimeState

from infoview.ui import health, persistence


class Running:
    _state = RuntimeState.NO_SESSIONS_CONNECTED


def ready() -> tuple[bool, str]:
    # in a thread of its own: a browser test earlier in the session may leave this thread's
    # event loop running, and asyncio.run refuses to nest
    check = Runtime.is_ready_for_browser_connection.fget(Running())
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, check).result()


def test_health_follows_the_database(monkeypatch):
    monkeypatch.setattr(health, "ANSWER_SECONDS", 0)
    answers = [False]
    health.install(lambda: answers[0])
    try:
        assert ready() == (False, "database unavailable")
        answers[0] = True
        assert ready() == (True, "ok")
    finally:
        health.install(persistence.database_answers)
    assert ready() == (True, "ok")  # this test's workspace file answers
