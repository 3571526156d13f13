"""The one exception family for bad input and configuration.

Library code raises a subclass naming the file and the problem; the command line prints it as
one line (no traceback) and exits with status 2. Bugs are other exceptions and keep their
tracebacks.
"""


class PhonehomeError(Exception):
    """Bad input or configuration, with a message a user can act on."""


class UserError(PhonehomeError):
    """A bad command-line argument: reported as one line, exit status 2."""
