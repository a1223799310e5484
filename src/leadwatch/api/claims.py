"""Check an article's claims on stored data: read the store, date the article, run its theses.

Composition only: extraction and checking live in :mod:`leadwatch.claims`, theses in
:mod:`leadwatch.api.theses`, the page in :mod:`leadwatch.report.claims`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from leadwatch.errors import DataError, LeadwatchError
from leadwatch.store import Store, opened_store

if TYPE_CHECKING:
    from leadwatch.claims.dating import ArticleDate
    from leadwatch.claims.extract import Extraction
    from leadwatch.claims.generate import GeneratedThesis
    from leadwatch.claims.market import Market
    from leadwatch.claims.result import ArticleCheck
    from leadwatch.theses.hindsight import Hindsight

__all__ = ["CLAIMS_N_BOOT", "check_article", "market_from_store", "read_article", "save_theses"]


def save_theses(result: ArticleCheck, folder: Path | str) -> list[Path]:
    """Write the article's generated theses to ``folder`` (one ``.toml`` each)."""
    from leadwatch.claims.generate import save_theses as _save

    return _save(list(result.generated), folder)


#: Bootstrap replicates for the article's theses (a few seconds; `thesis run` uses 1999).
CLAIMS_N_BOOT = 299
#: Daily ranges from another series: (asset, stored series, what it is). A series stored
#: with its own high/low (Bitcoin, Ether, the DXY) gives its own range.
_RANGES = (
    ("silver", "silver_fut", "COMEX silver futures (front month, US session)"),
    ("gold", "gold_fut", "COMEX gold futures (front month, US session)"),
)


def read_article(path: Path | str) -> tuple[str, str]:
    """``(name, text)`` of an article file (UTF-8; undecodable bytes replaced, never run).

    ``-`` reads the text from standard input (name ``stdin``); a web address is refused
    (leadwatch works offline: save the page's text first).
    """
    if str(path) == "-":
        return "stdin", _article_text(sys.stdin.buffer.read(MAX_ARTICLE_BYTES + 1), "on stdin")
    if re.match(r"(?i)^(https?|ftp):/", str(path)):
        raise DataError(
            f"article {path} is a web address; leadwatch reads no web pages",
            fix="save the article's text as a .txt file and pass its path (or pipe it: -)",
        )
    p = Path(path)
    if p.is_dir():
        raise DataError(f"article {p} is a folder", fix="pass the path of one .txt article")
    if not p.exists():
        raise DataError(f"article {p} does not exist", fix="pass the path of a .txt article")
    if not p.is_file():
        raise DataError(
            f"article {p} is not a regular file (a device or a pipe)",
            fix="pass the path of a .txt article on disk",
        )
    if p.stat().st_size > MAX_ARTICLE_BYTES:
        raise DataError(
            f"article {p} is {p.stat().st_size:,} bytes, more than an article "
            f"({MAX_ARTICLE_BYTES:,})",
            fix="pass the article's text only, as a .txt file",
        )
    return p.stem, _article_text(p.read_bytes(), str(p))


def _article_text(data: bytes, where: str) -> str:
    if len(data) > MAX_ARTICLE_BYTES:
        raise DataError(
            f"article {where} is more than {MAX_ARTICLE_BYTES:,} bytes, more than an article",
            fix="pass the article's text only",
        )
    if b"\x00" in data[:8192] or _binary_share(data) > 0.3:
        raise DataError(
            f"article {where} is a binary file, not text",
            fix="save the article as plain UTF-8 text (.txt) and pass that file",
        )
    return data.decode("utf-8", errors="replace")


