"""Offline place search."""
