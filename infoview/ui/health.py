"""`/_stcore/health` that also asks the workspace database, so a load balancer stops sending
people to a server whose database does not answer (Streamlit's own check knows only itself)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable

# A load balancer polls every few seconds: at most one database query per this many seconds.
ANSWER_SECONDS = 2.0
_lock = threading.Lock()
_check: dict[str, object] = {"answers": None, "at": 0.0, "answered": True}


def install(database_answers: Callable[[], bool]) -> None:
    """Make Streamlit's readiness (what `/_stcore/health` answers) need `database_answers()`."""
    from streamlit.runtime import Runtime

    with _lock:
        if _check["answers"] is not database_answers:
            _check.update(answers=database_answers, at=0.0, answered=True)
        if getattr(Runtime, "_infoview_health", False):
            return
        streamlit_ready = Runtime.is_ready_for_browser_connection.fget

        async def ready(runtime) -> tuple[bool, str]:
            ok, message = await streamlit_ready(runtime)
            if not ok:
                return ok, message
            if time.monotonic() - _check["at"] > ANSWER_SECONDS:
                answered = await asyncio.to_thread(_check["answers"])
                _check.update(at=time.monotonic(), answered=answered)
            return (True, "ok") if _check["answered"] else (False, "database unavailable")

        Runtime.is_ready_for_browser_connection = property(ready)
        Runtime._infoview_health = True
