"""Claims in articles: extract market claims from text, date the article, check them on data.

``text`` and ``extract`` are pure text processing; ``dating`` and ``check`` are pure
functions over series passed in. :mod:`leadwatch.api.claims` reads the store and
composes them; :mod:`leadwatch.report.claims` renders the highlighted article.
"""

from __future__ import annotations

from leadwatch.claims.extract import Claim, Extraction, extract_claims, map_theses

__all__ = ["Claim", "Extraction", "extract_claims", "map_theses"]
