"""Hashed contacts sent for friend matching: several digests in one list, under a key naming
e-mail addresses or phone numbers (``{"emails_sha256": [...4 digests]}``) or a bare ``hashes``
list sent to a contacts call (``POST /contacts/match {"hashes": [...], "kind": "phone_sha256"}``),
are the address book's entries, hashed (``content.contacts``), not the user's own address or
number (blind21). One digest is the user's own, as an ad SDK or a sign-up sends it. Digest
lengths: MD5, SHA-1, SHA-256, SHA-512 (``base.HASH_BY_LEN``).
"""

from __future__ import annotations

import dataclasses
import re

from analysis.classifiers.base import leaf_finding, preview
from analysis.classifiers.structure_base import url_words
from analysis.classifiers.validators_ids import HASH
from analysis.classifiers.words import key_words
from analysis.decoders import Decoded, Leaf
from analysis.records import Detector, Finding

CONTACT_WORDS = frozenset({"email", "emails", "mail", "mails", "phone", "phones", "contact",
                           "contacts", "number", "numbers", "msisdn", "msisdns", "mobile",
                           "mobiles"})
HASH_LISTS = frozenset({"hashes", "hashed", "digests", "hashedcontacts", "hashlist"})
CONTACTED = frozenset({"contact.email", "contact.phone"})
# (not "sync", "lookup" or "match" alone: a file sync's, a photo lookup's hashes: QA52)
CONTACT_CALLS = frozenset({"contacts", "contact", "discover", "discovery", "friends",
                           "addressbook", "phonebook", "invite", "invites", "rubrica",
                           "adressbuch", "kontakte", "contatti", "contactos", "contatos"})
BOOKS = (frozenset({"address", "book"}), frozenset({"phone", "book"}))  # "/address-book/": QA54


def contacts_call(words: frozenset[str]) -> bool:
    """A call about the address book, by its path's words."""
    return bool(words & CONTACT_CALLS) or any(b <= words for b in BOOKS)
_INDEX = re.compile(r"\[\d+\]$")
MIN_ENTRIES = 2


def contact_hashes(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``found`` with the lists of hashed contacts (above) as one content.contacts finding each,
    their entries no longer read as the user's own address or number. (The caller looks at
    ``found``'s categories and the call first: most requests have no such list.)"""
    called = contacts_call(url_words(decoded))  # (cached per path)
    if not called and not any(f.category in CONTACTED and f.path.endswith("]") for f in found):
        return found
    lists: dict[tuple[str, str], list[Leaf]] = {}
    for leaf in decoded.leaves:
        if leaf.path.endswith("]") and HASH.fullmatch(leaf.text):
            lists.setdefault((leaf.part, _INDEX.sub("", leaf.path)), []).append(leaf)
    hashed = {where: leaves for where, leaves in lists.items()
              if len({x.text.lower() for x in leaves}) >= MIN_ENTRIES
              and _contacts(where[1], called)}
    if not hashed:
        return found
    out = [f for f in found if f.detector == Detector.GROUND_TRUTH
           or f.category not in CONTACTED
           or (f.part, _INDEX.sub("", f.path)) not in hashed]
    for (_, path), leaves in hashed.items():
        first = leaf_finding(exchange_id, leaves[0], "content.contacts", 0.8,
                             f"key '{path.rpartition('.')[2]}' holds {len(leaves)} digests of "
                             "contacts' addresses or numbers", "context.contact-hashes")
        out.append(dataclasses.replace(first, path=path, value=preview(
            ", ".join(x.text for x in leaves[:3]))))
    return out


def _contacts(path: str, called: bool) -> bool:
    """The list's own key names e-mail addresses or numbers, or it is a bare list of hashes
    sent to a contacts call (``called``): a file upload's "hashes" are none."""
    key = path.rpartition(".")[2]
    return bool(set(key_words(key)) & CONTACT_WORDS) or (
        called and key.lower().replace("_", "") in HASH_LISTS)
