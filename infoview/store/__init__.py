"""The workspace database: schema and migrations, and the repository; the only SQL in InfoView.

Local mode keeps one person's workspace in a SQLite file in the user data folder (owner
"local"); hosted mode names a PostgreSQL database with `INFOVIEW_DB=postgresql://...`, where
each signed-in person is an owner of their own rows.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from infoview.errors import WorkspaceConflict, WorkspaceError
from infoview.store.database import POSTGRES_PREFIXES, PostgresDatabase, database_at
from infoview.store.workspace import Logged, StoredProfile, Versioned, Workspace

DB_ENV = "INFOVIEW_DB"
DB_NAME = "workspace.sqlite"
LOCAL_OWNER = "local"


def default_location() -> str | Path:
    """`$INFOVIEW_DB` when set (a file path or a postgresql:// URL), else `workspace.sqlite`
    in the user's data directory."""
    override = os.environ.get(DB_ENV, "").strip()
    if override.startswith(POSTGRES_PREFIXES):
        return override
    return Path(override) if override else Path(user_data_dir("infoview", False)) / DB_NAME


default_db_path = default_location  # the name the pages and older callers use


def open_workspace(location: str | Path | None = None, owner: str = LOCAL_OWNER) -> Workspace:
    """`owner`'s workspace at `location` (a file path or a postgresql:// URL; default:
    `default_location()`), the schema created and migrated as needed."""
    location = location or default_location()
    if not str(location).startswith(POSTGRES_PREFIXES):
        location = Path(location)
        try:
            location.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WorkspaceError(
                f"The folder for the workspace {location} cannot be created ({exc.strerror}). "
                f"Choose another location with {DB_ENV} or --db PATH."
            ) from exc
    database = database_at(location)
    workspace = Workspace(database, owner)
    if isinstance(database, PostgresDatabase):
        with database.lock:
            if not database.migrated:
                workspace.migrate()
                database.migrated = True
    else:
        workspace.migrate()
    return workspace


__all__ = [
    "DB_ENV",
    "LOCAL_OWNER",
    "StoredProfile",
    "Logged",
    "Versioned",
    "Workspace",
    "WorkspaceConflict",
    "default_db_path",
    "default_location",
    "open_workspace",
]
