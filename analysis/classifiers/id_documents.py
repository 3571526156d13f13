"""An identity document's number named by its type beside it: ``{"id": "48291735S", "id_type":
"DNI"}``, ``{"type": "passport", "number": "C01X00T47"}``, ``{"kind": "NATIONAL_ID", "value":
"..."}`` — how KYC forms, open-banking consent APIs (Berlin Group's PSU identification) and
identity-verification SDKs send it, under a generic key that says nothing on its own.

The object must hold both: a type key whose value names an identity document (a passport, a
national ID card or number, a driving licence, a residence permit, a tax or social-security
number; names as ICAO 9303, ISO/IEC 18013 and national schemes call them), and a number key
beside it whose value is written like a document's number (``national_id_value``: a few
digits, no words). The number is ``personal.national_id`` at 0.75; the type key itself is
not data. Found by the QA36 tester (an open-banking request naming the user by DNI).
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.rules import norm_key
from analysis.classifiers.structure_base import url_words
from analysis.classifiers.validators_ids import national_id_value
from analysis.classifiers.validators_numbers import philsys_number
from analysis.decoders import Decoded, Leaf
from analysis.decoders.form import object_path
from analysis.records import Finding

RULE = "context.id-document-type"
CONFIDENCE = 0.75
TYPE_KEYS = frozenset({"type", "idtype", "documenttype", "doctype", "kind", "idkind",
                       "documentkind", "typeofid", "identificationtype", "identitytype",
                       "documentcategory",
                       # in Spanish (QA50: a hotel check-in's "tipo_documento": "PASAPORTE")
                       "tipodocumento", "tipodedocumento", "tipodoc", "tipoidentificacion",
                       "tipo", "typ", "ausweistyp", "dokumenttyp", "dokumentart"})
NUMBER_KEYS = frozenset({"number", "id", "value", "no", "num", "documentnumber", "idnumber",
                         "docnumber", "identifier", "documentid", "identification",
                         "numerodocumento", "numerodedocumento", "numerodoc", "nrodocumento",
                         "numeroidentificacion", "numero", "nummer", "ausweisnummer",
                         "dokumentnummer"})
# the Philippines' national ID (QA184's KYC vendor): its number in groups of four, which the
# generic check reads as a licence key's shape
PHILSYS = frozenset({"philsys", "philid", "philsysid"})
DOCUMENTS = PHILSYS | frozenset({
    "passport", "passportnumber", "nationalid", "nationalidcard", "nationalidentitycard",
    "idcard", "identitycard", "governmentid", "govid", "driverslicense", "driverlicense",
    "driverslicence", "drivinglicence", "drivinglicense", "residencepermit",
    "residencecard", "ssn", "socialsecuritynumber", "taxid", "itin", "nin", "dni", "nie",
    "nif", "cpf", "curp", "rut", "nric", "hkid", "aadhaar", "pesel", "bsn", "codicefiscale",
    "personnummer", "voterid", "militaryid",  # (not "pan", "sin", "tin": a card, a sine, a can)
    "pasaporte", "passaporte", "passaporto", "cedula", "ceduladeciudadania",
    "ceduladeidentidad", "ine", "dnie", "personalausweis", "reisepass", "ausweis",
    "cartadidentita", "cartaidentita"})  # (Spanish, Portuguese, Italian: QA50-QA52; not
# "rfc": an IETF document's type too)
# a passport's number, typed as one: up to three letters and six to nine digits (Spain's
# "PAB123456": QA52), which the generic check refuses (three letters read as a word)
PASSPORT = re.compile(r"[A-Z]{1,3}\d{6,9}")
PASSPORTS = frozenset({"passport", "pasaporte", "passaporte", "passaporto", "reisepass"})
UUID = re.compile(r"[0-9a-fA-F]{8}(?:-?[0-9a-fA-F]{4}){3}-?[0-9a-fA-F]{12}")  # a record's own id


@lru_cache(maxsize=4096)
def _maybe(keys: frozenset[str]) -> bool:
    normed = {norm_key(k) for k in keys}
    return bool(normed & TYPE_KEYS) and bool(normed & NUMBER_KEYS)


# An identity document's expiry date is no card's (QA94: a courier's DNI sent to a KYC vendor as
# "metadata{document_type: "DNI", expiry_date}", "passport{number, expiry_date}"): the date is
# read as a card's by its key (keys.toml's key.payment) unless its object or the call names a
# document and nothing of a card is beside it or above it. A card expires in a month
# ("12/27"); a whole date ("2031-05-17": a visa's, a licence's, an offer's, a membership's) is
# never a card's expiry (the session's review)
EXPIRIES = frozenset({"expirydate", "expirationdate", "expiry", "expires", "expiration",
                      "validuntil", "dateofexpiry"})
DOCUMENT_WORDS = DOCUMENTS | {"document", "documents", "kyc", "identity", "idcheck"}
CARD_KEYS = frozenset({"cvv", "cvc", "pan", "cardnumber", "last4", "brand", "cardholder",
                       "cardbrand", "cardlast4", "bin"})
CARD_OBJECTS = frozenset({"card", "cards", "payment", "paymentmethod", "creditcard", "billing"})
_MONTH = re.compile(r"(0?[1-9]|1[0-2])\s?[/-]\s?(\d{2}|\d{4})")
_WHOLE_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ].*)?|\d{1,2}[./]\d{1,2}[./]\d{4}")


def _document_expiries(found: list[Finding], decoded: Decoded) -> list[Finding]:
    expiries = [f for f in found if f.category == "financial.payment"
                and norm_key(f.path.rpartition(".")[2]) in EXPIRIES]
    if not expiries:
        return found
    keys = {norm_key(k) for k in decoded.key_set()}
    typed = {(leaf.part, object_path(leaf.path)) for leaf in decoded.leaves
             if norm_key(leaf.key) in TYPE_KEYS and type(leaf.value) is str
             and norm_key(leaf.text) in DOCUMENTS}
    called = bool(url_words(decoded) & DOCUMENT_WORDS) and not keys & CARD_KEYS
    dropped = set()
    for f in expiries:
        above = {norm_key(p) for p in f.path.split(".")[:-1]}
        whole = bool(_WHOLE_DATE.fullmatch(f.value.strip()))
        documented = (not _MONTH.fullmatch(f.value.strip()) and not above & CARD_OBJECTS
                      and not keys & CARD_KEYS
                      and (called or (f.part, object_path(f.path)) in typed
                           or bool(above & DOCUMENT_WORDS)))
        if whole or documented:
            dropped.add((f.part, f.path))
    return [f for f in found if f.category != "financial.payment"
            or (f.part, f.path) not in dropped]


def with_documents(found: list[Finding], exchange_id: int, decoded: Decoded) -> list[Finding]:
    """``found`` with the typed documents' numbers, which are no user or device IDs (a
    generic ``value`` or ``id`` under ``identity`` reads as one by its key), and without an
    identity document's expiry read as a card's (above)."""
    found = _document_expiries(found, decoded)
    docs = typed_documents(exchange_id, decoded)
    if not docs:
        return found
    where = {(d.part, d.path) for d in docs}
    return [f for f in found if f.category not in ("id.user", "id.device")
            or (f.part, f.path) not in where] + docs


def typed_documents(exchange_id: int, decoded: Decoded) -> list[Finding]:
    """A finding for each document number named by its type beside it (module docstring)."""
    if not _maybe(decoded.key_set()):
        return []
    typed: dict[tuple[str, str], str] = {}  # (part, object path) -> the document its type names
    numbers: list[Leaf] = []
    for leaf in decoded.leaves:
        name = norm_key(leaf.key)
        if name in TYPE_KEYS and type(leaf.value) is str and norm_key(leaf.text) in DOCUMENTS:
            typed[(leaf.part, object_path(leaf.path))] = norm_key(leaf.text)
        elif name in NUMBER_KEYS and not leaf.array:
            numbers.append(leaf)
    if not typed:
        return []
    return [leaf_finding(exchange_id, leaf, "personal.national_id", CONFIDENCE,
                         f"key '{leaf.key}' is the number of the identity document its "
                         "object's type names", RULE)
            for leaf in numbers
            if (document := typed.get((leaf.part, object_path(leaf.path)))) is not None
            and _numbered(document, leaf.text) and not UUID.fullmatch(leaf.text.strip())]


def _numbered(document: str, text: str) -> bool:
    """``text`` is written as a number of ``document``: a national ID's, or in a passport's or
    a PhilSys number's own shape, which the generic check refuses."""
    return bool(national_id_value(text)
                or (document in PASSPORTS and PASSPORT.fullmatch(text.strip()))
                or (document in PHILSYS and philsys_number(text)))
