"""A password and a payment token by their shape, under keys in the app's own words.

The key rules read a password under "password", "passwd" and the lexicon's words for it, and a
payment token under "payment_method", "card_token"... An app names them in its own language
(Sicilian ``chiavi``, Bashkir ``serhuz``, Sepedi ``lentswe_la_sephiri``; Hiligaynon ``metodi``,
Bashkir ``metod``: blind237-blind253), and the values say what they are:

- a password as sign-up and log-in forms require it: 8 to 64 characters without a space, with
  a lower-case and an upper-case letter, a digit and a symbol that base64, URLs and IDs do not
  use (``!@#$%&*?``), four symbols at most and none but those people type (a GPP consent
  string's ``~``, an Ascii85 blob's braces are none), not a tag written "Name#1234", not a
  file's or a host's name ("icon@2x.PNG"):
  ``secret.credential`` at 0.7, under a
  key in the app's own words only (an English key's such value is a key rule's to read), in a
  request's body or query (a header's is a token's);
- a payment processor's token for a card or a bank account, Stripe's PaymentMethod ID: ``pm_``
  and 14 random characters or more (Stripe API reference, "Object IDs"; not ``card_``,
  ``src_`` or ``tok_``, a flashcard's, a campaign source's or any token's prefix as often: QA51,
  QA54; not a PaymentIntent's ``pi_``, a purchase's step the sets leave unlabelled):
  TAXONOMY.md's "payment tokens", ``financial.payment`` at 0.75, under any key.

Across the labelled sets such passwords are credentials 410 times in 458 (the others base64
text, now excluded, and handles).
"""

from __future__ import annotations

import re

from analysis.classifiers.base import Unread, leaf_finding
from analysis.classifiers.own_sentences import own_words_key
from analysis.decoders import Decoded
from analysis.records import Finding, Part

# (only the symbols people type in passwords, four at most: a GPP consent string's "~", an
# Ascii85 blob's braces and semicolons are none: the measurement over the sets)
PASSWORD = re.compile(r"(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[!@#$%&*?])(?!(?:.*[^A-Za-z0-9]){5})"
                      r"[A-Za-z0-9!@#$%&*?.\-_+=]{8,64}")
HANDLE = re.compile(r"[A-Za-z][A-Za-z0-9_.]*#\d{3,5}")
TOKEN = re.compile(r"pm_(?=[A-Za-z]*\d)[A-Za-z0-9]{14,64}")
FILE_OR_HOST = re.compile(r"\.[A-Za-z]{2,5}")  # ("icon@2x.PNG", "user@host.com": no password)
_ANY = re.compile(r"[!@#$%&*?]|pm_")
PASSWORD_CONFIDENCE = 0.7
TOKEN_CONFIDENCE = 0.75


def shaped_secrets(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``secret.credential`` for the password-shaped values under the app's own words, and
    ``financial.payment`` for a payment processor's card and bank tokens (above)."""
    if _ANY.search(decoded.joined_text()) is None:
        return []  # (most requests: no typed symbol nor a token's prefix anywhere)
    secrets = Unread(found, "secret.credential")
    payments = Unread(found, "financial.payment")
    out = []
    for leaf in decoded.leaves:
        text = leaf.text
        if type(leaf.value) is not str or not 8 <= len(text) <= 80:
            continue
        if "_" in text[:5] and TOKEN.fullmatch(text):
            if payments.claim(leaf.part, leaf.path):
                out.append(leaf_finding(
                    exchange_id, leaf, "financial.payment", TOKEN_CONFIDENCE,
                    f"value is a payment processor's token for a card or a bank account "
                    f"(its '{text.partition('_')[0]}_' object ID)", "value.payment-token"))
        elif (leaf.part in (Part.BODY, Part.QUERY) and PASSWORD.fullmatch(text)
              and not HANDLE.fullmatch(text) and not FILE_OR_HOST.search(text[-6:])
              and own_words_key(leaf.key) and secrets.claim(leaf.part, leaf.path)):
            out.append(leaf_finding(
                exchange_id, leaf, "secret.credential", PASSWORD_CONFIDENCE,
                f"value under '{leaf.key}', a key in the app's own words, is written as a "
                "password (both cases, a digit and a symbol)", "value.password-shape"))
    return out
