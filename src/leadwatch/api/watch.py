"""``leadwatch watch``: update, re-evaluate phase and triggers, report what changed.

One run (:func:`watch_once`):

1. update the store from the live providers (:func:`leadwatch.api.data.update_store`;
   an unreachable provider is a failed row, never an exception);
2. compute the phase history and a snapshot of today's state;
3. compare it with the snapshot the previous run saved in the store and save
   the new snapshot and the alerts in **one transaction** (alert ids come from
   the data, so a restart that re-evaluates the same data adds nothing);
4. emit every alert not yet emitted: a line on stdout (returned) and a JSON
   line in the log, then mark it emitted;
5. POST every alert not yet delivered to the webhook (if one is configured),
   with retries and back-off; failures are logged and retried on the next run,
   never fatal.

A crash between steps 3 and 4 loses nothing (the next run emits the pending
alerts); one between emitting and marking may repeat that alert once.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import pandas as pd

from leadwatch.analysis.phases.config import PhaseConfig
from leadwatch.api.phases import ConfigLike, phase_config, phase_frame, phase_history
from leadwatch.errors import DataError
from leadwatch.results import Result
from leadwatch.store import Store

if TYPE_CHECKING:
    import httpx

    from leadwatch.providers.live import Provider

__all__ = ["WEBHOOK_ENV", "WatchRun", "parse_every", "redact_url", "watch_once", "webhook_url"]

WEBHOOK_ENV = "LEADWATCH_WEBHOOK_URL"
_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd])\s*$")
_UNIT = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(text: str) -> float:
    """Seconds in ``'90s'``, ``'30m'``, ``'6h'`` or ``'1d'``.

    Examples
    --------
    >>> parse_every("1d"), parse_every("30m")
    (86400.0, 1800.0)
    >>> parse_every("soon")
    Traceback (most recent call last):
    ...
    leadwatch.errors.DataError: --every 'soon' is not a duration. Fix: ...
    """
    m = _EVERY.match(text or "")
    if m is None or float(m.group(1)) <= 0:
        raise DataError(f"--every {text!r} is not a duration", fix="write e.g. 1d, 6h, 30m or 90s")
    return float(m.group(1)) * _UNIT[m.group(2)]


def redact_url(url: str) -> str:
    """Scheme and host only: webhook paths and queries often carry tokens.

    Examples
    --------
    >>> redact_url("https://user:pw@hooks.example.com/services/T0/B0/secret?x=1")
    'https://hooks.example.com/***'
    """
    parts = urlsplit(url)
    host = parts.hostname or "?"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme or '?'}://{host}{port}/***"


def webhook_url(config: PhaseConfig, environ: Mapping[str, str] | None = None) -> str | None:
    """The webhook URL: ``LEADWATCH_WEBHOOK_URL`` if set, else the config's; None if neither."""
    env = os.environ if environ is None else environ
    url = (env.get(WEBHOOK_ENV) or config.watch.webhook_url or "").strip()
    if not url:
        return None
    if urlsplit(url).scheme not in ("http", "https"):
        raise DataError(
            f"webhook URL {redact_url(url)} is not http(s)",
            fix=f"set {WEBHOOK_ENV} or [watch] webhook_url to an https:// URL",
        )
    return url


@dataclass(frozen=True, slots=True)
class WatchRun(Result):
    """What one watch run did."""

    as_of: str
    phase: str
    lines: tuple[str, ...]
    new_alerts: int
    delivered: int
    delivery_failures: int
    updated: int
    update_failures: int
    log_path: str | None
    events: tuple[dict[str, Any], ...] = field(default=())

    def summary(self) -> str:
        head = (
            f"watch {self.as_of}: phase {self.phase}; {self.new_alerts} new alert(s); "
            f"data: {self.updated} series updated, {self.update_failures} failed"
        )
        problems = []
        if self.delivery_failures:
            problems.append(
                f"webhook: {self.delivery_failures} alert(s) could not be delivered; they are "
                "kept and retried on the next run (see the log)"
            )
        return "\n".join([head, *self.lines, *problems])

    @property
    def exit_code(self) -> int:
        """1 when a webhook delivery or a data update failed, else 0."""
        return 1 if self.delivery_failures or self.update_failures else 0

    def to_frame(self) -> pd.DataFrame:
        """One row per new alert: ``alert_id, kind, as_of, message`` (and what else it carries)."""
        columns = ["alert_id", "kind", "as_of", "message"]
        return pd.DataFrame(list(self.events), columns=None if self.events else columns)

    def to_dict(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of,
            "phase": self.phase,
            "alerts": list(self.events),
            "new_alerts": self.new_alerts,
            "delivered": self.delivered,
            "delivery_failures": self.delivery_failures,
            "updated": self.updated,
            "update_failures": self.update_failures,
            "log": self.log_path,
            "exit_code": self.exit_code,
        }


