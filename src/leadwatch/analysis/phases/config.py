"""The phase model's configuration: triggers, phase rules and watch settings, from TOML.

The default lives in ``leadwatch/config/phases.toml`` (package data) and
documents every parameter. :func:`load_phase_config` reads it or a user file;
:func:`parse_phase_config` validates a parsed mapping once, so every error names
the key and the fix. Metrics are small expressions over catalog ids, parsed by
:func:`parse_metric` into :class:`Metric` trees (see the TOML header for the
vocabulary).

Examples
--------
>>> config = load_phase_config()
>>> [rule.name for rule in config.phases]
['debasement', 'safe_haven', 'risk_off', 'risk_on']
>>> config.trigger("fed_cutting").conditions[0].metric.text
'change(fed_funds, 126)'
>>> sorted(parse_metric("diff(logchange(btc, 63), logchange(silver, 63))").series())
['btc', 'silver']
>>> parse_metric("chnage(dxy, 5)")
Traceback (most recent call last):
...
leadwatch.errors.DataError: metric 'chnage(dxy, 5)': unknown function 'chnage'. Fix: ...
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from leadwatch.catalog import get_series
from leadwatch.errors import DataError, LeadwatchError

__all__ = [
    "FUNCTIONS",
    "OPS",
    "Condition",
    "Metric",
    "PhaseConfig",
    "PhaseRule",
    "TriggerSpec",
    "WatchSettings",
    "load_phase_config",
    "parse_metric",
    "parse_phase_config",
]

#: Function name -> argument kinds ("x": series or metric, "n": window >= 1).
FUNCTIONS: Mapping[str, tuple[str, ...]] = {
    "level": ("x",),
    "mean": ("x", "n"),
    "change": ("x", "n"),
    "logchange": ("x", "n"),
    "vs_ma": ("x", "n"),
    "from_high": ("x",),
    "pctrank": ("x", "n"),
    "diff": ("x", "x"),
    "flowsum": ("x", "n"),
}
Op = Literal["<", "<=", ">", ">="]
OPS: tuple[str, ...] = ("<", "<=", ">", ">=")
_TOKEN = re.compile(r"\s*(?:(?P<name>[A-Za-z_][A-Za-z0-9_]*)|(?P<num>\d+)|(?P<sym>[(),]))")


@dataclass(frozen=True, slots=True)
class Metric:
    """A parsed metric expression: a series id (``func == ''``) or a function call."""

    text: str
    func: str
    args: tuple[Metric | int | str, ...]

    def series(self) -> set[str]:
        """Catalog ids the metric reads."""
        if not self.func:
            return {str(self.args[0])}
        out: set[str] = set()
        for arg in self.args:
            if isinstance(arg, Metric):
                out |= arg.series()
        return out

    def window(self) -> int:
        """Longest look-back (days) the metric needs, nested windows added."""
        own = max((a for a in self.args if isinstance(a, int)), default=0)
        inner = max((a.window() for a in self.args if isinstance(a, Metric)), default=0)
        return own + inner


def parse_metric(text: str, flows: Collection[str] = ()) -> Metric:
    """Parse ``text`` (e.g. ``'vs_ma(dxy, 200)'``) into a :class:`Metric`; ids are checked.

    ``flows`` names stored flows tables the metric may read besides catalog ids.
    """
    if not isinstance(text, str) or not text.strip():
        raise DataError(f"metric {text!r} is empty", fix="write e.g. metric = 'vs_ma(dxy, 200)'")
    tokens: list[tuple[str, str]] = []
    pos, src = 0, text.strip()
    while pos < len(src):
        m = _TOKEN.match(src, pos)
        if m is None or m.end() == pos:
            raise DataError(
                f"metric {text!r}: cannot read {src[pos:]!r}",
                fix="use function(series, window) forms from the config header",
            )
        kind = m.lastgroup or ""
        tokens.append((kind, m.group(kind)))
        pos = m.end()
    parsed, used = _parse(tokens, 0, text, flows)
    if used != len(tokens):
        raise DataError(f"metric {text!r}: unexpected trailing text", fix="check the parentheses")
    if isinstance(parsed, int):
        raise DataError(f"metric {text!r} is a bare number", fix="name a series, e.g. level(vix)")
    return parsed


def _parse(
    tokens: list[tuple[str, str]], i: int, text: str, flows: Collection[str] = ()
) -> tuple[Metric | int, int]:
    if i >= len(tokens):
        raise DataError(f"metric {text!r} ends early", fix="check the parentheses")
    kind, value = tokens[i]
    if kind == "num":
        return int(value), i + 1
    if kind != "name":
        raise DataError(f"metric {text!r}: unexpected {value!r}", fix="check the syntax")
    if (i + 1 >= len(tokens) or tokens[i + 1][1] != "(") and value in flows:
        return Metric(value, "", (value,)), i + 1
    if i + 1 >= len(tokens) or tokens[i + 1][1] != "(":
        try:
            get_series(value)
        except LeadwatchError as exc:
            raise DataError(f"metric {text!r}: {exc.message}", fix=exc.fix) from None
        return Metric(value, "", (value,)), i + 1
    if value not in FUNCTIONS:
        raise DataError(
            f"metric {text!r}: unknown function {value!r}",
            fix=f"use one of {', '.join(FUNCTIONS)}",
        )
    args: list[Metric | int] = []
    j = i + 2
    while True:
        arg, j = _parse(tokens, j, text, flows)
        args.append(arg)
        if j < len(tokens) and tokens[j][1] == ",":
            j += 1
            continue
        if j < len(tokens) and tokens[j][1] == ")":
            j += 1
            break
        raise DataError(f"metric {text!r}: missing ')'", fix="check the parentheses")
    kinds = FUNCTIONS[value]
    shape = ", ".join("series" if k == "x" else "window" for k in kinds)
    if len(args) != len(kinds) or any(
        (k == "n") != isinstance(a, int) for k, a in zip(kinds, args, strict=False)
    ):
        raise DataError(f"metric {text!r}: {value} takes ({shape})", fix=f"write {value}({shape})")
    if any(isinstance(a, int) and a < 1 for a in args):
        raise DataError(f"metric {text!r}: windows must be >= 1", fix="use e.g. 63")
    rendered = ", ".join(a.text if isinstance(a, Metric) else str(a) for a in args)
    return Metric(f"{value}({rendered})", value, tuple(args)), j


@dataclass(frozen=True, slots=True)
class Condition:
    """``metric op threshold``, e.g. ``vs_ma(dxy, 200) < 0``."""

    metric: Metric
    op: Op
    threshold: float

    @property
    def text(self) -> str:
        return f"{self.metric.text} {self.op} {self.threshold:g}"


@dataclass(frozen=True, slots=True)
class TriggerSpec:
    """One named trigger: conditions combined with ``all`` or ``any``."""

    name: str
    label: str
    description: str
    mode: Literal["all", "any"]
    conditions: tuple[Condition, ...]
    checklist: bool = True

    def series(self) -> set[str]:
        """Catalog ids the trigger reads."""
        return set().union(*(c.metric.series() for c in self.conditions))


@dataclass(frozen=True, slots=True)
class PhaseRule:
    """A phase and the triggers that define it (``all``, ``min_any`` of ``any``, ``none``)."""

    name: str
    description: str
    all: tuple[str, ...] = ()
    any: tuple[str, ...] = ()
    min_any: int = 1
    none: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        parts = [" and ".join(self.all)] if self.all else []
        if self.any:
            parts.append(f"at least {self.min_any} of ({', '.join(self.any)})")
        if self.none:
            parts.append(f"none of ({', '.join(self.none)})")
        return "; ".join(parts) or "always"


@dataclass(frozen=True, slots=True)
class WatchSettings:
    """Alert delivery settings of ``leadwatch watch``."""

    webhook_url: str = ""
    webhook_attempts: int = 3
    webhook_backoff_s: float = 1.0
    webhook_timeout_s: float = 10.0


@dataclass(frozen=True, slots=True)
class PhaseConfig:
    """The whole phase model: triggers, ordered phase rules, smoothing and watch settings."""

    triggers: tuple[TriggerSpec, ...]
    phases: tuple[PhaseRule, ...]
    confirm_days: int = 5
    fallback: str = "neutral"
    watch: WatchSettings = field(default_factory=WatchSettings)
    source: str = "default"
    flows: tuple[str, ...] = ()

    def trigger(self, name: str) -> TriggerSpec:
        """The trigger called ``name`` (DataError naming the known ones otherwise)."""
        for spec in self.triggers:
            if spec.name == name:
                return spec
        known = ", ".join(t.name for t in self.triggers)
        raise DataError(f"unknown trigger {name!r}", fix=f"use one of {known}")

    @property
    def phase_names(self) -> tuple[str, ...]:
        """Every phase the model can output, rules first, fallback last."""
        return (*(rule.name for rule in self.phases), self.fallback)

    def series(self) -> list[str]:
        """Catalog ids every trigger needs, sorted (flows tables left out)."""
        return sorted(set().union(*(t.series() for t in self.triggers)) - set(self.flows))


def load_phase_config(path: Path | str | None = None) -> PhaseConfig:
    """Read and validate a phase config; ``None`` reads the packaged default."""
    if path is None:
        text = resources.files("leadwatch").joinpath("config/phases.toml").read_text("utf-8")
        where = "default"
    else:
        file = Path(path)
        if not file.is_file():
            raise DataError(f"config {file} does not exist", fix="pass an existing TOML file")
        try:
            text, where = file.read_text("utf-8"), str(file)
        except (OSError, UnicodeDecodeError) as exc:
            reason = "not UTF-8 text" if isinstance(exc, UnicodeDecodeError) else exc.strerror
            raise DataError(
                f"config {file} cannot be read ({reason})", fix="pass a UTF-8 TOML file"
            ) from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DataError(f"config {where} is not valid TOML: {exc}", fix="fix the syntax") from None
    return parse_phase_config(raw, source=where)


def _get(raw: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    value = raw.get(key)
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise DataError(
            f"{where}.{key}={value!r} is missing or of the wrong type", fix="see the default config"
        )
    return value


def _names(raw: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataError(f"{where}.{key} must be a list of trigger names", fix='write ["a", "b"]')
    return tuple(value)


def _trigger(name: str, raw: Any, flows: Collection[str] = ()) -> TriggerSpec:
    where = f"triggers.{name}"
    if not isinstance(raw, Mapping):
        raise DataError(f"{where} is not a table", fix=f"write [{where}] with its keys")
    mode = raw.get("mode", "all")
    if mode not in ("all", "any"):
        raise DataError(f"{where}.mode={mode!r} is unknown", fix="use 'all' or 'any'")
    items = raw.get("conditions")
    if not isinstance(items, list) or not items:
        raise DataError(f"{where}.conditions is empty", fix="list at least one condition")
    conditions = []
    for k, item in enumerate(items):
        at = f"{where}.conditions[{k}]"
        if not isinstance(item, Mapping):
            raise DataError(f"{at} is not a table", fix="write {metric=..., op=..., threshold=...}")
        op = item.get("op")
        if op not in OPS:
            raise DataError(f"{at}.op={op!r} is unknown", fix=f"use one of {' '.join(OPS)}")
        threshold = _get(item, "threshold", (int, float), at)
        conditions.append(
            Condition(parse_metric(_get(item, "metric", str, at), flows), op, float(threshold))
        )
    return TriggerSpec(
        name=name,
        label=str(raw.get("label", name)),
        description=str(raw.get("description", "")),
        mode=mode,
        conditions=tuple(conditions),
        checklist=bool(raw.get("checklist", True)),
    )


def parse_phase_config(raw: Mapping[str, Any], *, source: str = "mapping") -> PhaseConfig:
    """Validate a parsed TOML mapping into a :class:`PhaseConfig`."""
    model = raw.get("model", {})
    if not isinstance(model, Mapping):
        raise DataError("[model] is not a table", fix="write [model] with confirm_days, fallback")
    confirm = model.get("confirm_days", 5)
    if isinstance(confirm, bool) or not isinstance(confirm, int) or confirm < 1:
        raise DataError(f"model.confirm_days={confirm!r} must be an integer >= 1", fix="use 5")
    fallback = model.get("fallback", "neutral")
    if not isinstance(fallback, str) or not fallback:
        raise DataError(f"model.fallback={fallback!r} is not a name", fix="use 'neutral'")
    table = raw.get("triggers")
    if not isinstance(table, Mapping) or not table:
        raise DataError("config has no [triggers.*] tables", fix="start from the default config")
    flows_raw = raw.get("flows", {})
    if not isinstance(flows_raw, Mapping):
        raise DataError("[flows] is not a table", fix='write [flows] tables = ["btc_etf_flows"]')
    flows = _names(flows_raw, "tables", "flows")
    triggers = tuple(_trigger(str(name), spec, flows) for name, spec in table.items())
    known = {t.name for t in triggers}
    rules_raw = raw.get("phases", [])
    if not isinstance(rules_raw, list) or not rules_raw:
        raise DataError("config has no [[phases]] rules", fix="start from the default config")
    rules: list[PhaseRule] = []
    for k, item in enumerate(rules_raw):
        at = f"phases[{k}]"
        if not isinstance(item, Mapping):
            raise DataError(f"{at} is not a table", fix="write [[phases]] with name, all, any")
        rule = PhaseRule(
            name=_get(item, "name", str, at),
            description=str(item.get("description", "")),
            all=_names(item, "all", at),
            any=_names(item, "any", at),
            min_any=int(item.get("min_any", 1)),
            none=_names(item, "none", at),
        )
        unknown = sorted({*rule.all, *rule.any, *rule.none} - known)
        if unknown:
            raise DataError(
                f"{at} ({rule.name}) uses unknown trigger(s) {', '.join(unknown)}",
                fix=f"use trigger names from [triggers.*]: {', '.join(sorted(known))}",
            )
        if rule.any and not 1 <= rule.min_any <= len(rule.any):
            raise DataError(
                f"{at}.min_any={rule.min_any} is outside 1..{len(rule.any)}",
                fix="use a count no larger than the 'any' list",
            )
        rules.append(rule)
    names = [r.name for r in rules] + [fallback]
    if len(set(names)) != len(names):
        raise DataError(f"phase names repeat: {names}", fix="give every phase its own name")
    watch_raw = raw.get("watch", {})
    if not isinstance(watch_raw, Mapping):
        raise DataError("[watch] is not a table", fix="write [watch] with webhook_url")
    watch = WatchSettings(
        webhook_url=str(watch_raw.get("webhook_url", "")),
        webhook_attempts=max(1, int(watch_raw.get("webhook_attempts", 3))),
        webhook_backoff_s=max(0.0, float(watch_raw.get("webhook_backoff_s", 1.0))),
        webhook_timeout_s=max(0.1, float(watch_raw.get("webhook_timeout_s", 10.0))),
    )
    return PhaseConfig(triggers, tuple(rules), confirm, fallback, watch, source, flows)
