"""Blind set twenty-two, part eight: a parcel-tracking app ("Parcelpath", free and ad-funded), its
own API and the SDKs it embeds (see ``eval_families22.py`` for the rules of this set, its
conventions and its calls).

First party: single sign-on with the identity provider's ID token (a JWT in a JSON field: subject,
e-mail, names), a parcel added by tracking number with the user's label, its events by the number
in the URL path, a bulk add, the mailbox connection (the e-mail and the mailbox's refresh token),
orders parsed from shipping e-mails (merchant's no-reply address: a negative; order number, item,
total, ship-to name and address), the home address (street, city, state, ZIP, the geocoded
6-decimal position, delivery instructions), lockers near a 4-decimal position, a locker pick-up
(the PIN, 5 decimals), the driver's position lookup, SMS notifications to the ten-digit phone, a
search, an unsubscribe link with the e-mail in base64, a sync (msgpack) and push registration;
calls carry the app's User-Agent, the install ID and, signed in, a bearer JWT. SDKs: two OpenRTB
bid requests (a banner at 4 decimals with the year of birth, gender and the e-mail hashed MD5,
SHA-1 and SHA-256; a rewarded video at 2 decimals), an impression beacon and video tracking
pixels, analytics upload, MMP session and attribution, a crash, push, flags, consent and a
locker's static map.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    DIGITS,
    EMAIL_B64,
    MAIL,
    NAMEC,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    push_token,
    tok,
)
from eval_families20_kit import CITY, FIRST, LAST, LINE1, LINE2, STATE, T0, ZIP, App, opaque, pos
from eval_families21_kit import at_path
from eval_families22_kit import LOCKER_AT, NOREPLY_MAIL, sdk_uuid, tracking
from eval_families22_sdk import (
    aq_bid,
    aq_imp,
    aq_user,
    aq_vast,
    cr_attribution,
    cr_session,
    gw_event,
    nav,
    sl_event,
    sl_upload,
)
from eval_families22_svc import bc_player, cn_event, fw_init, fw_user, ms_static
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, case, rnd_hex

PP = App("parcelpath", "Parcelpath", "com.example.parcelpath", "11.3.0",
         "https://api.parcelpath.example.net/v4")


def _h(rng: random.Random, auth: bool = True) -> dict[str, Any]:
    h: dict[str, Any] = {"User-Agent": L(PP.ua, DEV), "X-PP-Install": L(INSTALL_ID, DID)}
    if auth:
        h["Authorization"] = J({"sub": L(USER_ID, UID), "iat": T0, "exp": T0 + 86400,
                                "scope": "parcels mail", "jti": rnd_hex(rng, 12)})
    return h


def parcelpath() -> list[Case]:
    rng = random.Random(22081)
    a, f = PP.api, PP.fam
    trk, trk2 = tracking(rng), tracking(rng)
    acc: Acc = {}
    idt = tok({"iss": "https://accounts.idp.example.com", "aud": "parcelpath-android",
               "sub": L("104829371650092837465", UID), "email": L(EMAIL, MAIL),
               "email_verified": True, "name": L(NAME, NAMEC), "given_name": L(FIRST, NAMEC),
               "family_name": L(LAST, NAMEC), "picture": "https://img.idp.example.com/a/x7Kq",
               "iat": T0, "exp": T0 + 3600}, "body", "id_token", acc)
    out = [add(case(f, f"{a}/auth/idp", headers=_h(rng, False), body={
        "provider": "idp", "id_token": idt, "device": {"model": L("Pixel 8", DEV)}}), acc)]
    out.append(case(f, f"{a}/parcels", headers=_h(rng), body={
        "tracking": L(trk, BUY), "carrier": "auto",
        "label": L("Mom's birthday gift", TEXT)}))
    out.append(at_path(case(f, f"{a}/parcels/{trk}/events", headers=_h(rng)), trk, BUY))
    out.append(case(f, f"{a}/parcels/bulk", headers=_h(rng), body={
        "numbers": [L(trk2, BUY), L("9400111202555842761234", BUY)], "carrier": "auto"}))
    out.append(case(f, f"{a}/mail/connect", headers=_h(rng), body={
        "provider": "imap.mail.example.com", "email": L(EMAIL, MAIL),
        "oauth_refresh_token": L(opaque(rng, "1//0g", 90), CRED), "scan_days": 30}))
    out.append(case(f, f"{a}/mail/orders", headers=_h(rng), body={"orders": [{
        "merchant": "Example Outfitters", "sender": NOREPLY_MAIL,
        "order_no": L("EO-2291-5530", BUY),
        "items": [L("Trail running shoes, women's 8", BUY)], "total": L(89.95, BUY),
        "tracking": L(trk2, BUY),
        "ship_to": {"name": L(f"{FIRST} {LAST}", NAMEC), "line1": L(LINE1, ADDR),
                    "city": L(CITY, COARSE), "zip": L(ZIP, COARSE)}}]}))
    lat, lon = pos(6)
    out.append(case(f, f"{a}/addresses/home", headers=_h(rng), body={
        "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
        "state": L(STATE, COARSE), "zip": L(ZIP, COARSE), "lat": lat, "lon": lon,
        "instructions": L("Leave it behind the blue planter, not with the doorman", TEXT)}))
    lat, lon = pos(4)
    out.append(case(f, f"{a}/lockers/nearby", headers=_h(rng), query={
        "lat": lat, "lon": lon, "size": "m"}))
    lat, lon = pos(5, LOCKER_AT[0] - LAT + 0.00002, LOCKER_AT[1] - LON - 0.00004)
    out.append(case(f, f"{a}/lockers/lk_221/pickup", headers=_h(rng), body={
        "parcel": L(trk, BUY), "pin": L("739215", CRED), "lat": lat, "lon": lon}))
    out.append(at_path(case(f, f"{a}/parcels/{trk}/driver", headers=_h(rng)), trk, BUY))
    out.append(case(f, f"{a}/notifications", headers=_h(rng), body={
        "sms": True, "phone": L(DIGITS, TEL), "push": True, "quiet_hours": "22-07"}))
    out.append(case(f, f"{a}/search", headers=_h(rng), query={"q": L("shoes", SEARCH)}))
    out.append(case(f, f"{a}/unsubscribe", headers=_h(rng, False), query={
        "e": L(EMAIL_B64, MAIL), "list": "promos", "sig": rnd_hex(rng, 40)}))
    out.append(case(f, f"{a}/sync", headers=_h(rng), fmt="msgpack", body={
        "since": T0 - 3600, "parcels": [
            {"id": L(trk, BUY), "archived": False, "label": L("Mom's birthday gift", TEXT)},
            {"id": L(trk2, BUY), "archived": True, "label": None}],
        "events": [{"e": L("parcel_opened", USAGE), "t": T0 - 1200}]}))
    out.append(case(f, f"{a}/devices", headers=_h(rng), body={
        "fcm": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
        "tz": L("America/New_York", DEV)}))
    return out


def parcelpath_sdks() -> list[Case]:
    rng = random.Random(22082)
    cuid = sdk_uuid(rng)
    out = [aq_bid(PP, rng, "parcel_list_banner", nd=4, user=aq_user(hem=True))]
    out.append(aq_bid(PP, rng, "rewarded_remove_ads", nd=2, video=True, city=False))
    out += [aq_imp(rng), aq_vast(rng, "firstQuartile"), aq_vast(rng, "complete")]
    out.append(sl_upload(PP, [
        sl_event(PP, 0, "Parcel Added", {"carrier": "ups", "source": "manual"}),
        sl_event(PP, 1, "Mailbox Connected", {"provider": "imap"}),
        sl_event(PP, 2, "Locker Pickup", {"locker": "lk_221"})]))
    out.append(cr_session(PP, cuid, 53, push=push_token(rng)))
    out.append(cr_attribution(PP, cuid))
    out.append(gw_event(PP, rng, "javax.net.ssl.SSLHandshakeException",
                        "Chain validation failed", [nav("Parcels", "ParcelDetail"),
                                                    nav("ParcelDetail", "LiveMap")],
                        level="warning"))
    out.append(bc_player(PP, push_token(rng), {"carrier_ups": "1", "parcels": "3"}))
    out.append(fw_init(PP, fw_user(PP)))
    out.append(cn_event(PP, sdk_uuid(rng), True))
    out.append(ms_static(PP, LOCKER_AT))
    return out
