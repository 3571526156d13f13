"""Gout flare and uric-acid log "Uratrack" (her own health data): sign-up, log-in, ``/me``, the
health profile (gzip), flares with where she was, urate results (msgpack), a lab report photo,
doses, a drinks sync (JSON Lines), a protobuf day summary, a photo of a swollen toe, sharing with
her rheumatologist, a lab visit, a note, a food search, a Health Connect import, reminders, a
Play subscription, push, events and the PDF report by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import JPEG, multipart, pb, push_token, raw
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque, play_token
from eval_families22_kit import lines
from eval_families24_kit import claims, head
from eval_families118_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    FIT,
    GENDER,
    LAB,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PASSWORD,
    RHEUM,
    SEARCH,
    TEL,
    TEPUKE_AT,
    TEXT,
    UID,
    URATE_TARGET,
    USAGE,
    fix,
    flares,
    obj,
    urates,
)
from eval_families118_sdk import (
    aw_event,
    aw_session,
    fk_crash,
    fk_crumb,
    fk_session,
    tk_batch,
    tk_queue,
)
from eval_families118_svc import ft_eval, ok_check, pt_subscribe, tp_attach, tp_message
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("uratrack", "Uratrack", "com.example.uratrack", "5.2.0",
          "https://api.uratrack.example.net")
IID = "X-Uratrack-Install"
MT = f"{MEDIA}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def uratrack() -> list[Case]:
    rng = random.Random(11831)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    la, lo = fix(TEPUKE_AT, 4)
    lab: dict[str, str] = {}
    day = pb([(1, L(USER_ID, UID)), (2, "2025-12-09"),
              (3, [(1, L(0.41, MED)), (2, L(3, MED)), (3, L(7412, FIT))]),
              (4, L(2350, MED)), (5, 1765321800)], "", lab)
    drinks = [{"uid": L(USER_ID, UID), "kind": k, "ml": ml, "at": f"2025-12-09T{h}:00+13:00"}
              for k, ml, h in [("water", 500, "07"), ("water", 750, "12"),
                               ("cherry juice", 250, "15"), ("water", 600, "19")]]
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PASSWORD, CRED),
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "birthDate": L(DOB, BIRTH),
            "sexAtBirth": L("female", GENDER), "heightCm": L(168, FIT), "weightKg": L(74.2, FIT),
            "units": "mmol/L"}),
        case(f, f"{a}/v1/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PASSWORD, CRED),
            "client_id": "uratrack-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/content/articles", headers=_h(rng, **b), query={
            "topic": "purines", "page": "2"}),
        case(f, f"{a}/v1/profile/health", gz=True, headers=_h(rng, **b), body={
            "conditions": [L("gout", MED), L("chronic kidney disease stage 2", MED),
                           L("hypertension", MED)],
            "diagnosedYear": L(2021, MED),
            "medications": [{"name": L("Allopurinol", MED), "dose": L("200 mg daily", MED)},
                            {"name": L("Colchicine", MED), "dose": L("0.5 mg as needed", MED)}],
            "familyHistory": L("father had gout", MED), "alcoholUnitsWeek": L(4, MED),
            "diet": L("low purine", MED), "targetMmol": URATE_TARGET}),
        case(f, f"{a}/v1/flares", headers=_h(rng, **b), body={
            "joint": L("left big toe", MED), "pain": L(8, MED), "swelling": L(True, MED),
            "start": "2025-12-07T02:10:00+13:00", "lat": la, "lon": lo,
            "trigger": L("Mussels and two beers at the reunion planning night",
                         f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/flares/history", headers=_h(rng, **b), body={
            "flares": L(flares(rng, 4), MED), "imported": "paper diary"}),
        case(f, f"{a}/v1/urate", fmt="msgpack", headers=_h(rng, **b), body={
            "results": L(urates(rng, 5), MED), "unit": "mmol/L", "target": URATE_TARGET,
            "labId": LAB["id"]}),
        multipart(f, f"{a}/v1/urate/report", [
            ("report", "lab_report.jpg", "image/jpeg", L(JPEG + b"\x91", MT)),
            ("meta", None, "application/json", {"lab": LAB["name"], "labPhone": LAB["phone"],
                                                "accession": "BCL-771204"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/doses", fmt="form", headers=_h(rng, **b), body={
            "medication": L("Colchicine", MED), "dose": L("0.5 mg", MED),
            "takenAt": "2025-12-07T03:00:00+13:00", "reason": L("flare", MED)}),
        lines(f, f"{a}/v1/drinks/sync", drinks, headers=_h(rng, **b)),
        raw(f, f"{a}/v1/days/2025-12-09", day, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/flares/{obj(rng, 'fl', 8)}/photo", [
            ("photo", "toe_swelling.jpg", "image/jpeg", L(JPEG + b"\x92", MT)),
            ("meta", None, "application/json", {"day": 2})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/share", headers=_h(rng, **b), body={
            "recipient": {"name": L(RHEUM[0], NAMEC), "email": L(RHEUM[2], MAIL),
                          "phone": L(RHEUM[1], TEL)},
            "include": ["urate", "flares", "doses"], "months": 6}),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "lab": {"id": LAB["id"], "name": LAB["name"], "phone": LAB["phone"]},
            "test": L("serum urate and eGFR", MED), "slot": "2025-12-16T08:15",
            "fee": L("25.00", BUY)}),
        case(f, f"{a}/v1/notes", headers=_h(rng, **b), body={
            "date": "2025-12-09", "text": L("Toe much better, still limping on stairs",
                                            f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/foods", headers=_h(rng, **b), query={"q": L("green lipped mussels",
                                                                     SEARCH), "lang": "en"}),
        case(f, f"{a}/v1/import/health-connect", gz=True, headers=_h(rng, **b), body={
            "steps": L([7412, 3120, 5508], FIT), "weightKg": L(74.0, FIT),
            "restingHr": L([66, 68, 65], FIT), "source": "com.google.android.apps.healthdata"}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "allopurinol": "08:00", "water": "every 2h", "tz": L("Pacific/Auckland", DEV)}),
        case(f, f"{a}/v1/purchases/verify", headers=_h(rng, **b), body={
            "productId": L("uratrack_plus_yearly", BUY), "purchaseToken": L(play_token(rng), BUY),
            "orderId": L("GPA.3371-2290-1184-52206", BUY), "packageName": APP.pkg}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_NZ", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, how="nodash", **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("flare_logged", 1, pain=L(8, MED)), ev("urate_added", 2),
                ev("screen", 3, screen=L("TrendScreen", USAGE))]}),
        case(f, f"{a}/v1/report.pdf", headers=_h(rng, how="upper"), query={
            "from": "2025-06-01", "to": "2025-12-09"},
            cookies={"ut_session": L(opaque(rng, "", 40), CRED)}),
    ]


def uratrack_sdks() -> list[Case]:
    rng = random.Random(11832)
    return [
        tk_batch(APP, rng, [("Flare Logged", {"pain": L(8, MED), "joint": L("toe", MED)}),
                            ("Trend Viewed", {"months": 6})], gz=False),
        tk_queue(APP, rng, [("Dose Logged", {"med": L("Colchicine", MED)}),
                            ("Water Logged", {"ml": 500})]),
        aw_session(APP, rng, user=True, n=14),
        aw_event(APP, rng, "sub7yr", {"plan": "yearly"}, revenue=59.99, hashed=True),
        fk_crash(APP, rng, ("java.lang.NumberFormatException", "For input string: \"0,41\""),
                 [fk_crumb("navigation", "Urate -> AddResult"),
                  fk_crumb("ui", "tap save")], screen="AddUrateActivity"),
        fk_session(APP, rng, secs=302),
        ft_eval(APP, rng, {"ckd": L(True, MED), "trial": False}),
        pt_subscribe(APP, rng, tags={"reminders": "on"}),
        ok_check(APP, rng, {"analytics": True, "marketing": False}),
        tp_message(APP, rng, L("Can I log two colchicine doses taken an hour apart?",
                               f"{TEXT}|{MED}"), {"plan": "plus"}),
        tp_attach(APP, rng, L(JPEG + b"\x93", MT), "lab_result.jpg", "image/jpeg"),
    ]
