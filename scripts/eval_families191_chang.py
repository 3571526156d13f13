"""A Majuli stilt-house homestay app "Changghor" (``chang ghor``: a Mising house on stilts near
Garamur; the host files Form C, the foreigner-arrival report Indian lodgings send for foreign
guests). Keys mix English with Assamese in Latin letters: ``naam`` / ``upadhi`` first name /
surname, ``gupt_xobdo`` password, ``thaka`` stay, ``alohi`` guests, ``boyox`` age, ``kotha``
room, ``agomon`` / ``prosthan`` arrival / departure, ``mut`` total, ``rastriyota`` nationality,
``jonmo_tarikh`` birth date, ``bharatot_thikona`` address in India, ``ahar_karon`` purpose of
visit, ``bhugtan`` payment, ``porimaan`` amount, ``nauka`` ferry, ``ghat`` landing, ``gari``
vehicle, ``saikel`` bicycle, ``jamin`` deposit, ``ghonta`` hours, ``kormoxala`` workshop,
``aahar`` meal, ``khadya_niyom`` diet rule, ``protikriya`` review, ``mulyankon`` rating,
``montobyo`` remark, ``heruwa`` lost, ``barta`` message, ``okhyangxo`` / ``dragimangxo``
latitude / longitude): sign-up, a log-in, ``/moi``, the stay for the three of them, Form C (her
passport and OCI card, gzip), the passport scan, the payment by UPI, the car ferry from Nimati,
a check-in (Wi-Fi joined), bicycles (msgpack), a protobuf ride beat, a mask-making workshop,
dinner (the daughter's nut allergy), a review, the stay by number in the path, a lost item, a
message to the host, places she marked offline (JSON Lines), an invoice by cookie, push and
events. Set 151 has a Svan guesthouse with a hike registry; this homestay's own business is the
foreigner registration and the island (ferry, bicycles, a satra mask workshop)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
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
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families191_kit import (
    DAUGHTER,
    FERRY_GHAT,
    HOME,
    HOMESTAY,
    HOMESTAY_FIX,
    HUSBAND,
    IN_PHONE,
    JORHAT_AT,
    OCI,
    PASSPORT,
    PLATE,
    STAY,
    VPA,
    fix,
    hd,
    obj,
    push,
)
from eval_families191_sdk import (
    bj_bid,
    bj_notice,
    cr_session,
    lm_batch,
    ts_event,
    ts_launch,
)
from eval_families191_svc import mb_reverse, mb_route, mb_telemetry, py_card, py_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("changghor", "Changghor", "com.example.changghor", "1.3.7",
          "https://api.changghor.example.com")
IID = "X-Changghor-Device"
PW = "Garamur!Luit26"
NID = "personal.national_id"
RIDE_FIX = (26.958740, 94.169318)  # her phone on the bicycle ride (location.precise)
GUEST = "gst_" + USER_ID[2:]
VPAL = f"{PAY}|{TEL}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def changghor() -> list[Case]:
    rng = random.Random(19131)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), alohi=L(GUEST, UID)))}
    hla, hlo = fix(HOMESTAY_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(GUEST, UID)), (2, obj(rng, "sk")), (3, 1771400000),
               (4, [(1, L(RIDE_FIX[0], PRECISE)), (2, L(RIDE_FIX[1], PRECISE)), (3, 6.0)]),
               (5, L(52, DEV))], "", lab)
    stay = at_path(case(f, f"{a}/v1/thaka/{STAY}", headers=_h(rng, **b)), STAY, BUY)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "naam": L(FIRST, NAMEC), "upadhi": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "phone": L(E164, TEL), "gupt_xobdo": L(PW, CRED), "desh": L("IN", COARSE),
            "xohor": L(HOME["town"], COARSE)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "gupt_xobdo": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/moi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/thaka", headers=_h(rng, **b), body={
            "homestay": HOMESTAY["id"], "agomon": "2026-02-18", "prosthan": "2026-02-21",
            "kotha": "chang_2", "thaka": L(STAY, BUY), "mut": L(7200, BUY),
            "alohi": [{"naam": L(f"{FIRST} {LAST}", NAMEC)}, {"naam": L(HUSBAND[0], NAMEC)},
                      {"naam": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                       "boyox": L(8, BIRTH)}],
            "aahar": "xokalor aru raatir"}),
        case(f, f"{a}/v1/form_c", gz=True, headers=_h(rng, **b), body={
            "thaka": L(STAY, BUY), "naam": L(FIRST, NAMEC), "upadhi": L(LAST, NAMEC),
            "linga": L("F", "personal.gender"), "jonmo_tarikh": L(DOB, BIRTH),
            "rastriyota": "USA", "passport": L(PASSPORT, NID), "passport_xesh": "2031-06-30",
            "oci": L(OCI, NID), "bharatot_thikona": L(HOME["line"], ADDR),
            "xohor": L(HOME["town"], COARSE), "pin": L(HOME["pin"], COARSE),
            "mobile": L(IN_PHONE, TEL), "ghoror_phone": L(E164, TEL),
            "ahar_karon": "bhromon", "agomon": "2026-02-18",
            "porobortee": L("Guwahati", COARSE)}),
        multipart(f, f"{a}/v1/form_c/passport", [
            ("scan", "passport.jpg", "image/jpeg", L(JPEG + b"\x41", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"thaka": L(STAY, BUY), "page": "bio"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/bhugtan", fmt="form", headers=_h(rng, **b), body={
            "thaka": L(STAY, BUY), "porimaan": L("3600.00", BUY), "mudra": "INR",
            "upi": L(VPA, VPAL), "adha": "1"}),
        case(f, f"{a}/v1/nauka", headers=_h(rng, **b), body={
            "ghat": "nimati_ghat", "tarikh": "2026-02-18", "xomoy": "10:30",
            "jatri": 3, "gari": PLATE, "porimaan": L(1450, BUY), "thaka": L(STAY, BUY)}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "thaka": L(STAY, BUY), "sthan": {"okhyangxo": hla, "dragimangxo": hlo, "acc": 10},
            "homestay": {"okhyangxo": HOMESTAY["lat"], "dragimangxo": HOMESTAY["lon"]},
            "wifi": {"ssid": L(HOMESTAY["ssid"], WIFI), "bssid": L(HOMESTAY["bssid"], WIFI)}}),
        case(f, f"{a}/v1/saikel", fmt="msgpack", headers=_h(rng, **b), body={
            "thaka": L(STAY, BUY), "saikel": ["cy_04", "cy_07", "cy_k1"], "ghonta": 4,
            "jamin": L(1500, BUY), "porimaan": L(600, BUY)}),
        raw(f, f"{a}/v1/saikel/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kormoxala", headers=_h(rng, **b), body={
            "kormoxala": "mukha_xilpo_samaguri", "tarikh": "2026-02-19", "jon": 2,
            "porimaan": L(800, BUY), "thaka": L(STAY, BUY)}),
        case(f, f"{a}/v1/aahar", headers=_h(rng, **b), body={
            "thaka": L(STAY, BUY), "bostu": [{"naam": "apong", "poriman": 1},
                                            {"naam": "pura maas", "poriman": 2}],
            "porimaan": L(950, BUY),
            "khadya_niyom": L("Junalir badamot allergy, badam nidib", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/protikriya", fmt="form", headers=_h(rng, **b), body={
            "homestay": HOMESTAY["id"], "mulyankon": "5",
            "montobyo": L("Chang ghoror pora Luitor xurjyasto, apong aru pura maas "
                          "xobatkoi bhal!", TEXT)}),
        stay,
        multipart(f, f"{a}/v1/heruwa", [
            ("chobi", "sandal.jpg", "image/jpeg", L(JPEG + b"\x42", MEDIA)),
            ("meta", None, "application/json", {
                "thaka": L(STAY, BUY),
                "barta": L("Xoru golapi sandal eta ghatot heral", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/barta", headers=_h(rng, **b), body={
            "prapok": "host_hs_garamur",
            "barta": L("Amar ferry 3 bojat pabo, mor phone +917002418536", f"{TEXT}|{TEL}")}),
        lines(f, f"{a}/v1/sync", [
            {"op": "mon_pora", "place": "pl_auniati", "place_at": [26.9334, 94.1468]},
            {"op": "dekhilu", "place": "pl_dakhinpat",
             "moi_asilu": [L(26.910731, PRECISE), L(94.238572, PRECISE)]}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/invoice/xeshot", headers=_h(rng, how="none"), cookies={
            "cg_sesion": L(opaque(rng, "", 40), CRED), "cg_yontro": L(INSTALL_ID, DID),
            "cg_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("form_c_done", 1), ev("screen", 2, screen=L("FerryTimes", USAGE))]}),
    ]


def changghor_sdks() -> list[Case]:
    rng = random.Random(19132)
    return [
        lm_batch(APP, rng, [("Stay Booked", {"total": L(7200, BUY)}),
                            ("Form C Filed", {})], at=HOMESTAY_FIX, nd=3),
        ts_launch(APP, rng, first=True),
        ts_event(APP, rng, "purchase", {"stay": L(STAY, BUY)}, revenue=7200.0, currency="INR",
                 hashed=True),
        bj_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=HOMESTAY_FIX, nd=2,
               keywords="majuli,homestay,river"),
        bj_notice(APP, rng, "imp"),
        cr_session(APP, rng, secs=1520),
        py_card(APP, rng),
        py_confirm(APP, rng, "3600.00"),
        mb_route(APP, rng, [(JORHAT_AT, PRECISE), (FERRY_GHAT, None),
                            ((HOMESTAY["lat"], HOMESTAY["lon"]), None)]),
        mb_reverse(APP, rng, RIDE_FIX, PRECISE, nd=4),
        mb_telemetry(APP, rng, [RIDE_FIX, HOMESTAY_FIX], PRECISE),
    ]
