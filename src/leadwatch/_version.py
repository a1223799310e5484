"""The package version in one place: every layer imports it without importing the package root."""

__version__ = "0.1.0"
