"""A command-palette entry for every open lesson: type to jump there."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from course.i18n import t


class LessonCommands(Provider):
    """Offers the lessons of every open level."""

    def _lessons(self) -> list[tuple[str, str, str]]:
        session = getattr(self.app, "session", None)
        if session is None:
            return []
        ov = session.overview()
        return [(ls.id, ls.title, lv.title) for lv in ov.levels if lv.open for ls in lv.lessons]

    async def discover(self) -> Hits:
        lang = self.app.lang
        for lesson_id, title, level in self._lessons():
            yield DiscoveryHit(f"{t(lang, 'palette.open')}: {title}", partial(self.app.open_lesson, lesson_id),
                               help=t(lang, "palette.help", title=title, level=level))

    async def search(self, query: str) -> Hits:
        lang = self.app.lang
        matcher = self.matcher(query)
        for lesson_id, title, level in self._lessons():
            text = f"{t(lang, 'palette.open')}: {title}"
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), partial(self.app.open_lesson, lesson_id),
                          help=t(lang, "palette.help", title=title, level=level))
