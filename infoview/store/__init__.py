"""The workspace database: schema and migrations, and the repository; the only SQL in InfoView."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from infoview.errors import WorkspaceError
from infoview.store.workspace import StoredProfile, Workspace

DB_ENV = "INFOVIEW_DB"
DB_NAME = "workspace.sqlite"


def default_db_path() -> Path:
    """`$INFOVIEW_DB` when set, else `workspace.sqlite` in the user's data directory."""
    override = os.environ.get(DB_ENV, "").strip()
    return Path(override) if override else Path(user_data_dir("infoview", False)) / DB_NAME


def open_workspace(path: str | Path | None = None) -> Workspace:
    """The workspace at `path` (default: `default_db_path()`), created and migrated as needed."""
    path = Path(path) if path else default_db_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WorkspaceError(
            f"The folder for the workspace {path} cannot be created ({exc.strerror}). Choose "
            f"another location with {DB_ENV} or --db PATH."
        ) from exc
    workspace = Workspace(path)
    workspace.migrate()
    return workspace


__all__ = [
    "DB_ENV",
    "StoredProfile",
    "Workspace",
    "default_db_path",
    "open_workspace",
]
