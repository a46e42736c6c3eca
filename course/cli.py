"""The `genai-course` command line: the app and the commands scripts rely on."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from course.options import Options

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(invoke_without_command=True, context_settings=CONTEXT)
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), help="Progress database file.")
@click.option("--lang", type=click.Choice(["de", "en"]), help="Language of the course and messages.")
@click.option(
    "--course",
    "course_dirs",
    multiple=True,
    type=click.Path(file_okay=False),
    help="Extra course pack folder (repeatable).",
)
@click.version_option(package_name="genai-course")
@click.pass_context
def main(ctx: click.Context, db: Path | None, lang: str | None, course_dirs: tuple[str, ...]) -> None:
    """genai-course: practise generative AI at work, in the terminal.

    Without a command, starts the course. Data lives in GENAI_COURSE_HOME
    or the platform's user data folder.
    """
    ctx.obj = Options(db=db, lang=lang, course_dirs=course_dirs)
    if ctx.invoked_subcommand is None:
        from course.commands.app import run_app

        ctx.exit(run_app(ctx.obj))


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--lang", "lang", type=click.Choice(["de", "en"]), help="Language of the messages.")
@click.option("--list", "listing", is_flag=True, help="List the active levels, lesson ids and policy fields in use.")
@click.pass_obj
def lint(opts: Options, paths: tuple[str, ...], lang: str | None, listing: bool) -> None:
    """Check course packs as the app loads them: one line per problem, exit 1 on errors."""
    from course.commands.lint import run_lint

    sys.exit(run_lint(opts, paths, lang, listing))


@main.group()
def new() -> None:
    """Start new course content from a skeleton."""


@new.command("lesson")
@click.argument("level_id")
@click.argument("slug")
@click.option(
    "--into",
    type=click.Path(file_okay=False),
    help="The pack folder to write into (default: the last --course, else here).",
)
@click.pass_obj
def new_lesson(opts: Options, level_id: str, slug: str, into: str | None) -> None:
    """Write a German and an English lesson skeleton into LEVEL_ID that lints clean."""
    from course.commands.newlesson import run_new_lesson

    sys.exit(run_new_lesson(opts, level_id, slug, into))


@main.command()
@click.argument("target")
@click.pass_obj
def preview(opts: Options, target: str) -> None:
    """Show one lesson (id or file, any level) with a throwaway store; reloads when the file changes."""
    from course.commands.preview import run_preview

    sys.exit(run_preview(opts, target))


@main.command()
@click.argument("file", required=False, default="-")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_obj
def scan(opts: Options, file: str, as_json: bool) -> None:
    """Find personal data and secrets in text (the Datenschutz-Ampel)."""
    from course.commands.scan import run_scan

    sys.exit(run_scan(opts, file, as_json))


@main.command()
@click.option("--exercise", "exercise_id", help="Grade against this exercise's rubric.")
@click.option("--checks", help="Grade against an ad-hoc list, e.g. role,format,no-personal-data.")
@click.argument("file", required=False, default="-")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_obj
def grade(opts: Options, exercise_id: str | None, checks: str | None, file: str, as_json: bool) -> None:
    """Grade a prompt offline."""
    from course.commands.grade import run_grade

    sys.exit(run_grade(opts, exercise_id, checks, file, as_json))


@main.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file instead of stdout.")
@click.option("--include-prompts", is_flag=True, help="Include the prompt texts you wrote.")
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json", show_default=True)
@click.pass_obj
def export(opts: Options, output: str | None, include_prompts: bool, fmt: str) -> None:
    """Export your progress (prompt texts only when asked)."""
    from course.commands.progress import run_export

    sys.exit(run_export(opts, output, include_prompts, fmt))


@main.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.pass_obj
def import_(opts: Options, file: str) -> None:
    """Merge an export into the local store; never loses progress."""
    from course.commands.progress import run_import

    sys.exit(run_import(opts, file))


@main.command()
@click.pass_obj
def progress(opts: Options) -> None:
    """A plain-text summary of your progress."""
    from course.commands.progress import run_progress

    sys.exit(run_progress(opts))


@main.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file instead of stdout.")
@click.pass_obj
def certificate(opts: Options, output: str | None) -> None:
    """Your AI-literacy record as one printable HTML page (what was done; no legal claim)."""
    from course.commands.certificate import run_certificate

    sys.exit(run_certificate(opts, output))


@main.command()
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: the whole network)."
)
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option(
    "--public-url", help="The address learners use, when behind a reverse proxy (e.g. https://kurs.example.com)."
)
@click.pass_obj
def serve(opts: Options, host: str, port: int, public_url: str | None) -> None:
    """The course in a browser: one app per tab, profiles protected by a PIN."""
    from course.serve.server import run_serve

    sys.exit(run_serve(opts, host, port, public_url))


@main.group()
def team() -> None:
    """Team views over progress exports."""


@team.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--html", "html_file", type=click.Path(dir_okay=False), help="Also write a self-contained HTML report.")
@click.option("--csv", "csv_file", type=click.Path(dir_okay=False), help="Also write a CSV of members.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--anonymous", is_flag=True, help="Replace names and ids by stable pseudonyms everywhere.")
@click.option(
    "--inactive-days",
    type=click.IntRange(1, 3650),
    default=14,
    show_default=True,
    help="Who counts as inactive: no activity for this many days.",
)
@click.pass_obj
def report(
    opts: Options,
    paths: tuple[str, ...],
    html_file: str | None,
    csv_file: str | None,
    as_json: bool,
    anonymous: bool,
    inactive_days: int,
) -> None:
    """Compare exports (files or folders of them); exit 2 when files were refused."""
    from course.commands.team import run_report

    sys.exit(run_report(opts, paths, html_file, csv_file, as_json, anonymous, inactive_days))


@main.group(invoke_without_command=True)
@click.option("--team", "team_name", help="Your team's name (asked in the app when missing).")
@click.option("--minutes", type=click.IntRange(1, 600), help="Time box in minutes (default: the pack's).")
@click.option(
    "--pack", "pack_dir", type=click.Path(file_okay=False), help="A challenge pack folder (default: the bundled one)."
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Where to write the team's results file.")
@click.pass_context
def promptathon(
    ctx: click.Context, team_name: str | None, minutes: int | None, pack_dir: str | None, output: str | None
) -> None:
    """A time-boxed team prompt competition in the app."""
    if ctx.invoked_subcommand is None:
        from course.commands.promptathon import run_promptathon

        sys.exit(run_promptathon(ctx.obj, team_name, minutes, pack_dir, output))


@promptathon.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--html", "html_file", type=click.Path(dir_okay=False), help="Also write a self-contained HTML board.")
@click.option("--json", "as_json", is_flag=True, help="Print the board as JSON.")
@click.pass_obj
def board(opts: Options, paths: tuple[str, ...], html_file: str | None, as_json: bool) -> None:
    """Merge teams' results into a leaderboard and a gallery of final prompts."""
    from course.commands.promptathon import run_board

    sys.exit(run_board(opts, paths, html_file, as_json))


