"""A self-study library's app "Padhaighar" (ANOTHER RELATIVE: she rents a reading-hall seat on
Delhi Road, Rohtak, for her husband's sister Pooja, 23, who studies for a state job exam; she is
the account holder and pays). Haryanvi keys in Latin letters: ``naam`` first name,
``kunba_naam`` surname, ``baap_ka_naam`` father's name, ``fon`` phone, ``janam_tithi`` birth
date, ``naata`` relation (``nanad`` husband's sister), ``padhan_aala`` the reader (lit. the one
who studies), ``pariksha`` exam, ``paali`` shift (``subah``/``saanjh``), ``kursi`` seat,
``mahina`` month, ``fees``, ``jama`` deposit, ``rakam`` amount, ``taala`` locker (lit. lock),
``chhutti`` leave, ``wajah`` reason, ``shikayat`` complaint, ``tohna`` search, ``akhbaar``
newspapers, ``saheli`` friend, ``rasid`` receipt, ``jagah`` place, with English ``email``,
``password``, ``aadhaar``, ``upi``, ``wifi``, ``pass``, ``lat``/``lng``: her sign-up and log-in,
``/me``, Pooja added as the reader (her Aadhaar, her father's name), Pooja's photo and Aadhaar
scan, the seats, a seat booked for a month, its payment by UPI, a locker, the pass's attendance
by pass number in the URL path, her visit to the desk (the hall's Wi-Fi joined), a leave for
Pooja's typhoid, a complaint, a search, newspapers (msgpack), the receipt by cookie, a friend
referred, seat preferences (base64 JSON in a form), push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families306_kit import (
    HOME_AT,
    LIBRARY,
    NANAD,
    SEAT_PASS,
    VPA,
    fix,
    hd,
    obj,
    push,
)
from eval_families306_sdk import (
    cp_batch,
    cp_identify,
    ht_event,
    ht_launch,
    nb_bid,
    nb_notice,
    tf_crash,
    tf_crumb,
)
from eval_families306_svc import bd_attach, ck_upi, dp_register, gm_route
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("padhaighar", "Padhaighar", "com.example.padhaighar", "5.0.2",
          "https://api.padhaighar.example.net")
IID = "X-Padhai-Install"
PW = "Rohtak*Seat2026"
NID = "personal.national_id"
POOJA_AADHAAR = "6810 4452 3397"
POOJA_DOB = "2002-08-19"
FATHER_IL = "Jagdish Malik"
LIB_FIX = (28.879571, 76.628093)  # her phone at the library's desk


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def padhaighar() -> list[Case]:
    rng = random.Random(30631)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), seat_pass=L(SEAT_PASS, BUY)))}
    lla, llo = fix(LIB_FIX, 6)
    reader = obj(rng, "rd", 8)
    att = at_path(case(f, f"{a}/v1/pass/{SEAT_PASS}/haajri", headers=_h(rng, **b),
                       query={"mahina": "2026-01"}), SEAT_PASS, BUY)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "naam": L(FIRST, NAMEC), "kunba_naam": L(LAST, NAMEC), "fon": L(E164, TEL),
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "shahar": L("Rohtak", COARSE)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/padhan_aala", headers=_h(rng, **b), body={
            "padhan_aala": reader, "naam": L("Pooja", NAMEC), "kunba_naam": L("Malik", NAMEC),
            "baap_ka_naam": L(FATHER_IL, NAMEC), "fon": L(NANAD[1], TEL),
            "email": L(NANAD[2], MAIL), "janam_tithi": L(POOJA_DOB, BIRTH),
            "aadhaar": L(POOJA_AADHAAR, NID), "naata": "nanad", "pariksha": "HSSC CET"}),
        multipart(f, f"{a}/v1/padhan_aala/{reader}/kagaz", [
            ("photo", "pooja.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("aadhaar", "aadhaar_front.jpg", "image/jpeg", L(JPEG + b"\x82", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"padhan_aala": reader})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kursi", headers=_h(rng, **b), query={
            "library": LIBRARY["id"], "paali": "subah", "mahina": "2026-02"}),
        case(f, f"{a}/v1/kursi/buking", headers=_h(rng, **b), body={
            "library": LIBRARY["id"], "kursi": "H2-41", "paali": "subah",
            "mahina": "2026-02", "padhan_aala": reader, "pass": L(SEAT_PASS, BUY),
            "fees": L(1200, BUY), "jama": L(500, BUY)}),
        case(f, f"{a}/v1/chukta", fmt="form", headers=_h(rng, **b), body={
            "pass": L(SEAT_PASS, BUY), "rakam": L("1700.00", BUY), "upi": L(VPA, PAY),
            "txn": rid(rng)}),
        case(f, f"{a}/v1/taala", fmt="form", headers=_h(rng, **b), body={
            "pass": L(SEAT_PASS, BUY), "taala": "L-18", "rakam": L("150", BUY)}),
        att,
        case(f, f"{a}/v1/desk/checkin", headers=_h(rng, **b), body={
            "jagah": {"lat": lla, "lng": llo},
            "library": {"lat": LIBRARY["lat"], "lng": LIBRARY["lon"]},
            "wifi": {"ssid": L(LIBRARY["ssid"], WIFI), "bssid": L(LIBRARY["bssid"], WIFI)},
            "ip": L("10.11.2.87", DEV)}),
        case(f, f"{a}/v1/chhutti", headers=_h(rng, **b), body={
            "pass": L(SEAT_PASS, BUY), "se": "2026-02-09", "tak": "2026-02-18",
            "wajah": L("Pooja ko typhoid ho gaya, das din ghar pe aaram karegi", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/shikayat", headers=_h(rng, **b), body={
            "library": LIBRARY["id"], "kism": "shor",
            "shikayat": L("Hall 2 mein saanjh ko log fon pe baat karein, padhai na ho", TEXT)}),
        case(f, f"{a}/v1/tohna", headers=_h(rng, **b), query={
            "q": L("CET current affairs magazine Hindi", SEARCH)}),
        case(f, f"{a}/v1/akhbaar", fmt="msgpack", headers=_h(rng, **b), body={
            "pass": L(SEAT_PASS, BUY), "akhbaar": ["dainik", "rozgar"], "rakam": L(90, BUY)}),
        case(f, f"{a}/v1/rasid/latest", headers=_h(rng, how="none"), cookies={
            "pg_sess": L(opaque(rng, "", 40), CRED), "pg_inst": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/refer", headers=_h(rng, **b), body={
            "saheli": {"naam": L("Neha Sangwan", NAMEC), "fon": L("+919467220581", TEL)},
            "code": opaque(rng, "RF", 6)}),
        case(f, f"{a}/v1/pasand", fmt="form", headers=_h(rng, **b), body={
            "data": W({"pass": L(SEAT_PASS, BUY), "khidki_ke_paas": True, "ac": True,
                       "bhasha": L("hi", DEV)}, "b64json")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("seat_booked", 1), ev("screen", 2, screen=L("Haajri", USAGE))]}),
    ]


def padhaighar_sdks() -> list[Case]:
    rng = random.Random(30632)
    return [
        cp_batch(APP, rng, [("Seat Booked", {"fees": L(1200, BUY)}), ("Locker Added", {})],
                 at=LIB_FIX, nd=3),
        cp_identify(APP, rng, {"shahar": L("Rohtak", COARSE), "readers": 1}),
        ht_launch(APP, rng, first=True),
        ht_event(APP, rng, "purchase", {"pass": L(SEAT_PASS, BUY)}, revenue=1700.0,
                 currency="INR"),
        nb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="exam,books,coaching"),
        nb_notice(APP, rng, "imp"),
        tf_crash(APP, rng, ("java.lang.NullPointerException", "seat map"),
                 [tf_crumb("nav", "Kursi -> Naksha")], screen="KursiActivity"),
        dp_register(APP, rng, tags={"library": LIBRARY["id"], "paali": "subah"}),
        ck_upi(APP, rng, "1700.00", L(VPA, PAY)),
        gm_route(APP, rng, [(HOME_AT, PRECISE), ((LIBRARY["lat"], LIBRARY["lon"]), None)]),
        bd_attach(APP, rng, L(JPEG + b"\x83", MEDIA), "upi_screenshot.jpg", "image/jpeg"),
    ]
