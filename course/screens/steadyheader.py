"""Textual's Header, minus a teardown race: its title watcher may run after the title widget is gone."""

from __future__ import annotations

from textual import events
from textual.widgets import Header
from textual.widgets._header import HeaderTitle


class SteadyHeader(Header):
    """A Header whose title updates skip a header that is being removed.

    Textual's own watcher is scheduled with `call_next` when the app's sub_title changes (the
    Promptathon countdown changes it every second). If the screen is switched or the app
    exits in between, the header's children are already removed when the watcher runs, and
    `query_one(HeaderTitle)` raises NoMatches. Here the watcher looks the title up with
    `query` (zero or one match) and does nothing for a header that is closing.
    """

    def _on_mount(self, event: events.Mount) -> None:
        event.prevent_default()  # replaces Header._on_mount, which registers the fragile watcher

        async def set_title() -> None:
            if self._closing or not self.is_attached:
                return
            for title in self.query(HeaderTitle):
                title.update(self.format_title())

        self.watch(self.app, "title", set_title)
        self.watch(self.app, "sub_title", set_title)
        self.watch(self.screen, "title", set_title)
        self.watch(self.screen, "sub_title", set_title)
