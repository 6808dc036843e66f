"""Dashboard speed: page reruns with a 100,000-row table loaded, and start-up to healthy."""

from __future__ import annotations

import csv
import io
import os
import tempfile
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

from bench.bench_import import HEADER, compensation_rows
from bench.common import Result, median_seconds
from infoview.ui.server import free_port, start_app, stop, wait_healthy

ROOT = Path(__file__).resolve().parents[1]
RERUN_MS, STARTUP_S = 300, 8
PAGES = (
    "pages/research.py",
    "pages/hypotheses.py",
    "pages/interviewee.py",
    "pages/sheet.py",
    "pages/coverage.py",
    "pages/log.py",
    "pages/outreach.py",
)


def big_csv() -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    writer.writerows(compensation_rows(100_000))
    return buffer.getvalue().encode()


def loaded_app() -> AppTest:
    """The app with the 100,000-row table uploaded, the sample too, and a profile saved."""
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
    app.run()
    app.file_uploader[0].set_value(("compensation.csv", big_csv(), "text/csv"))
    app.run()
    next(b for b in app.button if b.label == "Load sample research").click().run()
    app.switch_page("pages/interviewee.py").run()
    next(t for t in app.text_input if t.label == "Organization").set_value("Northwind Motors")
    next(b for b in app.button if b.label == "Save profile").click().run()
    assert not app.exception, app.exception
    return app


def rerun_results() -> list[Result]:
    with tempfile.TemporaryDirectory() as folder:
        # The app keeps what it is given: never in the user's own workspace.
        os.environ["INFOVIEW_DB"] = str(Path(folder) / "bench.sqlite")
        try:
            return _timed_reruns(loaded_app())
        finally:
            del os.environ["INFOVIEW_DB"]


def _timed_reruns(app: AppTest) -> list[Result]:
    results = []
    for page in PAGES:
        app.switch_page(page).run()
        assert not app.exception, app.exception
        seconds = median_seconds(app.run, repeat=7, warmup=1)
        name = Path(page).stem
        results.append(
            Result(f"rerun of {name} with 100,000 rows loaded", seconds * 1000, RERUN_MS, "ms")
        )
    return results


def startup_seconds() -> float:
    """From `streamlit run` to /_stcore/health answering ok."""
    port = free_port()
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        process = start_app(port, Path(folder) / "ws.sqlite")
        try:
            wait_healthy(f"http://127.0.0.1:{port}", process, 60)
            return time.perf_counter() - start
        finally:
            stop(process)


def run() -> list[Result]:
    return [
        *rerun_results(),
        Result("start to /_stcore/health ok", startup_seconds(), STARTUP_S, "s"),
    ]
