"""Vesak almsgiving volunteer app "Dansalmithuru" (dansal: the free food stalls of Vesak;
mithuru: friends): she volunteers at a neighbourhood dansala. Sign-up (religion, home temple), a
log-in, ``/me`` with a JWT, dansalas near her, a dansala's page, a shift with an emergency
contact, the check-in at the stall (her fix, the hall's Wi-Fi), the meals tally (msgpack), a photo
of the stall, a donation dedicated to her late mother-in-law, a pledge of rice picked up at her
house, observing sil on the full-moon day, the team's chat, a lorry for supplies, a lantern vote,
her schedule, a certificate, a food-handler health check, a friend referred, push, events, feedback
and the feed by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families24_kit import others
from eval_families110_kit import (
    ADDR,
    BIRTH,
    BUY,
    CMB_HOME,
    CMB_HOME_AT,
    COARSE,
    CRED,
    DANSAL_FIX,
    DANSALA,
    DEV,
    DID,
    DOB,
    E164,
    EMAIL_MIXED,
    EMAIL_UPPER,
    FIRST,
    HUSBAND,
    JPEG,
    LAST,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEMPLE,
    TEMPLE_WIFI,
    TEXT,
    TZ,
    UID,
    USAGE,
    WIFI,
    App,
    claims,
    ev,
    fix,
    lk_head,
    multipart,
    obj,
    opaque,
    push_token,
    rid,
)
from eval_families110_sdk import ch_crash, ch_crumb, mt_event, mt_session, sk_batch, sk_identify
from eval_families110_svc import ck_attach, pk_register, pm_card, pm_confirm, sm_geocode, tp_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("dansalmithuru", "Dansalmithuru", "com.example.dansalmithuru", "1.9.0",
          "https://api.dansalmithuru.example.org")
IID = "X-DM-Install"
PW = "Pahan-Kudu-88"
FRIEND = ("Dilani Fernando", "+94775550151")  # a friend she refers (contact.*)
DRIVER = ("Nimal", "+94775550127")  # the lorry's driver, typed by her (contact.*)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return lk_head(APP, rng, IID, how, lang=False, **kw)


def dansalmithuru() -> list[Case]:
    rng = random.Random(11021)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    d, sh, team = DANSALA["id"], obj(rng, "shf", 8), obj(rng, "tm", 6)
    me = L(USER_ID, UID)
    dla, dlo = fix(DANSAL_FIX)
    hla, hlo = fix(CMB_HOME_AT, 5)
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), role="volunteer"))}
    return [
        case(f, f"{a}/v1/volunteers", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "phone": L(E164, TEL), "password": L(PW, CRED),
            "birthDate": L(DOB, BIRTH), "religion": L("Buddhist", SENS),
            "homeTemple": L(TEMPLE, SENS), "tshirt": "M", "diet": "vegetarian",
            "languages": ["si", "en"]}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/dansalas/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{CMB_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{CMB_HOME_AT[1]:.3f}", PRECISE),
            "radiusKm": "3", "date": "2026-05-01"}),
        case(f, f"{a}/v1/dansalas/{d}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/dansalas/{d}/shifts/{sh}/signup", headers=_h(rng, **b), body={
            "role": "ginger tea", "foodHandlerCert": "FH-CMC-2291", "hasVehicle": False,
            "emergencyContact": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                                 "relation": "husband"}}),
        case(f, f"{a}/v1/shifts/{sh}/checkin", headers=_h(rng, **b), body={
            "volunteerId": me, "lat": dla, "lon": dlo, "accuracyM": 9,
            "dansala": {"id": d, "lat": DANSALA["lat"], "lon": DANSALA["lon"]},
            "wifi": {"ssid": L(TEMPLE_WIFI[0], WIFI), "bssid": L(TEMPLE_WIFI[1], WIFI)}}),
        case(f, f"{a}/v1/shifts/{sh}/tally", fmt="msgpack", headers=_h(rng, **b), body={
            "volunteerId": me, "served": 412, "queue": 35, "teaLitres": 60, "at": 1777651200}),
        multipart(f, f"{a}/v1/dansalas/{d}/photos", [
            ("photo", "dansala.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Our ginger tea dansala at dusk, 400 cups so far", TEXT),
                "lat": L(round(DANSAL_FIX[0], 5), PRECISE),
                "lon": L(round(DANSAL_FIX[1], 5), PRECISE)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/donations", headers=_h(rng, **b), body={
            "dansala": d, "amount": L("5000.00", BUY), "currency": "LKR",
            "dedication": L("Merit to my late mother-in-law Sumana Perera", f"{TEXT}|{NAMEC}"),
            "receiptEmail": L(EMAIL, MAIL), "paymentMethod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/pledges", fmt="form", headers=_h(rng, **b), body={
            "dansala": d, "item": "rice", "qtyKg": "25",
            "pickupAddress": L(CMB_HOME["line"], ADDR), "pickupCity": L(CMB_HOME["city"], COARSE),
            "contactPhone": L(PHONE, TEL)}),
        case(f, f"{a}/v1/sil", headers=_h(rng, **b), body={
            "observing": L("ata sil", SENS), "temple": L(TEMPLE, SENS), "poyaDate": "2026-05-01",
            "reminder": True}),
        case(f, f"{a}/v1/teams/{team}/messages", headers=_h(rng, **b), body={
            "text": L("Can someone bring two more gas cylinders before six?", TEXT),
            "mentions": others(rng, 2, "vol_"), "clientId": rid(rng)}),
        case(f, f"{a}/v1/transport/requests", headers=_h(rng, **b), body={
            "pickup": {"line": L(CMB_HOME["line"], ADDR), "lat": hla, "lon": hlo},
            "dropoff": {"dansala": d, "lat": DANSALA["lat"], "lon": DANSALA["lon"],
                        "phone": DANSALA["phone"]},
            "driver": {"name": L(DRIVER[0], NAMEC), "phone": L(DRIVER[1], TEL)},
            "vehiclePlate": "WP LJ-3390", "load": "rice, 4 sacks"}),
        case(f, f"{a}/v1/lanterns/votes", fmt="form", headers=_h(rng, **b), body={
            "lantern": "ktu_0042", "voter": me}),
        case(f, f"{a}/v1/schedule", headers=_h(rng, **b), query={
            "volunteer": me, "from": "2026-04-30", "to": "2026-05-02"}),
        case(f, f"{a}/v1/certificates", headers=_h(rng, **b), body={
            "nameOnCertificate": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "hours": 14}),
        case(f, f"{a}/v1/hygiene/checklist", headers=_h(rng, **b), body={
            "shift": sh, "handsWashed": True, "feverToday": L(False, MED),
            "diarrhoea": L(False, MED), "cutsOnHands": L(False, MED)}),
        case(f, f"{a}/v1/referrals", headers=_h(rng, **b), body={
            "name": L(FRIEND[0], NAMEC), "phone": L(FRIEND[1], TEL),
            "note": L("Dilani, come and help at our tea dansala!", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "locale": L("en_LK", DEV), "timeZone": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": me, "events": [ev("shift_checkin", 1), ev("tally_sent", 2, served=412),
                                     ev("screen", 3, screen=L("DansalaMap", USAGE))]}),
        case(f, f"{a}/v1/feedback", fmt="form", headers=_h(rng, **b), body={
            "rating": "5", "text": L("Please add a way to swap shifts with a friend", TEXT)}),
        case(f, f"{a}/v1/feed", headers=_h(rng, how="none"), cookies={
            "dm_session": L(opaque(rng, "", 44), CRED), "dm_device": L(INSTALL_ID.upper(), DID)}),
    ]


def dansalmithuru_sdks() -> list[Case]:
    rng = random.Random(11022)
    return [
        sk_batch(APP, rng, [("Shift Signed Up", {"role": "ginger tea"}),
                            ("Donation Made", {"amount": L(5000, BUY)})], at=CMB_HOME_AT, nd=2),
        sk_identify(APP, rng, {"temple": L(TEMPLE, SENS), "city": L("Colombo", COARSE),
                               "role": "volunteer", "shifts": 3}),
        mt_session(APP, rng, user=True, n=9),
        mt_event(APP, rng, "donation", {"dansala": DANSALA["id"]}, revenue=5000.0),
        ch_crash(APP, rng, ("java.lang.NullPointerException", "map marker icon"),
                 [ch_crumb("nav", "Home -> DansalaMap"), ch_crumb("tap", "marker")],
                 screen="DansalaMapActivity"),
        tp_eval(APP, rng, {"vesakMode": True}),
        pk_register(APP, rng, tags={"temple": L(TEMPLE, SENS), "role": "tea"}),
        pm_card(APP, rng, email=True),
        pm_confirm(APP, rng, "5000.00"),
        sm_geocode(APP, rng, "Seevali dansala Wellawatte", SEARCH, near=CMB_HOME_AT, nd=3),
        ck_attach(APP, rng, L(JPEG + b"\x82", MEDIA), "queue.jpg", "image/jpeg"),
    ]
