"""Matooke bunch-collection app "Enkota" (``enkota`` a bunch of matooke): a Kampala wholesaler's
trucks collect green cooking-banana bunches at farm gates around Masaka and sell them at the
Kalerwe yard; she sells the bunches from her husband's family's farm. Unlike the vanilla (set
107), coffee (100, 113, 121, 129) and copra (132) buyers' apps, the produce is perishable and sold
by the bunch on the day: the truck's pick-up slot at the farm gate, bunch tags, a grade by finger
size, the yard's price board. Calls: grower sign-up (her alien ID card, her husband as
co-owner), an SMS code, ``/me``, the farm's boundary, the price board, a harvest declaration, a
bunch photo, a pick-up booking (``lat,lon`` string), the manifest confirmed, the manifest by
number in the path, a payout to mobile money, a bank account, an offline sync (msgpack), points
near her (``lat,lon`` in the path), weather, a wilt report, a message to the buyer, an input
order, statements by a cookie GET, an advance, a gate beacon (protobuf), push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families138_kit import (
    ALIEN_ID,
    COLLECT,
    FARM,
    FARM_GATE_AT,
    GROWER,
    HUSBAND,
    MANIFEST,
    MARKET,
    TRUCK,
    UG_ACCOUNT,
    fix,
    hd,
    obj,
    push,
)
from eval_families138_sdk import (
    cs_crash,
    cs_crumb,
    sn_batch,
    sn_queue,
    ta_event,
    ta_launch,
)
from eval_families138_svc import cj_wallet, fr_eval, mk_reverse, mk_telemetry, pn_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("enkota", "Enkota", "com.example.enkota", "4.0.2", "https://api.enkota.example.com")
IID = "X-Enkota-Device"
PW = "Matooke!Masaka31"
NATID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, lang=False, **kw)


def enkota() -> list[Case]:
    rng = random.Random(13821)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), grower=L(GROWER, UID)))}
    gla, glo = fix(FARM_GATE_AT, 5)
    near = f"{FARM_GATE_AT[0]:.2f},{FARM_GATE_AT[1]:.2f}"
    points = at_path(case(f, f"{a}/v2/points/near/{near}", headers=_h(rng, **b),
                          query={"radius_km": "25"}), near, COARSE)
    manifest = at_path(case(f, f"{a}/v2/manifests/{MANIFEST}", headers=_h(rng, **b)),
                       MANIFEST, BUY)
    lot = obj(rng, "lot")
    lab: dict[str, str] = {}
    bla, blo = fix(FARM_GATE_AT, 6)
    beacon = pb([(1, L(USER_ID, UID)), (2, L(GROWER, UID)), (3, [(1, bla), (2, blo),
                                                                  (3, 6.0)]),
                 (4, TRUCK["id"]), (5, L(61, DEV)), (6, 1768380000)], "", lab)
    return [
        case(f, f"{a}/v2/growers", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "id_card": L(ALIEN_ID, NATID),
            "id_type": "alien_id", "district": L("Masaka", COARSE),
            "village": L("Kyabakuza", COARSE),
            "co_owner": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                         "relation": "husband"}, "acres": 3.5, "grower_no": L(GROWER, UID)}),
        case(f, f"{a}/v2/auth/otp/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("482913", CRED), "channel": "sms"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/farms", headers=_h(rng, **b), body={
            "grower": L(GROWER, UID), "name": "Ssekandi family shamba",
            "boundary": [{"lat": L(p[0], PRECISE), "lon": L(p[1], PRECISE)} for p in FARM],
            "crop": "matooke", "varieties": ["Mbwazirume", "Nakitembe"]}),
        case(f, f"{a}/v2/prices", headers=_h(rng, **b), query={
            "market": MARKET["id"], "grade": "all"}),
        case(f, f"{a}/v2/harvests", headers=_h(rng, **b), body={
            "grower": L(GROWER, UID), "lot": lot, "bunches": 140, "ready": "2026-01-16",
            "gate": {"lat": gla, "lon": glo}, "collection_point": COLLECT["id"]}),
        multipart(f, f"{a}/v2/harvests/{lot}/photos", [
            ("photo", "bunches.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("meta", None, "application/json", {"grower": L(GROWER, UID), "lot": lot,
                                                "count": 140})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/pickups", headers=_h(rng, **b), body={
            "lot": lot, "slot": "2026-01-16T06:30+03:00", "truck": TRUCK["id"],
            "pickup": L(f"{FARM_GATE_AT[0]:.6f},{FARM_GATE_AT[1]:.6f}", PRECISE),
            "contact_phone": L(HUSBAND[1], TEL), "grower": L(GROWER, UID)}),
        case(f, f"{a}/v2/manifests/confirm", headers=_h(rng, **b), body={
            "manifest": L(MANIFEST, BUY), "lot": lot, "bunches": 138,
            "grades": {"A": 92, "B": 40, "reject": 6}, "amount": L(2346000, BUY),
            "currency": "UGX", "truck": TRUCK["plate"]}),
        manifest,
        case(f, f"{a}/v2/payouts", headers=_h(rng, **b), body={
            "manifest": L(MANIFEST, BUY), "amount": L(2346000, BUY),
            "wallet": L(E164, TEL), "network": "mobile_money", "ref": rid(rng)}),
        case(f, f"{a}/v2/bank-accounts", fmt="form", headers=_h(rng, **b), body={
            "holder": L(f"{FIRST} {LAST}", NAMEC), "account_number": L(UG_ACCOUNT, PAY),
            "bank_code": "UG-030", "branch": "Kabalagala"}),
        case(f, f"{a}/v2/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "grower": L(GROWER, UID), "tags": [f"EN{n:06d}" for n in range(48211, 48216)],
            "at": {"lat": L(round(FARM_GATE_AT[0], 5), PRECISE),
                   "lon": L(round(FARM_GATE_AT[1], 5), PRECISE)}, "queued": 3}),
        points,
        case(f, f"{a}/v2/weather", headers=_h(rng, **b), query={
            "lat": L(f"{FARM_GATE_AT[0]:.4f}", PRECISE),
            "lon": L(f"{FARM_GATE_AT[1]:.4f}", PRECISE), "days": "5"}),
        case(f, f"{a}/v2/pest-reports", headers=_h(rng, **b), body={
            "grower": L(GROWER, UID), "kind": "bxw_suspected",
            "note": L("Yellow leaves and oozing on six plants near the lower corner", TEXT),
            "at": {"lat": L(round(FARM[2][0], 5), PRECISE), "lon": L(round(FARM[2][1], 5),
                                                                     PRECISE)}}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "to": COLLECT["id"], "text": L("Please send the truck before 7, the road is "
                                           "muddy after 8", TEXT)}),
        case(f, f"{a}/v2/inputs/orders", headers=_h(rng, **b), body={
            "items": [{"sku": "npk-17-50kg", "qty": 2}, {"sku": "mulch-roll", "qty": 1}],
            "total": L(385000, BUY), "deliver_to": {"village": L("Kyabakuza", COARSE),
                                                    "phone": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v2/statements", headers=_h(rng, how="none"), query={"year": "2026"},
             cookies={"en_sess": L(opaque(rng, "", 40), CRED), "en_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/advances", fmt="form", headers=_h(rng, **b), body={
            "grower": L(GROWER, UID), "amount": L("500000", BUY), "against": "next_harvest",
            "id_card": L(ALIEN_ID, NATID)}),
        raw(f, f"{a}/v2/gate/beacon", beacon, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("harvest_declared", 1, bunches=140), ev("pickup_booked", 2),
                ev("screen", 3, view=L("PriceBoard", USAGE))]}),
    ]


def enkota_sdks() -> list[Case]:
    rng = random.Random(13822)
    return [
        sn_batch(APP, rng, [("Harvest Declared", {"bunches": 140}),
                            ("Pickup Booked", {"slot": "06:30"})], at=FARM_GATE_AT, nd=3),
        sn_queue(APP, rng, [("Bunch Tagged", {"tag": "EN048211"}),
                            ("Bunch Tagged", {"tag": "EN048212"}),
                            ("Photo Queued", {"lot": "lot_local"})]),
        ta_launch(APP, rng, user=True, n=22),
        ta_event(APP, rng, "sale", {"manifest": L(MANIFEST, BUY)}, revenue=2346000.0,
                 currency="UGX"),
        cs_crash(APP, rng, ("java.net.SocketTimeoutException", "timeout"),
                 [cs_crumb("nav", "Harvest -> Photo"), cs_crumb("log", "offline, queued")],
                 screen="HarvestActivity"),
        fr_eval(APP, rng, {"district": L("Masaka", COARSE), "grower": L(GROWER, UID)},
                hdr=True),
        pn_register(APP, rng, tags={"collection_point": COLLECT["id"], "crop": "matooke"}),
        cj_wallet(APP, rng, "2346000", L(E164, TEL)),
        mk_reverse(APP, rng, FARM_GATE_AT, PRECISE, nd=5),
        mk_telemetry(APP, rng, [(round(FARM_GATE_AT[0], 5), round(FARM_GATE_AT[1], 5)),
                                (round(FARM[0][0], 5), round(FARM[0][1], 5))], PRECISE),
    ]

