"""Lazy package indexes: a package names its public functions, their modules load on first use.

Examples
--------
>>> getattr_ = lazy_getattr("pkg", {"sqrt": "math"})
>>> getattr_("sqrt")(9.0)
3.0
>>> getattr_("cbrt")
Traceback (most recent call last):
...
AttributeError: module 'pkg' has no attribute 'cbrt'
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping

__all__ = ["lazy_getattr"]


def lazy_getattr(package: str, table: Mapping[str, str]) -> Callable[[str], object]:
    """A module ``__getattr__`` for ``package`` that imports ``table[name]`` when ``name`` is used.

    Parameters
    ----------
    package
        The package's name (for the error message).
    table
        Public name -> the module that defines it.

    Returns
    -------
    Callable
        Assign it to ``__getattr__`` in the package's ``__init__.py``; a name not in
        ``table`` raises :class:`AttributeError` as a plain module would.
    """

    def __getattr__(name: str) -> object:
        if name in table:
            return getattr(importlib.import_module(table[name]), name)
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    return __getattr__
