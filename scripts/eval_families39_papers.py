"""Document wallet "Wayfold" for an immigrant (the user: born in Cork, a US permanent resident,
on a work permit in Jakarta): sign-up, a log-in, ``/me`` with an MFA code in a header, the vault's
wrapped key, the passport (fields, a scan, the chip's data groups read by NFC) and a face match,
the resident card and its scans, the Indonesian KITAS, the status timeline, address and travel
history (msgpack), the parents, immigration offices nearby, an appointment with an SMS reminder,
documents shared with a lawyer, a birth certificate and its certified translation, push, events
and the documents by a cookie GET."""

from __future__ import annotations

import base64
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
    FACE,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    f32b64,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, ZIP, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families37_kit import obj
from eval_families39_kit import (
    A_NUMBER,
    BIRTHPLACE,
    FATHER,
    GREEN_CARD,
    JKT_HOME,
    KITAS,
    LAWYER,
    MOTHER,
    OFFICE,
    PASSPORT_IE,
    PAST_HOMES,
    TRIPS,
    mrz,
)
from eval_families39_sdk import af_event, af_launch, cb_crash, cb_crumb, cb_session, tw_batch
from eval_families39_svc import cr_check, ft_eval, hw_message, pm_register, tc_search
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("wayfold", "Wayfold", "com.example.wayfold", "1.14.0", "https://api.wayfold.example.com")
IID = "X-Wayfold-Device"
PW = "Shannon-Lighthouse-14"
ND = f"{MEDIA}|{NATID}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("en-IE,en;q=0.9", DEV)
    return h


