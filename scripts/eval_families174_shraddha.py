"""Home-rites app "Shraddhaseva" (a priest booked to the flat for her late father-in-law's yearly
shraddha, the ritual materials, and mahaprasad from the Puri temple kitchen's counter: her
religion as a married-in member of a Hindu family; keys Odia in Latin letters: ``bhakta``
devotee, ``purohita`` priest, ``karma`` rite, ``tithi`` lunar day, ``gotra``, ``dharma``
religion, ``pitru`` ancestors, ``swargata`` the departed, ``sampark`` relation, ``jajamana`` the
rite's patron, ``sankalpa`` vow, ``samagri`` ritual materials, ``bhoga`` offering,
``mahaprasad``, ``dakshina`` priest's fee, ``annadana`` food donation, ``rasida`` receipt,
``panjika`` almanac, ``chinha`` landmark, ``sanketa`` code, ``durabhasa`` phone): sign-up with
her gotra, an SMS code, ``/mo``, rites, the shraddha booked, priests' slots, the ancestors'
names for the tarpana, her vow, the materials (msgpack), the home pin for the priest, the
payment by UPI, mahaprasad to the flat, the almanac, an annadana donation with her PAN (for the
tax receipt), a photo of the rite, a message to the priest, the receipt by booking number in the
path, receipts by cookie, push and events. Set 149 has a temple committee's puja and darshan
booking; here the priest comes home for an ancestor rite (names of the dead, gotra, a vow)."""

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
    MEDIA,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families174_kit import (
    DEVOTEE,
    GOTRA,
    HOME,
    HOME_AT,
    HUSBAND,
    KITCHEN,
    LATE_FIL,
    PAN,
    UPI,
    fix,
    hd,
    obj,
    push,
)
from eval_families174_sdk import bh_crash, bh_crumb, ch_event, gn_batch, gn_pixel
from eval_families174_svc import am_save, gp_register, mn_route, sd_message, tp_card, tp_upi
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("shraddhaseva", "Shraddhaseva", "com.example.shraddhaseva", "1.9.5",
          "https://api.shraddhaseva.example.net")
IID = "X-Seva-Device"
PW = "Pitru@Kartika26"
NID = "personal.national_id"
BOOKING = "SSB-26-04417"  # the shraddha booking (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, od=True, **kw)


