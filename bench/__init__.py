"""Benchmarks and build-time scripts (python3 -m bench.<name>)."""
