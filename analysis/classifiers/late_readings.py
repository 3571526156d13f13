"""The readings that look at a request after every other reading named what it could, each
given what was found so far: a bearer token written into a text (``logged_bearers.py``), an
address book under the app's own word (``address_books.py``), a religion named by the value
(``religion_values.py``), a medical test named by its value with its result (``lab_tests.py``),
a medicine with its strength under the app's own word (``medicine_values.py``).
One call from ``classify_decoded``, in this order (each sees the findings of those before)."""

from __future__ import annotations

from analysis.classifiers.address_books import address_books
from analysis.classifiers.lab_tests import lab_tests
from analysis.classifiers.logged_bearers import logged_bearers
from analysis.classifiers.medicine_values import medicine_values
from analysis.classifiers.religion_values import religion_values
from analysis.decoders import Decoded
from analysis.records import Finding

READINGS = (logged_bearers, address_books, religion_values, lab_tests, medicine_values)


def late_readings(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``found`` and what the late readings add to it."""
    for reading in READINGS:
        found = found + reading(exchange_id, decoded, found)
    return found
