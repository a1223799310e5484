"""Checks every parser makes on a provider's raw bytes before reading them.

Examples
--------
>>> reject_html(b'{"observations": []}', what="fred (M2SL)", expected="JSON")
>>> reject_html(b"  <!DOCTYPE html><html>Down for maintenance</html>", what="fred (M2SL)",
...             expected="JSON")
Traceback (most recent call last):
...
leadwatch.errors.BadResponse: fred (M2SL): got an HTML page where JSON was expected...
"""

from __future__ import annotations

from leadwatch.errors import BadResponse

__all__ = ["reject_html"]


def reject_html(data: bytes, *, what: str, expected: str, fix: str = "try again later") -> None:
    """Raise :class:`~leadwatch.errors.BadResponse` when ``data`` is an HTML (or XML) page.

    A maintenance page, a login wall or a moved file comes back as HTTP 200 with
    markup instead of the data; its first non-blank byte is ``<``, which no
    JSON, CSV or spreadsheet answer starts with.

    Parameters
    ----------
    data
        The raw answer.
    what
        Names the request in the message (provider and series).
    expected
        What the parser expected instead ("JSON", "CSV", "a spreadsheet").
    fix
        What the user can do about it.
    """
    if data.lstrip()[:1] == b"<":
        raise BadResponse(f"{what}: got an HTML page where {expected} was expected", fix=fix)