MAX_ARTICLE_BYTES = 1_000_000
#: Figures (percentages, dollar amounts, basis points) an article may hold: a long market wrap
#: holds a few hundred; checking each costs time, so a dump of data is refused, not hung on.
MAX_FIGURES = 1_000
#: Characters without a sentence end an article may run: prose ends sentences far sooner.
MAX_PASSAGE = 20_000
_FIGURE_RE = re.compile(r"\d[\d,.]*\s?%|\$\s?\d|\d[\d,.]*\s?(?:bps?\b|basis points)")
_SENTENCE_END_RE = re.compile(r"[.!?\n]")


def check_bounds(text: str, where: str) -> None:
    """Refuse a text too long or too dense to be an article, with the fix.

    Examples
    --------
    >>> check_bounds("Gold rose 1% to $2,400.", "x")
    >>> try:
    ...     check_bounds("up 1% " * 2000, "x")
    ... except DataError as exc:
    ...     print(exc.message[:40])
    article x holds 2,000 figures (percentag
    """
    figures = len(_FIGURE_RE.findall(text))
    if figures > MAX_FIGURES:
        raise DataError(
            f"article {where} holds {figures:,} figures (percentages, dollar amounts, basis "
            f"points), more than an article ({MAX_FIGURES:,})",
            fix="check one article at a time, or split a long report into its sections",
        )
    longest = max((len(s) for s in _SENTENCE_END_RE.split(text)), default=0)
    if longest > MAX_PASSAGE:
        raise DataError(
            f"article {where} runs {longest:,} characters without ending a sentence, more than "
            f"prose does ({MAX_PASSAGE:,})",
            fix="pass the article's text (sentences ending in . ! ? or line breaks)",
        )


def _binary_share(data: bytes) -> float:
    """Share of the first 8 KiB that is neither printable text nor valid UTF-8."""
    head = data[:8192].decode("utf-8", errors="replace")
    if not head:
        return 0.0
    odd = sum(ch == "\ufffd" or (ord(ch) < 32 and ch not in "\n\r\t\f") for ch in head)
    return odd / len(head)


def market_from_store(store: Store) -> Market:
    """Closes (flagged values left out) and daily ranges (with the open, where stored) of
    the series the checks use."""
    from leadwatch.catalog import get_series, series_ids
    from leadwatch.claims.assets import ALIASES
    from leadwatch.claims.futures import FUTURES
    from leadwatch.claims.market import Market

    status = store.status()
    stored = set(status.loc[status["rows"] > 0, "id"])
    known = set(series_ids())  # looked up now: a series the user adds becomes checkable
    from leadwatch.catalog import user_series

    named = dict.fromkeys([*(a for a, _ in ALIASES), *user_series()])
    named.update(dict.fromkeys(FUTURES.values()))  # futures settlements, for moves said of them
    wanted = [a for a in named if a in known and a in stored]
    closes = store.read_values(wanted)
    specs = {a: get_series(a) for a in wanted}
    ranges: dict[str, pd.DataFrame] = {}
    names: dict[str, str] = {}
    own = [(a, a, f"{specs[a].name}, the day's high-low") for a in wanted]
    for asset, series, name in [*_RANGES, *own]:
        if series not in stored or asset in ranges:
            continue
        frame = store.read(series).set_index("date").reindex(columns=["low", "high", "open"])
        frame = frame.dropna(subset=["low", "high"])  # the open where stored: opens are graded
        if len(frame):
            ranges[asset], names[asset] = frame.astype(float), name
    rates = frozenset(a for a, spec in specs.items() if spec.kind == "rate")
    return Market(closes, ranges, names, rates, {a: spec.name for a, spec in specs.items()})


def check_article(
    article: Path | str,
    *,
    store: Store | Path | str | None = None,
    date: str | None = None,
    text: str | None = None,
    theses: bool = True,
    n_boot: int = CLAIMS_N_BOOT,
    seed: int | None = 0,
) -> ArticleCheck:
    """Extract ``article``'s claims, date it, check each claim and run the theses it maps to.

    Parameters
    ----------
    article
        Path of the article (``.txt``); with ``text``, only its name.
    store
        An open store, its path, or ``None`` for the default store.
    date
        The article date (``YYYY-MM-DD``); default: printed in the text, else inferred.
    theses
        Run the built-in theses the narrative claims map to (on all stored data, one
        run so each thesis runs once and p-values are Holm-adjusted together).
    n_boot, seed
        Bootstrap replicates and seed for the theses.
    """
    with opened_store(store) as opened:
        return _check(opened, article, date, text, theses, n_boot, seed)


