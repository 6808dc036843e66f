"""Local by default: the app listens on the loopback interface unless told otherwise."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_app_serves_on_loopback_only():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["server"]["address"] == "127.0.0.1"


def test_make_run_leaves_the_address_to_the_config_so_flags_and_env_can_override_it():
    run = (ROOT / "Makefile").read_text().split("\nrun:", 1)[1].split("\n\n", 1)[0]
    assert "streamlit run app.py" in run
    assert "--server.address" not in run
