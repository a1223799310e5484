"""The result of checking an article: its date, every claim with its status, the theses run."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from leadwatch.claims.check import STATUSES, CheckedClaim
from leadwatch.claims.dating import ArticleDate
from leadwatch.claims.extract import Extraction
from leadwatch.claims.generate import GeneratedThesis
from leadwatch.results import Result, jsonable

__all__ = ["ArticleCheck"]


@dataclass(frozen=True, slots=True, eq=False)
class ArticleCheck(Result):
    """An article's claims checked on the data.

    Attributes
    ----------
    article
        The article's name (file stem).
    extraction
        Its sentences and the claims extracted from them.
    dated
        The article date and the reasoning behind it.
    checked
        One :class:`~leadwatch.claims.check.CheckedClaim` per claim, in text order.
    theses
        The built-in theses the article's stories map to, as run: ``name, title,
        verdict, hypotheses`` (empty when none ran).
    theses_note
        How the theses were run (data, replicates) or why not.
    generated
        Theses written from lead-lag sentences no built-in thesis tests (TOML included).
    """

    article: str
    extraction: Extraction
    dated: ArticleDate
    checked: tuple[CheckedClaim, ...]
    theses: pd.DataFrame = field(default_factory=pd.DataFrame)
    theses_note: str = ""
    generated: tuple[GeneratedThesis, ...] = ()

    def counts(self) -> dict[str, int]:
        """Claims per status."""
        return {s: sum(c.status == s for c in self.checked) for s in STATUSES}

    def status_of(self, sentence: int) -> str | None:
        """The sentence's status: its most decisive claim's (contradicted beats confirmed)."""
        found = {c.status for c in self.checked if c.claim.sentence == sentence}
        for status in ("contradicted", "confirmed", "inconclusive", "not checkable"):
            if status in found:
                return status
        return None

    def summary(self) -> str:
        d = self.dated
        lines = [f"{self.article}: dated {d.date.date()} ({d.how})"]
        lines += [f"  - {r}" for r in d.reasoning]
        counts = ", ".join(f"{n} {s}" for s, n in self.counts().items() if n)
        lines.append(f"{len(self.checked)} claims: {counts or 'none'}")
        for c in self.checked:
            lines.append(f"  [{c.status}] {c.claim.describe()}: {c.evidence}")
        if len(self.theses):
            lines.append(f"The article's story, as theses ({self.theses_note}):")
            for row in self.theses.itertuples():
                now = getattr(row, "verdict_now", "")
                later = f" (on all data: {now})" if now else ""
                lines.append(f"  {row.name}: {row.verdict}{later}: {row.title}")
                if getattr(row, "next", ""):
                    lines.append(f"    what happened next: {row.next}")
        elif self.theses_note:
            lines.append(f"Theses: {self.theses_note}")
        for g in self.generated:
            state = "runnable" if g.thesis is not None else g.note
            lines.append(f"Generated thesis {g.name} (sentence {g.sentence + 1}, {state}):")
            lines += [f"    {line}" for line in g.toml.splitlines()]
        return "\n".join(lines)

    def to_frame(self) -> pd.DataFrame:
        """One row per claim."""
        rows = [c.to_dict() for c in self.checked]
        columns = [
            "sentence_index",
            "sentence",
            "kind",
            "asset",
            "claim",
            "words",
            "status",
            "evidence",
            "data",
            "theses",
        ]
        return pd.DataFrame(rows, columns=columns)

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe: the date and its reasoning, one record per claim, the theses."""
        out: dict[str, Any] = jsonable(
            {
                "article": self.article,
                "date": self.dated.to_dict(),
                "counts": self.counts(),
                "claims": [c.to_dict() for c in self.checked],
                "theses": self.theses.to_dict(orient="records"),
                "theses_note": self.theses_note,
                "generated_theses": [
                    {"name": g.name, "sentence_index": g.sentence, "toml": g.toml, "note": g.note}
                    for g in self.generated
                ],
            }
        )
        return out

    def verdicts(self) -> Mapping[str, str]:
        return dict(zip(self.theses.get("name", []), self.theses.get("verdict", []), strict=True))

    def heading(self) -> str:
        return f"ArticleCheck: {self.article}"
