"""High-altitude oximetry and altitude-sickness log "Sorochek" (her own health data over months at
3,400 m, pregnant; unlike set 99's trek logger with a Bluetooth oximeter and the Lake Louise
score, the phone's camera measures SpO2 from her fingertip and the log uses the Qinghai chronic
mountain-sickness items): sign-up, a log-in, ``/me`` with a JWT, her health profile, a reading
with her fix, the camera's PPG frames (gzip), symptoms, a watch night (msgpack), a protobuf quick
reading, a lab report, a trip to the uplands, an emergency contact, an SOS, clinics near her, an
oxygen concentrator delivered home, a report shared with her obstetrician, a Health Connect
import, reminders, an export by a cookie GET, a Play purchase, feedback, push and events."""

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
from eval_families18_kit import FIT
from eval_families20_kit import DOB, App, ev, opaque, play_token
from eval_families24_kit import claims
from eval_families109_kit import (
    CUSCO_AT,
    CUSCO_CITY,
    CUSCO_DISTRICT,
    CUSCO_LINE,
    CUSCO_POSTAL,
    ESTANCIA_AT,
    HUSBAND,
    OB_DOC,
    PE_PHONE,
    WEEKS,
    fix,
    hd,
    obj,
    ppg,
    spo2_night,
)
from eval_families109_sdk import (
    ch_event,
    ch_session,
    hy_crash,
    hy_crumb,
    hy_session,
    qp_batch,
    qp_queue,
)
from eval_families109_svc import ay_check, cf_eval, pu_register, rc_attach
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("soroche", "Sorochek", "com.example.sorochek", "1.9.2",
          "https://api.sorochek.example.com")
IID = "X-Sorochek-Iid"
PW = "Coca-Mate-3399"
PREG = f"{MED}|{SENS}"  # a fact of her pregnancy (TAXONOMY lists pregnancy as sensitive)
SOS_AT = (-13.981904, -71.388517)  # her fix above the family's estancia


def _h(rng: random.Random, auth: str | None = "bearer", **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, auth=auth, lang=None, **kw)


