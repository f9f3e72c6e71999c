"""What to draw: the typed scene built from a document (one builder per layer kind), the
items every renderer reads the same way, and figures derived from it."""
