"""A data release named by its weekday and told of in the present ("CPI Tuesday is the
number to watch") is a day ahead: the text is not dated on or after it; one reported as
out ("jobs Friday came in hot") is a day gone by."""

from __future__ import annotations

import pytest

from leadwatch.claims.namedweekdays import named_weekdays


@pytest.mark.parametrize(
    "text",
    [
        "Copper Drifts as the Yen Firms: CPI Tuesday Is the Number to Watch",
        "Silver idles before jobs Friday, the week's real test for bulls.",
        "Crude steadies; FOMC Wednesday looms over every desk.",
    ],
)
def test_a_release_day_told_in_the_present_is_ahead(text: str) -> None:
    assert named_weekdays(text) == ()


def test_a_release_day_reported_as_out_is_named() -> None:
    assert named_weekdays("Copper slid after jobs Friday came in hot.") == (4,)
    assert named_weekdays("Silver rose on Monday before the CPI report.") == (0,)
