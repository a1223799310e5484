"""``python -m leadwatch`` runs the CLI."""

from leadwatch.cli import main

main()
