"""A US address may write its state out ("Lexington, Kentucky 40596"); the ZIP+4 after it is then no phone number."""

from __future__ import annotations

import pytest
from helpers.scanning import texts_of


@pytest.mark.parametrize(
    "text, address",
    [
        ("Mail it to 77 Juniper Ln, Boise, Idaho 83702 by Friday.", "77 Juniper Ln, Boise, Idaho 83702"),
        ("Ship to 410 Harbor Blvd, Eugene, Oregon 97401-1234, thanks", "410 Harbor Blvd, Eugene, Oregon 97401-1234"),
        ("Her new place: 9 Elm St, Albany, New York 12207", "9 Elm St, Albany, New York 12207"),
    ],
)
def test_an_address_with_its_state_written_out_is_found(text: str, address: str) -> None:
    assert texts_of("address", text) == [address]
    assert texts_of("phone", text) == []


def test_a_zip4_code_after_a_written_out_state_is_no_phone() -> None:
    assert texts_of("phone", "Billing region: Springfield, Illinois 62704-2211.") == []