def wayfold() -> list[Case]:
    rng = random.Random(3971)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL))),
          "X-MFA-Code": L("204881", CRED)}
    b = {"auth": "bearer"}
    appt = obj(rng, "apt", 10)
    lines_ = mrz()
    dg1 = base64.b64encode("".join(lines_).encode()).decode()
    vec = [round(rng.gauss(0, 0.07), 4) for _ in range(128)]
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED), "fullName": L(NAME, NAMEC),
            "residence": L("US", COARSE), "locale": L("en_IE", DEV)}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/vault/keys", headers=_h(rng, **b), body={
            "wrappedKey": base64.b64encode(bytes(rng.randrange(256) for _ in range(48))).decode(),
            "salt": opaque(rng, "", 32), "kdf": "argon2id", "keyId": obj(rng, "k", 8)}),
        case(f, f"{a}/v1/documents/passport", headers=_h(rng, **b), body={
            "number": L(PASSPORT_IE, NATID), "surname": L(LAST, NAMEC), "given": L(FIRST, NAMEC),
            "nationality": L("IRL", SENS), "dob": L(DOB, BIRTH),
            "placeOfBirth": L(BIRTHPLACE[0], SENS), "issued": "2021-02-28",
            "expires": "2031-02-27", "mrz": [L(x, NATID) for x in lines_]}),
        multipart(f, f"{a}/v1/documents/passport/scan", [
            ("page", "passport.jpg", "image/jpeg", L(JPEG + b"\xe1", ND)),
            ("meta", None, "application/json", {"ocrConfidence": 0.97, "glare": False})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/documents/passport/chip", headers=_h(rng, **b), body={
            "dg1": L(dg1, NATID), "dg2": L(base64.b64encode(JPEG + b"\xe2").decode(), ND),
            "sod": opaque(rng, "", 64), "chipAuth": "passed", "bac": "ok"}),
        case(f, f"{a}/v1/identity/face-match", headers=_h(rng, **b), body={
            "selfie": L(f32b64(vec), FACE),
            "chip": L(f32b64([round(v + rng.gauss(0, 0.01), 4) for v in vec]), FACE),
            "score": 0.96, "liveness": 0.99}),
        case(f, f"{a}/v1/documents/residence-card", headers=_h(rng, **b), body={
            "aNumber": L(A_NUMBER, NATID), "cardNumber": L(GREEN_CARD, NATID),
            "category": L("E21", SENS), "countryOfBirth": L(BIRTHPLACE[1], SENS),
            "expires": "2029-08-13"}),
        multipart(f, f"{a}/v1/documents/residence-card/scan", [
            ("front", "card_front.jpg", "image/jpeg", L(JPEG + b"\xe3", ND)),
            ("back", "card_back.jpg", "image/jpeg", L(JPEG + b"\xe4", ND))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/documents/kitas", headers=_h(rng, **b), body={
            "number": L(KITAS, NATID), "type": L("C312 work (ITAS)", SENS),
            "sponsor": "PT Brightloom Studio Indonesia", "expires": "2026-08-10",
            "address": {"line": L(JKT_HOME["alamat"], ADDR), "city": L(JKT_HOME["kota"], COARSE)}}),
        case(f, f"{a}/v1/status/timeline", headers=_h(rng, **b), body={"entries": [
            {"status": L("US lawful permanent resident", SENS), "since": "2019-08-14"},
            {"status": L("Indonesia work permit holder", SENS), "since": "2025-02-03"}],
            "naturalisationFrom": "2024-05-15"}),
        case(f, f"{a}/v1/history/addresses", headers=_h(rng, **b), body={"addresses": [
            *[{"line": L(ln, ADDR), "city": L(c, COARSE), "postcode": L(p, COARSE),
               "from": fr, "to": to} for ln, c, p, fr, to in PAST_HOMES],
            {"line": L(LINE1, ADDR), "city": L(CITY, COARSE), "postcode": L(ZIP, COARSE),
             "from": "2021-04", "to": None}]}),
        case(f, f"{a}/v1/history/trips", fmt="msgpack", headers=_h(rng, **b), body={
            "trips": [{"country": L(c, COARSE), "out": o, "back": r, "purpose": "work"}
                      for c, o, r in TRIPS], "daysAbroad365": 287}),
        case(f, f"{a}/v1/family", headers=_h(rng, **b), body={
            "mother": {"name": L(f"{MOTHER['first']} {MOTHER['last']}", NAMEC),
                       "birthCountry": L("IRL", SENS)},
            "father": {"name": L(FATHER, NAMEC), "birthCountry": L("IRL", SENS)}}),
        case(f, f"{a}/v1/offices", headers=_h(rng, **b), query={
            "near": L(f"{LAT:.3f},{LON:.3f}", PRECISE), "service": "biometrics"}),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "id": appt, "office": {k: OFFICE[k] for k in ("id", "name", "line", "lat", "lon")},
            "slot": "2025-12-18T09:20", "purpose": L("re-entry permit biometrics", SENS),
            "receipt": "IOE0934471125"}),
        case(f, f"{a}/v1/appointments/{appt}/reminder", fmt="form", headers=_h(rng, **b),
             body={"minutesBefore": "120", "channel": "sms", "phone": L(PHONE, TEL)}),
        case(f, f"{a}/v1/shares", headers=_h(rng, **b), body={
            "to": {"name": L(LAWYER[0], NAMEC), "email": L(LAWYER[1], MAIL)},
            "documents": ["passport", "residence_card", "kitas"], "expiresDays": 14,
            "note": L("Does my re-entry permit cover another 7 months in Jakarta?",
                      f"{TEXT}|{SENS}")}),
        multipart(f, f"{a}/v1/documents/birth-certificate", [
            ("file", "birth_cert.pdf", "application/pdf", L(PDF, ND)),
            ("meta", None, "application/json", {"issuer": "civil registration", "pages": 1})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/translations", fmt="form", headers=_h(rng, **b), body={
            "document": "birth_certificate", "to": "en", "certified": "true",
            "price": L("49.00", BUY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("document_added", 1, kind="passport"), ev("nfc_read", 2, ok=True),
                ev("screen", 3, screen=L("Vault", USAGE))]}),
        case(f, f"{a}/v1/documents", headers=_h(rng, how="upper"),
             cookies={"wf_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def wayfold_sdks() -> list[Case]:
    rng = random.Random(3972)
    return [
        tw_batch(APP, rng, [("Document Added", {"kind": "passport"}),
                            ("Appointment Booked", {"service": "biometrics"})],
                 locale="en-IE"),
        af_launch(APP, rng, user=True, n=9),
        af_event(APP, rng, "af_complete_registration", {"method": "email"}),
        cb_session(APP, rng),
        cb_crash(APP, rng, ("android.nfc.TagLostException", "tag was lost"),
                 [cb_crumb("navigation", "Passport -> ChipRead"),
                  cb_crumb("log", "bac ok, reading dg2", {})],
                 meta={"document": {"kind": "passport", "group": 2}},
                 screen="ChipReadActivity", locale="en_IE"),
        ft_eval(APP, rng, {"nfcScan": True, "residence": L("US", COARSE)}),
        pm_register(APP, rng, tags={"expiryAlerts": "on"}),
        cr_check(APP, rng, {"analytics": True, "ads": False}),
        hw_message(APP, rng, L("My KITAS card shows the wrong expiry date after the scan",
                               f"{TEXT}|{SENS}"), {"plan": "free"}),
        tc_search(APP, rng, "immigration office queens", SEARCH, near=(LAT, LON), nd=3),
    ]
