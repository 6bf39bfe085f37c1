"""A small exception tree. Raised only when the run cannot go on; bad cells are findings."""

from __future__ import annotations

__all__ = ["LkipError", "FileReadError", "FileWriteError", "UsageError"]


class LkipError(Exception):
    """Carries a message code from :mod:`lkip_xlsx.messages` and its parameters."""

    exit_code = 3

    def __init__(self, code: str, **params: str) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


class FileReadError(LkipError):
    """The input could not be read as a workbook (exit 3)."""


class FileWriteError(LkipError):
    """The output could not be written (exit 3)."""


class UsageError(LkipError):
    """The command line asked for something impossible (exit 2)."""

    exit_code = 2
