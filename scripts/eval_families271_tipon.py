"""A Jehovah's Witnesses congregation's meetings-and-ministry app "Tiponan" (``tipon`` gather: the
Bonuan congregation's own helper app, not the organisation's; her religion). Its API's keys are
Pangasinan in ASCII with English and Spanish loans: ``ngaran`` / ``apelyido``, ``selpon``,
``kontrasenya``, ``petsa_kianak``, ``petsa_na_bawtismo`` baptism date, ``kongregasyon``
congregation, ``publisher``, ``pulong`` meeting, ``asainment`` assignment, ``kaiba`` partner,
``oras_na_ministeryo`` ministry hours, ``pangaral`` Bible studies, ``bulan`` month, ``ulat``
report, ``lugar`` place, ``abong`` house, ``ibaga`` note, ``kontribusyon`` donation,
``kantidad`` amount, ``mensahe`` message, ``anapen`` search, ``grupo`` field-service group,
``asawa`` spouse, ``agi`` sibling: the publisher's sign-up, an OAuth password grant, ``/siak``,
the meeting schedule, attendance with her fix at the hall, an assignment accepted, the monthly
ministry report, a cart slot and its check-in with her fix near the plaza, return visits
(msgpack), a donation, a Memorial invitation to her brother, the record by publisher number in the
path, a message to an elder, a publication search, the group and cleaning rota, a reading
recording, a receipt by cookie GET, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families13_kit import M4A
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families271_kit import (
    BROTHER_US,
    CART_FIX,
    HALL,
    HOME_AT,
    HUSBAND,
    PLAZA,
    PUBLISHER,
    fix,
    hd,
    obj,
    push,
)
from eval_families271_sdk import cs_crash, cs_crumb, mt_batch, mt_identify, tp_event
from eval_families271_svc import (
    ck_save,
    fb_eval,
    hp_message,
    ma_route,
    pd_register,
    py_card,
    py_confirm,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tiponan", "Tiponan", "com.example.tiponan", "2.2.0", "https://api.tiponan.example.org")
IID = "X-Tiponan-Device"
PW = "Bonuan#Pulong26"
REL = SENS


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def tiponan() -> list[Case]:
    rng = random.Random(27121)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), publisher=L(PUBLISHER, UID),
                                    kongregasyon=L(HALL["name"], REL)))}
    hla, hlo = fix((HALL["lat"] + 0.000021, HALL["lon"] - 0.000034), 5)
    cla, clo = fix(CART_FIX)
    terr = "T-12"
    rec = at_path(case(f, f"{a}/v1/publishers/{PUBLISHER}/record", headers=_h(rng, **b)),
                  PUBLISHER, UID)
    return [
        case(f, f"{a}/v1/publishers", headers=_h(rng), body={
            "ngaran": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "selpon": L(E164, TEL), "kontrasenya": L(PW, CRED), "petsa_kianak": L(DOB, BIRTH),
            "kongregasyon": L(HALL["id"], REL), "petsa_na_bawtismo": L("2022-07-09", REL),
            "regular_pioneer": L(False, REL), "asawa": L(HUSBAND[0], NAMEC),
            "publisher": L(PUBLISHER, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "tiponan-android"}),
        case(f, f"{a}/v1/siak", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/pulong", headers=_h(rng, **b), query={
            "kongregasyon": L(HALL["id"], REL), "linggo": "2026-W12"}),
        case(f, f"{a}/v1/pulong/attendance", headers=_h(rng, **b), body={
            "pulong": L("midweek", REL), "petsa": "2026-03-18",
            "at": {"lat": hla, "lng": hlo}, "hall": {"lat": HALL["lat"], "lng": HALL["lon"]},
            "zoom": False}),
        case(f, f"{a}/v1/asainment/accept", fmt="form", headers=_h(rng, **b), body={
            "asainment": obj(rng, "as"), "part": L("Starting a Conversation", REL),
            "kaiba": L("Rosalie Mejia", NAMEC), "publisher": L(PUBLISHER, UID)}),
        case(f, f"{a}/v1/ulat", headers=_h(rng, **b), body={
            "publisher": L(PUBLISHER, UID), "bulan": "2026-02",
            "shared_in_ministry": L(True, REL), "oras_na_ministeryo": L(14, REL),
            "pangaral": L(2, REL),
            "ibaga": L("Walay sakey ya nanpaaral ed Bonuan Binloc", f"{TEXT}|{REL}")}),
        case(f, f"{a}/v1/cart/slots", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "lugar": PLAZA["id"], "oras": "2026-03-21T07:00",
            "publisher": L(PUBLISHER, UID), "kaiba": L("Rosalie Mejia", NAMEC)}),
        case(f, f"{a}/v1/cart/checkin", headers=_h(rng, **b), body={
            "cart": "cart_02", "at": {"lat": cla, "lng": clo},
            "plaza": {"lat": PLAZA["lat"], "lng": PLAZA["lon"]}}),
        case(f, f"{a}/v1/territory/{terr}/calls", fmt="msgpack", headers=_h(rng, **b), body={
            "publisher": L(PUBLISHER, UID), "calls": [
                {"abong": L("14 Arellano St., Bonuan Binloc", "contact.address"),
                 "ngaran": L("Ernesto Tamondong", NAMEC),
                 "ibaga": L("Interesado ed Biblia, sabien ed Sabado", f"{TEXT}|{REL}")},
                {"abong": "house 22", "ibaga": "not at home"}]}),
        case(f, f"{a}/v1/kontribusyon", fmt="form", headers=_h(rng, **b), body={
            "fund": L("worldwide work", REL), "kantidad": L("500", BUY), "currency": "PHP",
            "method": L(opaque(rng, "pm_", 24), PAY), "anonymous": "true"}),
        case(f, f"{a}/v1/memorial/invite", headers=_h(rng, **b), body={
            "agi": {"ngaran": L(BROTHER_US[0], NAMEC), "email": L(BROTHER_US[2], MAIL)},
            "mensahe": L("Mike, you are invited to the Memorial on April 2. You can join by video "
                         "from Ohio.", f"{TEXT}|{REL}"),
            "salita": "en"}),
        rec,
        case(f, f"{a}/v1/mensahe", headers=_h(rng, **b), body={
            "to": "elder_danilo",
            "mensahe": L("Brother Danilo, I cannot do the cart on Saturday, my reflux is bad "
                         "again and I have an endoscopy.", f"{TEXT}|{REL}|{MED}")}),
        case(f, f"{a}/v1/library/anapen", headers=_h(rng, **b), query={
            "q": L("paniniwala ed panaon na kairapan", SEARCH), "salita": "pag"}),
        case(f, f"{a}/v1/grupo", headers=_h(rng, **b), query={
            "publisher": L(PUBLISHER, UID), "grupo": L("group-3", REL)}),
        case(f, f"{a}/v1/cleaning/rota", headers=_h(rng, **b), query={
            "hall": HALL["id"], "bulan": "2026-04"}),
        multipart(f, f"{a}/v1/reading/practice", [
            ("audio", "reading.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"publisher": L(PUBLISHER, UID),
                                                "part": L("Bible Reading", REL)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/receipts/latest", headers=_h(rng, how="none"), cookies={
            "tp_session": L(opaque(rng, "", 40), CRED), "tp_device": L(INSTALL_ID, DID),
            "tp_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("report_sent", 1, hours=L(14, REL)),
                ev("screen", 2, screen=L("MeetingWorkbook", USAGE)),
                ev("cart_checkin", 3)]}),
    ]


def tiponan_sdks() -> list[Case]:
    rng = random.Random(27122)
    return [
        mt_batch(APP, rng, [("Report Sent", {"hours": L(14, REL)}),
                            ("Cart Checked In", {"cart": "cart_02"})],
                 at=CART_FIX, nd=3),
        mt_identify(APP, rng, {"congregation": L(HALL["name"], REL),
                               "publisher": L(PUBLISHER, UID), "city": L("Dagupan", COARSE)}),
        tp_event(APP, rng, "donation", {"fund": L("worldwide work", REL)}, revenue=500.0),
        cs_crash(APP, rng, ("java.lang.IllegalStateException", "report already sent"),
                 [cs_crumb("nav", "Home -> Report"), cs_crumb("tap", "send_report")],
                 screen="ReportActivity"),
        fb_eval(APP, rng, {"congregation": L(HALL["id"], REL), "language": "pag"}),
        pd_register(APP, rng, at=HOME_AT, nd=2,
                    tags={"congregation": L("Bonuan", REL), "group": L("group-3", REL)}),
        ck_save(APP, rng, {"analytics": True, "marketing": False}),
        py_card(APP, rng, email=True),
        py_confirm(APP, rng, "500.00"),
        ma_route(APP, rng, [(HOME_AT, PRECISE), ((HALL["lat"], HALL["lon"]), None)],
                 mode="walking"),
        hp_message(APP, rng, L("My donation receipt did not arrive", f"{TEXT}|{REL}"),
                   {"publisher": L(PUBLISHER, UID)}),
    ]
