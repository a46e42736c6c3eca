"""Textual's Footer with the key descriptions in the learner's language (for screens that want the full footer)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Footer

from course.screens.widgets import binding_label

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from textual.app import ComposeResult
    from textual.widget import Widget


class KeyFooter(Footer):
    """Textual's Footer with the descriptions set by relabel_bindings (it shows the bindings as declared otherwise)."""

    def compose(self) -> ComposeResult:
        labels = {
            key: binding_label(active.node, active.binding) for key, active in self.screen.active_bindings.items()
        }
        for child in super().compose():
            _relabel_footer_key(child, labels)
            yield child


def _relabel_footer_key(child: Widget, labels: dict[str, str]) -> None:
    """Give one of the Footer's keys (a FooterKey: `key`, `description`) the label for its key, before it mounts."""
    key = getattr(child, "key", None)
    if isinstance(key, str) and key in labels and getattr(child, "description", None):
        child.description = labels[key]  # type: ignore[attr-defined]  # FooterKey is not exported by Textual
