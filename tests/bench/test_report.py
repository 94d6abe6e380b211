"""The README's benchmark section is rebuilt from the committed results files."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import report


def test_update_readme_replaces_only_the_marked_section(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(f"intro\n{report.START}\nOLD-CONTENT\n{report.END}\noutro\n")
    report.update_readme(readme)
    text = readme.read_text()
    assert text.startswith("intro\n") and text.endswith("outro\n") and "OLD-CONTENT" not in text
    assert "**Poll cycle**" in text and "| reader |" in text and "**Relevance**" in text


def test_missing_markers_is_a_clear_error(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("no markers here\n")
    with pytest.raises(SystemExit, match="no <!-- bench:start -->"):
        report.update_readme(readme)


def test_committed_readme_matches_the_results() -> None:
    text = report.README.read_text("utf-8")
    section = text.split(report.START, 1)[1].split(report.END, 1)[0].strip()
    assert section == report.render().strip(), "run `python -m bench report` and commit"
