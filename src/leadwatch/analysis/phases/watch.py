"""What changed since the last watch run: snapshots of the phase state and their differences.

A :func:`snapshot` is a JSON-safe dict of the state on the last date of a
phase history (phase and since when, every trigger, silver's all-time high).
:func:`changes` compares two snapshots and returns :class:`Alert` objects whose
``alert_id`` is derived from the *data* (kind, subject, the date the new state
began, the new value), never from the clock: replaying the same data after a
restart produces the same ids, which the store de-duplicates.

Examples
--------
>>> before = {"as_of": "2026-01-20", "phase": "neutral", "phase_since": "2025-10-16",
...           "triggers": {"silver_ath": {"holds": False, "since": "2025-01-02",
...                                       "label": "Silver at its high"}},
...           "silver_high": 92.0, "silver_high_date": "2026-01-14"}
>>> after = {"as_of": "2026-01-21", "phase": "safe_haven", "phase_since": "2026-01-21",
...          "triggers": {"silver_ath": {"holds": True, "since": "2026-01-21",
...                                      "label": "Silver at its high"}},
...          "silver_high": 95.5, "silver_high_date": "2026-01-21"}
>>> [a.alert_id for a in changes(before, after)]
['phase:2026-01-21:safe_haven', 'trigger:silver_ath:2026-01-21:holds', 'silver_ath:2026-01-21']
>>> changes(after, after)
[]
>>> [a.kind for a in changes(None, after)]
['baseline']
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import pandas as pd

from leadwatch.analysis.phases.classify import PhaseHistory
from leadwatch.results import jsonable

__all__ = ["Alert", "changes", "snapshot"]


@dataclass(frozen=True, slots=True)
class Alert:
    """One change worth telling: ``kind`` is baseline, phase, trigger or silver_ath."""

    alert_id: str
    kind: str
    as_of: str
    message: str
    data: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = jsonable(asdict(self))
        return out

    def payload(self) -> str:
        """JSON text of :meth:`to_dict` (what the store keeps and the webhook receives)."""
        return json.dumps(self.to_dict(), sort_keys=True)


def snapshot(history: PhaseHistory, silver: pd.Series | None = None) -> dict[str, Any]:
    """JSON-safe state on the history's last date; ``silver`` prices add the all-time high."""
    board = history.evidence()
    triggers = {}
    for row in board.table.to_dict(orient="records"):
        since = row["since"]
        triggers[str(row["trigger"])] = {
            "holds": bool(row["holds"]),
            "known": bool(row["known"]),
            "since": None if pd.isna(since) else f"{pd.Timestamp(since):%Y-%m-%d}",
            "label": str(row["label"]),
            "value": jsonable(row["value"]),
        }
    out: dict[str, Any] = {
        "as_of": f"{history.as_of:%Y-%m-%d}",
        "phase": history.current,
        "phase_since": f"{history.since:%Y-%m-%d}",
        "triggers": triggers,
        "silver_high": None,
        "silver_high_date": None,
    }
    if silver is not None:
        known = silver.loc[: history.as_of].dropna()
        if len(known):
            out["silver_high"] = float(known.max())
            at = int(np.argmax(known.to_numpy(dtype=np.float64)))
            out["silver_high_date"] = f"{pd.Timestamp(known.index[at]):%Y-%m-%d}"
    return out


def changes(previous: dict[str, Any] | None, current: dict[str, Any]) -> list[Alert]:
    """Alerts for what differs between two snapshots (a ``baseline`` alert on the first run)."""
    as_of = str(current["as_of"])
    phase, since = str(current["phase"]), str(current["phase_since"])
    if previous is None:
        held = [t for t, v in current["triggers"].items() if v["holds"]]
        return [
            Alert(
                f"baseline:{as_of}",
                "baseline",
                as_of,
                f"{as_of} watching: phase {phase} since {since}; triggers holding: "
                + (", ".join(held) or "none"),
                {"phase": phase, "phase_since": since, "holding": held},
            )
        ]
    alerts = []
    if previous.get("phase") != phase:
        alerts.append(
            Alert(
                f"phase:{since}:{phase}",
                "phase",
                as_of,
                f"{as_of} phase change: {previous.get('phase')} -> {phase} (since {since})",
                {"from": previous.get("phase"), "to": phase, "since": since},
            )
        )
    before = previous.get("triggers", {})
    for name, now in current["triggers"].items():
        old = before.get(name)
        if old is None or bool(old["holds"]) == bool(now["holds"]):
            continue
        state = "holds" if now["holds"] else "off"
        alerts.append(
            Alert(
                f"trigger:{name}:{now['since']}:{state}",
                "trigger",
                as_of,
                f"{as_of} trigger {now['label']}: "
                f"{'now HOLDS' if now['holds'] else 'no longer holds'}"
                f" (since {now['since']}; value {_fmt(now.get('value'))})",
                {
                    "trigger": name,
                    "holds": bool(now["holds"]),
                    "since": now["since"],
                    "value": now.get("value"),
                },
            )
        )
    high, old_high = current.get("silver_high"), previous.get("silver_high")
    if high is not None and old_high is not None and float(high) > float(old_high):
        day = str(current["silver_high_date"])
        alerts.append(
            Alert(
                f"silver_ath:{day}",
                "silver_ath",
                as_of,
                f"{as_of} new silver all-time high: {float(high):.2f} on {day} "
                f"(previous {float(old_high):.2f})",
                {"high": float(high), "date": day, "previous": float(old_high)},
            )
        )
    return alerts


def _fmt(value: Any) -> str:
    if value is None or (isinstance(value, float) and not np.isfinite(value)):
        return "n/a"
    return f"{float(value):.3g}"
