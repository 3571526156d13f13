"""Sleep-apnoea CPAP usage app "Folgo" of the home-respiratory-therapy provider the public health
service contracts (her own health data; sets 33 and 95 had a CPAP maker's companion and set 37 a
sleep clinic's test; this one is the provider's adherence monitoring: activation by a letter's
code, usage synced for the public service, a compliance report for renewing her driving licence,
supplies, a technician's home visit, a travel letter). Activation with her health card, a
log-in, ``/me``, pairing the machine over her home Wi-Fi, nights (gzip), a protobuf sync, flagged
events (msgpack), compliance, the driving-licence report and its signed PDF, a mask-sizing selfie
(landmarks), Epworth, a diary, supplies ordered and their status by number in the path, the
technician's visit, a message, body measures, a travel letter, a Health Connect import, push,
events and documents by a cookie GET."""

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
    FACE,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    landmarks,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import DOB, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families111_kit import (
    CIP,
    CPAP_ORDER,
    FIT,
    GL_PHONE,
    HOME_GL,
    HOSP,
    MACHINE,
    NATID,
    NIE,
    PASSPORT,
    apneas,
    gl_head,
    nights,
    obj,
)
from eval_families111_sdk import cv_crash, cv_crumb, cv_session, tr_batch, tr_identify
from eval_families111_svc import cl_attach, cl_message, fh_eval, oc_save, pm_register
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("folgo", "Folgo", "com.example.folgo", "2.4.7", "https://api.folgo.example.com")
IID = "X-Folgo-Install"
PW = "Respira-Mar-2291"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(64))
HM = f"{TEXT}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return gl_head(APP, rng, IID, how=how, lang="es", **kw)


