"""Benchmarks: `make bench` runs every bench/bench_*.py and checks its targets."""
