"""What the course app and the Promptathon app share: options, language, themes, key labels, SIGCONT, crash line."""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding

from course.i18n import store_message, t
from course.options import Options
from course.screens.keys import key_label
from course.screens.sigcont import guard_sigcont
from course.screens.themes import HIGH_CONTRAST
from course.workbenchsession import WorkbenchSession


class BaseApp(App[None]):
    """A genai-course app: the learner's (or team's) language, themes, localized keys, a clean exit on errors.

    Subclasses set `session` once someone works (the workbench reads it through the
    WorkbenchSession Protocol) and may narrow its type.
    """

    served = False
    """True in a browser tab (`genai-course serve`)."""

    def __init__(self, opts: Options | None = None) -> None:
        super().__init__()
        self.opts = opts or Options()
        self.session: WorkbenchSession | None = None
        self.register_theme(HIGH_CONTRAST)

    @property
    def lang(self) -> str:
        """The language of the UI (subclasses: the learner's or the team's)."""
        return self.opts.language()

    def current_session(self) -> WorkbenchSession:
        """The session the screens work on; only screens shown once someone works ask for it."""
        if self.session is None:
            raise RuntimeError("no session yet")
        return self.session

    def tr(self, key: str, **values: object) -> str:
        """A UI text in the app's language."""
        return t(self.lang, key, **values)

    def on_mount(self) -> None:
        """Runs after the subclass's own on_mount (Textual calls each class's handler)."""
        guard_sigcont(self)  # a resume after an outside SIGSTOP must not hang the app

    def action_help_quit(self) -> None:
        """Ctrl+C (outside a text field, where it copies) quits like Ctrl+Q, through the app's own quit action."""
        self.call_next(self.action_quit)

    def get_key_display(self, binding: Binding) -> str:
        """Keys as the learner reads them everywhere: `Strg+S` in German, `Ctrl+S` in English."""
        return binding.key_display or key_label(binding.key, self.lang)

    def _fatal_error(self) -> None:
        """One clear line instead of a traceback; the details go to crash.log.

        Overrides Textual's private `App._fatal_error` and uses `_exception`, `_exit_renderables`
        and `_close_messages_no_wait`: Textual has no public hook for how an unhandled error is
        shown (see CONTRIBUTING.md, "Textual is pinned exactly").
        """
        import traceback

        from rich.text import Text

        from course import paths
        from progress.records import StoreError

        error = self._exception
        log = paths.home() / "crash.log"
        try:
            log.parent.mkdir(parents=True, exist_ok=True)
            with log.open("a", encoding="utf-8") as fh:
                fh.write("".join(traceback.format_exception(error)) if error else "unknown error\n")
        except OSError:
            pass
        if isinstance(error, StoreError):
            line = self.tr("store_failed", error=store_message(self.lang, error))
        else:
            summary = " ".join(f"{type(error).__name__}: {error}".split())[:200]
            line = self.tr("crash", error=summary, log=log)
        self.bell()
        self.error_console.soft_wrap = True  # printed as one line: a path in it is never broken at 80 columns
        self._exit_renderables.append(Text(line))
        self._close_messages_no_wait()
