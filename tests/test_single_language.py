"""A lesson that exists in one language only renders on every screen, in both UI languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from course.app import CourseApp
from course.catalog import build_catalog
from course.options import Options
from progress.store import Store

DATA = Path(__file__).parent / "data"

ONLY_DE = """---
id: only-de
title: Nur auf Deutsch
minutes: 4
---

# Nur auf Deutsch

Diese Lektion gibt es nur auf Deutsch.

```exercise
id: only-de-prompt
kind: prompt
task: Schreibe einen Prompt, der die Notizen zusammenfasst.
checks:
  - role
  - min-words: 8
solution: Du bist Assistenz. Fasse die Notizen als Stichpunkte für das Team zusammen.
fails:
  - Fasse zusammen.
```

```exercise
id: only-de-quiz
kind: quiz
question: Was ist richtig?
options: ["Eins [KUNDE]", "Zwei"]
answer: 2
```
"""


def _pack(tmp_path: Path) -> Path:
    extra = tmp_path / "extra" / "01-start"
    extra.mkdir(parents=True)
    (extra / "level.yaml").write_text('id: start\ntitle: {de: "Start", en: "Start"}\n', encoding="utf-8")
    (extra / "09-only-de.de.md").write_text(ONLY_DE, encoding="utf-8")
    return tmp_path / "extra"


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.slow
async def test_a_lesson_in_one_language_renders_on_every_screen(tmp_path: Path, lang: str) -> None:
    from course.screens.lesson import LessonScreen
    from course.screens.levelmap import LevelMapScreen
    from course.screens.quiz import QuizScreen
    from course.screens.workbench import WorkbenchScreen

    store = Store.open(tmp_path / "p.db")
    learner = store.create_learner("Eva", "", lang)
    store.set_current_learner(learner.id)
    catalog = build_catalog([DATA / "packs" / "good", _pack(tmp_path)])
    assert catalog.languages("only-de") == ("de",)
    app = CourseApp(catalog, store, Options(lang=lang))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LevelMapScreen)
        from helpers.app import screen_text

        shown = " ".join(screen_text(app).split())
        assert "Nur auf Deutsch" in shown
        if lang == "en":
            assert "(German only)" in shown
        app.open_lesson("only-de")
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen)
        head = str(app.screen.query_one("#lesson-head").content)
        if lang == "en":
            assert "shown in German" in head
        app.open_exercise("only-de", "only-de-prompt")
        await pilot.pause()
        assert isinstance(app.screen, WorkbenchScreen)
        app.screen.action_submit()
        await pilot.pause()
        app.pop_screen()
        app.open_exercise("only-de", "only-de-quiz")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        app.pop_screen()
        app.pop_screen()
        for action in (app.action_progress, app.action_policy, app.action_settings, app.action_help):
            action()
            await pilot.pause()
            await app.workers.wait_for_complete()
            app.pop_screen()
            await pilot.pause()
        app.screen.refresh_map()
        await pilot.pause()
    store.close()
