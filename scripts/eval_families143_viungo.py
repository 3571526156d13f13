"""A spice-farm tour booking app for freelance guides "Spicewalk" (she guides English-speaking
visitors round a Kizimbani spice garden). Calls: guide sign-up (JSON password), log-in (an
OAuth password grant), ``/me`` with a JWT, her profile, her passport scan and number, her guide
licence (PDF), her languages and availability, tours near her (``lat,lon`` in the path), a
tour accepted, the farm-gate check-in, a protobuf walk beacon, guests' tips (msgpack), a tasting
stall purchase with its receipt, her payout account, a payout request, a message to the farm
manager, a guest lost on the trail, her schedule by guide number in the path, a rating reply,
her earnings statement by a cookie GET, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families10_kit import PDF
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
from eval_families143_kit import (
    FARM_FIX,
    GUIDE_NO,
    HOME,
    HOME_AT,
    HUSBAND,
    LICENCE,
    PASSPORT,
    SPICE_FARM,
    TOUR,
    TZ_ACCOUNT,
    fix,
    hd,
    obj,
    push,
)
from eval_families143_sdk import (
    dh_launch,
    dh_link,
    kd_crash,
    kd_crumb,
    ng_bid,
    ng_notice,
    pz_batch,
)
from eval_families143_svc import (
    kc_save,
    mw_geocode,
    mw_route,
    mw_telemetry,
    zf_eval,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("spicewalk", "Spicewalk", "com.example.spicewalk", "4.1.0",
          "https://api.spicewalk.example.com")
IID = "X-SW-Install"
PW = "Karafuu&Guide91"
NATID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def spicewalk() -> list[Case]:
    rng = random.Random(14311)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), guide=L(GUIDE_NO, UID),
                                    role="guide"))}
    fla, flo = fix(FARM_FIX)
    seg = f"{HOME_AT[0]:.4f},{HOME_AT[1]:.4f}"
    near = at_path(case(f, f"{a}/v4/tours/near/{seg}", headers=_h(rng, **b),
                        query={"radius_km": "25", "date": "2026-03-05"}), seg, PRECISE)
    sched = at_path(case(f, f"{a}/v4/guides/{GUIDE_NO}/schedule", headers=_h(rng, **b),
                         query={"week": "2026-W10"}), GUIDE_NO, UID)
    lab: dict[str, str] = {}
    beacon = pb([(1, L(GUIDE_NO, UID)), (2, TOUR), (3, 1772614800),
                 (4, [(1, L(FARM_FIX[0] + 0.000412, PRECISE)),
                      (2, L(FARM_FIX[1] + 0.000233, PRECISE)), (3, 6.0)]),
                 (5, 11), (6, L(71, DEV))], "", lab)
    return [
        case(f, f"{a}/v4/guides/signup", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobile": L(E164, TEL), "password": L(PW, CRED), "nationality": "US",
            "town": L(HOME["town"], COARSE), "languages": ["en", "sw", "es"]}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "spicewalk-android"}),
        case(f, f"{a}/v4/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v4/guides/profile", headers=_h(rng, **b), body={
            "guideNo": L(GUIDE_NO, UID), "bio": L("Former teacher from New York, married into "
                                                  "a Stone Town family; I walk slow.", TEXT),
            "homeArea": L(HOME["area"], COARSE), "yearsGuiding": 2}),
        multipart(f, f"{a}/v4/guides/documents", [
            ("passport", "passport.jpg", "image/jpeg", L(JPEG + b"\x52", f"{MEDIA}|{NATID}")),
            ("fields", None, "application/json", {"passportNo": L(PASSPORT, NATID),
                                                  "expiry": "2031-02-11", "country": "USA",
                                                  "guideNo": L(GUIDE_NO, UID)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v4/guides/licence", [
            ("licence", "licence.pdf", "application/pdf", L(PDF, f"{MEDIA}|{NATID}")),
            ("fields", None, "application/json", {"licenceNo": L(LICENCE, NATID),
                                                  "validTo": "2026-12-31",
                                                  "guideNo": L(GUIDE_NO, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v4/guides/availability", headers=_h(rng, **b), body={
            "guideNo": L(GUIDE_NO, UID), "days": ["mon", "wed", "thu", "sat"],
            "fridayOff": True, "maxGroup": 12}),
        near,
        case(f, f"{a}/v4/tours/{TOUR}/accept", headers=_h(rng, **b), body={
            "guideNo": L(GUIDE_NO, UID), "tour": TOUR, "farm": SPICE_FARM["id"],
            "pickup": "Forodhani hotel row", "guests": 7, "fee": 25000}),
        case(f, f"{a}/v4/checkins", headers=_h(rng, **b), body={
            "tour": TOUR, "farm": SPICE_FARM["id"], "at": {"lat": fla, "lon": flo, "acc": 5},
            "farmAt": {"lat": SPICE_FARM["lat"], "lon": SPICE_FARM["lon"]},
            "checkinId": obj(rng, "ci")}),
        raw(f, f"{a}/v4/walk/beacon", beacon, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v4/tours/{TOUR}/tips", fmt="msgpack", headers=_h(rng, **b), body={
            "guideNo": L(GUIDE_NO, UID), "tips": [{"amount": 10000, "cur": "TZS"},
                                                  {"amount": 5, "cur": "USD"}],
            "tour": TOUR}),
        multipart(f, f"{a}/v4/expenses", [
            ("receipt", "stall.jpg", "image/jpeg", L(JPEG + b"\x53", f"{MEDIA}|{BUY}")),
            ("expense", None, "application/json", {"guideNo": L(GUIDE_NO, UID),
                                                   "amount": L(12000, BUY),
                                                   "what": "tasting cups and lemongrass tea",
                                                   "tour": TOUR})], headers=_h(rng, **b)),
        case(f, f"{a}/v4/payouts/account", headers=_h(rng, **b), body={
            "holder": L(f"{FIRST} {LAST}", NAMEC), "account": L(TZ_ACCOUNT, PAY),
            "bank": "Benki ya Mfano", "mobileWallet": L(E164, TEL)}),
        case(f, f"{a}/v4/payouts", fmt="form", headers=_h(rng, **b), body={
            "guideNo": L(GUIDE_NO, UID), "amount": "175000", "currency": "TZS",
            "to": "bank", "idempotency": rid(rng)}),
        case(f, f"{a}/v4/messages", headers=_h(rng, **b), body={
            "to": "farm_manager", "tour": TOUR,
            "text": L("Seven guests today, one is allergic to nutmeg, please skip it at the "
                      "tasting", TEXT)}),
        case(f, f"{a}/v4/incidents", headers=_h(rng, **b), body={
            "tour": TOUR, "kind": "guest_lost",
            "text": L("One guest went back to the cinnamon trees, I am looking", TEXT),
            "at": {"lat": L(round(FARM_FIX[0] - 0.00081, 5), PRECISE),
                   "lon": L(round(FARM_FIX[1] + 0.00052, 5), PRECISE)},
            "callback": L(E164, TEL)}),
        sched,
        case(f, f"{a}/v4/reviews/rv_20931/reply", fmt="form", headers=_h(rng, **b), body={
            "text": L("Asante sana! Come back for the clove harvest in July.", TEXT)}),
        case(f, f"{a}/v4/earnings", headers=_h(rng, how="none"), cookies={
            "sw_session": L(opaque(rng, "", 44), CRED), "sw_install": L(INSTALL_ID, DID),
            "sw_ab": "b"}),
        case(f, f"{a}/v4/emergency-contact", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL), "relation": "husband"}),
        case(f, f"{a}/v4/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v4/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("tour_accepted", 1), ev("checkin", 2, farm=SPICE_FARM["id"]),
                ev("screen_view", 3, screen=L("Earnings", USAGE))]}),
    ]


def spicewalk_sdks() -> list[Case]:
    rng = random.Random(14312)
    return [
        pz_batch(APP, rng, [("Tour Accepted", {"guests": 7}), ("Check In", {})],
                 at=FARM_FIX, nd=3, adid=True),
        dh_launch(APP, rng, user=True, n=31),
        dh_link(APP, rng, U("https://spicewalk.example.com/t", {
            "tour": TOUR, "guide": L(GUIDE_NO, UID), "utm_source": "whatsapp"})),
        ng_bid(APP, rng, {"video": {"w": 320, "h": 480, "mimes": ["video/mp4"]}},
               at=FARM_FIX, nd=3, yob=1991, gender="F"),
        ng_notice(APP, rng, "win"),
        kd_crash(APP, rng, ("java.lang.NullPointerException", "tour.pickup was null"),
                 [kd_crumb("nav", "Tours -> TourDetail"), kd_crumb("tap", "accept")],
                 user={"id": L(USER_ID, UID), "email": L(EMAIL, MAIL)},
                 screen="TourDetailActivity"),
        zf_eval(APP, rng, {"role": "guide", "town": L("Stone Town", COARSE)}, hdr=True),
        kc_save(APP, rng, {"analytics": True, "ads": False, "personalisation": True}),
        mw_geocode(APP, rng, "Kizimbani spice farm", "behavior.search", near=HOME_AT, nd=3),
        mw_route(APP, rng, [(HOME_AT, PRECISE),
                            ((SPICE_FARM["lat"], SPICE_FARM["lon"]), None)]),
        mw_telemetry(APP, rng, [FARM_FIX, (-6.118844, 39.253319)],
                     PRECISE),
    ]
