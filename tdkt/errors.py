"""The one family of errors tdkt raises to its users: each carries a message that says what to do next and the
exit code the command line gives it, so `tdkt.cli.main` and the Python API report failures the same way."""

from __future__ import annotations

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE, EXIT_INVALID, EXIT_STORE, EXIT_REMOTE = 0, 1, 2, 3, 4, 5


class TdktError(Exception):
    """A failure the user can act on; `code` is the exit code of the command line."""

    code = EXIT_USAGE

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code


class StoreError(TdktError):
    """The embedded store could not be opened, read or written."""

    code = EXIT_STORE


class RemoteError(TdktError):
    """A server refused or could not be reached."""

    code = EXIT_REMOTE
