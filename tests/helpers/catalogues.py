"""The gettext catalogues as the tests read them: {key: (text,)} or {key: (singular, plural)} per language."""

from __future__ import annotations

from functools import cache

from babel.messages.pofile import read_po

from course import i18n


@cache
def messages(lang: str) -> dict[str, tuple[str, ...]]:
    """Every entry of the .po catalogue of `lang`, its forms as written (placeholders unfilled)."""
    with open(i18n.LOCALE_DIR / lang / "LC_MESSAGES" / f"{i18n.DOMAIN}.po", "rb") as handle:
        catalogue = read_po(handle, locale=lang)
    out: dict[str, tuple[str, ...]] = {}
    for message in catalogue:
        if not message.id:
            continue
        key = message.id[0] if isinstance(message.id, tuple) else message.id
        out[key] = tuple(message.string) if isinstance(message.string, tuple) else (message.string,)
    return out
