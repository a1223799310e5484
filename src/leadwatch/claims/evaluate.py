"""Score checked articles against hand-labelled claims (pure: labels and results in, scores out).

A labelled claim quotes its sentence (an exact substring of the article), names its asset,
kind and status. An extracted claim *matches* it when its sentence overlaps the quote, its
asset is the same (a ratio of two assets, "the gold/silver ratio", matches a ``comparison``
label of either) and its kind corresponds (``percent`` counts as ``move``; a ``range``
may be found as a ``level``; two measurements that labels name either way match by what
they measure: a distance from the asset's own peak with a size, "21% below its all-time
high", is a ``move`` or a ``comparison``; the value of a record, "its all-time high of
$126,267", is a ``level`` or a ``record``). Labels and claims are paired one to one so
that as many labels as possible are matched (required ones first); among such pairings,
a claim quoting the label's figure is preferred, then one of the label's own kind. The
scores:

``recall``
    Share of the required labelled claims (not optional, checkable) that are matched.
``status accuracy``
    Among matched required claims, share graded like the label (``either`` accepts
    ``confirmed``, ``contradicted`` and ``inconclusive``).
``spurious``
    Share of the reported claims (checked: confirmed, contradicted or inconclusive,
    narratives aside) that match no labelled claim at all (optional ones included) by
    sentence and asset.
``dating``
    Share of articles dated (without ``--date``) on the published day or the trading day
    before it (the labels' convention for "today").

Examples
--------
>>> _kind_ok("percent", "move"), _status_ok("contradicted", "either")
(True, True)
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from scipy.optimize import linear_sum_assignment

from leadwatch.claims.check import CheckedClaim, check_claims
from leadwatch.claims.dating import infer_date
from leadwatch.claims.extract import extract_claims
from leadwatch.claims.guard import ClaimGradingWarning, extracted_or_skipping
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim
from leadwatch.errors import DataError, LeadwatchError

__all__ = ["ArticleScore", "LabelMatch", "evaluate_labels", "score_article", "summarise"]

_KINDS = {
    "level": ("level",),
    "record": ("record",),
    "move": ("move", "percent"),
    "comparison": ("comparison",),
    "range": ("level", "range"),
    "other": (),
}
_REPORTED = ("confirmed", "contradicted", "inconclusive")


def _kind_ok(ours: str, label: str) -> bool:
    return ours in _KINDS.get(label, ())


def _same_measure(claim: Claim, label: str) -> bool:
    """A claim of another kind that measures what a ``label`` of this kind states: a sized
    distance from the asset's peak (a comparison ``ref:peak`` or a move over the window
    ``peak``) for a ``move`` or ``comparison`` label; a record's stated value for a
    ``level`` label; a streak ("up five months in a row": a move over ``streak:*``) for an
    ``other`` label, the kind the labels give a streak."""
    if claim.kind == "record":
        return label == "level" and claim.level is not None
    if label == "other":
        return claim.kind == "move" and (claim.window or "").startswith("streak:")
    sized = claim.pct is not None and claim.pct >= 0
    peak = claim.window == "ref:peak" or (claim.kind == "percent" and claim.window == "peak")
    return sized and peak and label in ("move", "comparison")


def _assets(claim: Claim, label: str) -> tuple[str | None, ...]:
    """The assets a claim may be matched on: its own, and for a comparison of two assets
    (a ratio, "the gold/silver ratio", or an outperformance, "bitcoin beat gold") set
    against a ``comparison`` label, the other one too (labels name either side)."""
    pair = claim.kind == "comparison" and claim.other is not None
    return (claim.asset, claim.other) if pair and label == "comparison" else (claim.asset,)


def _status_ok(ours: str, label: str) -> bool:
    if label == "either":
        return ours in _REPORTED
    return ours == label.replace("_", " ")


@dataclass(frozen=True, slots=True)
class LabelMatch:
    """One labelled claim and what the checker made of it (``status`` ``None``: missed)."""

    label: Mapping[str, Any]
    required: bool
    status: str | None
    evidence: str = ""

    @property
    def found(self) -> bool:
        return self.status is not None

    @property
    def graded_ok(self) -> bool:
        return self.status is not None and _status_ok(self.status, str(self.label["status"]))


@dataclass(frozen=True, slots=True)
class ArticleScore:
    """One article's labelled claims matched, its spurious claims, and its dating."""

    file: str
    published: str
    dated: str | None
    matches: tuple[LabelMatch, ...]
    spurious: tuple[str, ...] = field(default=())
    reported: int = 0

    @property
    def dated_ok(self) -> bool:
        if self.dated is None:
            return False
        gap = (pd.Timestamp(self.published) - pd.Timestamp(self.dated)).days
        before = pd.Timestamp(self.published) - pd.offsets.BDay(1)
        return gap == 0 or pd.Timestamp(self.dated) == before


