"""Secrets in forms found on pii5's tuning part (sixth session): vendor tokens, connection-string keys, Wi-Fi keys."""

from __future__ import annotations

import pytest
from helpers.scanning import texts_of

NPM = "npm_" + "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe"[:36]
HF = "hf_" + "Zq8XwV7uT6sR5qP4oN3mL2kJ1iH0gFeDcBa9"
DO = "dop_v1_" + "0123456789abcdef" * 4


@pytest.mark.parametrize(
    "text, secret",
    [
        (f"publish mit NPM_TOKEN {NPM} im CI", NPM),
        (f"my HF token for the demo space: {HF}", HF),
        (f"doctl auth init --access-token {DO}", DO),
        (
            "Endpoint=sb://bus.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=Qm9vayB0aGUgcm9vbQ==",
            "Qm9vayB0aGUgcm9vbQ==",
        ),
        (
            "DefaultEndpointsProtocol=https;AccountName=archiv;AccountKey=Kr4nich!Wolke;EndpointSuffix=core.windows.net",
            "Kr4nich!Wolke",
        ),
        ("Hausmeister sagt, WLAN im Vereinsheim: Gast Kiesel?2719, Team bleibt wie gehabt", "Kiesel?2719"),
        ("Office wifi for visitors - key: Mint7!Lantern", "Mint7!Lantern"),
        ("wifi in the flat: guests qutre-7kd9s-w2mPa", "qutre-7kd9s-w2mPa"),
    ],
)
def test_a_secret_in_a_form_the_older_rules_missed_is_found(text: str, secret: str) -> None:
    assert secret in texts_of("secret", text)


@pytest.mark.parametrize(
    "text",
    [
        "Das WLAN für Gäste heißt Gast-Netz-2024, das Kennwort hängt am Empfang.",
        "Wi-Fi 6E for staff: TP-Link AX5400 arrives on Monday.",
        "Guest wifi: network Lakeside-Guest, key at the front desk.",
        "npm_modules is not a folder name, node_modules is.",
        "Set AccountKey= in the template and leave the value empty.",
        "hf_hub_download loads the model from the cache.",
    ],
)
def test_the_same_words_without_a_secret_stay_clean(text: str) -> None:
    assert texts_of("secret", text) == []
