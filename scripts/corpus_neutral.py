"""Score the importer on a copy of the corpus whose files are renamed `fileNN.ext`.

A rule that keys on a file name scores differently here than on the real names, so `make corpus`
runs both. Usage: python scripts/corpus_neutral.py CORPUS_DIR CHECKER [--python PY] [-k PART]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def neutral_copy(corpus: Path, into: Path) -> dict[str, str]:
    """Copy the corpus into `into` as fileNN.ext with expected.json keyed to the new names."""
    entries = json.loads((corpus / "expected.json").read_text(encoding="utf-8"))
    renamed: dict[str, str] = {}
    for number, entry in enumerate(entries, start=1):
        old = entry["file"]
        suffix = "".join(Path(old).suffixes[-1:])
        new = f"file{number:02d}{suffix}"
        shutil.copyfile(corpus / old, into / new)
        renamed[old] = new
        entry["file"] = new
    (into / "expected.json").write_text(
        json.dumps(entries, indent=1, ensure_ascii=False), encoding="utf-8"
    )
    return renamed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("checker", type=Path)
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("-k", default="", help="only files whose original name contains this")
    parser.add_argument("-v", action="store_true", help="print which neutral name is which file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="corpus-neutral-") as tmp:
        renamed = neutral_copy(args.corpus, Path(tmp))
        if args.v:
            for old, new in renamed.items():
                print(f"{new} = {old}")
        only = [new for old, new in renamed.items() if args.k in old]
        command = [args.python, str(args.checker), tmp, "--python", args.python]
        if args.k:
            if len(only) != 1:
                print(f"-k {args.k!r} matches {len(only)} files; give a part of one file name")
                return 2
            command += ["-k", only[0]]
        return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
