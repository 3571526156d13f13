"""Glaucoma eye-drop adherence and eye-pressure log "Ocutide" (her own health data: she has
primary open-angle glaucoma, two drops a day, a home tonometer and a sensor cap on the bottle):
sign-up with the diagnosis, an OAuth log-in, ``/me`` with a JWT, the regimen, a dose, the cap's
dose log (msgpack), pressure readings (JSON) and a tonometer sync (protobuf, nested reading),
pairing the tonometer, a visual-field report (PDF) and an eye photo, symptoms, an appointment, her
data shared with her New York doctor, a refill delivered to her house, pharmacies near her,
Alex as caregiver, a Health Connect import, a travel letter for carrying drops, a Play
subscription, push, events and the adherence summary by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import PDF
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque, play_token
from eval_families22_kit import PARTNER
from eval_families24_kit import claims
from eval_families113_kit import (
    CAP,
    DROPS,
    EYE_CLINIC,
    EYE_DOC,
    FIT,
    HOME,
    HOME_AT,
    LA_PHONE,
    NATID,
    PASSPORT,
    REFILL,
    TONO,
    TZ,
    doses,
    la_head,
    obj,
)
from eval_families113_sdk import (
    bl_bid,
    bl_win,
    ff_crash,
    ff_crumb,
    ig_event,
    ig_link,
    pw_batch,
)
from eval_families113_svc import cw_save, no_register, pk_message, tg_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, case

APP = App("ocutide", "Ocutide", "com.example.ocutide", "5.2.0", "https://api.ocutide.example.com")
IID = "X-Ocutide-Install"
PW = "Lotus-Pond-4417"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return la_head(APP, rng, IID, how=how, lang=None, **kw)


def ocutide() -> list[Case]:
    rng = random.Random(11331)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), plan="plus"))}
    b = {"auth": "bearer"}
    lab: dict[str, str] = {}
    sync = pb([(1, L(USER_ID, UID)), (2, TONO["serial"]),
               (3, [(1, L(21.5, MED)), (2, L(18.5, MED)), (3, 1765290011)]),
               (4, TONO["fw"]), (5, 77)], "", lab)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "birthDate": L(DOB, BIRTH), "sex": L("female", GENDER),
            "phone": L(NATIONAL, TEL),
            "diagnosis": {"condition": L("primary open-angle glaucoma", MED),
                          "eyes": L("both", MED), "diagnosedYear": L(2022, MED)},
            "familyHistory": L(True, MED), "timezone": L(TZ, DEV), "marketing": False}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED),
            "client_id": "ocutide-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/regimen", headers=_h(rng, **b), body={"drops": [
            {"drug": L(d, MED), "strength": L(s, MED), "eye": L(e, MED), "frequency": L(q, MED),
             "reminder": "21:00" if "evening" in q else "08:00,20:00"} for d, s, e, q in DROPS]}),
        case(f, f"{a}/v1/doses", headers=_h(rng, **b), body={
            "drug": L("latanoprost", MED), "eye": L("both", MED), "takenAt": 1765371640,
            "late": L(False, MED), "source": "manual", "dose": obj(rng, "dose", 8)}),
        case(f, f"{a}/v1/doses/batch", fmt="msgpack", headers=_h(rng, **b), body={
            "doses": L(doses(rng, 6), MED), "cap": CAP["serial"], "capFw": CAP["fw"]}),
        case(f, f"{a}/v1/iop", headers=_h(rng, **b), body={
            "readings": [{"eye": "right", "mmHg": L(22.5, MED)},
                         {"eye": "left", "mmHg": L(19.0, MED)}],
            "device": TONO["serial"], "measuredAt": "2025-12-10T07:42:00+07:00",
            "posture": "sitting", "quality": 0.93}),
        raw(f, f"{a}/v1/tonometer/sync", sync, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/devices/tonometer", headers=_h(rng, **b), body={
            "serial": TONO["serial"], "ble": TONO["ble"], "model": TONO["model"],
            "firmware": TONO["fw"], "battery": 77, "phoneInstall": L(INSTALL_ID, DID)}),
        multipart(f, f"{a}/v1/visual-fields", [
            ("report", "vf_2025-11.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"eye": "left", "test": "24-2",
                                                "md": L(-4.2, MED), "psd": L(3.1, MED)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/eye-photos", [
            ("photo", "left_eye.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"eye": "left", "redness": L(2, MED),
                                                "flash": False})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/symptoms", headers=_h(rng, **b), body={
            "items": [L("eye redness", MED), L("blurred vision", MED)], "note": L(
                "Stings for a minute after the evening drop, left eye red in the morning",
                f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "clinic": {"id": EYE_CLINIC["id"], "name": EYE_CLINIC["name"],
                       "phone": EYE_CLINIC["tel"], "lat": EYE_CLINIC["lat"],
                       "lon": EYE_CLINIC["lon"]},
            "slot": "2025-12-18T10:00:00+07:00",
            "reason": L("pressure check and gonioscopy", MED), "fee": L("450000", BUY)}),
        case(f, f"{a}/v1/share", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(EYE_DOC[0], NAMEC), "recipientEmail": L(EYE_DOC[1], MAIL),
            "include": "iop,adherence,visual_fields", "months": "6"}),
        case(f, f"{a}/v1/refills", headers=_h(rng, **b), body={
            "order": L(REFILL, BUY), "drug": L("latanoprost 0.005% 2.5 ml", MED), "qty": 3,
            "total": L("285000", BUY), "pharmacy": {"id": "ph_vte_12", "phone": "+85621555130"},
            "delivery": {"line": L(HOME["line"], ADDR), "district": L(HOME["meuang"], COARSE),
                         "phone": L(LA_PHONE, TEL), "slot": "afternoon"}}),
        case(f, f"{a}/v1/pharmacies", headers=_h(rng, **b), query={
            "ll": L(f"{HOME_AT[0]:.4f},{HOME_AT[1]:.4f}", PRECISE), "open": "now"}),
        case(f, f"{a}/v1/caregivers", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL),
            "email": L(PARTNER[2], MAIL), "notifyOnMissed": True, "relation": "spouse"}),
        case(f, f"{a}/v1/import/health-connect", gz=True, headers=_h(rng, **b), body={
            "steps": L([7012, 5580, 9214], FIT), "restingHr": L([64, 62, 66], FIT),
            "bloodPressure": L([{"sys": 118, "dia": 76}, {"sys": 121, "dia": 79}], MED),
            "source": "com.google.android.apps.healthdata"}),
        case(f, f"{a}/v1/travel-letter", headers=_h(rng, **b), body={
            "name": L(NAME, NAMEC), "passport": L(PASSPORT, NATID),
            "medicines": [L("latanoprost 0.005% eye drops", MED), L("timolol 0.5% eye drops", MED)],
            "destination": L("New York", COARSE), "from": "2025-12-20", "to": "2026-01-04"}),
        case(f, f"{a}/v1/billing/verify", headers=_h(rng, **b), body={
            "productId": L("ocutide_plus_yearly", BUY),
            "orderId": L("GPA.3318-4471-2209-55120", BUY),
            "purchaseToken": L(play_token(rng), BUY), "packageName": APP.pkg}),
        case(f, f"{a}/v1/devices/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("dose_logged", 1, auto=True), ev("iop_entered", 2),
                ev("screen", 3, screen=L("PressureChart", USAGE))]}),
        case(f, f"{a}/v1/adherence/summary", headers=_h(rng, how="nodash"), query={
            "month": "2025-12"}, cookies={"oc_session": L(opaque(rng, "", 44), CRED)}),
    ]


def ocutide_sdks() -> list[Case]:
    rng = random.Random(11332)
    link = U("https://ocutide.example.com/l/share", {"from": "clinic",
                                                     "uid": L(USER_ID, UID), "c": "vf"})
    return [
        pw_batch(APP, rng, [("Dose Logged", {"drug": L("latanoprost", MED), "late": False}),
                            ("Pressure Entered", {"rightMmHg": L(22.5, MED)}),
                            ("Paywall Viewed", {"variant": "b"})]),
        ig_event(APP, rng, "p1usyr", {"plan": L("ocutide_plus_yearly", BUY)}, revenue=32.99,
                 currency="USD", hashed=True),
        ig_link(APP, rng, link),
        bl_bid(APP, rng, {"video": {"w": 320, "h": 480, "mimes": ["video/mp4"]}}, yob=1991,
               gender="F"),
        ff_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status 8"),
                 [ff_crumb("navigation", "Today -> PairTonometer"),
                  ff_crumb("log", "scan", {"serial": TONO["serial"]})],
                 screen="PairActivity"),
        bl_win(APP, rng),
        tg_eval(APP, rng, {"regimenDrops": 2, "condition": L("glaucoma", MED)}),
        no_register(APP, rng, tags={"condition": L("glaucoma", MED), "reminders": "on"}),
        cw_save(APP, rng, {"analytics": True, "ads": False, "health_research": True}, user=True),
        pk_message(APP, rng, L("The cap stopped counting my timolol drops since Tuesday",
                               f"{TEXT}|{MED}"), {"cap": CAP["serial"], "plan": "plus"}),
    ]
