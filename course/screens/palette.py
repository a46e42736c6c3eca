"""A command-palette entry for every lesson: type to jump there; locked ones say so and why."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Callable, NamedTuple, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

from course.i18n import t

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from course.app import CourseApp


class Entry(NamedTuple):
    """One lesson as the palette offers it."""

    lesson_id: str
    title: str
    level: str
    locked: bool
    reason: str


class LessonCommands(Provider):
    """Offers every lesson; a locked one is marked and, when chosen, says what opens it.

    The author's preview (`opens_locked` on the app) opens locked lessons too.
    """

    @property
    def course(self) -> CourseApp:
        """The app: only CourseApp (and the preview) register this provider (CourseApp.COMMANDS)."""
        return cast("CourseApp", self.app)

    def _lessons(self) -> list[Entry]:
        session = self.course.session
        if session is None:
            return []
        ov = session.overview()
        lang = self.course.lang
        return [
            Entry(ls.id, ls.title, lv.title, not lv.open, "" if lv.open else lv.lock_text(lang))
            for lv in ov.levels
            for ls in lv.lessons
        ]

    def _text(self, entry: Entry) -> str:
        lang = self.course.lang
        text = f"{t(lang, 'palette.open')}: {entry.title}"
        return f"{text} ({t(lang, 'palette.locked')})" if entry.locked else text

    def _help(self, entry: Entry) -> str:
        lang = self.course.lang
        if entry.locked:
            return t(lang, "palette.locked_help", title=entry.title, level=entry.level, reason=entry.reason)
        return t(lang, "palette.help", title=entry.title, level=entry.level)

    def _action(self, entry: Entry) -> Callable[[], None]:
        if entry.locked and not getattr(self.app, "opens_locked", False):
            return partial(self.app.notify, self._help(entry), timeout=6, markup=False)
        return partial(self.course.open_lesson, entry.lesson_id)

    async def discover(self) -> Hits:
        for entry in self._lessons():
            yield DiscoveryHit(self._text(entry), self._action(entry), help=self._help(entry))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for entry in self._lessons():
            text = self._text(entry)
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), self._action(entry), help=self._help(entry))
