"""`python -m infoview`: the command line."""

import sys
from pathlib import Path

if sys.argv[1:2] == ["inspect"]:
    # inspect needs only the importer: no planner, exports or store to load first
    from infoview.research.cli import main
elif sys.argv[1:2] == ["occupation"]:
    from infoview.occupations.cli import main
else:
    if sys.argv[1:2] in (["findings"], ["sheet"]) and any(
        map(Path.is_file, map(Path, sys.argv[2:]))
    ):
        # a reader process starts now: its imports overlap this process's own
        from infoview.research.worker import pool

        pool().warm()
    from infoview.cli import main

raise SystemExit(main())
