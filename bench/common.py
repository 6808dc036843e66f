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


def paired_process_seconds(
    first: list[str], second: list[str], repeat: int = 5
) -> tuple[float, float, float]:
    """Median wall times of two fresh processes run in turns, and the median of their ratios.

    Alternating keeps a busy machine from favouring whichever command happened to run first.
    """

    def once(args: list[str]) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, *args], check=True, capture_output=True)
        return time.perf_counter() - start

    once(first), once(second)
    pairs = [(once(first), once(second)) for _ in range(repeat)]
    ratios = [a / b for a, b in pairs]
    return (
        statistics.median(a for a, _ in pairs),
        statistics.median(b for _, b in pairs),
        statistics.median(ratios),
    )
