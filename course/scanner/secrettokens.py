"""Secrets by their published formats: vendors' API keys and tokens, JWTs, webhooks, a Wi-Fi QR code's key."""

from __future__ import annotations

import re

TOKENS = re.compile(
    r"sk-(?:proj-|svcacct-|admin-|ant-(?:api\d\d-)?)?[A-Za-z0-9_-]{20,}"
    r"|[rsp]k_(?:live|test)_[A-Za-z0-9]{16,}"
    r"|(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{22,}|glpat-[A-Za-z0-9_-]{20,}"
    r"|(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}(?![A-Za-z0-9])"
    r"|xox[abposr]-[A-Za-z0-9-]{10,}"
    r"|AIza[0-9A-Za-z_-]{35}"
    r"|eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}"  # a JWT: JSON header, payload, signature
    r"|SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}"  # a SendGrid API key
    # npm, Hugging Face, DigitalOcean, PyPI and Shopify tokens by their published prefixes
    r"|npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])|hf_[A-Za-z0-9]{30,40}(?![A-Za-z0-9])|do[opr]_v1_[a-f0-9]{64}(?![a-f0-9])"
    r"|pypi-AgE[A-Za-z0-9_-]{50,}|shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}(?![a-fA-F0-9])"
    # Slack's and Discord's incoming webhooks: whoever has the URL can post
    r"|hooks\.slack\.com/services/T[A-Z0-9]{6,}/B[A-Z0-9]{6,}/[A-Za-z0-9]{20,}"
    r"|discord(?:app)?\.com/api/webhooks/\d{15,20}/[A-Za-z0-9_-]{40,}"
    # a Telegram bot token (bot id, colon, 35 characters), Notion and Linear API keys, an age secret key
    r"|\d{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])|ntn_[A-Za-z0-9]{40,}|lin_api_[A-Za-z0-9]{40}(?![A-Za-z0-9])"
    r"|AGE-SECRET-KEY-1[0-9A-Z]{58}"
    # the key of a Wi-Fi QR code: "WIFI:T:WPA;S:Office;P:the-key;;"
    r"|(?<=;P:)[^;\s]{4,}(?=;)|(?<=WIFI:P:)[^;\s]{4,}(?=;)"
)
TOKEN_MARKERS = (
    "sk-",
    "k_live_",
    "k_test_",
    "gh",
    "glpat-",
    "AKIA",
    "ASIA",
    "AGPA",
    "AIDA",
    "AROA",
    "ANPA",
    "ANVA",
    "AIPA",
    "xox",
    "AIza",
    "eyJ",
    "github_pat_",  # a fine-grained GitHub token has no "gh" in it
    "SG.",
    *("npm_", "hf_", "_v1_", "pypi-AgE", "shp", "hooks.slack.com", "/api/webhooks/"),
    *(":AA", "ntn_", "lin_api_", "AGE-SECRET-KEY-", ";P:", "WIFI:P:"),
)
