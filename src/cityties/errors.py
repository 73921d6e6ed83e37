"""Errors a user can cause and fix; the CLI prints them as one line, never a traceback."""


class UserError(Exception):
    """Bad input or a missing setting: the message names the input and what to do."""
