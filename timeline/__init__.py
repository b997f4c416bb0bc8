"""timeline: reconstruct one cited chronology of events from news articles."""

__version__ = "0.1.0"