def _check(
    store: Store,
    article: Path | str,
    date: str | None,
    text: str | None,
    theses: bool,
    n_boot: int,
    seed: int | None,
) -> ArticleCheck:
    from leadwatch.api.flows import extra_data
    from leadwatch.claims import extract_claims
    from leadwatch.claims.check import check_claims
    from leadwatch.claims.dating import infer_date
    from leadwatch.claims.extra import grade_extra
    from leadwatch.claims.generate import generate_theses
    from leadwatch.claims.guard import extracted_or_skipping
    from leadwatch.claims.result import ArticleCheck

    name, body = (Path(article).stem, text) if text is not None else read_article(article)
    check_bounds(body, name)
    extraction = extracted_or_skipping(extract_claims, body)  # a bug costs one sentence
    market = market_from_store(store)
    dated = _dated(lambda: infer_date(extraction, market, date=date))
    generated = tuple(generate_theses(extraction, name, str(dated.date.date())))
    extraction = _with_generated(extraction, generated)
    names = list(dict.fromkeys(t for c in extraction.claims for t in c.theses))
    frame, note = pd.DataFrame(columns=_COLUMNS), ""
    if names and theses:
        frame, note = _run_theses(store, names, generated, dated.date, n_boot, seed)
    elif names:
        note = "not run (--no-theses)"
    verdicts = dict(zip(frame["name"], frame["verdict"], strict=True))
    checked = check_claims(extraction, dated.date, market, verdicts)
    checked = grade_extra(extraction, dated.date, extra_data(store), checked)
    return ArticleCheck(name, extraction, dated, checked, frame, note, generated)


def _dated(infer: Callable[[], ArticleDate]) -> ArticleDate:
    """``infer()``, the article's date; an unforeseen failure of the dating becomes a
    :class:`~leadwatch.errors.DataError` whose fix is to give the date (``--date``).

    Dating weighs every figure of an article against the data; a phrasing nobody wrote a
    test for can break it. The claims can still be checked at a date the user gives, so the
    user is told that way out (and that it is a bug to report) rather than met with an
    internal error. Errors leadwatch raises on purpose pass through unchanged.
    """
    try:
        return infer()
    except LeadwatchError:
        raise
    except Exception as exc:  # an unforeseen phrasing: the date is lost, not the check
        raise DataError(
            f"cannot date the article: dating failed ({type(exc).__name__}), "
            "a bug in leadwatch, please report it",
            fix="pass --date YYYY-MM-DD (the article's publication date)",
        ) from exc


def _with_generated(extraction: Extraction, generated: tuple[GeneratedThesis, ...]) -> Extraction:
    """Point each generated thesis's sentence (its narrative claim, or a new one) at it."""
    from dataclasses import replace

    from leadwatch.claims.extract import Claim

    runnable = {g.sentence: g for g in generated if g.thesis is not None}
    claims = []
    for c in extraction.claims:
        g = runnable.pop(c.sentence, None) if c.kind == "narrative" else None
        claims.append(replace(c, theses=(g.name,)) if g is not None else c)
    for g in runnable.values():
        text = extraction.sentences[g.sentence].text
        claims.append(Claim(g.sentence, "narrative", g.follower, text, theses=(g.name,)))
    claims.sort(key=lambda c: c.sentence)
    return replace(extraction, claims=tuple(claims))


_COLUMNS = ["name", "title", "verdict", "hypotheses", "verdict_now", "next"]


