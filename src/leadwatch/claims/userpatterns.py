"""Word patterns of the user's own series (``leadwatch series add``), read at run time.

Each series is found by its id (``_`` as a space) and its name before any parenthesis or
comma (``Copper futures (COMEX)`` -> ``copper futures``); names in
:data:`leadwatch.claims.assets.ALIASES` win where both match. :func:`user_words` gives them
as plain ``(id, pattern)`` pairs, a value the asset reader can cache its answers on: a
series added or removed changes it, so no stale answer survives a change of the catalog.

Examples
--------
>>> import os, tempfile
>>> os.environ["LEADWATCH_CATALOG"] = os.path.join(tempfile.mkdtemp(), "none.toml")
>>> user_words(), user_patterns()  # no catalog of the user's: nothing to find
((), {})
>>> del os.environ["LEADWATCH_CATALOG"]
"""

from __future__ import annotations

import re

__all__ = ["UserWords", "user_patterns", "user_words"]

#: ``(series id, pattern)`` of each user series, in the catalog's order.
UserWords = tuple[tuple[str, str], ...]


def user_words() -> UserWords:
    """The user's series and the pattern of the words that name each (module doc)."""
    from leadwatch.catalog import user_series

    out = []
    for series_id, spec in user_series().items():
        words = {series_id.replace("_", " "), re.split(r"[(,]", spec.name)[0].strip()}
        alternatives = sorted((w for w in words if len(w) >= 3), key=len, reverse=True)
        if alternatives:
            joined = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in alternatives)
            out.append((series_id, rf"\b(?:{joined})\b"))
    return tuple(out)


def user_patterns() -> dict[str, re.Pattern[str]]:
    """:func:`user_words`, compiled (case-insensitive), by series id."""
    return {series_id: re.compile(words, re.IGNORECASE) for series_id, words in user_words()}
