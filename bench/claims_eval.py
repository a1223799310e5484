"""Evaluate ``leadwatch claims`` on a labelled set of articles (recall, grades, spurious, dating).

Run with ``python bench/claims_eval.py ../shared/claims-devset/labels.json`` (several
label files are scored together, e.g. two held-out sets for their combined figures; add
``--store PATH`` to reuse a store holding the snapshot; by default the snapshot in
``--snapshot`` is imported into a temporary store first, about 4 s); with several files a
line per file comes before the pooled figures. ``--json`` prints the totals as JSON (with
several files, each file's under ``per_label_file``); ``--misses`` lists every required
claim that was missed or misgraded, and every spurious claim.

The figures are reproducible: your own series (``leadwatch series add``) are left out,
since the checker reads their ids and names as asset words (a series named ``short``
would catch "short sellers"); ``--user-catalog`` scores with them.

The scoring rules are in :mod:`leadwatch.claims.evaluate`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from leadwatch.api.claims import market_from_store
from leadwatch.claims.evaluate import ArticleScore, evaluate_labels, summarise
from leadwatch.providers.csv_snapshot import read_snapshot_dir
from leadwatch.store import Store

_SNAPSHOT = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def _scores(
    labels: list[Path], store: Path | None, snapshot: Path
) -> dict[Path, list[ArticleScore]]:
    """Each label file's article scores, in the order given."""
    if store is not None:
        with Store(store) as opened:
            market = market_from_store(opened)
            return {path: evaluate_labels(path, market) for path in labels}
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "eval.duckdb") as opened:
        opened.write_batches(read_snapshot_dir(snapshot))
        market = market_from_store(opened)
        return {path: evaluate_labels(path, market) for path in labels}


def _pct(x: float) -> str:
    return f"{x:6.1%}"


def _headline(totals: dict[str, Any]) -> str:
    return (
        f"recall {_pct(totals['recall'])} of {totals['required']} required claims | "
        f"status accuracy {_pct(totals['status_accuracy'])} | spurious {totals['spurious']}"
        f"/{totals['reported']} reported ({_pct(totals['spurious_share'])}) | "
        f"dating {_pct(totals['dating'])}"
    )


def _print(
    totals: dict[str, Any],
    per_set: dict[str, dict[str, Any]],
    scores: list[ArticleScore],
    misses: bool,
) -> None:
    if len(per_set) > 1:
        print("per label file:")
        for name, set_totals in per_set.items():
            print(f"  {name}: {_headline(set_totals)}")
        print("\nall together:")
    print(_headline(totals))
    print("\nper kind:")
    for kind, k in totals["per_kind"].items():
        print(
            f"  {kind:<11} n={k['required']:3d} recall {_pct(k['recall'])} "
            f"status {_pct(k['status'])}"
        )
    print("\nper article:")
    for name, a in totals["per_article"].items():
        mark = "ok " if a["dated_ok"] else "BAD"
        print(
            f"  {Path(name).stem[:44]:<44} n={a['required']:2d} recall {_pct(a['recall'])} "
            f"status {_pct(a['status'])} spurious {a['spurious']}/{a['reported']} "
            f"date {mark} {a['dated']} (published {a['published']})"
        )
    if not misses:
        return
    print("\nmissed or misgraded (required claims):")
    for s in scores:
        for m in s.matches:
            if not m.required or m.graded_ok:
                continue
            lab = m.label
            what = "MISSED" if not m.found else f"GRADED {m.status} (label {lab['status']})"
            print(f"  {Path(s.file).stem[:6]} {what}: {lab['kind']} {lab['claim']!r}")
            if m.found:
                print(f"      evidence: {m.evidence[:160]}")
    print("\nspurious:")
    for s in scores:
        for line in s.spurious:
            print(f"  {Path(s.file).stem[:6]} {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "labels", type=Path, nargs="+", help="label files: each scored, then all together"
    )
    parser.add_argument("--store", type=Path, default=None)
    parser.add_argument("--snapshot", type=Path, default=_SNAPSHOT)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument(
        "--user-catalog", action="store_true", help="also read your own series (not reproducible)"
    )
    args = parser.parse_args()
    missing = [str(path) for path in args.labels if not path.is_file()]
    if missing:
        parser.error(f"no label file at {', '.join(missing)} (give each label file's path)")
    if not args.user_catalog:  # a path that does not exist: no user series
        os.environ["LEADWATCH_CATALOG"] = str(Path(tempfile.mkdtemp()) / "no-user-series.toml")
    by_file = _scores(args.labels, args.store, args.snapshot)
    scores = [s for file_scores in by_file.values() for s in file_scores]
    totals = summarise(scores)
    per_set = {str(path): summarise(file_scores) for path, file_scores in by_file.items()}
    if args.json:
        payload = {**totals, "per_label_file": per_set} if len(per_set) > 1 else totals
        print(json.dumps(payload, indent=2, default=str))
    else:
        _print(totals, per_set, scores, args.misses)


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:  # the reader stopped early (``| head``): not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
