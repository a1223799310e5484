"""connectedness."""
