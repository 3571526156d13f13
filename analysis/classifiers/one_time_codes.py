"""One-time codes sent to a verification call: the digits of an SMS, e-mail or authenticator
code under a bare ``code`` (blind21: ``POST /auth/otp/verify {"email": ..., "code": "804117"}``,
a phone verification form), which a key rule cannot tell from a promo, a country or a zone code
without the call. They are credentials (TAXONOMY ``secret.credential``: the code proves the
session to the server). HOTP and TOTP codes have 6 to 8 digits (RFC 4226 §5.3, RFC 6238); SMS
codes 4 to 8.
"""

from __future__ import annotations

import re

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.rules import norm_keys
from analysis.classifiers.structure_base import call_words, url_segments, url_words
from analysis.classifiers.words import english
from analysis.decoders import Decoded, Leaf
from analysis.records import Finding

# The call verifies a code (its last path segment), for a sign-in, a phone or an e-mail address
# (its path's words): not a parking session's confirmation, an account deletion's, a referral's
# or an error event's (QA51)
VERIFY_CALLS = frozenset({"verify", "verification", "otp", "2fa", "mfa", "totp", "twofactor"})
ACCOUNT_CALLS = frozenset({"auth", "login", "signin", "phone", "sms", "email", "otp", "mfa",
                           "2fa", "signup", "register", "registration"})
# ...or the phone number or the address the code was sent to, beside it (QA52: /verify/check)
ACCOUNT_KEYS = frozenset({"phone", "email", "msisdn", "phonenumber", "mobile"})
NOT_CODE_CALLS = frozenset({"referral", "referrals", "promo", "coupon", "voucher", "invite",
                            "gift", "discount", "booking", "bookings", "reservation",
                            "reservations", "order", "orders"})  # (QA51, QA54)
CODE_KEYS = frozenset({"code", "otp", "otpcode", "verificationcode", "smscode", "totp", "kod",
                       "mfacode", "onetimecode", "confirmationcode", "codigo",
                       "token", "codice", "einmalcode"})  # (Supabase's: {"token": ...})
# the last segment may check what the path verifies ("/verify/check", "/otp/validate": QA52)
CHECKS = frozenset({"check", "confirm", "validate", "submit"})
SENDING = frozenset({"channel", "via", "deliverymethod", "delivery"})
_DIGITS = re.compile(r"\d{3,4}[ -]?\d{1,4}")
CONFIDENCE = 0.8
# (a booking's, a flight's confirmation code is no credential: QA58)
COGNITO = frozenset({"clientid", "confirmationcode", "username"})


def one_time_codes(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """secret.credential for a short code of digits sent to a verification call (above)."""
    # (with the path's raw segments: "2fa" is split as "2" + "fa" into words, a review found)
    words = url_words(decoded) | {seg.lower() for seg in url_segments(decoded)}
    keys = norm_keys(decoded.key_set())
    if keys >= COGNITO:  # Amazon Cognito's ConfirmSignUp: no path, its client and user beside
        return [leaf_finding(exchange_id, leaf, "secret.credential", CONFIDENCE,
                             f"key '{leaf.key}' holds a sign-up's confirmation code, sent with "
                             "a user pool's client ID and the user's name", "context.one-time-code")
                for leaf in decoded.leaves if leaf.key == "ConfirmationCode"
                and _DIGITS.fullmatch(leaf.text.strip()) and 4 <= _count(leaf.text) <= 8]
    if words & NOT_CODE_CALLS:
        return []
    if not (words & VERIFY_CALLS or {"sign", "in", "phone"} <= words) or not (
            words & ACCOUNT_CALLS or keys & ACCOUNT_KEYS):
        # most requests (and Firebase's accounts:signInWithPhoneNumber is a verification call:
        # QA51); a sign-in's step in the app's own words is read by its fields alone (below)
        return _sign_in_step(exchange_id, decoded, found)
    last = call_words(decoded)
    if not last & (VERIFY_CALLS | CHECKS) and not {"sign", "in", "phone"} <= last:
        return []  # "/phone/verify/start" asks for a code; it sends none yet (QA51)
    # beside {"channel": "sms"} a request to send a code, unless the code has six digits or
    # more (a dialling code has four at most: QA52, QA54)
    sending = bool(SENDING & keys)
    have = {(f.part, f.path) for f in found if f.category == "secret.credential"}
    return [leaf_finding(exchange_id, leaf, "secret.credential", CONFIDENCE,
                         f"key '{leaf.key}' holds a one-time code of {_count(leaf.text)} digits "
                         "sent to a verification call", "context.one-time-code")
            for leaf in decoded.leaves
            if leaf.part in ("body", "query") and leaf.path.count(".") <= 1
            and leaf.key.lower().replace("_", "") in CODE_KEYS and not leaf.array
            and (leaf.part, leaf.path) not in have
            and _DIGITS.fullmatch(leaf.text.strip())
            and (6 if sending else 4) <= _count(leaf.text) <= 8]


# A sign-in's step named in the app's own words ("/v1/login/sms", "/api/v1/kod", "/kaute/kode":
# blind159, blind242, blind163; QA198's Acholi call): a code of 4 to 8 digits under a word for a
# code, beside the phone number or the e-mail address the key rules found (in any language) and
# nothing else, is the code sent to them. Below a verification call's confidence.
STEP_CONFIDENCE = 0.7
STEP_FIELDS = 3
CODE_WORDS = frozenset({"code", "otp", "verification code", "one time code", "sms code"})
SENT_TO = frozenset({"contact.phone", "contact.email"})


def _sign_in_step(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    fields: list[Leaf] = []
    for leaf in decoded.leaves:  # (most requests have more fields: stop at the fourth)
        if leaf.part in ("body", "query"):
            fields.append(leaf)
            if len(fields) > STEP_FIELDS:
                return []
    if len(fields) < 2:
        return []
    named = {(f.part, f.path): f.category for f in found}
    codes = [leaf for leaf in fields if (leaf.part, leaf.path) not in named and not leaf.array
             and _DIGITS.fullmatch(leaf.text.strip()) and 4 <= _count(leaf.text) <= 8
             and (leaf.key.lower().replace("_", "") in CODE_KEYS
                  or english(leaf.key) in CODE_WORDS)]
    rest = [named.get((leaf.part, leaf.path)) for leaf in fields if leaf not in codes]
    if len(codes) != 1 or not rest or not all(cat in SENT_TO for cat in rest):
        return []
    leaf = codes[0]
    return [leaf_finding(exchange_id, leaf, "secret.credential", STEP_CONFIDENCE,
                         f"key '{leaf.key}' holds a code of {_count(leaf.text)} digits sent with "
                         "nothing but the phone number or the e-mail address it was sent to (a "
                         "sign-in's step)", "context.one-time-code")]


def _count(text: str) -> int:
    return sum(c.isdigit() for c in text)
