"""Run every benchmark module's `run()`; exit 1 when any target is missed."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

from bench.common import Result


def main() -> int:
    modules = pkgutil.iter_modules([str(Path(__file__).parent)])
    names = sorted(m.name for m in modules if m.name.startswith("bench_"))
    only = set(sys.argv[1:])
    results: list[Result] = []
    for name in names:
        if only and name not in only:
            continue
        module = importlib.import_module(f"bench.{name}")
        for result in module.run():
            print(result.line(), flush=True)
            results.append(result)
    missed = [r for r in results if not r.ok]
    print(f"\n{len(results) - len(missed)} of {len(results)} targets met")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
