"""Write docs/examples/: the sheets of the corpus property test, one Markdown file per profile.

Run from the project root: .venv/bin/python scripts/export_examples.py [../shared/corpus]
"""

from __future__ import annotations

import re
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from infoview.export.examples import (  # noqa: E402
    PROFILES,
    corpus_folder,
    markdown,
    read_research,
    research_files,
    sheet_for,
)

SPARE_SHOWN = 4
DAY = date(2026, 12, 3)  # a fixed date, so the examples change only when the wording does


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else corpus_folder(ROOT)
    if folder is None or not folder.is_dir():
        print("export_examples: no ../shared/corpus; pass the corpus folder.", file=sys.stderr)
        return 2
    out = ROOT / "docs" / "examples"
    out.mkdir(parents=True, exist_ok=True)
    researched = [read_research(path) for path in research_files(folder)]
    for profile in PROFILES:
        parts = [
            f"# Sheets for {profile.display_name} ({profile.title or profile.seniority}, "
            f"{profile.minutes} minutes), one per research file\n"
        ]
        for research in researched:
            planned = sheet_for(research, profile)
            # The full list of spare questions is checked by the test; a reader needs a few.
            spare = planned.if_time_permits
            sheet = markdown(replace(planned, if_time_permits=spare[:SPARE_SHOWN]), DAY)
            # Each sheet's headings go one level down under its file's heading.
            parts.append(f"\n---\n\n# From `{research.name}`\n\n" + re.sub(r"(?m)^#", "##", sheet))
        name = re.sub(r"\W+", "-", profile.display_name.lower()).strip("-")
        (out / f"{name}.md").write_text("".join(parts), encoding="utf-8")
        print(f"wrote docs/examples/{name}.md", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
