"""`python -m infoview`: the command line."""

import sys

if sys.argv[1:2] == ["inspect"]:
    # inspect needs only the importer: no planner, exports or store to load first
    from infoview.research.cli import main
elif sys.argv[1:2] == ["occupation"]:
    from infoview.occupations.cli import main
else:
    from infoview.cli import main

raise SystemExit(main())
