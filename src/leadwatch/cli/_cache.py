"""A report made from an unchanged store is not made again: the cache keyed by store content.

The key is the SHA-256 of the store file's bytes (and of its write-ahead log, if
any), the leadwatch version and the command's parameters; never a time. A store
opened read-only never changes its bytes, and any import, update or saved scan
that changes the data changes them, so a matching key means the report would
come out the same. The manifest lives beside the report
(``.leadwatch-report-cache.json``) and also records the report file's own hash:
a report edited or deleted since is made again.

Examples
--------
>>> import tempfile
>>> from pathlib import Path
>>> folder = Path(tempfile.mkdtemp())
>>> store = folder / "s.duckdb"
>>> _ = store.write_bytes(b"data")
>>> cache = ReportCache(folder / "out", store, {"format": "md"})
>>> cache.hit() is None
True
>>> (folder / "out").mkdir(); _ = (folder / "out" / "report.md").write_text("# r")
>>> cache.save(folder / "out" / "report.md", {"verdicts": {}})
>>> cache.hit()
{'verdicts': {}}
>>> _ = store.write_bytes(b"other data")
>>> ReportCache(folder / "out", store, {"format": "md"}).hit() is None
True
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from leadwatch._version import __version__

__all__ = ["ReportCache", "file_digest"]

MANIFEST = ".leadwatch-report-cache.json"


def file_digest(*paths: Path) -> str:
    """SHA-256 over the bytes of the given files (a missing file counts as empty)."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(str(path.name).encode())
        if path.is_file():
            with path.open("rb") as handle:
                while block := handle.read(1 << 20):
                    digest.update(block)
    return digest.hexdigest()


class ReportCache:
    """Lookup and record of one report folder's last result (see the module docstring)."""

    def __init__(self, out_dir: Path, store: Path, params: dict[str, Any]) -> None:
        self.manifest = out_dir / MANIFEST
        content = file_digest(store, store.with_name(store.name + ".wal"))
        self.key = hashlib.sha256(
            json.dumps(
                {"store": content, "version": __version__, "params": params}, sort_keys=True
            ).encode()
        ).hexdigest()

    def hit(self) -> dict[str, Any] | None:
        """The recorded payload if the report on disk was made from the same inputs."""
        try:
            saved = json.loads(self.manifest.read_text(encoding="utf-8"))
            report = self.manifest.parent / str(saved["file"])
            if saved["key"] != self.key or file_digest(report) != saved["file_sha256"]:
                return None
            return dict(saved["payload"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def save(self, report: Path, payload: dict[str, Any]) -> None:
        """Record that ``report`` was made from this key (best effort: a cache, not data)."""
        record = {
            "key": self.key,
            "file": report.name,
            "file_sha256": file_digest(report),
            "payload": payload,
        }
        temp = self.manifest.with_name(self.manifest.name + ".tmp")
        try:
            temp.write_text(json.dumps(record, default=str), encoding="utf-8")
            os.replace(temp, self.manifest)
        except OSError:
            temp.unlink(missing_ok=True)
