"""Validators of contact details, named by the rule files like the others
(``validators.VALIDATORS``): e-mail addresses (RFC 5322 addr-spec as apps write them, without
role mailboxes of RFC 2142, file names such as "logo@2x.png", input hints and cloud service
accounts) and phone numbers (ITU-T E.164 and E.123 written forms, without epoch timestamps or
toll-free lines).
"""

from __future__ import annotations

import re

from analysis.classifiers.validators_ids import HASH

EMAIL = re.compile(
    r"[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}")
E164 = re.compile(r"\+[1-9]\d{6,14}")
# "+251 912 555 871", "+380-50-555-4417", "+1 (415) 555-0134": an international number in
# the groups people and forms write it in (ITU-T E.123), two groups or more after the calling
# code, 8 to 15 digits; not a date written with a sign ("+2025-12-03", ISO 8601's expanded year)
GROUPED_E164 = re.compile(r"\+[1-9]\d{0,2}(?:[ .-]\(?\d{1,5}\)?|\(\d{1,5}\)){2,6}")
_SIGNED_DATE = re.compile(r"\+\d{4,6}-\d\d-\d\d")
_DECIMALS = re.compile(r"\.\d{4}")


def grouped_e164(text: str) -> bool:
    """An international phone number written in groups (above)."""
    digits = "".join(c for c in text if c.isdigit())
    # (ten digits or more: "+12 500 000" is a balance's change; no ISO 6709 point
    # "+40.7128-074.0060"; no toll-free line "+1 800 555 0199": the session's review)
    return (bool(GROUPED_E164.fullmatch(text)) and 10 <= len(digits) <= 15
            and not _SIGNED_DATE.match(text) and not _DECIMALS.search(text)
            and not digits.startswith(TOLL_FREE))


def e164_written(text: str) -> str:
    """How ``text`` writes one or more international phone numbers (the evidence), or "": one
    in E.164, one in groups, or a list of E.164 numbers joined by commas (an SMS gateway's
    recipients, "to": "+2519…,+2517…": QA134); not a form's dummy ("+55 11 1111-1111")."""
    if len(set(text) & set("0123456789")) < 3:
        return ""
    if E164.fullmatch(text):
        return "value is an E.164 phone number"
    if grouped_e164(text):
        return "value is an international phone number written in groups (ITU-T E.123)"
    parts = text.split(",")
    if 1 < len(parts) <= 50 and all(E164.fullmatch(p.strip()) for p in parts):
        return f"value is a list of {len(parts)} E.164 phone numbers"
    return ""


# "(555) 010-0199": the national form with the area code in brackets (ITU-T E.123)
PHONE = re.compile(r"\+?[\d(][\d ()./-]{5,18}\d")
_READING = re.compile(r"\d+\.\d{1,2}")  # a measurement with one or two decimals


# Role mailboxes (RFC 2142 and their common kin) reach a company's team, not a person: an app
# sending its own support address says nothing about the user.
ROLE_MAILBOXES = frozenset({
    "support", "help", "info", "noreply", "no-reply", "donotreply", "do-not-reply", "abuse",
    "postmaster", "hostmaster", "webmaster", "security", "privacy", "sales", "contact",
    "feedback", "hello", "team", "admin", "billing", "legal", "dpo", "press", "jobs",
    "notifications", "mailer-daemon",
    # ...and in the languages of the key words read (QA41: a Brazilian app's suporte@)
    "suporte", "soporte", "atendimento", "atencion", "contato", "contacto", "ajuda", "ayuda",
    "naoresponda", "naoresponder", "noresponder", "sac", "ouvidoria", "atencionalcliente",
    "atendimentoaocliente",
    "faturamento", "facturacion", "vendas", "ventas", "kontakt", "pomoc", "biuro", "hilfe",
    "aide", "assistenza", "assistance", "servicio", "servico", "klantenservice",
    "service", "kundenservice", "kundendienst", "customerservice", "customercare",
    "werkstatt", "servicioalcliente", "servicocliente"})


