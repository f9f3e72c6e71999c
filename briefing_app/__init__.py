"""Briefing App: map-based European security briefings, prepared, presented and exported offline."""

__version__ = "0.1.0"
