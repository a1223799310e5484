"""Every example in the README runs: its ``sh`` lines and its ``python`` blocks.

The ``sh`` blocks run in order, line by line, from a scratch repository folder
whose ``../shared`` is the real shared material, against a fresh store
(``LEADWATCH_STORE``): ``$lw ...`` lines through the CLI in this process (the
same app as the ``leadwatch`` script), other lines in bash. Skipped are only
lines whose comment starts with ``# network`` (they need the internet, and
tests never use it) and the ``make`` lines (the set-up wrappers this suite is
itself run by). Then every ``python`` block runs on that store. Each line must
exit 0; a Python block must not raise.
"""

from __future__ import annotations

import importlib
import re
import shlex
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from leadwatch.cli import app
from tests.paths import REPO, SHARED

README = REPO / "README.md"
_BLOCK = re.compile(r"^```(\w+)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def blocks(language: str) -> list[str]:
    """The README's fenced blocks in ``language``, in order."""
    text = README.read_text(encoding="utf-8")
    return [body for lang, body in _BLOCK.findall(text) if lang == language]


def _comment(line: str) -> str:
    lexer = shlex.shlex(line, posix=True, punctuation_chars=False)
    lexer.whitespace_split = True
    lexer.commenters = ""
    words = list(lexer)
    return " ".join(words[words.index("#") + 1 :]) if "#" in words else ""


def sh_lines() -> list[str]:
    """Every runnable line of the ``sh`` blocks (network and ``make`` lines left out)."""
    lines = []
    for body in blocks("sh"):
        for raw in body.splitlines():
            line = raw.strip()
            if not line or line.startswith(("#", "make ")):
                continue
            if _comment(line).startswith("network"):
                continue
            lines.append(line)
    return lines


def test_the_readme_has_examples_and_marks_network_lines() -> None:
    lines = sh_lines()
    assert len(blocks("python")) >= 1 and len(lines) >= 15
    assert any(line.startswith("$lw data import ../shared/data") for line in lines)
    every = [ln.strip() for body in blocks("sh") for ln in body.splitlines()]
    network = [ln for ln in every if _comment(ln).startswith("network")]
    assert any("data update" in ln for ln in network), "live updates are marked as network"
    assert not any("data update" in ln for ln in lines)


def _resolves(dotted: str) -> bool:
    """Whether ``leadwatch.x.y`` names a module or an attribute reachable from one."""
    parts = dotted.split(".")
    for k in range(len(parts), 0, -1):
        try:
            obj: object = importlib.import_module(".".join(parts[:k]))
        except ImportError:
            continue
        for name in parts[k:]:
            if not hasattr(obj, name):
                return False
            obj = getattr(obj, name)
        return True
    return False


def test_every_dotted_name_in_the_readme_exists() -> None:
    names = set(re.findall(r"\bleadwatch(?:\.\w+)+", README.read_text(encoding="utf-8")))
    assert not _resolves("leadwatch.api.no_such_function")
    assert [n for n in sorted(names) if not _resolves(n)] == []


def _run(line: str, cwd: Path) -> None:
    if line.startswith("lw="):
        assert line.split("=", 1)[1] == ".venv/bin/leadwatch", line
        return
    if line.startswith("$lw "):
        args = shlex.split(line[len("$lw ") :], comments=True)
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, f"{line}\n{result.output}"
        return
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", line], cwd=cwd, capture_output=True, text=True
    )
    assert done.returncode == 0, f"{line}\n{done.stderr}"


@pytest.mark.slow
def test_every_readme_example_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    (tmp_path / "shared").symlink_to(SHARED.resolve(), target_is_directory=True)
    monkeypatch.chdir(repo)
    monkeypatch.setenv("LEADWATCH_STORE", str(tmp_path / "readme.duckdb"))
    monkeypatch.setenv("COLUMNS", "120")
    for line in sh_lines():
        _run(line, repo)
    assert (repo / "leadwatch-report" / "index.html").is_file()
    for i, code in enumerate(blocks("python")):
        exec(compile(code, f"README.md python block {i + 1}", "exec"), {"__name__": "__readme__"})
    printed = capsys.readouterr().out
    assert "silver" in printed and "btc" in printed
