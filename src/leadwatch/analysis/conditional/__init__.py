"""conditional."""
