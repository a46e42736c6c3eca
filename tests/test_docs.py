"""The complete example lesson in docs/authoring.md is a valid lesson whose exercises prove themselves."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from course.cli import main

DOC = Path(__file__).resolve().parents[1] / "docs" / "authoring.md"


def test_the_example_lesson_in_the_authoring_guide_lints_clean(tmp_path: Path) -> None:
    text = DOC.read_text(encoding="utf-8")
    section = text.split("## 7. A complete example lesson", 1)[1]
    lesson = re.search(r"~~~markdown\n(.*?)\n~~~", section, re.S).group(1)
    level = tmp_path / "pack" / "01-example"
    level.mkdir(parents=True)
    (level / "level.yaml").write_text("id: example\ntitle: {de: Beispiel, en: Example}\n", encoding="utf-8")
    (level / "01-meeting-minutes.de.md").write_text(lesson + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", str(tmp_path / "pack")])
    errors = [line for line in result.stdout.splitlines() if ": error " in line]
    assert errors == [], result.stdout
