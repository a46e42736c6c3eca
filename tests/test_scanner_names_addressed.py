"""Who is addressed or introduces themselves, in positions first seen in pii6's tuning part, in sentences of our own:
"X, you ...", ", X, " between words written small, and "X here"."""

from __future__ import annotations

import pytest
from helpers.scanning import names


@pytest.mark.parametrize(
    "text, name",
    [
        ("Dorota, you forgot the keys again.", "Dorota"),
        ("Kwame, your parcel is at reception.", "Kwame"),
        ("Thank you so much, Ingrid, really appreciated.", "Ingrid"),
        ("Das weiß ich doch, Halvard, das klappt schon.", "Halvard"),
        ("Priya here, the van is parked round the back.", "Priya"),
        ("Morning all, Tomasz here: the boiler is fixed.", "Tomasz"),
    ],
)
def test_an_addressed_or_self_introduced_first_name_is_found(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reception here, please hold the line.",
        "Everyone here, please note the new rota.",
        "Berlin, you never disappoint.",
        "We stock apples, pears, Mango, and plums.",
        "Sorry, you are right about the invoice.",
    ],
)
def test_words_in_those_positions_are_no_names(text: str) -> None:
    assert names(text) == []
