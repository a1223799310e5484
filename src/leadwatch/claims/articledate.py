"""The date an article was found to have, how, and why (pure).

Examples
--------
>>> import pandas as pd
>>> day = pd.Timestamp("2026-01-08")
>>> ArticleDate(day, "--date", (day, day), ("given: 2026-01-08",)).to_dict()["date"]
'2026-01-08'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

__all__ = ["ArticleDate"]


@dataclass(frozen=True, slots=True)
class ArticleDate:
    """The article's date, how it was found, and the reasoning."""

    date: pd.Timestamp
    how: str  # "--date", "printed", "inferred", "tied" (a runner-up fits as well)
    window: tuple[pd.Timestamp, pd.Timestamp]
    reasoning: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date.date().isoformat(),
            "how": self.how,
            "window": [d.date().isoformat() for d in self.window],
            "reasoning": list(self.reasoning),
        }