# File extensions no top-level domain is (IANA root zone): "logo@2x.png", "bg@3x.webp" are
# Apple's and Android's density-suffixed image names, not mailboxes.
FILE_SUFFIXES = frozenset({"png", "jpg", "jpeg", "gif", "webp", "svg", "heic", "bmp", "ico",
                           "pdf", "js", "css", "json", "html", "htm", "mp4", "mp3", "wav", "m4a",
                           "mov", "ttf", "otf", "woff", "woff2", "xml", "txt", "zip", "gz",
                           "lottie", "riv", "webm", "avif", "tif", "tiff", "plist", "strings"})


def email(text: str) -> bool:
    t = text.strip()
    local, _, domain = t.partition("@")
    d = domain.lower()
    return (bool(EMAIL.fullmatch(t)) and local.lower() not in ROLE_MAILBOXES
            and local.lower().replace(".", "").replace("-", "").replace("_", "")
            not in ROLE_MAILBOXES  # "customer.service@", "customer-service@" (QA44)
            and d.rpartition(".")[2] not in FILE_SUFFIXES
            and ".iam." not in d and not d.endswith(".gserviceaccount.com")
            and not (local.lower() in HINT_MAILBOXES and d.split(".")[0] in ("example", "domain",
                                                                               "email", "mail")))


# An input field's hint ("you@example.com"), not anyone's address; service accounts (".iam.",
# gserviceaccount.com) are a cloud project's identity in a signed URL.
HINT_MAILBOXES = frozenset({"you", "your", "yourname", "youremail", "your.name",
                            "your.email"})


def email_or_hash(text: str) -> bool:
    return email(text) or bool(HASH.fullmatch(text.strip()))


def phone(text: str) -> bool:
    t = text.strip()
    digits = re.sub(r"\D", "", t)
    if not PHONE.fullmatch(t) or not 7 <= len(digits) <= 15 or len(set(digits)) < 3:
        return False  # (a form's dummy "99999999999" or "0000000000": no subscriber's)
    tokens = t.split()
    if len(tokens) >= 2 and any(_READING.fullmatch(tok) for tok in tokens):
        return False  # readings ("23.5 45.1 1013.2", "4.5 1200 35"), no number's groups (QA49)
    # epoch timestamps (10 or 13 digits starting 1) are not phone numbers; a toll-free number
    # is a company's line, never a subscriber's
    return not (t.isdigit() and len(t) in (10, 13) and t.startswith("1")) and not (
        t.startswith("+") and digits.startswith(TOLL_FREE))


# Toll-free and freephone ranges by country calling code (ITU-T E.164 national plans): NANP
# 800/833/844/855/866/877/888, UK 0800/0808, Germany/France/Italy/Spain 800 and 900 kin,
# Australia 1800, Japan 0120, India 1800.
TOLL_FREE = ("1800", "1833", "1844", "1855", "1866", "1877", "1888", "44800", "44808",
             "49800", "33800", "33805", "39800", "34800", "34900", "611800", "81120", "911800",
             "31800", "32800", "41800", "43800", "45800", "46200", "47800", "353180")


def phone_or_hash(text: str) -> bool:
    return phone(text) or bool(HASH.fullmatch(text.strip()))


# Not the phone's public address: RFC 1918/4193 private, CGNAT (RFC 6598), loopback,
# link-local, multicast, reserved. Documentation ranges (RFC 5737/3849) count as public: synthetic
# demo and test data use them for the device's public address.


def password_like(v: str) -> bool:
    """Six characters or more and no space, with a digit or a symbol, or eight with both
    cases."""
    return (len(v) >= 6 and not any(c.isspace() for c in v)
            and (any(c.isdigit() or c in "!@#$%^&*?_+=~" for c in v)
                 or (len(v) >= 8 and not v.islower() and not v.isupper())))


def condition_value(text: str) -> bool:
    """A condition named alone ("asthma", "parkinsons"; health_named.condition_alone, imported
    here when first asked: that module reads the rules, which read these validators)."""
    from analysis.classifiers.health_named import condition_alone
    return bool(condition_alone(text))


def dialled_phone(text: str) -> bool:
    """A phone number as dialled, with its calling code or its trunk prefix ("+63 917 …",
    "0917…"), eight to fifteen digits: a WhatsApp number's key holds counts and IDs too."""
    return phone(text) and text.strip()[:1] in "+0" and 8 <= sum(c.isdigit() for c in text) <= 15
