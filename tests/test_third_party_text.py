"""Third-party articles are read in place, never copied into the repository.

The dev set's README and the project guide say the texts in ``../shared/claims-devset`` and
``../shared/articles`` must not be copied (nor long quotes from them) into code, tests, docs or
fixtures. A rule written around a copied dev-set sentence is also the sign of a fit to one
sentence. This test fails on any run of :data:`RUN` words that a tracked file shares with one of
those articles. The one allowance is the ``quote`` of a built-in thesis: a single attributed
sentence that says which claim the thesis tests.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests.paths import REPO, SHARED

RUN = 8
_WORD = re.compile(r"[a-z0-9$%.,']+")
_TEXT_SUFFIXES = {".py", ".md", ".toml", ".txt", ".html", ".cfg", ".json", ".csv"}
_ARTICLE_DIRS = (SHARED / "claims-devset" / "articles", SHARED / "articles")


def _runs(text: str) -> set[tuple[str, ...]]:
    words = [w.strip(".,'") for w in _WORD.findall(text.lower())]
    words = [w for w in words if w]
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def _article_runs() -> dict[tuple[str, ...], str]:
    runs: dict[tuple[str, ...], str] = {}
    for folder in _ARTICLE_DIRS:
        articles = sorted(folder.glob("*.txt"))
        assert articles, f"no articles in {folder}: the shared material must be beside the checkout"
        for path in articles:
            for run in _runs(path.read_text(encoding="utf-8")):
                runs.setdefault(run, path.name)
    return runs


def _tracked_text_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "-C", str(REPO), "ls-files"], capture_output=True, text=True, check=True
    ).stdout.split()
    return [REPO / p for p in listed if Path(p).suffix in _TEXT_SUFFIXES]


def _without_thesis_quotes(path: Path, text: str) -> str:
    if path.suffix == ".toml" and "theses" in path.parts:
        return "\n".join(line for line in text.splitlines() if not line.startswith("quote ="))
    return text


def test_runs_helper_finds_a_shared_run() -> None:
    sentence = "one two three four five six seven eight nine"
    assert len(_runs(sentence) & _runs("zero " + sentence)) == 2
    assert not _runs("too short to count")


def test_no_tracked_file_copies_an_article() -> None:
    articles = _article_runs()
    copies = []
    for path in _tracked_text_files():
        if not path.is_file() or path == Path(__file__):
            continue
        text = _without_thesis_quotes(path, path.read_text(encoding="utf-8", errors="ignore"))
        for run in _runs(text) & articles.keys():
            copies.append(f"{path.relative_to(REPO)}: '{' '.join(run)}' ({articles[run]})")
    assert not copies, "text copied from third-party articles:\n" + "\n".join(sorted(copies))
