"""The lesson reader: the lesson's Markdown with its exercises in place, next and previous."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from rich.markdown import Markdown as RichMarkdown
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen

from course.content import Exercise
from course.i18n import t
from course.screens.widgets import KeyBar, Plain, TitleBar, clean, localize_bindings, reflow, strip_title

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from textual import getters

    from course.app import CourseApp


class LessonScreen(Screen[None]):
    """One lesson, rendered with Rich's Markdown (fast) and exercise cards in place."""

    if TYPE_CHECKING:  # the running app, typed (Textual's getters.app); nothing changes at run time
        app = getters.app(CourseApp)

    CSS_PATH = "lesson.tcss"

    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("enter,space", "practise", "Practise", show=False),
        Binding("n", "next", "Next"),
        Binding("b", "previous", "Previous"),
        Binding("question_mark", "app.help", "Help"),
    ]

    def __init__(self, lesson_id: str) -> None:
        super().__init__()
        self.lesson_id = lesson_id
        self._opened = time.monotonic()
        self._read = False

    def compose(self) -> ComposeResult:
        session = self.app.current_session()
        lesson = session.open_lesson(self.lesson_id)
        lang = session.lang
        yield TitleBar()
        with VerticalScroll(id="lesson-body"):
            head = Text()
            head.append(clean(lesson.title), style="bold")
            head.append("\n" + t(lang, "lesson.minutes", n=lesson.minutes), style="dim")
            if lesson.fallback_from:
                head.append("\n" + t(lang, "lesson.fallback", lang=t(lang, f"langname.{lesson.lang}")), style="italic")
            yield Plain(head, id="lesson-head")
            if lesson.objectives:
                goals = "\n".join(f"• {clean(o)}" for o in lesson.objectives)
                yield Plain(Text(f"{t(lang, 'lesson.objectives')}\n{goals}"), id="lesson-objectives")
            for index, block in enumerate(lesson.blocks):
                if block.exercise is None:
                    text = strip_title(block.markdown, lesson.title) if index == 0 else block.markdown
                    if text.strip():
                        yield Plain(RichMarkdown(clean(text), hyperlinks=False), classes="prose")
                else:
                    yield self._card(block.exercise, index)
            yield Plain(t(lang, "lesson.end"), id="lesson-end")
        yield KeyBar()

    def _card_text(self, exercise: Exercise, passed: bool) -> Text:
        """The card's heading (kind and state) and the task or question."""
        lang = self.app.lang
        text = Text()
        text.append(t(lang, f"kind.{exercise.kind}"), style="bold")
        text.append(
            "  ·  " + t(lang, "lesson.passed" if passed else "lesson.open_ex"), style="green" if passed else "dim"
        )
        text.append("\n" + clean(reflow(exercise.question or exercise.task)))
        text.append("\n\n▶ " + t(lang, "lesson.practise"), style="bold")
        text.append("  " + t(lang, "lesson.card_enter"), style="dim")
        return text

    def _card(self, exercise: Exercise, index: int) -> "ExerciseCard":
        """A card that introduces an exercise and opens it (Enter or a click)."""
        passed = self.app.current_session().exercise_passed(exercise.id)
        return ExerciseCard(exercise.id, self._card_text(exercise, passed), passed)

    def on_mount(self) -> None:
        localize_bindings(self, self.app.lang)
        scroller = self.query_one("#lesson-body", VerticalScroll)
        self.watch(scroller, "scroll_y", self._check_end, init=False)
        self.call_after_refresh(self._check_end)
        scroller.focus()

    def on_screen_resume(self) -> None:
        self._refresh_cards()

    def _refresh_cards(self) -> None:
        """Update the passed/open label of each card after an exercise."""
        cards = {card.exercise_id: card for card in self.query(ExerciseCard)}
        for ex in self.app.current_session().lesson(self.lesson_id).exercises:
            card = cards.get(ex.id)
            if card is not None:
                passed = self.app.current_session().exercise_passed(ex.id)
                card.set_class(passed, "-passed")
                card.update(self._card_text(ex, passed))

    def _check_end(self, *_: object) -> None:
        """Mark the lesson read once its end has been on screen."""
        scroller = self.query_one("#lesson-body", VerticalScroll)
        if not self._read and scroller.scroll_y >= scroller.max_scroll_y - 1:
            self._read = True
            self.app.current_session().finish_reading(self.lesson_id)

    def on_exercise_card_chosen(self, event: "ExerciseCard.Chosen") -> None:
        self.app.open_exercise(self.lesson_id, event.exercise_id)

    def on_unmount(self) -> None:
        self.app.current_session().add_time(self.lesson_id, time.monotonic() - self._opened)

    def _neighbour(self, step: int) -> str | None:
        """The next/previous lesson in an open level, if any."""
        ov = self.app.current_session().overview()
        ids = [ls.id for lv in ov.levels if lv.open for ls in lv.lessons]
        if self.lesson_id not in ids:
            return None
        index = ids.index(self.lesson_id) + step
        return ids[index] if 0 <= index < len(ids) else None

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_practise(self) -> None:
        """Enter opens an exercise without Tab first: the focused card, else the first one in view."""
        cards = list(self.query(ExerciseCard))
        if not cards:
            return
        focused = self.focused if isinstance(self.focused, ExerciseCard) else None
        if focused is None:
            view = self.query_one("#lesson-body", VerticalScroll).region
            visible = [c for c in cards if c.region and c.region.overlaps(view)]
            pending = [c for c in cards if not c.has_class("-passed")]
            focused = (visible or pending or cards)[0]
        focused.action_choose()

    def action_next(self) -> None:
        self._go(1)

    def action_previous(self) -> None:
        self._go(-1)

    def _go(self, step: int) -> None:
        target = self._neighbour(step)
        if target is None:
            if step > 0:
                self.app.notify(t(self.app.lang, "lesson.locked_next"), timeout=4, markup=False)
            return
        if step > 0 and not self._read:
            self._read = True
            self.app.current_session().finish_reading(self.lesson_id)
        from course.screens.lesson import LessonScreen

        self.app.switch_screen(LessonScreen(target))


class ExerciseCard(Plain):
    """One widget per exercise: focusable, opens the exercise with Enter or a click."""

    if TYPE_CHECKING:  # the running app, typed (Textual's getters.app); nothing changes at run time
        app = getters.app(CourseApp)

    can_focus = True
    BINDINGS = [Binding("enter,space", "choose", "Practise", show=False)]

    class Chosen(Message):
        """The learner wants to do this exercise."""

        def __init__(self, exercise_id: str) -> None:
            super().__init__()
            self.exercise_id = exercise_id

    def __init__(self, exercise_id: str, text: Text, passed: bool) -> None:
        super().__init__(text, id=f"ex-{exercise_id}", classes="exercise-card" + (" -passed" if passed else ""))
        self.exercise_id = exercise_id

    def action_choose(self) -> None:
        self.post_message(self.Chosen(self.exercise_id))

    def on_click(self) -> None:
        self.action_choose()
