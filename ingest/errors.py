"""Errors a user can act on: each names the file and says what is wrong."""

from __future__ import annotations

from pathlib import Path


class ArticleError(Exception):
    """An input file that cannot be read as an article. The batch goes on without it."""

    def __init__(self, path: Path | str, problem: str, hint: str = "") -> None:
        self.path = Path(path)
        self.problem = problem
        self.hint = hint
        super().__init__(f"{self.path}: {problem}" + (f" ({hint})" if hint else ""))
