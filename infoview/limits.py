"""What one person may keep and upload at once, so one student cannot slow the others down."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

MAX_FILES = 20
MAX_UPLOAD_MB = 100


@dataclass(frozen=True)
class Admitted:
    """The uploads to read now, and a sentence for each one refused."""

    names: tuple[str, ...]
    refused: tuple[str, ...]


def admit(kept: Iterable[str], uploads: Iterable[tuple[str, int]]) -> Admitted:
    """Which of `uploads` (name, bytes) to read, given the research files already `kept`: at
    most MAX_FILES files in all (a file of the same name replaces the kept one), and at most
    MAX_UPLOAD_MB read in one go."""
    max_files, max_upload_mb = MAX_FILES, MAX_UPLOAD_MB
    files = set(kept)
    names, refused, total = [], [], 0
    for name, size in uploads:
        if name not in files and len(files) >= max_files:
            refused.append(
                f"{name} was not read: you already keep {max_files} research "
                f"file{'s' if max_files != 1 else ''}, the most InfoView keeps for one person. "
                "Remove one you no longer need, then upload it again."
            )
            continue
        if total + size > max_upload_mb * 1024 * 1024:
            refused.append(
                f"{name} was not read yet: the files you uploaded together come to more than "
                f"{max_upload_mb} MB, the most InfoView reads for one person at once. Upload it "
                "again once the others are read."
            )
            continue
        files.add(name)
        total += size
        names.append(name)
    return Admitted(tuple(names), tuple(refused))
