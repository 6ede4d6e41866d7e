"""Benchmark readers and scorers: PolNeAR attributions, TimeML times."""