def _run_theses(
    store: Store,
    names: list[str],
    generated: tuple[GeneratedThesis, ...],
    day: pd.Timestamp,
    n_boot: int,
    seed: int | None,
) -> tuple[pd.DataFrame, str]:
    """Run the theses on the data known at the article's date (their verdict for the
    article), then on all data (what the later data say), and state what happened next."""
    from leadwatch.api.theses import run_thesis
    from leadwatch.theses import Thesis, resolve_thesis

    made = {g.name: g.thesis for g in generated if isinstance(g.thesis, Thesis)}
    resolved = [made[n] if n in made else resolve_thesis(n) for n in names]
    run = run_thesis(resolved, store=store, day=day, n_boot=n_boot, seed=seed)
    now = run_thesis(resolved, store=store, n_boot=n_boot, seed=seed)
    later = {r.name: r.verdict for r in now.results}
    wanted = [_outcome_series(t) for t in resolved]
    closes = store.read_values(list(dict.fromkeys(w for w in wanted if w)))
    rows = [
        {
            "name": r.name,
            "title": r.thesis.title,
            "verdict": r.verdict,
            "hypotheses": "; ".join(f"{h.id}: {h.verdict}" for h in r.hypotheses),
            "verdict_now": later.get(r.name, ""),
            "next": _what_next(r.thesis, closes, day),
        }
        for r in run.results
    ]
    note = (
        f"on data known at the article's date ({run.as_of.date()}), then on all data (to "
        f"{now.as_of.date()}); {n_boot} bootstrap replicates, Holm-adjusted over all their "
        "hypotheses"
    )
    return pd.DataFrame(rows, columns=_COLUMNS), note


def _outcome_series(thesis: object) -> str | None:
    """The series whose path after the article says whether the thesis played out."""
    prediction = getattr(thesis, "prediction", None)
    if prediction is not None:
        return str(prediction.series)
    hyps = getattr(thesis, "hypotheses", ())
    follower = getattr(hyps[0], "follower", None) if hyps else None
    return None if follower is None else str(follower)


def _what_next(thesis: object, closes: Mapping[str, pd.Series], day: pd.Timestamp) -> str:
    """The thesis's prediction (or its follower) over 1, 3 and 6 months after ``day``."""
    prediction = getattr(thesis, "prediction", None)
    series = _outcome_series(thesis)
    if series is None or series not in closes:
        return ""
    s = closes[series].dropna()
    base = s.loc[:day]
    if base.empty:
        return ""
    parts = []
    for months in (1, 3, 6):
        end = day + pd.DateOffset(months=months)
        after = s.loc[:end]
        if after.index[-1] < end - pd.Timedelta(days=5):
            parts.append(f"{months}m: not yet in the data")
            break
        parts.append(f"{months}m {after.iloc[-1] / base.iloc[-1] - 1:+.1%}")
    said = f" (predicted {prediction.direction})" if prediction is not None else ""
    return f"{series} after the article: " + ", ".join(parts) + said


#: The claim kinds graded from the flows and fundamentals tables.
GRADED_KINDS = ("flow", "positioning", "fundamental")


def graded_articles(
    store: Store, folder: Path, hindsights: Sequence[Hindsight]
) -> dict[str, list[tuple[str, str, str]]]:
    """Each dated article's flow, positioning and fundamentals claims, graded at its date.

    Articles are read from ``folder`` as ``NAME.txt``; one missing there is left out.
    """
    out: dict[str, list[tuple[str, str, str]]] = {}
    for h in hindsights:
        path = Path(folder) / f"{h.dated.article}.txt"
        if not path.is_file():
            continue
        checked = check_article(
            path, store=store, date=h.dated.date.strftime("%Y-%m-%d"), theses=False
        )
        out[h.dated.article] = [
            (c.claim.describe(), c.status, c.evidence)
            for c in checked.checked
            if c.claim.kind in GRADED_KINDS
        ]
    return out