def _log(path: Path | None, record: dict[str, Any]) -> None:
    if path is None:
        return
    stamp = pd.Timestamp.now(tz="UTC").isoformat()
    with path.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"time_utc": stamp, **record}, sort_keys=True) + "\n")


def _post(
    url: str,
    payloads: list[tuple[str, str]],
    config: PhaseConfig,
    transport: httpx.BaseTransport | None,
    sleep: Callable[[float], None],
) -> list[tuple[str, bool, str | None]]:
    import httpx

    results = []
    settings = config.watch
    with httpx.Client(transport=transport, timeout=settings.webhook_timeout_s) as client:
        for alert_id, payload in payloads:
            error: str | None = None
            ok = False
            for attempt in range(settings.webhook_attempts):
                if attempt:
                    sleep(settings.webhook_backoff_s * 2 ** (attempt - 1))
                try:
                    resp = client.post(
                        url, content=payload, headers={"content-type": "application/json"}
                    )
                except httpx.HTTPError as exc:
                    error = f"{type(exc).__name__} posting to {redact_url(url)}"
                    continue
                if resp.status_code < 300:
                    ok, error = True, None
                    break
                error = f"HTTP {resp.status_code} from {redact_url(url)}"
                if resp.status_code < 500 and resp.status_code != 429:
                    break  # a client error does not heal by retrying now
            results.append((alert_id, ok, error))
    return results


def watch_once(
    store: Path | str,
    config: ConfigLike = None,
    *,
    update: bool = True,
    providers: Mapping[str, Provider] | None = None,
    today: date | None = None,
    log_path: Path | None = None,
    watch: str = "default",
    environ: Mapping[str, str] | None = None,
    transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> WatchRun:
    """One watch run on the store at path ``store`` (see the module docs for the steps)."""
    from leadwatch.analysis.phases.watch import changes, snapshot
    from leadwatch.api.data import update_store

    path = Path(store)
    cfg = phase_config(config)
    url = webhook_url(cfg, environ)
    updated = failed = 0
    if update:
        result = update_store(path, providers=providers, today=today)
        updated = sum(s.status == "updated" for s in result.series)
        failed = sum(s.status == "failed" for s in result.series)
    if not path.exists():
        raise DataError(f"no store at {path}", fix="import data first: leadwatch data import")
    with Store(path) as opened:
        frame = phase_frame(opened, cfg)
        history = phase_history(frame, cfg)
        silver = frame.values.get("silver")
        current = snapshot(history, silver)
        old = opened.watch_snapshot(watch)
        previous = json.loads(old) if old else None
        alerts = changes(previous, current)
        rows = [
            {"alert_id": a.alert_id, "kind": a.kind, "as_of": a.as_of, "payload": a.payload()}
            for a in alerts
        ]
        state = json.dumps(current, sort_keys=True)
        new = opened.record_watch(watch, state, current["as_of"], rows)
        pending = opened.watch_alerts(watch, pending="emit")
        lines, events = [], []
        for record in pending.to_dict(orient="records"):
            body = json.loads(str(record["payload"]))
            lines.append(str(body["message"]))
            events.append(body)
            _log(log_path, {"event": "alert", **body})
        opened.mark_alerts([str(i) for i in pending["alert_id"]], emitted=True)
        delivered = failures = 0
        if url is not None:
            todo = opened.watch_alerts(watch, pending="deliver")
            payloads = [(str(r["alert_id"]), str(r["payload"])) for r in todo.to_dict("records")]
            for alert_id, ok, error in _post(url, payloads, cfg, transport, sleep):
                opened.mark_alerts([alert_id], delivered=ok, error=error)
                delivered += ok
                failures += not ok
                if not ok:
                    _log(log_path, {"event": "webhook_error", "alert_id": alert_id, "error": error})
    return WatchRun(
        as_of=str(current["as_of"]),
        phase=str(current["phase"]),
        lines=tuple(lines),
        new_alerts=len(new),
        delivered=delivered,
        delivery_failures=failures,
        updated=updated,
        update_failures=failed,
        log_path=None if log_path is None else str(log_path),
        events=tuple(events),
    )
