"""Tools for the test run and the benchmarks (not installed with osintkg)."""
