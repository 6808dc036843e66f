"""The health check asks the workspace database: a server whose database does not answer is
reported unavailable, so a load balancer sends no one to it."""

import asyncio

from streamlit.runtime import Runtime, RuntimeState

from infoview.ui import health, persistence


class Running:
    _state = RuntimeState.NO_SESSIONS_CONNECTED


def ready() -> tuple[bool, str]:
    return asyncio.run(Runtime.is_ready_for_browser_connection.fget(Running()))


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
