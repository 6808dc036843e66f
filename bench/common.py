"""Shared timing helpers for the benchmarks."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    """One measured number against its target (lower is better)."""

    name: str
    value: float
    target: float
    unit: str

    @property
    def ok(self) -> bool:
        return self.value <= self.target

    def line(self) -> str:
        mark = "ok  " if self.ok else "MISS"
        return f"{mark} {self.name}: {self.value:.3g} {self.unit} (target ≤ {self.target:g})"


def median_seconds(action: Callable[[], object], repeat: int = 7, warmup: int = 1) -> float:
    """Median wall time of `action` over `repeat` runs after `warmup` runs."""
    for _ in range(warmup):
        action()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def process_seconds(args: list[str], repeat: int = 3) -> float:
    """Median wall time of a fresh Python process running `args`."""

    def once() -> None:
        subprocess.run([sys.executable, *args], check=True, capture_output=True)

    return median_seconds(once, repeat=repeat, warmup=1)
