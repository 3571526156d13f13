"""An address book sent under the app's own word: a list of people, each with a name and a phone
number or an e-mail address, shaped as a phone's contacts keep them.

A key rule reads an upload under "contacts" or "addressbook" (``content.contacts``), but an app
names the list in its own language (Kwéyòl ``kontak``, Nauruan ``ibiyen``, Northern Sámi
``oktavuodat``: QA164, QA166, QA167), and the entries' names and numbers are then read as
another person's name and phone only, so a claim "we do not upload your address book" held
while the app uploaded it. The shape says it without the word, in one of two ways:

- a person's numbers as a **list** (``"telefon": ["+1758…", "+1758…"]``): Android's
  ContactsContract and iOS's CNContact keep several numbers per contact, and an export keeps
  them so; a form about one other person (a beneficiary, an emergency contact) has one;
- or a call that names the contacts (``/kontak/sync``, ``/v2/contacts/upload``).

Three people or more (a form's two references are no address book), and no entry holding more
than a contact's fields (an order's amount, a CRM's revenue, a shipment's postcode, a signing's
order: the session's review).

Each entry must have a name and a phone or an e-mail read by the rules (``contact.*``), the
names must differ, and the list is no household's, team's or group's by its name (a savings
group's members, a family's, a match's players: a list of people the app keeps, not the
phone's). Reported as ``content.contacts`` at 0.75 beside the readings already there, with
the evidence of the shape.
"""

from __future__ import annotations

import dataclasses
import re

from analysis.classifiers.base import Unread, leaf_finding, list_path
from analysis.classifiers.paths import path_words
from analysis.classifiers.rules import norm_key
from analysis.classifiers.structure_base import url_words
from analysis.decoders import Decoded
from analysis.records import Finding

CATEGORY = "content.contacts"
CONFIDENCE = 0.75
RULE = "shape.address-book"
PERSON = frozenset({"contact.name", "contact.phone", "contact.email"})
# a call that names the phone's contacts (a bare "sync" or "upload" is a group's, a CRM's, a
# shipment's list as often: the session's review), in English and the words apps write
CONTACT_CALLS = frozenset({"contacts", "contact", "addressbook", "phonebook", "kontak",
                           "kontakte", "kontakty", "contactos", "contatos", "contacten",
                           "kontakter", "rubrica", "agenda", "repertoire"})
MIN_PEOPLE = 3
# lists of people the app keeps, not the phone's: a group's, a household's, a team's, a
# shipment's, a CRM's, a signing's (the session's review)
NOT_BOOKS = frozenset({"members", "member", "household", "family", "players", "team", "guests",
                       "participants", "attendees", "passengers", "beneficiaries", "staff",
                       "employees", "children", "dependants", "dependents", "group", "crew",
                       "recipients", "customers", "clients", "signers", "parents",
                       "guardians", "emergency", "patients", "students", "pupils"})
# ...and an entry holding more than a contact's fields: an order's, a CRM's, a signing's
NOT_ENTRY = frozenset({"order", "amount", "total", "price", "revenue", "umsatz", "cep", "zip",
                       "postcode", "address", "seat", "table", "status", "role", "orden"})
_ENTRY = re.compile(r"(.*?)\[(\d+)\]\.([^\[.]+)(\[\d+\])?$")


def address_books(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``content.contacts`` for the entries of a list shaped as an address book (above)."""
    if sum(f.category in PERSON for f in found) < 4:
        return []  # (most requests: no two people's names and numbers)
    lists: dict[tuple[object, str], dict[int, dict[str, list[Finding]]]] = {}
    listed_phone: set[tuple[object, str]] = set()
    for f in found:
        if f.category not in PERSON or f.confidence < 0.5:
            continue
        m = _ENTRY.fullmatch(f.path)
        if m is None:
            continue
        at = (f.part, m.group(1))
        lists.setdefault(at, {}).setdefault(int(m.group(2)), {}).setdefault(
            f.category, []).append(f)
        if m.group(4) and f.category == "contact.phone":
            listed_phone.add(at)
    if not lists:
        return []
    synced = bool(url_words(decoded) & CONTACT_CALLS)
    entry_keys = {(x.part, x.path.rpartition("[")[0], norm_key(x.key)) for x in decoded.leaves
                  if "[" in x.path}
    unread = Unread(found, CATEGORY)
    out: list[Finding] = []
    leaves = None
    for where, entries in lists.items():
        people = {i: e for i, e in entries.items() if "contact.name" in e
                  and ("contact.phone" in e or "contact.email" in e)}
        names = {e["contact.name"][0].value.strip().lower() for e in people.values()}
        if (len(people) < MIN_PEOPLE or len(names) < len(people)
                or path_words(where[1]) & NOT_BOOKS or not (where in listed_phone or synced)
                or any(k in NOT_ENTRY for p, w, k in entry_keys
                       if p == where[0] and (w == where[1] or w.startswith(where[1] + "[")))):
            continue
        why = ("a list of numbers per person, as a phone's contacts keep them"
               if where in listed_phone else "sent to a call that syncs or uploads them")
        if leaves is None:  # (once: an address book of a thousand people is read in one pass)
            leaves = {(x.part, x.path): x for x in decoded.leaves}
        for e in people.values():
            for f in (x for fs in e.values() for x in fs):
                # (a person's list of numbers is one finding at the list, as lists are)
                path = list_path(f.path)
                leaf = leaves.get((f.part, f.path))
                if leaf is None or not unread.claim(f.part, path):
                    continue
                out.append(dataclasses.replace(leaf_finding(
                    exchange_id, leaf, CATEGORY, CONFIDENCE,
                    f"an address book's entry: {len(people)} people under "
                    f"'{where[1] or '$'}', each with a name and a phone or an e-mail, "
                    f"{why}", RULE), path=path))
    return out
