"""Home pharmacy delivery "Dosivia" in Asunción that sends her chronic prescriptions as monthly,
pre-sorted dose pouches (unlike the on-demand pharmacy deliveries of sets 28, 51 and 56: a refill
subscription, pouches scanned at each dose, an asthma peak-flow log). Her own health data:
sign-up, a log-in, ``/me`` with a JWT, the health profile, a prescription's photo and its items by
number in the path, her insurance, the delivery address with a note, the pouch plan, the month's
pouches, dose check-ins (msgpack), an order, its tracking by number in the path and the hand-over
(protobuf with her fix), a question to the pharmacist, symptoms, a refill, peak-flow readings
(gzip), a two-month supply sent to her New York home for the holidays, her husband as
caregiver, reminders, push, events and the cabinet by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT, NATID
from eval_families20_kit import (
    CITY,
    DOB,
    FIRST,
    LAST,
    LINE1,
    LINE2,
    STATE,
    ZIP,
    App,
    ev,
    opaque,
    pos,
)
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families114_kit import (
    ACCEPT_PY,
    BRANCH,
    CEDULA,
    DOCTOR,
    DOSE_ORDER,
    HOME_PY,
    HOME_PY_AT,
    HUSBAND,
    MEDS,
    MEMBER_PY,
    PY_E164,
    RX,
    TZ,
    fix,
    obj,
    peak_flow,
)
from eval_families114_sdk import ag_event, ag_session, mc_batch, mc_queue
from eval_families114_svc import cu_save, hc_attach, pp_card, pp_confirm, tc_eval, tm_locate
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("dosivia", "Dosivia", "com.example.dosivia", "2.11.0", "https://api.dosivia.example.com")
IID = "X-Dosivia-Device"
PW = "Ka'a-Hovy-2025"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L(ACCEPT_PY, DEV)
    return h


def _items() -> list[dict[str, Any]]:
    return [{"drug": L(d, MED), "strength": L(s, MED), "sig": L(g, MED)} for d, s, g in MEDS]


def dosivia() -> list[Case]:
    rng = random.Random(11411)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), member=L(MEMBER_PY, MED)))}
    b = {"auth": "bearer"}
    hla, hlo = fix(HOME_PY_AT, 5)
    dla, dlo = fix(HOME_PY_AT, 6)
    nla, nlo = pos(4)
    lab: dict[str, str] = {}
    got = pb([(1, L(USER_ID, UID)), (2, L(DOSE_ORDER, BUY)), (3, [(1, dla), (2, dlo)]),
              (4, 1765540211), (5, "courier_77")], "", lab)
    received = at_path(raw(f, f"{a}/v2/orders/{DOSE_ORDER}/received", got,
                           "application/x-protobuf", lab, headers=_h(rng, auth="bearer")),
                       DOSE_ORDER, BUY)
    items = at_path(case(f, f"{a}/v2/prescriptions/{RX[0]}/items", headers=_h(rng, **b), body={
        "rx": L(RX[0], MED), "items": _items()}), RX[0], MED)
    track = at_path(case(f, f"{a}/v2/orders/{DOSE_ORDER}/tracking", headers=_h(rng, **b)),
                    DOSE_ORDER, BUY)
    doses = [{"pouch": obj(rng, "pch", 8), "t": 1765281600 + 43200 * i, "taken": i != 3}
             for i in range(6)]
    return [
        case(f, f"{a}/v2/patients", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "password": L(PW, CRED), "phone": L(PY_E164, TEL), "birthDate": L(DOB, BIRTH),
            "sex": L("F", GENDER), "cedula": L(CEDULA, NATID),
            "city": L(HOME_PY["city"], COARSE), "marketingOptIn": False}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "dosivia-android", "scope": "patient"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/health-profile", headers=_h(rng, **b), body={
            "conditions": [L("hipotiroidismo", MED), L("asma", MED)],
            "allergies": [L("penicilina", MED)], "heightCm": L(166, FIT),
            "weightKg": L(63.5, FIT), "bloodType": L("O+", MED)}),
        multipart(f, f"{a}/v2/prescriptions", [
            ("photo", "receta.jpg", "image/jpeg", L(JPEG + b"\x51", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {
                "doctorName": L(DOCTOR[0], NAMEC), "doctorPhone": L(DOCTOR[1], TEL),
                "doctorReg": "MP-11872", "issued": "2025-11-28"})], headers=_h(rng, **b)),
        items,
        case(f, f"{a}/v2/insurance", headers=_h(rng, **b), body={
            "insurer": "Seguro Médico Tajy", "memberNo": L(MEMBER_PY, MED),
            "holder": L(NAME, NAMEC), "plan": "Plata"}),
        case(f, f"{a}/v2/addresses", headers=_h(rng, **b), body={
            "line": L(HOME_PY["line"], ADDR), "barrio": L(HOME_PY["barrio"], COARSE),
            "city": L(HOME_PY["city"], COARSE), "lat": hla, "lon": hlo,
            "deliveryNote": L("Portón verde, tocar el timbre dos veces", TEXT)}),
        case(f, f"{a}/v2/plans/subscribe", headers=_h(rng, **b), body={
            "plan": L("pouch_monthly", BUY), "price": L(185000, BUY), "currency": "PYG",
            "doseTimes": ["07:00", "21:00"], "startDate": "2026-01-01"}),
        case(f, f"{a}/v2/pouches", headers=_h(rng, **b), query={"month": "2026-01"}),
        case(f, f"{a}/v2/adherence", fmt="msgpack", headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "doses": L(doses, MED)}),
        case(f, f"{a}/v2/orders", headers=_h(rng, **b), body={
            "orderNo": L(DOSE_ORDER, BUY), "total": L(212000, BUY),
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY), "branch": BRANCH["id"],
            "window": "2026-01-02T09:00/12:00"}),
        track,
        received,
        case(f, f"{a}/v2/pharmacist/questions", headers=_h(rng, **b), body={
            "topic": "interaction", "branch": BRANCH["id"], "branchPhone": BRANCH["phone"],
            "text": L("¿Puedo tomar la levotiroxina con el mate de la mañana?",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/symptoms", headers=_h(rng, **b), body={
            "symptoms": [L("palpitaciones", MED), L("temblor leve", MED)],
            "since": "2025-12-06", "severity": L(2, MED)}),
        case(f, f"{a}/v2/refills", headers=_h(rng, **b), body={
            "rx": L(RX[1], MED), "drug": L(MEDS[1][0], MED),
            "reason": L("Se me termina el inhalador el domingo", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/readings/peak-flow", gz=True, headers=_h(rng, **b), body={
            "meter": "PF-Mini 2", "readings": L(peak_flow(rng, 10), MED)}),
        case(f, f"{a}/v2/travel-supply", headers=_h(rng, **b), body={
            "months": 2, "departure": "2025-12-19", "destination": {
                "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
                "state": L(STATE, COARSE), "zip": L(ZIP, COARSE), "country": L("US", COARSE),
                "lat": nla, "lon": nlo}}),
        case(f, f"{a}/v2/caregivers", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
            "email": L(HUSBAND[2], MAIL), "relation": "esposo", "canReceive": True}),
        case(f, f"{a}/v2/reminders", fmt="form", headers=_h(rng, **b), body={
            "times": "07:00,21:00", "tz": L(TZ, DEV), "sound": "1"}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("es_PY", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("pouch_scanned", 1), ev("refill_requested", 2),
                ev("screen", 3, screen=L("Cabinet", USAGE))]}),
        case(f, f"{a}/v2/cabinet", headers=_h(rng, how="nodash"),
             cookies={"dv_session": L(opaque(rng, "", 42), CRED)}),
    ]


def dosivia_sdks() -> list[Case]:
    rng = random.Random(11412)
    return [
        mc_batch(APP, rng, [("Pouch Scanned", {"late": False}),
                            ("Refill Requested", {"condition": L("asma", MED)})]),
        mc_queue(APP, rng, [("Reminder Shown", {}), ("Reminder Snoozed", {"minutes": 10})]),
        ag_session(APP, rng, 14),
        ag_event(APP, rng, "sub_m7q2", {"plan": "pouch_monthly"}, revenue=185000.0,
                 hashed=True),
        tm_locate(APP, rng, "9c:53:22:7e:41:08"),
        tc_eval(APP, rng, {"chronic": True, "plan": "pouch_monthly"}),
        cu_save(APP, rng, {"analytics": True, "marketing": False}, user=True),
        pp_card(APP, rng, email=True),
        pp_confirm(APP, rng, "212000"),
        hc_attach(APP, rng, L(JPEG + b"\x61", f"{MEDIA}|{MED}"), "bolsita_rota.jpg",
                  "image/jpeg"),
    ]
