"""How things look: the one style definition every renderer reads, and the themes."""
