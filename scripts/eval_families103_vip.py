"""Nightclub VIP-table reservation app "Tablenoir" (Sofia): an SMS log-in, the profile (age gate,
an Instagram handle), ``/me``, venues near her, a club's tables, a table reserved with a minimum
spend and a note, guests picked from her address book, the deposit, bottles pre-ordered, an ID
check (passport and selfie), the minimum spend split with friends, arrival at the door (her fix),
the entry pass by reservation in the path, the bar tab (msgpack) and its closing, a lost item, a
song request, a ride home handed off, a review, push, events and the reservations by a cookie
GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    F32,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PASSPORT
from eval_families24_kit import claims, head
from eval_families103_kit import (
    CLUB,
    CLUB_DOOR_FIX,
    MILA,
    PROMOTER,
    SOFIA_AT,
    SOFIA_HOME,
    VIP_RES,
    fix,
    obj,
)
from eval_families103_sdk import (
    ae_event,
    aw_bid,
    fq_crash,
    fq_crumb,
    gf_batch,
    gf_identify,
)
from eval_families103_svc import hr_attach, hr_message, pm_opened, pm_register, tb_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tablenoir", "Tablenoir", "com.example.tablenoir", "6.1.4",
          "https://api.tablenoir.example.com")
IID = "X-TN-Device"
R_URL = f"https://api.tablenoir.example.com/v3/reservations/{VIP_RES}"
ADRES = f"{SOFIA_HOME['street']}, {SOFIA_HOME['flat']}"
SAM, ANA = PEOPLE[0], PEOPLE[4]  # friends from New York visiting her


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def tablenoir() -> list[Case]:
    rng = random.Random(10341)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), age=L(34, BIRTH)))}
    b = {"auth": "bearer"}
    dla, dlo = fix(CLUB_DOOR_FIX, 5)
    hla, hlo = fix(SOFIA_AT)
    pm = L(opaque(rng, "ctk_", 24), PAY)
    tab = obj(rng, "tab", 8)
    lab: dict[str, str] = {}
    arr = pb([(1, L(VIP_RES, BUY)), (2, [(1, dla), (2, dlo), (3, F32(8.0))]),
              (3, [(1, CLUB["lat"]), (2, CLUB["lon"])]), (4, CLUB["id"]),
              (5, L("Pixel 8", DEV)), (6, 1765575000)], "", lab)
    return [
        case(f, f"{a}/v3/auth/otp", headers=_h(rng), body={
            "phone": L(E164, TEL), "channel": "sms", "locale": L("en_US", DEV)}),
        case(f, f"{a}/v3/auth/otp/verify", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("5521", CRED), "deviceId": L(INSTALL_ID, DID)}),
        multipart(f, f"{a}/v3/profile", [
            ("profile", None, "application/json", {
                "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
                "email": L(EMAIL, MAIL), "birthDate": L(DOB, BIRTH),
                "gender": L("female", GENDER), "instagram": L("@jane.doe.nyc", UID),
                "city": L("Sofia", COARSE)}),
            ("avatar", "avatar.jpg", "image/jpeg", L(JPEG + b"\xc0", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/venues/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{SOFIA_AT[0]:.4f}", PRECISE), "lng": L(f"{SOFIA_AT[1]:.4f}", PRECISE),
            "date": "2025-12-12", "vibe": "techno"}),
        case(f, f"{a}/v3/venues/{CLUB['id']}/tables", headers=_h(rng, **b), query={
            "date": "2025-12-12", "party": "6"}),
        case(f, f"{a}/v3/reservations", headers=_h(rng, **b), body={
            "venueId": CLUB["id"], "tableId": "T7", "date": "2025-12-12", "arrival": "23:30",
            "partySize": 6, "minimumSpend": L("800.00", BUY), "currency": "BGN",
            "reservationCode": L(VIP_RES, BUY), "promoter": PROMOTER,
            "notes": L("Table near the DJ booth please, one of us uses a wheelchair so we "
                       "need step-free access", f"{TEXT}|{SENS}")}),
        at_path(case(f, f"{R_URL}/guests", headers=_h(rng, **b), body={
            "source": "contacts_picker", "ratio": {"f": 4, "m": 2}, "guests": [
                {"name": L(SAM[0], CONTACTS), "phone": L(SAM[1], CONTACTS)},
                {"name": L(ANA[0], CONTACTS), "phone": L(ANA[1], CONTACTS)},
                {"name": L(MILA[0], CONTACTS), "phone": L(MILA[1], CONTACTS)}]}),
            VIP_RES, BUY),
        at_path(case(f, f"{R_URL}/deposit", fmt="form", headers=_h(rng, **b), body={
            "amount": L("200.00", BUY), "currency": "BGN", "paymentMethod": pm}), VIP_RES, BUY),
        at_path(case(f, f"{R_URL}/bottles", headers=_h(rng, **b), body={
            "items": [{"sku": "btl_champ_750", "qty": 2}, {"sku": "btl_vodka_1l", "qty": 1}],
            "subtotal": L("690.00", BUY), "sparklers": True}), VIP_RES, BUY),
        multipart(f, f"{a}/v3/idcheck", [
            ("document", "passport.jpg", "image/jpeg", L(JPEG + b"\xc1", f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\xc2", MEDIA)),
            ("data", None, "application/json", {
                "documentType": "passport", "documentNumber": L(PASSPORT, NATID),
                "birthDate": L(DOB, BIRTH), "nationality": "USA", "expiry": "2031-04-18"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/split", headers=_h(rng, **b), body={
            "reservation": L(VIP_RES, BUY), "mine": L("133.34", BUY), "shares": [
                {"phone": L(SAM[1], TEL), "amount": L("133.33", BUY)},
                {"phone": L(MILA[1], TEL), "amount": L("133.33", BUY)}]}),
        raw(f, f"{a}/v3/arrival", arr, "application/x-protobuf", lab, headers=_h(rng, **b)),
        at_path(case(f, f"{R_URL}/pass", headers=_h(rng, **b)), VIP_RES, BUY),
        case(f, f"{a}/v3/tabs/{tab}/orders", fmt="msgpack", headers=_h(rng, **b), body={
            "items": [{"sku": "ckt_negroni", "qty": 2, "unit": 18.0}], "total": L(36.0, BUY),
            "table": "T7", "server": "srv_14"}),
        case(f, f"{a}/v3/tabs/{tab}/close", fmt="form", headers=_h(rng, **b), body={
            "tip": L("60.00", BUY), "total": L("912.00", BUY), "paymentMethod": pm}),
        case(f, f"{a}/v3/lost-found", headers=_h(rng, **b), body={
            "venueId": CLUB["id"], "date": "2025-12-13", "contactPhone": L(NATIONAL, TEL),
            "description": L("Black card holder with my residence card, left at table T7",
                             TEXT)}),
        case(f, f"{a}/v3/music/requests", fmt="form", headers=_h(rng, **b), body={
            "venueId": CLUB["id"], "track": L("Dancing On My Own, the long version please",
                                              TEXT)}),
        case(f, f"{a}/v3/rides/handoff", headers=_h(rng, **b), body={
            "partner": "cab", "pickup": {"lat": CLUB["lat"], "lng": CLUB["lon"],
                                         "name": CLUB["name"]},
            "dropoff": {"lat": hla, "lng": hlo, "address": L(ADRES, ADDR)}}),
        case(f, f"{a}/v3/reviews", fmt="form", headers=_h(rng, **b), body={
            "venueId": CLUB["id"], "rating": "4",
            "text": L("Great DJ, slow bottle service after 2am", TEXT)}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L("Europe/Sofia", DEV)}),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("table_reserved", 1, party=6), ev("deposit_paid", 2),
                ev("screen", 3, screen=L("EntryPass", USAGE))]}),
        case(f, f"{a}/v3/reservations", headers=_h(rng, how="nodash"),
             cookies={"tn_sid": L(opaque(rng, "", 48), CRED), "tn_age_ok": "1"}),
    ]


def tablenoir_sdks() -> list[Case]:
    rng = random.Random(10342)
    return [
        gf_batch(APP, rng, [("Table Reserved", {"venue": CLUB["id"], "minSpend": L(800.0, BUY)}),
                            ("ID Verified", {"method": "passport"})], adid=True, ip=True),
        gf_identify(APP, rng, {"gender": L("female", GENDER), "age": L(34, BIRTH),
                               "city": L("Sofia", COARSE)}),
        ae_event(APP, rng, "deposit_paid", {"venue": CLUB["id"], "reservation": L(VIP_RES, BUY)},
                 revenue=200.0),
        aw_bid(APP, rng, {"banner": {"w": 320, "h": 480}, "instl": 1}, at=CLUB_DOOR_FIX, nd=3,
               yob=1991, gender="F"),
        fq_crash(APP, rng, ("java.lang.SecurityException", "camera in use"),
                 [fq_crumb("navigation", "Reservation -> IdCheck")],
                 user={"id": L(USER_ID, UID), "email": L(EMAIL, MAIL)}, screen="IdCheckActivity"),
        pm_register(APP, rng, at=SOFIA_AT, nd=2, tags={"nightlife": "techno"}),
        pm_opened(APP, rng, "fri_night_promo"),
        tb_confirm(APP, rng, "200.00"),
        hr_message(APP, rng, L(f"Can we move our table from Friday to Saturday? {VIP_RES}",
                               f"{TEXT}|{BUY}"), {"venue": CLUB["id"]}),
        hr_attach(APP, rng, L(JPEG + b"\xc3", MEDIA), "card_holder.jpg"),
    ]
