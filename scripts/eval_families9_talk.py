"""Blind set nine, part three: a messenger's contact discovery and a customer-support (helpdesk)
SDK (see ``eval_families9.py`` for the rules of this set and its labelling conventions).

Fictional shapes typical of their kind: the messenger's registration by phone with an SMS code,
contact discovery in the style of private-contact-discovery designs (truncated SHA-256 of E.164
numbers as a scalar list, a legacy full-number upload, a schema-less protobuf delta), a profile
with avatar (multipart), presence heartbeats, a block list, a prekey-bundle upload (public keys:
negatives) and an invite by SMS; a Zendesk-style support SDK's JWT identification, ticket with
device metadata and custom fields, screenshot and log attachments, a chat transcript, a legacy
XML ticket API, help-centre search and article views, a CSAT rating and push registration.
Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import base64
import random

from eval_families6_kit import encode, jwt, multipart, pb, raw
from eval_families7_kit import CONTACTS, xml
from eval_families9_kit import (
    ANDROID_ID,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL,
    INSTALL_ID,
    JPEG,
    MAIL,
    NAMEC,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    device_camel,
    device_headers,
    device_snake,
    sha,
)
from eval_payloads import USER_ID, Case, L, case, rnd_hex, rnd_uuid

CHAT = "https://api.chirpline.example.chat"
HD = "https://acme.helpdesk.example.com"
BOOK = ["+15550107781", "+15550102214", "+15550109930", "+15550103356", "+15550108812",
        "+15550101147", "+15550104490", "+15550106603"]


def discovery() -> list[Case]:
    rng = random.Random(9301)
    auth = "Basic " + base64.b64encode(f"{E164}.1:{rnd_hex(rng, 24)}".encode()).decode()
    hdr = {"Authorization": L(auth, CRED), "User-Agent": L("Chirpline-Android/7.20.1", DEV)}
    out = [case("discovery", f"{CHAT}/v1/accounts/sms/code", query={
        "number": L(E164, TEL), "client": "android-2026-11", "captcha": rnd_hex(rng, 40)}),
        case("discovery", f"{CHAT}/v1/accounts/register", headers={
            "User-Agent": L("Chirpline-Android/7.20.1", DEV)}, body={
            "number": L(E164, TEL), "verificationCode": L("482913", CRED),
            "registrationId": L(rng.randint(1, 16380), DID), "deviceName": L("Pixel 8", DEV),
            "pushToken": L("fcm:" + rnd_hex(rng, 72), DID), "fetchesMessages": False,
            "capabilities": {"storage": True, "senderKey": True}})]
    for n in range(3):
        part = BOOK[n * 2: n * 2 + 4]
        out.append(case("discovery", f"{CHAT}/v2/directory/lookup", headers=hdr, body={
            "mode": ["full", "delta", "delta"][n], "ownNumberHash": L(sha("sha256", E164)[:20],
                                                                      TEL),
            "prefixes": L([sha("sha256", p)[:20] for p in part], CONTACTS),
            "token": L(rnd_hex(rng, 32), CRED), "batch": n, "requestId": rnd_uuid(rng)}))
    out.append(case("discovery", f"{CHAT}/v1/directory/legacy", headers=hdr, fmt="form", body={
        "numbers": L(",".join(BOOK[:5]), CONTACTS), "self": L(E164, TEL),
        "country": L("US", COARSE)}))
    labels: dict[str, str] = {}
    data = pb([(1, sha("sha256", BOOK[4])[:16]), (1, sha("sha256", BOOK[6])[:16]),
               (2, rnd_hex(rng, 16)), (3, 1764252000)], "", labels)
    # a repeated field: one label per occurrence, as the decoders index it
    labels.update({"1[0]": CONTACTS, "1[1]": CONTACTS})
    out.append(encode(raw("discovery", f"{CHAT}/v2/directory/delta", data,
                          "application/x-protobuf", labels, headers=hdr), "gzip"))
    out.append(case("discovery", f"{CHAT}/v1/profile", headers=hdr, body={
        "givenName": L("Jane", NAMEC), "familyName": L("Doe", NAMEC),
        "about": L("Out hiking till Sunday \U0001f3d4", TEXT), "aboutEmoji": "\U0001f3d4",
        "username": L("janed.42", UID), "version": rnd_hex(rng, 64),
        "commitment": base64.b64encode(rng.randbytes(32)).decode()}))
    out.append(multipart("discovery", f"{CHAT}/v1/profile/avatar", [
        ("key", None, "text/plain", "profiles/" + rnd_hex(rng, 22)),
        ("file", "avatar.jpg", "image/jpeg", L(JPEG, "content.media"))], headers=hdr))
    for k in range(3):
        out.append(case("discovery", f"{CHAT}/v1/presence", headers=hdr, body={
            "state": L(["online", "typing", "away"][k], USAGE),
            "lastSeen": L(1764252300 + k * 60, USAGE),
            "conversationId": "cv_" + rnd_hex(rng, 10), "seq": 811 + k}))
    out.append(case("discovery", f"{CHAT}/v1/blocklist", headers=hdr, body={
        "numbers": L([BOOK[7]], CONTACTS), "uuids": [rnd_uuid(rng)]}))
    out.append(case("discovery", f"{CHAT}/v2/keys", headers=hdr, body={
        "identityKey": base64.b64encode(rng.randbytes(33)).decode(),
        "signedPreKey": {"keyId": 4410, "publicKey": base64.b64encode(rng.randbytes(33)).decode(),
                         "signature": base64.b64encode(rng.randbytes(64)).decode()},
        "preKeys": [{"keyId": 9000 + i, "publicKey": base64.b64encode(rng.randbytes(33)).decode()}
                    for i in range(3)]}))
    out.append(case("discovery", f"{CHAT}/v1/groups", headers=hdr, body={
        "title": L("Doe family \U0001f3e1", TEXT), "members": [
            {"number": L(p, CONTACTS), "name": L(nm, CONTACTS)}
            for p, nm in [(BOOK[0], "Mom"), (BOOK[2], "Tom Doe"), (BOOK[3], "Aunt Rosa")]],
        "admin": L(USER_ID, UID), "groupId": rnd_hex(rng, 32), "disappearingSec": 0}))
    out.append(case("discovery", f"{CHAT}/v1/typing", headers=hdr, fmt="msgpack", body={
        "to": "cv_" + rnd_hex(rng, 10), "action": L("started", USAGE), "ts": 1764252410}))
    out.append(case("discovery", f"{CHAT}/v1/invites/sms", headers=hdr, body={
        "to": L("+15550108812", TEL), "toName": L("Priya Shah", NAMEC),
        "template": "invite_v3", "inviter": L(USER_ID, UID)}))
    return out


def helpdesk() -> list[Case]:
    rng = random.Random(9302)
    labels: dict[str, str] = {}
    ident = jwt({"name": L("Jane Doe", NAMEC), "email": L(EMAIL, MAIL),
                 "external_id": L(USER_ID, UID), "iat": 1764250000,
                 "jti": rnd_hex(rng, 16)}, "user.token", labels, alg="HS256")
    out = [case("helpdesk", f"{HD}/access/sdk/jwt", headers={
        "Client-Identifier": "mobile_sdk_client_" + rnd_hex(rng, 20)}, body={
        "user": {"token": ident}})]
    out[0].labels.update({("body", p): c for p, c in labels.items()})
    hdr = {"Authorization": L("Bearer " + rnd_hex(rng, 64), CRED),
           "Zendesk-SDK-Style": "Android/5.1.2", **device_headers()}
    issues = [("Double charged for order A-99812",
               "I was charged twice for my order yesterday, card ending 4242. Please refund.",
               TEXT + "|financial.payment"),
              ("App crashes on checkout",
               "Every time I tap pay it closes. I live at 118 E 28th St Apt 4B if it matters.",
               TEXT + "|contact.address")]
    for subj, body, bcat in issues:
        out.append(case("helpdesk", f"{HD}/api/mobile/requests.json", headers=hdr, body={
            "request": {"subject": L(subj, TEXT), "comment": {"body": L(body, bcat),
                                                               "uploads": [rnd_hex(rng, 24)]},
                        "requester": {"name": L("Jane Doe", NAMEC), "email": L(EMAIL, MAIL)},
                        "custom_fields": [{"id": 360001, "value": "android"},
                                          {"id": 360007, "value": L("A-99812",
                                                                    "financial.purchase")},
                                          {"id": 360009, "value": "tier_gold"}],
                        "tags": ["mobile", "sdk"],
                        "metadata": {"device": {**device_snake(), "total_memory": L(8e9, DEV),
                                                "battery_level": L(0.31, DEV)},
                                     "app": {"version": "3.12.0", "build": 4120}}}}))
    out.append(multipart("helpdesk", f"{HD}/api/mobile/uploads.json", [
        ("filename", None, "text/plain", "screenshot.jpg"),
        ("file", "screenshot.jpg", "image/jpeg", L(JPEG, "content.media"))], headers=hdr))
    log = ("11-27 14:02:11.201 I/Checkout: start user=" + USER_ID +
           "\n11-27 14:02:12.004 E/Pay: declined code=51\n")
    out.append(multipart("helpdesk", f"{HD}/api/mobile/uploads.json", [
        ("filename", None, "text/plain", "app.log"),
        ("file", "app.log", "text/plain", L(log.encode(), UID))], headers=hdr))
    out.append(encode(case("helpdesk", f"{HD}/chat/v2/transcript", headers=hdr, body={
        "chatId": "ch_" + rnd_hex(rng, 12), "visitor": {"id": L(INSTALL_ID, DID),
                                                        "email": L(EMAIL, MAIL)},
        "messages": [
            {"author": "visitor", "ts": 1764252000, "text": L("hi, my refund hasn't arrived",
                                                              TEXT)},
            {"author": "agent", "name": "Chris (Support)", "ts": 1764252040,
             "text": "Sorry about that! Can you confirm the order number?"},
            {"author": "visitor", "ts": 1764252090, "text": L("A-99812, paid with my visa",
                                                              TEXT)}],
        "rating": "good", "department": "billing"}), "deflate"))
    xl: dict[str, str] = {}
    doc = xml("ticket", {"@source": "android", "requester": {
        "@email": L(EMAIL, MAIL), "name": L("Jane Doe", NAMEC), "phone": L(E164, TEL)},
        "description": L("Cannot log in since the update, reset link never arrives", TEXT),
        "device": {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV)},
        "priority": "normal", "brand_id": "3601"}, "ticket", xl)
    out.append(raw("helpdesk", f"{HD}/legacy/tickets.xml", doc.encode(), "application/xml", xl,
                   headers=hdr))
    mp4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(96)
    console = [{"lvl": "E", "msg": L(f"login failed for {EMAIL}: 401", MAIL), "ts": 1764252000},
               {"lvl": "I", "msg": "cache warm 412ms", "ts": 1764252001}]
    out.append(multipart("helpdesk", "https://bugs.shakereport.example.io/api/v4/reports", [
        ("screen_recording", "rec.mp4", "video/mp4", L(mp4, "content.media")),
        ("report", None, "application/json", {
            "title": L("Login button does nothing after reset", TEXT),
            "reporter_email": L(EMAIL, MAIL), "console": console,
            "user_steps": [{"screen": L("Login", USAGE), "event": L("tap:btn_login", USAGE)}],
            "device": {**device_camel(), "memFreeMb": L(1820, DEV)},
            "location_permission": "denied", "app_token": "abt_" + rnd_hex(rng, 24)})],
        headers={"User-Agent": device_headers()["User-Agent"]}))
    for q in ["refund not received", "delete my account"]:
        out.append(case("helpdesk", f"{HD}/api/v2/help_center/articles/search.json",
                        headers=hdr, query={"query": L(q, SEARCH), "locale": L("en-us", DEV),
                                            "per_page": "10", "page": "1"}))
    out += [case("helpdesk", f"{HD}/api/v2/help_center/articles/{a}/views", headers=hdr, body={
        "article_id": a, "screen": L("ArticleView", USAGE), "dwell_ms": L(d, USAGE),
        "session": rnd_uuid(rng)}) for a, d in [(360044120931, 18400), (360051877302, 5300)]]
    out.append(case("helpdesk", f"{HD}/api/mobile/requests/8812/satisfaction", headers=hdr, body={
        "score": "bad", "comment": L("took three days and still no refund", TEXT),
        "reason_code": 7}))
    out.append(case("helpdesk", f"{HD}/api/mobile/push_notification_devices.json", headers=hdr,
                    body={"push_notification_device": {
                        "identifier": L("fcm_" + rnd_hex(rng, 80), DID),
                        "notification_type": "fcm", "locale": L("en-US", DEV),
                        "device_id": L(ANDROID_ID, DID), "sdk": device_camel()}}))
    return out