def folgo() -> list[Case]:
    rng = random.Random(11161)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, health_card=L(CIP, MED), email=L(EMAIL, MAIL)))}
    lab: dict[str, str] = {}
    sync = pb([(1, L(USER_ID, UID)), (2, MACHINE["serial"]),
               (3, [(1, L(412, MED)), (2, L(2.7, MED)), (3, L(11.4, MED)), (4, L(10.8, MED))]),
               (4, 1765260000), (5, MACHINE["fw"])], "", lab)
    report = obj(rng, "rep", 8)
    status = at_path(case(f, f"{a}/v2/supplies/orders/{CPAP_ORDER}/status", headers=_h(rng, **b)),
                     CPAP_ORDER, BUY)
    return [
        case(f, f"{a}/v2/patients/activate", headers=_h(rng), body={
            "activation_code": L("FG-7Q2M-44K1", CRED), "health_card": L(CIP, MED),
            "birth_date": L(DOB, BIRTH), "phone": L(GL_PHONE, TEL), "email": L(EMAIL, MAIL),
            "password": L(PW, CRED), "therapy": L("CPAP", MED), "service_area": "SERGAS-VIGO"}),
        case(f, f"{a}/v2/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "folgo-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/devices/pair", headers=_h(rng, **b), body={
            "serial": MACHINE["serial"], "model": MACHINE["model"], "firmware": MACHINE["fw"],
            "modem_imei": MACHINE["imei"], "machine_ip": MACHINE["lan"],
            "pairing_pin": L("5512", CRED), "phone_install": L(INSTALL_ID, DID),
            "phone_ip": L(LOCAL_IP, DEV),
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                     "psk": L("Folerpa-na-xanela-2291", CRED)}}),
        case(f, f"{a}/v2/therapy/nights", gz=True, headers=_h(rng, **b), body={
            "serial": MACHINE["serial"], "nights": L(nights(rng, 7), MED),
            "mode": L("APAP", MED), "min_cmh2o": L(6, MED), "max_cmh2o": L(14, MED)}),
        raw(f, f"{a}/v2/therapy/sync", sync, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/therapy/events", fmt="msgpack", headers=_h(rng, **b), body={
            "night": "2025-12-08", "events": L(apneas(rng, 9), MED),
            "user": L(USER_ID, UID), "serial": MACHINE["serial"]}),
        case(f, f"{a}/v2/compliance", headers=_h(rng, **b), query={
            "from": "2025-11-10", "to": "2025-12-09", "threshold_h": "4"}),
        case(f, f"{a}/v2/reports/driving-licence", headers=_h(rng, **b), body={
            "report": report, "licence_number": L(NIE, NATID), "licence_class": "B",
            "diagnosis": L("severe obstructive sleep apnoea", MED), "ahi_baseline": L(41, MED),
            "compliance_pct": L(93, MED), "avg_usage_h": L(6.6, MED),
            "centre": {"name": "Centro de Recoñecemento Condutores Vigo",
                       "phone": "+34 986 555 612"}}),
        multipart(f, f"{a}/v2/reports/driving-licence/{report}/signed", [
            ("pdf", "informe_conducir.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"signed_by": "resp_therapist_22",
                                                "hospital": HOSP["id"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/mask/fit", headers=_h(rng, **b), body={
            "landmarks": L(landmarks(rng, 68), FACE), "face_width_mm": L(128, FIT),
            "nose_width_mm": L(34, FIT), "recommended": "nasal M", "model": "fitcam-2"}),
        case(f, f"{a}/v2/questionnaires/epworth", headers=_h(rng, **b), body={
            "items": [L(v, MED) for v in (1, 0, 1, 0, 2, 0, 0, 1)], "total": L(5, MED),
            "date": "2025-12-09"}),
        case(f, f"{a}/v2/diary", headers=_h(rng, **b), body={
            "date": "2025-12-09", "rested": L(4, MED), "dry_mouth": L(True, MED),
            "note": L("Took the mask off at 5 am, nose blocked from a cold", HM)}),
        case(f, f"{a}/v2/supplies/orders", headers=_h(rng, **b), body={
            "order": L(CPAP_ORDER, BUY), "items": [{"sku": "CUSH-N-M", "qty": 1},
                                                   {"sku": "FILT-6", "qty": 6}],
            "mask": L("nasal cushion M", MED),
            "delivery": {"line": L(HOME_GL["rua"], ADDR), "cp": L(HOME_GL["cp"], COARSE),
                         "concello": L("Vigo", COARSE)}}),
        status,
        case(f, f"{a}/v2/visits/technician", headers=_h(rng, **b), body={
            "slot": "2025-12-15T10:00/12:00", "address": L(HOME_GL["rua"], ADDR),
            "door_code": L("2291", CRED), "reason": L("machine swap, humidifier leak", MED),
            "note": L("Ring DOE on the 2nd floor, the lift is out", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8), "to": "therapist",
            "text": L("The mask leaks since I lost 6 kg, can I try a smaller size?",
                      f"{HM}|{FIT}")}),
        case(f, f"{a}/v2/body", fmt="form", headers=_h(rng, **b), body={
            "weight_kg": L("65.2", FIT), "height_cm": L("168", FIT), "neck_cm": L("35", FIT)}),
        case(f, f"{a}/v2/travel-letter", headers=_h(rng, **b), body={
            "name": L(NAME, NAMEC), "passport": L(PASSPORT, NATID),
            "destination": L("New York", COARSE), "flight_date": "2025-12-20",
            "device": MACHINE["model"], "us_phone": L(NATIONAL, TEL), "language": "en"}),
        case(f, f"{a}/v2/health-connect/import", gz=True, headers=_h(rng, **b), body={
            "steps": L([7012, 5540, 9120], FIT), "resting_hr": L([61, 63, 60], FIT),
            "spo2_min": L([88, 90, 91], MED), "source": "com.google.android.apps.healthdata"}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("es_ES", DEV),
            "tz": L("Europe/Madrid", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("night_synced", 1, hours=6.9), ev("report_requested", 2),
                ev("screen", 3, screen=L("Compliance", USAGE))]}),
        case(f, f"{a}/v2/documents", headers=_h(rng, how="upper"),
             cookies={"fg_session": L(opaque(rng, "", 40), CRED), "fg_rid": rid(rng)}),
    ]


def folgo_sdks() -> list[Case]:
    rng = random.Random(11162)
    return [
        tr_batch(APP, rng, [("Night Synced", {"usage_h": L(6.9, MED), "ahi": L(2.7, MED)}),
                            ("Report Requested", {"kind": "driving"})], locale="es-ES"),
        tr_identify(APP, rng, {"therapy": L("CPAP", MED), "area": "SERGAS-VIGO",
                               "city": L("Vigo", COARSE)}),
        cv_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status 8"),
                 [cv_crumb("nav", "Home -> Pair"),
                  cv_crumb("log", "ble connect", {"serial": MACHINE["serial"]})],
                 screen="PairActivity"),
        cv_session(APP, rng, secs=290),
        fh_eval(APP, rng, {"therapy": L("cpap", MED), "provider_region": "GA"}),
        pm_register(APP, rng, lang="es", tags={"therapy": L("cpap", MED), "reminder": "22:30"}),
        oc_save(APP, rng, {"analytics": True, "research": False}),
        cl_message(APP, rng, L("No puedo sincronizar la máquina desde ayer", TEXT),
                   {"serial": MACHINE["serial"], "health_card": L(CIP, MED)}, lang="es"),
        cl_attach(APP, rng, L(JPEG + b"\x61", MEDIA), "mascara_fuga.jpg", "image/jpeg"),
    ]
