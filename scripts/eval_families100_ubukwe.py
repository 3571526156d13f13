"""Wedding-gift contribution app "Ubukwebox" (ubukwe: a wedding). Her colleague marries in January
and the wedding committee collects guests' contributions (``umusanzu``) by mobile money. Not a
wedding planner like sets 32, 55 and 83, nor set 96's savings club: she is a guest who pledges,
pays in instalments and sends wishes. An SMS log-in, the profile, ``/me`` with a JWT, the
committee joined by code, the wedding, a pledge, an instalment from her wallet (the pledge's
reference in the path), receipts, a meeting's RSVP, a committee message (msgpack), wishes in
Kinyarwanda, a video greeting, a registry gift reserved, friends invited from her contacts, a
bus seat to the introduction ceremony, a photo, the thank-you card's address, a contributor
search, settings, push, events and her pledges by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MEDIA,
    MP4,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, others
from eval_families100_kit import (
    COMMITTEE_CODE,
    HOME_RW,
    HOME_RW_AT,
    LOCAL,
    LOCAL_DIGITS,
    LOCAL_NAT,
    PLEDGE_REF,
    WEDDING,
    obj,
)
from eval_families100_sdk import (
    bc_bid,
    fs_crash,
    fs_crumb,
    fs_sessions,
    sl_event,
    sl_session,
    ty_batch,
    ty_queue,
)
from eval_families100_svc import cw_register, ho_message, pm_momo
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("ubukwebox", "Ubukwebox", "com.example.ubukwebox", "2.0.7",
          "https://api.ubukwebox.example.com")
IID = "X-Ubukwe-Device"
MOMO = f"{TEL}|{PAY}"
WID, CMT = WEDDING["id"], WEDDING["committee"]
GUESTS = others(random.Random(10050), 3, "gst_")  # other guests (negatives)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def ubukwebox() -> list[Case]:
    rng = random.Random(10051)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone=L(LOCAL, TEL), guest=L(USER_ID, UID)))}
    b = {"auth": "bearer"}
    w = f"{a}/v1/weddings/{WID}"
    pay = at_path(case(f, f"{a}/v1/pledges/{PLEDGE_REF}/payments", headers=_h(rng, **b), body={
        "amount": L("60000", BUY), "msisdn": L(LOCAL_DIGITS, MOMO), "instalment": 1,
        "idempotency": opaque(rng, "", 16)}), PLEDGE_REF, BUY)
    return [
        case(f, f"{a}/v1/auth/otp", fmt="form", headers=_h(rng, lang=True), body={
            "phone": L(LOCAL, TEL), "channel": "sms"}),
        case(f, f"{a}/v1/auth/otp/verify", fmt="form", headers=_h(rng), body={
            "phone": L(LOCAL_NAT, TEL), "code": L("317045", CRED)}),
        multipart(f, f"{a}/v1/profile", [
            ("avatar", "me.jpg", "image/jpeg", L(JPEG + b"\xd0", MEDIA)),
            ("profile", None, "application/json", {
                "full_name": L(NAME, NAMEC), "email": L(EMAIL, MAIL),
                "district": L(HOME_RW["district"], COARSE), "language": L("rw", DEV)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/committees/join", headers=_h(rng, **b), body={
            "code": L(COMMITTEE_CODE, CRED), "wedding": WID, "role": "guest"}),
        case(f, w, headers=_h(rng, **b), query={"include": "program,registry"}),
        case(f, f"{w}/pledges", headers=_h(rng, **b), body={
            "umusanzu": L("100000", BUY), "pledge_ref": L(PLEDGE_REF, BUY),
            "due": "2026-01-10", "display_name": L("Jane & Alex Doe", NAMEC),
            "anonymous": False}),
        pay,
        case(f, f"{a}/v1/receipts", headers=_h(rng, **b), query={
            "pledge": L(PLEDGE_REF, BUY), "format": "pdf"}),
        case(f, f"{w}/meetings/{obj(rng, 'mtg', 8)}/rsvp", fmt="form", headers=_h(rng, **b),
             body={"attending": "yes", "seats": "2"}),
        case(f, f"{a}/v1/committees/{CMT}/messages", fmt="msgpack", headers=_h(rng, **b), body={
            "text": L("I can bring the sound system from our office on Saturday", TEXT),
            "reply_to": obj(rng, "msg", 10), "mentions": GUESTS[:1]}),
        case(f, f"{w}/wishes", headers=_h(rng, **b), body={
            "text": L("Aline na Eric, mugire urugo ruhire! Imana ibahe umugisha.",
                      f"{TEXT}|{NAMEC}"), "public": True}),
        multipart(f, f"{w}/greetings", [
            ("video", "greeting.mp4", "video/mp4", L(MP4 + b"\xd1", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("From the whole Doe family in Remera", f"{TEXT}|{NAMEC}"),
                "seconds": 21})], headers=_h(rng, **b)),
        case(f, f"{w}/registry/{obj(rng, 'itm', 8)}/reserve", headers=_h(rng, **b), body={
            "contribution": L("45000", BUY), "note": L("A blender, as promised", TEXT)}),
        case(f, f"{w}/invite", headers=_h(rng, **b), body={
            "invitees": [{"name": L(n, CONTACTS), "phone": L(p, CONTACTS)}
                         for n, p, _ in PEOPLE[3:5]], "message_template": "inv_default"}),
        case(f, f"{w}/transport", headers=_h(rng, **b), body={
            "event": "gusaba", "seats": 2, "stop": "stop_remera_02",
            "near": {"lat": L(round(HOME_RW_AT[0], 3), PRECISE),
                     "lng": L(round(HOME_RW_AT[1], 3), PRECISE)}}),
        multipart(f, f"{w}/photos", [
            ("photo", "gusaba.jpg", "image/jpeg", L(JPEG + b"\xd2", MEDIA)),
            ("meta", None, "application/json", {"album": "gusaba", "share": "committee"})],
            headers=_h(rng, **b)),
        case(f, f"{w}/thank-you-address", headers=_h(rng, **b), body={
            "name": L(NAME, NAMEC), "street": L(HOME_RW["street"], ADDR),
            "sector": L(HOME_RW["sector"], COARSE), "city": L(HOME_RW["city"], COARSE)}),
        case(f, f"{w}/contributors", headers=_h(rng, **b), query={
            "q": L("Uwimana", SEARCH), "page": "1"}),
        case(f, f"{a}/v1/settings", fmt="form", headers=_h(rng, **b), body={
            "show_amount": "0", "reminders": "1", "language": L("rw", DEV)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("rw_RW", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, how="upper", **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("pledge_made", 1, amount=L(100000, BUY)), ev("wish_posted", 2),
                ev("screen", 3, screen=L("Committee", USAGE))]}),
        case(f, f"{a}/v1/pledges", headers=_h(rng, how="none"),
             cookies={"ubk_sid": L(opaque(rng, "", 40), CRED), "ubk_wedding": WID}),
    ]


def ubukwebox_sdks() -> list[Case]:
    rng = random.Random(10052)
    return [
        ty_batch(APP, rng, [("Pledge Made", {"amount": L(100000, BUY)}),
                            ("Wish Posted", {"public": True})], locale="rw_RW"),
        ty_queue(APP, rng, [("Greeting Recorded", {"seconds": 21}), ("Photo Shared", {})]),
        sl_session(APP, rng, n=3, user=True),
        sl_event(APP, rng, "pl3dg7", {"amount": L("100000", BUY)}, revenue="100000"),
        bc_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="wedding,gifts,decor",
               yob=1991),
        fs_crash(APP, rng, ("java.lang.IllegalArgumentException", "video too long"),
                 [fs_crumb("navigation", "Wedding -> Greeting")], screen="GreetingActivity"),
        fs_sessions(APP, rng, [520, 77]),
        pm_momo(APP, rng, "60000", L(PLEDGE_REF, BUY), "Umusanzu w'ubukwe"),
        cw_register(APP, rng, lang="rw", tags={"wedding": WID, "role": "guest"}),
        ho_message(APP, rng, L("My second payment of 40000 is not showing on my pledge",
                               f"{TEXT}|{BUY}"), {"wedding": WID}, phone=L(LOCAL, TEL)),
    ]
