"""One claim's grading, or one sentence's reading, kept from stopping the check of a
whole article (pure).

A checker meets phrasings nobody wrote a test for. When grading one claim fails in a way
the code did not foresee (an assertion, a missing key, a date out of range), the claim is
reported "not checkable" with the reason (a bug in leadwatch, to report), the other claims
of the article keep their grades, and a :class:`ClaimGradingWarning` is raised so that
tests, which turn warnings into errors, still fail on it. Errors leadwatch raises on
purpose (:class:`~leadwatch.errors.LeadwatchError`: an empty store, a bad file) are not
caught: they concern the whole run.

Reading works the same way: when extracting the claims of an article fails unexpectedly,
:func:`extracted_or_skipping` finds the one sentence without which the article can be
read, blanks it (offsets kept) and warns with :class:`ClaimExtractionWarning` naming it;
the claims of the other sentences are checked as usual.

Examples
--------
>>> import warnings
>>> def broken() -> tuple[str, str, dict[str, object]]:
...     raise KeyError("x")
>>> with warnings.catch_warnings():
...     warnings.simplefilter("ignore", ClaimGradingWarning)
...     status, text, _ = graded_or_reported(broken, "gold at $4,000")
>>> status, text.split(":")[0]
('not checkable', 'could not be graded (KeyError)')
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from typing import Any

from leadwatch.claims.model import Extraction
from leadwatch.claims.text import Sentence, split_sentences
from leadwatch.claims.wrapped import page_prose
from leadwatch.errors import LeadwatchError

__all__ = [
    "ClaimExtractionWarning",
    "ClaimGradingWarning",
    "extracted_or_skipping",
    "graded_or_reported",
]

Result = tuple[str, str, dict[str, Any]]


class ClaimGradingWarning(RuntimeWarning):
    """Grading one claim failed unexpectedly; the claim is reported not checkable."""


class ClaimExtractionWarning(RuntimeWarning):
    """Reading one sentence failed unexpectedly; the sentence is skipped."""


#: The most whole-article readings tried to find the sentence that breaks the reading.
MAX_RETRIES = 200


def graded_or_reported(grade: Callable[[], Result], described: str) -> Result:
    """``grade()``, or a "not checkable" result naming the failure (module docstring)."""
    try:
        return grade()
    except LeadwatchError:
        raise
    except Exception as exc:  # an unforeseen phrasing: one claim lost, not the article
        reason = f"could not be graded ({type(exc).__name__}): a bug in leadwatch, please report it"
        warnings.warn(f"{described}: {reason}: {exc!r}", ClaimGradingWarning, stacklevel=2)
        return "not checkable", reason, {}


def extracted_or_skipping(extract: Callable[[str], Extraction], text: str) -> Extraction:
    """``extract(text)``, or, when that fails unexpectedly, the reading of ``text`` with the
    one sentence that breaks it blanked (module docstring).

    The sentences that fail when read alone are tried first, then the others from the last
    back (a failure may need the sentences before it as context: blanking one of those
    would hide it too, so the sentence read when it fails is tried before them), for at
    most :data:`MAX_RETRIES` readings. When no single sentence is to blame the first
    failure is raised unchanged.

    Examples
    --------
    >>> def picky(text: str) -> Extraction:
    ...     if "boom" in text:
    ...         raise KeyError("boom")
    ...     return Extraction(text, tuple(split_sentences(text)))
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore", ClaimExtractionWarning)
    ...     ex = extracted_or_skipping(picky, "Gold rose 2%. A boom came. Silver fell 1%.")
    >>> ex.text.split(), len(ex.text)  # the sentence blanked, the offsets kept
    (['Gold', 'rose', '2%.', 'Silver', 'fell', '1%.'], 42)
    """
    try:
        return extract(text)
    except LeadwatchError:
        raise
    except Exception as exc:  # an unforeseen phrasing: one sentence lost, not the article
        first = exc
    sentences = [s for s in split_sentences(page_prose(text)) if s.text.strip()]
    for sent in _suspects(extract, sentences)[:MAX_RETRIES]:
        blanked = text[: sent.start] + re.sub(r"\S", " ", text[sent.start : sent.end])
        try:
            extraction = extract(blanked + text[sent.end :])
        except LeadwatchError:
            raise
        except Exception:  # not this sentence: try the next
            continue
        shown = " ".join(sent.text.split())[:80]
        warnings.warn(
            f"sentence {sent.index + 1} ({shown!r}) could not be read "
            f"({type(first).__name__}) and was skipped: a bug in leadwatch, please report it",
            ClaimExtractionWarning,
            stacklevel=2,
        )
        return extraction
    raise first


def _suspects(extract: Callable[[str], Extraction], sentences: list[Sentence]) -> list[Sentence]:
    """``sentences`` from the last back, those whose reading alone fails first."""
    failing = set()
    for sent in sentences:
        try:
            extract(sent.text)
        except LeadwatchError:
            raise
        except Exception:  # a suspect, tried first
            failing.add(sent.index)
    return sorted(reversed(sentences), key=lambda s: s.index not in failing)
