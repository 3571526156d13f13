"""An e-mail address written inside a text: a log line, a message, a note.

A field whose whole value is an e-mail address is read by its shape (``value.email``), and a
log line's ``key=value`` pair under a word for the user by ``log_quoted.py``; but a crash
reporter's breadcrumb says ``"login ok for prisca.n@example.org"`` (QA174, sent to a crash SDK
abroad), a support message ``"my new address is …"``, and a claim "we do not give your e-mail
address to partners" then held. The address inside the text is the same data (TAXONOMY.md
``contact.email``) wherever it is written, the text around it says nothing to the contrary.

Read: each address in a text (RFC 5322's common form, the validator's rules: not a role
mailbox such as ``support@`` or ``noreply@``, by any part of its local part, in the languages
met: ``atencion.clientes@``, ``nominas.rrhh@``, ``buildbot@``; not a form's hint, in English
or not: ``you@example.com``, ``max.mustermann@beispiel.de``; not a file name's ``@2x.png``),
not one the text gives to write to ("write to …", "escríbenos a …"), not a machine's (a CI
runner's host, a git remote's ``git@host:``, a Message-ID's ``<…@…>``), not the
user-and-password part of a URL (``https://user:pw@host``), not a log line's ``key=value``
pair (``log_quoted.py`` reads those under a word for the user; a CI's ``author=jenkins@…``, a
company's ``hr_email=hr@…`` are no one's: QA92, QA105), in a string field no reading named
``contact.email``. 0.7: the address is plain to see; whose it
is, the text may not say (a friend's, a teacher's: still an e-mail address sent).
"""

from __future__ import annotations

import re

from analysis.classifiers.base import Unread, leaf_finding
from analysis.classifiers.validators_contact import email
from analysis.decoders import Decoded
from analysis.records import Finding

CATEGORY = "contact.email"
CONFIDENCE = 0.7
RULE = "value.email-in-text"
MAX_TEXT = 4096  # a longer text is a document or a dump: read its first part only
_ADDRESS = re.compile(r"(?<![\w.%+'/:=@<-])([A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]{1,63}"
                      r"(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24})(?![\w@:>-])")
# an organisation's or a machine's mailbox, by any part of its local part ("atencion.clientes@",
# "nominas.rrhh@", "buildbot@": the session's review), in the languages the sets met
ROLE_PARTS = frozenset({
    "atencion", "clientes", "cliente", "datenschutz", "redaktion", "booking", "bookings",
    "secretaria", "buergerbuero", "grupos", "nominas", "rrhh", "news", "newsletter", "sympa",
    "listserv", "jenkins", "git", "buildbot", "bot", "ci", "presse", "press", "verwaltung",
    "reservas", "reservations", "empleo", "jobs", "careers", "hr", "office", "admin", "info",
    "support", "help", "contact", "kontakt", "contacto", "sales", "service", "noreply",
    "no-reply", "donotreply", "mailer", "daemon", "postmaster", "billing", "accounts",
    "orders", "shop", "store", "team", "hello", "marketing", "privacy", "legal", "dpo"})
# a machine's host (a CI runner's, an internal one's) or a placeholder's domain or name
MACHINE_LABELS = frozenset({"ci", "runner", "agent", "corp", "internal", "local", "localhost",
                            "build", "jenkins", "gitlab", "github"})
PLACEHOLDER_DOMAINS = frozenset({"beispiel", "ejemplo", "exemplo", "esempio", "exemple",
                                 "przyklad", "voorbeeld", "domain", "domaine", "dominio"})
PLACEHOLDER_NAMES = frozenset({"max.mustermann", "usuario", "seu.nome", "votre.nom", "nombre",
                               "name", "vorname.nachname", "nome.cognome", "john.doe",
                               "jane.doe", "user", "username"})
# "write to …", "contact …": an address the text gives for writing to, an organisation's
_WRITE_TO = re.compile(r"(?i)(?:write to|e-?mail us|contact(?: us)?(?: at)?|escr[ií]be(?:nos)? a|"
                       r"schreib(?:en sie)? an|senden sie|richten sie|fale com|[ée]crivez[- ]"
                       r"(?:nous )?[àa]|booking:|se reciben en|reach us at)\W*$")


def _someones(address: str, before: str) -> bool:
    """Whether ``address`` may be a person's: not a role's, a machine's or a placeholder's,
    nor one the text gives for writing to."""
    local, _, domain = address.lower().partition("@")
    labels = domain.split(".")
    return (email(address) and not set(re.split(r"[._-]", local)) & ROLE_PARTS
            and not set(labels[:-1]) & MACHINE_LABELS and not any(c.isdigit() for c in labels[0])
            and labels[0] not in PLACEHOLDER_DOMAINS and local not in PLACEHOLDER_NAMES
            and _WRITE_TO.search(before[-40:]) is None)


def addresses(text: str) -> list[str]:
    """The e-mail addresses written in ``text`` that may be a person's (not a URL's
    user-and-password part, a git remote's ``git@host:``, a Message-ID's ``<…@…>``)."""
    text = text[:MAX_TEXT].replace("mailto:", "mailto ")
    out = []
    for m in _ADDRESS.finditer(text):
        address = m.group(1).rstrip(".")
        if _someones(address, text[:m.start()]):
            out.append(address)
    return out


def mails_in_text(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``contact.email`` for the texts with an e-mail address inside (above)."""
    if "@" not in decoded.joined_text():
        return []
    unread = Unread(found, CATEGORY)
    out = []
    for leaf in decoded.leaves:
        text = leaf.text
        if (type(leaf.value) is not str or "@" not in text or len(text) < 8
                or " " not in text.strip()):
            continue  # (a whole address is value.email's; one without a space is a token)
        if not (found_here := addresses(text)) or not unread.claim(leaf.part, leaf.path):
            continue
        what = ("an e-mail address" if len(found_here) == 1
                else f"{len(found_here)} e-mail addresses")
        out.append(leaf_finding(
            exchange_id, leaf, CATEGORY, CONFIDENCE,
            f"{what} written inside the text under '{leaf.key or leaf.path}'", RULE))
    return out
