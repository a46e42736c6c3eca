"""One Jinja2 environment for every HTML page (team report, Promptathon board, certificate): autoescape, strict."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from jinja2 import Environment


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The templates in course/templates; every `{{ value }}` is escaped, a missing name is an error."""
    from jinja2 import Environment, PackageLoader, StrictUndefined

    return Environment(
        loader=PackageLoader("course", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )


def render_page(template: str, **context: Any) -> str:
    """A whole page from `template` (which extends base.html.j2, where the CSP is), ending in one newline."""
    return environment().get_template(template).render(**context).rstrip("\n") + "\n"
