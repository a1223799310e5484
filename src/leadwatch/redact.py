"""Keep secrets and terminal control bytes out of every message leadwatch writes.

Two promises live here, so that every layer keeps them the same way:

* :func:`scrub` removes secrets from a text: ``api_key=...`` style query
  parameters, ``Authorization``/bearer tokens, the values of environment
  variables that hold secrets (``*_API_KEY``, ``*_TOKEN``, ``*_SECRET``,
  ``*_PASSWORD``), and strings shaped like API keys (``sk-...``, ``ghp_...``,
  long letter-and-digit runs). :class:`~leadwatch.errors.LeadwatchError` scrubs
  its message and fix with it, and :func:`install_log_scrubber` applies it to
  every log record of every logger (a filter on a parent logger does not see
  records of its children, such as ``httpcore.http11``).
* :func:`clean_text` strips terminal control characters (C0 except tab and
  newline, DEL, C1) so that a file cannot move the cursor, retitle the terminal
  or hide text when leadwatch prints one of its values.

Examples
--------
>>> scrub("GET /fred/series?series_id=M2SL&api_key=abc123"), scrub("pw hunter22", ["hunter22"])
('GET /fred/series?series_id=M2SL&api_key=***', 'pw ***')
>>> scrub("date 'sk-proj-4f9a8b7c6d5e4f3a2b1c' is not an ISO date")
"date '***' is not an ISO date"
>>> clean_text("red\\x1b[31m alert\\x07")
'red[31m alert'
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable

__all__ = ["clean_text", "install_log_scrubber", "scrub", "shown"]

_PARAM = re.compile(r"(?i)\b(api_key|apikey|access_token|token|key|secret|password)=([^&\s\"'<>]+)")
_BEARER = re.compile(r"(?i)\b(bearer|authorization:)\s+([A-Za-z0-9._~+/=-]{8,})")
_SHAPED = re.compile(
    r"(?<![A-Za-z0-9])(?:sk|pk|rk)-[A-Za-z0-9_-]{12,}"  # OpenAI/Stripe-style keys
    r"|(?<![A-Za-z0-9])(?:ghp|gho|ghs|github_pat|xox[abprs])_?[A-Za-z0-9_-]{12,}"
    r"|(?<![A-Za-z0-9])AKIA[A-Z0-9]{16}(?![A-Za-z0-9])"
    r"|(?<![A-Za-z0-9/._-])(?=[A-Za-z0-9]*[0-9])(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{32,}"
)
_SECRET_ENV = re.compile(r"(?i)(api_?key|token|secret|password|passwd)$")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_MIN_SECRET = 6


def _env_secrets() -> list[str]:
    return [
        value
        for name, value in os.environ.items()
        if _SECRET_ENV.search(name) and len(value) >= _MIN_SECRET
    ]


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """Remove secrets from ``text`` (see the module docstring for what counts).

    Parameters
    ----------
    text
        Any message, URL or log line.
    secrets
        Extra secret values to remove wherever they appear.
    """
    cleaned = _PARAM.sub(lambda m: f"{m.group(1)}=***", text)
    cleaned = _BEARER.sub(lambda m: f"{m.group(1)} ***", cleaned)
    cleaned = _SHAPED.sub("***", cleaned)
    for secret in (*secrets, *_env_secrets()):
        if secret:
            cleaned = cleaned.replace(secret, "***")
    return cleaned


def clean_text(text: str) -> str:
    """Strip terminal control characters, keeping tab and newline."""
    return _CONTROL.sub("", text)


def shown(value: object, limit: int = 40) -> str:
    """A user value as it may appear in a message: quoted, scrubbed, cleaned, shortened.

    >>> shown("2024-13-01")
    "'2024-13-01'"
    >>> shown("x" * 100)
    "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...' (100 characters)"
    """
    text = clean_text(scrub(str(value)))
    if len(text) > limit:
        return f"{text[: limit - 1]!r}"[:-1] + f"...' ({len(text)} characters)"
    return repr(text)


_INSTALLED = False


def install_log_scrubber() -> None:
    """Make every log record of every logger scrub its message (idempotent).

    A :class:`logging.Filter` on ``httpcore`` does not run for records logged by
    ``httpcore.http11`` (filters are not inherited), so the scrubbing sits in
    record factory: whatever logger, handler or formatter is used, the
    formatted message has no secret in it.
    """
    global _INSTALLED
    if _INSTALLED:
        return
    previous = logging.getLogRecordFactory()

    def factory(*args: object, **kwargs: object) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        message = record.getMessage()
        cleaned = scrub(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return record

    logging.setLogRecordFactory(factory)
    _INSTALLED = True