@promptathon.command("serve")
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: the whole network)."
)
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--public-url", help="The address teams use, when behind a reverse proxy.")
@click.pass_context
def promptathon_serve(ctx: click.Context, host: str, port: int, public_url: str | None) -> None:
    """The Promptathon in a browser: each tab asks for its team; the board is at /board."""
    from course.serve.server import run_serve

    parent = ctx.parent.params if ctx.parent is not None else {}
    if parent.get("team_name") or parent.get("output"):
        raise click.UsageError(
            "--team and -o are for one team in the terminal; in the browser each tab asks "
            "for its team and results go to the data folder's promptathon/ (see /board)."
        )
    sys.exit(
        run_serve(
            ctx.obj,
            host,
            port,
            public_url,
            kind="promptathon",
            pack_dir=parent.get("pack_dir"),
            minutes=parent.get("minutes"),
        )
    )


@main.group()
def xapi() -> None:
    """xAPI 1.0.3 learning records for a learning record store (LRS)."""


@xapi.command("export")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file instead of stdout.")
@click.option("--all", "everyone", is_flag=True, help="Every learner in the database (e.g. of a served course).")
@click.pass_obj
def xapi_export(opts: Options, output: str | None, everyone: bool) -> None:
    """The learner's statements as a JSON list (never the prompt texts)."""
    from course.xapi.command import run_xapi_export

    sys.exit(run_xapi_export(opts, output, everyone))


@xapi.command("send")
@click.option("--lrs", "lrs_url", required=True, help="The LRS's endpoint, e.g. https://lrs.example.com/xAPI/")
@click.option(
    "--auth-env",
    metavar="VAR",
    help="Environment variable holding user:password (Basic) or a whole Authorization value "
    "[default: GENAI_COURSE_LRS_AUTH, when set].",
)
@click.option("--all", "everyone", is_flag=True, help="Every learner in the database (e.g. of a served course).")
@click.pass_obj
def xapi_send(opts: Options, lrs_url: str, auth_env: str | None, everyone: bool) -> None:
    """Send the learner's statements; sending again stores nothing twice."""
    from course.xapi.command import run_xapi_send

    sys.exit(run_xapi_send(opts, lrs_url, auth_env, everyone))


@main.group()
def feedback() -> None:
    """What learners said about the feedback (for the course's authors)."""


@feedback.command("report")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_obj
def feedback_report(opts: Options, paths: tuple[str, ...], as_json: bool) -> None:
    """The checks learners disputed, per exercise: from exports (files or folders), or the local store without PATH."""
    from course.commands.feedback import run_feedback_report

    sys.exit(run_feedback_report(opts, paths, as_json))


if __name__ == "__main__":  # pragma: no cover
    main()
