"""Eid al-Adha ram purchase, fattening and slaughter-slot app "Ragon Layya" (English keys with
Hausa words for the rite: ``layya`` the sacrifice, ``rabo`` a share): sign-up, an OAuth password
grant, ``/me``, rams on offer, her visit to the ranch (her fix), the reservation, the deposit by
card, the fattening plan and its weekly weigh-ins (msgpack), the animal's photo, the slaughter
slot at the Eid ground after prayer, her niyya (intention) for whom the sacrifice is made, the
shares (to the poor, to neighbours, to the household), delivery of the meat to her house, a
butcher's tip, a message to the ranch, the receipt by buyer number in the path, a review,
notifications, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
    NAMEC,
    PAY,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families145_kit import (
    EID_FIX,
    EID_GROUND,
    HUSBAND,
    KANO_HOME,
    KANO_HOME_AT,
    LAYYA_NO,
    RAM,
    RANCH,
    RANCH_FIX,
    dev_block,
    fix,
    hd,
    obj,
    push,
)
from eval_families145_sdk import cd_session, mc_batch, mc_queue, tn_event, tn_launch, tn_link
from eval_families145_svc import cl_card, cl_confirm, cy_save, fn_eval, mm_route
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("ragonlayya", "Ragon Layya", "com.example.ragonlayya", "1.6.0",
          "https://api.ragonlayya.example.net")
IID = "X-RL-Device"
PW = "Layya1447!Kura"
RES = "rsv_4c71e20b"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def ragonlayya() -> list[Case]:
    rng = random.Random(14503)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), buyer=L(LAYYA_NO, UID)))}
    rla, rlo = fix(RANCH_FIX, 6)
    ela, elo = fix(EID_FIX, 5)
    hla, hlo = fix(KANO_HOME_AT, 6)
    receipt = at_path(case(f, f"{a}/v1/buyers/{LAYYA_NO}/receipt", headers=_h(rng, **b)),
                      LAYYA_NO, UID)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED),
            "address": {"line": L(KANO_HOME["line"], ADDR), "area": L(KANO_HOME["area"], COARSE),
                        "city": L("Kano", COARSE)}, "device": dev_block()}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL),
            "password": L(PW, CRED), "client_id": "ragonlayya-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/rams", headers=_h(rng, **b), query={
            "ranch": RANCH["id"], "breed": "Uda,Balami", "minKg": "45", "maxPrice": "350000"}),
        case(f, f"{a}/v1/rams/{RAM['tag']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/visits", headers=_h(rng, **b), body={
            "ranch": RANCH["id"], "at": {"lat": rla, "lon": rlo, "acc": 14},
            "ranchAt": {"lat": RANCH["lat"], "lon": RANCH["lon"]}, "buyer": L(LAYYA_NO, UID)}),
        case(f, f"{a}/v1/reservations", headers=_h(rng, **b), body={
            "ram": RAM["tag"], "breed": RAM["breed"], "liveWeightKg": RAM["kg"],
            "price": L(295000, BUY), "reservation": RES, "buyer": L(LAYYA_NO, UID),
            "purpose": L("layya", SENS)}),
        case(f, f"{a}/v1/reservations/{RES}/deposit", fmt="form", headers=_h(rng, **b), body={
            "amount": L("100000", BUY), "currency": "NGN",
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/v1/fattening", headers=_h(rng, **b), body={
            "ram": RAM["tag"], "plan": "premium-6wk",
            "feed": ["groundnut hay", "bran", "salt lick"],
            "fee": L(42000, BUY), "buyer": L(LAYYA_NO, UID)}),
        case(f, f"{a}/v1/fattening/weighins", fmt="msgpack", headers=_h(rng, **b), body={
            "ram": RAM["tag"], "weeks": [{"w": 1, "kg": 62.4}, {"w": 2, "kg": 64.1},
                                         {"w": 3, "kg": 65.8}], "buyer": L(LAYYA_NO, UID)}),
        multipart(f, f"{a}/v1/rams/{RAM['tag']}/photo", [
            ("photo", "rago.jpg", "image/jpeg", JPEG + b"\x52"),
            ("meta", None, "application/json", {"buyer": L(LAYYA_NO, UID), "view": "side"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/slots", headers=_h(rng, **b), query={
            "ground": EID_GROUND["id"], "day": "1447-12-10", "after": "salat_al_eid"}),
        case(f, f"{a}/v1/slots/book", headers=_h(rng, **b), body={
            "ground": EID_GROUND["id"], "slot": obj(rng, "slt"), "time": "08:40",
            "ram": RAM["tag"], "rite": L("Eid al-Adha qurbani", SENS),
            "buyer": L(LAYYA_NO, UID)}),
        case(f, f"{a}/v1/niyya", headers=_h(rng, **b), body={
            "onBehalfOf": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC)],
            "intention": L("Layya for our household, in the name of Allah", f"{TEXT}|{SENS}"),
            "madhhab": L("Maliki", SENS), "buyer": L(LAYYA_NO, UID)}),
        case(f, f"{a}/v1/shares", headers=_h(rng, **b), body={
            "ram": RAM["tag"], "shares": [{"to": "poor", "part": 0.34},
                                         {"to": "neighbours", "part": 0.33},
                                         {"to": "household", "part": 0.33}],
            "sadaqahVia": "Kofar Mata zakat committee"}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "ground": EID_GROUND["id"], "at": {"lat": ela, "lon": elo},
            "groundAt": {"lat": EID_GROUND["lat"], "lon": EID_GROUND["lon"]},
            "buyer": L(LAYYA_NO, UID)}),
        case(f, f"{a}/v1/delivery", headers=_h(rng, **b), body={
            "to": {"line": L(KANO_HOME["line"], ADDR), "area": L(KANO_HOME["area"], COARSE),
                   "lat": hla, "lon": hlo}, "contact": {"name": L(HUSBAND[0], NAMEC),
                                                          "phone": L(HUSBAND[1], TEL)},
            "window": "13:00-15:00", "fee": L(3000, BUY)}),
        case(f, f"{a}/v1/tips", fmt="form", headers=_h(rng, **b), body={
            "butcher": "bch_0931", "amount": L("2000", BUY), "reservation": RES}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "ranch": RANCH["id"],
            "text": L("Please keep the ram until Friday, my husband Abdullahi will collect it",
                      f"{TEXT}|{NAMEC}")}),
        receipt,
        case(f, f"{a}/v1/reviews", fmt="form", headers=_h(rng, **b), body={
            "ranch": RANCH["id"], "stars": "5",
            "text": L("Healthy ram, fair weight, slaughter done right after Eid prayer", TEXT)}),
        case(f, f"{a}/v1/notifications", headers=_h(rng, how="upper", **b), query={
            "buyer": L(LAYYA_NO, UID), "since": "1765200000"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("ram_view", 1, ram=RAM["tag"]), ev("slot_booked", 2),
                ev("screen", 3, screen=L("MyLayya", USAGE))]}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def ragonlayya_sdks() -> list[Case]:
    rng = random.Random(14504)
    link = U("https://ragonlayya.example.net/r/share", {"ram": RAM["tag"],
                                                        "buyer": L(LAYYA_NO, UID)})
    return [
        mc_batch(APP, rng, [("Ram Viewed", {"breed": "Uda"}),
                            ("Slot Booked", {"ground": EID_GROUND["id"]})], adid=True),
        mc_queue(APP, rng, [("Visit Ranch", {"ranch": RANCH["id"]}),
                            ("Weigh In", {"kg": 64.1}), ("Open Plan", {})]),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "deposit", {"res": RES}, revenue=100000.0, currency="NGN"),
        tn_link(APP, rng, link),
        fn_eval(APP, rng, {"country": L("NG", COARSE), "season": "eid-1447"}),
        cy_save(APP, rng, {"analytics": True, "ads": False}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "100000"),
        mm_route(APP, rng, [(KANO_HOME_AT, PRECISE), ((RANCH["lat"], RANCH["lon"]), None)]),
        cd_session(APP, rng, secs=612),
    ]
