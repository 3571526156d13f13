"""Capture sources: one module per input format, each yielding ``analysis.records``."""
