"""Where the repository and the shared material lie (tests read ../shared in place)."""

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
TESTS = REPO / "tests"