def sorochek() -> list[Case]:
    rng = random.Random(10931)
    a, f = f"{APP.api}/v1", APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    ra, ro = fix(CUSCO_AT, 4)
    sa, so = fix(SOS_AT, 6)
    lab: dict[str, str] = {}
    quick = pb([(1, L(USER_ID, UID)), (2, L(89, MED)), (3, L(101, FIT)),
                (4, [(1, L(round(ESTANCIA_AT[0], 5), PRECISE)),
                     (2, L(round(ESTANCIA_AT[1], 5), PRECISE))]),
                (5, 1765321000), (6, "camera-v3")], "", lab)
    return [
        case(f, f"{a}/signup", headers=_h(rng, auth=None), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "birthDate": L(DOB, BIRTH), "sex": L("female", GENDER), "heightCm": L(168, FIT),
            "weightKg": L(63.5, FIT), "homeCity": L(CUSCO_CITY, COARSE), "homeAltitudeM": 3399,
            "arrivedOn": "2025-09-02"}),
        case(f, f"{a}/login", fmt="form", headers=_h(rng, auth=None), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/me", headers=_h(rng, auth=None, extra=jw)),
        case(f, f"{a}/profile/health", headers=_h(rng), body={
            "conditions": [L("mild asthma", MED)], "bloodType": L("O+", MED),
            "medications": [{"name": L("Salbutamol inhaler", MED), "dose": L("as needed", MED)},
                            {"name": L("Prenatal vitamins", PREG), "dose": L("daily", PREG)}],
            "pregnant": L(True, PREG), "pregnancyWeeks": L(WEEKS, PREG),
            "smoker": L(False, MED), "previousHape": L(False, MED)}),
        case(f, f"{a}/readings", headers=_h(rng), body={
            "readingId": obj(rng, "rd"), "takenAt": "2025-12-09T07:12:09-05:00",
            "spo2": L(91, MED), "pulse": L(96, FIT), "perfusionIndex": L(2.4, MED),
            "method": "camera", "altitudeM": 3399, "pressureHpa": 668.2, "lat": ra, "lon": ro}),
        case(f, f"{a}/readings/ppg", gz=True, headers=_h(rng), body={
            "readingId": obj(rng, "rd"), "fps": 30, "frames": L(ppg(rng, 60), MED),
            "torch": True, "camera": "back"}),
        case(f, f"{a}/symptoms", headers=_h(rng), body={
            "scale": "qinghai", "items": {
                "breathlessness": L(2, MED), "sleepDisturbance": L(2, MED),
                "headache": L(1, MED), "palpitations": L(1, MED), "tinnitus": L(0, MED)},
            "total": L(6, MED),
            "note": L("Headache worse in the mornings, dizzy on the stairs", f"{TEXT}|{MED}")}),
        case(f, f"{a}/nights", fmt="msgpack", headers=_h(rng), body={
            "source": "watch", "night": "2025-12-08", "spo2": L(spo2_night(rng, 60), MED),
            "hr": L([62, 64, 61, 66, 70, 63], FIT), "odi": L(7.2, MED), "minSpo2": L(82, MED)}),
        raw(f, f"{a}/readings/quick", quick, "application/x-protobuf", lab, headers=_h(rng)),
        multipart(f, f"{a}/labs", [
            ("report", "hemograma.jpg", "image/jpeg", L(JPEG + b"\x81", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {
                "hemoglobin": L(13.9, MED), "hematocrit": L(42, MED), "date": "2025-12-05",
                "lab": "Laboratorio Andino", "labPhone": "+5184226611"})], headers=_h(rng)),
        case(f, f"{a}/trips", headers=_h(rng), body={
            "name": "Ausangate", "destination": L("Pitumarca", COARSE), "maxAltitudeM": 4700,
            "start": "2025-12-20", "companions": [L(HUSBAND["name"], NAMEC)]}),
        case(f, f"{a}/contacts/emergency", headers=_h(rng), body={
            "name": L(HUSBAND["name"], NAMEC), "phone": L(HUSBAND["phone"], TEL),
            "relation": "husband", "notifyBelow": 85}),
        case(f, f"{a}/alerts/sos", headers=_h(rng), body={
            "lat": sa, "lon": so, "spo2": L(84, MED), "battery": L(0.23, DEV),
            "message": L("Very short of breath above the estancia, please call Wilber",
                         f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/clinics/nearby", query={
            "ll": L(f"{CUSCO_AT[0]:.3f},{CUSCO_AT[1]:.3f}", PRECISE), "radius": "5000"},
            headers=_h(rng)),
        case(f, f"{a}/oxygen/orders", headers=_h(rng), body={
            "concentrator": "5L", "days": 7, "phone": L(PE_PHONE, TEL), "total": L("210.00", BUY),
            "address": {"line": L(CUSCO_LINE, ADDR), "district": L(CUSCO_DISTRICT, COARSE),
                        "postalCode": L(CUSCO_POSTAL, COARSE)},
            "deliveryNote": L("Blue door with the puma knocker, Tandapata 318",
                              f"{TEXT}|{ADDR}")}),
        case(f, f"{a}/reports/share", fmt="form", headers=_h(rng), body={
            "doctorName": L(OB_DOC[0], NAMEC), "doctorEmail": L(OB_DOC[1], MAIL),
            "range": "30d"}),
        case(f, f"{a}/import/health-connect", gz=True, headers=_h(rng), body={
            "steps": L([5120, 7433, 3012], FIT), "restingHr": L([66, 68, 65], FIT),
            "spo2": L([93, 92, 94], MED), "source": "com.google.android.apps.healthdata"}),
        case(f, f"{a}/reminders", fmt="form", headers=_h(rng), body={
            "times": "08:00,20:00", "tz": L("America/Lima", DEV)}),
        case(f, f"{a}/readings/export", query={"format": "pdf", "from": "2025-11-01"},
             headers=_h(rng, auth=None, how="upper"),
             cookies={"sk_session": L(opaque(rng, "", 44), CRED)}),
        case(f, f"{a}/billing/verify", headers=_h(rng), body={
            "productId": L("sorochek_plus_yearly", BUY),
            "orderId": L("GPA.3318-2207-4410-55812", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/feedback", headers=_h(rng), body={
            "text": L("The camera reading fails in low light", TEXT),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/push", headers=_h(rng), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/events", gz=True, headers=_h(rng), body={
            "userId": L(USER_ID, UID), "events": [
                ev("reading_saved", 1, method="camera"), ev("symptoms_logged", 2),
                ev("screen", 3, screen=L("Trend30d", USAGE))]}),
    ]


def sorochek_sdks() -> list[Case]:
    rng = random.Random(10932)
    return [
        qp_batch(APP, rng, [("Reading Saved", {"spo2": L(91, MED), "method": "camera"}),
                            ("Symptoms Logged", {"total": L(6, MED)})], locale="en_US"),
        qp_queue(APP, rng, [("Reading Saved", {"spo2": L(86, MED), "offline": True}),
                            ("Trip Started", {"maxAlt": 4700})]),
        ch_session(APP, rng, user=True),
        ch_event(APP, rng, "subscribe", {"plan": "yearly"}, revenue=59.9, currency="USD",
                 hashed=True),
        cf_eval(APP, rng, {"pregnant": L(True, PREG), "altitudeBand": "3000-3500"}, hdr=True),
        pu_register(APP, rng, tags={"pregnancy": L("yes", PREG), "city": L("Cusco", COARSE)},
                    at=CUSCO_AT, nd=2, lang="en"),
        ay_check(APP, rng, {"analytics": True, "ads": False}),
        hy_crash(APP, rng, ("java.lang.RuntimeException", "Camera torch unavailable"),
                 [hy_crumb("nav", "Home -> Measure"), hy_crumb("log", "ppg frames dropped")],
                 screen="MeasureActivity", custom={"lastSpo2": L(91, MED)}),
        hy_session(APP, rng, secs=288),
        rc_attach(APP, rng, L(JPEG + b"\x82", f"{MEDIA}|{MED}"), "reading.jpg", "image/jpeg"),
    ]
