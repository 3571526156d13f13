"""A correctional centre's family app "Lidan" (the Garifuna ``lidan`` of "lidan aban", see you
later; visits, canteen deposits and e-messages for the families of inmates at a centre on the
Western Highway near Belize City, where her brother-in-law Dwight serves a sentence): an English
API with Garifuna and Kriol words: ``iri`` / ``apeyidu`` name and surname, ``telefon``,
``usteragule`` birth date, ``muna`` house (street line), ``taun`` town, ``sensu`` amount,
``pago`` payment, ``mesij`` message, ``weyu`` day, ``ayanuha`` illness, ``remediu``
medicine, ``kodu`` code, ``uguchu`` mother, ``posishan`` position. Visitor registration (her
residence card), her ID photo, an SMS code, ``/me``, linking the inmate, visit slots by inmate
number, a visit booked for her and her mother-in-law, the gate check-in with her fix, a canteen
deposit, an e-message, the inbox, a video visit, a property drop-off (msgpack), a medical
request for him, her visit history by visitor number in the path, a complaint, a lawyer's
contact, a receipt by cookie, push, events and a log-out. New: "prison", "inmate" and
"correctional" matched no docstring ("jail" only in "jailbroken")."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
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
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families252_kit import (
    BROTHER_IL,
    DG_HOME,
    DG_HOME_AT,
    GATE_FIX,
    MOTHER_IL,
    PRISON,
    RESIDENCE,
    VISITOR,
    fix,
    hd,
    obj,
    push,
)
from eval_families252_sdk import (
    cm_crash,
    cm_crumb,
    mh_batch,
    mh_pixel,
    tp_event,
    tp_launch,
)
from eval_families252_svc import (
    cb_check,
    cg_card,
    cg_confirm,
    fc_eval,
    hp_message,
    mp_route,
    pj_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("lidan", "Lidan", "com.example.lidan", "5.2.1", "https://api.lidan.example.com")
IID = "X-Lidan-Device"
PW = "Hattie!Visit2026"
NID = "personal.national_id"
INMATE = BROTHER_IL["inmate"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def lidan() -> list[Case]:
    rng = random.Random(25261)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), visitor=L(VISITOR, UID),
                                    inmates=[L(INMATE, UID)]))}
    gla, glo = fix(GATE_FIX, 5)
    hist = at_path(case(f, f"{a}/v1/visitors/{VISITOR}/history", headers=_h(rng, **b),
                        query={"year": "2026"}), VISITOR, UID)
    return [
        case(f, f"{a}/v1/visitors", headers=_h(rng), body={
            "iri": L(FIRST, NAMEC), "apeyidu": L(LAST, NAMEC), "telefon": L(E164, TEL),
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "usteragule": L(DOB, BIRTH),
            "id_type": "bz_permanent_residence", "id_number": L(RESIDENCE, NID),
            "muna": L(DG_HOME["line"], ADDR), "taun": L(DG_HOME["town"], COARSE),
            "visitor": L(VISITOR, UID)}),
        multipart(f, f"{a}/v1/visitors/photo", [
            ("photo", "visitor_id.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("meta", None, "application/json", {"visitor": L(VISITOR, UID), "use": "gate_id"})],
            headers=_h(rng)),
        case(f, f"{a}/v1/auth/otp", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kodu": L("730416", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/inmates/link", headers=_h(rng, **b), body={
            "inmate": L(INMATE, UID), "iri": L(BROTHER_IL["name"], NAMEC),
            "usteragule": L(BROTHER_IL["dob"], BIRTH), "relation": "sister-in-law",
            "visitor": L(VISITOR, UID)}),
        case(f, f"{a}/v1/visits/slots", headers=_h(rng, **b), query={
            "inmate": L(INMATE, UID), "weyu": "2026-03-29", "unit": "B"}),
        case(f, f"{a}/v1/visits", headers=_h(rng, **b), body={
            "slot": obj(rng, "vs"), "inmate": L(INMATE, UID),
            "visitors": [{"iri": L(f"{FIRST} {LAST}", NAMEC), "visitor": L(VISITOR, UID)},
                         {"iri": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL),
                          "uguchu": True}],
            "centre": PRISON["id"]}),
        case(f, f"{a}/v1/visits/checkin", headers=_h(rng, **b), body={
            "visit": obj(rng, "vi"), "posishan": {"lat": gla, "lng": glo},
            "centre": {"id": PRISON["id"], "lat": PRISON["lat"], "lng": PRISON["lon"]},
            "locker": 31}),
        case(f, f"{a}/v1/canteen/deposit", fmt="form", headers=_h(rng, **b), body={
            "inmate": L(INMATE, UID), "sensu": L("75.00", BUY), "fee": L("2.50", BUY),
            "currency": "BZD", "pago": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/emessages", headers=_h(rng, **b), body={
            "to": L(INMATE, UID), "stamps": 1,
            "mesij": L("Dwight, Mama says she will bring hudut on Sunday. Kenroy spoke to the "
                       "lawyer again, keep your head up.", TEXT)}),
        case(f, f"{a}/v1/emessages/inbox", headers=_h(rng, **b), query={
            "inmate": L(INMATE, UID), "unread": "1"}),
        case(f, f"{a}/v1/video-visits", headers=_h(rng, **b), body={
            "inmate": L(INMATE, UID), "slot": obj(rng, "vv"),
            "join_token": L(opaque(rng, "vt_", 36), CRED)}),
        case(f, f"{a}/v1/property", fmt="msgpack", headers=_h(rng, **b), body={
            "inmate": L(INMATE, UID), "weyu": "2026-03-29",
            "items": [{"item": "t-shirt white", "qty": 3}, {"item": "toothpaste", "qty": 2}]}),
        case(f, f"{a}/v1/medical-request", headers=_h(rng, **b), body={
            "inmate": L(INMATE, UID), "ayanuha": L("asthma", MED),
            "remediu": L("salbutamol inhaler", MED),
            "mesij": L("His inhaler ran out two weeks ago and the clinic has not refilled it, he "
                       "had an attack on Friday", f"{TEXT}|{MED}")}),
        hist,
        case(f, f"{a}/v1/complaints", headers=_h(rng, **b), body={
            "category": "visits",
            "mesij": L("The 10 am visit was cancelled twice without any notice, we came from "
                       "Dangriga both times", TEXT)}),
        case(f, f"{a}/v1/lawyer", headers=_h(rng, **b), body={
            "inmate": L(INMATE, UID), "name": L("Marisol Cayetano", NAMEC),
            "phone": L("+5012273318", TEL)}),
        case(f, f"{a}/v1/receipts/latest", headers=_h(rng, how="none"), cookies={
            "ld_session": L(opaque(rng, "", 40), CRED), "ld_device": L(INSTALL_ID, DID),
            "ld_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("visit_booked", 1), ev("screen", 2, screen=L("Canteen", USAGE))]}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def lidan_sdks() -> list[Case]:
    rng = random.Random(25262)
    return [
        mh_batch(APP, rng, [("Visit Booked", {"unit": "B"}),
                            ("Deposit Made", {"amount": L(75, BUY)})], at=GATE_FIX, nd=2),
        mh_pixel(APP, rng, "Inbox Opened", {"unread": 1}),
        tp_launch(APP, rng, user=True),
        tp_event(APP, rng, "deposit", {"kind": "canteen"}, revenue=75.0, currency="BZD",
                 hashed=True),
        cm_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/canteen/deposit"),
                 [cm_crumb("nav", "Home -> Canteen"), cm_crumb("tap", "pay_button")],
                 screen="CanteenActivity"),
        fc_eval(APP, rng, {"centre": PRISON["id"], "video_visits": True}),
        pj_register(APP, rng, tags={"centre": PRISON["id"]}),
        cb_check(APP, rng, {"analytics": True}),
        cg_card(APP, rng, email=True),
        cg_confirm(APP, rng, "77.50"),
        mp_route(APP, rng, [(DG_HOME_AT, PRECISE), ((PRISON["lat"], PRISON["lon"]), None)]),
        hp_message(APP, rng, L(f"My canteen deposit for inmate {INMATE} did not show",
                               f"{TEXT}|{UID}"), {"visitor": L(VISITOR, UID)}),
    ]
