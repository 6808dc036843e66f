"""`python -m infoview`: the command line."""

from infoview.cli import main

raise SystemExit(main())
