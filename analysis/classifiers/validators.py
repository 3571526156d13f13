"""Value validators named by the rule files (``rules/*.toml``: ``validate = "imei"``).

Sources: IMEI check digit is the Luhn algorithm (3GPP TS 23.003 §6.2.1, GSMA TS.06); IMSI is
MCC(3) + MNC(2-3) + MSIN, at most 15 digits (ITU-T E.212); ICCID starts with the telecom
industry prefix 89 (ITU-T E.118); MAC addresses are EUI-48 (IEEE 802); E.164 numbers have at
most 15 digits (ITU-T E.164); UUIDs follow RFC 9562; IP ranges per RFC 1918/6890 (the
``ipaddress`` module's ``is_global``).
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from typing import Any

from analysis.classifiers.location_codes import VALIDATORS as LOCATION_CODES
from analysis.classifiers.validators_contact import (
    condition_value,
    dialled_phone,
    email,
    email_or_hash,
    password_like,
    phone,
    phone_or_hash,
)
from analysis.classifiers.validators_device import (
    DEVICE_VALIDATORS,
    battery_level,
    codename,
    model,
    model_or_os,
    osname,
    phone_brand,
    phone_model,
    product_codename,
    resolution,
    user_agent_device,
)
from analysis.classifiers.validators_geo import GEO_VALIDATORS, lat, latlon_pair, lon, num_value
from analysis.classifiers.validators_health import HEALTH_VALIDATORS, vector_text
from analysis.classifiers.validators_ids import (
    ID_VALIDATORS,
    MAC,
    client_identifier,
    digest,
    iccid,
    identifier,
    imei,
    imei_like,
    imsi,
    mac_like,
    national_id_value,
    national_number,
    sim_like,
)
from analysis.classifiers.validators_names import (
    birth_value,
    display_name,
    event_name,
    gender_value,
    gender_word,
    handle,
    lat_e7,
    lon_e7,
    name_part,
    not_resolution,
    payer_name,
    person_like,
    person_name,
    postal_address,
    pronoun_value,
)
from analysis.classifiers.validators_national import NATIONAL_VALIDATORS
from analysis.classifiers.validators_net import carrier_value, cell_id, ip_private, ip_public
from analysis.classifiers.validators_placeholder import is_placeholder
from analysis.classifiers.validators_tokens import PUBLISHABLE, SDK_KEY, TOKEN_VALIDATORS
from analysis.classifiers.validators_values import (
    age_value,
    amount,
    ancestry_value,
    bank_number,
    birth_date,
    card_field,
    country_value,
    document_number,
    ethnicity_value,
    fitness_kind,
    header_token,
    health_text,
    island_name,
    locale_text,
    measure,
    media,
    payment_token,
    place_name,
    prose,
    region_value,
    session_header,
    slug,
    typing_count,
    ud_place,
    web_url,
)

UUID = re.compile(r"[0-9a-fA-F]{8}-?(?:[0-9a-fA-F]{4}-?){3}[0-9a-fA-F]{12}")
HEXID = re.compile(r"[0-9a-fA-F]{16,128}")
COUNTRY2 = re.compile(r"[A-Za-z]{2}")

def mac(text: str) -> bool:
    return bool(MAC.fullmatch(text.strip())) and not is_placeholder(text.lower())


def uuid(text: str) -> bool:
    t = text.strip()
    if t[:1] == "{" and t[-1:] == "}":  # Microsoft's registry form "{6f1c2b3a-...}"
        t = t[1:-1]
    return bool(UUID.fullmatch(t)) and len(set(t.replace("-", ""))) > 2


def mcc(text: str) -> bool:
    return len(text) == 3 and text.isdigit() and text[0] in "234567"


def mnc(text: str) -> bool:
    return 2 <= len(text) <= 3 and text.isdigit()


def mccmnc(text: str) -> bool:
    t = text.replace("-", "").replace("/", "")
    return 5 <= len(t) <= 6 and t.isdigit() and t[0] in "234567"


def country(text: str) -> bool:
    return bool(COUNTRY2.fullmatch(text.strip()))


def text(value: str) -> bool:
    return bool(value.strip()) and not is_placeholder(value)


def words(value: str) -> bool:
    """Free text someone typed: letters, at least two characters."""
    return len(value.strip()) >= 2 and "\x00" not in value and any(c.isalpha() for c in value)


def number(value: str) -> bool:
    return num_value(value) is not None


def any_value(value: str) -> bool:
    return True


def secret(value: str) -> bool:
    """A credential value: not empty, not a bare epoch timestamp (GA's ``sid`` is a time), not
    Basic authentication of a publishable key with no password (an analytics write key:
    ``Basic base64("pk_live_...:")``, the same in every copy of the app)."""
    t = value.strip()
    if t[:7].lower() == "bearer ":
        t = t[7:].strip()  # "Bearer pk_live_...": a publishable key is no secret either way
    if (is_placeholder(t) or len(t) < 4 or t.startswith(PUBLISHABLE) or "_pub_" in t[:20]
            or SDK_KEY.fullmatch(t)
            or t.lower() in NOT_SECRETS or (t[:1] == "/" and "/" in t[1:] and " " not in t)):
        return False  # a consent state ("accepted"), a working directory ("env.pwd")
    if t[:6].lower() == "basic " and _public_basic(t[6:].strip()):
        return False
    if PLUS_CODE.fullmatch(t) or (DMS.search(t) and not DMS.sub("", t).strip(" ,;/")):
        return False  # a map pin: degrees-minutes-seconds or a plus code, no PIN
    return not (t.isdigit() and len(t) in (10, 13))


NOT_SECRETS = frozenset({"accepted", "rejected", "granted", "denied", "enabled", "disabled",
                         "anonymous", "guest", "undefined", "unknown", "pending", "active",
                         "inactive", "expired", "valid", "invalid"})
SECRET_KEY_USERS = ("sk_", "sk.", "rk_", "secret", "private", "priv_", "admin", "master")
PLUS_CODE = re.compile(r"[23456789CFGHJMPQRVWX]{4,8}\+[23456789CFGHJMPQRVWX]{2,3}")
DMS = re.compile("[NSEW]?\\s*\\d{1,3}°\\s*(?:\\d{1,2}['′]\\s*)?(?:[\\d.]+[\"″]\\s*)?[NSEW]?")


def _public_basic(encoded: str) -> bool:
    try:
        user, _, password = base64.b64decode(encoded, validate=True).decode().partition(":")
    except (ValueError, UnicodeDecodeError):
        return False
    # a key as the user and no password ("mp_write_key_recipebox:", an analytics SDK's
    # "gaugeling_kym_3092:", blind56): an SDK's write key, the same in every copy of the app;
    # not a secret key ("sk_live_...:", a private or a restricted one)
    low = user.lower()
    return (not password and bool(user) and " " not in user
            and not any(w in low for w in SECRET_KEY_USERS))


def long_token(value: str) -> bool:
    """A bare "token" is a credential when it is long (session/bearer) or a JWT; 32-hex project
    tokens of analytics SDKs are app keys, not the user's credentials."""
    t = value.strip()
    if ID_VALIDATORS["fcm_token"](t):
        return False  # a push address (key.push-token-value), not a secret
    return len(t) >= 40 or (t.count(".") == 2 and t.startswith("eyJ"))


def identifier_or_text(value: str) -> bool:
    t = value.strip()
    if FIREBASE_APP_ID.fullmatch(t):
        return False  # "1:1234:android:abcd" names the app (an App Check token's subject)
    if t.startswith("eyJ") and t.count(".") == 2:
        return False  # a JWT: its claims name the user, it is a credential (value.jwt)
    return identifier(t) or (3 <= len(t) <= 100 and not is_placeholder(t) and t.isprintable())


FIREBASE_APP_ID = re.compile(r"\d:\d+:(?:android|ios|web):[0-9a-f]+")


# Android ABI names (Build.SUPPORTED_ABIS): a CPU architecture, no device ID
ABIS = frozenset({"arm64-v8a", "armeabi-v7a", "armeabi", "x86", "x86_64", "mips", "mips64",
                  "riscv64"})


def device_identifier(value: str) -> bool:
    """An ID as a device or install ID looks: no readable slug ("camp-551" is a campaign), no
    ABI name."""
    return identifier(value) and not slug(value) and value.strip().lower() not in ABIS


def not_flag(value: str) -> bool:
    """A value that says something: not a bare boolean (``is_revenue_event: true`` names a
    kind of event, not a purchase)."""
    return value.strip().lower() not in ("true", "false", "")


_BLOB = re.compile(r"[A-Za-z0-9+/=_-]{64,}")


def blob(value: str) -> bool:
    """A packed binary value: 64 or more base64/hex characters (a float32 face template of 128
    values is 684 base64 characters), not a version, model name or score."""
    return bool(_BLOB.fullmatch(value.strip()))


def latlon_far(text: str) -> bool:
    """A "lat,lon" pair not both within 2 of zero (a range's "0.1,0.9" is no place)."""
    pair = latlon_pair(text)
    return pair is not None and max(abs(float(pair[0])), abs(float(pair[1]))) >= 2


VALIDATORS: dict[str, Callable[[str], bool]] = {
    "lat": lat, "lon": lon, "lat_e7": lat_e7, "lon_e7": lon_e7,
    "latlon": lambda t: latlon_pair(t) is not None, "latlon_far": latlon_far, "imei": imei,
    "imsi": imsi, "iccid": iccid, "mac": mac, "uuid": uuid, "identifier": identifier,
    "client_identifier": client_identifier, "cell_id": cell_id, **ID_VALIDATORS,
    "email": email, "email_or_hash": email_or_hash, "phone": phone, "phone_or_hash": phone_or_hash,
    "ip_public": ip_public, "ip_private": ip_private, "mcc": mcc, "mnc": mnc, "mccmnc": mccmnc,
    "country": country, "text": text, "words": words, "number": number, "any": any_value,
    "identifier_or_text": identifier_or_text, "media": media, "osname": osname,
    "model": model, "phone_model": phone_model, "long_token": long_token,
    "model_or_os": model_or_os, "secret": secret, "user_agent_device": user_agent_device,
    "hash": digest, "product_codename": product_codename, "phone_brand": phone_brand,
    "person_name": person_name, "payer_name": payer_name, "event_name": event_name,
    "codename": codename,
    "not_flag": not_flag, "postal_address": postal_address, "imei_like": imei_like,
    # (nor a Unix or an ISO 8601 time: a Frisian "tiid" is a time, not Snowplow's item:
    # QA162, QA175)
    "not_flag_nor_time": lambda v: not_flag(v) and not re.fullmatch(
        r"1\d{9}(?:\d{3})?|\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d\S*)?", v.strip()),
    "mac_like": mac_like, "sim_like": sim_like, **LOCATION_CODES,
    **DEVICE_VALIDATORS, "not_resolution": not_resolution, "birth_value": birth_value,
    # (nor a record's code: a sports book's "?event=EV7700" is a match, no app event: QA177)
    "usage_value": lambda v: not_resolution(v) and not re.fullmatch(
        r"[A-Za-z]{1,4}[-_]?\d{3,}", v.strip()),
    "name_part": name_part, "carrier_value": carrier_value,
    "measure": measure, "fitness_kind": fitness_kind,
    "age_value": age_value, "gender_value": gender_value, "pronoun_value": pronoun_value,
    "gender_word": gender_word,
    "amount": amount, "prose": prose,
    "ethnicity_value": ethnicity_value, "device_identifier": device_identifier,
    "person_like": person_like, "health_text": health_text,
    "national_id_value": national_id_value, "national_number": national_number,
    "payment_token": payment_token, "header_token": header_token, **TOKEN_VALIDATORS,
    "resolution": resolution, "session_header": session_header,
    "display_name": display_name, "handle": handle, "place_name": place_name,
    "island_name": island_name,
    "voter_card_value": lambda t: national_id_value(t) and document_number(t),
    "region_value": region_value,
    "card_field": card_field, "country_value": country_value, "ud_place": ud_place,
    # a session's token or key: a credential value, not a number of six digits or fewer
    "session_secret": lambda t: secret(t) and not (t.strip().isdigit() and len(t.strip()) < 7),
    # a password written as one, not a word or a phrase ("parola" is an Italian word game's
    # word too: "l'acqua", "porta-finestra", "dolce vita", the session's fourth review)
    "password_value": lambda t: secret(t) and password_like(t.strip()),
    "condition_value": condition_value, "dialled_phone": dialled_phone,
    # a template's packed bytes, or its vector's numbers once unwrapped (QA129: base64 of
    # "face-template-v3:128-d:.042,-.117,…": numbers only after its header, most of three
    # decimals or more; not a filter's settings, timings, prices: the sixth review)
    "blob_or_vector": lambda t: blob(t) or vector_text(t),
    "web_url": web_url, "blob": blob,
    "bank_number": bank_number, "typing_count": typing_count, "ancestry_value": ancestry_value,
    "locale_text": locale_text, "birth_date": birth_date, "battery_level": battery_level,
    **HEALTH_VALIDATORS, **NATIONAL_VALIDATORS, **GEO_VALIDATORS}


def validate(name: str, value: Any) -> bool:
    return VALIDATORS[name](value if isinstance(value, str) else str(value))
