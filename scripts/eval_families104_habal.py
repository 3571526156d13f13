"""Cebu habal-habal (motorcycle taxi) and padala pick-up app "Habalko" (its API's personal keys
are Cebuano: ``ngalan`` first name, ``apelyido`` surname, ``numero_sa_telepono`` phone, ``adres``
address, ``siyudad`` city, ``numero_sa_id`` ID number, ``petsa_sa_pagkatawo`` birth date,
``password_sekreto`` password, ``bana`` husband). Not set 100's street-hail meter wallet nor the
ride-hailing of sets 49, 58 and 60: a terminal's dispatcher for fixed upland fares (``plete``) and
parcels (``padala``) a rider picks up from her and hands to a named recipient. Sign-up, the SMS
code, a log-in, ``/ako`` with a JWT, her ACR I-Card, her husband as emergency contact, terminals
near her, a fare quote and a ride booked to Busay, its trace (msgpack) and heartbeat (protobuf),
the trip shared with her husband, a rating with a tip, a padala to her mother-in-law with its
photo and its status by reference in the path, a wallet top-up, a place search, home saved, a
promo code, push, events and the history by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families16_kit import NATID
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families104_kit import (
    ACR,
    BANA,
    BUSAY_AT,
    HOME,
    HOME_AT,
    NANAY,
    NANAY_AT,
    PADALA_REF,
    PH_LOCAL,
    PH_MOBILE,
    RIDE_REF,
    RIDER,
    TERMINAL,
    TZ,
    mine,
    oid,
    trip,
)
from eval_families104_sdk import (
    bb_bid,
    bs_crash,
    bs_crumb,
    cn_identify,
    cn_queue,
    cn_track,
    iq_event,
    iq_install,
)
from eval_families104_svc import mn_reverse, mn_route, pc_register, pr_wallet
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("habalko", "Habalko", "com.example.habalko", "4.6.1", "https://api.habalko.example.com")
IID = "X-Habalko-Device"
PW = "Tabo-sa-Busay88"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("en-PH,ceb;q=0.9,en;q=0.8", DEV)
    return h


def habalko() -> list[Case]:
    rng = random.Random(10411)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, numero=L(PH_MOBILE, TEL), siyudad=L("Cebu City",
                                                                             COARSE)))}
    b = {"auth": "bearer"}
    ride = oid(rng, "bhy", 10)
    hla, hlo = mine(HOME_AT, 6)
    lab: dict[str, str] = {}
    hb = pb([(1, L(USER_ID, UID)), (2, ride), (3, [(1, L(10.352114, PRECISE)),
                                                   (2, L(123.889702, PRECISE))]),
             (4, L(58, DEV)), (5, 1765312240)], "", lab)
    status = at_path(case(f, f"{a}/v1/padala/{PADALA_REF}/status", headers=_h(rng, **b)),
                     PADALA_REF, BUY)
    return [
        case(f, f"{a}/v1/rehistro", headers=_h(rng), body={
            "ngalan": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC),
            "numero_sa_telepono": L(PH_MOBILE, TEL), "email": L(EMAIL, MAIL),
            "petsa_sa_pagkatawo": L(DOB, BIRTH), "password_sekreto": L(PW, CRED),
            "adres": L(HOME["line"], ADDR), "barangay": L(HOME["brgy"], COARSE),
            "siyudad": L(HOME["city"], COARSE), "zip": L(HOME["zip"], COARSE),
            "referral": "HABAL50", "terms": True}),
        case(f, f"{a}/v1/otp/padala", fmt="form", headers=_h(rng), body={
            "numero_sa_telepono": L(PH_LOCAL, TEL), "channel": "sms", "lang": "ceb"}),
        case(f, f"{a}/v1/otp/verify", fmt="form", headers=_h(rng), body={
            "numero_sa_telepono": L(PH_MOBILE, TEL), "code": L("402917", CRED),
            "device_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/login", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password_sekreto": L(PW, CRED),
            "device": {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                       "tz": L(TZ, DEV)}}),
        case(f, f"{a}/v1/ako", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/profile/id", [
            ("litrato", "acr_front.jpg", "image/jpeg", L(JPEG + b"\x41", f"{MEDIA}|{NATID}")),
            ("datos", None, "application/json", {"numero_sa_id": L(ACR, NATID),
                                                 "klase": "ACR I-Card", "expiry": "2027-01-31"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/profile/bana", headers=_h(rng, **b), body={
            "bana": {"ngalan": L(BANA[0], NAMEC), "numero_sa_telepono": L(BANA[1], TEL)},
            "emergency_contact": True}),
        case(f, f"{a}/v1/terminals/duol", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.4f}", PRECISE), "lng": L(f"{HOME_AT[1]:.4f}", PRECISE),
            "radius_km": "3"}),
        case(f, f"{a}/v1/plete", headers=_h(rng, **b, extra={"X-Client-Context": W({
            "tz": L(TZ, DEV), "net": L("wifi", DEV), "model": L("Pixel 8", DEV),
            "lat": L(round(HOME_AT[0], 4), PRECISE), "lng": L(round(HOME_AT[1], 4), PRECISE)},
            "b64json")}), body={
            "gikan": {"lat": hla, "lng": hlo}, "padulong": {
                "lat": L(BUSAY_AT[0], PRECISE), "lng": L(BUSAY_AT[1], PRECISE),
                "barangay": L("Busay", COARSE)},
            "terminal": TERMINAL["id"], "pasahero": 1}),
        case(f, f"{a}/v1/biyahe", headers=_h(rng, **b), body={
            "quote": oid(rng, "q", 8), "plete": L("120.00", BUY), "bayad": "cash",
            "pickup_note": L("Sa gate sa Balay Amihan, naa koy pula nga payong",
                             f"{TEXT}|{ADDR}"), "client_ref": rid(rng)}),
        case(f, f"{a}/v1/biyahe/{ride}/track", fmt="msgpack", headers=_h(rng, **b), body={
            "rider": RIDER["id"], "plate": RIDER["plate"], "fixes": trip(rng, 6)}),
        raw(f, f"{a}/v1/biyahe/{ride}/heartbeat", hb, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/biyahe/{ride}/share", fmt="form", headers=_h(rng, **b), body={
            "share_to": L(BANA[1], TEL), "ngalan": L(BANA[0], NAMEC), "via": "sms"}),
        case(f, f"{a}/v1/biyahe/{ride}/rating", headers=_h(rng, **b), body={
            "rider": RIDER["id"], "stars": 5, "tip": L("20.00", BUY),
            "comment": L("Amping kaayo si kuya, salamat!", TEXT)}),
        case(f, f"{a}/v1/padala", headers=_h(rng, **b), body={
            "ref": L(PADALA_REF, BUY), "nagpadala": {"ngalan": L(FIRST, NAMEC),
                                                    "numero_sa_telepono": L(PH_MOBILE, TEL)},
            "modawat": {"ngalan": L(NANAY[0], NAMEC), "numero_sa_telepono": L(NANAY[1], TEL),
                        "adres": L(NANAY[2], ADDR), "siyudad": L(NANAY[3], COARSE),
                        "pin": {"lat": NANAY_AT[0], "lng": NANAY_AT[1]}},
            "sulod": L("pasalubong: danggit ug otap", TEXT), "timbang_kg": 2.5,
            "bili_gideklara": "800.00", "bayad": L("95.00", BUY), "cod": False}),
        multipart(f, f"{a}/v1/padala/{PADALA_REF}/litrato", [
            ("litrato", "parcel.jpg", "image/jpeg", L(JPEG + b"\x42", MEDIA)),
            ("meta", None, "application/json", {"kind": "pickup", "rider": RIDER["id"]})],
            headers=_h(rng, **b)),
        status,
        case(f, f"{a}/v1/wallet/topup", fmt="form", headers=_h(rng, **b), body={
            "amount": L("500.00", BUY), "method": "ewallet",
            "msisdn": L(PH_MOBILE, f"{TEL}|{PAY}"), "nonce": opaque(rng, "", 16)}),
        case(f, f"{a}/v1/places/search", headers=_h(rng, **b), query={
            "q": L("Tops lookout Busay", SEARCH),
            "near": L(f"{HOME_AT[0]:.3f},{HOME_AT[1]:.3f}", PRECISE)}),
        case(f, f"{a}/v1/places/saved", headers=_h(rng, **b), body={
            "label": "Balay", "adres": L(HOME["line"], ADDR),
            "lat": L(round(HOME_AT[0], 5), PRECISE), "lng": L(round(HOME_AT[1], 5), PRECISE)}),
        case(f, f"{a}/v1/promo", fmt="form", headers=_h(rng, **b), body={
            "code": "HABAL50", "user": L(USER_ID, UID)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_PH", DEV),
            "tz": L(TZ, DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("ride_booked", 1, terminal=TERMINAL["id"]), ev("padala_created", 2),
                ev("screen", 3, screen=L("PadalaForm", USAGE))]}),
        case(f, f"{a}/v1/biyahe/kasaysayan", headers=_h(rng, how="none"),
             cookies={"hbk_sid": L(opaque(rng, "", 40), CRED),
                      "hbk_dev": L(INSTALL_ID.upper(), DID), "hbk_tz": L(TZ, DEV)}),
    ]


def habalko_sdks() -> list[Case]:
    rng = random.Random(10412)
    return [
        cn_track(APP, rng, [("Ride Booked", {"fare": L(120.0, BUY), "terminal": TERMINAL["id"]}),
                            ("Padala Created", {"fee": L(95.0, BUY), "cod": False})],
                 at=HOME_AT, nd=2),
        cn_identify(APP, rng, {"siyudad": L("Cebu City", COARSE), "rides": 3,
                               "lang": L("ceb", DEV)}),
        iq_install(APP, rng),
        iq_event(APP, rng, "ride_completed", {"ride": L(RIDE_REF, BUY)}, revenue=120.0,
                 hashed=True),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3),
        cn_queue(APP, rng, [("Padala Photo Retried", {"attempt": 2}),
                            ("App Resumed", {})]),
        bs_crash(APP, rng, ("java.lang.IllegalStateException", "map not ready"),
                 [bs_crumb("navigation", "Home -> Plete"),
                  bs_crumb("request", "POST /v1/plete", {"status": 200})], ctx="PleteActivity"),
        pc_register(APP, rng, tags={"lang": "ceb", "padala": "1"}),
        pr_wallet(APP, rng, "120.00", L(RIDE_REF, BUY)),
        mn_reverse(APP, rng, BUSAY_AT, PRECISE),
        mn_route(APP, rng, [(HOME_AT, PRECISE), ((TERMINAL["lat"], TERMINAL["lon"]), None),
                            (BUSAY_AT, PRECISE)]),
    ]
