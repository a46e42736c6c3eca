"""The Promptathon screens: intro (team name), challenge list with countdown and points, the end screen."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.console import Group
from rich.markdown import Markdown
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Input, OptionList
from textual.widgets.option_list import Option

from course.i18n import t, tn
from course.promptathon.run import Run, clean_team
from course.screens.widgets import KeyBar, Plain, TitleBar, clean, localize_bindings

if TYPE_CHECKING:
    from textual import getters

    from course.promptathon.scoring import ChallengeScore
    from course.promptathonapp import PromptathonApp


class IntroScreen(Screen[None]):
    """The pack, the rules of scoring and the team name; the clock starts on Enter."""

    if TYPE_CHECKING:  # the running app, typed (Textual's getters.app); nothing changes at run time
        app = getters.app(PromptathonApp)

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "start", "Start", show=False)]

    def compose(self) -> ComposeResult:
        app = self.app
        pack, lang = app.pack, app.lang
        yield TitleBar()
        with VerticalScroll(id="pt-intro"):
            if pack.intro.get(lang):
                yield Plain(clean(pack.intro.get(lang)), id="pt-intro-text")
            yield Plain(
                t(lang, "promptathon.intro.facts", n=len(pack.challenges), minutes=app.minutes or pack.minutes),
                id="pt-intro-facts",
            )
            rules = Text(t(lang, "promptathon.intro.rules") + "\n", style="bold")
            s = pack.scoring
            for line in (
                t(lang, "promptathon.intro.rule_rubric", n=s.rubric),
                t(lang, "promptathon.intro.rule_bonus", n=s.concise_bonus),
                t(lang, "promptathon.intro.rule_penalty", n=s.personal_data_penalty),
                t(lang, "promptathon.intro.rule_final"),
            ):
                rules.append("• " + line + "\n", style="")
            yield Plain(rules, id="pt-intro-rules")
            if app.broken:
                yield Plain(tn(lang, "promptathon.intro.broken", app.broken), id="pt-intro-broken")
            yield Input(app.team or "", placeholder=t(lang, "promptathon.intro.team"), id="pt-team", max_length=60)
            yield Button(t(lang, "promptathon.intro.start"), id="pt-start", variant="primary")
            yield Plain(id="pt-intro-error")
        yield KeyBar()

    def on_mount(self) -> None:
        app = self.app
        self.query_one("#pt-start" if app.team else "#pt-team").focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._start()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self._start()

    def action_start(self) -> None:
        """Enter starts from anywhere on the intro (after Tab, focus may sit on the scrolling text)."""
        self._start()

    def _start(self) -> None:
        app = self.app
        team = clean_team(self.query_one("#pt-team", Input).value)
        if team is None:
            self.query_one("#pt-intro-error", Plain).update(t(app.lang, "promptathon.intro.need_team"))
            self.query_one("#pt-team").focus()
            return
        app.start(team)


class ChallengeListScreen(Screen[None]):
    """The challenges with their state and points, the time left, and what the highlighted one asks."""

    if TYPE_CHECKING:  # the running app, typed (Textual's getters.app); nothing changes at run time
        app = getters.app(PromptathonApp)

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+e", "finish", "Hand in", priority=True),
        Binding("ctrl+q", "app.quit", "Quit", priority=True),
    ]

    def compose(self) -> ComposeResult:
        yield TitleBar()
        yield Plain(id="pt-status")
        with Horizontal(id="pt-main"):
            yield OptionList(id="pt-list")
            with VerticalScroll(id="pt-detail"):
                yield Plain(id="pt-detail-text")
        yield KeyBar()

    @property
    def run(self) -> Run:
        run = self.app.run_state
        assert run is not None
        return run

    def on_mount(self) -> None:
        app = self.app
        localize_bindings(
            self,
            app.lang,
            {"finish": t(app.lang, "promptathon.key.finish"), "app.quit": t(app.lang, "promptathon.key.quit")},
        )
        self.query_one("#pt-list").border_title = t(app.lang, "promptathon.list.title")
        self._fill()
        self.query_one("#pt-list", OptionList).focus()

    def on_screen_resume(self) -> None:
        self._fill()

    def refresh_clock(self) -> None:
        if self.query("#pt-status"):  # not yet there while the screen is being switched in
            self._status()

    def _status(self, scores: dict[str, ChallengeScore] | None = None) -> None:
        app = self.app
        run = self.run
        scores = scores or run.scores()
        left = run.remaining()
        style = "bold red" if left <= 60 else "bold yellow" if left <= 300 else "bold"
        line = Text(t(app.lang, "promptathon.left", time=run.display()), style=style)
        line.append(f"  ·  {clean(run.team)}  ·  ")
        solved = sum(1 for s in scores.values() if s.passed)
        line.append(
            t(
                app.lang,
                "promptathon.list.total",
                points=sum(s.points for s in scores.values()),
                solved=solved,
                total=len(scores),
            ),
            style="bold",
        )
        self.query_one("#pt-status", Plain).update(line)

    def _fill(self) -> None:
        app = self.app
        run, lang = self.run, app.lang
        scores = run.scores()
        options = []
        for n, challenge in enumerate(run.pack.challenges, start=1):
            score = scores[challenge.id]
            mark, style = ("✓ ", "green") if score.passed else ("… ", "yellow") if score.touched else ("  ", "")
            prompt = Text(mark, style=style)
            prompt.append(f"{n:>2}. {clean(challenge.title(lang))}")
            if score.touched:
                prompt.append(
                    "  " + t(app.lang, "promptathon.list.points", n=score.points),
                    style="bold red" if score.points < 0 else "bold",
                )
            options.append(Option(prompt, id=challenge.id))
        olist = self.query_one("#pt-list", OptionList)
        keep = olist.highlighted
        olist.clear_options()
        olist.add_options(options)
        olist.highlighted = keep if keep is not None and keep < len(options) else 0
        self._status(scores)
        self._detail()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._detail()

    def _detail(self) -> None:
        app = self.app
        olist = self.query_one("#pt-list", OptionList)
        if olist.highlighted is None:
            return
        option = olist.get_option_at_index(olist.highlighted)
        run, lang = self.run, app.lang
        challenge = run.challenge(option.id or "")
        score = run.score(challenge.id)
        head = Text(clean(challenge.title(lang)) + "\n", style="bold")
        facts = [t(app.lang, f"promptathon.dept.{challenge.department}")]
        if challenge.weight != 1:
            facts.append(t(app.lang, "promptathon.list.weight", w=f"{challenge.weight:g}"))
        if challenge.target(lang):
            facts.append(t(app.lang, "promptathon.list.target", n=challenge.target(lang)))
        head.append(" · ".join(facts), style="dim")
        tail = Text(t(app.lang, "promptathon.list.your_points") + ": ", style="bold")
        tail.append(points_line(app, score) if score.touched else t(app.lang, "promptathon.wb.untouched"))
        learned = run.states[challenge.id].learned.strip()
        if learned:
            tail.append("\n" + t(app.lang, "promptathon.list.learned") + ": ", style="bold")
            tail.append(clean(learned))
        out = Group(head, Text(), Markdown(clean(challenge.brief(lang))), Text(), tail)
        self.query_one("#pt-detail-text", Plain).update(out)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        from course.screens.promptathon_challenge import ChallengeScreen

        if not self.run.editable:
            return
        self.app.push_screen(ChallengeScreen(self.run.exercise(event.option.id or "")))

    def action_finish(self) -> None:
        def done(confirmed: bool | None) -> None:
            if confirmed:
                self.app.finish_early()

        self.app.push_screen(ConfirmFinish(), done)


def points_line(app: PromptathonApp, score: ChallengeScore) -> str:
    """`84 = Checkliste 70 + Kürze-Bonus 14 − Datenschutz 0`."""
    text = f"{score.points} = {t(app.lang, 'promptathon.wb.rubric')} {score.rubric}"
    if score.bonus:
        text += f" + {t(app.lang, 'promptathon.wb.bonus')} {score.bonus}"
    if score.penalty:
        text += f" − {t(app.lang, 'promptathon.wb.penalty')} {score.penalty}"
    return text


class ConfirmFinish(ModalScreen[bool]):
    """Hand in now? Yes or no."""

    if TYPE_CHECKING:  # the running app, typed (Textual's getters.app); nothing changes at run time
        app = getters.app(PromptathonApp)

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "no", "Back")]

    def compose(self) -> ComposeResult:
        app = self.app
        with Vertical(id="pt-confirm"):
            yield Plain(t(app.lang, "promptathon.finish.ask"))
            with Horizontal(id="pt-confirm-buttons"):
                yield Button(t(app.lang, "promptathon.finish.yes"), id="pt-yes", variant="warning")
                yield Button(t(app.lang, "promptathon.finish.no"), id="pt-no", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#pt-no").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "pt-yes")

    def action_no(self) -> None:
        self.dismiss(False)


class DoneScreen(Screen[None]):
    """Time is up (or handed in): the points per challenge, the total and where the results file is."""

    if TYPE_CHECKING:  # the running app, typed (Textual's getters.app); nothing changes at run time
        app = getters.app(PromptathonApp)

    BINDINGS: ClassVar[list[BindingType]] = [Binding("q,escape", "app.quit", "Quit")]

    def compose(self) -> ComposeResult:
        app = self.app
        run = app.run_state
        assert run is not None
        yield TitleBar()
        with VerticalScroll(id="pt-done"):
            yield Plain(
                Text(t(app.lang, f"promptathon.done.{(run.ended or 'finished').replace('-', '_')}"), style="bold"),
                id="pt-done-title",
            )
            yield Plain(
                Text(t(app.lang, "promptathon.done.total", team=clean(run.team), points=run.total()), style="bold"),
                id="pt-done-total",
            )
            table = Table(box=None, padding=(0, 1), show_header=True, header_style="bold")
            table.add_column("#", justify="right")
            table.add_column(t(app.lang, "promptathon.list.title"))
            table.add_column(t(app.lang, "promptathon.wb.points"), justify="right")
            for n, challenge in enumerate(run.pack.challenges, start=1):
                score = run.score(challenge.id)
                mark = "✓ " if score.passed else ""
                table.add_row(
                    str(n),
                    Text(mark + clean(challenge.title(app.lang))),
                    points_line(app, score) if score.touched else "–",
                )
            yield Plain(table, id="pt-done-table")
            saved = (
                t(app.lang, "promptathon.done.failed", error=run.save_error)
                if run.save_error
                else t(app.lang, "promptathon.done.saved", path=run.output)
            )
            yield Plain(saved, id="pt-done-saved")
            if run.moved_from:
                yield Plain(t(app.lang, "promptathon.done.moved", error=run.moved_from), id="pt-done-moved")
            yield Plain(t(app.lang, "promptathon.done.next"), id="pt-done-next")
        yield KeyBar()

    def on_mount(self) -> None:
        app = self.app
        localize_bindings(self, app.lang, {"app.quit": t(app.lang, "promptathon.key.quit")})
