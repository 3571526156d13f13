"""The urs app "Mela Bhitai" (the yearly urs of Shah Abdul Latif Bhitai at Bhit Shah: pilgrim
registration, buses, vows, chadar and langar offerings, the night's waee recital, lost-child
wristbands; her religion). Sindhi keys: ``zair`` pilgrim, ``ziyarat`` visit, ``mannat`` vow,
``nazrano`` offering, ``langar`` free kitchen, ``chadar`` shrine cloth, ``waee`` Latif's sung
verse, ``raat`` night, ``mazhab`` religion, ``silsilo`` Sufi order, ``dua`` prayer, ``baar``
child, ``kangan`` wristband, ``gum_thiyal`` lost, ``wali`` guardian, ``umar`` age, ``sihat``
health, ``kapra`` clothes, ``bheer`` crowd, ``qafilo`` group, ``rishto`` relation. Set 172 has a
women's zikr circle (Chechnya) and set 138 a martyrs' shrine pilgrimage (Uganda); this is a
Sindhi saint's urs with a child-safety wristband, waee seats and langar: registration, an SMS
log-in, ``/muhinjo``, the programme, the visit with her family, bus seats from Hyderabad, the
wristband and Marvi's photo, a vow, a chadar, a langar offering, a check-in with her fix, the
night's schedule, waee seats (msgpack), a lost-child report and its closing, a search, a prayer
request, the registration by number in the path, a protobuf crowd beacon, notices by cookie,
push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
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
from eval_families24_kit import claims
from eval_families177_kit import (
    BAND,
    DAUGHTER,
    HUSBAND,
    INLAWS,
    INLAWS_AT,
    MOTHER_IL,
    PK_SIM,
    SHRINE,
    SHRINE_FIX,
    ZAIR,
    fix,
    hd,
    obj,
    push,
)
from eval_families177_sdk import bb_bid, km_batch, km_queue, rk_event, rk_launch, rk_link
from eval_families177_svc import cr_confirm, mp_route, mp_telemetry, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("melabhitai", "Mela Bhitai", "com.example.melabhitai", "1.9.0",
          "https://api.melabhitai.example.com")
IID = "X-Mela-Device"
REL = SENS
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
BUS = "MB-BUS-22071"  # their bus booking (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, sd=True, **kw)


def melabhitai() -> list[Case]:
    rng = random.Random(17721)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, zair=L(ZAIR, UID), mobile=L(PK_SIM, TEL)))}
    sla, slo = fix(SHRINE_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(ZAIR, UID)), (2, L(SHRINE_FIX[0], PRECISE)), (3, L(SHRINE_FIX[1], PRECISE)),
               (4, 1768310400), (5, L(37, DEV))], "", lab)
    reg = at_path(case(f, f"{a}/api/zair/{ZAIR}/raseed", headers=_h(rng, **b)), ZAIR, UID)
    return [
        case(f, f"{a}/api/zair/rajistar", headers=_h(rng), body={
            "nalo": L(f"{FIRST} {LAST}", NAMEC), "mobile": L(PK_SIM, TEL),
            "email": L(EMAIL, MAIL), "mazhab": L("Musalman", REL),
            "silsilo": L("Qadri", REL), "shahar": L(INLAWS["town"], COARSE),
            "zair": L(ZAIR, UID), "pehriyon_dafo": True}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "mobile": L(PK_SIM, TEL), "otp": L("240913", CRED)}),
        case(f, f"{a}/api/muhinjo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/urs/programme", headers=_h(rng, **b), query={
            "saal": "2026", "dargah": SHRINE["id"], "boli": L("sd", DEV)}),
        case(f, f"{a}/api/ziyarat", headers=_h(rng, **b), body={
            "zair": L(ZAIR, UID), "tareekh": "2026-01-13", "dargah": SHRINE["id"],
            "qafilo": [{"rishto": "murs", "nalo": L(HUSBAND[0], NAMEC)},
                       {"rishto": "dhee", "nalo": L(KID, NAMEC), "umar": L(8, BIRTH)},
                       {"rishto": "sas", "nalo": L(MOTHER_IL[0], NAMEC)}],
            "khan": L(INLAWS["town"], COARSE), "niyat": L("ziyarat", REL)}),
        case(f, f"{a}/api/bus/seat", headers=_h(rng, **b), body={
            "route": "hyd-bhit-02", "seats": 4, "pickup": L("Latifabad Unit 7", COARSE),
            "booking": L(BUS, BUY), "raqam": L(2400, BUY), "waqt": "2026-01-13T07:00"}),
        case(f, f"{a}/api/baar/kangan", headers=_h(rng, **b), body={
            "kangan": L(BAND, UID), "baar": {"nalo": L(KID, NAMEC), "umar": L(8, BIRTH),
                                             "jins": L(DAUGHTER["sex"], "personal.gender"),
                                             "sihat": L("dama, inhaler thelhe mein",
                                                        f"{TEXT}|{MED}")},
            "wali": {"nalo": L(f"{FIRST} {LAST}", NAMEC), "mobile": L(PK_SIM, TEL)},
            "wali_biyo": {"nalo": L(HUSBAND[0], NAMEC), "mobile": L(HUSBAND[1], TEL)}}),
        multipart(f, f"{a}/api/baar/tasveer", [
            ("tasveer", "marvi.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {"kangan": L(BAND, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/mannat", headers=_h(rng, **b), body={
            "zair": L(ZAIR, UID), "qisam": L("mannat", REL),
            "likhat": L("Ammi jaan ji sugar ain blood pressure theek thi wanje, Latif Sain",
                        f"{TEXT}|{REL}|{MED}"), "lukayal": True}),
        case(f, f"{a}/api/chadar", headers=_h(rng, **b), body={
            "chadar": L("ajrak chadar", REL), "order": L("CH-26-4410", BUY),
            "raqam": L(3500, BUY), "naale": L(f"{HUSBAND[0]} ain khandan", NAMEC)}),
        case(f, f"{a}/api/langar/nazrano", fmt="form", headers=_h(rng, **b), body={
            "fund": L("langar", REL), "raqam": L("5000", BUY), "currency": "PKR",
            "method": L(opaque(rng, "pm_", 24), PAY), "gumnam": "false"}),
        case(f, f"{a}/api/checkin", headers=_h(rng, **b), body={
            "zair": L(ZAIR, UID), "jaga": {"lat": sla, "lng": slo, "acc": 9},
            "dargah": {"id": SHRINE["id"], "lat": SHRINE["lat"], "lng": SHRINE["lon"]}}),
        case(f, f"{a}/api/waee/schedule", headers=_h(rng, **b), query={
            "raat": "3", "dargah": SHRINE["id"]}),
        case(f, f"{a}/api/waee/seat", fmt="msgpack", headers=_h(rng, **b), body={
            "zair": L(ZAIR, UID), "raat": 3, "seats": 2, "order": L("WS-0031-88", BUY),
            "hissa": L("zalun_ji_jaga", REL)}),
        case(f, f"{a}/api/gum_thiyal", headers=_h(rng, **b), body={
            "kangan": L(BAND, UID), "baar": L(KID, NAMEC),
            "kapra": L("Marvi gaadhi ajrak wari frock mein aahe, 8 salan ji",
                        f"{TEXT}|{BIRTH}|{NAMEC}"),
            "akhri_jaga": {"lat": L(round(SHRINE_FIX[0] + 0.0004, 6), PRECISE),
                           "lng": L(round(SHRINE_FIX[1] - 0.0003, 6), PRECISE)},
            "mobile": L(PK_SIM, TEL), "report": obj(rng, "lost")}),
        case(f, f"{a}/api/gum_thiyal/mili", fmt="form", headers=_h(rng, **b), body={
            "kangan": L(BAND, UID), "halat": "mili_wai", "desk": "help_desk_2"}),
        case(f, f"{a}/api/gol", headers=_h(rng, **b), query={
            "q": L("raag faqir waee raat jo waqt", SEARCH)}),
        case(f, f"{a}/api/dua", headers=_h(rng, **b), body={
            "likhat": L(f"Muhinje murs {HUSBAND[0]} ji naukri lai dua kajo",
                        f"{TEXT}|{REL}|{NAMEC}"), "zair": L(ZAIR, UID)}),
        reg,
        raw(f, f"{a}/api/bheer/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/notices", headers=_h(rng, how="none"), cookies={
            "mb_session": L(opaque(rng, "", 40), CRED), "mb_device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/device", headers=_h(rng, **b), body=push(push_token(rng), "sd_PK")),
        case(f, f"{a}/api/waqiya", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "waqiya": [
                ev("mannat_sent", 1), ev("langar_given", 2, fund=L("langar", REL)),
                ev("screen", 3, screen=L("WaeeSchedule", USAGE))]}),
    ]


def melabhitai_sdks() -> list[Case]:
    rng = random.Random(17722)
    link = U("https://melabhitai.example.com/z", {"zair": L(ZAIR, UID), "src": "sms",
                                                  "em": L(EMAIL, MAIL)})
    return [
        km_batch(APP, rng, [("Vow Sent", {"kind": L("mannat", REL)}),
                            ("Checked In", {"shrine": SHRINE["id"]})],
                 at=SHRINE_FIX, nd=3, locale="sd_PK"),
        km_queue(APP, rng, [("Wristband Linked", {}), ("Lost Child Report", {"open": True})]),
        rk_launch(APP, rng, first=True),
        rk_link(APP, rng, link),
        rk_event(APP, rng, "donation", {"fund": L("langar", REL)}, revenue=5000.0,
                 currency="PKR"),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=SHRINE_FIX, nd=2,
               keywords="urs,sufi,bhit shah"),
        ps_register(APP, rng, lang="sd", tags={"silsilo": L("Qadri", REL), "raat": 3}),
        cr_confirm(APP, rng, "5000"),
        mp_route(APP, rng, [(INLAWS_AT, PRECISE), ((SHRINE["lat"], SHRINE["lon"]), None)]),
        mp_telemetry(APP, rng, [SHRINE_FIX, (round(SHRINE_FIX[0] + 0.0004, 6),
                                             round(SHRINE_FIX[1] - 0.0003, 6))], PRECISE),
    ]
