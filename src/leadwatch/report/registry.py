"""Report sections as a registry of ``(id, needs, build)``.

A :class:`SectionSpec` names a part of the page (``id``), the inputs it needs
(``needs``: names of values computed once per report, such as the thesis run)
and how it turns them into zero or more :class:`~leadwatch.report.sections.Section`
objects (``build``). The registry is a tuple of specs in page order; choosing
some ids keeps that order, and only the inputs the chosen specs need are
computed. Which inputs exist, and how each is computed from the store, is the
composition layer's business (:mod:`leadwatch.api.report`); this module knows
only names.

Examples
--------
>>> from leadwatch.report.sections import CoverageSection, PriceSection
>>> registry = (
...     SectionSpec("prices", (), lambda inputs: [PriceSection()]),
...     SectionSpec("coverage", ("stored",), lambda inputs: [CoverageSection()]),
... )
>>> [spec.id for spec in select_sections(registry, ["coverage", "prices"])]
['prices', 'coverage']
>>> needed_inputs(select_sections(registry, ["coverage"]))
('stored',)
>>> select_sections(registry, ["verdict"])
Traceback (most recent call last):
...
leadwatch.report.registry.UnknownSectionError: unknown report section 'verdict'...
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from leadwatch.errors import LeadwatchError
from leadwatch.report.sections import Section

__all__ = [
    "Inputs",
    "SectionSpec",
    "UnknownSectionError",
    "build_sections",
    "needed_inputs",
    "parse_section_ids",
    "select_sections",
]

Inputs = Mapping[str, Any]
"""Computed report inputs by name (only those some chosen section needs)."""


class UnknownSectionError(LeadwatchError):
    """A section id that the registry does not hold."""


@dataclass(frozen=True, slots=True)
class SectionSpec:
    """One entry of the report registry.

    Parameters
    ----------
    id
        What ``--sections`` names (the section's HTML anchor where it makes one
        section).
    needs
        Names of the inputs ``build`` reads.
    build
        Inputs -> the sections, in page order (empty when the data is absent).
    """

    id: str
    needs: tuple[str, ...]
    build: Callable[[Inputs], Sequence[Section]]


def parse_section_ids(text: str | None) -> list[str] | None:
    """``"verdicts, phases"`` -> ``['verdicts', 'phases']``; None or blank -> None (all).

    Examples
    --------
    >>> parse_section_ids(" verdicts,phases ,")
    ['verdicts', 'phases']
    >>> parse_section_ids("") is None
    True
    """
    if text is None:
        return None
    ids = [part.strip() for part in text.split(",") if part.strip()]
    return ids or None


def select_sections(
    registry: Sequence[SectionSpec], ids: Iterable[str] | None = None
) -> tuple[SectionSpec, ...]:
    """The specs named by ``ids`` in registry (page) order; all of them when ``ids`` is None.

    Raises
    ------
    UnknownSectionError
        For an id the registry lacks; the message lists the valid ids.
    """
    if ids is None:
        return tuple(registry)
    wanted = list(ids)
    known = [spec.id for spec in registry]
    unknown = [i for i in wanted if i not in known]
    if unknown:
        raise UnknownSectionError(
            f"unknown report section {', '.join(repr(i) for i in unknown)}; "
            f"valid ids: {', '.join(known)}",
            fix=f"pass some of {','.join(known)} (comma-separated)",
        )
    if not wanted:
        raise UnknownSectionError("no report section chosen", fix=f"pass some of {known}")
    return tuple(spec for spec in registry if spec.id in wanted)


def needed_inputs(specs: Iterable[SectionSpec]) -> tuple[str, ...]:
    """Every input some spec needs, once each, in first-use order."""
    return tuple(dict.fromkeys(name for spec in specs for name in spec.needs))


def build_sections(specs: Iterable[SectionSpec], inputs: Inputs) -> tuple[Section, ...]:
    """Each spec's sections, in order; ``inputs`` must hold what :func:`needed_inputs` names."""
    return tuple(section for spec in specs for section in spec.build(inputs))
