"""The shared fixtures' folders: tmp_path is a new empty folder per test, and the data folder lies inside it."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest
from helpers.folders import new_test_folder


def test_tmp_path_is_a_new_empty_folder_named_after_the_test_in_the_sessions_base_folder(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    assert tmp_path.is_dir() and list(tmp_path.iterdir()) == [tmp_path / "home"]  # only isolated_home's data folder
    assert tmp_path.parent == tmp_path_factory.getbasetemp()
    assert tmp_path.name.startswith("test_tmp_path_is_a_new_empty_f")  # pytest's 30 characters of the name
    assert tmp_path.stat().st_mode & 0o777 == 0o700


def test_the_data_and_llm_folders_are_inside_the_tests_tmp_path(tmp_path: Path, isolated_home: Path) -> None:
    """Tests that start a subprocess use tmp_path / "home" as the data folder the app sees."""
    assert isolated_home == tmp_path / "home" and os.environ["GENAI_COURSE_HOME"] == str(tmp_path / "home")
    assert os.environ["LLM_USER_PATH"] == str(tmp_path / "llm")


def test_a_new_folder_skips_numbers_already_taken_and_never_reuses_a_folder(tmp_path: Path) -> None:
    (tmp_path / "test_x0").mkdir()
    (tmp_path / "test_x1").mkdir()
    numbers = itertools.count()
    made = [new_test_folder(tmp_path, "test_x", numbers) for _ in range(3)]
    assert [p.name for p in made] == ["test_x2", "test_x3", "test_x4"]
    assert all(p.is_dir() and not any(p.iterdir()) for p in made)


def test_a_long_or_parametrised_test_name_is_shortened_and_made_safe_as_pytest_does(tmp_path: Path) -> None:
    made = new_test_folder(tmp_path, "test_names[Anna: ja\n/../x] and more words after", itertools.count(7))
    assert made.name == "test_names_Anna__ja_____x__and7" and made.parent == tmp_path
