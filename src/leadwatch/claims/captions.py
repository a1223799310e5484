"""Dates printed in a photo caption or credit line (pure): the day a picture was taken,
no evidence of the article's own date ("... in Cairo, Egypt, on March 9, 2026. REUTERS/Name",
"Photo taken on ...", "File photo ...", "(Photo: Name/AFP)", "(Name/AP)").

Examples
--------
>>> text = "Traders work in New York, U.S., March 9, 2026. REUTERS/Jane Doe"
>>> caption_date(text, 32, 45)
True
>>> caption_date("Gold rose in London on March 9, 2026, as the dollar fell.", 23, 36)
False
"""

from __future__ import annotations

import re

from leadwatch.claims.vocabulary import words_re

__all__ = ["caption_date"]

#: A credit after the date, on its line: "REUTERS/Name", "(Photo: Name/AFP)", "Getty Images".
#: "(Jane Doe/AP)", "(John Smith/Getty Images)": a photographer's name and agency in brackets.
_NAME_AGENCY = r"(?-i:\([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}/[A-Z][\w&. -]{1,30}\))"
_CREDIT = words_re(
    [
        *(r"REUTERS/", r"(?:AP|AFP|EPA) Photo\b", r"Getty Images\b"),
        *(r"\((?:File )?(?:Photo|Image)\b", _NAME_AGENCY),
    ]
)
_CREDITED = r"(?:File )?(?:Photo|Image|Picture)(?: credit)?\s*:"  # "Photo: Name/AFP"
_CREDIT_AFTER = re.compile(rf"(?i)[^\n]{{0,60}}?(?:{_CREDIT}|{_CREDITED})")
#: Caption words before the date, on its line: "Photo taken on", "File photo", "is pictured".
_SHOWN = words_re(
    [r"file photo", r"(?:photo(?:graph)?|picture|image)s? (?:taken|shot|made)", r"pictured"]
)
_SHOWN_BEFORE = re.compile(rf"(?i)\b(?:{_SHOWN}|(?:is|are) (?:seen|displayed))\b[^\n.]{{0,80}}$")
#: "... in Cairo, Egypt, on March 9 2026." ending its line: a wire caption's place and day.
_NAME = r"(?:[A-Z][\w.'-]*\s?)+"
_PLACE_BEFORE = re.compile(rf"\bin {_NAME}, {_NAME},? (?:on )?$")
_LINE_END = re.compile(r"\.?[ \t]*(?:\n|$)")


def caption_date(text: str, start: int, end: int) -> bool:
    """Whether the date printed at ``text[start:end]`` is that of a photo caption or credit."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    if _CREDIT_AFTER.match(text, end) or _SHOWN_BEFORE.search(line):
        return True
    return bool(_PLACE_BEFORE.search(line) and _LINE_END.match(text, end))
