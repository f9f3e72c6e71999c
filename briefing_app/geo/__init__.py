"""Geodesic circles and distances, projections, simplification: pure functions, no Qt."""
