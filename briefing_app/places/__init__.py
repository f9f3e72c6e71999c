"""Offline place search: the gazetteer."""