def shraddhaseva() -> list[Case]:
    rng = random.Random(17421)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, bhakta=L(DEVOTEE, UID), email=L(EMAIL, MAIL),
                                    gotra=L(GOTRA, SENS)))}
    hla, hlo = fix(HOME_AT)
    rec = at_path(case(f, f"{a}/v2/booking/{BOOKING}/rasida", headers=_h(rng, **b)),
                  BOOKING, BUY)
    return [
        case(f, f"{a}/v2/panjikarana", headers=_h(rng), body={
            "nama": L(FIRST, NAMEC), "upanama": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "durabhasa": L(E164, TEL), "gupta_sabda": L(PW, CRED),
            "dharma": L("Hindu", SENS), "gotra": L(GOTRA, SENS),
            "swami": L(HUSBAND[0], NAMEC), "bhakta": L(DEVOTEE, UID), "bhasa": "or"}),
        case(f, f"{a}/v2/sanketa/jancha", fmt="form", headers=_h(rng), body={
            "durabhasa": L(E164, TEL), "sanketa": L("318406", CRED)}),
        case(f, f"{a}/v2/mo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/karma", headers=_h(rng, **b), query={
            "prakara": L("pitru_karma", SENS), "bhasa": "or"}),
        case(f, f"{a}/v2/booking", headers=_h(rng, **b), body={
            "karma": L("barshika shraddha", SENS), "tithi": "Magha Krishna Dwadashi",
            "tarikha": "2026-02-13", "samaya": "07:30",
            "swargata": {"nama": L(LATE_FIL, NAMEC), "sampark": "shashura"},
            "gotra": L(GOTRA, SENS), "jajamana": L(HUSBAND[0], NAMEC),
            "thikana": {"sahi": L(HOME["line"], ADDR), "sahara": L(HOME["town"], COARSE),
                        "pin": L(HOME["pin"], COARSE)},
            "dakshina": L(2100, BUY), "booking": L(BOOKING, BUY), "bhakta": L(DEVOTEE, UID)}),
        case(f, f"{a}/v2/purohita/slot", headers=_h(rng, **b), query={
            "sahara": L("Bhubaneswar", COARSE), "tarikha": "2026-02-13", "bhasa": "or"}),
        case(f, f"{a}/v2/booking/{BOOKING}/pitru", headers=_h(rng, **b), body={
            "gotra": L(GOTRA, SENS),
            "pitru": [L(LATE_FIL, NAMEC), L("Kalandi Charan Mohapatra", NAMEC),
                      L("Kuntala Mohapatra", NAMEC)],
            "matru_pakhya": [L("Sarat Chandra Das", NAMEC)]}),
        case(f, f"{a}/v2/booking/{BOOKING}/sankalpa", fmt="form", headers=_h(rng, **b), body={
            "sankalpa": L(f"Swargata shashura {LATE_FIL} nka atmara shanti pain ei shraddha",
                          f"{TEXT}|{SENS}|{NAMEC}"), "bhasa": "or"}),
        case(f, f"{a}/v2/samagri", fmt="msgpack", headers=_h(rng, **b), body={
            "booking": L(BOOKING, BUY),
            "jinisa": [{"nama": "kusha", "parimana": 1}, {"nama": "tila", "parimana": 2},
                       {"nama": "pinda thali", "parimana": 1}],
            "rashi": L(640, BUY), "bhakta": L(DEVOTEE, UID)}),
        case(f, f"{a}/v2/booking/{BOOKING}/ghara", headers=_h(rng, **b), body={
            "akshansa": hla, "dragimansa": hlo,
            "chinha": L("Lane 4 Durga mandapa pachhare, nali gate", ADDR)}),
        case(f, f"{a}/v2/bhugtana", fmt="form", headers=_h(rng, **b), body={
            "booking": L(BOOKING, BUY), "rashi": L("2740.00", BUY), "mudra": "INR",
            "upi_id": L(UPI, PAY), "txn": rid(rng)}),
        case(f, f"{a}/v2/mahaprasad/order", headers=_h(rng, **b), body={
            "counter": KITCHEN["id"], "counter_sthana": {"lat": KITCHEN["lat"],
                                                          "lng": KITCHEN["lon"]},
            "jinisa": [{"nama": "abadha", "handi": 2}, {"nama": "khaja", "kg": 1}],
            "pahancha": {"nama": L(f"{FIRST} {LAST}", NAMEC), "durabhasa": L(E164, TEL),
                         "sahi": L(HOME["line"], ADDR), "pin": L(HOME["pin"], COARSE)},
            "rashi": L(1350, BUY), "karana": L("shraddha bhoga", SENS)}),
        case(f, f"{a}/v2/panjika", headers=_h(rng, **b), query={
            "masa": "2026-02", "sahara": L("Bhubaneswar", COARSE)}),
        case(f, f"{a}/v2/annadana", fmt="form", headers=_h(rng, **b), body={
            "rashi": L("1001", BUY), "pan": L(PAN, NID), "nama": L(f"{FIRST} {LAST}", NAMEC),
            "smruti_re": L(LATE_FIL, NAMEC), "upi_id": L(UPI, PAY)}),
        multipart(f, f"{a}/v2/booking/{BOOKING}/photo", [
            ("photo", "pinda_dana.jpg", "image/jpeg", L(JPEG + b"\x63", MEDIA)),
            ("meta", None, "application/json", {
                "tippani": L("Subhransu pinda dana karuchhanti, bapa nka barshika",
                             f"{TEXT}|{SENS}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/sandesha", headers=_h(rng, **b), body={
            "kahaku": "pr_mishra_07", "booking": L(BOOKING, BUY),
            "sandesha": L("Aagyan, 7 ta bele pahanchantu, mo number +1 555 010 0199",
                          f"{TEXT}|{TEL}")}),
        rec,
        case(f, f"{a}/v2/rasida/sabu", headers=_h(rng, how="none"), cookies={
            "ss_sesana": L(opaque(rng, "", 40), CRED), "ss_yantra": L(INSTALL_ID, DID),
            "ss_req": rid(rng)}),
        case(f, f"{a}/v2/purohita/pr_mishra_07", headers=_h(rng, **b)),
        case(f, f"{a}/v2/booking/{BOOKING}/mulyankana", headers=_h(rng, **b), body={
            "tara": 5, "slot": obj(rng, "sl"),
            "tippani": L("Purohita sabu bidhi Odia re bujhei dele", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v2/bahari", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "yantra": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/yantra", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/ghatana", gz=True, headers=_h(rng, **b), body={
            "byabaharakari": L(USER_ID, UID), "ghatana": [
                ev("booking_sampurna", 1), ev("screen", 2, screen=L("Pitru", USAGE)),
                ev("annadana", 3, rashi=L(1001, BUY))]}),
    ]


def shraddhaseva_sdks() -> list[Case]:
    rng = random.Random(17422)
    return [
        gn_batch(APP, rng, [("Rite Booked", {"rite": L("shraddha", SENS)}),
                            ("Mahaprasad Ordered", {"total": L(1350, BUY)})],
                 at=HOME_AT, nd=2, locale="or_IN"),
        gn_pixel(APP, rng, "Panjika Opened", {"masa": "2026-02"}),
        ch_event(APP, rng, "donation", {"prakara": L("annadana", SENS)}, revenue=1001.0),
        bh_crash(APP, rng, ("java.net.SocketTimeoutException", "v2/bhugtana"),
                 [bh_crumb("nav", "Booking -> Bhugtana"), bh_crumb("tap", "upi_button")],
                 screen="BhugtanaActivity"),
        gp_register(APP, rng, lang="or", at=HOME_AT, nd=2,
                    tags={"dharma": L("hindu", SENS), "gotra": L(GOTRA, SENS)}),
        am_save(APP, rng, {"analytics": True, "marketing": False}),
        tp_card(APP, rng),
        tp_upi(APP, rng, "2740.00", L("shraddha dakshina", f"{TEXT}|{SENS}")),
        mn_route(APP, rng, [((20.27014, 85.83311), None), (HOME_AT, PRECISE)], mode="driving"),
        sd_message(APP, rng, L("Mahaprasad delivery late, shraddha bhoga pain darkar",
                               f"{TEXT}|{SENS}"), {"bhakta": L(DEVOTEE, UID)}),
    ]
