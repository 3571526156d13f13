"""The readings that look at a request after every other reading named what it could, each
given what was found so far: a bearer token written into a text (``logged_bearers.py``), an
address book under the app's own word (``address_books.py``), a religion named by the value
(``religion_values.py``), a medical test named by its value with its result (``lab_tests.py``),
a medicine with its strength or its dose under the app's own word (``medicine_values.py``),
a treatment regimen by its drugs (``regimens.py``), an illness named by
the value under the app's own word (``condition_values.py``),
an e-mail address written inside a text (``mails_in_text.py``), a masked card number in a text
(``cards_in_text.py``), a sexual orientation named by
the value (``orientation_values.py``), a birth date by its value under the app's own word
(``birth_dates.py``), a framework's signed session cookie (``signed_sessions.py``), a password
and a payment token by their shape (``shaped_secrets.py``), the screens of a crash reporter's
navigation breadcrumbs (``crumb_screens.py``).
One call from ``classify_decoded``, in this order (each sees the findings of those before)."""

from __future__ import annotations

from analysis.classifiers.address_books import address_books
from analysis.classifiers.birth_dates import birth_dates
from analysis.classifiers.cards_in_text import cards_in_text
from analysis.classifiers.condition_values import condition_values
from analysis.classifiers.crumb_screens import crumb_screens
from analysis.classifiers.lab_tests import lab_tests
from analysis.classifiers.logged_bearers import logged_bearers
from analysis.classifiers.mails_in_text import mails_in_text
from analysis.classifiers.medicine_values import dose_records, medicine_values
from analysis.classifiers.orientation_values import orientation_values
from analysis.classifiers.regimens import regimens
from analysis.classifiers.religion_values import religion_values
from analysis.classifiers.shaped_secrets import shaped_secrets
from analysis.classifiers.signed_sessions import signed_sessions
from analysis.decoders import Decoded
from analysis.records import Finding

READINGS = (logged_bearers, address_books, religion_values, lab_tests, medicine_values,
            dose_records, regimens, condition_values,
            mails_in_text, cards_in_text, orientation_values, birth_dates, signed_sessions,
            shaped_secrets, crumb_screens)


def late_readings(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``found`` and what the late readings add to it."""
    for reading in READINGS:
        found = found + reading(exchange_id, decoded, found)
    return found
