"""The checked article as one self-contained HTML page: each sentence highlighted by status.

Every piece of article text goes through :func:`leadwatch.report._format.esc`, so an
article containing markup (``<script>``) renders as text; the page has no script.

Examples
--------
>>> "&lt;b&gt;" in _sentence_html("<b>", "confirmed", ["x"])
True
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from leadwatch.claims.result import ArticleCheck
from leadwatch.report._format import esc
from leadwatch.report.html import _CSS

__all__ = ["render_claims_html", "write_claims_html"]

_STATUS_CSS = """
.article { font: 16px/1.7 var(--sans); max-width: 80ch; }
.s { border-radius: 3px; padding: 1px 2px; }
.s-confirmed { background: #dff3e4; border-bottom: 2px solid #2e8b57; }
.s-contradicted { background: #fde2e1; border-bottom: 2px solid #c0392b; }
.s-inconclusive { background: #fff4dc; border-bottom: 2px solid #9a5b00; }
.s-not-checkable { background: #eceff3; border-bottom: 2px dotted #8a93a1; }
.s-boilerplate { color: var(--faint); font-size: 13px; }
.legend span { display: inline-block; margin: 0 14px 6px 0; font-size: 13px; }
ol.reasoning { color: var(--muted); font-size: 14px; }
"""
_LEGEND = (
    ("confirmed", "the data confirm the claim"),
    ("contradicted", "the data contradict it"),
    ("inconclusive", "a story whose theses are inconclusive"),
    ("not checkable", "no data, or too vague to check"),
)


def _cls(status: str) -> str:
    return "s-" + status.replace(" ", "-")


def _sentence_html(text: str, status: str | None, notes: Sequence[str]) -> str:
    if status is None:
        return esc(text)
    title = esc(" | ".join(notes))
    return f'<span class="s {_cls(status)}" title="{title}">{esc(text)}</span>'


def render_claims_html(result: ArticleCheck) -> str:
    """The page: date and reasoning, the highlighted article, the claims table, the theses."""
    d = result.dated
    parts: list[str] = []
    paragraph: list[str] = []
    last_end = 0
    text = result.extraction.text
    for s in result.extraction.sentences:
        if "\n" in text[last_end : s.start] and paragraph:
            parts.append(f"<p>{' '.join(paragraph)}</p>")
            paragraph = []
        last_end = s.end
        if s.boilerplate:
            paragraph.append(f'<span class="s-boilerplate">{esc(s.text)}</span>')
            continue
        notes = [
            f"{c.status}: {c.claim.describe()}: {c.evidence}"
            for c in result.checked
            if c.claim.sentence == s.index
        ]
        paragraph.append(_sentence_html(s.text, result.status_of(s.index), notes))
    if paragraph:
        parts.append(f"<p>{' '.join(paragraph)}</p>")
    legend = "".join(
        f'<span><span class="s {_cls(k)}">{esc(k)}</span> {esc(v)}</span>' for k, v in _LEGEND
    )
    rows = "".join(
        f"<tr><td class='num'>{c.claim.sentence + 1}</td><td>{esc(c.claim.kind)}</td>"
        f"<td>{esc(c.claim.describe())}</td><td><span class='s {_cls(c.status)}'>"
        f"{esc(c.status)}</span></td><td>{esc(c.evidence)}</td></tr>"
        for c in result.checked
    )
    theses = "".join(
        f"<tr><th>{esc(r['name'])}</th><td>{esc(r['verdict'])}</td>"
        f"<td>{esc(r.get('verdict_now', ''))}</td><td>{esc(r['title'])}</td>"
        f"<td>{esc(r['hypotheses'])}</td><td>{esc(r.get('next', ''))}</td></tr>"
        for r in result.theses.to_dict(orient="records")
    )
    generated = "".join(
        f"<h3>{esc(g.name)} <span class='note'>(sentence {g.sentence + 1}; "
        f"{esc(g.note or 'runnable with leadwatch thesis run')})</span></h3>"
        f"<pre>{esc(g.toml)}</pre>"
        for g in result.generated
    )
    reasoning = "".join(f"<li>{esc(r)}</li>" for r in d.reasoning)
    counts = ", ".join(f"{n} {s}" for s, n in result.counts().items() if n) or "no claims"
    theses_section = (
        f"<section><h2>The article's story as theses</h2><p class='note'>"
        f"{esc(result.theses_note)}</p><div class='table-wrap'><table class='data'><thead><tr>"
        f"<th>Thesis</th><th>Verdict at the article's date</th><th>On all data</th>"
        f"<th>Title</th><th>Hypotheses</th><th>What happened next</th></tr></thead>"
        f"<tbody>{theses}</tbody></table></div></section>"
        if theses
        else ""
    )
    if generated:
        theses_section += (
            "<section><h2>Theses generated from the text</h2><p class='note'>Lead-lag "
            "sentences that no built-in thesis tests, written as thesis files (save them "
            f"with --save-theses DIR).</p>{generated}</section>"
        )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>leadwatch claims: {esc(result.article)}</title>
<style>{_CSS}{_STATUS_CSS}</style></head>
<body><header class="masthead"><div class="wrap"><p class="kicker">leadwatch claims</p>
<h1>{esc(result.article)}</h1><dl class="meta"><div><dt>Article date</dt>
<dd>{esc(d.date.date())} ({esc(d.how)})</dd></div><div><dt>Claims</dt><dd>{esc(counts)}</dd>
</div></dl></div></header><main class="wrap">
<section><h2>How the article was dated</h2><ol class="reasoning">{reasoning}</ol></section>
<section><h2>The article, sentence by sentence</h2><div class="legend">{legend}</div>
<div class="article">{"".join(parts)}</div></section>
<section><h2>Claims</h2><div class="table-wrap"><table class="data"><thead><tr><th>Sentence</th>
<th>Kind</th><th>Claim</th><th>Status</th><th>Evidence</th></tr></thead><tbody>{rows}</tbody>
</table></div></section>{theses_section}</main>
<footer>Generated by leadwatch from the stored data; article text is shown as text only.</footer>
</body></html>
"""


def write_claims_html(result: ArticleCheck, path: Path | str) -> Path:
    """Write the page to ``path`` (a file, or a directory that gets ``<article>.html``)."""
    p = Path(path)
    if p.is_dir():
        p = p / f"{result.article}.html"
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(render_claims_html(result), encoding="utf-8")
    return p
