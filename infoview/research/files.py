"""A research file's bytes from disk, within the upload cap: checked before any reading."""

from __future__ import annotations

from pathlib import Path

from infoview.errors import ResearchImportError

# Matches `server.maxUploadSize` (MB) in .streamlit/config.toml, so the CLI refuses what the
# app would.
MAX_UPLOAD_MB = 25
MAX_BYTES = MAX_UPLOAD_MB * 1024 * 1024


def file_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes; ResearchImportError when it is too large or cannot be opened."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise too_large(path.name, size, max_bytes)
        return path.read_bytes()
    except OSError as exc:
        raise ResearchImportError(
            "file-unreadable",
            f"{path.name} could not be opened ({exc.strerror}). Check the path.",
        ) from exc


def too_large(name: str, size: int, max_bytes: int) -> ResearchImportError:
    """The error for a file over the cap, saying what to keep."""
    return ResearchImportError(
        "file-too-large",
        f"{name} is {size / 1024 / 1024:,.1f} MB; research files can be at most "
        f"{max_bytes / 1024 / 1024:,.0f} MB. Keep only the sheets and rows you need, save a "
        "copy and upload that.",
    )