def _required(lab: Mapping[str, Any]) -> bool:
    return not lab.get("optional") and lab["status"] != "not_checkable"


def _same(claim: Claim, described: str) -> bool:
    """Whether the label's description quotes the claim's level or size."""
    value = claim.level if claim.kind == "level" else claim.pct
    if value is None:
        return False
    quoted = (float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", described))
    return any(abs(x - abs(value)) <= 1e-9 * max(1.0, x) for x in quoted)


_RANKED = re.compile(r"\b(?:best|worst|biggest|steepest|sharpest|largest|strongest|weakest)\b")


def _same_record(claim: Claim, described: str) -> bool:
    """Whether a record claim and a record label name the same kind of record: a ranked
    move ("its best day in five years": op ``best:D``) or a price record ("an all-time
    high"), so that two records of one sentence pair each with its own label."""
    if claim.kind != "record":
        return False
    ranked = (claim.op or "").startswith(("best:", "worst:"))
    return ranked == bool(_RANKED.search(described.lower()))


def _pair_weight(required: bool, same_value: bool, own_kind: bool) -> float:
    """How much pairing a label with a claim is worth: matching as many labels as possible
    comes first (a required label before an optional one), then a claim quoting the
    label's figure, then a claim of the label's own kind."""
    return (1e6 if required else 1e4) + (1e2 if same_value else 0.0) + (1.0 if own_kind else 0.0)


def _spans(text: str, quote: str) -> tuple[tuple[int, int], ...]:
    """Every place ``quote`` stands in ``text``: a sentence a summary repeats in the body
    is labelled once, and either copy may carry the claim."""
    return tuple((m.start(), m.end()) for m in re.finditer(re.escape(quote), text))


def score_article(
    label: Mapping[str, Any],
    text: str,
    checked: Sequence[CheckedClaim],
    sentence_spans: Sequence[tuple[int, int]],
    dated: str | None,
) -> ArticleScore:
    """Match one article's labelled claims with its checked claims.

    ``sentence_spans[i]`` is the character span of extracted sentence ``i``.
    """
    claims = [c for c in checked if c.claim.kind not in ("narrative",)]

    def overlaps(c: CheckedClaim, places: tuple[tuple[int, int], ...]) -> bool:
        a, b = sentence_spans[c.claim.sentence]
        return any(a < end and start < b for start, end in places)

    spans = [_spans(text, str(lab["sentence"])) for lab in label["claims"]]

    def quoted(c: CheckedClaim, lab: Mapping[str, Any]) -> bool:
        """An optional label never takes a claim quoting the figure of a required label of
        the claim's sentence and asset ("2024 Close | As of 10/17" rows; a figure stated
        in a later clause of the sentence an optional label quotes the start of)."""
        return any(
            _same(c.claim, str(o.get("claim", "")))
            for o, other in zip(label["claims"], spans, strict=True)
            if o is not lab and o["asset"] == lab["asset"] and _required(o) and overlaps(c, other)
        )

    labs = list(label["claims"])
    weight = np.zeros((len(labs), len(claims)))
    for r, (lab, span) in enumerate(zip(labs, spans, strict=True)):
        kind = str(lab["kind"])
        for i, c in enumerate(claims):
            own = _kind_ok(c.claim.kind, kind)
            if lab["asset"] not in _assets(c.claim, kind) or not overlaps(c, span):
                continue
            if not (own or _same_measure(c.claim, kind)):
                continue
            if not _required(lab) and quoted(c, lab):
                continue
            weight[r, i] = _pair_weight(
                _required(lab), _same(c.claim, str(lab.get("claim", ""))), own
            ) + (0.5 if _same_record(c.claim, str(lab.get("claim", ""))) else 0.0)
    pairs = dict(zip(*linear_sum_assignment(weight, maximize=True), strict=True))
    matches = []
    for r, lab in enumerate(labs):
        hit = pairs.get(r)
        if hit is None or weight[r, hit] <= 0:
            matches.append(LabelMatch(lab, _required(lab), None))
            continue
        matches.append(LabelMatch(lab, _required(lab), claims[hit].status, claims[hit].evidence))
    reported = [c for c in claims if c.status in _REPORTED]
    spurious = []
    for c in reported:
        known = any(
            overlaps(c, span) and lab["asset"] in _assets(c.claim, str(lab["kind"]))
            for lab, span in zip(label["claims"], spans, strict=True)
        )
        if not known:
            spurious.append(f"{c.claim.describe()} [{c.status}] in: {c.sentence[:90]}")
    return ArticleScore(
        str(label["file"]),
        str(label["published"]),
        dated,
        tuple(matches),
        tuple(spurious),
        len(reported),
    )


def _ratio(num: int, den: int) -> float:
    return num / den if den else float("nan")


def summarise(scores: Iterable[ArticleScore]) -> dict[str, Any]:
    """Totals: recall, status accuracy, spurious share, dating, per kind and per article."""
    scores = list(scores)
    required = [m for s in scores for m in s.matches if m.required]
    found = [m for m in required if m.found]
    reported = sum(s.reported for s in scores)
    spurious = sum(len(s.spurious) for s in scores)
    per_kind: dict[str, dict[str, Any]] = {}
    for kind in sorted({str(m.label["kind"]) for m in required}):
        req = [m for m in required if m.label["kind"] == kind]
        got = [m for m in req if m.found]
        per_kind[kind] = {
            "required": len(req),
            "recall": _ratio(len(got), len(req)),
            "status": _ratio(sum(m.graded_ok for m in got), len(got)),
        }
    per_article = {}
    for s in scores:
        req = [m for m in s.matches if m.required]
        got = [m for m in req if m.found]
        per_article[s.file] = {
            "required": len(req),
            "recall": _ratio(len(got), len(req)),
            "status": _ratio(sum(m.graded_ok for m in got), len(got)),
            "spurious": len(s.spurious),
            "reported": s.reported,
            "dated": s.dated,
            "published": s.published,
            "dated_ok": s.dated_ok,
        }
    return {
        "required": len(required),
        "recall": _ratio(len(found), len(required)),
        "status_accuracy": _ratio(sum(m.graded_ok for m in found), len(found)),
        "spurious": spurious,
        "reported": reported,
        "spurious_share": _ratio(spurious, reported),
        "dating": _ratio(sum(s.dated_ok for s in scores), len(scores)),
        "per_kind": per_kind,
        "per_article": per_article,
    }


def evaluate_labels(labels: Path | str, market: Market) -> list[ArticleScore]:
    """Extract, date and check every article of a label file (``labels.json``) on ``market``.

    Claims are checked at the labelled publication date (so that a dating error does not
    spill into the grades); the date is inferred separately, without it.
    An article the checker fails on unexpectedly counts as undated, with no claim found,
    and a :class:`~leadwatch.claims.guard.ClaimGradingWarning` names it: one bug costs
    that article, not the whole measurement.
    """
    path = Path(labels)
    data = json.loads(path.read_text(encoding="utf-8"))
    scores = []
    for label in data["articles"]:
        text = (path.parent / label["file"]).read_text(encoding="utf-8")
        try:
            scores.append(_score_one(label, text, market))
        except LeadwatchError:
            raise
        except Exception as exc:  # counted as all missed, and said
            why = f"{label['file']}: the checker failed ({type(exc).__name__}: {exc})"
            warnings.warn(why, ClaimGradingWarning, stacklevel=2)
            scores.append(score_article(label, text, (), [], None))
    return scores


def _score_one(label: Mapping[str, Any], text: str, market: Market) -> ArticleScore:
    extraction = extracted_or_skipping(extract_claims, text)  # as `leadwatch claims` reads
    try:
        dated: str | None = str(infer_date(extraction, market).date.date())
    except DataError:
        dated = None
    checked = check_claims(extraction, pd.Timestamp(label["published"]), market)
    spans = [(s.start, s.end) for s in extraction.sentences]
    return score_article(label, text, checked, spans, dated)
