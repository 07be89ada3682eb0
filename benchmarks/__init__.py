"""Speed and memory benchmarks: `python -m benchmarks [NAME ...]` prints a table (see README.md)."""
