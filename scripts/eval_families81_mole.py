"""Dermatology mole-scan app "Molemapa" (photos of her skin): sign-up, log-in, ``/me``, the skin
profile (type, burns, family history), moles placed on a body map, scans (close-up and dermoscopy
photos), the on-device analysis, a full-body photo set, a protobuf session summary, a lesion
timeline (msgpack), a teledermatology consult, the insurance card, a report shared with her
dermatologist, a biopsy result, the UV index at her position, clinics near her, reminders, a data
export, push, events and a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    DIGITS,
    F32,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import DOB, FIRST, LAST, ZIP, App, ev, latlng, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families81_kit import DERM, LESIONS, SCOPE, obj
from eval_families81_sdk import (
    iz_event,
    iz_open,
    qs_crash,
    qs_crumb,
    sq_batch,
    zb_bid,
)
from eval_families81_svc import (
    bg_eval,
    hb_register,
    kb_geocode,
    kc_attach,
    kl_check,
    tk_card,
    tk_confirm,
)
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("molemapa", "Molemapa", "com.example.molemapa", "2.0.7",
          "https://api.molemapa.example.com")
IID = "X-Molemapa-Install"
PW = "SunHat-Shade-31"
MEMBER = "HZN558120934"  # her health-insurance member ID (health.medical)
CONSULT = "TD-25-118840"  # a teledermatology consult (financial.purchase)
SKIN = f"{MEDIA}|{MED}"  # a photo of her skin, taken to check a mole


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def molemapa() -> list[Case]:
    rng = random.Random(8171)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tier="premium"))}
    scan = obj(rng, "scn", 10)
    lab: dict[str, str] = {}
    summary = pb([(1, L(USER_ID, UID)), (2, scan), (3, L(54, MED)),
                  (4, [(1, L(LESIONS[0]["site"], MED)), (2, L(F32(5.8), MED))]),
                  (5, SCOPE["serial"])], "", lab)
    hist = case(f, f"{a}/v1/lesions/{LESIONS[0]['id']}/history", headers=_h(rng, **b))
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "dob": L(DOB, BIRTH), "sex": L("female", GENDER),
            "zip": L(ZIP, COARSE), "mobile": L(DIGITS, TEL)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/skin-profile", headers=_h(rng, **b), body={
            "fitzpatrick": L("II", MED), "blisteringSunburns": L(3, MED),
            "familyMelanoma": L(True, MED), "moleCount": L("50+", MED),
            "priorBiopsies": L(1, MED), "eyeColour": "green", "tanningBed": L(False, MED)}),
        case(f, f"{a}/v1/lesions", headers=_h(rng, **b), body={"lesions": [
            {"id": les["id"], "site": L(les["site"], MED), "x": les["x"], "y": les["y"],
             "view": "back" if i == 0 else "front"} for i, les in enumerate(LESIONS)]}),
        multipart(f, f"{a}/v1/lesions/{LESIONS[0]['id']}/scans", [
            ("closeup", "closeup.jpg", "image/jpeg", L(JPEG + b"\xd1", SKIN)),
            ("dermoscopy", "dermo.jpg", "image/jpeg", L(JPEG + b"\xd2", SKIN)),
            ("meta", None, "application/json", {
                "scan": scan, "site": L(LESIONS[0]["site"], MED), "lens": SCOPE["serial"],
                "lensModel": SCOPE["model"], "exposureMs": 8})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/scans/{scan}/analysis", headers=_h(rng, **b), body={
            "asymmetry": L(0.42, MED), "border": L(0.61, MED), "colours": L(3, MED),
            "diameterMm": L(5.8, MED), "evolving": L(True, MED), "risk": L("medium", MED),
            "model": "mm-derm-v5.2", "inferenceMs": 311}),
        multipart(f, f"{a}/v1/bodymap/photos", [
            ("back", "back.jpg", "image/jpeg", L(JPEG + b"\xd3", SKIN)),
            ("legs", "legs.jpg", "image/jpeg", L(JPEG + b"\xd4", SKIN)),
            ("meta", None, "application/json", {"session": obj(rng, "bm", 8), "poses": 2})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v1/scans/{scan}/summary", summary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/lesions/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "lesion": LESIONS[0]["id"], "diameters": L([4.9, 5.1, 5.8], MED),
            "dates": ["2025-06-02", "2025-09-04", "2025-12-09"]}),
        hist,
        case(f, f"{a}/v1/consults", headers=_h(rng, **b), body={
            "consult": L(CONSULT, BUY), "lesion": LESIONS[0]["id"], "price": L("49.00", BUY),
            "question": L("This mole on my shoulder got darker and itches since October",
                          f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/insurance", [
            ("card", "ins.jpg", "image/jpeg", L(JPEG + b"\xd5", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"memberId": L(MEMBER, MED),
                                                "payer": "Lumen Mutual", "group": "LM-2210"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/reports/share", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(DERM[0], NAMEC), "recipientEmail": L(DERM[1], MAIL),
            "lesions": f"{LESIONS[0]['id']},{LESIONS[1]['id']}"}),
        case(f, f"{a}/v1/lesions/{LESIONS[1]['id']}/biopsy", headers=_h(rng, **b), body={
            "date": "2025-10-21", "histology": L("compound nevus, benign", MED),
            "excised": L(True, MED), "lab": "Gramercy Dermpath"}),
        at_path(case(f, f"{a}/v1/uv/{latlng(3).value}", headers=_h(rng, **b),
                     query={"hourly": "1"}), latlng(3).value, PRECISE),
        case(f, f"{a}/v1/clinics", headers=_h(rng, **b), query={
            "q": L("dermatologist accepting new patients", SEARCH), "near": latlng(2)}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "rescanEvery": "90d", "sunscreen": "1", "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/export", fmt="form", headers=_h(rng, **b), body={
            "format": "pdf", "sendTo": L(EMAIL, MAIL)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("scan_done", 1, photos=2), ev("consult_opened", 2),
                ev("screen", 3, screen=L("BodyMap", USAGE))]}),
        case(f, f"{a}/v1/lesions", headers=_h(rng, how="upper"),
             cookies={"mm_session": L(opaque(rng, "", 42), CRED)}),
    ]


def molemapa_sdks() -> list[Case]:
    rng = random.Random(8172)
    return [
        sq_batch(APP, rng, [("Scan Completed", {"risk": L("medium", MED)}),
                            ("Consult Started", {"price": L(49.0, BUY)})]),
        iz_open(APP, rng, user=True),
        iz_event(APP, rng, "subscribe_premium", {"plan": "yearly"}, revenue=59.99, hashed=True),
        zb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="skincare,sunscreen"),
        qs_crash(APP, rng, ("android.hardware.camera2.CameraAccessException", "lens detached"),
                 [qs_crumb("nav", "BodyMap -> Scan"),
                  qs_crumb("log", "lens", {"serial": SCOPE["serial"]})], screen="ScanActivity"),
        bg_eval(APP, rng, {"familyHistory": L(True, MED), "premium": True}),
        hb_register(APP, rng, tags={"rescan": "90d"}),
        kl_check(APP, rng, {"analytics": True, "research": True}),
        tk_card(APP, rng, email=True),
        tk_confirm(APP, rng, "49.00"),
        kb_geocode(APP, rng, "dermatology Gramercy Park", SEARCH, near=(LAT, LON), nd=3),
        kc_attach(APP, rng, L(JPEG + b"\xd6", SKIN), "mole.jpg", "image/jpeg"),
    ]
